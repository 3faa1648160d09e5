// `dyad annotate FILE --format conll|conllu|json`: runs the pipeline on a
// file and prints the language layers of each document's clean text
// (sentences, tokens with spans, tags, lemmas, dependency parse, noun
// phrases, verb groups, clauses) so a person can inspect them. `--raw`
// annotates the file's bytes as they are. `--format conllu` prints CoNLL-U;
// with a .conllu input and `--gold-tokens` the given words are kept and
// UPOS, XPOS, HEAD and DEPREL filled in (how the parser is scored).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "ingest/read.h"
#include "lang/annotate.h"
#include "lang/conllu.h"
#include "pipeline/pipeline.h"

namespace dyad::cli {

namespace {

struct AnnotateArgs {
  std::string path;
  std::string format = "conll";
  bool raw = false;
  bool gold_tokens = false;
};

std::string_view slice(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

// Per-token labels: B-NP/I-NP, B-VG/I-VG.
std::vector<std::string> chunk_labels(const lang::Annotation& a) {
  std::vector<std::string> lab(a.tokens.size(), "O");
  for (const auto& np : a.noun_phrases)
    for (uint32_t i = np.first; i < np.last; ++i) lab[i] = i == np.first ? "B-NP" : "I-NP";
  for (const auto& vg : a.verb_groups)
    for (uint32_t i = vg.first; i < vg.last; ++i) lab[i] = i == vg.first ? "B-VG" : "I-VG";
  return lab;
}

std::string phrase_text(std::string_view text, const lang::Annotation& a, uint32_t first, uint32_t last) {
  if (first >= last) return "";
  return std::string(text.substr(a.tokens[first].span.start, a.tokens[last - 1].span.end - a.tokens[first].span.start));
}

void print_conll(std::string_view text, const lang::Annotation& a, std::ostream& out) {
  auto lab = chunk_labels(a);
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const auto& s = a.sentences[si];
    out << "# sent " << si + 1 << " [" << s.span.start << "," << s.span.end << ") " << slice(text, s.span) << "\n";
    for (const auto& c : a.clauses) {
      if (c.sentence != si) continue;
      const auto& vg = a.verb_groups[c.verb];
      out << "# clause " << lang::clause_kind_name(c.kind) << " verb=\"" << phrase_text(text, a, vg.first, vg.last)
          << "\" tense=" << lang::tense_name(vg.tense) << (vg.negated ? " negated" : "")
          << (vg.passive ? " passive" : "") << (vg.modal >= 0 ? " modal=" + a.tokens[vg.modal].lemma : "");
      if (c.subject >= 0) {
        const auto& np = a.noun_phrases[c.subject];
        out << " subj=\"" << phrase_text(text, a, np.first, np.last) << "\"";
      }
      if (c.object >= 0) {
        const auto& np = a.noun_phrases[c.object];
        out << " obj=\"" << phrase_text(text, a, np.first, np.last) << "\"";
      }
      if (c.agent >= 0) {
        const auto& np = a.noun_phrases[c.agent];
        out << " agent=\"" << phrase_text(text, a, np.first, np.last) << "\"";
      }
      if (c.embedded_under >= 0)
        out << " under=\"" << a.tokens[a.verb_groups[a.clauses[c.embedded_under].verb].head].form << "\"";
      out << "\n";
    }
    for (uint32_t i = s.first; i < s.last; ++i) {
      const auto& t = a.tokens[i];
      out << (i - s.first + 1) << "\t" << t.form << "\t" << t.lemma << "\t" << lang::tag_name(t.tag) << "\t"
          << lab[i] << "\t" << t.span.start << "\t" << t.span.end << "\n";
    }
    out << "\n";
  }
}

// CoNLL-U of the annotation: one sentence after another, heads within the sentence.
void print_conllu(std::string_view text, const lang::Annotation& a, std::ostream& out) {
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const auto& s = a.sentences[si];
    std::string sent(slice(text, s.span));
    for (char& c : sent)
      if (c == '\n' || c == '\r') c = ' ';
    out << "# sent_id = " << si + 1 << "\n# text = " << sent << "\n";
    for (uint32_t i = s.first; i < s.last; ++i) {
      const auto& t = a.tokens[i];
      bool parsed = t.deprel != lang::DepRel::None;
      long head = !parsed ? -1 : t.head < 0 ? 0 : static_cast<long>(t.head - s.first + 1);
      bool space_after = i + 1 >= s.last || a.tokens[i + 1].span.start > t.span.end;
      out << (i - s.first + 1) << "\t" << slice(text, t.span) << "\t" << t.lemma << "\t"
          << (parsed ? lang::upos_name(t.upos) : "_") << "\t" << lang::tag_name(t.tag) << "\t_\t"
          << (head < 0 ? std::string("_") : std::to_string(head)) << "\t" << lang::deprel_name(t.deprel) << "\t_\t"
          << (space_after ? "_" : "SpaceAfter=No") << "\n";
    }
    out << "\n";
  }
}

// A CoNLL-U file's own words, tagged and parsed; other columns kept.
int annotate_gold_tokens(const std::string& path, const lang::Resources& res) {
  std::vector<lang::ConlluSentence> sents;
  std::string error;
  if (!lang::read_conllu_file(path, sents, error)) {
    std::cerr << "dyad: " << error << "\n";
    return 1;
  }
  if (res.syntax.empty()) {
    std::cerr << "dyad: no syntax model loaded; cannot parse " << path << "\n";
    return 1;
  }
  for (auto& s : sents) {
    std::vector<std::string_view> forms;
    for (const auto& w : s.words) forms.push_back(w.form);
    lang::SentenceSyntax syn = lang::analyze_sentence(res.syntax, forms);
    for (size_t i = 0; i < s.words.size(); ++i) {
      auto& w = s.words[i];
      const auto& c = res.syntax.tagger.classes[syn.tag_class[i]];
      w.upos = lang::upos_name(c.upos);
      w.xpos = c.xpos;
      w.head = syn.head[i];
      w.deprel = lang::deprel_name(syn.rel[i]);
      w.deps = "_";
    }
    if (!res.names.empty()) {  // names in MISC: Name=B-PER
      auto labels = res.names.label(lang::name_words(forms, lang::penn_tags(res.syntax, forms, syn), res.names.gazetteer));
      for (size_t i = 0; i < s.words.size(); ++i) {
        auto& misc = s.words[i].misc;
        std::string n = "Name=" + lang::name_label_name(labels[i]);
        misc = misc.empty() || misc == "_" ? n : misc + "|" + n;
      }
    }
    lang::write_conllu(std::cout, s);
  }
  return 0;
}

nlohmann::json to_json(std::string_view text, const lang::Annotation& a) {
  using nlohmann::json;
  json j;
  json sents = json::array();
  for (const auto& s : a.sentences)
    sents.push_back({{"start", s.span.start}, {"end", s.span.end}, {"first", s.first}, {"last", s.last},
                     {"text", std::string(slice(text, s.span))}});
  json toks = json::array();
  for (const auto& t : a.tokens)
    toks.push_back({{"start", t.span.start}, {"end", t.span.end}, {"form", t.form}, {"lemma", t.lemma},
                    {"tag", lang::tag_name(t.tag)}, {"upos", lang::upos_name(t.upos)}, {"head", t.head},
                    {"deprel", lang::deprel_name(t.deprel)}});
  json nps = json::array();
  for (const auto& np : a.noun_phrases)
    nps.push_back({{"first", np.first}, {"last", np.last}, {"head", np.head}, {"sentence", np.sentence},
                   {"text", phrase_text(text, a, np.first, np.last)}});
  json vgs = json::array();
  for (const auto& vg : a.verb_groups)
    vgs.push_back({{"first", vg.first}, {"last", vg.last}, {"head", vg.head}, {"sentence", vg.sentence},
                   {"tense", lang::tense_name(vg.tense)}, {"finite", vg.finite}, {"negated", vg.negated},
                   {"passive", vg.passive}, {"perfect", vg.perfect}, {"progressive", vg.progressive},
                   {"infinitive", vg.infinitive}, {"modal", vg.modal},
                   {"text", phrase_text(text, a, vg.first, vg.last)}});
  json cls = json::array();
  for (const auto& c : a.clauses)
    cls.push_back({{"verb", c.verb}, {"sentence", c.sentence}, {"subject", c.subject}, {"object", c.object},
                   {"agent", c.agent}, {"embedded_under", c.embedded_under},
                   {"kind", lang::clause_kind_name(c.kind)}, {"speech", c.speech}});
  j["sentences"] = std::move(sents);
  j["tokens"] = std::move(toks);
  j["noun_phrases"] = std::move(nps);
  j["verb_groups"] = std::move(vgs);
  j["clauses"] = std::move(cls);
  json names = json::array();
  for (const auto& n : a.names)
    names.push_back({{"first", n.first}, {"last", n.last}, {"sentence", n.sentence},
                     {"type", lang::name_type_name(n.type)}, {"text", phrase_text(text, a, n.first, n.last)}});
  j["names"] = std::move(names);
  return j;
}

}  // namespace

void register_annotate(CLI::App& app) {
  auto args = std::make_shared<AnnotateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "annotate",
      "Print the language layers of a file's clean text: sentences, tokens (PTB, with byte spans), "
      "part-of-speech tags, lemmas, noun phrases, verb groups and clauses.");
  cmd->add_option("file", args->path, "A file (text, PDF, HTML, JSON Lines)")->required();
  cmd->add_option("--format", args->format,
                  "conll (one token a line, with chunks and clauses), conllu (Universal Dependencies) or json")
      ->check(CLI::IsMember({"conll", "conllu", "json"}))
      ->default_val("conll");
  cmd->add_flag("--raw", args->raw, "Annotate the file's bytes as they are (UTF-8), without reading or cleaning");
  cmd->add_flag("--gold-tokens", args->gold_tokens,
                "With a .conllu FILE and --format conllu: keep its words and fill UPOS, XPOS, HEAD, DEPREL");
  cmd->callback([args] {
    const auto& res = lang::Resources::get();
    for (const auto& w : res.warnings) std::cerr << "dyad: " << w << "\n";
    if (args->gold_tokens) {
      if (args->format != "conllu") {
        std::cerr << "dyad annotate: --gold-tokens needs --format conllu\n";
        set_exit_code(2);
        return;
      }
      set_exit_code(annotate_gold_tokens(args->path, res));
      return;
    }
    std::vector<Document> docs;
    std::vector<ingest::ReadError> errors;
    if (args->raw) {
      std::ifstream in(args->path, std::ios::binary);
      if (in) {
        std::ostringstream ss;
        ss << in.rdbuf();
        Document d;
        d.id = std::filesystem::path(args->path).stem().string();
        d.norm = ss.str();
        docs.push_back(std::move(d));
      } else {
        errors.push_back({args->path, "cannot open"});
      }
    } else {
      ingest::read_file(args->path, ingest::ReadOptions{}, docs, errors);
    }
    for (const auto& e : errors) std::cerr << "dyad: " << e.path << ": " << e.message << "\n";
    nlohmann::json all = nlohmann::json::array();
    for (auto& d : docs) {
      if (!args->raw) process_document(d);
      const std::string& text = args->raw ? d.norm : d.text;
      lang::Annotation a = lang::annotate(text, res);
      if (args->format == "json") {
        nlohmann::json j = to_json(text, a);
        j["id"] = d.id;
        all.push_back(std::move(j));
      } else if (args->format == "conllu") {
        std::cout << "# newdoc id = " << d.id << "\n";
        print_conllu(text, a, std::cout);
      } else {
        std::cout << "# doc " << d.id << "\n";
        print_conll(text, a, std::cout);
      }
    }
    if (args->format == "json") std::cout << (all.size() == 1 ? all[0] : all).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    set_exit_code(docs.empty() ? 1 : 0);
  });
}

}  // namespace dyad::cli
