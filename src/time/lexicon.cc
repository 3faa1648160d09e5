// Loads data/time/*.txt into the tagger's lookup tables.
#include "time/lexicon.h"

#include <algorithm>
#include <cstdlib>

#include "base/text.h"

namespace dyad::time {

namespace {

// "word<TAB>value" lines; a line without a tab gets an empty value.
std::vector<std::pair<std::string, std::string>> load_pairs(const std::string& rel) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& line : base::load_word_list("time/" + rel)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      out.emplace_back(base::lower_ascii(line), "");
    } else {
      std::string v = line.substr(tab + 1);
      size_t s = v.find_first_not_of(" \t");
      out.emplace_back(base::lower_ascii(line.substr(0, tab)), s == std::string::npos ? "" : v.substr(s));
    }
  }
  return out;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> w;
  for (auto v : base::split_spaces(s)) w.emplace_back(v);
  return w;
}

// Phrases are stored as the tagger's tokens: "new year's day" ->
// new, year, ', s, day; "st." -> st, .
std::vector<std::string> phrase_tokens(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& w : split_words(s)) {
    std::string cur;
    for (char c : w) {
      if (c == '\'' || c == '.' || c == '-') {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
        out.push_back(std::string(1, c));
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) out.push_back(cur);
  }
  return out;
}

void add_phrases(WordMap<std::vector<Phrase>>& into, const std::string& rel) {
  for (auto& [k, v] : load_pairs(rel)) {
    Phrase p{phrase_tokens(k), v};
    if (p.words.empty()) continue;
    into[p.words[0]].push_back(std::move(p));
  }
  for (auto& [k, list] : into)
    std::stable_sort(list.begin(), list.end(),
                     [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
}

Lexicon load() {
  Lexicon L;
  for (auto& [k, v] : load_pairs("months.txt")) L.months[k] = std::atoi(v.c_str());
  for (auto& [k, v] : load_pairs("weekdays.txt")) L.weekdays[k] = std::atoi(v.c_str());
  for (auto& [k, v] : load_pairs("ordinals.txt")) L.ordinals[k] = std::atoi(v.c_str());
  for (auto& [k, v] : load_pairs("modifiers.txt")) L.modifiers[k] = std::atoi(v.c_str());
  for (auto& [k, v] : load_pairs("numbers.txt")) L.numbers[k] = (v == "X") ? -1 : std::atoi(v.c_str());
  for (auto& [k, v] : load_pairs("units.txt")) {
    size_t tab = v.find('\t');
    Unit u;
    u.code = v.empty() ? 0 : v[0];
    u.mult = tab == std::string::npos ? 1 : std::max(1, std::atoi(v.c_str() + tab + 1));
    L.units[k] = u;
  }
  for (auto& [k, v] : load_pairs("seasons.txt")) L.seasons[k] = v;
  for (auto& [k, v] : load_pairs("parts_of_day.txt")) L.parts_of_day[k] = v;
  for (auto& [k, v] : load_pairs("sets.txt")) L.sets[k] = v;
  for (auto& [k, v] : load_pairs("tense.txt"))
    if (!v.empty()) L.tense[k] = v[0];
  for (auto& [k, v] : load_pairs("zones.txt")) {
    L.zones.insert(k);
    if (!v.empty()) L.zone_offsets[k] = v;
  }
  for (auto& [k, v] : load_pairs("decades.txt")) L.decades[k] = std::atoi(v.c_str());
  for (auto& [k, v] : load_pairs("generic_present.txt")) L.generic_present.insert(k);
  for (auto& [k, v] : load_pairs("year_context.txt")) L.year_context.insert(k);
  for (auto& [k, v] : load_pairs("not_after_year.txt")) L.not_after_year.insert(k);
  add_phrases(L.refs, "refs.txt");
  add_phrases(L.holidays, "holidays.txt");
  add_phrases(L.prefixes, "span_prefixes.txt");
  auto keys = [&](const auto& m) {
    for (const auto& kv : m) L.triggers.insert(kv.first);
  };
  keys(L.months), keys(L.weekdays), keys(L.ordinals), keys(L.modifiers), keys(L.numbers), keys(L.units);
  keys(L.seasons), keys(L.decades), keys(L.parts_of_day), keys(L.sets), keys(L.refs), keys(L.holidays), keys(L.prefixes);
  // Words the rules test directly (set_rule, year_like, clock_core).
  for (const char* w : {"every", "each", "per", "fiscal", "recent", "final", "noon", "midday", "midnight", "q1", "q2", "q3", "q4", "day"})
    L.triggers.insert(w);
  return L;
}

}  // namespace

const Lexicon& lexicon() {
  static const Lexicon L = load();
  return L;
}

}  // namespace dyad::time
