// The trained syntax model: the part-of-speech tagger and the dependency
// parser, shipped as one file (data/lang/syntax.model, see model_io.h), and
// what they give for one sentence of words.
#pragma once

#include <string_view>
#include <vector>

#include "lang/dep_parser.h"
#include "lang/pos_tagger.h"
#include "lang/tag_hints.h"

namespace dyad::lang {

struct SyntaxModel {
  PosTagger tagger;
  DepParser parser;
  TagHints hints;  // from the tag lexicon at load time (not in the model file)
  bool empty() const { return tagger.empty() || parser.empty(); }
};

// Tags and parse of one sentence.
struct SentenceSyntax {
  std::vector<uint16_t> tag_class;  // tagger class per word (model.tagger.classes)
  std::vector<int> head;            // 0 = root, else 1-based word number
  std::vector<DepRel> rel;
};

// Forms as the treebank writes them: '"' for `` and '', "(" for -LRB- ...
std::string_view treebank_form(std::string_view ptb_form);

SentenceSyntax analyze_sentence(const SyntaxModel& m, const std::vector<std::string_view>& forms);

// The Penn tags of an analysed sentence (TagHints::penn_tag per word).
std::vector<Tag> penn_tags(const SyntaxModel& m, const std::vector<std::string_view>& forms,
                           const SentenceSyntax& syn);

}  // namespace dyad::lang
