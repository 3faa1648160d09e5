// Reads Penn Treebank bracketed parses into leaves and constituents.
#include "events/penn_tree.h"

#include <cctype>

namespace dyad::events {

bool read_penn_tree(std::string_view s, PennTree& out, std::string& error) {
  out = PennTree{};
  std::vector<int32_t> stack;
  size_t i = 0;
  auto space = [&](size_t k) { return std::isspace(static_cast<unsigned char>(s[k])) != 0; };
  auto atom = [&](size_t& k) {
    size_t b = k;
    while (k < s.size() && !space(k) && s[k] != '(' && s[k] != ')') ++k;
    return std::string(s.substr(b, k - b));
  };
  while (i < s.size()) {
    if (space(i)) { ++i; continue; }
    if (s[i] == '(') {
      ++i;
      while (i < s.size() && space(i)) ++i;
      PennNode n;
      n.label = (i < s.size() && s[i] != '(') ? atom(i) : "";
      n.first = n.last = uint32_t(out.words.size());
      n.parent = stack.empty() ? -1 : stack.back();
      out.nodes.push_back(std::move(n));
      stack.push_back(int32_t(out.nodes.size() - 1));
      continue;
    }
    if (s[i] == ')') {
      ++i;
      if (stack.empty()) { error = "unbalanced ')'"; return false; }
      int32_t n = stack.back();
      stack.pop_back();
      out.nodes[size_t(n)].last = uint32_t(out.words.size());
      continue;
    }
    std::string w = atom(i);
    if (stack.empty()) { error = "word outside brackets: " + w; return false; }
    out.words.push_back(w);
    out.tags.push_back(out.nodes[size_t(stack.back())].label);
  }
  if (!stack.empty()) {
    error = "unbalanced '('";
    for (int32_t n : stack) out.nodes[size_t(n)].last = uint32_t(out.words.size());
    return false;
  }
  return true;
}

}  // namespace dyad::events
