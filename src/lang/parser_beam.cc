// Beam search for the dependency parser. Decoding keeps the `width` best
// partial parses by the sum of their move scores. Training is the structured
// perceptron over whole move sequences with max-violation updates (Huang,
// Fayong and Guo 2012): the reference is the best-scoring sequence of
// least-cost moves under the dynamic oracle (a latent gold path), and the
// update is made at the step where the best wrong parse in the beam leads it
// by the most.
#include <algorithm>

#include "lang/dep_parser.h"
#include "lang/pos_tagger.h"

namespace dyad::lang {

namespace {

template <class S>
struct Candidate {
  S score;
  int item;
  int cls;
};

// Higher score first; ties by item then class, so the order is total and
// the result does not depend on the sort's implementation.
template <class S>
bool ahead(const Candidate<S>& a, const Candidate<S>& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.item != b.item) return a.item < b.item;
  return a.cls < b.cls;
}

template <class S>
void keep_best(std::vector<Candidate<S>>& c, size_t k) {
  if (c.size() > k) {
    std::partial_sort(c.begin(), c.begin() + static_cast<long>(k), c.end(), ahead<S>);
    c.resize(k);
  } else {
    std::sort(c.begin(), c.end(), ahead<S>);
  }
}

// Offers the allowed classes of one state (its score plus the class's) to
// `best`, which keeps the `width` best candidates offered so far, best first.
// Most classes lose against the last kept one at a single comparison.
template <class S, class T>
void add_candidates(S base, int item, const T* scores, const std::vector<uint8_t>& ok, size_t width,
                    std::vector<Candidate<S>>& best) {
  for (int c = 0; c < static_cast<int>(ok.size()); ++c) {
    if (!ok[c]) continue;
    Candidate<S> x{base + static_cast<S>(scores[c]), item, c};
    if (best.size() >= width) {
      if (!ahead(x, best.back())) continue;
      best.pop_back();
    }
    best.insert(std::upper_bound(best.begin(), best.end(), x, ahead<S>), x);
  }
}

}  // namespace

void beam_parse(const DepParser& p, const std::vector<WordKeys>& words, const std::vector<uint16_t>& tags, int width,
                ParseState& out) {
  int n = static_cast<int>(words.size());
  ParserClasses cl{static_cast<int>(p.labels.size()), p.root_label};
  int nc = p.classes();
  size_t k = static_cast<size_t>(std::max(width, 1));
  std::vector<ParseState> cur(1, ParseState(n)), next;
  std::vector<int64_t> score(1, 0), next_score;
  std::vector<Feature> fs;
  std::vector<int32_t> sc(nc);
  std::vector<uint8_t> ok(nc);
  std::vector<Candidate<int64_t>> cands;
  ParserInput in(words, tags, p.features);
  while (!cur[0].terminal()) {
    cands.clear();
    for (size_t i = 0; i < cur.size(); ++i) {
      parser_features(cur[i], in, fs);
      std::fill(sc.begin(), sc.end(), 0);
      p.model.score(fs.data(), fs.size(), sc.data());
      cl.allowed(cur[i], ok);
      add_candidates<int64_t>(score[i], static_cast<int>(i), sc.data(), ok, k, cands);
    }
    if (cands.empty()) break;
    keep_best(cands, k);
    next.resize(cands.size(), cur[0]);
    next_score.resize(cands.size());
    for (size_t j = 0; j < cands.size(); ++j) {
      next[j] = cur[cands[j].item];
      next[j].apply(cl.move(cands[j].cls), cl.label(cands[j].cls));
      next_score[j] = cands[j].score;
    }
    std::swap(cur, next);
    std::swap(score, next_score);
  }
  out = cur[0];
}

namespace {

// One partial parse in the training beam.
struct Item {
  ParseState st;
  double score = 0;
  int cost = 0;   // gold arcs and labels lost so far
  int hist = -1;  // its last move in the history (-1: none yet)
};

// Gold arcs and labels lost by taking class `c` in `st`.
int class_cost(const ParseState& st, const ParsedSentence& s, const ParserClasses& cl, int c) {
  int cost[3];
  move_costs(st, s.heads, cost);
  Move m = cl.move(c);
  int total = cost[static_cast<int>(m)];
  if (m != Move::Shift) {
    int dep = st.s(0), head = m == Move::Left ? st.b(0) : st.s(1);
    if (s.heads[dep] == head && s.labels[dep] != cl.label(c)) ++total;
  }
  return total;
}

// The features of each step of a move sequence, replayed from the start;
// `each(step, features, class)` is called from step `from` on.
template <class F>
void replay(const ParserInput& in, const ParserClasses& cl, const std::vector<int>& moves, size_t from, F&& each) {
  ParseState st(static_cast<int>(in.words.size()));
  std::vector<Feature> fs;
  for (size_t t = 0; t < moves.size(); ++t) {
    if (t >= from) {
      parser_features(st, in, fs);
      each(fs, moves[t]);
    }
    st.apply(cl.move(moves[t]), cl.label(moves[t]));
  }
}

struct BeamTrainer {
  const ParserClasses& cl;
  AveragedPerceptron& p;
  size_t width;
  int nc;
  int features;
  std::vector<Feature> fs;
  std::vector<float> sc;
  std::vector<uint8_t> ok, gold_ok;
  std::vector<Item> cur, next;
  std::vector<Candidate<double>> cands;
  std::vector<std::pair<int, int>> hist;  // (previous entry, class)

  BeamTrainer(const ParserClasses& c, AveragedPerceptron& model, int w, int classes, int feature_set)
      : cl(c),
        p(model),
        width(static_cast<size_t>(w)),
        nc(classes),
        features(feature_set),
        sc(classes),
        ok(classes),
        gold_ok(classes) {}

  void score(const ParseState& st, const ParserInput& in) {
    parser_features(st, in, fs);
    std::fill(sc.begin(), sc.end(), 0.0f);
    p.score(fs, sc.data());
    cl.allowed(st, ok);
  }

  // Moves the beam one step on; false when no state can move.
  bool step(const ParsedSentence& s, const ParserInput& in) {
    cands.clear();
    for (size_t i = 0; i < cur.size(); ++i) {
      score(cur[i].st, in);
      add_candidates<double>(cur[i].score, static_cast<int>(i), sc.data(), ok, width, cands);
    }
    if (cands.empty()) return false;
    keep_best(cands, width);
    next.resize(cands.size(), cur[0]);
    for (size_t j = 0; j < cands.size(); ++j) {
      const Item& from = cur[cands[j].item];
      int c = cands[j].cls;
      next[j].cost = from.cost + class_cost(from.st, s, cl, c);
      next[j].st = from.st;
      next[j].st.apply(cl.move(c), cl.label(c));
      next[j].score = cands[j].score;
      hist.emplace_back(from.hist, c);
      next[j].hist = static_cast<int>(hist.size()) - 1;
    }
    std::swap(cur, next);
    return true;
  }

  std::vector<int> moves_of(int h) const {
    std::vector<int> out;
    for (; h >= 0; h = hist[h].first) out.push_back(hist[h].second);
    std::reverse(out.begin(), out.end());
    return out;
  }

  // One sentence: decode with the beam beside the latent gold path and update
  // at the step of largest violation. Returns whether an update was made.
  bool train(const ParsedSentence& s) {
    int n = static_cast<int>(s.words.size());
    ParserInput in(s.words, s.tags, features);
    ParseState gold(n);
    double gold_score = 0;
    int gold_cost = 0;
    std::vector<int> gold_moves;
    cur.assign(1, Item{ParseState(n)});
    hist.clear();
    double worst = 0;
    int worst_hist = -1;
    size_t worst_len = 0;
    while (!gold.terminal()) {
      score(gold, in);
      int g = oracle_class(gold, s, cl, ok, sc, gold_ok);
      if (g < 0) break;
      gold_cost += class_cost(gold, s, cl, g);
      gold_score += sc[g];
      gold.apply(cl.move(g), cl.label(g));
      gold_moves.push_back(g);
      if (!step(s, in)) break;
      const Item& top = cur[0];
      double violation = top.score - gold_score;
      if (top.cost > gold_cost && violation >= 0 && (worst_hist < 0 || violation > worst)) {
        worst = violation;
        worst_hist = top.hist;
        worst_len = gold_moves.size();
      }
    }
    if (worst_hist < 0) return false;
    std::vector<int> wrong = moves_of(worst_hist);
    gold_moves.resize(worst_len);
    size_t same = 0;
    while (same < wrong.size() && same < gold_moves.size() && wrong[same] == gold_moves[same]) ++same;
    replay(in, cl, gold_moves, same, [&](const std::vector<Feature>& f, int c) { p.update_one(f, c, 1.0f); });
    replay(in, cl, wrong, same, [&](const std::vector<Feature>& f, int c) { p.update_one(f, c, -1.0f); });
    return true;
  }
};

}  // namespace

void train_parser_beam(const std::vector<ParsedSentence>& data, DepParser& out, const ParserTraining& opt) {
  ParserClasses cl{static_cast<int>(out.labels.size()), out.root_label};
  AveragedPerceptron p(out.classes());
  BeamTrainer trainer(cl, p, opt.beam, out.classes(), opt.features);
  Rng rng(opt.seed);
  out.beam = opt.beam;
  for (int it = 0; it < opt.iterations; ++it) {
    for (size_t si : shuffled(data.size(), rng)) {
      if (static_cast<int>(data[si].words.size()) > kBeamMaxWords) continue;
      p.tick();
      trainer.train(data[si]);
    }
    if (opt.on_pass) {
      out.model = p.compile(opt.min_updates).pruned(opt.min_weight);
      opt.on_pass(it, out);
    }
  }
  out.model = p.compile(opt.min_updates).pruned(opt.min_weight);
}

}  // namespace dyad::lang
