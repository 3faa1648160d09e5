// The perceptron tagger: features, greedy decoding and training.
#include "lang/pos_tagger.h"

#include <algorithm>

namespace dyad::lang {

namespace {

constexpr uint64_t kStartTag = 1000, kStartTag2 = 1001;

const WordKeys& at(const std::vector<WordKeys>& w, long i) {
  static const WordKeys before = boundary_keys(0), after = boundary_keys(1);
  if (i < 0) return before;
  if (i >= static_cast<long>(w.size())) return after;
  return w[static_cast<size_t>(i)];
}

// Set 2: the lexicon's view two words out, the previous tag with the next
// word, affixes joined with capitalisation, word trigrams. On EWT dev it
// gains 0.3 points of UPOS and XPOS but loses 0.3-0.5 on the AFP wire tags,
// so the shipped tagger uses set 1 (`dyad train --tagger-features 2`).
void more_tagger_features(const std::vector<WordKeys>& w, size_t i, uint64_t p1, uint64_t p2,
                          std::vector<Feature>& out) {
  long j = static_cast<long>(i);
  const WordKeys& c = w[i];
  const WordKeys &m1 = at(w, j - 1), &n1 = at(w, j + 1), &n2 = at(w, j + 2);
  out.push_back(feat(40, n2.lex_top));
  out.push_back(feat(41, p1, n1.lex_top));
  out.push_back(feat(42, p1, n1.lower));
  out.push_back(feat(43, c.suffix3, c.flags));
  out.push_back(feat(44, m1.lex_top, c.lex, n1.lex_top));
  out.push_back(feat(45, p2, p1, c.lex));
  out.push_back(feat(46, c.lower, n2.lower));
  out.push_back(feat(47, m1.lower, c.lower, n1.lower));
}

}  // namespace

Tag penn_of_xpos(const std::string& xpos, Upos upos) {
  Tag t = Tag::NN;
  if (parse_tag(xpos, t)) return t;
  if (xpos == "HYPH") return Tag::Colon;
  if (xpos == "NFP") return upos == Upos::PUNCT ? Tag::Colon : Tag::SYM;
  if (xpos == "ADD") return upos == Upos::PROPN ? Tag::NNP : Tag::NN;
  if (xpos == "AFX") return Tag::JJ;
  return Tag::FW;  // GW, XX
}

std::vector<size_t> shuffled(size_t n, Rng& rng) {
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  for (size_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng.next() % i]);
  return order;
}

void tagger_features(const std::vector<WordKeys>& w, size_t i, int prev, int prev2, std::vector<Feature>& out,
                     int set) {
  out.clear();
  long j = static_cast<long>(i);
  const WordKeys& c = w[i];
  uint64_t p1 = prev < 0 ? kStartTag : static_cast<uint64_t>(prev);
  uint64_t p2 = prev2 < 0 ? kStartTag2 : static_cast<uint64_t>(prev2);
  const WordKeys &m1 = at(w, j - 1), &m2 = at(w, j - 2), &n1 = at(w, j + 1), &n2 = at(w, j + 2);
  out.push_back(feat(1, 0));
  out.push_back(feat(2, c.suffix3));
  out.push_back(feat(3, c.suffix2));
  out.push_back(feat(4, c.prefix));
  out.push_back(feat(5, p1));
  out.push_back(feat(6, p2));
  out.push_back(feat(7, p1, p2));
  out.push_back(feat(8, c.lower));
  out.push_back(feat(9, c.form));
  out.push_back(feat(10, p1, c.lower));
  out.push_back(feat(11, m1.lower));
  out.push_back(feat(12, m1.suffix3));
  out.push_back(feat(13, m2.lower));
  out.push_back(feat(14, n1.lower));
  out.push_back(feat(15, n1.suffix3));
  out.push_back(feat(16, n2.lower));
  out.push_back(feat(17, c.shape));
  out.push_back(feat(18, c.flags, i == 0));
  out.push_back(feat(19, n1.shape));
  out.push_back(feat(20, c.lower, n1.lower));
  out.push_back(feat(21, m1.lower, c.lower));
  out.push_back(feat(22, c.suffix4));
  out.push_back(feat(23, p1, c.suffix3));
  out.push_back(feat(24, c.shape, n1.flags));
  out.push_back(feat(25, c.prefix3));
  out.push_back(feat(26, m1.shape));
  if (c.tail) out.push_back(feat(27, c.tail));
  out.push_back(feat(28, p1, m1.lower));
  out.push_back(feat(29, n1.suffix2));
  // The tag lexicon's view of the word and its neighbours.
  out.push_back(feat(30, c.lex));
  out.push_back(feat(31, c.lex_lower, i == 0));
  out.push_back(feat(32, c.lex_other));
  out.push_back(feat(33, c.lex_top, c.lex_freq));
  out.push_back(feat(34, p1, c.lex));
  out.push_back(feat(35, n1.lex));
  out.push_back(feat(36, c.lex, n1.lex_top));
  out.push_back(feat(37, m1.lex_top, c.lex_top));
  out.push_back(feat(38, c.lex_top, c.flags));
  if (set >= 2) more_tagger_features(w, i, p1, p2, out);
}

std::vector<uint16_t> PosTagger::tag(const std::vector<WordKeys>& words) const {
  std::vector<uint16_t> out(words.size(), 0);
  std::vector<Feature> fs;
  std::vector<int32_t> scores(classes.size());
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    tagger_features(words, i, prev, prev2, fs, features);
    std::fill(scores.begin(), scores.end(), 0);
    model.score(fs.data(), fs.size(), scores.data());
    int best = best_class(scores.data(), nullptr, static_cast<int>(classes.size()));
    out[i] = static_cast<uint16_t>(best < 0 ? 0 : best);
    prev2 = prev;
    prev = out[i];
  }
  return out;
}

PosTagger train_tagger(const std::vector<TaggedSentence>& data, std::vector<TagClass> classes,
                       const TaggerTraining& opt) {
  int n = static_cast<int>(classes.size());
  AveragedPerceptron p(n);
  Rng rng(opt.seed);
  std::vector<Feature> fs;
  std::vector<float> scores(n);
  for (int it = 0; it < opt.iterations; ++it) {
    for (size_t si : shuffled(data.size(), rng)) {
      const TaggedSentence& s = data[si];
      int prev = -1, prev2 = -1;
      for (size_t i = 0; i < s.words.size(); ++i) {
        tagger_features(s.words, i, prev, prev2, fs, opt.features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        p.score(fs, scores.data());
        int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        p.tick();
        p.update(fs, s.gold[i], guess);
        prev2 = prev;
        prev = guess;
      }
    }
  }
  PosTagger t;
  t.classes = std::move(classes);
  t.model = p.compile(opt.min_updates);
  t.features = opt.features;
  return t;
}

}  // namespace dyad::lang
