// The event coder (see coder.h and coder_phases.h): the actors phase (units
// of a sentence's mentions), the sentence driver that runs the phases for each
// dictionary verb, discard phrases, and documents.
#include "events/coder.h"

#include <algorithm>
#include <fstream>
#include <unordered_set>

#include "base/text.h"

#include "events/coder_phases.h"
#include "events/sports.h"

namespace dyad::events {

using coder::Ctx;
using coder::Site;
using coder::Unit;
using coder::upper;
using lang::Tag;

namespace coder {

namespace {

bool connector(const lang::Token& t) {
  std::string u = upper(t.form);
  return u == "," || u == "AND" || u == "OR" || u == "NOR" || t.tag == Tag::DT || lang::is_adj(t.tag);
}

// "Kurt Volker, the former envoy, and Tim Morrison testified": a noun phrase
// between commas (no verb, no other punctuation) right after a coordinated
// actor describes it and does not break the coordination. The closing comma
// when the comma at `k` opens such an apposition before `limit`, else `k`.
uint32_t apposition_end(const lang::Annotation& a, uint32_t k, uint32_t limit) {
  for (uint32_t q = k + 1; q < limit && q <= k + 10; ++q) {
    const lang::Token& t = a.tokens[q];
    if (t.form == ",") return q > k + 1 ? q : k;
    if (lang::is_verb(t.tag) || t.tag == Tag::MD || lang::is_punct(t.tag) || t.tag == Tag::WDT || t.tag == Tag::WP ||
        t.tag == Tag::CC)
      return k;
  }
  return k;
}

// The closing comma of an apposition opened at `k` that a conjunction
// follows ("A, the former envoy, and B"), else `k`.
uint32_t coordinated_apposition_end(const lang::Annotation& a, uint32_t k, uint32_t limit) {
  const uint32_t close = apposition_end(a, k, limit);
  if (close == k || close + 1 >= limit) return k;
  const std::string next = upper(a.tokens[close + 1].form);
  return next == "AND" || next == "OR" ? close : k;
}

// "Kurt Volker, the former envoy to Ukraine, and Tim Morrison testified",
// "Tim Morrison, a former National Security Council official, testified": an
// actor inside an apposition only describes the one before it, and is no unit
// of its own, when that one is a person (the apposition names the person's
// office) or when the actor sits in a prepositional phrase of an apposition
// that a conjunction follows.
bool inside_apposition(const Ctx& c, const Unit& u, const ActorMention& am, uint32_t end) {
  const lang::Annotation& a = c.a;
  const uint32_t after = u.last;
  if (after >= am.first_token || a.tokens[after].form != ",") return false;
  const uint32_t close = apposition_end(a, after, end);
  if (close == after || am.last_token > close || close + 1 >= end) return false;
  if (c.mentions[size_t(u.mentions.back())].kind == MentionKind::Person) return true;
  uint32_t p = am.first_token - 1;
  if (p > after && a.tokens[p].tag == Tag::DT) --p;
  return coordinated_apposition_end(a, after, end) == close && (a.tokens[p].tag == Tag::IN || a.tokens[p].tag == Tag::TO);
}

// "... the end of the Soviet Union, Beijing has ...": actors joined by commas
// alone form a list only when a conjunction closes it ("A, B and C"); else
// each is its own unit (an apposition, or two clauses), never a pair.
void split_comma_lists(Ctx& c) {
  std::vector<Unit> out;
  for (auto& u : c.units) {
    bool conj = false;
    std::vector<bool> comma_only(u.mentions.size(), false);
    uint32_t reach = c.mentions[size_t(u.mentions[0])].last_token;
    for (size_t k = 1; k < u.mentions.size(); ++k) {
      const auto& m = c.mentions[size_t(u.mentions[k])];
      bool has_conj = false;
      for (uint32_t q = reach; q < m.first_token; ++q) {
        const std::string& w = c.up(q);
        has_conj |= w == "AND" || w == "OR" || w == "NOR";
      }
      comma_only[k] = m.first_token >= reach && !has_conj;
      conj |= has_conj;
      reach = std::max(reach, m.last_token);
    }
    if (conj || !c.documents) {
      out.push_back(std::move(u));
      continue;
    }
    for (size_t k = 0; k < u.mentions.size(); ++k) {
      const auto& m = c.mentions[size_t(u.mentions[k])];
      if (k == 0 || comma_only[k]) {
        out.push_back({m.first_token, m.last_token, {u.mentions[k]}});
      } else {
        out.back().last = std::max(out.back().last, m.last_token);
        out.back().mentions.push_back(u.mentions[k]);
      }
    }
  }
  c.units = std::move(out);
}

}  // namespace

const lang::Clause* Ctx::clause_at(uint32_t i) const {
  for (uint32_t ci : sentence_clauses()) {
    const auto& cl = a.clauses[ci];
    if (cl.verb >= a.verb_groups.size()) continue;
    const auto& vg = a.verb_groups[cl.verb];
    if (i >= vg.first && i < vg.last) return &cl;
  }
  return nullptr;
}

int Ctx::unit_overlapping(uint32_t f, uint32_t l) const {
  for (size_t u = 0; u < units.size(); ++u)
    if (units[u].first < l && f < units[u].last) return int(u);
  return -1;
}

uint32_t Ctx::of_head(uint32_t f) const {
  for (int hop = 0; hop < 3 && f > sb + 1 && up(f - 1) == "OF"; ++hop) {
    int pnp = np_end[f - 1 - sb];
    int pu = unit_end[f - 1 - sb];
    uint32_t nf = pu >= 0 ? units[size_t(pu)].first : pnp >= 0 ? a.noun_phrases[size_t(pnp)].first : f;
    if (nf >= f - 1) break;
    f = nf;
    // "The Turkish and Greek sides": a coordination before the head noun.
    while (f > sb + 1 && unit_end[f - sb] < 0 && (up(f - 1) == "AND" || up(f - 1) == ",")) {
      int q = unit_end[f - 1 - sb];
      int qn = np_end[f - 1 - sb];
      uint32_t g = q >= 0 ? units[size_t(q)].first : qn >= 0 ? a.noun_phrases[size_t(qn)].first : f;
      if (g >= f - 1) break;
      f = g;
    }
  }
  return f;
}

std::vector<std::string> Ctx::codes_of(int u) const {
  std::vector<std::string> v;
  if (u < 0) return v;
  for (int32_t m : units[size_t(u)].mentions) {
    const std::string& code = mentions[size_t(m)].code;
    if (std::find(v.begin(), v.end(), code) == v.end()) v.push_back(code);
  }
  return v;
}

bool appeal_content(const Ctx& c, const Site& v) {
  static const std::unordered_set<std::string> appeals = base::load_word_set("events/appeal_verbs.txt");
  if (v.src < 0 || v.vfirst < c.sb + 3 || c.up(v.vfirst - 1) != "TO") return false;
  const Unit& u = c.units[size_t(v.src)];
  uint32_t to = v.vfirst - 1;  // "urged X not to V": the negation belongs to the content
  if (to > c.sb && (c.up(to - 1) == "NOT" || c.up(to - 1) == "NEVER")) --to;
  if (u.last != to || u.first <= c.sb) return false;
  const lang::Token& verb = c.a.tokens[u.first - 1];
  return lang::is_verb(verb.tag) && appeals.count(verb.lemma) > 0;
}

bool sentence_actors(Ctx& c, const CoderOptions& opt) {
  const lang::Annotation& a = c.a;
  const auto& mentions = c.mentions;
  if (c.si >= a.sentences.size()) return false;
  const lang::Sentence& s = a.sentences[c.si];
  if (s.first >= s.last) return false;
  if (opt.discards && opt.discards->matches(a, s.first, s.last)) return false;
  c.sb = s.first;
  c.se = s.last;
  c.documents = opt.documents();
  const uint32_t n = s.last - s.first;
  c.U.clear();
  c.U.reserve(n);
  // "%" is spelled out: the pattern language keeps the sign for its compound slot.
  for (uint32_t i = s.first; i < s.last; ++i) c.U.push_back(a.tokens[i].form == "%" ? "PERCENT" : upper(a.tokens[i].form));
  // Units: mentions of the sentence, overlapping or joined by connectors.
  auto& ms = c.ms;
  ms.clear();
  for (int32_t m : c.sentence_mentions())
    if (!mentions[size_t(m)].code.empty() && mentions[size_t(m)].last_token > mentions[size_t(m)].first_token)
      ms.push_back(m);
  std::stable_sort(ms.begin(), ms.end(), [&](int32_t x, int32_t y) { return mentions[size_t(x)].first_token < mentions[size_t(y)].first_token; });
  for (int32_t m : ms) {
    const auto& am = mentions[size_t(m)];
    if (!c.units.empty()) {
      Unit& u = c.units.back();
      if (inside_apposition(c, u, am, s.last)) continue;
      bool join = am.first_token < u.last;
      if (!join) {
        join = true;
        bool conj = false;
        for (uint32_t k = u.last; k < am.first_token && join; ++k) {
          if (a.tokens[k].form == ",") k = coordinated_apposition_end(a, k, am.first_token);
          join = connector(a.tokens[k]);
          std::string w = upper(a.tokens[k].form);
          conj |= w == "AND" || w == "OR" || w == "NOR" || w == ",";
        }
        join = join && conj;
      }
      if (join) {
        u.last = std::max(u.last, am.last_token);
        u.mentions.push_back(m);
        continue;
      }
    }
    c.units.push_back({am.first_token, am.last_token, {m}});
  }
  split_comma_lists(c);
  c.unit_start.assign(n + 1, -1);
  c.unit_end.assign(n + 1, -1);
  for (size_t u = 0; u < c.units.size(); ++u) {
    if (c.unit_start[c.units[u].first - s.first] < 0) c.unit_start[c.units[u].first - s.first] = int(u);
    c.unit_end[c.units[u].last - s.first] = int(u);
  }
  c.np_start.assign(n + 1, -1);
  c.np_end.assign(n + 1, -1);
  for (uint32_t k : c.idx.noun_phrases[c.si]) {
    const auto& np = a.noun_phrases[k];
    if (np.first < s.first || np.last > s.last) continue;
    c.np_start[np.first - s.first] = int(k);
    c.np_end[np.last - s.first] = int(k);
  }
  return true;
}

}  // namespace coder

bool Discards::load_file(const std::string& path, std::vector<std::string>& errors) {
  std::ifstream in(path);
  if (!in) { errors.push_back(path + ": cannot read discard file"); return false; }
  read(in);
  return true;
}

void Discards::read(std::istream& in) {
  std::string line;
  bool in_comment = false;
  while (std::getline(in, line)) {
    if (in_comment) {
      size_t e = line.find("-->");
      if (e == std::string::npos) continue;
      line = line.substr(e + 3);
      in_comment = false;
    }
    size_t c = line.find("<!");
    if (c != std::string::npos) {
      if (line.find("-->", c) == std::string::npos) in_comment = true;
      line = line.substr(0, c);
    }
    size_t h = line.find('#');
    if (h != std::string::npos) line = line.substr(0, h);
    std::vector<std::string> words;
    std::string w;
    for (char ch : line + " ") {
      if (ch == ' ' || ch == '\t' || ch == '_' || ch == '\r') {
        if (!w.empty()) words.push_back(upper(w));
        w.clear();
      } else if (!(ch == '+' && w.empty() && words.empty())) {
        w += ch;
      }
    }
    if (!words.empty()) phrases_.push_back(std::move(words));
  }
}

bool Discards::matches(const lang::Annotation& a, uint32_t first, uint32_t last) const {
  for (uint32_t i = first; i < last; ++i) {
    std::string u = upper(a.tokens[i].form);
    for (const auto& p : phrases_) {
      if (p[0] != u || i + p.size() > last) continue;
      bool ok = true;
      for (size_t k = 1; k < p.size() && ok; ++k) ok = upper(a.tokens[i + k].form) == p[k];
      if (ok) return true;
    }
  }
  return false;
}

int32_t sentence_of(const lang::Annotation& a, uint32_t first, uint32_t last) {
  auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), first,
                             [](uint32_t t, const lang::Sentence& s) { return t < s.first; });
  if (it == a.sentences.begin()) return -1;
  --it;
  return first >= it->first && last <= it->last ? int32_t(it - a.sentences.begin()) : -1;
}

namespace {

std::vector<std::pair<uint32_t, int32_t>> mentions_by_sentence(const lang::Annotation& a,
                                                               const std::vector<ActorMention>& ms) {
  std::vector<std::pair<uint32_t, int32_t>> out;
  for (size_t m = 0; m < ms.size(); ++m) {
    int32_t s = sentence_of(a, ms[m].first_token, ms[m].last_token);
    if (s >= 0) out.emplace_back(uint32_t(s), int32_t(m));
  }
  return out;
}

std::vector<std::pair<uint32_t, uint32_t>> clauses_by_sentence(const lang::Annotation& a) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (size_t k = 0; k < a.clauses.size(); ++k)
    if (a.clauses[k].sentence < a.sentences.size()) out.emplace_back(a.clauses[k].sentence, uint32_t(k));
  return out;
}

std::vector<std::pair<uint32_t, uint32_t>> noun_phrases_by_sentence(const lang::Annotation& a) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (size_t k = 0; k < a.noun_phrases.size(); ++k) {
    int32_t s = sentence_of(a, a.noun_phrases[k].first, a.noun_phrases[k].last);
    if (s >= 0) out.emplace_back(uint32_t(s), uint32_t(k));
  }
  return out;
}

}  // namespace

SentenceIndex::SentenceIndex(const lang::Annotation& a, const std::vector<ActorMention>& ms)
    : mentions(a.sentences.size(), mentions_by_sentence(a, ms)),
      clauses(a.sentences.size(), clauses_by_sentence(a)),
      noun_phrases(a.sentences.size(), noun_phrases_by_sentence(a)) {}

std::vector<char> tokens_covered(const lang::Annotation& a, const std::vector<ActorMention>& ms) {
  std::vector<char> covered(a.tokens.size(), 0);
  for (const auto& m : ms)
    for (uint32_t k = m.first_token; k < m.last_token && k < covered.size(); ++k) covered[k] = 1;
  return covered;
}

void code_sentence(std::string_view text, const lang::Annotation& a, uint32_t si,
                   const std::vector<ActorMention>& mentions, const VerbDictionary& verbs,
                   const CoderOptions& opt, std::vector<Event>& out) {
  code_sentence(text, a, si, mentions, verbs, opt, SentenceIndex(a, mentions), out);
}

void code_sentence(std::string_view text, const lang::Annotation& a, uint32_t si,
                   const std::vector<ActorMention>& mentions, const VerbDictionary& verbs,
                   const CoderOptions& opt, const SentenceIndex& index, std::vector<Event>& out) {
  (void)text;
  Ctx c{.a = a, .d = verbs, .mentions = mentions, .idx = index, .si = si};
  if (!coder::sentence_actors(c, opt)) return;
  size_t first_event = out.size();
  uint32_t covered_until = c.sb;  // reach of the last verb that coded events
  Site v;
  for (uint32_t i = c.sb; i < c.se; ++i) {
    v = Site{};
    if (!coder::find_predicate(c, i, covered_until, v)) continue;
    if (!coder::match_pattern(c, v)) continue;
    coder::find_arguments(c, opt, v);
    if (!coder::assign_roles(c, opt, v)) continue;
    if (opt.documents() && coder::appeal_content(c, v)) continue;
    coder::pronoun_object(c, opt, v);
    coder::actor_pairs(c, opt, v);
    coder::reported_demand(c, v);
    if (!v.pairs.empty()) covered_until = std::max(covered_until, v.scope_end);
    coder::emit_events(c, v, first_event, out);
  }
  // Mention indices for the lead's contract.
  for (size_t k = first_event; k < out.size(); ++k) {
    for (int32_t m : c.ms) {
      if (out[k].source_mention < 0 && mentions[size_t(m)].code == out[k].source) out[k].source_mention = m;
      if (out[k].target_mention < 0 && mentions[size_t(m)].code == out[k].target) out[k].target_mention = m;
    }
  }
}

void code_document(Document& doc, const VerbDictionary& verbs) {
  CoderOptions opt;
  opt.mode = CoderMode::Documents;
  code_document(doc, verbs, opt);
}

void code_document(Document& doc, const VerbDictionary& verbs, const CoderOptions& opt) {
  if (!doc.lang) return;
  // Games are no political events: a sports report is not coded (sports.h).
  if (opt.documents() && sports_report(doc.text, *doc.lang)) return;
  CoderOptions o = opt;
  if (!o.quotes) o.quotes = &doc.quotes;
  const SentenceIndex index(*doc.lang, doc.actors);
  for (uint32_t si = 0; si < doc.lang->sentences.size(); ++si)
    code_sentence(doc.text, *doc.lang, si, doc.actors, verbs, o, index, doc.events);
}

}  // namespace dyad::events
