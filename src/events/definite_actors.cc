// Definite descriptions that name an earlier actor again (see definite_actors.h).
#include "events/definite_actors.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary.h"
#include "base/text.h"
#include "events/coder.h"
#include "lang/annotation.h"

namespace dyad::events {

namespace {

// How many sentences back a description may reach ("the helicopter" three
// sentences after the crash, not ten paragraphs on).
constexpr uint32_t kSentencesBack = 4;

bool described(const ActorMention& m) {
  return !m.code.empty() && m.last_token >= m.first_token + 2 && m.kind != MentionKind::Person &&
         m.kind != MentionKind::Country && m.kind != MentionKind::Location;
}

// The nearest earlier mention that `head` (a noun token) describes again,
// starting at token `earliest` or later; null if none. `described_by_end`:
// the mentions that can be described, by their last token.
const ActorMention* antecedent(const lang::Annotation& a, const std::vector<const ActorMention*>& described_by_end,
                               uint32_t head, uint32_t earliest) {
  auto it = std::lower_bound(described_by_end.begin(), described_by_end.end(), head,
                             [](const ActorMention* m, uint32_t h) { return m->last_token < h; });
  while (it != described_by_end.begin()) {
    const ActorMention* m = *--it;
    if (m->last_token <= earliest) break;
    if (m->first_token >= earliest && a.tokens[m->last_token - 1].lemma == a.tokens[head].lemma) return m;
  }
  return nullptr;
}

// "the president", "the minister": a title names whoever holds it where the text stands (the
// home country's president), not the office holder last described ("the new Ukrainian
// president"), so a title is no description of an earlier actor.
bool title_word(const std::string& form) {
  std::string cap = form;
  if (!cap.empty()) cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
  std::vector<std::string_view> toks{cap};
  uint32_t len = 0;
  return !actors::Dictionary::get().title_at(toks, 0, len).empty();
}

}  // namespace

void add_definite_actors(Document& doc) {
  if (!doc.lang) return;
  const auto& a = *doc.lang;
  std::vector<char> covered = tokens_covered(a, doc.actors);
  std::vector<const ActorMention*> described_by_end;
  for (const auto& m : doc.actors)
    if (described(m)) described_by_end.push_back(&m);
  std::stable_sort(described_by_end.begin(), described_by_end.end(),
                   [](const ActorMention* x, const ActorMention* y) { return x->last_token < y->last_token; });
  std::vector<ActorMention> added;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const auto& s = a.sentences[si];
    uint32_t earliest = a.sentences[si >= kSentencesBack ? si - kSentencesBack : 0].first;
    for (uint32_t i = s.first; i + 1 < s.last; ++i) {
      uint32_t h = i + 1;
      if (base::lower_ascii(a.tokens[i].form) != "the" || covered[h]) continue;
      lang::Tag t = a.tokens[h].tag;
      if (t != lang::Tag::NN && t != lang::Tag::NNS) continue;
      // "the helicopter crew": the noun modifies another, which the phrase is about.
      // "the government of President X": a complement says whose; the phrase describes anew.
      if (h + 1 < s.last && (lang::is_noun(a.tokens[h + 1].tag) || base::lower_ascii(a.tokens[h + 1].form) == "of"))
        continue;
      if (title_word(a.tokens[h].form)) continue;
      const ActorMention* m = antecedent(a, described_by_end, h, earliest);
      if (!m) continue;
      ActorMention d = *m;
      d.first_token = h;
      d.last_token = h + 1;
      d.start = a.tokens[h].span.start;
      d.end = a.tokens[h].span.end;
      d.anonymous = false;
      added.push_back(std::move(d));
    }
  }
  for (auto& m : added) doc.actors.push_back(std::move(m));
}

}  // namespace dyad::events
