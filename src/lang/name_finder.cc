// The name finder's gazetteer, features, decoding and training.
#include "lang/name_finder.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "base/text.h"
#include "lang/name_repeats.h"
#include "lang/pos_tagger.h"

namespace dyad::lang {

namespace {

// Words of a phrase as the tokenizer splits the simple cases ("U.S." stays whole).
std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> out;
  std::stringstream ss{std::string(phrase)};
  std::string w;
  while (ss >> w) {
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) {
      out.push_back(w.substr(0, w.size() - 2));
      out.push_back("'s");
    } else {
      out.push_back(w);
    }
  }
  return out;
}

uint64_t phrase_key(const std::vector<std::string>& words, size_t b, size_t e) {
  uint64_t h = 0x51ed;
  for (size_t i = b; i < e; ++i) h = mix64(h ^ hash_string(base::lower_ascii(words[i])));
  return h;
}

}  // namespace

std::string name_label_name(int label) {
  if (label <= 0 || label >= kNameLabels) return "O";
  return std::string(label % 2 == 1 ? "B-" : "I-") + name_type_name(static_cast<NameType>((label - 1) / 2));
}

int parse_name_label(std::string_view name) {
  for (int l = 0; l < kNameLabels; ++l)
    if (name == name_label_name(l)) return l;
  if (name.size() > 2 && (name.substr(2) == "OTH" || name.substr(2) == "MISC")) return name[0] == 'B' ? 7 : 8;
  return -1;
}

void NameGazetteer::add(std::string_view phrase, NameType t) {
  std::vector<std::string> w = words_of(phrase);
  if (w.empty() || w.size() > 8) return;
  map_[phrase_key(w, 0, w.size())] |= static_cast<uint8_t>(1u << static_cast<int>(t));
  longest_ = std::max(longest_, w.size());
}

void NameGazetteer::load(const std::string& dir) {
  struct List {
    const char* file;
    NameType type;
    size_t first, last;  // fields that are names (last: to the end when 99)
  };
  const List lists[] = {{"people.txt", NameType::Person, 0, 0},      {"people.txt", NameType::Person, 5, 99},
                        {"countries.txt", NameType::Location, 1, 99}, {"capitals.txt", NameType::Location, 1, 99},
                        {"places.txt", NameType::Location, 1, 99},    {"organisations.txt", NameType::Organisation, 3, 99},
                        {"groups.txt", NameType::Organisation, 3, 99}};
  for (const List& l : lists) {
    std::ifstream in(dir + "/" + l.file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f = base::bar_fields(line);
      for (size_t i = l.first; i < f.size() && i <= l.last; ++i) {
        std::stringstream names(f[i]);  // "other names" may list several, comma-separated
        std::string n;
        while (std::getline(names, n, ',')) {
          n = base::trim_ascii(n);
          if (n.size() > 1 && n != "-") add(n, l.type);
        }
      }
    }
  }
}

std::vector<uint8_t> NameGazetteer::mark(const std::vector<std::string_view>& forms) const {
  std::vector<uint8_t> out(forms.size(), 0);
  if (map_.empty()) return out;
  std::vector<std::string> w(forms.begin(), forms.end());
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i].empty() || !(w[i][0] >= 'A' && w[i][0] <= 'Z')) continue;  // names start capitalised
    for (size_t n = std::min(longest_, w.size() - i); n >= 1; --n) {
      auto it = map_.find(phrase_key(w, i, i + n));
      if (it == map_.end()) continue;
      for (int t = 0; t < kNameTypeCount; ++t)
        if (it->second >> t & 1) {
          out[i] |= static_cast<uint8_t>(1u << (2 * t));
          for (size_t k = i + 1; k < i + n; ++k) out[k] |= static_cast<uint8_t>(1u << (2 * t + 1));
        }
      break;
    }
  }
  return out;
}

std::vector<NameWord> name_words(const std::vector<std::string_view>& forms, const std::vector<Tag>& tags,
                                 const NameGazetteer& gaz) {
  std::vector<NameWord> out(forms.size());
  std::vector<uint8_t> g = gaz.mark(forms);
  for (size_t i = 0; i < forms.size(); ++i) {
    out[i].keys = word_keys(forms[i]);
    out[i].tag = i < tags.size() ? tags[i] : Tag::NN;
    out[i].gazetteer = g[i];
  }
  return out;
}

namespace {

const NameWord& word_at(const std::vector<NameWord>& w, long i) {
  static const NameWord before{boundary_keys(0), Tag::Period, 0}, after{boundary_keys(1), Tag::Period, 0};
  if (i < 0) return before;
  if (i >= static_cast<long>(w.size())) return after;
  return w[static_cast<size_t>(i)];
}

void features(const std::vector<NameWord>& w, size_t i, int prev, std::vector<Feature>& out) {
  out.clear();
  long j = static_cast<long>(i);
  const NameWord &c = w[i], &m1 = word_at(w, j - 1), &m2 = word_at(w, j - 2), &n1 = word_at(w, j + 1),
                 &n2 = word_at(w, j + 2);
  uint64_t p = static_cast<uint64_t>(prev), t = static_cast<uint64_t>(c.tag);
  uint64_t first = i == 0;
  auto add = [&](uint64_t k, uint64_t a, uint64_t b = 0, uint64_t d = 0) { out.push_back(feat(k, a, b, d)); };
  add(1, 0), add(2, p), add(3, c.keys.form), add(4, c.keys.lower), add(5, c.keys.shape), add(6, c.keys.suffix3);
  add(7, c.keys.prefix3), add(8, c.keys.flags, first), add(9, t), add(10, p, t), add(11, p, c.keys.shape);
  add(12, m1.keys.lower), add(13, n1.keys.lower), add(14, static_cast<uint64_t>(m1.tag), t);
  add(15, t, static_cast<uint64_t>(n1.tag)), add(16, c.gazetteer), add(17, c.gazetteer, p), add(18, c.gazetteer, t);
  add(19, n1.gazetteer), add(20, m1.gazetteer), add(21, m2.keys.lower), add(22, n2.keys.lower);
  add(23, n1.keys.shape), add(24, m1.keys.shape), add(25, p, c.keys.lower), add(26, m1.keys.lower, c.keys.shape);
  add(27, c.keys.shape, n1.keys.lower), add(28, c.keys.suffix2), add(29, c.keys.suffix4), add(30, p, n1.keys.flags);
  add(31, m1.keys.lower, c.keys.lower), add(32, c.keys.lower, n1.keys.lower), add(33, c.keys.flags, t, first);
}

// I-t may only follow B-t or I-t.
bool allowed(int label, int prev) { return label == 0 || label % 2 == 1 || prev == label || prev == label - 1; }

}  // namespace

void NameFinder::set_known_labels() {
  known.assign(kNameLabels, 0);
  known[0] = 1;
  for (const auto& e : model.entries)
    if (e.cls < kNameLabels && e.weight > 0) known[e.cls] = 1;
}

std::vector<uint8_t> NameFinder::label(const std::vector<NameWord>& words) const {
  std::vector<uint8_t> out(words.size(), 0);
  std::vector<Feature> fs;
  int32_t scores[kNameLabels];
  int prev = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    features(words, i, prev, fs);
    std::fill(scores, scores + kNameLabels, 0);
    model.score(fs.data(), fs.size(), scores);
    int best = 0;
    for (int l = 1; l < model.classes && l < kNameLabels; ++l)
      if (allowed(l, prev) && (known.empty() || known[l]) && scores[l] > scores[best]) best = l;
    out[i] = static_cast<uint8_t>(best);
    prev = best;
  }
  return out;
}

std::vector<Name> names_of_labels(const std::vector<uint8_t>& labels) {
  std::vector<Name> out;
  for (uint32_t i = 0; i < labels.size(); ++i) {
    int l = labels[i];
    if (l == 0) continue;
    bool starts = l % 2 == 1 || out.empty() || out.back().last != i ||
                  static_cast<int>(out.back().type) != (l - 1) / 2;
    if (starts) out.push_back(Name{i, i + 1, 0, static_cast<NameType>((l - 1) / 2)});
    else out.back().last = i + 1;
  }
  return out;
}

NameFinder train_name_finder(const std::vector<NameSentence>& data, int iterations, uint64_t seed) {
  AveragedPerceptron p(kNameLabels);
  Rng rng(seed);
  std::vector<Feature> fs;
  std::vector<float> scores(kNameLabels);
  for (int it = 0; it < iterations; ++it) {
    for (size_t si : shuffled(data.size(), rng)) {
      const NameSentence& s = data[si];
      int prev = 0;
      for (size_t i = 0; i < s.words.size(); ++i) {
        features(s.words, i, prev, fs);
        std::fill(scores.begin(), scores.end(), 0.0f);
        p.score(fs, scores.data());
        int guess = 0;
        for (int l = 1; l < kNameLabels; ++l)
          if (allowed(l, prev) && scores[l] > scores[guess]) guess = l;
        p.tick();
        p.update(fs, s.gold[i], guess);
        prev = guess;
      }
    }
  }
  NameFinder f;
  f.model = p.compile(1);
  f.set_known_labels();
  return f;
}

bool name_particle(std::string_view w) {
  static const char* const words[] = {"van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "bin",
                                      "ibn", "al", "el", "le", "la", "dos", "das", "ter", "ten", "zu", "ben"};
  for (const char* x : words)
    if (w == x) return true;
  return false;
}

bool capitalised(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

namespace {

// "Hans van den Broek", "Ursula von Brandt", "Ahmed bin Salem": the model, which leans on
// capitals, ends a person's name at (or before) its lower-case particles; the particles and the
// capitalised surname after them belong to the name (a name that follows there is merged).
void join_name_particles(Annotation& a) {
  std::vector<Name> out;
  out.reserve(a.names.size());
  for (size_t k = 0; k < a.names.size(); ++k) {
    Name n = a.names[k];
    const Sentence& s = a.sentences[n.sentence];
    uint32_t p = n.last;  // where the particles start
    while (p > n.first + 1 && name_particle(a.tokens[p - 1].form)) --p;
    uint32_t j = n.last;  // past the particles after the name
    while (j < s.last && j < n.last + 3 && name_particle(a.tokens[j].form)) ++j;
    bool given = p > n.first && capitalised(a.tokens[p - 1].form);
    if (n.type == NameType::Person && given && (p < n.last || j > n.last) && j < s.last &&
        capitalised(a.tokens[j].form) && is_noun(a.tokens[j].tag)) {
      uint32_t end = j + 1;
      if (k + 1 < a.names.size() && a.names[k + 1].first == j) end = a.names[++k].last;
      n.last = end;
    }
    out.push_back(n);
  }
  a.names = std::move(out);
}

}  // namespace

void find_names(Annotation& a, const NameFinder& f) {
  a.names.clear();
  if (f.empty()) return;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    std::vector<std::string_view> forms;
    std::vector<Tag> tags;
    for (uint32_t i = s.first; i < s.last; ++i) {
      forms.push_back(a.tokens[i].form);
      tags.push_back(a.tokens[i].tag);
    }
    for (Name n : names_of_labels(f.label(name_words(forms, tags, f.gazetteer)))) {
      n.first += s.first;
      n.last += s.first;
      n.sentence = si;
      a.names.push_back(n);
    }
  }
  join_name_particles(a);
  repeat_names(a);
}

}  // namespace dyad::lang
