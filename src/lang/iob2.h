// Reading IOB2 name annotation as Universal NER distributes it: one word a
// line with tab-separated columns (number, form, label such as B-PER, ...),
// "#" comment lines, a blank line after each sentence.
#pragma once

#include <string>
#include <vector>

namespace dyad::lang {

struct Iob2Sentence {
  std::vector<std::string> forms;
  std::vector<std::string> labels;  // "O", "B-PER", "I-ORG" ...
};

// False with `error` naming the file and line when it cannot be read.
bool read_iob2_file(const std::string& path, std::vector<Iob2Sentence>& out, std::string& error);

}  // namespace dyad::lang
