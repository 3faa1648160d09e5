// Loads Dyad's actor dictionaries (data/actors/) and the ISO 3166 country
// names, and matches their phrases over a document's tokens.
#include "actors/dictionary.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "actors/phrase_matcher.h"
#include "actors/subdivisions.h"
#include "base/text.h"

namespace dyad::actors {

namespace {

bool all_upper(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

std::string join(const std::vector<std::string>& toks, size_t from, size_t n) {
  std::string k;
  for (size_t j = from; j < from + n; ++j) {
    if (j > from) k += ' ';
    k += toks[j];
  }
  return k;
}

}  // namespace

std::string fold_token(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    unsigned char c = t[i];
    if (c == 0xE2 && i + 2 < t.size() && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0x99 || (unsigned char)t[i + 2] == 0x98)) {
      out += '\'';
      i += 2;
    } else {
      out += (c >= 'A' && c <= 'Z') ? char(c + 32) : char(c);
    }
  }
  return out;
}

std::vector<std::string> phrase_tokens(std::string_view phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ') ++j;
    if (j > i) {
      std::string w(phrase.substr(i, j - i));
      if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("’s"))) {
        size_t cut = w.ends_with("'s") ? 2 : 4;
        out.push_back(w.substr(0, w.size() - cut));
        out.push_back("'s");
      } else if (size_t cut = w.ends_with('\'') ? 1 : w.ends_with("’") ? 3 : 0; cut > 0 && w.size() > cut) {
        out.push_back(w.substr(0, w.size() - cut));  // plural possessive: "Workers'" as the text's two tokens
        out.push_back("'");
      } else {
        out.push_back(std::move(w));
      }
    }
    i = j;
  }
  return out;
}

// The key a phrase is stored under: its tokens (phrase_tokens), case-folded, joined by spaces.
std::string folded_key(std::string_view phrase) {
  std::string key;
  for (const auto& t : phrase_tokens(phrase)) key += (key.empty() ? "" : " ") + fold_token(t);
  return key;
}

bool date_within(const std::string& date, const std::string& from, const std::string& to) {
  if (date.empty()) return to.empty() || to == "-";
  auto cmp_prefix = [](const std::string& a, const std::string& b) {
    size_t n = std::min(a.size(), b.size());
    return a.compare(0, n, b, 0, n);
  };
  if (!from.empty() && from != "-" && cmp_prefix(date, from) < 0) return false;
  if (!to.empty() && to != "-" && cmp_prefix(date, to) > 0) return false;
  return true;
}

void Dictionary::add(Entry e, const std::vector<std::string>& phrases) {
  matcher_.reset();
  uint32_t id = entries_.size();
  entries_.push_back(std::move(e));
  for (const auto& p : phrases) {
    if (p.empty() || p == "-") continue;
    auto toks = phrase_tokens(p);
    if (toks.empty() || toks.size() > 12) continue;
    bool exact = toks.size() == 1 && all_upper(toks[0]) && toks[0].size() <= 5;
    std::string key = folded_key(p);
    Phrase& ph = phrases_[key];
    if (std::find(ph.entries.begin(), ph.entries.end(), id) == ph.entries.end()) ph.entries.push_back(id);
    if (toks[0][0] >= 'a' && toks[0][0] <= 'z') ph.lower_ok = true;
    if (exact) {
      ph.exact_case = true;
      ph.surface = toks[0];
    }
    uint8_t& mx = first_words_[fold_token(toks[0])];
    mx = std::max<uint8_t>(mx, toks.size());
    if (entries_[id].type == EntryType::Person) {
      auto& ids = people_by_surname_[toks.back()];
      if (ids.empty() || ids.back() != id) ids.push_back(id);
    }
  }
}

void Dictionary::add_agent(const std::string& phrase, const std::string& agent) {
  matcher_.reset();
  std::vector<std::string> folded;
  for (auto& t : phrase_tokens(phrase)) folded.push_back(fold_token(t));
  if (folded.empty()) return;
  agents_[join(folded, 0, folded.size())] = agent;
  uint8_t& mx = first_words_["\x01" + folded[0]];
  mx = std::max<uint8_t>(mx, folded.size());
}

void Dictionary::add_title(const std::string& phrase, const std::string& agent) {
  auto toks = phrase_tokens(phrase);
  if (toks.empty()) return;
  titles_[join(toks, 0, toks.size())] = agent;  // titles are case-sensitive
  uint8_t& mx = first_words_[kTitle + toks[0]];
  mx = std::max<uint8_t>(mx, toks.size());
}

void Dictionary::add_portfolio(const std::string& phrase, const std::string& agent) {
  auto toks = phrase_tokens(phrase);
  if (toks.empty()) return;
  portfolios_[join(toks, 0, toks.size())] = agent;  // case-sensitive, as titles
  uint8_t& mx = first_words_[kPortfolio + toks[0]];
  mx = std::max<uint8_t>(mx, toks.size());
}

void Dictionary::compile() {
  std::vector<std::string> patterns;
  auto tok = std::make_shared<std::vector<uint8_t>>();
  auto bytes = std::make_shared<std::vector<uint32_t>>();
  patterns.reserve(phrases_.size() + agents_.size());
  auto put = [&](const std::string& key, uint8_t agent_bit) {
    size_t n = 1 + std::count(key.begin(), key.end(), ' ');
    if (key.empty() || n > 32) return;
    std::string pat;
    pat.reserve(key.size() + 2);
    pat.push_back(' ');
    pat.append(key);
    pat.push_back(' ');
    patterns.push_back(std::move(pat));
    tok->push_back(static_cast<uint8_t>(n) | agent_bit);
    bytes->push_back(static_cast<uint32_t>(patterns.back().size()));
  };
  for (const auto& [key, ph] : phrases_) put(key, 0);
  for (const auto& [key, ag] : agents_) put(key, 0x80);
  auto m = std::make_shared<PhraseMatcher>(patterns);
  if (!m->ok()) {
    if (!patterns.empty()) warnings.push_back("phrase matcher (" + std::string(PhraseMatcher::engine()) + "): " + m->error());
    matcher_.reset();
    return;
  }
  matcher_ = std::move(m);
  pattern_tokens_ = std::move(tok);
  pattern_bytes_ = std::move(bytes);
}

namespace {
struct ScanState {
  const std::vector<uint8_t>* tokens;
  const std::vector<uint32_t>* bytes;
  const std::vector<uint32_t>* starts;  // byte offset of the space before each token, ascending
  Candidates* cand;
};
void on_phrase(void* p, uint32_t id, size_t end) {
  auto* st = static_cast<ScanState*>(p);
  size_t len = (*st->bytes)[id];
  if (end < len) return;
  // The token whose leading space the phrase starts at (a table per token, not
  // per byte: a text of punctuation marks has a token every 2-3 bytes).
  auto at = std::lower_bound(st->starts->begin(), st->starts->end(), static_cast<uint32_t>(end - len));
  if (at == st->starts->end() || *at != end - len) return;
  size_t i = static_cast<size_t>(at - st->starts->begin());
  uint8_t t = (*st->tokens)[id];
  uint32_t bit = 1u << ((t & 0x7f) - 1);
  if (t & 0x80) st->cand->agent_lengths[i] |= bit;
  else st->cand->phrase_lengths[i] |= bit;
}
}  // namespace

Candidates Dictionary::scan(const std::vector<std::string_view>& tokens) const {
  Candidates c;
  if (!matcher_) return c;
  // " tok tok tok " with folded tokens; each token's leading space marks where it starts.
  std::string s = " ";
  std::vector<uint32_t> starts;
  s.reserve(tokens.size() * 8);
  starts.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) s += ' ';
    starts.push_back(static_cast<uint32_t>(s.size() - 1));
    std::string f = fold_token(tokens[i]);
    for (char& ch : f)
      if (ch == ' ') ch = '\x1f';
    s += f;
  }
  s += ' ';
  c.phrase_lengths.assign(tokens.size(), 0);
  c.agent_lengths.assign(tokens.size(), 0);
  c.valid = true;
  if (tokens.empty()) return c;
  ScanState st{pattern_tokens_.get(), pattern_bytes_.get(), &starts, &c};
  matcher_->scan(s, on_phrase, &st);
  return c;
}

Match Dictionary::longest(const std::vector<std::string_view>& tokens, size_t i, const Candidates& cand) const {
  if (!cand.valid || i >= cand.phrase_lengths.size()) return longest(tokens, i);
  return longest_with_mask(tokens, i, cand.phrase_lengths[i]);
}

std::string Dictionary::agent_at(const std::vector<std::string_view>& tokens, size_t i, uint32_t& length,
                                 const Candidates& cand) const {
  if (!cand.valid || i >= cand.agent_lengths.size()) return agent_at(tokens, i, length);
  return agent_with_mask(tokens, i, cand.agent_lengths[i], length);
}

namespace {
// The folded keys of the phrases starting at token i, one per length
// (1 .. the longest length the mask allows that fits): "u.s.", "u.s. army", ...
std::vector<std::string> folded_keys(const std::vector<std::string_view>& tokens, size_t i, uint32_t mask) {
  size_t maxn = 32 - __builtin_clz(mask);
  if (maxn > tokens.size() - i) maxn = tokens.size() - i;
  std::vector<std::string> keys{fold_token(tokens[i])};
  for (size_t n = 2; n <= maxn; ++n) {
    std::string k = keys.back();
    k.push_back(' ');
    k.append(fold_token(tokens[i + n - 1]));
    keys.push_back(std::move(k));
  }
  return keys;
}
}  // namespace

Match Dictionary::longest_with_mask(const std::vector<std::string_view>& tokens, size_t i, uint32_t mask) const {
  Match m;
  if (!mask) return m;
  std::vector<std::string> keys = folded_keys(tokens, i, mask);
  size_t maxn = keys.size();
  for (size_t n = maxn; n >= 1; --n) {
    if (!(mask & (1u << (n - 1)))) continue;
    auto p = phrases_.find(keys[n - 1]);
    if (p == phrases_.end()) continue;
    if (p->second.exact_case && tokens[i] != p->second.surface) continue;
    unsigned char c0 = tokens[i].empty() ? 0 : tokens[i][0];
    if (c0 >= 'a' && c0 <= 'z' && !p->second.lower_ok) continue;
    m.length = n;
    m.entries = p->second.entries;
    return m;
  }
  return m;
}

std::string Dictionary::agent_with_mask(const std::vector<std::string_view>& tokens, size_t i, uint32_t mask,
                                        uint32_t& length) const {
  length = 0;
  if (!mask) return "";
  std::vector<std::string> keys = folded_keys(tokens, i, mask);
  size_t maxn = keys.size();
  for (size_t n = maxn; n >= 1; --n) {
    if (!(mask & (1u << (n - 1)))) continue;
    auto p = agents_.find(keys[n - 1]);
    if (p != agents_.end()) {
      length = n;
      return p->second;
    }
  }
  return "";
}

Match Dictionary::longest(const std::vector<std::string_view>& tokens, size_t i) const {
  Match m;
  std::string first = fold_token(tokens[i]);
  auto it = first_words_.find(first);
  if (it == first_words_.end()) return m;
  size_t maxn = std::min<size_t>(it->second, tokens.size() - i);
  std::string key = first;
  std::vector<std::string> keys{key};
  for (size_t n = 2; n <= maxn; ++n) {
    key += ' ';
    key += fold_token(tokens[i + n - 1]);
    keys.push_back(key);
  }
  for (size_t n = maxn; n >= 1; --n) {
    auto p = phrases_.find(keys[n - 1]);
    if (p == phrases_.end()) continue;
    if (p->second.exact_case && tokens[i] != p->second.surface) continue;
    // A capitalised dictionary phrase needs a capital in the text ("us" is not "US").
    unsigned char c0 = tokens[i].empty() ? 0 : tokens[i][0];
    if (c0 >= 'a' && c0 <= 'z' && !p->second.lower_ok) continue;
    m.length = n;
    m.entries = p->second.entries;
    return m;
  }
  return m;
}

std::string Dictionary::agent_at(const std::vector<std::string_view>& tokens, size_t i, uint32_t& length) const {
  length = 0;
  std::string first = fold_token(tokens[i]);
  auto it = first_words_.find("\x01" + first);
  if (it == first_words_.end()) return "";
  size_t maxn = std::min<size_t>(it->second, tokens.size() - i);
  std::string key = first;
  std::vector<std::string> keys{key};
  for (size_t n = 2; n <= maxn; ++n) keys.push_back(keys.back() + " " + fold_token(tokens[i + n - 1]));
  for (size_t n = maxn; n >= 1; --n) {
    auto p = agents_.find(keys[n - 1]);
    if (p != agents_.end()) {
      length = n;
      return p->second;
    }
  }
  return "";
}

std::string Dictionary::phrase_at(const std::unordered_map<std::string, std::string>& table, char kind,
                                  const std::vector<std::string_view>& tokens, size_t i, uint32_t& length) const {
  length = 0;
  auto it = first_words_.find(kind + std::string(tokens[i]));
  if (it == first_words_.end()) return "";
  for (size_t n = std::min<size_t>(it->second, tokens.size() - i); n >= 1; --n) {
    std::string key;
    for (size_t j = i; j < i + n; ++j) key += (j > i ? " " : "") + std::string(tokens[j]);
    if (auto p = table.find(key); p != table.end()) {
      length = n;
      return p->second;
    }
  }
  return "";
}

std::string Dictionary::title_at(const std::vector<std::string_view>& tokens, size_t i, uint32_t& length) const {
  return phrase_at(titles_, kTitle, tokens, i, length);
}

std::string Dictionary::portfolio_at(const std::vector<std::string_view>& tokens, size_t i, uint32_t& length) const {
  return phrase_at(portfolios_, kPortfolio, tokens, i, length);
}

void Dictionary::add_regions() {
  for (const auto& line : base::load_word_list("actors/regions.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() < 3) continue;
    regions_.insert(f[0]);
    country_names_[f[0]] = f[1];  // a display name, never matched in text
    demonyms_[f[0]] = f[2];
    add({EntryType::Demonym, f[0], f[1], "country", f[0], "", "", ""}, std::vector<std::string>(f.begin() + 2, f.end()));
  }
}

void Dictionary::add_subdivisions(const std::map<std::string, std::string>& alpha3_by_alpha2) {
  std::string warning;
  for (const auto& sub : load_subdivisions(alpha3_by_alpha2, warning)) {
    std::vector<std::string> fresh;  // a name the dictionary already holds keeps its meaning
    for (const auto& n : sub.names)
      if (!phrases_.count(folded_key(n))) fresh.push_back(n);
    if (!fresh.empty()) add({EntryType::Place, sub.country, sub.names.front(), "location", sub.country, "", "", ""}, fresh);
  }
  if (!warning.empty()) warnings.push_back(warning);
}

std::string Dictionary::country_name(const std::string& iso3) const {
  auto it = country_names_.find(iso3);
  return it == country_names_.end() ? "" : it->second;
}

bool Dictionary::region(const std::string& code) const { return regions_.count(code) > 0; }

std::string Dictionary::demonym(const std::string& iso3) const {
  auto it = demonyms_.find(iso3);
  return it == demonyms_.end() ? "" : it->second;
}

std::vector<uint32_t> Dictionary::people_named(const std::string& name) const {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].type == EntryType::Person && entries_[i].name == name) out.push_back(i);
  return out;
}

const Entry* Dictionary::office_holder(const std::string& surname, const std::string& role,
                                       const std::string& date) const {
  auto it = people_by_surname_.find(surname);
  if (it == people_by_surname_.end()) return nullptr;
  const Entry* holder = nullptr;
  for (uint32_t id : it->second) {
    const Entry& e = entries_[id];
    // Undated: news names a past holder "former", so a title before the name means any term.
    if (base::lower_ascii(e.role) != role || (!date.empty() && !date_within(date, e.from, e.to))) continue;
    if (holder && holder->name != e.name) return nullptr;
    holder = &e;
  }
  return holder;
}

Dictionary Dictionary::load_default() {
  Dictionary d;
  // Countries: ISO names first, then our display names and variants.
  std::unordered_map<std::string, std::vector<std::string>> names;
  std::vector<std::string> order;
  std::map<std::string, std::string> alpha3_by_alpha2;  // for the subdivisions' codes
  const char* iso_path = std::getenv("DYAD_ISO_3166");
  std::ifstream iso(iso_path ? iso_path : "/usr/share/iso-codes/json/iso_3166-1.json");
  if (iso) {
    try {
      nlohmann::json j = nlohmann::json::parse(iso);
      for (const auto& c : j.at("3166-1")) {
        std::string a3 = c.value("alpha_3", "");
        if (a3.empty()) continue;
        alpha3_by_alpha2[c.value("alpha_2", "")] = a3;
        auto& v = names[a3];
        if (v.empty()) order.push_back(a3);
        for (const char* f : {"common_name", "name", "official_name"})
          if (c.contains(f)) v.push_back(c[f].get<std::string>());
      }
    } catch (...) {
      d.warnings.push_back("iso-codes: unreadable iso_3166-1.json");
    }
  } else {
    d.warnings.push_back("iso-codes not installed (apt-get install iso-codes): only data/actors/countries.txt");
  }
  for (const auto& line : base::load_word_list("actors/countries.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() < 2) continue;
    auto& v = names[f[0]];
    if (v.empty()) order.push_back(f[0]);
    v.insert(v.begin(), f.begin() + 1, f.end());  // our first name is the display name
  }
  for (const auto& a3 : order) {
    auto& v = names[a3];
    d.country_names_[a3] = v.front();
    d.add({EntryType::Country, a3, v.front(), "country", a3, "", "", ""}, v);
  }
  for (const auto& line : base::load_word_list("actors/demonyms.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() < 2) continue;
    d.demonyms_[f[0]] = f[1];
    std::string cname = d.country_name(f[0]);
    d.add({EntryType::Demonym, f[0], cname.empty() ? f[1] : cname, "country", f[0], "", "", ""},
          std::vector<std::string>(f.begin() + 1, f.end()));
  }
  d.add_regions();
  for (const auto& line : base::load_word_list("actors/capitals.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() < 2) continue;
    d.add({EntryType::Capital, f[0], f[1], "capital", f[0], "", "", ""}, std::vector<std::string>(f.begin() + 1, f.end()));
  }
  for (const auto& line : base::load_word_list("actors/places.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() < 2) continue;
    d.add({EntryType::Place, f[0], f[1], "location", f[0], "", "", ""}, std::vector<std::string>(f.begin() + 1, f.end()));
  }
  d.add_subdivisions(alpha3_by_alpha2);
  // Places of no single state (seas, straits): locations with no country.
  for (const auto& line : base::load_word_list("actors/shared_places.txt")) {
    auto f = base::bar_fields(line);
    if (f.empty()) continue;
    d.add({EntryType::Place, "", f[0], "location", "", "", "", ""}, f);
  }
  for (const auto& line : base::load_word_list("actors/seats.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() < 3) continue;
    std::string country = f[0].size() >= 3 ? f[0].substr(0, 3) : "";
    d.add({EntryType::Seat, f[0], f[1], "government", country, "", "", ""}, std::vector<std::string>(f.begin() + 2, f.end()));
  }
  for (const char* file : {"actors/organisations.txt", "actors/groups.txt", "actors/parties.txt"}) {
    bool groups = std::string(file).find("groups") != std::string::npos;
    for (const auto& line : base::load_word_list(file)) {
      auto f = base::bar_fields(line);
      if (f.size() < 4) continue;
      d.add({groups ? EntryType::Group : EntryType::Organisation, f[0], f[3], f[1], f[2] == "-" ? "" : f[2], "", "", ""},
            std::vector<std::string>(f.begin() + 3, f.end()));
    }
  }
  for (const auto& line : base::load_word_list("actors/ethnic_groups.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() < 3) continue;
    d.add({EntryType::Ethnic, f[0], f[2], "ethnic group", f[1], "", "", ""}, std::vector<std::string>(f.begin() + 2, f.end()));
  }
  for (const auto& line : base::load_word_list("actors/people.txt")) {
    auto f = base::bar_fields(line);
    if (f.size() < 5) continue;
    std::vector<std::string> ph{f[0]};
    ph.insert(ph.end(), f.begin() + 5, f.end());
    std::string country = d.country_names_.count(f[1].substr(0, 3)) ? f[1].substr(0, 3) : "";
    d.add({.type = EntryType::Person,
           .code = f[1],
           .name = f[0],
           .kind = "person",
           .country = country,
           .role = f[2],
           .from = f[3],
           .to = f[4]},
          ph);
  }
  for (const auto& line : base::load_word_list("actors/roles.txt")) {
    auto f = base::bar_fields(line);
    for (size_t i = 1; i < f.size(); ++i) d.add_agent(f[i], f[0]);
  }
  for (const auto& line : base::load_word_list("actors/titles.txt")) {
    auto f = base::bar_fields(line);
    for (size_t i = 1; i < f.size(); ++i) d.add_title(f[i], f[0]);
  }
  for (const auto& line : base::load_word_list("actors/portfolios.txt")) {
    auto f = base::bar_fields(line);
    for (size_t i = 1; i < f.size(); ++i) d.add_portfolio(f[i], f[0]);
  }
  d.compile();
  return d;
}

const Dictionary& Dictionary::get() {
  static const Dictionary d = load_default();
  return d;
}

}  // namespace dyad::actors
