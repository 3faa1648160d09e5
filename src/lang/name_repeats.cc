// Repeats of a found name elsewhere in the same text (see name_repeats.h).
#include "lang/name_repeats.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/name_finder.h"

namespace dyad::lang {

namespace {

// A capitalised noun: a word that would extend the name it touches.
bool name_word(const Token& t) { return capitalised(t.form) && is_noun(t.tag); }

// The words of a name joined by spaces, "" when it is one word or has a
// word in lower case.
std::string repeat_key(const Annotation& a, const Name& n) {
  if (n.last < n.first + 2 || n.last > a.tokens.size()) return "";
  std::string key;
  for (uint32_t k = n.first; k < n.last; ++k) {
    if (!capitalised(a.tokens[k].form)) return "";
    if (k > n.first) key += ' ';
    key += a.tokens[k].form;
  }
  return key;
}

// True when the tokens from `b` spell name `n`'s words.
bool same_words(const Annotation& a, const Name& n, uint32_t b) {
  for (uint32_t k = n.first; k < n.last; ++k)
    if (a.tokens[b + (k - n.first)].form != a.tokens[k].form) return false;
  return true;
}

// True when tokens [b, e) stand alone in sentence `s`.
bool stands_alone(const Annotation& a, const Sentence& s, uint32_t b, uint32_t e) {
  if (b > s.first && name_word(a.tokens[b - 1])) return false;
  if (e < s.last && name_word(a.tokens[e])) return false;
  return true;
}

// The repeat takes the tags the words have where the name was found, when
// they end on a proper noun there ("accused Big/JJ Machine/NN" after
// "Big/NNP Machine/NNP" was found): the same name is the same part of speech.
void take_tags(Annotation& a, const Name& found, uint32_t b) {
  if (a.tokens[found.last - 1].tag != Tag::NNP) return;
  for (uint32_t k = found.first; k < found.last; ++k) {
    Token& t = a.tokens[b + (k - found.first)];
    t.tag = a.tokens[k].tag;
    t.lemma = a.tokens[k].lemma;
  }
}

}  // namespace

void repeat_names(Annotation& a) {
  // First word -> the names found that start with it, first found first, one per spelling.
  std::unordered_map<std::string, std::vector<Name>> by_first;
  std::unordered_set<std::string> keys;
  for (const Name& n : a.names)
    if (std::string key = repeat_key(a, n); !key.empty() && keys.insert(key).second)
      by_first[a.tokens[n.first].form].push_back(n);
  if (by_first.empty()) return;
  std::vector<char> named(a.tokens.size(), 0);
  for (const Name& n : a.names)
    for (uint32_t k = n.first; k < n.last && k < named.size(); ++k) named[k] = 1;
  std::vector<Name> added;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    for (uint32_t b = s.first; b < s.last; ++b) {
      if (named[b] || !capitalised(a.tokens[b].form)) continue;
      auto it = by_first.find(a.tokens[b].form);
      if (it == by_first.end()) continue;
      for (const Name& first : it->second) {
        const uint32_t e = b + (first.last - first.first);
        if (e > s.last || !same_words(a, first, b) || !stands_alone(a, s, b, e)) continue;
        if (std::any_of(named.begin() + b, named.begin() + e, [](char c) { return c != 0; })) continue;
        std::fill(named.begin() + b, named.begin() + e, 1);
        take_tags(a, first, b);
        added.push_back(Name{b, e, si, first.type});
        b = e - 1;
        break;
      }
    }
  }
  if (added.empty()) return;
  a.names.insert(a.names.end(), added.begin(), added.end());
  std::sort(a.names.begin(), a.names.end(), [](const Name& x, const Name& y) { return x.first < y.first; });
}

}  // namespace dyad::lang
