// The verb dictionary's storage: blocks, verbs, generated inflections,
// synsets, and loading of files (parsing is in verb_reader.cc).
#include "events/verb_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "events/verb_reader.h"
#include "base/text.h"

namespace dyad::events {

namespace {
bool vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }
}  // namespace

std::vector<std::string> regular_forms(const std::string& b) {
  std::vector<std::string> out{b};
  if (b.empty()) return out;
  char last = b.back();
  auto ends = [&](std::string_view s) { return b.size() >= s.size() && b.compare(b.size() - s.size(), s.size(), s) == 0; };
  // Third person.
  if (ends("S") || ends("X") || ends("Z") || ends("CH") || ends("SH") || ends("O")) out.push_back(b + "ES");
  else if (last == 'Y' && b.size() > 1 && !vowel(b[b.size() - 2])) out.push_back(b.substr(0, b.size() - 1) + "IES");
  else out.push_back(b + "S");
  // Past and participle.
  if (last == 'E') out.push_back(b + "D");
  else if (last == 'Y' && b.size() > 1 && !vowel(b[b.size() - 2])) out.push_back(b.substr(0, b.size() - 1) + "IED");
  else out.push_back(b + "ED");
  // Gerund.
  if (last == 'E' && !ends("EE") && b.size() > 2) out.push_back(b.substr(0, b.size() - 1) + "ING");
  else out.push_back(b + "ING");
  if (last == 'E') out.push_back(b + "ING");
  // Doubled final consonant after a single vowel ("STOP" -> "STOPPED").
  if (b.size() >= 3 && !vowel(last) && last != 'W' && last != 'X' && last != 'Y' && vowel(b[b.size() - 2]) &&
      !vowel(b[b.size() - 3])) {
    out.push_back(b + last + "ED");
    out.push_back(b + last + "ING");
  }
  return out;
}

CodePair parse_code(std::string_view s) {
  CodePair c;
  auto trim = [](std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    return std::string(v);
  };
  size_t colon = s.find(':');
  if (colon == std::string_view::npos) {
    c.first = trim(s);
  } else {
    c.first = trim(s.substr(0, colon));
    c.second = trim(s.substr(colon + 1));
  }
  return c;
}

uint32_t VerbDictionary::add_block(const std::string& name, CodePair code) {
  blocks_.push_back({name, std::move(code), {}});
  return uint32_t(blocks_.size() - 1);
}

void VerbDictionary::add_form(const std::string& head_form, VerbForm f) {
  auto& v = forms_[head_form];
  for (const auto& g : v)
    if (g.verb == f.verb && g.before == f.before && g.after == f.after) return;
  v.push_back(std::move(f));
}

void VerbDictionary::add_verb(uint32_t block, const std::vector<std::string>& words, size_t head, CodePair code,
                              const std::vector<std::vector<std::string>>& irregular, bool regular) {
  if (words.empty() || head >= words.size() || block >= blocks_.size()) return;
  uint32_t id = uint32_t(verbs_.size());
  verbs_.push_back({words[head], block, std::move(code)});
  std::vector<std::string> before(words.begin(), words.begin() + long(head));
  std::vector<std::string> after(words.begin() + long(head) + 1, words.end());
  if (regular) {
    for (const auto& f : regular_forms(words[head])) add_form(f, {id, before, after});
  } else {
    add_form(words[head], {id, before, after});
  }
  for (const auto& irr : irregular) {
    if (irr.empty()) continue;
    // Same shape as the verb: the head sits at the same offset; otherwise take
    // the word at `head` clamped, the rest as context.
    size_t h = std::min(head, irr.size() - 1);
    std::vector<std::string> b(irr.begin(), irr.begin() + long(h));
    std::vector<std::string> a(irr.begin() + long(h) + 1, irr.end());
    add_form(irr[h], {id, b, a});
  }
}

void VerbDictionary::add_pattern(uint32_t block, Pattern p) {
  if (block >= blocks_.size()) return;
  p.order = order_++;
  blocks_[block].patterns.push_back(std::move(p));
}

void VerbDictionary::add_synset_phrase(const std::string& name, std::vector<std::string> phrase) {
  if (!phrase.empty()) synsets_[name].push_back(std::move(phrase));
}

const std::vector<VerbForm>* VerbDictionary::forms(std::string_view upper_form) const {
  auto it = forms_.find(std::string(upper_form));
  return it == forms_.end() ? nullptr : &it->second;
}

std::vector<const Verb*> VerbDictionary::word_verbs(std::string_view upper_form) const {
  std::vector<const Verb*> out;
  if (const auto* fs = forms(upper_form))
    for (const VerbForm& f : *fs)
      if (f.before.empty() && f.after.empty()) out.push_back(&verbs_[f.verb]);
  return out;
}

std::string VerbDictionary::word_code(std::string_view upper_form) const {
  for (const Verb* v : word_verbs(upper_form)) {
    const std::string& code = default_code(*v).first;
    if (!code.empty() && code != "---") return code;
  }
  return "";
}

const std::vector<std::vector<std::string>>* VerbDictionary::synset(const std::string& name) const {
  auto it = synsets_.find(name);
  return it == synsets_.end() ? nullptr : &it->second;
}

size_t VerbDictionary::pattern_count() const {
  size_t n = 0;
  for (const auto& b : blocks_) n += b.patterns.size();
  return n;
}

bool VerbDictionary::load_file(const std::string& path, std::vector<std::string>& errors) {
  std::ifstream in(path);
  if (!in) {
    errors.push_back(path + ": cannot read verb dictionary");
    return false;
  }
  read_verbs(in, path, *this, errors);
  return true;
}

bool VerbDictionary::load_files(const std::vector<std::string>& paths, std::vector<std::string>& errors) {
  bool ok = true;
  for (const auto& p : paths) ok = load_file(p, errors) && ok;
  return ok;
}

VerbDictionary VerbDictionary::builtin() {
  VerbDictionary d;
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::path(base::data_dir()) / "verbs";
  if (!std::filesystem::is_directory(dir, ec)) return d;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (e.is_regular_file(ec) && base::ends_with(name, ".verbs.txt")) files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> errors;
  d.load_files(files, errors);
  return d;
}

}  // namespace dyad::events
