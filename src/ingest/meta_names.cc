// Byline parsing: prefix, cut-off points, splitting, and name case.
#include "ingest/meta_names.h"

#include <cctype>
#include <unordered_set>

#include "ingest/meta_date.h"
#include "ingest/meta_sources.h"
#include "base/text.h"

namespace dyad::ingest {

namespace {

const std::vector<std::string>& prefixes() {
  static const std::vector<std::string> p = [] {
    std::vector<std::string> r;
    for (auto& l : base::load_word_list("metadata/byline_prefixes.txt")) r.push_back(base::lower_ascii(l) + " ");
    return r;
  }();
  return p;
}

const std::unordered_set<std::string>& roles() {
  static const std::unordered_set<std::string> r = [] {
    std::unordered_set<std::string> s;
    for (auto& l : base::load_word_list("metadata/author_roles.txt")) s.insert(base::lower_ascii(l));
    return s;
  }();
  return r;
}


bool is_upper_start(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return std::isupper(c) || c >= 0x80;  // accented capitals
}

// A name token: capitalised word, initial ("E."), or particle ("de", "van").
bool name_token(std::string_view w, bool first) {
  static const std::unordered_set<std::string> particles = {"de", "van", "von", "der", "al", "bin",
                                                            "da", "del", "la", "le", "du", "di"};
  if (is_upper_start(w)) {
    for (char c : w)
      if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == '/' || c == ':') return false;
    return true;
  }
  return !first && particles.count(std::string(w));
}

// `s` without the spaces and punctuation around a name (",", ":", "." and "-" before; ",", ":", ";" after).
std::string trim_name_punct(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == ',' || s[a] == ':' || s[a] == '.' || s[a] == '-')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == ',' || s[b - 1] == ':' || s[b - 1] == ';')) --b;
  return std::string(s.substr(a, b - a));
}

// Cuts `s` at the first of: '|', ';', '(', a dash separator, a date.
std::string_view cut(std::string_view s) {
  size_t end = s.size();
  for (std::string_view stop : {"|", ";", "(", " - ", " -- ", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA2"}) {
    size_t p = s.find(stop);
    if (p != std::string_view::npos && p < end) end = p;
  }
  if (auto d = find_date(s); d && d->start < end) end = d->start;
  return s.substr(0, end);
}

// Splits a list of names on ",", " and ", " & ".
std::vector<std::string> split_list(std::string_view s) {
  static const std::string_view kSeps[] = {",", " and ", " AND ", " And ", " & "};
  std::vector<std::string> out;
  size_t start = 0, i = 0;
  auto flush = [&](size_t end) {
    std::string piece = trim_name_punct(s.substr(start, end - start));
    if (!piece.empty()) out.push_back(piece);
  };
  while (i < s.size()) {
    size_t matched = 0;
    for (auto sep : kSeps)
      if (s.substr(i, sep.size()) == sep) {
        matched = sep.size();
        break;
      }
    if (matched) {
      flush(i);
      i += matched;
      start = i;
    } else {
      ++i;
    }
  }
  flush(s.size());
  return out;
}

// The name at the start of `piece`: name tokens up to the first role word.
// Returns the number of words used (0 when no name of 2+ words starts it).
size_t leading_name(const std::vector<std::string_view>& w, std::string& name) {
  name.clear();
  size_t k = 0;
  bool comma = false;
  while (k < w.size() && k < 5 && !comma) {
    std::string tok(w[k]);
    if (!tok.empty() && tok.back() == ',') {
      tok.pop_back();
      comma = true;
    }
    std::string lw = base::lower_ascii(tok);
    // A role word ends the name: lower-case ones ("in") at once, capitalised
    // ones ("Defence") only after two name words.
    if (roles().count(lw) && (k >= 2 || (k >= 1 && !is_upper_start(tok)))) break;
    if (!name_token(tok, k == 0)) break;
    if (k) name += ' ';
    name += tok;
    ++k;
  }
  if (k < 2) {
    name.clear();
    return 0;
  }
  return k;
}

// Words after a name that make a byline: roles, "and", places after "in".
bool role_tail(const std::vector<std::string_view>& w, size_t from) {
  if (from >= w.size()) return false;
  if (!roles().count(base::lower_ascii(trim_name_punct(w[from])))) return false;
  bool place = false;
  for (size_t j = from; j < w.size(); ++j) {
    std::string lw = base::lower_ascii(trim_name_punct(w[j]));
    if (lw == "in" || lw == "at" || lw == "from") {
      // "Talks Resume In Doha": a capitalised preposition is a Title Case
      // headline, never the place of a byline ("Jane Doe in Kabul").
      if (is_upper_start(w[j])) return false;
      place = true;
      continue;
    }
    if (roles().count(lw) || lw == "and") continue;
    if (place && is_upper_start(w[j])) continue;
    return false;
  }
  return true;
}

}  // namespace

size_t byline_prefix_length(std::string_view s) {
  std::string head = base::lower_ascii(s.substr(0, 24));
  for (const auto& p : prefixes())
    if (base::starts_with(head, p)) return p.size();
  return 0;
}

bool is_byline(std::string_view s) {
  if (s.empty() || s.size() > 160) return false;
  size_t pl = byline_prefix_length(s);
  if (pl) {
    std::string_view rest = cut(s.substr(pl));
    auto names = byline_names(s);
    if (names.empty()) {
      // "By Reuters", "By Bloomberg News": an agency byline.
      return !trim_name_punct(rest).empty() && publication_in(trim_name_punct(rest)).has_value() &&
             base::split_spaces(rest).size() <= 4;
    }
    // The names must make up most of the line: no long prose after them.
    return base::split_spaces(rest).size() <= names.size() * 4 + 4;
  }
  // Without a prefix: "Name Name in Place" / "Name Name, Role".
  if (s.back() == '.' || s.back() == '?' || s.back() == '!') return false;
  auto w = base::split_spaces(s);
  if (w.size() < 3 || w.size() > 10) return false;
  std::string name;
  size_t used = leading_name(w, name);
  if (!used) return false;
  return role_tail(w, used);
}

std::vector<std::string> byline_names(std::string_view s) {
  std::vector<std::string> out;
  s = s.substr(byline_prefix_length(s));
  for (const auto& piece : split_list(cut(s))) {
    auto w = base::split_spaces(piece);
    std::string name;
    if (!leading_name(w, name)) continue;
    if (publication_in(name)) continue;  // "Reuters Staff", "Bloomberg News"
    std::string n = proper_case_name(name);
    bool dup = false;
    for (auto& o : out) dup = dup || o == n;
    if (!dup) out.push_back(n);
  }
  return out;
}

std::string proper_case_name(std::string_view name) {
  bool has_lower = false;
  for (char c : name)
    if (std::islower(static_cast<unsigned char>(c))) has_lower = true;
  if (has_lower) return std::string(name);
  std::string r(name);
  bool start = true;
  for (size_t i = 0; i < r.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(r[i]);
    if (std::isalpha(c)) {
      if (!start) r[i] = static_cast<char>(std::tolower(c));
      start = false;
    } else if (c < 0x80) {
      start = (c == ' ' || c == '-' || c == '\'' || c == '.');
    }
  }
  // "Mcdonald" -> "McDonald".
  for (size_t i = 0; i + 2 < r.size(); ++i)
    if ((i == 0 || r[i - 1] == ' ') && r[i] == 'M' && r[i + 1] == 'c' &&
        std::islower(static_cast<unsigned char>(r[i + 2])))
      r[i + 2] = static_cast<char>(std::toupper(static_cast<unsigned char>(r[i + 2])));
  return r;
}

}  // namespace dyad::ingest
