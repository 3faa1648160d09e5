// Runs the language layers in order over one text.
#include "lang/annotate.h"

#include "lang/chunk.h"
#include "lang/clauses.h"
#include "lang/lemma.h"
#include "lang/sentences.h"
#include "lang/tagger.h"
#include "lang/tokenize.h"

namespace dyad::lang {

Annotation annotate(std::string_view text, const Resources& res) {
  Annotation a;
  a.tokens = tokenize(text, res);
  a.sentences = split_sentences(text, a.tokens, res);
  for (const Sentence& s : a.sentences) tag_sentence(a.tokens, s, res);
  for (Token& t : a.tokens) t.lemma = lemmatize(t.form, t.tag, res);
  chunk(a, res);
  find_clauses(a, res);
  return a;
}

}  // namespace dyad::lang
