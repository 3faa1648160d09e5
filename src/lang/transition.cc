// Arc-hybrid moves and their dynamic-oracle costs.
#include "lang/transition.h"

namespace dyad::lang {

ParseState::ParseState(int words) : n(words), stack{0}, word(static_cast<std::size_t>(words) + 1) {}

bool ParseState::valid(Move m) const {
  switch (m) {
    case Move::Shift: return buf <= n;
    case Move::Left: return buf <= n && stack.size() >= 2;
    case Move::Right: return stack.size() >= 3 || (stack.size() == 2 && buf > n);
  }
  return false;
}

void ParseState::attach(int dep, int hd, int lab) {
  WordState& d = word[dep];
  WordState& h = word[hd];
  d.head = hd;
  d.label = lab;
  uint64_t bit = lab >= 0 && lab < 64 ? (1ULL << lab) : 0;
  if (dep < hd) {
    if (h.l1 < 0 || dep < h.l1) {
      h.l2 = h.l1;
      h.l1 = dep;
    } else if (h.l2 < 0 || dep < h.l2) {
      h.l2 = dep;
    }
    ++h.nl;
    h.lset |= bit;
  } else {
    if (h.r1 < 0 || dep > h.r1) {
      h.r2 = h.r1;
      h.r1 = dep;
    } else if (h.r2 < 0 || dep > h.r2) {
      h.r2 = dep;
    }
    ++h.nr;
    h.rset |= bit;
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

