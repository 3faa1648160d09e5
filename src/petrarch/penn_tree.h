// A Penn Treebank bracketed parse ("(ROOT (S (NP (NNP Arnor)) (VP ...)))")
// read into constituents over its leaves: the words with their tags, and each
// phrase's label and leaf range. Used by `validate --parser records`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/coder.h"

namespace dyad::events {

struct PennNode {
  std::string label;            // "NP", "VP", "NNP" (preterminals too)
  uint32_t first = 0, last = 0; // leaves [first, last)
  int32_t parent = -1;
};

struct PennTree {
  std::vector<std::string> words;  // leaves ("-LRB-" as written)
  std::vector<std::string> tags;   // preterminal labels
  std::vector<PennNode> nodes;     // pre-order; nodes[0] is the root when not empty
};

// Reads one bracketed tree. False (with `error` set) on unbalanced input;
// `out` then holds what could be read.
bool read_penn_tree(std::string_view text, PennTree& out, std::string& error);

// The subject of the verb at leaf `v`: the NP child of the nearest S ancestor
// that precedes the branch holding the verb (leaves [first, last)), and the
// end of the verb's VP in `vp_last`.
bool tree_subject(const PennTree& t, uint32_t v, uint32_t& first, uint32_t& last, uint32_t& vp_last);

// A Penn tree as the event coder's outside parse (CoderOptions::tree); the
// tree's leaves are the annotation's tokens.
class PennSubjects : public SubjectParse {
 public:
  explicit PennSubjects(const PennTree& tree) : tree_(tree) {}
  bool subject(uint32_t verb, uint32_t& first, uint32_t& last, uint32_t& vp_last) const override {
    return tree_subject(tree_, verb, first, last, vp_last);
  }

 private:
  const PennTree& tree_;
};

}  // namespace dyad::events
