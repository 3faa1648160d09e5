// Sentence boundaries from tokens (see sentences.h).
#include "lang/sentences.h"

#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "lang/tokenize.h"

namespace dyad::lang {

namespace {

bool is_closing(const std::string& f) {
  return f == "''" || f == "'" || f == "-RRB-" || f == "-RSB-" || f == "-RCB-";
}
bool is_opening(const std::string& f) {
  return f == "``" || f == "`" || f == "-LRB-" || f == "-LSB-" || f == "-LCB-";
}
bool starts_upper_or_digit(std::string_view f) {
  if (f.empty()) return false;
  unsigned char c = static_cast<unsigned char>(f[0]);
  return std::isupper(c) || std::isdigit(c) || c >= 0xC0;  // non-ASCII letters: assume capital
}

// A capitalised word that mostly is not a name: "The", "He", "But", "In".
bool typical_opener(const std::string& f, const Resources& res) {
  if (!starts_upper_or_digit(f)) return false;
  auto it = res.lexicon.find(f);
  return it != res.lexicon.end() && it->second.proper_share < 0.5f;
}

// Sentences longer than this many tokens are cut (at the last comma, semicolon,
// colon or dash of their second half, else there): later stages look at
// whole sentences, so a text without full stops must not make one sentence.
constexpr size_t kMaxSentenceTokens = 120;

size_t cut_point(const std::vector<Token>& toks, size_t start, size_t end) {
  for (size_t k = end; k > start + kMaxSentenceTokens / 2; --k) {
    const std::string& f = toks[k - 1].form;
    if (f == "," || f == ";" || f == ":" || f == "--") return k;
  }
  return end;
}

std::string folded(std::string_view w) {
  std::string out(w);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

// A capitalised word with a period glued to it, then a capitalised word: "ID. Buzz".
bool glued_period_pair(const std::vector<Token>& toks, size_t i) {
  return i > 0 && i + 1 < toks.size() && toks[i].form == "." && toks[i - 1].span.end == toks[i].span.start &&
         starts_upper_or_digit(toks[i - 1].form) && std::isalpha(static_cast<unsigned char>(toks[i - 1].form[0])) &&
         !toks[i + 1].para_start && std::isupper(static_cast<unsigned char>(toks[i + 1].form[0]));
}

// Names that carry a period ("the ID. Space Vizzion", "VW ID. Buzz"): the same pair of words
// around a glued period, met twice or more in the text (any case), is one name. Two sentences
// rarely meet at the same two words; a name is repeated.
std::unordered_set<std::string> period_names(const std::vector<Token>& toks) {
  std::unordered_map<std::string, int> seen;
  std::unordered_set<std::string> out;
  for (size_t i = 1; i + 1 < toks.size(); ++i)
    if (glued_period_pair(toks, i)) {
      std::string key = folded(toks[i - 1].form) + ". " + folded(toks[i + 1].form);
      if (++seen[key] == 2) out.insert(key);
    }
  return out;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view /*text*/, const std::vector<Token>& toks,
                                      const Resources& res) {
  std::vector<Sentence> out;
  const size_t n = toks.size();
  size_t start = 0;
  const auto names = period_names(toks);
  auto close = [&](size_t end) {
    if (end <= start) return;
    Sentence s;
    s.first = static_cast<uint32_t>(start);
    s.last = static_cast<uint32_t>(end);
    s.span = {toks[start].span.start, toks[end - 1].span.end};
    out.push_back(s);
    start = end;
  };
  for (size_t i = 0; i < n; ++i) {
    if (i > start && toks[i].para_start) close(i);
    if (i - start >= kMaxSentenceTokens) close(cut_point(toks, start, i));
    const std::string& f = toks[i].form;
    bool terminal = f == "." || f == "?" || f == "!" || f == "...";
    bool abbrev = !terminal && f.size() >= 2 && f.back() == '.';
    if (!terminal && !abbrev) continue;
    if (abbrev && (res.title_abbreviations.count(f) || f.size() == 2)) continue;  // "Mr.", "F."
    size_t j = i + 1;
    while (j < n && !toks[j].para_start && is_closing(toks[j].form)) ++j;
    if (j >= n || toks[j].para_start) {
      close(j);
      i = j - 1;
      continue;
    }
    const std::string& next = toks[j].form;
    bool brk;
    if (abbrev) {
      brk = typical_opener(next, res) || (j > i + 1 && starts_upper_or_digit(next));
    } else {
      brk = starts_upper_or_digit(next) || is_opening(next);
      if (brk && j == i + 1 && !names.empty() && glued_period_pair(toks, i) && !typical_opener(next, res) &&
          names.count(folded(toks[i - 1].form) + ". " + folded(next)))
        brk = false;
      // "said the "Who?" program" / "...": a lower-case continuation never breaks.
    }
    if (brk) {
      close(j);
      i = j - 1;
    }
  }
  close(n);
  return out;
}

}  // namespace dyad::lang
