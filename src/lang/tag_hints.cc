// Lexicon hints for the trained tagger.
#include "lang/tag_hints.h"

#include <string>

#include "lang/perceptron.h"

namespace dyad::lang {

void TagHints::add(std::string_view word, uint64_t tags, int top, uint32_t count) {
  TagHint h;
  h.tags = tags;
  h.top = static_cast<uint8_t>(top + 1);
  h.freq = count <= 3 ? 1 : count <= 50 ? 2 : 3;
  map_[hash_string(word)] = h;
}

TagHint TagHints::find(std::string_view word) const {
  auto it = map_.find(hash_string(word));
  return it == map_.end() ? TagHint{} : it->second;
}

namespace {

uint64_t hint_key(const TagHint& h) { return h.top == 0 ? 0 : mix64(h.tags * 131 + h.top) | 1; }

}  // namespace

Tag TagHints::penn_tag(const TagClass& c, std::string_view form) const {
  if (c.penn == Tag::IN && (form == "to" || form == "To" || form == "TO")) return Tag::TO;
  if (c.penn == Tag::Comma && form == "--") return Tag::Colon;
  TagHint h = find(form);
  if (h.top == 0) {
    std::string low(form);
    for (char& ch : low)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    h = find(low);
  }
  if (h.freq < 3 || (h.tags >> static_cast<int>(c.penn)) & 1) return c.penn;
  return static_cast<Tag>(h.top - 1);
}

void TagHints::annotate(const std::vector<std::string_view>& forms, std::vector<WordKeys>& keys) const {
  if (map_.empty()) return;
  std::string low, title;
  for (size_t i = 0; i < forms.size() && i < keys.size(); ++i) {
    std::string_view f = forms[i];
    low.assign(f);
    for (char& c : low)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    TagHint exact = find(f);
    TagHint lower = low == f ? exact : find(low);
    TagHint other = lower;
    if (keys[i].flags & kAllCaps && f.size() > 1) {
      title = low;
      title[0] = f[0];
      other = find(title);
    }
    WordKeys& k = keys[i];
    k.lex = hint_key(exact);
    k.lex_lower = hint_key(lower);
    k.lex_other = hint_key(other);
    k.lex_top = static_cast<uint8_t>(exact.top ? exact.top : lower.top ? lower.top : other.top);
    k.lex_freq = static_cast<uint8_t>(exact.freq * 4 + lower.freq);
  }
}

}  // namespace dyad::lang
