// Reads Penn Treebank bracketed parses into leaves and constituents.
#include "petrarch/penn_tree.h"

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

bool tree_subject(const PennTree& t, uint32_t v, uint32_t& first, uint32_t& last, uint32_t& vp_last) {
  int32_t node = -1;
  for (size_t n = 0; n < t.nodes.size(); ++n)
    if (t.nodes[n].first == v && t.nodes[n].last == v + 1) node = int32_t(n);  // deepest (preterminal) last
  if (node < 0) return false;
  vp_last = t.nodes[size_t(node)].last;
  bool vp_set = false;
  int32_t child = node;
  for (int32_t p = t.nodes[size_t(node)].parent; p >= 0; child = p, p = t.nodes[size_t(p)].parent) {
    const std::string& lab = t.nodes[size_t(p)].label;
    if (!vp_set && lab == "VP") vp_last = t.nodes[size_t(p)].last;
    if (lab.rfind("VP", 0) != 0 && vp_last > 0) vp_set = true;
    if (lab == "S" || lab == "SINV" || lab == "SQ") {
      // NP children of p before `child`, nearest last.
      int32_t best = -1;
      for (size_t n = size_t(p) + 1; n < t.nodes.size() && t.nodes[n].first < t.nodes[size_t(p)].last; ++n) {
        if (t.nodes[n].parent != p) continue;
        if (t.nodes[n].first >= t.nodes[size_t(child)].first) break;
        if (t.nodes[n].label == "NP") best = int32_t(n);
      }
      if (best >= 0) {
        first = t.nodes[size_t(best)].first;
        last = t.nodes[size_t(best)].last;
        return true;
      }
    }
  }
  return false;
}

}  // namespace dyad::events
