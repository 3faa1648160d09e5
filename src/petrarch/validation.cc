// Validation runs over PETRARCH unit-test records (see validation.h).
#include "petrarch/validation.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "petrarch/retag.h"
#include "lang/annotate.h"
#include "lang/chunk.h"
#include "lang/clauses.h"
#include "lang/lemma.h"
#include "lang/resources.h"

namespace dyad::events {

namespace {

std::string beside(const std::string& records, const std::string& name) {
  if (name.empty()) return "";
  std::filesystem::path p(name);
  if (p.is_absolute()) return name;
  return (std::filesystem::path(records).parent_path() / p).string();
}

// The text a Penn leaf stands for.
std::string leaf_text(const std::string& w) {
  if (w == "-LRB-" || w == "-LCB-") return "(";
  if (w == "-RRB-" || w == "-RCB-") return ")";
  if (w == "``" || w == "''") return "\"";
  return w;
}

}  // namespace

bool load_validation(const ValidationSetup& setup, ValidationEnv& env) {
  std::ifstream in(setup.records_path);
  if (!in) {
    env.errors.push_back(setup.records_path + ": cannot read records file");
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  env.file = parse_unit_records(ss.str());
  env.use_tree = setup.parser != "dyad";
  auto pick = [&](const std::vector<std::string>& over, const std::string& envname) {
    if (!over.empty()) return over;
    std::vector<std::string> v;
    std::string p = beside(setup.records_path, envname);
    if (!p.empty()) v.push_back(p);
    return v;
  };
  bool ok = true;
  for (const auto& f : pick(setup.verbs, env.file.verbfile)) ok = env.verbs.load_file(f, env.errors) && ok;
  for (const auto& f : pick(setup.actors, env.file.actorfile)) ok = env.actors.load_actors(f, env.errors) && ok;
  for (const auto& f : pick(setup.agents, env.file.agentfile)) ok = env.actors.load_agents(f, env.errors) && ok;
  for (const auto& f : pick(setup.discards, env.file.discardfile)) ok = env.discards.load_file(f, env.errors) && ok;
  return ok;
}

lang::Annotation record_annotation(const UnitRecord& r, bool use_tree, PennTree* tree, const PetrActors* actors) {
  const lang::Resources& res = lang::Resources::get();
  lang::Annotation a;
  PennTree t;
  std::string err;
  if (use_tree && !r.parse.empty() && read_penn_tree(r.parse, t, err) && !t.words.empty()) {
    std::string text;
    for (size_t i = 0; i < t.words.size(); ++i) {
      if (i) text += ' ';
      lang::Token tok;
      tok.span.start = uint32_t(text.size());
      text += leaf_text(t.words[i]);
      tok.span.end = uint32_t(text.size());
      tok.form = t.words[i];
      if (!lang::parse_tag(t.tags[i], tok.tag)) tok.tag = lang::Tag::NN;
      tok.lemma = lang::lemmatize(tok.form, tok.tag, res);
      a.tokens.push_back(std::move(tok));
    }
    a.sentences.push_back({{0, uint32_t(text.size())}, 0, uint32_t(a.tokens.size())});
    lang::chunk(a, res);
    lang::find_clauses(a, res);
    if (tree) *tree = std::move(t);
    return a;
  }
  a = lang::annotate(r.text, res);
  (void)actors;
  return a;
}

RecordResult run_record(const ValidationEnv& env, const UnitRecord& r) {
  RecordResult out;
  out.id = r.id;
  out.category = r.category;
  for (const auto& e : r.expected) out.expected.insert({e.source, e.target, e.code});
  PennTree tree;
  if (env.use_tree && !r.parse.empty()) {
    // An unbalanced parse is bad input: nothing is coded from it.
    PennTree probe;
    std::string err;
    if (!read_penn_tree(r.parse, probe, err)) {
      out.pass = out.expected.empty();
      return out;
    }
  }
  lang::Annotation a = record_annotation(r, env.use_tree, &tree, &env.actors);
  if (tree.words.empty()) retag_with_dictionaries(a, &env.actors, env.verbs);
  std::vector<ActorMention> mentions = env.actors.recognize(a, r.date);
  CoderOptions opt;
  opt.discards = &env.discards;
  PennSubjects subjects(tree);
  opt.tree = env.use_tree && !tree.words.empty() ? &subjects : nullptr;
  std::vector<Event> events;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) code_sentence(r.text, a, si, mentions, env.verbs, opt, events);
  for (const auto& e : events) out.got.insert({e.source, e.target, e.code});
  out.pass = out.got == out.expected;
  return out;
}

}  // namespace dyad::events
