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

std::vector<Tag> penn_tags(const SyntaxModel& m, const std::vector<std::string_view>& forms,
                           const SentenceSyntax& syn) {
  std::vector<Tag> out;
  out.reserve(forms.size());
  for (size_t i = 0; i < forms.size(); ++i)
    out.push_back(m.hints.penn_tag(m.tagger.classes[syn.tag_class[i]], forms[i]));
  return out;
}

SentenceSyntax analyze_sentence(const SyntaxModel& m, const std::vector<std::string_view>& forms) {
  SentenceSyntax out;
  std::vector<WordKeys> keys;
  keys.reserve(forms.size());
  std::vector<std::string_view> tb;
  tb.reserve(forms.size());
  for (auto f : forms) {
    tb.push_back(treebank_form(f));
    keys.push_back(word_keys(tb.back()));
  }
  m.hints.annotate(tb, keys);
  out.tag_class = m.tagger.tag(keys);
  m.parser.parse(keys, out.tag_class, out.head, out.rel);
  return out;
}

}  // namespace dyad::lang
