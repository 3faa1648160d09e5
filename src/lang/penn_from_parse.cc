// Penn tags from the parse (see penn_from_parse.h).
#include "lang/penn_from_parse.h"

namespace dyad::lang {

namespace {


bool lexicon_has(const Token& t, Tag tag, const Resources& res) {
  auto it = res.lexicon.find(t.form);
  if (it == res.lexicon.end()) return false;
  for (const auto& [x, lp] : it->second.tags)
    if (x == tag) return true;
  return false;
}

// "a 500-page report", "UK-based firms", "Al-Qaeda-linked militants": the PTB
// tags a hyphenated compound that modifies a following noun as an adjective.
// EWT splits such words at the hyphen, so the tagger has never seen them whole.
// Names ("Al-Qaeda fighters") keep NNP; the part after the last hyphen must be
// a lower-case word.
bool hyphenated_modifier(const std::vector<Token>& toks, uint32_t i) {
  const Token& t = toks[i];
  if (t.head <= static_cast<int32_t>(i) || !is_noun(toks[static_cast<size_t>(t.head)].tag)) return false;
  if (t.tag != Tag::NN && t.tag != Tag::NNS && t.tag != Tag::VBN && t.tag != Tag::VBG && t.tag != Tag::VBD)
    return false;
  size_t hy = t.form.rfind('-');
  if (hy == std::string::npos || hy == 0 || hy + 1 >= t.form.size()) return false;
  for (size_t k = hy + 1; k < t.form.size(); ++k)
    if (t.form[k] < 'a' || t.form[k] > 'z') return false;
  return true;
}

}  // namespace

void penn_from_parse(std::vector<Token>& toks, const Sentence& s, const Resources& res) {
  // Per word: an active subject, an auxiliary (have / be / get) among its dependents.
  std::vector<uint8_t> subject(s.last - s.first, 0), aux(s.last - s.first, 0);
  for (uint32_t k = s.first; k < s.last; ++k) {
    int32_t h = toks[k].head;
    if (h < static_cast<int32_t>(s.first) || h >= static_cast<int32_t>(s.last)) continue;
    size_t at = static_cast<size_t>(h) - s.first;
    if (toks[k].deprel == DepRel::nsubj) subject[at] = 1;
    if (toks[k].deprel == DepRel::aux_pass || toks[k].deprel == DepRel::cop) aux[at] = 1;
    if (toks[k].deprel == DepRel::aux && toks[k].tag != Tag::MD && toks[k].tag != Tag::TO) {
      // "did not want": do-support takes a base form, not a participle.
      std::string l = toks[k].form;
      for (char& c : l)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (l != "do" && l != "does" && l != "did") aux[at] = 1;
    }
  }
  for (uint32_t i = s.first; i < s.last; ++i) {
    Token& t = toks[i];
    size_t at = i - s.first;
    if (hyphenated_modifier(toks, i)) {
      t.tag = Tag::JJ;
      continue;
    }
    bool clause = t.deprel != DepRel::amod && t.deprel != DepRel::acl && t.deprel != DepRel::acl_relcl;
    // "the crowds trashed the embassy": a participle with an active subject and
    // no auxiliary is the finite past tense.
    if (t.tag == Tag::VBN && clause && subject[at] && !aux[at] && lexicon_has(t, Tag::VBD, res)) t.tag = Tag::VBD;
    // "the talks have ended": a past form with an auxiliary is the participle.
    else if (t.tag == Tag::VBD && aux[at] && lexicon_has(t, Tag::VBN, res))
      t.tag = Tag::VBN;
  }
}

}  // namespace dyad::lang
