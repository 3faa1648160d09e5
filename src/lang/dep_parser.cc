// The parser's features, greedy decoding and training with the dynamic oracle.
#include "lang/dep_parser.h"

#include <algorithm>

#include "lang/pos_tagger.h"

namespace dyad::lang {

namespace {

constexpr uint64_t kNoWord = 0x5eed, kNoTag = 2000, kRootTag = 2001, kNoLabel = 3000;

struct Ctx {
  uint64_t w = kNoWord, t = kNoTag, l = kNoLabel;
};

Ctx context(const ParseState& st, const ParserInput& in, int i) {
  Ctx c;
  if (i < 0) return c;
  if (i == 0) {
    c.w = boundary_keys(2).lower;
    c.t = kRootTag;
  } else {
    c.w = in.words[i - 1].lower;
    c.t = in.tags[i - 1];
  }
  if (st.label(i) >= 0) c.l = static_cast<uint64_t>(st.label(i));
  return c;
}

uint64_t wt(const Ctx& c) { return mix64(c.w * 31 + c.t); }
uint64_t bucket(int d) { return d < 0 ? 99 : d > 5 ? (d > 10 ? 11 : 6) : static_cast<uint64_t>(d); }

// The words a state's features read: the top three of the stack, the first
// three of the buffer and the outer dependents of s0, s1 and b0.
struct View {
  int is0, is1, ib0;
  Ctx s0, s1, s2, b0, b1, b2;
  Ctx s0l1, s0l2, s0r1, s0r2, s1l1, s1r1, b0l1, b0l2;
  uint64_t d, d1, d2;                 // distances s0-b0, s1-s0, s1-b0 (bucketed; 99 none)
  uint64_t s0vl, s0vr, b0vl, s1vr;    // valencies
  uint64_t s0ls, s0rs, b0ls, s1rs;    // label sets
};

View view_of(const ParseState& st, const ParserInput& in) {
  static const WordState kNone;
  View v;
  v.is0 = st.s(0), v.is1 = st.s(1), v.ib0 = st.b(0);
  auto C = [&](long i) { return context(st, in, static_cast<int>(i)); };
  v.s0 = C(v.is0), v.s1 = C(v.is1), v.s2 = C(st.s(2)), v.b0 = C(v.ib0), v.b1 = C(st.b(1)), v.b2 = C(st.b(2));
  const WordState& S0 = v.is0 >= 0 ? st.word[v.is0] : kNone;
  const WordState& S1 = v.is1 >= 0 ? st.word[v.is1] : kNone;
  const WordState& B0 = v.ib0 >= 0 ? st.word[v.ib0] : kNone;
  v.s0l1 = C(S0.l1), v.s0l2 = C(S0.l2), v.s0r1 = C(S0.r1), v.s0r2 = C(S0.r2);
  v.s1l1 = C(S1.l1), v.s1r1 = C(S1.r1), v.b0l1 = C(B0.l1), v.b0l2 = C(B0.l2);
  v.d = v.is0 > 0 && v.ib0 > 0 ? bucket(v.ib0 - v.is0) : 99;
  v.d1 = v.is0 > 0 && v.is1 > 0 ? bucket(v.is0 - v.is1) : 99;
  v.d2 = v.is1 > 0 && v.ib0 > 0 ? bucket(v.ib0 - v.is1) : 99;
  v.s0vl = v.is0 >= 0 ? S0.nl : 99, v.s0vr = v.is0 >= 0 ? S0.nr : 99;
  v.b0vl = v.ib0 >= 0 ? B0.nl : 99, v.s1vr = v.is1 >= 0 ? S1.nr : 99;
  v.s0ls = S0.lset, v.s0rs = S0.rset, v.b0ls = B0.lset, v.s1rs = S1.rset;
  return v;
}

// Set 1: Zhang and Nivre (2011)'s templates for the arc-hybrid stack and buffer.
template <class Add>
void base_features(const View& v, Add&& add) {
  const Ctx &s0 = v.s0, &s1 = v.s1, &s2 = v.s2, &b0 = v.b0, &b1 = v.b1, &b2 = v.b2;
  const Ctx &s0l1 = v.s0l1, &s0l2 = v.s0l2, &s0r1 = v.s0r1, &s0r2 = v.s0r2;
  const Ctx &s1l1 = v.s1l1, &s1r1 = v.s1r1, &b0l1 = v.b0l1, &b0l2 = v.b0l2;
  uint64_t d = v.d, d1 = v.d1, d2 = v.d2;
  // Single words.
  add(1, s0.w), add(2, s0.t), add(3, wt(s0)), add(4, s1.w), add(5, s1.t), add(6, wt(s1));
  add(7, b0.w), add(8, b0.t), add(9, wt(b0)), add(10, b1.w), add(11, b1.t), add(12, wt(b1));
  add(13, b2.w), add(14, b2.t), add(15, s2.t);
  // Pairs.
  add(16, wt(s0), wt(b0)), add(17, wt(s0), b0.w), add(18, s0.w, wt(b0)), add(19, wt(s0), b0.t);
  add(20, s0.t, wt(b0)), add(21, s0.w, b0.w), add(22, s0.t, b0.t), add(23, b0.t, b1.t);
  add(24, wt(s1), wt(s0)), add(25, s1.t, s0.t), add(26, s1.w, s0.w), add(27, s1.t, s0.w), add(28, s1.w, s0.t);
  // Triples of tags.
  add(29, b0.t, b1.t, b2.t), add(30, s0.t, b0.t, b1.t), add(31, s1.t, s0.t, b0.t), add(32, s2.t, s1.t, s0.t);
  add(33, s0.t, s0l1.t, b0.t), add(34, s0.t, s0r1.t, b0.t), add(35, s0.t, b0.t, b0l1.t);
  add(36, s1.t, s0.t, s0l1.t), add(37, s1.t, s1r1.t, s0.t), add(38, s1.t, s0.t, s0r1.t);
  // Distance.
  add(39, s0.w, d), add(40, s0.t, d), add(41, b0.w, d), add(42, b0.t, d), add(43, s0.t, b0.t, d);
  add(44, s1.t, s0.t, d1), add(45, s1.w, s0.w, d1);
  // Valency.
  add(46, s0.w, v.s0vr), add(47, s0.t, v.s0vr), add(48, s0.w, v.s0vl), add(49, s0.t, v.s0vl);
  add(50, b0.w, v.b0vl), add(51, b0.t, v.b0vl), add(52, s1.t, v.s1vr);
  // Dependents.
  add(54, s0l1.w), add(55, s0l1.t), add(56, s0l1.l), add(57, s0r1.w), add(58, s0r1.t), add(59, s0r1.l);
  add(60, b0l1.w), add(61, b0l1.t), add(62, b0l1.l), add(63, s0l2.t, s0l2.l), add(64, s0r2.t, s0r2.l);
  add(65, b0l2.t, b0l2.l), add(66, s1l1.t, s1l1.l), add(67, s1r1.t, s1r1.l);
  add(68, s0.t, s0l1.t, s0l2.t), add(69, s0.t, s0r1.t, s0r2.t), add(70, b0.t, b0l1.t, b0l2.t);
  // Label sets.
  add(71, s0.w, v.s0rs), add(72, s0.t, v.s0rs), add(73, s0.w, v.s0ls), add(74, s0.t, v.s0ls);
  add(75, b0.w, v.b0ls), add(76, b0.t, v.b0ls), add(77, s1.t, v.s1rs);
  // The word under the top against the buffer front (the two candidate heads of s0).
  add(78, s1.t, b0.t), add(79, wt(s1), b0.t), add(80, s1.t, wt(b0)), add(81, s1.w, b0.w);
  add(82, s1.t, s0.t * 128 + d2, b0.t), add(83, s1.t, b0.t, d2);
  // Dependents' words with their head's tag, and pairs of dependents' labels.
  add(84, s0l1.w, s0.t), add(85, s0r1.w, s0.t), add(86, b0l1.w, b0.t);
  add(87, s0.t, s0l1.l, s0l2.l), add(88, s0.t, s0r1.l, s0r2.l), add(89, b0.t, b0l1.l, b0l2.l);
  add(90, s1.t, s1l1.l, s1r1.l), add(91, s0.t, v.s0vl, v.s0vr);
}

// Set 2 adds: the two candidate attachments' words with their distance; the
// second-outermost dependents' words; punctuation between the stack top and
// its two candidate heads (a comma or dash between two words rarely lies
// inside a close attachment: appositions, coordination and parataxis cross
// it); the lexicon's ambiguity class beside the predicted tag (a tagger error
// is then visible); the third word of the stack; coordination context (the
// label of s0's rightmost dependent against the buffer front).
template <class Add>
void more_features(const View& v, const ParserInput& in, Add&& add) {
  const Ctx &s0 = v.s0, &s1 = v.s1, &s2 = v.s2, &b0 = v.b0, &b1 = v.b1;
  uint64_t p0 = static_cast<uint64_t>(std::min(in.punct_between(v.is0, v.ib0), 3));
  uint64_t p1 = static_cast<uint64_t>(std::min(in.punct_between(v.is1, v.is0), 3));
  uint64_t p2 = static_cast<uint64_t>(std::min(in.punct_between(v.is1, v.ib0), 3));
  uint64_t lex_s0 = v.is0 > 0 ? in.words[v.is0 - 1].lex : 0, lex_b0 = v.ib0 > 0 ? in.words[v.ib0 - 1].lex : 0;
  add(100, s0.w, b0.w, v.d), add(101, v.s0l2.w, s0.t), add(102, v.s0r2.w, s0.t), add(103, v.b0l2.w, b0.t);
  add(104, s0.t, b0.t, p0), add(105, s1.t, s0.t, p1), add(106, s1.t, b0.t, p2), add(107, s0.w, p0 * 16 + v.d);
  add(108, b0.w, p0 * 16 + v.d), add(109, lex_b0, b0.t), add(110, lex_s0, s0.t), add(111, lex_s0, lex_b0);
  add(112, wt(s2)), add(113, s2.t, s1.t, b0.t), add(114, s0.t, v.s0r1.l, b0.t), add(115, s0.t, b0.w, b1.t);
  add(116, s0.w, s0.t * 16 + p0, b0.t);
}

}  // namespace

ParserInput::ParserInput(const std::vector<WordKeys>& w, const std::vector<uint16_t>& t, int feature_set)
    : words(w), tags(t), set(feature_set) {
  if (set < 2) return;
  punct.assign(w.size() + 1, 0);
  for (size_t i = 0; i < w.size(); ++i) punct[i + 1] = static_cast<uint16_t>(punct[i] + (w[i].punct ? 1 : 0));
}

void parser_features(const ParseState& st, const ParserInput& in, std::vector<Feature>& out) {
  out.clear();
  View v = view_of(st, in);
  auto add = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { out.push_back(feat(t, a, b, c)); };
  base_features(v, add);
  if (in.set >= 2) more_features(v, in, add);
}

void ParserClasses::allowed(const ParseState& st, std::vector<uint8_t>& ok) const {
  bool sh = st.valid(Move::Shift), le = st.valid(Move::Left), ri = st.valid(Move::Right);
  bool from_root = st.s(1) == 0;
  ok[0] = sh;
  for (int l = 0; l < L; ++l) {
    ok[1 + l] = le && l != root;
    ok[1 + L + l] = ri && ((l == root) == from_root);
  }
}

void read_parse(const DepParser& p, const ParseState& st, std::vector<int>& heads, std::vector<DepRel>& rels) {
  int n = st.n;
  heads.assign(n, 0);
  rels.assign(n, DepRel::dep);
  for (int i = 1; i <= n; ++i) {
    int h = st.head(i), l = st.label(i);
    heads[i - 1] = h < 0 ? 0 : h;
    rels[i - 1] = l < 0 ? (h == 0 ? DepRel::root : DepRel::dep) : p.labels[l];
  }
}

void DepParser::parse(const std::vector<WordKeys>& words, const std::vector<uint16_t>& tags, std::vector<int>& heads,
                      std::vector<DepRel>& rels) const {
  parse(words, tags, beam, heads, rels);
}

void DepParser::parse(const std::vector<WordKeys>& words, const std::vector<uint16_t>& tags, int width,
                      std::vector<int>& heads, std::vector<DepRel>& rels) const {
  int n = static_cast<int>(words.size());
  if (width > 1 && n <= kBeamMaxWords) {
    ParseState st(n);
    beam_parse(*this, words, tags, width, st);
    read_parse(*this, st, heads, rels);
    return;
  }
  ParserClasses cl{static_cast<int>(labels.size()), root_label};
  ParseState st(n);
  ParserInput in(words, tags, features);
  std::vector<Feature> fs;
  std::vector<int32_t> scores(classes());
  std::vector<uint8_t> ok(classes());
  while (!st.terminal()) {
    parser_features(st, in, fs);
    std::fill(scores.begin(), scores.end(), 0);
    model.score(fs.data(), fs.size(), scores.data());
    cl.allowed(st, ok);
    int c = best_class(scores.data(), ok.data(), classes());
    if (c < 0) break;
    st.apply(cl.move(c), cl.label(c));
  }
  read_parse(*this, st, heads, rels);
}

int oracle_class(const ParseState& st, const ParsedSentence& s, const ParserClasses& cl,
                 const std::vector<uint8_t>& ok, const std::vector<float>& scores, std::vector<uint8_t>& gold) {
  int cost[3];
  move_costs(st, s.heads, cost);
  int least = 1 << 30;
  for (int m = 0; m < 3; ++m)
    if (st.valid(static_cast<Move>(m))) least = std::min(least, cost[m]);
  int s0 = st.s(0);
  int want = s0 > 0 ? s.labels[s0] : -1;
  std::fill(gold.begin(), gold.end(), 0);
  int best = -1;
  for (int c = 0; c < static_cast<int>(ok.size()); ++c) {
    if (!ok[c] || cost[static_cast<int>(cl.move(c))] != least) continue;
    int lab = cl.label(c);
    bool want_ok = want >= 0 && ok[cl.of(cl.move(c), want)];
    if (lab >= 0 && want_ok && lab != want) continue;
    gold[c] = 1;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

DepParser train_parser(const std::vector<ParsedSentence>& data, std::vector<DepRel> labels, const ParserTraining& opt) {
  DepParser out;
  out.labels = std::move(labels);
  for (size_t i = 0; i < out.labels.size(); ++i)
    if (out.labels[i] == DepRel::root) out.root_label = static_cast<int>(i);
  out.features = opt.features;
  if (opt.beam > 1) {
    train_parser_beam(data, out, opt);
    return out;
  }
  ParserClasses cl{static_cast<int>(out.labels.size()), out.root_label};
  int nc = out.classes();
  AveragedPerceptron p(nc);
  Rng rng(opt.seed);
  std::vector<Feature> fs;
  std::vector<float> scores(nc);
  std::vector<uint8_t> ok(nc), gold(nc);
  for (int it = 0; it < opt.iterations; ++it) {
    for (size_t si : shuffled(data.size(), rng)) {
      const ParsedSentence& s = data[si];
      ParseState st(static_cast<int>(s.words.size()));
      ParserInput in(s.words, s.tags, opt.features);
      while (!st.terminal()) {
        parser_features(st, in, fs);
        std::fill(scores.begin(), scores.end(), 0.0f);
        p.score(fs, scores.data());
        cl.allowed(st, ok);
        int guess = -1;
        for (int c = 0; c < nc; ++c)
          if (ok[c] && (guess < 0 || scores[c] > scores[guess])) guess = c;
        int best = oracle_class(st, s, cl, ok, scores, gold);
        if (guess < 0 || best < 0) break;
        p.tick();
        int next = guess;
        if (!gold[guess]) {
          p.update(fs, best, guess);
          if (it < opt.explore_from || rng.uniform() >= opt.explore) next = best;
        }
        st.apply(cl.move(next), cl.label(next));
      }
    }
    if (opt.on_pass) {
      out.model = p.compile(opt.min_updates).pruned(opt.min_weight);
      opt.on_pass(it, out);
    }
  }
  out.model = p.compile(opt.min_updates).pruned(opt.min_weight);
  return out;
}

}  // namespace dyad::lang
