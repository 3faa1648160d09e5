// Arc-hybrid moves and their dynamic-oracle costs.
#include "lang/transition.h"

namespace dyad::lang {

ParseState::ParseState(int words)
    : n(words),
      stack{0},
      head(words + 1, -1),
      label(words + 1, -1),
      l1(words + 1, -1),
      l2(words + 1, -1),
      r1(words + 1, -1),
      r2(words + 1, -1),
      nl(words + 1, 0),
      nr(words + 1, 0),
      lset(words + 1, 0),
      rset(words + 1, 0) {}

bool ParseState::valid(Move m) const {
  switch (m) {
    case Move::Shift: return buf <= n;
    case Move::Left: return buf <= n && stack.size() >= 2;
    case Move::Right: return stack.size() >= 3 || (stack.size() == 2 && buf > n);
  }
  return false;
}

void ParseState::attach(int dep, int hd, int lab) {
  head[dep] = hd;
  label[dep] = lab;
  uint64_t bit = lab >= 0 && lab < 64 ? (1ULL << lab) : 0;
  if (dep < hd) {
    if (l1[hd] < 0 || dep < l1[hd]) {
      l2[hd] = l1[hd];
      l1[hd] = dep;
    } else if (l2[hd] < 0 || dep < l2[hd]) {
      l2[hd] = dep;
    }
    ++nl[hd];
    lset[hd] |= bit;
  } else {
    if (r1[hd] < 0 || dep > r1[hd]) {
      r2[hd] = r1[hd];
      r1[hd] = dep;
    } else if (r2[hd] < 0 || dep > r2[hd]) {
      r2[hd] = dep;
    }
    ++nr[hd];
    rset[hd] |= bit;
  }
}

void ParseState::apply(Move m, int lab) {
  switch (m) {
    case Move::Shift:
      stack.push_back(buf++);
      break;
    case Move::Left: {
      int d = stack.back();
      stack.pop_back();
      attach(d, buf, lab);
      break;
    }
    case Move::Right: {
      int d = stack.back();
      stack.pop_back();
      attach(d, stack.back(), lab);
      break;
    }
  }
}

void move_costs(const ParseState& st, const std::vector<int>& gh, int cost[3]) {
  constexpr int kInvalid = 1 << 20;
  int s0 = st.s(0), s1 = st.s(1), b0 = st.b(0);
  auto in_buffer = [&](int w) { return w >= st.buf && w <= st.n; };
  // Gold dependents of w still in the buffer (lost once w leaves the stack).
  auto deps_in_buffer = [&](int w) {
    int c = 0;
    for (int d = st.buf; d <= st.n; ++d) c += gh[d] == w;
    return c;
  };
  cost[0] = cost[1] = cost[2] = kInvalid;
  if (st.valid(Move::Shift)) {
    int c = 0;
    for (std::size_t k = 0; k < st.stack.size(); ++k) {
      int w = st.stack[k];
      if (w != s0 && gh[b0] == w) ++c;   // head below the top: unreachable
      if (w != 0 && gh[w] == b0) ++c;    // dependent on the stack: unreachable
    }
    cost[0] = c;
  }
  if (st.valid(Move::Left)) {
    int c = deps_in_buffer(s0);
    if (gh[s0] != b0 && (gh[s0] == s1 || in_buffer(gh[s0]))) ++c;
    cost[1] = c;
  }
  if (st.valid(Move::Right)) {
    int c = deps_in_buffer(s0);
    if (gh[s0] != s1 && in_buffer(gh[s0])) ++c;
    cost[2] = c;
  }
}

}  // namespace dyad::lang

