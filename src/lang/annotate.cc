// Runs the language layers in order over one text.
#include "lang/annotate.h"

#include "lang/chunk.h"
#include "lang/clauses.h"
#include "lang/dep_clauses.h"
#include "lang/lemma.h"
#include "lang/name_finder.h"
#include "lang/penn_from_parse.h"
#include "lang/sentences.h"
#include "lang/tag_repairs.h"
#include "lang/tagger.h"
#include "lang/tokenize.h"

namespace dyad::lang {

namespace {

// Tags and parses one sentence with the trained model.
void parse_sentence(std::vector<Token>& tokens, const Sentence& s, const SyntaxModel& m) {
  std::vector<std::string_view> forms;
  forms.reserve(s.last - s.first);
  for (uint32_t i = s.first; i < s.last; ++i) forms.push_back(tokens[i].form);
  SentenceSyntax syn = analyze_sentence(m, forms);
  for (uint32_t k = 0; k < forms.size(); ++k) {
    Token& t = tokens[s.first + k];
    const TagClass& c = m.tagger.classes[syn.tag_class[k]];
    t.tag = m.hints.penn_tag(c, t.form);
    t.upos = c.upos;
    t.head = syn.head[k] == 0 ? -1 : static_cast<int32_t>(s.first) + syn.head[k] - 1;
    t.deprel = syn.rel[k];
  }
}

}  // namespace

Annotation annotate(std::string_view text, const Resources& res) {
  Annotation a;
  a.tokens = tokenize(text, res);
  a.sentences = split_sentences(text, a.tokens, res);
  for (const Sentence& s : a.sentences) {
    if (!res.use_syntax)
      tag_sentence(a.tokens, s, res);
    else {
      parse_sentence(a.tokens, s, res.syntax);
      penn_from_parse(a.tokens, s, res);
      repair_parsed_tags(a.tokens, s, res);
    }
  }
  for (Token& t : a.tokens) t.lemma = lemmatize(t.form, t.tag, res);
  find_names(a, res.names);
  if (res.use_syntax) repair_name_tags(a);
  chunk(a, res);
  if (!res.use_syntax)
    find_clauses(a, res);
  else
    clauses_from_parse(a, res);
  return a;
}

void rechunk(Annotation& a, const Resources& res) {
  a.noun_phrases.clear();
  a.verb_groups.clear();
  a.clauses.clear();
  chunk(a, res);
  bool parsed = false;
  for (const Token& t : a.tokens) parsed = parsed || t.deprel != DepRel::None;
  if (parsed)
    clauses_from_parse(a, res);
  else
    find_clauses(a, res);
}

}  // namespace dyad::lang
