// A Penn Treebank bracketed parse ("(ROOT (S (NP (NNP Arnor)) (VP ...)))")
// read into constituents over its leaves: the words with their tags, and each
// phrase's label and leaf range. Used by `validate --parser records`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace dyad::events
