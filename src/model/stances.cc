// Stances: events whose CAMEO root states a position (appeals, demands,
// support, disapproval, rejection; data/model/stance_roots.txt), one entry per
// target, kind and issue (data/model/stance_issues.txt) with its latest
// sentence as evidence.
#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "base/text.h"
#include "model/model.h"

namespace dyad::model {

namespace {
// The "left | right" lines of a data/model file, both sides trimmed.
std::vector<std::pair<std::string, std::string>> bar_pairs(const std::string& file) {
  std::vector<std::pair<std::string, std::string>> t;
  for (const auto& line : base::load_word_list(file)) {
    auto bar = line.find('|');
    if (bar == std::string::npos) continue;
    std::string l = base::trim_ascii(std::string_view(line).substr(0, bar));
    std::string r = base::trim_ascii(std::string_view(line).substr(bar + 1));
    if (!l.empty() && !r.empty()) t.push_back({l, r});
  }
  return t;
}
// data/model/stance_roots.txt: CAMEO root -> stance kind.
const std::vector<std::pair<std::string, std::string>>& roots() {
  static const auto table = bar_pairs("model/stance_roots.txt");
  return table;
}
// data/model/stance_issues.txt: CAMEO code prefix -> issue.
const std::unordered_map<std::string, std::string>& issues() {
  static const auto table = [] {
    std::unordered_map<std::string, std::string> t;
    for (auto& [code, issue] : bar_pairs("model/stance_issues.txt")) t[code] = issue;
    return t;
  }();
  return table;
}
int kind_order(const std::string& k) {
  static const char* order[] = {"demands", "appeals", "supports", "opposes", "rejects"};
  for (int i = 0; i < 5; ++i)
    if (k == order[i]) return i;
  return 5;
}
}  // namespace

std::string stance_issue(std::string_view code) {
  const auto& t = issues();
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = t.find(std::string(code.substr(0, n)));
    if (it != t.end()) return it->second;
  }
  return "";
}

std::string stance_kind(std::string_view root) {
  for (const auto& [r, k] : roots())
    if (r == root) return k;
  return "";
}

std::vector<Stance> stances(const std::vector<StanceEvent>& events) {
  std::map<std::tuple<std::string, std::string, std::string>, Stance> by;  // (target, kind, issue)
  std::unordered_map<std::string, int64_t> per_target;
  for (const auto& e : events) {
    std::string kind = stance_kind(e.root.empty() ? std::string_view(e.code).substr(0, 2) : e.root);
    if (kind.empty()) continue;
    std::string issue = stance_issue(e.code);
    auto [it, fresh] = by.try_emplace({e.target, kind, issue});
    Stance& s = it->second;
    if (fresh) {
      s = {.kind = kind,
           .target = e.target,
           .code = e.code,
           .text = e.text,
           .doc = e.doc,
           .date = e.date,
           .count = 1,
           .issue = issue};
    } else {
      ++s.count;
      if (e.date > s.date) {
        s.code = e.code;
        s.text = e.text;
        s.doc = e.doc;
        s.date = e.date;
      }
    }
    ++per_target[e.target];
  }
  std::vector<Stance> out;
  for (auto& [k, s] : by) out.push_back(std::move(s));
  std::sort(out.begin(), out.end(), [&](const Stance& a, const Stance& b) {
    if (a.target != b.target) {
      int64_t na = per_target[a.target], nb = per_target[b.target];
      return na != nb ? na > nb : a.target < b.target;
    }
    if (a.kind != b.kind) return kind_order(a.kind) < kind_order(b.kind);
    return a.issue < b.issue;
  });
  return out;
}

}  // namespace dyad::model
