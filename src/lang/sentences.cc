// Sentence boundaries from tokens (see sentences.h).
#include "lang/sentences.h"

#include <cctype>

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

}  // namespace

std::vector<Sentence> split_sentences(std::string_view /*text*/, const std::vector<Token>& toks,
                                      const Resources& res) {
  std::vector<Sentence> out;
  const size_t n = toks.size();
  size_t start = 0;
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
