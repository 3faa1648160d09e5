// Reads data/actors/descriptions.txt and turns definite descriptions of
// groups the article names into actor mentions of those groups.
#include "actors/descriptions.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "actors/dictionary.h"
#include "base/text.h"

namespace dyad::actors {

namespace {

struct Description {
  std::string code;
  std::unordered_set<std::string> heads, modifiers;
};

std::unordered_set<std::string> word_set(std::string_view list) {
  std::unordered_set<std::string> out;
  size_t s = 0;
  while (s <= list.size()) {
    size_t e = list.find(',', s);
    if (e == std::string_view::npos) e = list.size();
    std::string w = base::lower_ascii(base::trim_ascii(list.substr(s, e - s)));
    if (!w.empty()) out.insert(w);
    s = e + 1;
  }
  return out;
}

const std::vector<Description>& descriptions() {
  static const std::vector<Description> table = [] {
    std::vector<Description> r;
    for (const auto& line : base::load_word_list("actors/descriptions.txt")) {
      size_t p1 = line.find('|');
      size_t p2 = p1 == std::string::npos ? p1 : line.find('|', p1 + 1);
      if (p2 == std::string::npos) continue;
      Description d;
      d.code = base::trim_ascii(std::string_view(line).substr(0, p1));
      d.heads = word_set(std::string_view(line).substr(p1 + 1, p2 - p1 - 1));
      d.modifiers = word_set(std::string_view(line).substr(p2 + 1));
      if (!d.code.empty() && !d.heads.empty()) r.push_back(std::move(d));
    }
    return r;
  }();
  return table;
}

bool common_noun(lang::Tag t) { return t == lang::Tag::NN || t == lang::Tag::NNS; }

}  // namespace

std::vector<ActorMention> resolve_descriptions(std::string_view text, const lang::Annotation& a,
                                               const std::vector<ActorMention>& named) {
  std::vector<ActorMention> out;
  const auto& table = descriptions();
  if (table.empty() || named.empty()) return out;
  const size_t n = a.tokens.size();
  std::vector<bool> covered(n, false);
  for (const auto& m : named)
    for (size_t t = m.first_token; t < m.last_token && t < n; ++t) covered[t] = true;
  // Sentence of each token, to bound how far back a bare description reaches.
  std::vector<uint32_t> sentence_of(n, 0);
  for (uint32_t s = 0; s < a.sentences.size(); ++s)
    for (uint32_t t = a.sentences[s].first; t < a.sentences[s].last && t < n; ++t) sentence_of[t] = s;
  auto word = [&](size_t t) {
    return fold_token(text.substr(a.tokens[t].span.start, a.tokens[t].span.size()));
  };
  for (const auto& np : a.noun_phrases) {
    if (np.last <= np.first + 1 || np.last > n || np.head + 1 != np.last) continue;
    if (word(np.first) != "the" || !common_noun(a.tokens[np.head].tag)) continue;
    bool free = true;
    for (size_t t = np.first; t < np.last; ++t) free = free && !covered[t];
    if (!free) continue;
    // "the movement of troops": a description followed by "of" names something else.
    if (np.last < n && word(np.last) == "of") continue;
    const std::string head = word(np.head);
    std::vector<std::string> mods;
    for (size_t t = np.first + 1; t < np.head; ++t) mods.push_back(word(t));
    const ActorMention* best = nullptr;
    bool best_before = false;
    for (const auto& d : table) {
      if (!d.heads.count(head)) continue;
      bool fits = true;
      for (const auto& w : mods) fits = fits && d.modifiers.count(w);
      if (!fits) continue;
      const ActorMention* before = nullptr;
      const ActorMention* after = nullptr;
      for (const auto& m : named) {
        if (m.code != d.code) continue;
        if (m.last_token <= np.first) before = &m;
        else if (m.first_token >= np.last && !after) after = &m;
      }
      if (before && mods.empty() && sentence_of[np.first] > sentence_of[before->first_token] + 5) before = nullptr;
      if (before) {
        if (!best_before || before->first_token > best->first_token) best = before, best_before = true;
      } else if (after && !mods.empty() && !best_before) {
        if (!best || after->first_token < best->first_token) best = after;
      }
    }
    if (!best) continue;
    ActorMention m = *best;
    m.first_token = np.first + 1;
    m.last_token = np.last;
    m.start = a.tokens[m.first_token].span.start;
    m.end = a.tokens[np.last - 1].span.end;
    m.entity = -1;
    m.anonymous = false;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace dyad::actors
