// Dictionary-guided tag repair (see retag.h).
#include "petrarch/retag.h"

#include <cctype>

#include "lang/annotate.h"
#include "lang/lemma.h"
#include "lang/resources.h"
#include "base/text.h"

namespace dyad::events {

namespace {

bool aux_before(const std::string& u) {
  return u == "HAS" || u == "HAVE" || u == "HAD" || u == "WAS" || u == "WERE" || u == "IS" || u == "ARE" ||
         u == "BEEN" || u == "BE";
}

}  // namespace

size_t retag_with_dictionaries(lang::Annotation& a, const PetrActors* actors, const VerbDictionary& verbs) {
  using lang::Tag;
  const lang::Resources& res = lang::Resources::get();
  size_t changed = 0;
  for (const auto& s : a.sentences) {
    for (uint32_t i = s.first; i < s.last; ++i) {
      lang::Token& t = a.tokens[i];
      std::string u = base::upper_ascii(t.form);
      bool cap = !t.form.empty() && std::isupper(static_cast<unsigned char>(t.form[0]));
      Tag nt = t.tag;
      if (actors && cap && actors->is_phrase_word(u) && !lang::is_noun(t.tag) && i > s.first) {
        nt = Tag::NNP;
      } else if ((lang::is_adj(t.tag) || lang::is_noun(t.tag)) && !cap && verbs.forms(u) && u.size() > 2 &&
                 u.compare(u.size() - 2, 2, "ED") == 0 && i > s.first) {
        std::string prev = base::upper_ascii(a.tokens[i - 1].form);
        Tag pt = a.tokens[i - 1].tag;
        bool next_np = i + 1 < s.last && (a.tokens[i + 1].tag == Tag::DT || lang::is_noun(a.tokens[i + 1].tag) ||
                                          a.tokens[i + 1].tag == Tag::PRPS || a.tokens[i + 1].tag == Tag::CD);
        if (aux_before(prev)) nt = Tag::VBN;
        else if ((pt == Tag::CC || lang::is_proper(pt)) && next_np) nt = Tag::VBD;
      }
      // "Ethiopia departs from Libya": a dictionary verb after a sentence-initial
      // proper noun and before a preposition or noun phrase is the verb.
      if (nt == t.tag && lang::is_noun(t.tag) && !cap && i > s.first && verbs.forms(u) &&
          lang::is_proper(a.tokens[i - 1].tag) && i + 1 < s.last) {
        uint32_t k = i - 1;
        while (k > s.first && lang::is_proper(a.tokens[k - 1].tag)) --k;
        Tag nx = a.tokens[i + 1].tag;
        bool next_ok = nx == Tag::IN || nx == Tag::DT || nx == Tag::PRPS || nx == Tag::TO ||
                       (nx == Tag::NNP && actors && actors->is_phrase_word(base::upper_ascii(a.tokens[i + 1].form)));
        if ((k == s.first || a.tokens[k - 1].tag == Tag::DT) && next_ok)
          nt = (u.back() == 'S' && u.size() > 3) ? Tag::VBZ : Tag::VBP;
      }
      if (nt != t.tag) {
        t.tag = nt;
        t.lemma = lang::lemmatize(t.form, nt, res);
        ++changed;
      }
    }
  }
  if (changed) lang::rechunk(a, res);
  return changed;
}

}  // namespace dyad::events
