// Reading and writing CoNLL-U (the Universal Dependencies file format): one
// word per line with ten tab-separated columns, comment lines before each
// sentence, a blank line after it. Multiword-token lines ("3-4") and empty
// nodes ("8.1") are kept verbatim so a file can be written back unchanged.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace dyad::lang {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats, deps, misc;
  int head = -1;  // 0 = root, -1 = none given ("_")
  std::string deprel;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // without the leading "# "
  std::vector<ConlluWord> words;
  // Multiword-token and empty-node lines, each with the number of words before it.
  std::vector<std::pair<size_t, std::string>> extra_lines;
  std::string text() const;  // the "# text = " comment, or the forms joined by spaces
};

// Reads every sentence; on a malformed line (wrong column count, word IDs
// out of sequence, a HEAD that is not a number or names no word of its
// sentence) returns false with `error` naming the line ("line 12: expected
// 10 columns").
bool read_conllu(std::istream& in, std::vector<ConlluSentence>& out, std::string& error);
// Same from a file; the error names the file.
bool read_conllu_file(const std::string& path, std::vector<ConlluSentence>& out, std::string& error);

void write_conllu(std::ostream& out, const ConlluSentence& s);

}  // namespace dyad::lang
