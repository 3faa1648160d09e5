// Clauses read off the dependency parse: each verb group's clause head (its
// main verb, or the predicate of a copula), subject (nsubj, nsubj:pass,
// csubj; a relative pronoun stands for its antecedent; a conjoined verb
// shares its subject), object (obj), passive agent (obl:agent or a "by"
// oblique), and kind: main (root), reported (ccomp under a speech verb, or
// the clause a trailing "..., officials said" reports), relative
// (acl:relcl), subordinate, coordinate (conj, parataxis), non-finite. It
// also repairs the parser's usual misreadings of news sentences (a closing
// "..., officials said" hung anywhere, a clause hung on punctuation, "and
// promised" read as a participle ...): see docs/clauses.md.
#pragma once

#include "lang/annotation.h"
#include "lang/resources.h"

namespace dyad::lang {

// Fills a.clauses (one per verb group, in order) from the tokens' heads and
// relations, the noun phrases and verb groups. Needs a parse (Token::deprel).
void clauses_from_parse(Annotation& a, const Resources& res);

}  // namespace dyad::lang
