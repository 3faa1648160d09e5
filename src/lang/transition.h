// The arc-hybrid transition system of the dependency parser (Kuhlmann et
// al. 2011): a stack, a buffer and three moves, SHIFT (buffer front onto the
// stack), LEFT (stack top becomes a dependent of the buffer front) and RIGHT
// (stack top becomes a dependent of the word under it). Word 0 is the root,
// at the bottom of the stack; it takes its one dependent when the buffer is
// empty. Also the dynamic oracle: how many gold arcs each move makes
// unreachable (Goldberg and Nivre 2013).
#pragma once

#include <cstdint>
#include <vector>

namespace dyad::lang {

enum class Move : uint8_t { Shift, Left, Right };

struct ParseState {
  explicit ParseState(int words);
  int n;                    // words 1..n; 0 is the root
  std::vector<int> stack;   // bottom first
  int buf = 1;              // buffer = [buf, n]
  std::vector<int> head;    // per word (0..n), -1 unattached
  std::vector<int> label;   // label index per word, -1 unattached
  std::vector<int> l1, l2, r1, r2;  // two leftmost and two rightmost dependents, -1 none
  std::vector<uint8_t> nl, nr;      // dependents on each side
  std::vector<uint64_t> lset, rset; // labels of the dependents on each side (bit per label index)

  bool terminal() const { return buf > n && stack.size() == 1; }
  int s(int k) const { return k < static_cast<int>(stack.size()) ? stack[stack.size() - 1 - k] : -1; }
  int b(int k) const { return buf + k <= n ? buf + k : -1; }
  bool valid(Move m) const;
  void apply(Move m, int label);

 private:
  void attach(int dep, int hd, int label);
};

// Gold arcs lost by each move (index by Move); a move not valid gets a large cost.
void move_costs(const ParseState& st, const std::vector<int>& gold_head, int cost[3]);

}  // namespace dyad::lang
