// Universal Dependencies labels as values: the 17 universal part-of-speech
// tags and the dependency relations (with the English subtypes EWT uses),
// with their names and parsers.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::lang {

enum class Upos : uint8_t {
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
  Count
};
constexpr int kUposCount = static_cast<int>(Upos::Count);

enum class DepRel : uint8_t {
  None,  // no relation (not attached yet)
  acl, acl_relcl, advcl, advcl_relcl, advmod, amod, appos, aux, aux_pass, case_, cc, cc_preconj,
  ccomp, compound, compound_prt, conj, cop, csubj, csubj_outer, csubj_pass, dep, det, det_predet,
  discourse, dislocated, expl, fixed, flat, flat_foreign, goeswith, iobj, list, mark, nmod,
  nmod_desc, nmod_npmod, nmod_poss, nmod_tmod, nmod_unmarked, nsubj, nsubj_outer, nsubj_pass,
  nummod, obj, obl, obl_agent, obl_npmod, obl_tmod, obl_unmarked, orphan, parataxis, punct,
  reparandum, root, vocative, xcomp,
  Count
};
constexpr int kDepRelCount = static_cast<int>(DepRel::Count);

const char* upos_name(Upos u);
bool parse_upos(std::string_view name, Upos& out);
// "nsubj:pass", "case", "_" for None.
const char* deprel_name(DepRel r);
// Parses a relation; an unknown subtype falls back to its universal part
// ("obl:foo" -> obl). False when not even that is known.
bool parse_deprel(std::string_view name, DepRel& out);

inline bool is_subject(DepRel r) {
  return r == DepRel::nsubj || r == DepRel::nsubj_pass || r == DepRel::nsubj_outer;
}

}  // namespace dyad::lang
