// Sports reports (see sports.h): scorelines counted in the text, words of
// sport among the tokens' lemmas.
#include "events/sports.h"

#include <cctype>
#include <string>
#include <unordered_set>

#include "base/text.h"

namespace dyad::events {

namespace {

bool digit(char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }

// A character that joins a number to more of a date, range or decimal.
bool number_joiner(char ch) { return ch == '-' || ch == '/' || ch == '.' || ch == ':' || ch == ','; }

// The length of a hyphen or dash at `i` ("-", or the UTF-8 en dash), 0 when none.
size_t dash_at(std::string_view t, size_t i) {
  if (t[i] == '-') return 1;
  if (t.substr(i, 3) == "\xE2\x80\x93") return 3;
  return 0;
}

const std::unordered_set<std::string>& sports_words() {
  static const std::unordered_set<std::string> words = base::load_word_set("events/sports_words.txt");
  return words;
}

}  // namespace

int count_scorelines(std::string_view t) {
  int n = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!digit(t[i]) || (i > 0 && (digit(t[i - 1]) || number_joiner(t[i - 1])))) continue;
    size_t a = i;
    while (a < t.size() && digit(t[a])) ++a;
    if (a - i > 2 || a >= t.size()) continue;
    size_t d = dash_at(t, a);
    if (!d) continue;
    size_t b = a + d;
    size_t e = b;
    while (e < t.size() && digit(t[e])) ++e;
    if (e == b || e - b > 2) continue;
    // "2019-11-18", "3-4.5", "10-12%": more number after the second one.
    if (e < t.size() && (digit(t[e]) || dash_at(t, e) || t[e] == '/' || t[e] == '%' ||
                         (t[e] == '.' && e + 1 < t.size() && digit(t[e + 1]))))
      continue;
    ++n;
    i = e;
  }
  return n;
}

bool sports_report(std::string_view text, const lang::Annotation& a) {
  if (count_scorelines(text) < 3) return false;
  std::unordered_set<std::string> seen;
  for (const auto& tok : a.tokens) {
    std::string w = base::lower_ascii(std::string(tok.lemma));
    if (sports_words().count(w)) seen.insert(w);
    if (seen.size() >= 4) return true;
  }
  return false;
}

}  // namespace dyad::events
