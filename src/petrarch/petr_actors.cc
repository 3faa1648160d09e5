// PETRARCH actor/agent dictionaries and their coding of noun-phrase groups.
#include "petrarch/petr_actors.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"
#include <fstream>

namespace dyad::events {

namespace {

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.empty()) return;
    // "GONDOR'S" as the text tokenises it: "GONDOR", "'S".
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'S") == 0) {
      out.push_back(w.substr(0, w.size() - 2));
      out.push_back("'S");
    } else {
      out.push_back(w);
    }
    w.clear();
  };
  for (char c : s) {
    if (c == '_' || c == ' ' || c == '\t') flush();
    else w += char(std::toupper(static_cast<unsigned char>(c)));
  }
  flush();
  return out;
}

// Strips '#' and <!-- --> comments; `in_comment` carries across lines.
std::string strip(const std::string& raw, bool& in_comment) {
  std::string line;
  size_t i = 0;
  while (i < raw.size()) {
    if (in_comment) {
      size_t e = raw.find("-->", i);
      if (e == std::string::npos) return line;
      in_comment = false;
      i = e + 3;
      continue;
    }
    size_t c = raw.find("<!", i);
    size_t h = raw.find('#', i);
    if (h != std::string::npos && (c == std::string::npos || h < c)) return line + raw.substr(i, h - i);
    if (c == std::string::npos) return line + raw.substr(i);
    line += raw.substr(i, c - i);
    in_comment = true;
    i = c + 2;
  }
  return line;
}

std::string plural(const std::string& w) {
  if (w.empty()) return w;
  auto ends = [&](std::string_view s) { return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0; };
  if (ends("S") || ends("X") || ends("CH") || ends("SH")) return w + "ES";
  if (ends("Y") && w.size() > 1 && std::string_view("AEIOU").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "IES";
  if (ends("MAN")) return w.substr(0, w.size() - 3) + "MEN";
  return w + "S";
}

}  // namespace

long petr_date(std::string_view s) {
  std::string d;
  for (char c : s)
    if (std::isdigit(static_cast<unsigned char>(c))) d += c;
  if (d.size() == 6) {
    int yy = std::stoi(d.substr(0, 2));
    d = (yy < 30 ? "20" : "19") + d;
  }
  if (d.size() != 8) return 0;
  return std::stol(d);
}

void PetrActors::add_phrase(std::vector<std::string> words, int32_t actor, int32_t agent) {
  if (words.empty()) return;
  if (words.size() > 1 && words[0] == "THE") words.erase(words.begin());
  for (const auto& w : words) words_[w] = 1;
  auto& v = by_first_[words[0]];
  for (const auto& p : v)
    if (p.words == words && p.actor == actor && p.agent == agent) return;
  v.push_back({std::move(words), actor, agent});
  std::stable_sort(v.begin(), v.end(), [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
}

bool PetrActors::load_actors(const std::string& path, std::vector<std::string>& errors) {
  std::ifstream in(path);
  if (!in) { errors.push_back(path + ": cannot read actor dictionary"); return false; }
  read_actors(in, path, errors);
  return true;
}

bool PetrActors::load_agents(const std::string& path, std::vector<std::string>& errors) {
  std::ifstream in(path);
  if (!in) { errors.push_back(path + ": cannot read agent dictionary"); return false; }
  read_agents(in, path, errors);
  return true;
}

void PetrActors::read_actors(std::istream& in, const std::string& name, std::vector<std::string>& errors) {
  std::string raw;
  bool in_comment = false;
  size_t lineno = 0;
  int32_t cur = -1;
  std::vector<std::vector<std::string>> pending;  // names of the current block
  auto parse_codes = [&](const std::string& line, Actor& a) {
    size_t i = 0;
    while ((i = line.find('[', i)) != std::string::npos) {
      size_t e = line.find(']', i);
      if (e == std::string::npos) break;
      std::string body = base::trim_ascii(std::string_view(line).substr(i + 1, e - i - 1));
      i = e + 1;
      DatedCode dc;
      size_t sp = body.find_first_of(" \t<>0123456789");
      // The code is the leading run of non-space, non-date characters.
      size_t cend = 0;
      while (cend < body.size() && !std::isspace(static_cast<unsigned char>(body[cend])) && body[cend] != '<' &&
             body[cend] != '>')
        ++cend;
      (void)sp;
      std::string code = base::upper_ascii(body.substr(0, cend));
      std::string rest = base::trim_ascii(std::string_view(body).substr(cend));
      // A bare date range "[950601-990815]" is not a code.
      if (code.empty() || std::isdigit(static_cast<unsigned char>(code[0]))) continue;
      dc.code = code;
      if (!rest.empty()) {
        dc.dated = true;
        if (rest[0] == '<') dc.to = petr_date(rest.substr(1)) - 1;
        else if (rest[0] == '>') dc.from = petr_date(rest.substr(1)) + 1;
        else {
          size_t dash = rest.find('-');
          if (dash == std::string::npos) { dc.dated = false; }
          else {
            dc.from = petr_date(rest.substr(0, dash));
            dc.to = petr_date(rest.substr(dash + 1));
          }
        }
      }
      a.codes.push_back(std::move(dc));
    }
  };
  while (std::getline(in, raw)) {
    ++lineno;
    bool indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    std::string line = base::trim_ascii(strip(raw, in_comment));
    if (line.empty()) continue;
    if (line[0] == '[' || (indented && line.find('[') == 0)) {
      if (cur < 0) { errors.push_back(name + ":" + std::to_string(lineno) + ": code line outside an actor"); continue; }
      parse_codes(line, actors_[size_t(cur)]);
      continue;
    }
    if (line[0] == '+') {
      if (cur < 0) continue;
      std::string nm = line.substr(1);
      size_t b = nm.find('[');
      if (b != std::string::npos) nm = nm.substr(0, b);
      add_phrase(words_of(nm), cur, -1);
      continue;
    }
    // A new actor: NAME [codes]
    size_t b = line.find('[');
    std::string nm = b == std::string::npos ? line : line.substr(0, b);
    actors_.push_back({});
    cur = int32_t(actors_.size() - 1);
    if (b != std::string::npos) parse_codes(line.substr(b), actors_.back());
    add_phrase(words_of(nm), cur, -1);
  }
}

void PetrActors::read_agents(std::istream& in, const std::string& name, std::vector<std::string>& errors) {
  std::string raw;
  bool in_comment = false;
  size_t lineno = 0;
  while (std::getline(in, raw)) {
    ++lineno;
    std::string line = base::trim_ascii(strip(raw, in_comment));
    if (line.empty()) continue;
    if (line[0] == '!' && line.find('=') != std::string::npos) {  // !MACRO! = A, B
      size_t e = line.find('!', 1);
      size_t eq = line.find('=');
      if (e == std::string::npos || eq == std::string::npos) continue;
      std::string key = base::upper_ascii(line.substr(0, e + 1));
      std::string rest = line.substr(eq + 1);
      size_t i = 0;
      while (i <= rest.size()) {
        size_t c = rest.find(',', i);
        if (c == std::string::npos) c = rest.size();
        std::string v = base::upper_ascii(base::trim_ascii(std::string_view(rest).substr(i, c - i)));
        if (!v.empty()) macros_[key].push_back(v);
        i = c + 1;
      }
      continue;
    }
    size_t ob = line.find('[');
    size_t cb = ob == std::string::npos ? std::string::npos : line.find(']', ob);
    if (cb == std::string::npos) {
      errors.push_back(name + ":" + std::to_string(lineno) + ": agent without a code");
      continue;
    }
    std::string code = base::trim_ascii(std::string_view(line).substr(ob + 1, cb - ob - 1));
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    Agent ag;
    if (!code.empty() && code.back() == '~') { ag.prefix = true; code.pop_back(); }
    else if (!code.empty() && code[0] == '~') code.erase(0, 1);
    ag.code = base::upper_ascii(code);
    std::string head = line.substr(0, ob);
    bool braces = false;
    std::vector<std::string> forms;
    size_t lb = head.find('{');
    if (lb != std::string::npos) {
      braces = true;
      size_t rb = head.find('}', lb);
      std::string inside = head.substr(lb + 1, (rb == std::string::npos ? head.size() : rb) - lb - 1);
      head = head.substr(0, lb);
      std::string w;
      for (char c : inside + " ") {
        if (std::isspace(static_cast<unsigned char>(c))) { if (!w.empty()) forms.push_back(w); w.clear(); }
        else w += c;
      }
    }
    head = base::upper_ascii(base::trim_ascii(head));
    if (head.empty()) continue;
    std::vector<std::string> names{head};
    for (auto& f : forms) names.push_back(base::upper_ascii(f));
    if (!braces) {  // regular plural of the last word
      std::vector<std::string> w = words_of(head);
      if (!w.empty()) {
        w.back() = plural(w.back());
        std::string p;
        for (size_t i = 0; i < w.size(); ++i) p += (i ? "_" : "") + w[i];
        names.push_back(p);
      }
    }
    agents_.push_back(ag);
    int32_t id = int32_t(agents_.size() - 1);
    for (const auto& n : names) {
      // Expand one !MACRO! occurrence.
      size_t m = n.find('!');
      size_t me = m == std::string::npos ? std::string::npos : n.find('!', m + 1);
      if (me != std::string::npos) {
        auto it = macros_.find(n.substr(m, me - m + 1));
        if (it != macros_.end())
          for (const auto& v : it->second) add_phrase(words_of(n.substr(0, m) + "_" + v + "_" + n.substr(me + 1)), -1, id);
        continue;
      }
      add_phrase(words_of(n), -1, id);
    }
  }
}

const PetrActors::Phrase* PetrActors::longest(const std::vector<std::string>& toks, size_t i, size_t end) const {
  auto it = by_first_.find(toks[i]);
  if (it == by_first_.end()) return nullptr;
  for (const auto& p : it->second) {
    if (i + p.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 1; k < p.words.size() && ok; ++k) ok = toks[i + k] == p.words[k];
    if (ok) return &p;
  }
  return nullptr;
}

std::vector<std::string> PetrActors::codes_of(const Actor& a, long date) const {
  std::string chosen;
  bool found = false;
  if (date > 0) {
    for (const auto& c : a.codes)
      if (c.dated && date >= c.from && date <= c.to) { chosen = c.code; found = true; break; }
  }
  if (!found)
    for (const auto& c : a.codes)
      if (!c.dated) { chosen = c.code; found = true; break; }
  if (!found && date == 0)
    for (const auto& c : a.codes) { chosen = c.code; found = true; break; }
  std::vector<std::string> out;
  if (!found) return out;
  size_t i = 0;
  while (i <= chosen.size()) {
    size_t s = chosen.find('/', i);
    if (s == std::string::npos) s = chosen.size();
    if (s > i) out.push_back(chosen.substr(i, s - i));
    i = s + 1;
  }
  return out;
}

namespace {

// What a token (or a dictionary phrase) is to the grouping of actors and agents.
enum class ItemKind : uint8_t { Actor, Agent, Conj, Comma, Link, Filler, Break };
struct Item { ItemKind kind; uint32_t first, last; int32_t id; };

// One mention per distinct code of `codes`, over the run of items [i, j)
// trimmed to its first and last actor or agent.
void add_run_mentions(const lang::Annotation& a, const std::vector<Item>& items, size_t i, size_t j,
                      const std::vector<std::string>& codes, std::vector<ActorMention>& out) {
  using enum ItemKind;
  std::vector<std::string> seen;
  for (const auto& c : codes) {
    if (c.empty() || std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
    seen.push_back(c);
    ActorMention m;
    size_t fi = i, la = j - 1;
    while (fi < la && items[fi].kind != Actor && items[fi].kind != Agent) ++fi;
    while (la > fi && items[la].kind != Actor && items[la].kind != Agent) --la;
    m.first_token = items[fi].first;
    m.last_token = items[la].last;
    m.start = a.tokens[m.first_token].span.start;
    m.end = a.tokens[m.last_token - 1].span.end;
    m.code = c;
    m.name = c;
    m.set_kind("petrarch");
    m.country = c.size() >= 3 ? c.substr(0, 3) : "";
    out.push_back(std::move(m));
  }
}

}  // namespace

std::vector<ActorMention> PetrActors::recognize(const lang::Annotation& a, const std::string& date_s) const {
  using lang::Tag;
  std::vector<ActorMention> out;
  long date = date_s.empty() ? 0 : petr_date(date_s);
  std::vector<std::string> toks;
  toks.reserve(a.tokens.size());
  for (const auto& t : a.tokens) toks.push_back(base::upper_ascii(t.form));

  using enum ItemKind;

  for (const auto& s : a.sentences) {
    std::vector<Item> items;
    for (size_t i = s.first; i < s.last;) {
      const Phrase* p = longest(toks, i, s.last);
      if (p) {
        items.push_back({p->actor >= 0 ? Actor : Agent, uint32_t(i), uint32_t(i + p->words.size()),
                         p->actor >= 0 ? p->actor : p->agent});
        i += p->words.size();
        continue;
      }
      const std::string& w = toks[i];
      Tag t = a.tokens[i].tag;
      ItemKind k = Break;
      if (w == "AND" || w == "OR" || w == "NOR") k = Conj;
      else if (w == ",") k = Comma;
      else if (w == "OF" || w == "IN" || w == "FROM") k = Link;
      else if (t == Tag::DT || lang::is_adj(t) || lang::is_noun(t) || t == Tag::POS || t == Tag::PRPS || t == Tag::CD ||
               w == "NEITHER" || w == "BOTH" || w == "'S")
        k = Filler;
      items.push_back({k, uint32_t(i), uint32_t(i + 1), -1});
      ++i;
    }
    // Runs of non-break items; commas count only in lists closed by and/or.
    size_t i = 0;
    while (i < items.size()) {
      if (items[i].kind == Break || items[i].kind == Comma || items[i].kind == Conj || items[i].kind == Link) { ++i; continue; }
      size_t j = i;
      bool member_actor = false;
      while (j < items.size() && items[j].kind != Break) {
        if (items[j].kind == Conj || items[j].kind == Comma) member_actor = false;
        if (items[j].kind == Actor) member_actor = true;
        // "the Gondor of the Prince": an actor's member does not take an of-phrase.
        if (items[j].kind == Link && member_actor) break;
        ++j;
      }
      // Last conjunction in [i, j): commas after it end the run.
      size_t last_conj = i;
      bool any_conj = false;
      for (size_t k = i; k < j; ++k)
        if (items[k].kind == Conj) { last_conj = k; any_conj = true; }
      for (size_t k = i; k < j; ++k)
        if (items[k].kind == Comma && (!any_conj || k > last_conj)) { j = k; break; }
      // Trailing conjunctions/links/commas do not belong to the run.
      while (j > i && (items[j - 1].kind == Conj || items[j - 1].kind == Link || items[j - 1].kind == Comma)) --j;
      if (j <= i) { i = std::max(j, i + 1); continue; }

      // Members split by conjunctions and commas.
      struct Member { std::vector<int32_t> actors, agents; std::vector<bool> agent_after_link; bool has_link = false; };
      auto split = [&](size_t from, size_t to) {
        std::vector<Member> ms(1);
        for (size_t k = from; k < to; ++k) {
          const Item& it = items[k];
          bool between_adj = it.kind == Conj && it.first > 0 && it.last < a.tokens.size() &&
                             lang::is_adj(a.tokens[it.first - 1].tag) && lang::is_adj(a.tokens[it.last].tag);
          if ((it.kind == Conj || it.kind == Comma) && !between_adj) {
            if (!ms.back().actors.empty() || !ms.back().agents.empty()) ms.emplace_back();
          } else if (it.kind == Actor) {
            ms.back().actors.push_back(it.id);
          } else if (it.kind == Agent) {
            ms.back().agents.push_back(it.id);
          } else if (it.kind == Link) {
            ms.back().has_link = true;
          }
        }
        if (ms.back().actors.empty() && ms.back().agents.empty()) ms.pop_back();
        return ms;
      };
      auto combine = [&](const std::vector<std::string>& base, const std::vector<int32_t>& ags) {
        std::vector<std::string> res;
        for (std::string c : base) {
          std::string pre;
          for (int32_t g : ags) {
            const PetrActors::Agent& ag = agents_[size_t(g)];
            if (ag.prefix) { pre += ag.code; continue; }
            std::string tail = c.size() > 3 ? c.substr(3) : "";
            if (tail.find(ag.code) == std::string::npos) c += ag.code;
          }
          res.push_back(pre + c);
        }
        return res;
      };
      std::vector<std::string> codes;
      // "the ambassadors of Arnor and Gondor": agents before a link, actors after.
      size_t link = j;
      for (size_t k = i; k < j; ++k)
        if (items[k].kind == Link) { link = k; break; }
      bool head_agents = false, head_actors = false, tail_actors = false;
      for (size_t k = i; k < link; ++k) {
        head_agents |= items[k].kind == Agent;
        head_actors |= items[k].kind == Actor;
      }
      for (size_t k = link; k < j; ++k) tail_actors |= items[k].kind == Actor;
      if (link < j && head_agents && !head_actors && tail_actors) {
        auto heads = split(i, link);
        auto tails = split(link + 1, j);
        for (const auto& t : tails) {
          if (t.actors.empty()) continue;
          auto base = codes_of(actors_[size_t(t.actors[0])], date);
          for (const auto& h : heads) {
            std::vector<int32_t> ags = t.agents;
            ags.insert(ags.end(), h.agents.begin(), h.agents.end());
            for (auto& c : combine(base, ags)) codes.push_back(c);
          }
        }
      } else {
        auto ms = split(i, j);
        std::vector<std::string> prev;
        for (const auto& m : ms) {
          if (!m.actors.empty()) {
            auto base = codes_of(actors_[size_t(m.actors[0])], date);
            prev = base;
            for (auto& c : combine(base, m.agents)) codes.push_back(c);
          } else if (!m.agents.empty()) {
            std::vector<std::string> base = prev.empty() ? std::vector<std::string>{"---"} : prev;
            for (auto& c : combine(base, m.agents)) codes.push_back(c);
          }
        }
      }
      add_run_mentions(a, items, i, j, codes, out);
      i = j;
    }
  }
  return out;
}

}  // namespace dyad::events
