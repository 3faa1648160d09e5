// CoNLL-U reader and writer.
#include "lang/conllu.h"

#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

namespace dyad::lang {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cols;
  size_t a = 0;
  while (true) {
    size_t b = line.find('\t', a);
    cols.push_back(line.substr(a, b == std::string::npos ? std::string::npos : b - a));
    if (b == std::string::npos) break;
    a = b + 1;
  }
  return cols;
}

bool parse_word(const std::vector<std::string>& c, ConlluWord& w, std::string& why) {
  w.form = c[1];
  w.lemma = c[2];
  w.upos = c[3];
  w.xpos = c[4];
  w.feats = c[5];
  w.deprel = c[7];
  w.deps = c[8];
  w.misc = c[9];
  if (c[6] == "_") {
    w.head = -1;
    return true;
  }
  try {
    size_t used = 0;
    w.head = std::stoi(c[6], &used);
    if (used != c[6].size() || w.head < 0) throw std::invalid_argument("head");
  } catch (const std::exception&) {
    why = "bad HEAD '" + c[6] + "'";
    return false;
  }
  return true;
}

}  // namespace

std::string ConlluSentence::text() const {
  for (const auto& c : comments)
    if (c.rfind("text = ", 0) == 0) return c.substr(7);
  std::string t;
  for (const auto& w : words) {
    if (!t.empty()) t += ' ';
    t += w.form;
  }
  return t;
}

bool read_conllu(std::istream& in, std::vector<ConlluSentence>& out, std::string& error) {
  std::string line;
  ConlluSentence cur;
  size_t lineno = 0;
  std::vector<size_t> word_lines;  // the line of each word of `cur`
  // A sentence ends: every HEAD must name one of its words (or 0, the root).
  auto flush = [&] {
    for (size_t i = 0; i < cur.words.size(); ++i)
      if (cur.words[i].head > static_cast<int>(cur.words.size())) {
        error = "line " + std::to_string(word_lines[i]) + ": HEAD " + std::to_string(cur.words[i].head) +
                " outside the sentence of " + std::to_string(cur.words.size()) + " words";
        return false;
      }
    if (!cur.words.empty()) out.push_back(std::move(cur));
    cur = ConlluSentence{};
    word_lines.clear();
    return true;
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!flush()) return false;
      continue;
    }
    if (line[0] == '#') {
      size_t a = line.find_first_not_of("# ");
      cur.comments.push_back(a == std::string::npos ? "" : line.substr(a));
      continue;
    }
    auto cols = split_tabs(line);
    if (cols.size() != 10) {
      error = "line " + std::to_string(lineno) + ": expected 10 tab-separated columns, found " +
              std::to_string(cols.size());
      return false;
    }
    if (cols[0].find_first_of("-.") != std::string::npos) {
      cur.extra_lines.emplace_back(cur.words.size(), line);
      continue;
    }
    ConlluWord w;
    std::string why;
    if (!parse_word(cols, w, why) || cols[0] != std::to_string(cur.words.size() + 1)) {
      error = "line " + std::to_string(lineno) + ": " + (why.empty() ? "word ID out of sequence" : why);
      return false;
    }
    cur.words.push_back(std::move(w));
    word_lines.push_back(lineno);
  }
  return flush();
}

bool read_conllu_file(const std::string& path, std::vector<ConlluSentence>& out, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ": cannot open";
    return false;
  }
  if (!read_conllu(in, out, error)) {
    error = path + ": " + error;
    return false;
  }
  return true;
}

void write_conllu(std::ostream& out, const ConlluSentence& s) {
  for (const auto& c : s.comments) out << "# " << c << "\n";
  size_t extra = 0;
  auto flush_extra = [&](size_t upto) {
    while (extra < s.extra_lines.size() && s.extra_lines[extra].first <= upto) out << s.extra_lines[extra++].second << "\n";
  };
  for (size_t i = 0; i < s.words.size(); ++i) {
    flush_extra(i);
    const auto& w = s.words[i];
    out << i + 1 << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << '\t' << w.feats << '\t'
        << (w.head < 0 ? std::string("_") : std::to_string(w.head)) << '\t' << w.deprel << '\t' << w.deps << '\t'
        << w.misc << "\n";
  }
  flush_extra(s.words.size());
  out << "\n";
}

}  // namespace dyad::lang
