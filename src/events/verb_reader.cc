// Parses PETRARCH1 and PETRARCH2 (CAMEO.2.0.txt) verb dictionaries.
#include "events/verb_reader.h"

#include <cctype>

#include "base/text.h"

namespace dyad::events {

namespace {

// Splits on '_' and spaces, dropping empties.
std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

// Removes the trailing "[code]" from a line; returns the code text ("" if none).
std::string take_code(std::string& line) {
  size_t o = line.rfind('[');
  if (o == std::string::npos) return "";
  size_t c = line.find(']', o);
  if (c == std::string::npos) return "";
  std::string code = base::trim_ascii(std::string_view(line).substr(o + 1, c - o - 1));
  line = base::trim_ascii(std::string_view(line).substr(0, o));
  return code;
}

// A verb phrase "WIRE_+TAP": words and the head index (the '+' word, else 0).
void verb_words(std::string_view s, std::vector<std::string>& words, size_t& head) {
  words = words_of(s);
  head = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!words[i].empty() && words[i][0] == '+') {
      words[i].erase(0, 1);
      head = i;
    }
  }
  for (auto& w : words) w = base::upper_ascii(w);
}

// An English preposition: a pattern word that says only how the target is
// attached ("* AT", "* WITH"), not what was done. Particles that change the
// verb's sense (DOWN, OUT, OFF, BACK, UP) are not in the list.
bool preposition(const std::string& w) {
  static const char* const preps[] = {"AT",   "ON",      "TO",     "IN",      "INTO",    "ONTO", "WITH", "FOR",
                                      "FROM", "AGAINST", "OVER",   "BY",      "OF",      "ABOUT", "UPON", "TOWARD",
                                      "TOWARDS", "BETWEEN", "AMONG", "WITHIN", "THROUGH", "ACROSS", "UNDER", "NEAR"};
  for (const char* p : preps)
    if (w == p) return true;
  return false;
}

}  // namespace

bool parse_pattern(std::string_view text, Pattern& out) {
  // Groups {A B} and (A B) become adjacent words.
  std::string s;
  int depth = 0;
  for (char c : text) {
    if (c == '{' || c == '(') { ++depth; s += ' '; continue; }
    if (c == '}' || c == ')') { if (depth) --depth; s += ' '; continue; }
    s += (depth && (c == ' ' || c == '\t')) ? '_' : c;
  }
  struct Flat { std::string tok; bool adj_next = false; };
  std::vector<Flat> flat;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) break;
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    std::string_view chunk = std::string_view(s).substr(i, j - i);
    // Pieces of the chunk joined by '_'; leading/trailing '_' join to neighbours.
    if (!chunk.empty() && chunk.front() == '_' && !flat.empty()) flat.back().adj_next = true;
    size_t k = 0;
    bool first = true;
    while (k <= chunk.size()) {
      size_t u = chunk.find('_', k);
      if (u == std::string_view::npos) u = chunk.size();
      std::string piece(chunk.substr(k, u - k));
      if (!piece.empty()) {
        if (!first && !flat.empty()) flat.back().adj_next = true;
        flat.push_back({base::upper_ascii(piece), false});
        first = false;
      }
      k = u + 1;
    }
    if (!chunk.empty() && chunk.back() == '_' && !flat.empty()) flat.back().adj_next = true;
    i = j;
  }
  size_t star = flat.size();
  for (size_t k = 0; k < flat.size(); ++k)
    if (flat[k].tok == "*") { star = k; break; }
  if (star == flat.size()) return false;
  auto elem = [](const std::string& t) {
    PatternElem e;
    if (t == "$") e.kind = PatternElem::Source;
    else if (t == "+") e.kind = PatternElem::Target;
    else if (t == "%") e.kind = PatternElem::Compound;
    else if (t == "^") e.kind = PatternElem::SkipNP;
    else if (t.size() > 1 && t[0] == '&') { e.kind = PatternElem::Synset; e.text = t.substr(1); }
    else { e.kind = PatternElem::Word; e.text = t; }
    return e;
  };
  out.lower.clear();
  out.upper.clear();
  out.literals = 0;
  out.lower_adj = star > 0 && flat[star - 1].adj_next;
  out.upper_adj = flat[star].adj_next;
  for (size_t k = star; k-- > 0;) {
    PatternElem e = elem(flat[k].tok);
    e.adj = flat[k].adj_next;
    out.lower.push_back(std::move(e));
  }
  for (size_t k = star + 1; k < flat.size(); ++k) {
    PatternElem e = elem(flat[k].tok);
    e.adj = flat[k - 1].adj_next;
    out.upper.push_back(std::move(e));
  }
  out.content = false;
  for (const auto* v : {&out.lower, &out.upper})
    for (const auto& e : *v) {
      out.literals += (e.kind == PatternElem::Word || e.kind == PatternElem::Synset) ? 2 : 1;
      if (e.kind == PatternElem::Synset || (e.kind == PatternElem::Word && !preposition(e.text))) out.content = true;
    }
  return true;
}

void read_verbs(std::istream& in, const std::string& name, VerbDictionary& dict, std::vector<std::string>& errors) {
  std::string raw;
  size_t lineno = 0;
  bool in_comment = false;
  int block = -1;
  std::string synset;        // name while reading "+member" lines of a synset
  auto err = [&](const std::string& m) {
    if (errors.size() < 200) errors.push_back(name + ":" + std::to_string(lineno) + ": " + m);
  };
  while (std::getline(in, raw)) {
    ++lineno;
    // Strip <!-- --> comments (possibly spanning lines) and # comments.
    std::string line;
    size_t i = 0;
    while (i < raw.size()) {
      if (in_comment) {
        size_t e = raw.find("-->", i);
        if (e == std::string::npos) { i = raw.size(); break; }
        in_comment = false;
        i = e + 3;
        continue;
      }
      size_t c = raw.find("<!", i);
      size_t h = raw.find('#', i);
      if (h != std::string::npos && (c == std::string::npos || h < c)) { line += raw.substr(i, h - i); break; }
      if (c == std::string::npos) { line += raw.substr(i); break; }
      line += raw.substr(i, c - i);
      in_comment = true;
      i = c + 2;
    }
    line = base::trim_ascii(line);
    if (line.empty()) continue;

    if (line.rfind("---", 0) == 0) {  // block header
      // Dashes on both sides of the name; a line of dashes only names nothing.
      std::string_view h0 = line;
      while (!h0.empty() && h0.front() == '-') h0.remove_prefix(1);
      while (!h0.empty() && h0.back() == '-') h0.remove_suffix(1);
      std::string h = base::trim_ascii(h0);
      synset.clear();
      if (h.empty()) {
        err("block header without a verb");
        block = -1;
        continue;
      }
      std::string code = take_code(h);
      block = int(dict.add_block(base::upper_ascii(base::trim_ascii(h)), parse_code(code)));
      synset.clear();
      continue;
    }
    if (line[0] == '&') {  // synset definition
      synset = base::upper_ascii(base::trim_ascii(std::string_view(line).substr(1)));
      while (!synset.empty() && synset.back() == '_') synset.pop_back();
      continue;
    }
    if (line[0] == '+' && !synset.empty()) {
      std::vector<std::string> w = words_of(std::string_view(line).substr(1));
      for (auto& x : w) x = base::upper_ascii(x);
      dict.add_synset_phrase(synset, std::move(w));
      continue;
    }
    synset.clear();
    if (block < 0) { err("line outside a verb block"); continue; }
    if (line[0] == '-') {  // pattern
      std::string body = base::trim_ascii(std::string_view(line).substr(1));
      std::string code = take_code(body);
      if (code.empty()) { err("pattern without a code"); continue; }
      Pattern p;
      if (!parse_pattern(body, p)) { err("pattern without '*'"); continue; }
      p.code = parse_code(code);
      p.text = body;
      dict.add_pattern(uint32_t(block), std::move(p));
      continue;
    }
    // A verb line: WORD(S) {IRREGULAR FORMS} [code]
    std::string body = line;
    std::string code = take_code(body);
    std::vector<std::vector<std::string>> irregular;
    size_t ob = body.find('{');
    std::string head_part = body;
    if (ob != std::string::npos) {
      size_t cb = body.find('}', ob);
      std::string inside = body.substr(ob + 1, (cb == std::string::npos ? body.size() : cb) - ob - 1);
      head_part = base::trim_ascii(std::string_view(body).substr(0, ob));
      size_t k = 0;
      while (k < inside.size()) {
        while (k < inside.size() && std::isspace(static_cast<unsigned char>(inside[k]))) ++k;
        size_t e = k;
        while (e < inside.size() && !std::isspace(static_cast<unsigned char>(inside[e]))) ++e;
        if (e > k) {
          std::vector<std::string> w;
          size_t h = 0;
          verb_words(std::string_view(inside).substr(k, e - k), w, h);
          // Put the head first-class: rotate so the '+' word keeps its offset.
          irregular.push_back(std::move(w));
        }
        k = e;
      }
    }
    std::vector<std::string> words;
    size_t head = 0;
    verb_words(head_part, words, head);
    if (words.empty()) { err("empty verb line"); continue; }
    CodePair cp = code.empty() ? CodePair{} : parse_code(code);
    dict.add_verb(uint32_t(block), words, head, cp, irregular, true);
  }
}

}  // namespace dyad::events
