// Direction of a relative date from its governing verb group (see direction.h).
#include "time/direction.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_set>

#include "base/text.h"

namespace dyad::time {

namespace {

const std::unordered_set<std::string>& intent_verbs() {
  static const std::unordered_set<std::string> s = [] {
    std::unordered_set<std::string> r;
    for (const auto& w : base::load_word_list("time/intent_verbs.txt")) r.insert(base::lower_ascii(w));
    return r;
  }();
  return s;
}

bool intent(const lang::Annotation& a, const lang::VerbGroup& g) {
  if (g.head >= a.tokens.size()) return false;
  return intent_verbs().count(base::lower_ascii(a.tokens[g.head].lemma)) > 0;
}

// The direction a verb group gives on its own (0 when it does not say).
int own_direction(const lang::Annotation& a, const lang::VerbGroup& g) {
  if (g.tense == lang::Tense::Future) return 1;
  if (g.modal >= 0 && static_cast<size_t>(g.modal) < a.tokens.size()) {
    std::string m = base::lower_ascii(a.tokens[g.modal].lemma);
    if (m == "would") return 0;  // reported future or conditional: the nearest date
    return 1;                    // could, may, might, should, must, can
  }
  if (g.tense == lang::Tense::Past) return -1;
  // A present perfect rarely takes a point in time ("has been postponed
  // until Saturday" points forward): it says nothing.
  if (g.tense == lang::Tense::Present && !g.perfect && (g.progressive || intent(a, g)))
    return 1;  // "is meeting on Friday", "is scheduled for"
  return 0;
}

}  // namespace

int governing_direction(const lang::Annotation& a, uint32_t start, uint32_t end) {
  const auto& vgs = a.verb_groups;
  if (vgs.empty() || a.tokens.empty()) return 0;
  auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), start,
                             [](const lang::Token& t, uint32_t o) { return t.span.end <= o; });
  if (it == a.tokens.end()) return 0;
  uint32_t first = static_cast<uint32_t>(it - a.tokens.begin());
  // The sentence holding `first` and its verb groups, by binary search (both
  // lists are in text order), so a document's dates cost n log n, not n².
  uint32_t sent = 0;
  auto si = std::upper_bound(a.sentences.begin(), a.sentences.end(), first,
                             [](uint32_t t, const lang::Sentence& s) { return t < s.first; });
  if (si != a.sentences.begin() && first < std::prev(si)->last)
    sent = static_cast<uint32_t>(std::prev(si) - a.sentences.begin());
  auto g0 = std::lower_bound(vgs.begin(), vgs.end(), sent,
                             [](const lang::VerbGroup& g, uint32_t s) { return g.sentence < s; });
  int before = -1, after = -1;
  for (size_t g = static_cast<size_t>(g0 - vgs.begin()); g < vgs.size() && vgs[g].sentence == sent; ++g) {
    if (vgs[g].last <= first) before = static_cast<int>(g);
    else if (after < 0 && a.tokens[vgs[g].first].span.start >= end) after = static_cast<int>(g);
  }
  int gi = before >= 0 ? before : after;
  if (gi < 0) return 0;
  const lang::VerbGroup& g = vgs[gi];
  if (g.infinitive || !g.finite) {
    // "to be held on", "plans to meet on": the verb it depends on decides,
    // unless that verb is past ("agreed to meet on Friday": either way).
    if (gi > 0 && vgs[gi - 1].sentence == sent && vgs[gi - 1].last + 1 >= g.first) {
      int d = own_direction(a, vgs[gi - 1]);
      if (d < 0) return 0;
      return 1;
    }
    return g.infinitive ? 1 : 0;
  }
  return own_direction(a, g);
}

}  // namespace dyad::time
