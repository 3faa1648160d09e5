// The arc-hybrid transition system of the dependency parser (Kuhlmann et
// al. 2011): a stack, a buffer and three moves, SHIFT (buffer front onto the
// stack), LEFT (stack top becomes a dependent of the buffer front) and RIGHT
// (stack top becomes a dependent of the word under it). Word 0 is the root,
// at the bottom of the stack; it takes its one dependent when the buffer is
// empty. Also the dynamic oracle: how many gold arcs each move makes
// unreachable (Goldberg and Nivre 2013).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dyad::lang {

enum class Move : uint8_t { Shift, Left, Right };

// What the parser knows of one word (index 0 = the root): its head and label
// once attached, its two outermost dependents on each side, how many it has
// on each side and their labels. One flat record per word, so that a state
// copies in one block (the beam copies states).
struct WordState {
  int32_t head = -1, label = -1;    // -1 unattached
  int32_t l1 = -1, l2 = -1, r1 = -1, r2 = -1;  // leftmost two and rightmost two dependents, -1 none
  uint32_t nl = 0, nr = 0;          // dependents on each side
  uint64_t lset = 0, rset = 0;      // labels of the dependents on each side (bit per label index)
};

struct ParseState {
  explicit ParseState(int words);
  int n;                    // words 1..n; 0 is the root
  std::vector<int> stack;   // bottom first
  int buf = 1;              // buffer = [buf, n]
  std::vector<WordState> word;  // 0..n

  int head(int i) const { return word[i].head; }
  int label(int i) const { return word[i].label; }
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
