// Finds and codes actor mentions in an annotated text and links the mentions
// of one person within the document.
#include "actors/recognize.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "actors/code_names.h"
#include "actors/descriptions.h"
#include "actors/glosses.h"
#include "base/text.h"
#include "lang/name_finder.h"

namespace dyad::actors {

namespace {

// Place words (data/actors/place_words.txt): a capitalised run that ends or
// starts with one is a place, never an unknown person.
struct PlaceWords {
  std::unordered_set<std::string> first, last, in_capital, document;
};
const PlaceWords& place_words() {
  static const PlaceWords w = [] {
    PlaceWords r;
    for (const auto& line : base::load_word_list("actors/place_words.txt")) {
      if (line.rfind("first:", 0) == 0) r.first.insert(line.substr(6));
      else if (line.rfind("last:", 0) == 0) r.last.insert(line.substr(5));
      else if (line.rfind("in_capital:", 0) == 0) r.in_capital.insert(line.substr(11));
      else if (line.rfind("document:", 0) == 0) r.document.insert(line.substr(9));
    }
    return r;
  }();
  return w;
}

using lang::Tag;

bool cap(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }
bool initial(std::string_view s) { return s.size() == 2 && cap(s) && s[1] == '.'; }
bool weekday(std::string_view s) {
  static const char* days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (const char* d : days)
    if (s == d) return true;
  return false;
}
bool name_token(const lang::Token& t, std::string_view s) {
  return (lang::is_proper(t.tag) && cap(s)) || initial(s);
}

struct Ctx {
  std::string_view text;
  const lang::Annotation& a;
  const Dictionary& dict;
  std::vector<std::string_view> toks;
  std::string date;
  Candidates cand;  // one compiled-matcher scan of the document's tokens
};

// "Pieter van der Molen": a person's name run that stops at `k` before lower-case particles
// and a capitalised surname goes on over them; the token after the name, `k` if none.
size_t past_particles(const Ctx& c, size_t k) {
  const size_t n = c.toks.size();
  size_t j = k;
  while (j < n && j < k + 3 && lang::name_particle(c.toks[j]) && !c.a.tokens[j].para_start) ++j;
  if (j == k || j >= n || !name_token(c.a.tokens[j], c.toks[j]) || c.a.tokens[j].para_start) return k;
  while (j < n && name_token(c.a.tokens[j], c.toks[j]) && c.toks[j] != "'s" && !c.a.tokens[j].para_start) ++j;
  return j;
}

// The agent of a role word within the next few modifier tokens after `j`
// ("senior Afghan official", "state news media"); sets `end` past it.
std::string agent_after(const Ctx& c, size_t j, size_t& end) {
  for (size_t k = j; k < c.toks.size() && k < j + 3; ++k) {
    uint32_t len = 0;
    std::string ag = c.dict.agent_at(c.toks, k, len, c.cand);
    if (!ag.empty()) {
      end = k + len;
      return ag;
    }
    Tag t = c.a.tokens[k].tag;
    // A model's name is a modifier too ("US Apache helicopters"), unless it is an actor's.
    bool model = t == Tag::NNP && !c.dict.longest(c.toks, k, c.cand).length;
    if (!(lang::is_adj(t) || t == Tag::NN || t == Tag::VBN || model)) break;
    // Another actor's name ends the modifiers: "Guinea tortured Liberian refugees".
    if (k + 1 < c.toks.size() && c.dict.longest(c.toks, k + 1, c.cand).length) break;
  }
  return "";
}

// The country an ethnic group lives in when the text says so right after it:
// "ethnic Albanians in south Serbia", "the Albanians of southern Serbia",
// "ethnic Albanian guerrillas operating in Macedonia" (`ethnic`: the group was
// called ethnic, and a participle may come before the preposition). "" if none.
std::string host_country(const Ctx& c, size_t k, bool ethnic) {
  const size_t n = c.toks.size();
  if (ethnic && k < n && (c.a.tokens[k].tag == Tag::VBG || c.a.tokens[k].tag == Tag::VBN)) ++k;
  if (k >= n) return "";
  std::string p = fold_token(c.toks[k]);
  if (p != "of" && !(ethnic && p == "in")) return "";  // "Afghans in Pakistan" are Afghans abroad
  ++k;
  for (size_t s = 0; s < 2 && k < n && (c.a.tokens[k].tag == Tag::DT || lang::is_adj(c.a.tokens[k].tag) ||
                                        c.a.tokens[k].tag == Tag::NN);
       ++s)
    ++k;
  if (k >= n) return "";
  Match m = c.dict.longest(c.toks, k, c.cand);
  if (!m.length) return "";
  for (uint32_t id : m.entries)
    if (c.dict.entries()[id].type == EntryType::Country) return c.dict.entries()[id].code;
  return "";
}

const Entry* pick(const Ctx& c, const Match& m) {
  const Entry* best = nullptr;
  for (uint32_t id : m.entries) {
    const Entry& e = c.dict.entries()[id];
    if (e.type == EntryType::Person) {
      if (date_within(c.date, e.from, e.to)) return &e;
      if (!best) best = &e;
    } else if (!best) {
      best = &e;
    }
  }
  return best;
}

// "South Korean and US forces", "French, British and Italian troops": countries named as
// modifiers and joined by "and"/"or"/"," share the role word after the last of them. The agent
// of that role word when token `j` (right after the first country) opens such a list; "" if not.
std::string shared_agent(const Ctx& c, size_t j) {
  const size_t n = c.toks.size();
  size_t k = j;
  bool joined = false;
  while (k + 1 < n) {
    std::string w = fold_token(c.toks[k]);
    if (w != "and" && w != "or" && w != ",") break;
    if (w != ",") joined = true;
    Match m = c.dict.longest(c.toks, k + 1, c.cand);
    const Entry* e = m.length ? pick(c, m) : nullptr;
    if (!e || (e->type != EntryType::Demonym && e->type != EntryType::Country)) return "";
    k = k + 1 + m.length;
    if (joined) break;
  }
  if (!joined || k >= n || c.toks[k] == "'s") return "";
  size_t end = 0;
  return agent_after(c, k, end);
}

std::string span_text(const Ctx& c, size_t first, size_t last) {
  return std::string(c.text.substr(c.a.tokens[first].span.start, c.a.tokens[last - 1].span.end - c.a.tokens[first].span.start));
}

// Code of an actor described by tokens [a, b) ("an adviser to the head of
// Russia's antidrug agency"): the first group/organisation, or the first
// country with the first role word's agent.
void code_from_description(const Ctx& c, const std::vector<ActorMention>& ms, size_t a, size_t b, ActorMention& p,
                           const std::string& title_agent) {
  std::string country, agent;
  for (size_t k = a; k < b; ++k) {
    uint32_t len = 0;
    std::string ag = c.dict.agent_at(c.toks, k, len, c.cand);
    if (!ag.empty() && agent.empty()) {
      agent = ag;
      if (p.role.empty()) p.role = span_text(c, k, k + len);
    }
  }
  if (agent.empty()) agent = title_agent == "-" ? "" : title_agent;
  for (const auto& m : ms) {
    // "a former ambassador to Britain", "special envoy to Ukraine": the
    // country a person is sent to is not the person's own ("an adviser to
    // Russia's drug agency" still is: the country modifies what follows).
    if (m.first_token > a && m.first_token >= 1) {
      size_t q = m.first_token - 1;
      if (q > a && c.toks[q] == "the") --q;
      bool modifies = m.last_token < c.toks.size() &&
                      (c.toks[m.last_token] == "'s" || c.toks[m.last_token] == "\u2019s" ||
                       lang::is_noun(c.a.tokens[m.last_token].tag));
      bool place = m.kind == MentionKind::Country || m.kind == MentionKind::Location;
      if ((c.toks[q] == "to" || c.toks[q] == "To") && place && !modifies) continue;
    }
    if (m.first_token < a || m.last_token > b || m.code.empty()) {
      if (!(m.first_token >= a && m.last_token <= b && m.kind == MentionKind::Location)) continue;
      if (country.empty()) country = m.country;
      continue;
    }
    if (m.kind == MentionKind::Country || m.kind == MentionKind::Person || m.kind == MentionKind::Government || m.kind == MentionKind::Military) {
      country = m.country;
      break;
    }
    p.code = m.code;
    p.country = m.country;
    return;
  }
  if (!country.empty()) {
    p.country = country;
    if (!agent.empty() && agent != "-" && agent.size() == 3) p.code = country + agent;
    else p.code = country;
  }
}

// The mentions found so far, in text order, and for each the agent of the
// title before a person's name ("Gen." -> "MIL"; "" if none).
struct Found {
  const lang::Annotation& a;
  std::vector<ActorMention> out;
  std::vector<std::string> title_agent;  // per person mention in `out` ("" if none)
  void push(size_t first, size_t last, ActorMention m, std::string ta = "") {
    m.first_token = first;
    m.last_token = last;
    m.start = a.tokens[first].span.start;
    m.end = a.tokens[last - 1].span.end;
    out.push_back(std::move(m));
    title_agent.push_back(std::move(ta));
  }
};

// The title starting at token i and its agent: titles in a row make one ("Deputy Minister",
// "Deputy Prime Minister"; the last with an agent says what the holder is), and a portfolio
// after its "of" is part of it ("Minister of Agriculture", data/actors/portfolios.txt; a
// defence portfolio makes its holder the military's). The token after it, i when none.
size_t title_run(const Ctx& c, size_t i, std::string& agent) {
  const Dictionary& dict = c.dict;
  const size_t n = c.toks.size();
  uint32_t tl = 0;
  agent = dict.title_at(c.toks, i, tl);
  if (agent.empty()) return i;
  for (uint32_t more = 0; i + tl < n; tl += more) {
    std::string next = dict.title_at(c.toks, i + tl, more);
    if (next.empty()) break;
    if (next != "-") agent = next;
  }
  if (agent != "-" && i + tl + 2 < n && c.toks[i + tl] == "of") {
    uint32_t pl = 0;
    std::string pagent = dict.portfolio_at(c.toks, i + tl + 1, pl);
    if (!pagent.empty() && i + tl + 1 + pl < n && name_token(c.a.tokens[i + tl + 1 + pl], c.toks[i + tl + 1 + pl])) {
      tl += 1 + pl;
      if (pagent != "-") agent = pagent;
    }
  }
  return i + tl;
}

// A title (title_run) at token i followed by a capitalised name: a titled person starts there.
bool titled_name_at(const Ctx& c, size_t i) {
  std::string agent;
  size_t j = title_run(c, i, agent);
  return j > i && j < c.toks.size() && name_token(c.a.tokens[j], c.toks[j]);
}

// The country mention that ends right at token i ("French" in "French Sen. Paul Riviere"), or a
// place inside one ("Oregon" in "Oregon Gov. Ann Dale": the state's governor is that country's);
// nullptr when the mention before i is neither.
const ActorMention* country_before(const Found& f, size_t i) {
  if (f.out.empty() || f.out.back().last_token != i || f.out.back().country.empty() ||
      (f.out.back().kind != MentionKind::Country && f.out.back().kind != MentionKind::Location))
    return nullptr;
  return &f.out.back();
}

// "President Macron", "Foreign Minister Lavrov": a title (tokens [i, j)) before a surname alone
// names whoever of that surname holds the office on the document's date (people.txt), when
// exactly one person does; nullptr otherwise. Titles that name no office ("Mr.") match no one.
const Entry* office_holder(const Ctx& c, size_t i, size_t j) {
  std::string title;
  for (size_t t = i; t < j; ++t) title += (t > i ? " " : "") + base::lower_ascii(c.toks[t]);
  return c.dict.office_holder(std::string(c.toks[j]), title, c.date);
}

// Title + name at token `i`: "Gen. John F. Campbell", "Mr. Kabulov". Returns
// the token after the mention found, or `i` when there is none.
size_t titled_person(const Ctx& c, Found& f, size_t i) {
  const lang::Annotation& a = c.a;
  const Dictionary& dict = c.dict;
  const size_t n = c.toks.size();
  std::string tagent;
  const size_t tl = title_run(c, i, tagent) - i;
  if (tagent.empty() || i + tl >= n || !name_token(a.tokens[i + tl], c.toks[i + tl])) return i;
  // "French Sen. Paul Riviere", "U.S. Rep. Jane Holt": a country right before the title is
  // the person's own; the country and its title make one mention of the person.
  const ActorMention* own = country_before(f, i);
  auto absorb_country = [&]() {
    size_t first = own->first_token;
    f.out.pop_back();
    f.title_agent.pop_back();
    own = nullptr;
    return first;
  };
  // A person of people.txt named up to token `end`.
  auto known = [&](const Entry& p, size_t end) {
    size_t first = own && own->country == p.country ? absorb_country() : i;
    f.push(first, end, {.code = p.code, .name = p.name, .kind = MentionKind::Person, .country = p.country, .role = p.role}, tagent);
    return end;
  };
  size_t j = i + tl;
  Match m = dict.longest(c.toks, j, c.cand);
  const Entry* e = m.length ? pick(c, m) : nullptr;
  if (e && e->type == EntryType::Person) return known(*e, j + m.length);
  size_t k = j;
  while (k < n && k < j + 5 && name_token(a.tokens[k], c.toks[k]) && c.toks[k] != "'s" &&
         (k == j || !a.tokens[k].para_start))
    ++k;
  if (k > j) k = past_particles(c, k);
  if (k == j || (e && m.length >= k - j)) return i;
  if (const Entry* holder = k == j + 1 ? office_holder(c, i, j) : nullptr) return known(*holder, k);
  ActorMention p{.code = "", .name = span_text(c, j, k), .kind = MentionKind::Person, .country = "", .role = ""};
  size_t first = i;
  if (own) {
    p.country = own->country;
    p.code = tagent.size() == 3 ? p.country + tagent : p.country;
    first = absorb_country();
  }
  f.push(first, k, p, tagent);
  return k;
}

// "Iran's foreign minister met his Iraqi counterpart": a country followed at token `j` by
// "counterpart(s)" names the holder of the same office there, so it takes the agent ("GOV") of
// the actor just before it in the sentence, when that actor is a country's agent; "" otherwise
// (no actor before, or a name between not coded yet, such as a surname linked later).
std::string counterpart_agent(const Ctx& c, const Found& f, size_t i, size_t j) {
  if (j >= c.toks.size() || c.a.tokens[j].lemma != "counterpart" || f.out.empty()) return "";
  const auto& ss = c.a.sentences;
  auto it = std::upper_bound(ss.begin(), ss.end(), i, [](size_t t, const lang::Sentence& s) { return t < s.first; });
  const size_t first = it == ss.begin() ? 0 : std::prev(it)->first;
  const ActorMention& m = f.out.back();
  if (m.first_token < first || m.code.size() < 6) return "";
  for (size_t k = m.last_token; k < i; ++k)
    if (c.a.tokens[k].tag == Tag::NNP || c.a.tokens[k].tag == Tag::NNPS) return "";  // a name between
  const std::string country = m.country.empty() ? m.code.substr(0, 3) : m.country;
  return m.code.compare(0, 3, country) == 0 ? m.code.substr(3, 3) : "";
}

// Codes `am` as the country of entry `e` acting through `agent` ("MIL"): "Belgian military".
void set_agent(const Dictionary& dict, const Entry* e, const std::string& agent, ActorMention& am) {
  am.code = e->code + agent;
  am.name = (dict.demonym(e->code).empty() ? e->name : dict.demonym(e->code)) + " " + agent_name(agent);
  am.set_kind(agent_name(agent));
}

// "the U.S. Treasury Department", "Russia's State Duma": one of the country's own seats of
// power named right after the country's name; the name only modifies the seat, the actor.
bool own_seat_at(const Ctx& c, size_t j, const std::string& country) {
  if (j >= c.toks.size()) return false;
  Match m = c.dict.longest(c.toks, j, c.cand);
  for (uint32_t id : m.entries) {
    const Entry& s = c.dict.entries()[id];
    if (s.type == EntryType::Seat && s.country == country) return true;
  }
  return false;
}

// A country or demonym entry `e` matched at [i, i + m.length): the country,
// its agents ("Afghan officials", "a senior Afghan official"), an ethnic
// group of another country, or nothing (a currency, a person's name).
// Returns the token after what was found.
size_t country_mention(const Ctx& c, Found& f, size_t i, const Match& m, const Entry* e, ActorMention& am) {
  const lang::Annotation& a = c.a;
  const Dictionary& dict = c.dict;
  const size_t n = c.toks.size();
  const size_t last = i + m.length;
  size_t j = last;
  // A region word before a capitalised word is a compass direction or part of a name
  // ("Western Cambodia", "the Western District of New York"): no actor.
  if (dict.region(e->code) && j < n && cap(c.toks[j])) return i;
  // "US $50 million", "U.S. $2 billion": a currency, not an actor.
  if (e->type == EntryType::Country && j < n && (c.toks[j] == "$" || c.a.tokens[j].tag == Tag::Dollar)) {
    return last;
  }
  // A country name that starts a person's name ("Malawi Amanuddin said"). After a
  // preposition the country is the place a phrase points to and the person follows it:
  // "the envoy to Mali Jean Dupont said" (two mentions).
  if (e->type == EntryType::Country && m.length == 1 && j < n && name_token(a.tokens[j], c.toks[j]) &&
      !dict.longest(c.toks, j, c.cand).length) {
    size_t k = j;
    while (k < n && k < j + 4 && name_token(a.tokens[k], c.toks[k]) && !dict.longest(c.toks, k, c.cand).length) ++k;
    bool ctx = (k < n && (c.toks[k] == "," || a.tokens[k].lemma == "say")) ||
               (i > 0 && a.tokens[i - 1].lemma == "say");
    bool place = i > 0 && (a.tokens[i - 1].tag == Tag::IN || a.tokens[i - 1].tag == Tag::TO);
    // "to U.S. Capitol Police, who": a role word ("police") makes the run an institution, no person.
    bool role = false;
    for (size_t t = j; t < k && !role; ++t) {
      uint32_t len = 0;
      role = !dict.agent_at(c.toks, t, len, c.cand).empty();
    }
    if (ctx && place && k - j >= 2 && !role) {
      am.kind = MentionKind::Country;
      f.push(i, last, am);
      f.push(j, k, {.code = "", .name = span_text(c, j, k), .kind = MentionKind::Person, .country = "", .role = ""});
      return k;
    }
    if (ctx && !place) {
      f.push(i, k, {.code = "", .name = span_text(c, i, k), .kind = MentionKind::Person, .country = "", .role = ""});
      return k;
    }
  }
  if (j < n && c.toks[j] == "'s" ) ++j;
  else if (j < n && fold_token(c.toks[j]) == "'s") ++j;
  if (own_seat_at(c, j, e->code)) return j;
  size_t end = 0;
  std::string ag = agent_after(c, j, end);
  // "Peruvian Minister of Defense Hugo Salas", "Chilean Deputy Minister Rosa Varela": a title
  // and a name after the country make a titled person of that country (titled_person).
  if (!ag.empty() && j == last && titled_name_at(c, j)) ag.clear();
  // An ethnic group of another country ("ethnic Albanians in Serbia").
  std::string host;
  if (e->type == EntryType::Demonym) {
    bool ethnic = i > 0 && fold_token(c.toks[i - 1]) == "ethnic";
    bool plural = c.a.tokens[last - 1].tag == Tag::NNPS || c.a.tokens[last - 1].tag == Tag::NNS;
    size_t from = ag.empty() ? last : end;
    if (ethnic || plural) host = host_country(c, from, ethnic);
    // "ethnic Albanians demonstrated on Tuesday in Serbia": where the
    // ethnic group acts, within its clause.
    for (size_t k = from; ethnic && host.empty() && k < n && k < from + 8; ++k) {
      if (c.toks[k] == "," || c.toks[k] == "." || c.toks[k] == ";") break;
      if (fold_token(c.toks[k]) == "in") host = host_country(c, k, true);
    }
    if (host == e->code) host.clear();
  }
  if (!host.empty() && ag.empty()) {
    am.code = host;
    am.country = host;
    am.name = span_text(c, i, last);
    am.set_kind("ethnic group");
    f.push(i, last, am);
    return last;
  }
  if (!ag.empty()) {
    set_agent(dict, e, ag, am);
    if (!host.empty()) {  // "ethnic Albanian guerrillas in Macedonia": the host country's
      am.code = host + ag;
      am.country = host;
    }
    // "a senior Afghan official": an anonymous member.
    size_t b = i;
    while (b > 0 && (lang::is_adj(a.tokens[b - 1].tag) || a.tokens[b - 1].tag == Tag::RBS)) --b;
    if (b > 0) {
      std::string det = fold_token(c.toks[b - 1]);
      bool indef = det == "a" || det == "an" || det == "one";
      std::string head = fold_token(c.toks[end - 1]);
      bool singular = a.tokens[end - 1].tag == Tag::NN;
      if (indef && singular) {
        am.anonymous = true;
        am.name = span_text(c, b - 1, end);
        am.set_kind("anonymous");
        f.push(b - 1, end, am);
        return end;
      }
    }
    f.push(i, end, am);
    return end;
  }
  // Only a demonym or a country's short form modifies a noun ("US", not "Kenya and ...").
  bool modifier = e->type == EntryType::Demonym ||
                  (m.length == 1 && c.toks[i].size() <= 4 &&
                   std::none_of(c.toks[i].begin(), c.toks[i].end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }));
  if (std::string sh = modifier && j == last ? shared_agent(c, j) : ""; !sh.empty()) {
    set_agent(dict, e, sh, am);
    f.push(i, last, am);
    return last;
  }
  if (std::string cp = counterpart_agent(c, f, i, j); !cp.empty()) {
    set_agent(dict, e, cp, am);
    f.push(i, j + 1, am);
    return j + 1;
  }
  am.kind = MentionKind::Country;
  f.push(i, last, am);
  return last;
}

// "as Kigali said", "while Lima insists": a word tagged IN that only joins clauses (not "such
// as"), so the name after it is a clause's subject, not a preposition's object.
bool opens_clause(const Ctx& c, size_t t) {
  static const std::unordered_set<std::string> joiners = {"as",     "because", "although", "though",
                                                          "while",  "whereas", "unless",   "whilst"};
  if (!joiners.count(fold_token(c.toks[t]))) return false;
  return !(t > 0 && fold_token(c.toks[t]) == "as" && fold_token(c.toks[t - 1]) == "such");
}

// "after", "before", "since", "until", "once": conjunctions of time when a clause follows.
bool opens_time_clause(const Ctx& c, size_t t) {
  static const std::unordered_set<std::string> joiners = {"after", "before", "since", "until", "till", "once"};
  return joiners.count(fold_token(c.toks[t])) > 0;
}

// The actor of place entry `e`'s country in role `agent`, named by the tokens [i, end) ("Darfur
// rebels", "a Moscow court"): pushed to `f`. Returns `end`.
size_t role_of_place(const Ctx& c, Found& f, size_t i, size_t end, const std::string& agent, const Entry* e,
                     ActorMention& am) {
  am.code = e->country + agent;
  am.name = span_text(c, i, end);
  am.set_kind(agent_name(agent));
  f.push(i, end, am);
  return end;
}

// A capital entry `e` matched at [i, last): its government when it acts
// ("Moscow said", "officials in Moscow"), otherwise a location.
size_t capital_mention(const Ctx& c, Found& f, size_t i, size_t last, const Entry* e, ActorMention& am) {
  const lang::Annotation& a = c.a;
  const Dictionary& dict = c.dict;
  const size_t n = c.toks.size();
  // "Kabul gladly purchased": adverbs between the city and its verb.
  size_t v = last;
  while (v < n && v < last + 2 && lang::is_adv(a.tokens[v].tag)) ++v;
  bool verb_next = v < n && (lang::is_verb(a.tokens[v].tag) || a.tokens[v].tag == Tag::MD ||
                             a.tokens[v].tag == Tag::POS);
  // "years after Washington invaded": a word of time that opens a clause whose subject the
  // capital is (a finite verb follows), no preposition placing something in the city.
  bool finite_next = v < n && (a.tokens[v].tag == Tag::VBD || a.tokens[v].tag == Tag::VBZ ||
                               a.tokens[v].tag == Tag::VBP || a.tokens[v].tag == Tag::MD);
  bool after_prep = i > 0 && (a.tokens[i - 1].tag == Tag::IN || a.tokens[i - 1].tag == Tag::TO ||
                              a.tokens[i - 1].tag == Tag::DT) &&
                    !opens_clause(c, i - 1) && !(finite_next && opens_time_clause(c, i - 1));
  // "has invited Moscow to participate": the object of a verb.
  bool verb_before = i > 0 && lang::is_verb(a.tokens[i - 1].tag) && a.tokens[i - 1].tag != Tag::VBG &&
                     a.tokens[i - 1].lemma != "be";
  // "Officials in Moscow", "authorities in Beijing": government people
  // placed in a capital speak for its government (place_words.txt).
  size_t role_first = i;
  if (i >= 2 && fold_token(c.toks[i - 1]) == "in" &&
      place_words().in_capital.count(base::lower_ascii(c.toks[i - 2])) &&
      (f.out.empty() || f.out.back().last_token <= i - 2)) {
    role_first = i - 2;
    // "senior officials in Moscow": the modifiers belong to the mention.
    while (role_first > 0 && role_first + 4 > i && lang::is_adj(a.tokens[role_first - 1].tag) &&
           (f.out.empty() || f.out.back().last_token < role_first))
      --role_first;
  }
  if (role_first < i) {
    am.code = e->code + "GOV";
    am.name = (dict.demonym(e->code).empty() ? dict.country_name(e->code) : dict.demonym(e->code)) + " government";
    am.kind = MentionKind::Government;
    f.push(role_first, last, am);
    return last;
  }
  // "a Moscow court", "Kabul residents": a role word right after the capital names the
  // country's actor in that role, as after any other place (place_mention).
  uint32_t role_len = 0;
  if (std::string ag = last < n ? dict.agent_at(c.toks, last, role_len, c.cand) : std::string(); !ag.empty())
    return role_of_place(c, f, i, last + role_len, ag, e, am);
  if (!after_prep && (verb_next || verb_before)) {
    am.code = e->code + "GOV";
    am.name = (dict.demonym(e->code).empty() ? dict.country_name(e->code) : dict.demonym(e->code)) + " government";
    am.kind = MentionKind::Government;
  } else {
    am.code.clear();
    am.kind = MentionKind::Location;
  }
  f.push(i, last, am);
  return last;
}

// A place entry `e` matched at [i, last): the country's actor when a role
// word follows ("Darfur rebels"), otherwise a location.
size_t place_mention(const Ctx& c, Found& f, size_t i, size_t last, const Entry* e, ActorMention& am) {
  // "Darfur rebels": a role word after a place is the country's actor (a
  // sea or strait of no single state has none).
  size_t end = 0;
  std::string ag = e->country.empty() ? std::string() : agent_after(c, last, end);
  if (!ag.empty()) return role_of_place(c, f, i, end, ag, e, am);
  am.code.clear();  // "the city of Kunduz": a place in a country, no actor
  am.kind = MentionKind::Location;
  f.push(i, last, am);
  return last;
}

// "The Washington Post", "Texas Instruments", "Ohio State University": a capital or place that
// opens a longer capitalised name is part of that name (a body's), no place. The token after such
// a name, or `last` when the place stands alone ("Kabul Governor", "New York City", "Ohio Monday")
// or names its own actor ("Kabul Police").
size_t name_opened_by_place(const Ctx& c, size_t last) {
  const size_t n = c.toks.size();
  // A capitalised noun, however tagged ("Oregon Timber Works": the tagger reads "Timber" as common).
  auto name_word = [&](size_t k) {
    return cap(c.toks[k]) && !initial(c.toks[k]) && (lang::is_noun(c.a.tokens[k].tag) || lang::is_proper(c.a.tokens[k].tag));
  };
  if (last >= n || !name_word(last)) return last;
  uint32_t tl = 0;
  if (weekday(c.toks[last]) || place_words().last.count(std::string(c.toks[last])) ||
      !c.dict.title_at(c.toks, last, tl).empty() || c.dict.longest(c.toks, last, c.cand).length)
    return last;
  size_t agent_end = 0;  // "Kabul Police", "Darfur Rebels": the place's own actor
  if (!agent_after(c, last, agent_end).empty()) return last;
  size_t k = last;
  while (k < n && name_word(k) && !c.a.tokens[k].para_start) ++k;
  return k;
}

// "the Hong Kong Human Rights and Democracy Act", "the Taiwan Relations Act": a country or place
// that opens a capitalised name ending in a word of a law or treaty (place_words.txt) names the
// document's subject. The token after the name, or `last` when no such name follows.
size_t document_name_after(const Ctx& c, size_t last) {
  const size_t n = c.toks.size();
  size_t end = last;
  for (size_t k = last; k < n && k < last + 8 && !c.a.tokens[k].para_start; ++k) {
    bool joiner = (c.toks[k] == "and" || c.toks[k] == "of") && k + 1 < n && cap(c.toks[k + 1]);
    if (!cap(c.toks[k]) && !joiner) break;
    if (place_words().document.count(std::string(c.toks[k]))) end = k + 1;
  }
  return end;
}

// The dictionary phrase at token `i`, coded by its entry's type. Returns the
// token after it, or `i` when no phrase starts there.
size_t dictionary_mention(const Ctx& c, Found& f, size_t i) {
  Match m = c.dict.longest(c.toks, i, c.cand);
  if (!m.length) return i;
  const Entry* e = pick(c, m);
  size_t last = i + m.length;
  ActorMention am{.code = e->code, .name = e->name, .country = e->country, .role = e->role};
  am.set_kind(e->kind);
  const bool place = e->type == EntryType::Country || e->type == EntryType::Demonym ||
                     e->type == EntryType::Capital || e->type == EntryType::Place;
  if (size_t k = place ? document_name_after(c, last) : last; k > last) {
    f.push(i, k, {.code = "", .name = span_text(c, i, k), .kind = MentionKind::Other, .country = "", .role = ""});
    return k;
  }
  switch (e->type) {
    case EntryType::Person:
      am.kind = MentionKind::Person;
      break;
    case EntryType::Country:
    case EntryType::Demonym:
      return country_mention(c, f, i, m, e, am);
    case EntryType::Capital:
    case EntryType::Place:
      if (size_t k = name_opened_by_place(c, last); k > last) return k;
      return e->type == EntryType::Capital ? capital_mention(c, f, i, last, e, am) : place_mention(c, f, i, last, e, am);
    default:
      break;
  }
  f.push(i, last, am);
  return last;
}

// Unknown people at token `i`: a run of capitalised name tokens next to a
// speech verb or an apposition ("Petr Topychkanov, an analyst at ...").
// Returns the token after the person, or `i` when there is none.
size_t unknown_person(const Ctx& c, Found& f, size_t i) {
  const lang::Annotation& a = c.a;
  const Dictionary& dict = c.dict;
  const size_t n = c.toks.size();
  if (!name_token(a.tokens[i], c.toks[i]) || initial(c.toks[i])) return i;
  // "Observatory for Human Rights", "Bank of England": after a capitalised word and "of", "for"
  // or "on", a capitalised run ends an institution's name; it is no person.
  if (i >= 2 && cap(c.toks[i - 2]) && (fold_token(c.toks[i - 1]) == "of" || fold_token(c.toks[i - 1]) == "for" ||
                                      fold_token(c.toks[i - 1]) == "on"))
    return i;
  size_t k = i;
  // A name never runs over a paragraph break ("by Karl Jensen\n\nJensen said") or a weekday. It
  // may open with a region word that names no actor there ("European Space Agency").
  while (k < n && k < i + 5 && name_token(a.tokens[k], c.toks[k]) &&
         (k == i || (!dict.longest(c.toks, k, c.cand).length && !a.tokens[k].para_start && !weekday(c.toks[k]))))
    ++k;
  if (k - i >= 1) k = past_particles(c, k);
  auto speech = [&](size_t t) {
    return t < n && lang::is_verb(a.tokens[t].tag) && dict.entries().size() &&
           a.tokens[t].lemma.size() && (a.tokens[t].lemma == "say" || a.tokens[t].lemma == "tell" ||
                                        a.tokens[t].lemma == "add" || a.tokens[t].lemma == "write");
  };
  bool appos = k + 1 < n && c.toks[k] == "," &&
               (a.tokens[k + 1].tag == Tag::DT || a.tokens[k + 1].tag == Tag::PRPS);
  bool place = place_words().first.count(std::string(c.toks[i])) > 0 ||
               place_words().last.count(std::string(c.toks[k - 1])) > 0;
  if (k - i >= 2 && !place && (speech(k) || (i > 0 && speech(i - 1)) || appos)) {
    f.push(i, k, {.code = "", .name = span_text(c, i, k), .kind = MentionKind::Person, .country = "", .role = ""});
    return k;
  }
  return i;
}

// "the Saudi-led coalition", "Nigerian-led forces": a country or its adjective joined by a hyphen
// to "led", before the noun of a coalition or of armed forces, names that country's side (its
// military for forces and troops). Returns the token after the noun, or `i` when none.
size_t led_by_country(const Ctx& c, Found& f, size_t i) {
  static const char* const kSuffix = "-led";
  const std::string_view t = c.toks[i];
  if (t.size() < 7 || !cap(t) || base::lower_ascii(t.substr(t.size() - 4)) != kSuffix || i + 1 >= c.toks.size())
    return i;
  const std::string noun = base::lower_ascii(c.toks[i + 1]);
  const bool armed = noun == "forces" || noun == "troops" || noun == "force" || noun == "military";
  if (!armed && noun != "coalition" && noun != "alliance") return i;
  const std::vector<std::string_view> head{t.substr(0, t.size() - 4)};
  Match m = c.dict.longest(head, 0);
  if (m.length != 1) return i;
  const Entry* e = &c.dict.entries()[m.entries.front()];
  if (e->type != EntryType::Country && e->type != EntryType::Demonym) return i;
  ActorMention am{.code = e->code + (armed ? "MIL" : ""), .name = span_text(c, i, i + 2), .country = e->code, .role = ""};
  am.kind = armed ? MentionKind::Military : MentionKind::Country;
  f.push(i, i + 2, am);
  return i + 2;
}

// A code of a country's state agent: government, military, legislature, judiciary, police or
// intelligence ("RUSGOV").
bool state_agent_code(const std::string& code) {
  static const std::unordered_set<std::string> state = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"};
  return code.size() == 6 && state.count(code.substr(3));
}

// "Former President ...", "a retired general", "the ex-minister": CAMEO counts former office
// holders among a country's elites (ELI; the Phoenix agents FORMER_PRESIDENT, RETIRED), so a
// state agent's code right after such a word becomes ELI. Returns which mentions were so marked.
std::vector<bool> former_officials(const Ctx& c, std::vector<ActorMention>& out) {
  auto former = [&](size_t k) {
    const std::string w = base::lower_ascii(std::string(c.toks[k]));
    return w == "former" || w == "retired" || (w.starts_with("ex-") && w.size() > 3);
  };
  std::vector<bool> marked(out.size(), false);
  for (size_t i = 0; i < out.size(); ++i) {
    ActorMention& m = out[i];
    if (!state_agent_code(m.code) || m.first_token >= m.last_token) continue;
    size_t k = m.first_token;
    if (c.a.tokens[k].tag == Tag::DT && k + 2 < m.last_token) ++k;  // "a former Kenyan minister"
    if ((k == m.first_token && k > 0 && former(k - 1)) || (k + 1 < m.last_token && former(k))) {
      m.code = m.code.substr(0, 3) + "ELI";
      marked[i] = true;
    }
  }
  return marked;
}

// The mentions of the text, left to right: titled people, dictionary
// phrases, unknown people.
Found find_mentions(const Ctx& c) {
  Found f{c.a, {}, {}};
  const size_t n = c.toks.size();
  for (size_t i = 0; i < n;) {
    size_t next = titled_person(c, f, i);
    if (next == i) next = led_by_country(c, f, i);
    if (next == i) next = dictionary_mention(c, f, i);
    if (next == i) next = unknown_person(c, f, i);
    i = next == i ? i + 1 : next;
  }
  return f;
}

struct Person { std::string name, last, code, country, role; };
// The people of a document and, by surname, their indices in order of
// appearance (a lookup per mention and per token, so many distinct names
// stay linear).
struct People {
  std::vector<Person> people;
  std::unordered_map<std::string, std::vector<int>> by_surname;
};

std::string surname(const std::string& name) {
  size_t sp = name.rfind(' ');
  return sp == std::string::npos ? name : name.substr(sp + 1);
}

// Coreference of people: a surname alone refers to the person named before.
// Each person mention is linked to an earlier person of its surname or starts
// a new one (coded from an apposition or the description before it); the
// mention takes that person's name and code.
People link_people(const Ctx& c, Found& f) {
  const lang::Annotation& a = c.a;
  const size_t n = c.toks.size();
  std::vector<ActorMention>& out = f.out;
  const std::vector<std::string>& title_agent = f.title_agent;
  People ps;
  std::vector<Person>& people = ps.people;
  auto& by_surname = ps.by_surname;
  for (size_t mi = 0; mi < out.size(); ++mi) {
    ActorMention& m = out[mi];
    if (m.kind != MentionKind::Person) continue;
    std::string last = surname(m.name);
    auto known = by_surname.find(last);
    int found = known == by_surname.end() ? -1 : known->second.back();
    if (found < 0) {
      Person p{m.name, last, m.code, m.country, m.role};
      if (p.code.empty()) {
        // Appositions: ", an analyst at X," after the name; "X's envoy to Y, <name>" before it.
        size_t b = m.last_token;
        if (b < n && c.toks[b] == ",") {
          size_t e = b + 1;
          while (e < n && c.toks[e] != "," && c.toks[e] != "." && a.tokens[e].tag != Tag::LQuote &&
                 a.tokens[e].tag != Tag::RQuote && !lang::is_verb(a.tokens[e].tag))
            ++e;
          code_from_description(c, out, b + 1, e, m, title_agent[mi]);
        }
        if (m.code.empty() && m.first_token > 0 && c.toks[m.first_token - 1] == ",") {
          size_t e = m.first_token - 1, s = e;
          while (s > 0 && c.toks[s - 1] != "," && c.toks[s - 1] != "." && a.tokens[s - 1].tag != Tag::RQuote &&
                 a.tokens[s - 1].tag != Tag::LQuote)
            --s;
          code_from_description(c, out, s, e, m, title_agent[mi]);
        }
        if (m.code.empty() && !title_agent[mi].empty() && title_agent[mi] != "-") m.role = m.role.empty() ? title_agent[mi] : m.role;
        p.code = m.code;
        p.country = m.country;
        p.role = m.role;
      }
      people.push_back(p);
      found = int(people.size()) - 1;
      by_surname[last].push_back(found);
    } else if (m.name.size() > people[found].name.size() && people[found].code.empty()) {
      people[found].name = m.name;
    }
    m.entity = found;
    m.name = people[found].name;
    m.code = people[found].code;
    m.country = people[found].country;
    m.role = people[found].role;
  }
  return ps;
}

// A person called "former ..." once is one of the elites in every mention of the document
// ("Obama" before "Former President Barack Obama" too).
void former_people(People& ps, std::vector<ActorMention>& out, const std::vector<bool>& marked) {
  std::unordered_set<int> elite;
  for (size_t i = 0; i < out.size() && i < marked.size(); ++i)
    if (marked[i] && out[i].entity >= 0 && state_agent_code(out[i].code)) elite.insert(out[i].entity);
  for (int e : elite) ps.people[size_t(e)].code = ps.people[size_t(e)].code.substr(0, 3) + "ELI";
  for (ActorMention& m : out)
    if (m.entity >= 0 && elite.count(m.entity)) m.code = ps.people[size_t(m.entity)].code;
}

// Bare surnames ("Kabulov said") of people already named, outside every
// mention found.
std::vector<ActorMention> bare_surnames(const Ctx& c, const std::vector<ActorMention>& out, const People& ps) {
  const lang::Annotation& a = c.a;
  const size_t n = c.toks.size();
  const std::vector<Person>& people = ps.people;
  const auto& by_surname = ps.by_surname;
  std::vector<ActorMention> extra;
  if (!people.empty()) {
    std::vector<bool> covered(n, false);
    for (const auto& m : out)
      for (size_t t = m.first_token; t < m.last_token; ++t) covered[t] = true;
    for (size_t t = 0; t < n; ++t) {
      if (covered[t] || !name_token(a.tokens[t], c.toks[t])) continue;
      auto known = by_surname.find(std::string(c.toks[t]));
      if (known == by_surname.end()) continue;
      for (auto it = known->second.rbegin(); it != known->second.rend(); ++it) {
        int p = *it;
        if (people[p].name == c.toks[t]) continue;
        ActorMention am{.code = people[p].code, .name = people[p].name, .kind = MentionKind::Person, .country = people[p].country, .role = people[p].role, .entity = p};
        am.first_token = t;
        am.last_token = t + 1;
        am.start = a.tokens[t].span.start;
        am.end = a.tokens[t].span.end;
        extra.push_back(am);
        break;
      }
    }
  }
  return extra;
}

// Frees a vector's memory now.
template <typename T>
void release(std::vector<T>& v) {
  std::vector<T>().swap(v);
}

// `a` followed by `b`. Grows `a` in place when it has room, else moves both
// into a vector of exactly their size: a long text's mentions are never held
// twice over by a doubling vector.
std::vector<ActorMention> joined(std::vector<ActorMention> a, std::vector<ActorMention> b) {
  if (a.capacity() >= a.size() + b.size()) {
    std::move(b.begin(), b.end(), std::back_inserter(a));
    return a;
  }
  std::vector<ActorMention> out;
  out.reserve(a.size() + b.size());
  std::move(a.begin(), a.end(), std::back_inserter(out));
  release(a);
  std::move(b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// "Robert Jordan", "Michael Chad": a country's name after a given name inside a person's name
// (the name finder's) is part of the name, not the country. Those mentions are dropped.
void drop_countries_in_names(const lang::Annotation& a, std::vector<ActorMention>& ms) {
  std::vector<char> in_person(a.tokens.size(), 0);
  bool any = false;
  for (const auto& n : a.names)
    if (n.type == lang::NameType::Person && n.last >= n.first + 2 && n.last <= a.tokens.size())
      for (uint32_t k = n.first; k < n.last; ++k) in_person[k] = 1, any = true;
  if (!any) return;
  std::erase_if(ms, [&](const ActorMention& m) {
    if (m.kind != MentionKind::Country || m.last_token > a.tokens.size() || m.first_token >= m.last_token) return false;
    for (uint32_t k = m.first_token; k < m.last_token; ++k)
      if (!in_person[k]) return false;
    // A given name before the country's words ("Robert Jordan"); a name that opens with them
    // ("Montenegro Municipality Association") is more often an organisation the finder took for
    // a person.
    return m.first_token > 0 && in_person[m.first_token - 1];
  });
}

}  // namespace

std::vector<ActorMention> recognize(std::string_view text, const lang::Annotation& a, const Dictionary& dict,
                                    const std::string& date) {
  Ctx c{.text = text, .a = a, .dict = dict, .toks = {}, .date = date, .cand = {}};
  c.toks.reserve(a.tokens.size());
  for (const auto& t : a.tokens) c.toks.push_back(text.substr(t.span.start, t.span.size()));
  c.cand = dict.scan(c.toks);
  Found f = find_mentions(c);
  const std::vector<bool> marked = former_officials(c, f.out);
  People people = link_people(c, f);
  former_people(people, f.out, marked);
  std::vector<ActorMention> extra = bare_surnames(c, f.out, people);
  // The per-token views and scan are done with: free them before the
  // mentions are joined, so a long text does not hold both at its peak.
  release(c.toks);
  release(c.cand.phrase_lengths);
  release(c.cand.agent_lengths);
  release(f.title_agent);
  std::vector<ActorMention> out = joined(std::move(f.out), std::move(extra));
  auto by_start = [](const ActorMention& x, const ActorMention& y) { return x.start < y.start; };
  std::sort(out.begin(), out.end(), by_start);
  // Definite descriptions of the groups named: "the fundamentalist Islamic movement".
  auto described = resolve_descriptions(text, a, out);
  if (!described.empty()) {
    out = joined(std::move(out), std::move(described));
    std::sort(out.begin(), out.end(), by_start);
  }
  apply_glosses(a, out);
  drop_countries_in_names(a, out);
  return out;
}

}  // namespace dyad::actors
