// Word lists for page-chrome detection (data/web/): function words of prose,
// whole-line furniture phrases, trailer headings and in-line furniture
// phrases, loaded once and looked up by lower-cased words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace dyad::ingest {

struct PageLexicon {
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;

  // Every single word the per-word scan looks up (function words, first
  // words of furniture phrases), in a flat open-addressing table: the scan
  // runs over every word of the input, so this lookup must be cheap.
  struct WordInfo {
    std::string word;
    bool stop = false;        // data/web/stopwords.txt
    int32_t phrases = -1;     // index into `phrases` of the phrases starting here
  };
  std::vector<WordInfo> slots;  // size a power of two; empty word = free slot
  size_t max_word = 0;          // longest word in the table, in bytes
  Set chrome_lines;      // data/web/chrome_lines.txt (keys: words joined by one space)
  // A list of headings: whole lines, plus entries "words *" (a heading
  // starting so) and "* words" (a short line ending so and a colon).
  struct Headings {
    Set exact;
    std::vector<std::string> prefixes, suffixes;
    void load(const std::string& rel);
    // key = the line's words, bare = without numbers; `words` of them.
    bool match(const std::string& key, const std::string& bare, size_t words, bool end_punct,
               bool ends_colon) const;
  };
  Headings trailers;  // data/web/trailer_headings.txt: related links, recommendations
  Headings comments;  // data/web/comment_headings.txt: reader comments
  // data/web/chrome_phrases.txt, grouped by first word: the rest of each phrase.
  std::vector<std::vector<std::vector<std::string>>> phrases;

  const WordInfo* find(std::string_view w) const;
  WordInfo& insert(const std::string& w);
  // True when an in-line furniture phrase starts at words[i].
  bool phrase_at(const std::vector<std::string_view>& words, size_t i, const WordInfo& first) const;

  // The lexicon from data/web/ (loaded on first use; thread-safe).
  static const PageLexicon& get();
};

// Lower-cased words of `line` (ASCII letters lowered; any non-punctuation
// code point is a word character; apostrophes and hyphens split words).
// `buf` receives the lowered copy the views point into.
void page_words(std::string_view line, std::string& buf, std::vector<std::string_view>& words);

// The words joined by single spaces; with drop_numbers, all-digit words are left out.
std::string page_key(const std::vector<std::string_view>& words, bool drop_numbers);

}  // namespace dyad::ingest
