// Viterbi tagging over the Lingua lexicon (see tagger.h).
#include "lang/tagger.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace dyad::lang {

namespace {

constexpr int kMaxCand = 12;

struct Cands {
  int n = 0;
  Tag tag[kMaxCand];
  float emit[kMaxCand];
  void add(Tag t, float e) {
    for (int i = 0; i < n; ++i) {
      if (tag[i] == t) {
        tag[i] = t;
        emit[i] = std::max(emit[i], e);
        return;
      }
    }
    if (n < kMaxCand) {
      tag[n] = t;
      emit[n] = e;
      ++n;
    }
  }
};

bool punct_tag(const std::string& f, Tag& t) {
  if (f == ",") t = Tag::Comma;
  else if (f == "." || f == "?" || f == "!") t = Tag::Period;
  else if (f == ":" || f == ";" || f == "--" || f == "..." || f == "-") t = Tag::Colon;
  else if (f == "``" || f == "`") t = Tag::LQuote;
  else if (f == "''") t = Tag::RQuote;
  else if (f == "-LRB-" || f == "-LSB-" || f == "-LCB-") t = Tag::LRB;
  else if (f == "-RRB-" || f == "-RSB-" || f == "-RCB-") t = Tag::RRB;
  else if (f == "$" || f == "\xC2\xA3" || f == "\xE2\x82\xAC" || f == "\xC2\xA5" || f == "US$" || f == "A$" || f == "C$") t = Tag::Dollar;
  else if (f == "#") t = Tag::Hash;
  else return false;
  return true;
}

bool is_number(const std::string& f) {
  bool digit = false;
  for (char c : f) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ',' && c != '.' && c != '/' && c != '-' && c != ':') return false;
  }
  return digit;
}

char shape_class(const std::string& w) {
  bool digit = false, hyphen = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') digit = true;
    if (c == '-') hyphen = true;
  }
  bool cap = !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
  if (digit) return 'd';
  if (hyphen) return cap ? 'H' : 'h';
  return cap ? 'c' : 'l';
}

std::string lower(const std::string& s) {
  std::string o = s;
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

void add_entry(Cands& c, const LexEntry& e, float bonus = 0) {
  for (auto& [t, lp] : e.tags) c.add(t, lp + bonus);
}

void unknown(Cands& c, const std::string& f, const Resources& res) {
  std::string key(1, shape_class(f));
  std::string lw = lower(f);
  for (int k = std::min<int>(5, static_cast<int>(lw.size()) - 1); k >= 0; --k) {
    key.resize(1);
    key += lw.substr(lw.size() - k);
    auto it = res.suffix_model.find(key);
    if (it == res.suffix_model.end()) continue;
    // Unknown words are rare: scale down against known words' emissions.
    for (auto& [t, lp] : it->second) c.add(t, lp - 12.0f);
    return;
  }
  c.add(Tag::NN, -12.0f);
}

void candidates(Cands& c, const Token& tok, bool initial, const Resources& res) {
  const std::string& f = tok.form;
  Tag pt;
  if (punct_tag(f, pt)) {
    c.add(pt, 0);
    return;
  }
  auto fx = res.fixed_tags.find(f);
  if (fx != res.fixed_tags.end()) {
    c.add(fx->second, 0);
    return;
  }
  const auto& lex = res.lexicon;
  auto it = lex.find(f);
  bool cap = !f.empty() && std::isupper(static_cast<unsigned char>(f[0]));
  if (it != lex.end()) add_entry(c, it->second);
  if (cap && (initial || it == lex.end())) {
    auto lt = lex.find(lower(f));
    if (lt != lex.end()) {
      // A capitalised form that is not in the lexicon as such, away from the
      // sentence start, is more likely a name than the common word.
      add_entry(c, lt->second, initial ? 0.0f : -3.0f);
      if (it == lex.end() && !initial) c.add(Tag::NNP, -10.0f);
    }
  }
  if (c.n > 0) return;
  if (is_number(f)) {
    auto nt = lex.find("*NUM*");
    if (nt != lex.end()) add_entry(c, nt->second);
    else c.add(Tag::CD, 0);
    return;
  }
  // Hyphenated: the last part's tags, with adjectives favoured.
  unknown(c, f, res);
}

// Small contextual fixes the bigram model gets wrong.
void fix(std::vector<Token>& toks, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    Token& t = toks[i];
    Tag prev = i > b ? toks[i - 1].tag : Tag::Period;
    // "to" before a base verb candidate stays TO; a verb after a modal is VB.
    if (prev == Tag::MD && (t.tag == Tag::VBP || t.tag == Tag::NN)) {
      // "will attend": base form
      if (t.tag == Tag::VBP) t.tag = Tag::VB;
    }
    if (prev == Tag::TO && t.tag == Tag::VBP) t.tag = Tag::VB;
  }
}

}  // namespace

void tag_sentence(std::vector<Token>& toks, const Sentence& s, const Resources& res) {
  const size_t b = s.first, e = s.last, n = e - b;
  if (n == 0) return;
  std::vector<Cands> cand(n);
  bool initial = true;
  for (size_t i = 0; i < n; ++i) {
    candidates(cand[i], toks[b + i], initial, res);
    const std::string& f = toks[b + i].form;
    initial = f == "``" || f == "`" || f == ":" || f == "--" || f == "-LRB-";
  }
  // Viterbi.
  std::vector<float> score(n * kMaxCand);
  std::vector<uint8_t> back(n * kMaxCand);
  const auto& T = res.trans;
  for (int k = 0; k < cand[0].n; ++k)
    score[k] = T[static_cast<int>(Tag::Period)][static_cast<int>(cand[0].tag[k])] + cand[0].emit[k];
  for (size_t i = 1; i < n; ++i) {
    const Cands& pc = cand[i - 1];
    const Cands& cc = cand[i];
    for (int k = 0; k < cc.n; ++k) {
      int to = static_cast<int>(cc.tag[k]);
      float best = -1e30f;
      int arg = 0;
      for (int j = 0; j < pc.n; ++j) {
        float v = score[(i - 1) * kMaxCand + j] + T[static_cast<int>(pc.tag[j])][to];
        if (v > best) {
          best = v;
          arg = j;
        }
      }
      score[i * kMaxCand + k] = best + cc.emit[k];
      back[i * kMaxCand + k] = static_cast<uint8_t>(arg);
    }
  }
  int arg = 0;
  float best = -1e30f;
  for (int k = 0; k < cand[n - 1].n; ++k) {
    if (score[(n - 1) * kMaxCand + k] > best) {
      best = score[(n - 1) * kMaxCand + k];
      arg = k;
    }
  }
  for (size_t i = n; i-- > 0;) {
    toks[b + i].tag = cand[i].tag[arg];
    arg = back[i * kMaxCand + arg];
  }
  fix(toks, b, e);
}

}  // namespace dyad::lang
