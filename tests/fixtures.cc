// Test helpers shared by every test binary.
#include "fixtures.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "events/cameo_table.h"
#include "pipeline/pipeline.h"

namespace dyad::testing {

std::string test_dir() { return DYAD_TEST_DIR; }
std::string dyad_binary() { return DYAD_BINARY; }
std::string shared_path(const std::string& rel) { return std::string(DYAD_SHARED_DIR) + "/" + rel; }

bool shared_available() { return std::filesystem::exists(shared_path("seeds")); }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string temp_dir(const std::string& tag) {
  std::random_device rd;
  auto p = std::filesystem::temp_directory_path() / ("dyad-test-" + tag + "-" + std::to_string(rd()));
  std::filesystem::create_directories(p);
  return p.string();
}

Document process_text(const std::string& text, const std::string& path, const std::string& published) {
  Document d = document_from_text(text, path);
  if (!published.empty()) d.hints.published = published;
  process_document(d);
  return d;
}

const Event* find_event(const Document& d, const std::string& src, const std::string& tgt, const std::string& root) {
  for (const auto& e : d.events)
    if (e.source == src && e.target == tgt && e.code.rfind(root, 0) == 0) return &e;
  return nullptr;
}

CliRun run_dyad(const std::string& args) {
  std::string err_file = temp_dir("stderr") + "/err.txt";
  std::string cmd = std::string(DYAD_BINARY) + " " + args + " 2>" + err_file;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return {-1, "", ""};
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out, read_file(err_file)};
}

Document bare_document(const std::string& id, const std::string& published, const std::string& text,
                       const std::string& path) {
  Document d = process_text(text, path.empty() ? id + ".txt" : path);
  d.id = id;
  d.meta.published = published;
  // Only the layers a test sets by hand (the pipeline's own are dropped).
  d.actors.clear();
  d.quotes.clear();
  d.events.clear();
  d.timexes.clear();
  d.timeline.clear();
  return d;
}

void add_mention(Document& d, const std::string& phrase, const std::string& code, const std::string& name) {
  auto at = d.text.find(phrase);
  if (at == std::string::npos) {
    ADD_FAILURE() << "not in the text: " << phrase;
    return;
  }
  ActorMention m;
  m.start = static_cast<uint32_t>(at);
  m.end = static_cast<uint32_t>(at + phrase.size());
  m.code = code;
  m.name = name;
  m.kind = dyad::MentionKind::Government;
  m.country = code.substr(0, 3);
  d.actors.push_back(m);
}

void add_event(Document& d, const std::string& in_sentence, const std::string& source, const std::string& target,
               const std::string& code, std::optional<std::string> date) {
  auto at = d.text.find(in_sentence);
  if (at == std::string::npos) {
    ADD_FAILURE() << "not in the text: " << in_sentence;
    return;
  }
  Event e;
  e.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + in_sentence.size())};
  e.source = source;
  e.target = target;
  e.code = code;
  const auto* c = events::CameoTable::builtin().resolve(code);
  e.goldstein = c ? c->goldstein : 0;
  if (c) e.quad = c->quad;
  e.date = std::move(date);
  d.events.push_back(e);
}

}  // namespace dyad::testing
