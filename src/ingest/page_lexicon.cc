// Loading the page-chrome word lists and splitting a line into lower-cased
// words for lookups in them.
#include "ingest/page_lexicon.h"

#include <algorithm>

#include "base/text.h"

namespace dyad::ingest {

namespace {

// Code point at s[i] (UTF-8), its length in `len`; invalid bytes read as U+FFFD.
uint32_t decode_at(std::string_view s, size_t i, size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { len = 1; return c; }
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > s.size()) { len = 1; return 0xFFFD; }
  uint32_t cp = c & (0x3F >> (n - 1));
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) { len = 1; return 0xFFFD; }
    cp = (cp << 6) | (d & 0x3F);
  }
  len = n;
  return cp;
}

bool word_cp(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7) return false;       // Latin-1 symbols
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;                  // punctuation, arrows, shapes
  if (cp >= 0x3000 && cp <= 0x303F) return false;                  // CJK punctuation
  if (cp >= 0xFE10 && cp <= 0xFE6F) return false;                  // small/vertical forms
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;                  // fullwidth punctuation
  if (cp == 0xFFFD || cp >= 0x1F000) return false;                 // emoji, replacement
  return true;
}

void add_words(const std::string& rel, PageLexicon::Set& set) {
  std::string buf;
  std::vector<std::string_view> words;
  for (const auto& line : base::load_word_list(rel)) {
    page_words(line, buf, words);
    if (!words.empty()) set.insert(page_key(words, false));
  }
}

}  // namespace

void page_words(std::string_view line, std::string& buf, std::vector<std::string_view>& words) {
  buf.assign(line);
  for (auto& c : buf)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  words.clear();
  std::string_view b(buf);
  size_t i = 0, start = std::string_view::npos;
  while (i < b.size()) {
    size_t len = 1;
    uint32_t cp = static_cast<unsigned char>(b[i]) < 0x80 ? static_cast<unsigned char>(b[i])
                                                          : decode_at(b, i, len);
    if (word_cp(cp)) {
      if (start == std::string_view::npos) start = i;
    } else if (start != std::string_view::npos) {
      words.push_back(b.substr(start, i - start));
      start = std::string_view::npos;
    }
    i += len;
  }
  if (start != std::string_view::npos) words.push_back(b.substr(start));
}

std::string page_key(const std::vector<std::string_view>& words, bool drop_numbers) {
  std::string key;
  for (auto w : words) {
    if (drop_numbers && w.find_first_not_of("0123456789") == std::string_view::npos) continue;
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

namespace {
inline uint64_t word_hash(std::string_view w) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h ^ (h >> 29);
}
}  // namespace

const PageLexicon::WordInfo* PageLexicon::find(std::string_view w) const {
  if (w.size() > max_word || slots.empty()) return nullptr;
  const size_t mask = slots.size() - 1;
  for (size_t i = word_hash(w) & mask;; i = (i + 1) & mask) {
    const WordInfo& e = slots[i];
    if (e.word.empty()) return nullptr;
    if (e.word == w) return &e;
  }
}

PageLexicon::WordInfo& PageLexicon::insert(const std::string& w) {
  const size_t mask = slots.size() - 1;  // sized by get(), kept under half full
  size_t i = word_hash(w) & mask;
  while (!slots[i].word.empty() && slots[i].word != w) i = (i + 1) & mask;
  if (slots[i].word.empty()) slots[i].word = w;
  max_word = std::max(max_word, w.size());
  return slots[i];
}

bool PageLexicon::phrase_at(const std::vector<std::string_view>& words, size_t i,
                            const WordInfo& first) const {
  if (first.phrases < 0) return false;
  for (const auto& rest : phrases[static_cast<size_t>(first.phrases)]) {
    if (i + 1 + rest.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < rest.size() && ok; ++k) ok = words[i + 1 + k] == rest[k];
    if (ok) return true;
  }
  return false;
}

void PageLexicon::Headings::load(const std::string& rel) {
  std::string buf;
  std::vector<std::string_view> words;
  for (const auto& line : base::load_word_list(rel)) {
    bool prefix = base::ends_with(line, " *"), suffix = base::starts_with(line, "* ");
    page_words(line, buf, words);
    if (words.empty()) continue;
    std::string key = page_key(words, false);
    if (prefix) prefixes.push_back(key + " ");
    else if (suffix) suffixes.push_back(" " + key);
    else exact.insert(key);
  }
}

bool PageLexicon::Headings::match(const std::string& key, const std::string& bare, size_t words,
                                  bool end_punct, bool ends_colon) const {
  if (words <= 8 && (exact.count(key) || (!bare.empty() && exact.count(bare)))) return true;
  if (words <= 16 && !end_punct)
    for (const auto& p : prefixes)
      if (base::starts_with(key, p) || base::starts_with(bare, p)) return true;
  if (words <= 5 && ends_colon) {
    std::string padded = " " + key;
    for (const auto& s : suffixes)
      if (base::ends_with(padded, s)) return true;
  }
  return false;
}

const PageLexicon& PageLexicon::get() {
  static const PageLexicon lex = [] {
    PageLexicon l;
    std::vector<std::string> stops;
    for (const auto& w : base::load_word_list("web/stopwords.txt")) stops.push_back(base::lower_ascii(w));
    std::vector<std::string> phrase_lines = base::load_word_list("web/chrome_phrases.txt");
    size_t cap = 16;
    while (cap < 2 * (stops.size() + phrase_lines.size())) cap *= 2;
    l.slots.resize(cap);
    for (const auto& w : stops) l.insert(w).stop = true;
    add_words("web/chrome_lines.txt", l.chrome_lines);
    std::string buf;
    std::vector<std::string_view> words;
    l.trailers.load("web/trailer_headings.txt");
    l.comments.load("web/comment_headings.txt");
    for (const auto& line : phrase_lines) {
      page_words(line, buf, words);
      if (words.empty()) continue;
      WordInfo& first = l.insert(std::string(words[0]));
      if (first.phrases < 0) {
        first.phrases = static_cast<int32_t>(l.phrases.size());
        l.phrases.emplace_back();
      }
      l.phrases[static_cast<size_t>(first.phrases)].emplace_back(words.begin() + 1, words.end());
    }
    return l;
  }();
  return lex;
}

}  // namespace dyad::ingest
