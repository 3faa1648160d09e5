// Tagging then parsing one sentence with the trained model.
#include "lang/syntax_model.h"

#include "lang/word_keys.h"

namespace dyad::lang {

std::string_view treebank_form(std::string_view f) {
  if (f == "``" || f == "''") return "\"";
  if (f == "-LRB-") return "(";
  if (f == "-RRB-") return ")";
  if (f == "-LCB-") return "{";
  if (f == "-RCB-") return "}";
  if (f == "-LSB-") return "[";
  if (f == "-RSB-") return "]";
  return f;
}

SentenceSyntax analyze_sentence(const SyntaxModel& m, const std::vector<std::string_view>& forms) {
  SentenceSyntax out;
  std::vector<WordKeys> keys;
  keys.reserve(forms.size());
  for (auto f : forms) keys.push_back(word_keys(treebank_form(f)));
  out.tag_class = m.tagger.tag(keys);
  m.parser.parse(keys, out.tag_class, out.head, out.rel);
  return out;
}

}  // namespace dyad::lang
