// WordNet-style lemmatisation (see lemma.h).
#include "lang/lemma.h"

#include <cctype>

namespace dyad::lang {

namespace {

struct Rule { const char* suffix; const char* ending; };
constexpr Rule kNoun[] = {{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
                          {"men", "man"}, {"ies", "y"}, {"s", ""}};
constexpr Rule kVerb[] = {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
                          {"ing", "e"}, {"ing", ""}, {"s", ""}};
constexpr Rule kAdj[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

template <size_t N>
bool morphy(const std::string& w, int pos, const Rule (&rules)[N], const Resources& res, std::string& out) {
  auto ex = res.wn_exc[pos].find(w);
  if (ex != res.wn_exc[pos].end()) {
    out = ex->second;
    return true;
  }
  for (const Rule& r : rules) {
    std::string_view suf(r.suffix);
    if (w.size() <= suf.size() + 1 || w.compare(w.size() - suf.size(), suf.size(), suf) != 0) continue;
    std::string cand = w.substr(0, w.size() - suf.size()) + r.ending;
    if (res.wn_index[pos].count(cand)) {
      out = std::move(cand);
      return true;
    }
  }
  // Doubled consonant: "stopped" -> "stop", "planning" -> "plan".
  if (pos == 1) {
    for (std::string_view suf : {std::string_view("ed"), std::string_view("ing")}) {
      if (w.size() > suf.size() + 2 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0) {
        std::string stem = w.substr(0, w.size() - suf.size());
        if (stem.size() >= 2 && stem.back() == stem[stem.size() - 2]) {
          stem.pop_back();
          if (res.wn_index[pos].count(stem)) {
            out = std::move(stem);
            return true;
          }
        }
      }
    }
  }
  return false;
}

}  // namespace

std::string lemmatize(std::string_view form, Tag tag, const Resources& res) {
  std::string w(form);
  if (is_proper(tag)) return w;
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w.size() <= 6 && !res.special_lemmas.empty()) {
    auto it = res.special_lemmas.find(w + "|" + tag_name(tag));
    if (it == res.special_lemmas.end()) it = res.special_lemmas.find(w + "|*");
    if (it != res.special_lemmas.end()) return it->second;
  }
  std::string out;
  switch (tag) {
    case Tag::NNS:
      if (morphy(w, 0, kNoun, res, out)) return out;
      break;
    case Tag::VBD: case Tag::VBG: case Tag::VBN: case Tag::VBZ: case Tag::VBP: case Tag::VB:
      if (tag == Tag::VB) return w;
      if (morphy(w, 1, kVerb, res, out)) return out;
      break;
    case Tag::JJR: case Tag::JJS:
      if (morphy(w, 2, kAdj, res, out)) return out;
      break;
    case Tag::RBR: case Tag::RBS: {
      auto ex = res.wn_exc[3].find(w);
      if (ex != res.wn_exc[3].end()) return ex->second;
      break;
    }
    default:
      break;
  }
  return w;
}

}  // namespace dyad::lang
