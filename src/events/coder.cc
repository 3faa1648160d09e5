// The event coder (see coder.h): verbs, pattern matching, source/target
// selection and event emission over a lang::Annotation and actor mentions.
#include "events/coder.h"

#include <algorithm>
#include <cctype>
#include <fstream>

#include "lang/resources.h"

namespace dyad::events {

namespace {

using lang::Tag;

std::string upper(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = char(std::toupper(static_cast<unsigned char>(c)));
  return o;
}

bool is_aux(const std::string& u) {
  static const char* const aux[] = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "'S", "'RE", "HAS",
                                    "HAVE", "HAD", "'VE", "DO", "DOES", "DID", "WILL", "WOULD", "SHALL",
                                    "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST", "GET", "GOT", "GETS"};
  for (const char* a : aux)
    if (u == a) return true;
  return false;
}

bool is_be(const std::string& u) {
  return u == "IS" || u == "ARE" || u == "WAS" || u == "WERE" || u == "BE" || u == "BEEN" || u == "BEING" ||
         u == "GET" || u == "GOT" || u == "GETS" || u == "'S" || u == "'RE" || u == "AM";
}

// A group of actor mentions acting as one argument ("Fornost and Gondor").
struct Unit {
  uint32_t first = 0, last = 0;
  std::vector<int32_t> mentions;
};

struct State {
  int src = -1, tgt = -1, comp = -1;  // unit indices
};

struct Ctx {
  const lang::Annotation& a;
  const VerbDictionary& d;
  const std::vector<actors::ActorMention>& mentions;
  std::vector<std::string> U;  // upper-case forms of the sentence's tokens, indexed by token - sb
  uint32_t sb = 0, se = 0;
  std::vector<Unit> units;
  std::vector<int> unit_start, unit_end;  // token -> unit starting / ending (exclusive end) there
  std::vector<int> np_start, np_end;

  const std::string& up(uint32_t i) const { return U[i - sb]; }

  // A compound slot (%) takes a unit of two or more different actors only.
  bool compound_unit(int u) const {
    const auto& ms = units[size_t(u)].mentions;
    for (size_t k = 1; k < ms.size(); ++k)
      if (mentions[size_t(ms[k])].code != mentions[size_t(ms[0])].code) return true;
    return false;
  }

  // Ends of the matches of a synset phrase (or plain words) starting at q.
  void seq_ends(const std::vector<std::string>& ph, size_t k, uint32_t q, int depth, std::vector<uint32_t>& ends) const {
    if (k == ph.size()) { ends.push_back(q); return; }
    const std::string& w = ph[k];
    if (w.size() > 1 && w[0] == '&') {
      if (depth > 4) return;
      std::vector<uint32_t> mid;
      synset_ends(w.substr(1), q, depth + 1, mid);
      for (uint32_t m : mid) seq_ends(ph, k + 1, m, depth, ends);
      return;
    }
    if (q < se && up(q) == w) seq_ends(ph, k + 1, q + 1, depth, ends);
  }
  void synset_ends(const std::string& name, uint32_t q, int depth, std::vector<uint32_t>& ends) const {
    const auto* ss = d.synset(name);
    if (!ss) return;
    for (const auto& ph : *ss) seq_ends(ph, 0, q, depth, ends);
  }

  // Upper part: elements k.. from token pos onwards.
  bool upper_match(const Pattern& p, size_t k, uint32_t pos, State& st) const {
    if (k == p.upper.size()) return true;
    const PatternElem& e = p.upper[k];
    bool must = e.adj;
    switch (e.kind) {
      case PatternElem::Word:
        for (uint32_t q = pos; q < se; ++q) {
          if (up(q) == e.text && upper_match(p, k + 1, q + 1, st)) return true;
          if (must) break;
        }
        return false;
      case PatternElem::Synset:
        for (uint32_t q = pos; q < se; ++q) {
          std::vector<uint32_t> ends;
          synset_ends(e.text, q, 0, ends);
          for (uint32_t m : ends)
            if (m > q && upper_match(p, k + 1, m, st)) return true;
          if (must) break;
        }
        return false;
      case PatternElem::Source:
      case PatternElem::Target:
      case PatternElem::Compound:
        for (uint32_t q = pos; q < se; ++q) {
          int u = unit_start[q - sb];
          if (u >= 0) {
            if (e.kind == PatternElem::Compound && !compound_unit(u)) return false;
            State s2 = st;
            (e.kind == PatternElem::Source ? s2.src : s2.tgt) = u;
            if (upper_match(p, k + 1, units[size_t(u)].last, s2)) { st = s2; return true; }
            return false;  // the marker takes the next actor only
          }
          if (must && a.tokens[q].tag != Tag::DT) break;
        }
        return false;
      case PatternElem::SkipNP: {
        if (pos >= se) return false;
        int u = unit_start[pos - sb];
        if (u >= 0) return upper_match(p, k + 1, units[size_t(u)].last, st);
        int np = np_start[pos - sb];
        if (np >= 0) return upper_match(p, k + 1, a.noun_phrases[size_t(np)].last, st);
        return upper_match(p, k + 1, pos + 1, st);
      }
    }
    return false;
  }

  // Lower part: elements k.. using tokens before `pos` (exclusive), leftwards.
  bool lower_match(const Pattern& p, size_t k, uint32_t pos, State& st) const {
    if (k == p.lower.size()) return true;
    const PatternElem& e = p.lower[k];
    bool must = e.adj;
    switch (e.kind) {
      case PatternElem::Word:
        for (uint32_t q = pos; q-- > sb;) {
          if (up(q) == e.text && lower_match(p, k + 1, q, st)) return true;
          if (must) break;
        }
        return false;
      case PatternElem::Synset:
        for (uint32_t q = pos; q-- > sb;) {
          std::vector<uint32_t> ends;
          synset_ends(e.text, q, 0, ends);
          for (uint32_t m : ends)
            if (m > q && m <= pos && (!must || m == pos) && lower_match(p, k + 1, q, st)) return true;
          if (must && pos - q > 4) break;
        }
        return false;
      case PatternElem::Source:
      case PatternElem::Target:
      case PatternElem::Compound:
        for (uint32_t q = pos; q > sb; --q) {
          int u = unit_end[q - sb];  // unit ending at q (exclusive)
          if (u >= 0) {
            if (e.kind == PatternElem::Compound && !compound_unit(u)) return false;
            State s2 = st;
            (e.kind == PatternElem::Source ? s2.src : e.kind == PatternElem::Target ? s2.tgt : s2.comp) = u;
            if (lower_match(p, k + 1, units[size_t(u)].first, s2)) { st = s2; return true; }
            return false;
          }
          if (must) break;
        }
        return false;
      case PatternElem::SkipNP: {
        if (pos <= sb) return false;
        int u = unit_end[pos - sb];
        if (u >= 0) return lower_match(p, k + 1, units[size_t(u)].first, st);
        int np = np_end[pos - sb];
        if (np >= 0) return lower_match(p, k + 1, a.noun_phrases[size_t(np)].first, st);
        return lower_match(p, k + 1, pos - 1, st);
      }
    }
    return false;
  }
};

bool cameo_code(const std::string& c) {
  size_t d = 0;
  while (d < c.size() && c[d] >= '0' && c[d] <= '9') ++d;
  return d >= 2 && (d == c.size() || (d + 1 == c.size() && c[d] >= 'A' && c[d] <= 'Z'));
}

bool connector(const lang::Token& t) {
  std::string u = upper(t.form);
  return u == "," || u == "AND" || u == "OR" || u == "NOR" || t.tag == Tag::DT || lang::is_adj(t.tag);
}

// The subject's leaf range of the verb at leaf `v` in a Penn tree: the NP
// child of the nearest S ancestor that precedes the branch holding the verb.
bool tree_subject(const PennTree& t, uint32_t v, uint32_t& first, uint32_t& last, uint32_t& vp_last) {
  int32_t node = -1;
  for (size_t n = 0; n < t.nodes.size(); ++n)
    if (t.nodes[n].first == v && t.nodes[n].last == v + 1) node = int32_t(n);  // deepest (preterminal) last
  if (node < 0) return false;
  vp_last = t.nodes[size_t(node)].last;
  bool vp_set = false;
  int32_t child = node;
  for (int32_t p = t.nodes[size_t(node)].parent; p >= 0; child = p, p = t.nodes[size_t(p)].parent) {
    const std::string& lab = t.nodes[size_t(p)].label;
    if (!vp_set && lab == "VP") vp_last = t.nodes[size_t(p)].last;
    if (lab.rfind("VP", 0) != 0 && vp_last > 0) vp_set = true;
    if (lab == "S" || lab == "SINV" || lab == "SQ") {
      // NP children of p before `child`, nearest last.
      int32_t best = -1;
      for (size_t n = size_t(p) + 1; n < t.nodes.size() && t.nodes[n].first < t.nodes[size_t(p)].last; ++n) {
        if (t.nodes[n].parent != p) continue;
        if (t.nodes[n].first >= t.nodes[size_t(child)].first) break;
        if (t.nodes[n].label == "NP") best = int32_t(n);
      }
      if (best >= 0) {
        first = t.nodes[size_t(best)].first;
        last = t.nodes[size_t(best)].last;
        return true;
      }
    }
  }
  return false;
}

}  // namespace

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

void code_sentence(std::string_view text, const lang::Annotation& a, uint32_t si,
                   const std::vector<actors::ActorMention>& mentions, const VerbDictionary& verbs,
                   const CoderOptions& opt, std::vector<Event>& out) {
  (void)text;
  if (si >= a.sentences.size()) return;
  const lang::Sentence& s = a.sentences[si];
  if (s.first >= s.last) return;
  if (opt.discards && opt.discards->matches(a, s.first, s.last)) return;
  Ctx c{a, verbs, mentions, {}, s.first, s.last, {}, {}, {}, {}, {}};
  const uint32_t n = s.last - s.first;
  c.U.reserve(n);
  for (uint32_t i = s.first; i < s.last; ++i) c.U.push_back(upper(a.tokens[i].form));

  // Units: mentions of the sentence, overlapping or joined by connectors.
  std::vector<int32_t> ms;
  for (size_t m = 0; m < mentions.size(); ++m)
    if (mentions[m].first_token >= s.first && mentions[m].last_token <= s.last && !mentions[m].code.empty() &&
        mentions[m].last_token > mentions[m].first_token)
      ms.push_back(int32_t(m));
  std::stable_sort(ms.begin(), ms.end(), [&](int32_t x, int32_t y) { return mentions[size_t(x)].first_token < mentions[size_t(y)].first_token; });
  for (int32_t m : ms) {
    const auto& am = mentions[size_t(m)];
    if (!c.units.empty()) {
      Unit& u = c.units.back();
      bool join = am.first_token < u.last;
      if (!join) {
        join = true;
        bool conj = false;
        for (uint32_t k = u.last; k < am.first_token && join; ++k) {
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
  c.unit_start.assign(n + 1, -1);
  c.unit_end.assign(n + 1, -1);
  for (size_t u = 0; u < c.units.size(); ++u) {
    if (c.unit_start[c.units[u].first - s.first] < 0) c.unit_start[c.units[u].first - s.first] = int(u);
    c.unit_end[c.units[u].last - s.first] = int(u);
  }
  c.np_start.assign(n + 1, -1);
  c.np_end.assign(n + 1, -1);
  for (size_t k = 0; k < a.noun_phrases.size(); ++k) {
    const auto& np = a.noun_phrases[k];
    if (np.first < s.first || np.last > s.last) continue;
    c.np_start[np.first - s.first] = int(k);
    c.np_end[np.last - s.first] = int(k);
  }
  auto unit_overlapping = [&](uint32_t f, uint32_t l) {
    for (size_t u = 0; u < c.units.size(); ++u)
      if (c.units[u].first < l && f < c.units[u].last) return int(u);
    return -1;
  };
  // "The Turkish and Greek sides of the island of Cyprus have agreed": an
  // actor found inside an OF chain belongs to the chain's head; returns the
  // first token of the head.
  auto of_head = [&](uint32_t f) {
    for (int hop = 0; hop < 3 && f > s.first + 1 && c.up(f - 1) == "OF"; ++hop) {
      int pnp = c.np_end[f - 1 - s.first];
      int pu = c.unit_end[f - 1 - s.first];
      uint32_t nf = pu >= 0 ? c.units[size_t(pu)].first : pnp >= 0 ? a.noun_phrases[size_t(pnp)].first : f;
      if (nf >= f - 1) break;
      f = nf;
      // "The Turkish and Greek sides": a coordination before the head noun.
      while (f > s.first + 1 && c.unit_end[f - s.first] < 0 && (c.up(f - 1) == "AND" || c.up(f - 1) == ",")) {
        int q = c.unit_end[f - 1 - s.first];
        int qn = c.np_end[f - 1 - s.first];
        uint32_t g = q >= 0 ? c.units[size_t(q)].first : qn >= 0 ? a.noun_phrases[size_t(qn)].first : f;
        if (g >= f - 1) break;
        f = g;
      }
    }
    return f;
  };
  auto codes_of = [&](int u) {
    std::vector<std::string> v;
    if (u < 0) return v;
    for (int32_t m : c.units[size_t(u)].mentions) {
      const std::string& code = mentions[size_t(m)].code;
      if (std::find(v.begin(), v.end(), code) == v.end()) v.push_back(code);
    }
    return v;
  };

  size_t first_event = out.size();
  uint32_t covered_until = s.first;  // reach of the last verb that coded events
  for (uint32_t i = s.first; i < s.last; ++i) {
    const lang::Token& tok = a.tokens[i];
    const auto* forms = verbs.forms(c.up(i));
    if (!forms) continue;
    // The verb form that fits (multi-word verbs need their other words), longest first.
    const VerbForm* vf = nullptr;
    for (const auto& f : *forms) {
      if (f.before.size() > i - s.first || i + 1 + f.after.size() > s.last) continue;
      bool ok = true;
      for (size_t k = 0; k < f.before.size() && ok; ++k) ok = c.up(i - uint32_t(f.before.size()) + uint32_t(k)) == f.before[k];
      for (size_t k = 0; k < f.after.size() && ok; ++k) ok = c.up(i + 1 + uint32_t(k)) == f.after[k];
      if (ok && (!vf || f.before.size() + f.after.size() > vf->before.size() + vf->after.size())) vf = &f;
    }
    if (!vf) continue;
    bool multi = !vf->before.empty() || !vf->after.empty();
    if (!lang::is_verb(tok.tag) && !multi) continue;
    if (tok.tag == Tag::VBG && i > s.first &&
        (a.tokens[i - 1].tag == Tag::DT || a.tokens[i - 1].tag == Tag::PRPS || lang::is_adj(a.tokens[i - 1].tag)))
      continue;  // "the reopening of
    if (is_aux(c.up(i))) {
      uint32_t k = i + 1;
      while (k < s.last && (lang::is_adv(a.tokens[k].tag) || c.up(k) == "N'T" || c.up(k) == "NOT")) ++k;
      if (k < s.last && lang::is_verb(a.tokens[k].tag)) continue;
    }
    uint32_t vfirst = i - uint32_t(vf->before.size()), vlast = i + 1 + uint32_t(vf->after.size());
    // A non-finite verb inside the reach of a coded verb ("abandoned efforts
    // to stop ...", "called on X to be allowed to leave") is part of that event.
    if (i < covered_until && (tok.tag == Tag::VB || tok.tag == Tag::VBG || tok.tag == Tag::VBN)) {
      uint32_t k = vfirst;
      while (k > s.first && (lang::is_adv(a.tokens[k - 1].tag) || is_aux(c.up(k - 1)))) --k;
      if (!(k > s.first && (a.tokens[k - 1].tag == Tag::CC || c.up(k - 1) == ","))) continue;
    }
    // Every entry of this verb form (a verb may head several blocks).
    std::vector<const VerbForm*> cands;
    for (const auto& f : *forms)
      if (f.before == vf->before && f.after == vf->after) cands.push_back(&f);
    const VerbBlock* block = &verbs.blocks()[verbs.verbs()[vf->verb].block];

    // Best matching pattern over those blocks: most specific, then earliest.
    const Pattern* best = nullptr;
    State best_st;
    CodePair dflt;
    for (const VerbForm* cf : cands) {
      const Verb& verb = verbs.verbs()[cf->verb];
      const VerbBlock& blk = verbs.blocks()[verb.block];
      CodePair d = !verb.code.empty() ? verb.code : blk.code;
      if (dflt.empty() || (dflt.first == "---" && !d.empty() && d.first != "---")) dflt = d;
      for (const auto& p : blk.patterns) {
        if (best && (p.literals < best->literals)) continue;
        State st;
        if (!c.lower_match(p, 0, vfirst, st)) continue;
        if (!c.upper_match(p, 0, vlast, st)) continue;
        if (!best || p.literals > best->literals || (p.literals == best->literals && p.order < best->order)) {
          best = &p;
          best_st = st;
          block = &blk;
        }
      }
    }
    CodePair code = best ? best->code : dflt;
    if (code.empty() || code.first == "---") continue;

    // Passive: be/get + past participle.
    bool passive = false;
    if (tok.tag == Tag::VBN) {
      uint32_t k = vfirst;
      while (k > s.first && lang::is_adv(a.tokens[k - 1].tag)) --k;
      passive = k > s.first && is_be(c.up(k - 1));
      // Reduced passive: a participle right after a noun and followed by its
      // "by" agent ("talks backed by the United States").
      if (!passive && k > s.first && vlast < s.last && c.up(vlast) == "BY") {
        Tag pt = a.tokens[k - 1].tag;
        passive = pt == Tag::NN || pt == Tag::NNS || pt == Tag::NNP || pt == Tag::NNPS;
      }
    }
    // Subject and verb phrase extent.
    int subj = -1;
    bool has_subject = false;
    uint32_t scope_end = s.last;
    if (opt.tree && s.first == 0) {
      uint32_t f = 0, l = 0, vp_last = s.last;
      has_subject = tree_subject(*opt.tree, i, f, l, vp_last);
      if (has_subject) subj = unit_overlapping(f, l);
      if (has_subject && subj < 0 && l == f + 1 && a.tokens[f].tag == Tag::PRP) has_subject = false;
      if (vp_last > vlast && vp_last <= s.last) scope_end = vp_last;
    } else {
      for (const auto& cl : a.clauses) {
        if (cl.sentence != si || cl.verb >= a.verb_groups.size()) continue;
        const auto& vg = a.verb_groups[cl.verb];
        if (i < vg.first || i >= vg.last) continue;
        if (cl.subject >= 0 && a.noun_phrases[size_t(cl.subject)].last <= vfirst) {
          const auto& np = a.noun_phrases[size_t(cl.subject)];
          // "[Ithilen 's] [militia]": the possessor belongs to the subject.
          uint32_t f = np.first;
          while (f > s.first && a.tokens[f - 1].tag == Tag::POS) {
            int pnp = c.np_end[f - s.first];
            int pu = c.unit_end[f - 1 - s.first];
            uint32_t nf = pu >= 0 ? c.units[size_t(pu)].first : pnp >= 0 ? a.noun_phrases[size_t(pnp)].first : f - 1;
            if (nf >= f) break;
            f = nf;
          }
          f = of_head(f);
          subj = unit_overlapping(f, np.last);
          // "Thousands of Iraqi Kurds", "Rebels in the Ivory Coast": the actor
          // of an OF / IN / FROM phrase after a subject that names none.
          if (subj < 0 && np.last + 1 < vfirst &&
              (c.up(np.last) == "OF" || c.up(np.last) == "IN" || c.up(np.last) == "FROM")) {
            // Across a chain of nouns and prepositions: "Tens of thousands of
            // university students throughout Indonesia staged ...".
            uint32_t k = np.last + 1;
            while (k < vfirst && c.unit_start[k - s.first] < 0 &&
                   (a.tokens[k].tag == Tag::DT || lang::is_adj(a.tokens[k].tag) || a.tokens[k].tag == Tag::CD ||
                    a.tokens[k].tag == Tag::NN || a.tokens[k].tag == Tag::NNS || a.tokens[k].tag == Tag::IN))
              ++k;
            if (k < vfirst) subj = c.unit_start[k - s.first];
            // "Iraqi Kurds": of two adjacent actors the later is the head.
            while (subj >= 0 && size_t(subj) + 1 < c.units.size() && c.units[size_t(subj) + 1].first == c.units[size_t(subj)].last &&
                   c.units[size_t(subj) + 1].last <= vfirst)
              ++subj;
          }
          has_subject = a.tokens[np.head].tag != Tag::PRP;  // "it would act": look further back
          // "Switzerland said today it had expelled": a pronoun right before
          // the verb group is its subject; look back for the actor.
          {
            uint32_t k = vfirst;
            while (k > np.last && (lang::is_adv(a.tokens[k - 1].tag) || is_aux(c.up(k - 1)) || c.up(k - 1) == "NOT"))
              --k;
            if (k > np.last && a.tokens[k - 1].tag == Tag::PRP) {
              subj = -1;
              has_subject = false;
            }
          }
          // "... such as Crimea (Hamid Karzai expressed support ...)": a verb
          // inside an open parenthesis takes its subject from inside it.
          uint32_t open = 0;
          for (uint32_t k = np.last; k < vfirst; ++k) {
            if (a.tokens[k].tag == Tag::LRB) open = k + 1;
            else if (a.tokens[k].tag == Tag::RRB) open = 0;
          }
          if (open > 0) {
            subj = -1;
            for (size_t u = 0; u < c.units.size(); ++u)
              if (c.units[u].first >= open && c.units[u].last <= vfirst) subj = int(u);
          }
        }
        // The target stays before the next clause's subject.
        for (const auto& c2 : a.clauses) {
          if (c2.sentence != si || c2.subject < 0 || c2.verb >= a.verb_groups.size()) continue;
          const auto& np2 = a.noun_phrases[size_t(c2.subject)];
          if (np2.first < vlast || np2.first >= scope_end || a.verb_groups[c2.verb].first <= np2.first) continue;
          // Only an adverbial clause ("after crowds burned ...") or a new
          // clause after a comma ends the verb's reach; "that ..." complements do not.
          uint32_t k = np2.first;
          while (k > vlast && (a.tokens[k - 1].tag == Tag::DT || lang::is_adv(a.tokens[k - 1].tag))) --k;
          if (k <= vlast) continue;
          static const char* const subs[] = {"AFTER", "BEFORE", "WHEN", "WHILE", "UNTIL", "BECAUSE", "SINCE", "AS",
                                             "ALTHOUGH", "THOUGH", "WHEREAS", "ONCE", "UNLESS", ",", "AND", "BUT"};
          bool sub = false;
          for (const char* w : subs) sub |= c.up(k - 1) == w;
          if (sub) scope_end = np2.first;
        }
        break;
      }
    }
    // No subject found: the nearest actor before the verb.
    if (subj < 0 && !has_subject) {
      for (size_t u = 0; u < c.units.size(); ++u)
        if (c.units[u].last <= vfirst) subj = int(u);
      if (subj >= 0) {
        uint32_t f = of_head(c.units[size_t(subj)].first);
        if (f < c.units[size_t(subj)].first) subj = unit_overlapping(f, c.units[size_t(subj)].last);
      }
    }
    // "It hosted a Taliban delegation": a pronoun subject with no actor before
    // it in its sentence refers to the previous sentence's first actor that
    // fits it (he/she: a person or one office holder; it: an actor that is
    // neither; they: not a person). Documents only.
    std::string pronoun_source;
    if (subj < 0 && opt.null_targets && si > 0) {
      uint32_t k = vfirst;
      while (k > s.first && (lang::is_adv(a.tokens[k - 1].tag) || is_aux(c.up(k - 1)) || c.up(k - 1) == "NOT" ||
                             c.up(k - 1) == "N'T"))
        --k;
      const std::string& w = k > s.first ? c.up(k - 1) : std::string();
      bool pronoun = k > s.first && a.tokens[k - 1].tag == Tag::PRP && (w == "HE" || w == "SHE" || w == "IT" || w == "THEY");
      bool actor_before = !c.units.empty() && c.units.front().first < k;
      // "It's justified": "it" of a passive is a placeholder, not an actor.
      if (pronoun && !actor_before && !(w == "IT" && passive)) {
        // Only the subject of the previous sentence's first main clause:
        // "The foreign forces are in Afghanistan ... They allow" is not Afghanistan.
        uint32_t sf = 0, sl = 0;
        for (const auto& cl : a.clauses)
          if (cl.sentence == si - 1 && cl.kind == lang::ClauseKind::Main && cl.subject >= 0) {
            const auto& np = a.noun_phrases[size_t(cl.subject)];
            sf = np.first;
            sl = np.last;
            // "[Pakistan 's] [foreign minister]": the possessor belongs to it.
            while (sf > 0 && a.tokens[sf - 1].tag == Tag::POS) {
              uint32_t f = sf - 1;
              while (f > 0 && lang::is_noun(a.tokens[f - 1].tag)) --f;
              if (f == sf - 1) break;
              sf = f;
            }
            break;
          }
        for (const auto& m : mentions) {
          if (m.last_token <= sf || m.first_token >= sl || m.code.empty()) continue;
          Tag head = a.tokens[m.last_token - 1].tag;
          bool one_person = m.kind == "person" || (!m.role.empty() && head == Tag::NN);
          bool plural = head == Tag::NNS || head == Tag::NNPS;
          bool fits = w == "HE" || w == "SHE" ? one_person : w == "IT" ? !one_person && !plural : !one_person;
          if (fits) {
            pronoun_source = m.code;
            break;
          }
        }
      }
    }
    int by = -1;
    if (passive) {
      for (uint32_t k = vlast; k + 1 < s.last; ++k) {
        if (c.up(k) == "BY") {
          int u = c.unit_start[k + 1 - s.first];
          if (u < 0 && k + 2 < s.last && a.tokens[k + 1].tag == Tag::DT) u = c.unit_start[k + 2 - s.first];
          by = u;
          break;
        }
        if (c.unit_start[k - s.first] >= 0) break;
      }
    }
    // Coercion and violence in the passive without a "by" agent ("Two
    // Pakistani soldiers (were) killed in a Taliban ambush", "troops wounded
    // in clashes with Chinese soldiers"): the subject is the target; the
    // source is an actor named after the verb, never one that only says
    // where ("killed in Ukraine": no source, so no event).
    bool patient_subject = false;
    const std::string& root = code.first;
    bool harm = root.size() >= 2 && ((root[0] == '1' && root[1] >= '7') || (root[0] == '2' && root[1] == '0'));
    // Only for the verb alone ("killed"), not for a pattern that needs words
    // after it ("Gbagbo announced ... curfew" is active).
    bool bare = true;
    if (best)
      for (const auto& el : best->upper) bare = bare && el.kind != PatternElem::Word && el.kind != PatternElem::Synset;
    if (!passive && harm && bare && vlast == vfirst + 1 && vfirst > s.first && best_st.src < 0 && best_st.tgt < 0 &&
        (tok.tag == Tag::VBN || tok.tag == Tag::VBD)) {
      // Reduced: the participle right after its noun, then a preposition or the clause's end.
      Tag before = a.tokens[vfirst - 1].tag;
      bool noun = before == Tag::NN || before == Tag::NNS || before == Tag::NNP || before == Tag::NNPS;
      bool open_end = vlast >= s.last || a.tokens[vlast].tag == Tag::IN || c.up(vlast) == "," || c.up(vlast) == ".";
      passive = noun && open_end && c.unit_end[vfirst - s.first] >= 0;
    }
    int agent = -1;
    if (passive && by < 0 && harm && best_st.src < 0 && best_st.tgt < 0 && subj >= 0) {
      patient_subject = true;
      for (size_t u = 0; u < c.units.size(); ++u) {
        const Unit& un = c.units[u];
        if (un.first < vlast || un.first >= scope_end || int(u) == subj) continue;
        uint32_t k = un.first;
        while (k > vlast && (a.tokens[k - 1].tag == Tag::DT || lang::is_adj(a.tokens[k - 1].tag))) --k;
        const std::string& prep = c.up(k - 1);
        bool where = prep == "IN" || prep == "AT" || prep == "NEAR" || prep == "INSIDE" || prep == "ON" ||
                     prep == "ACROSS" || prep == "OUTSIDE" || prep == "FROM" || prep == "INTO" || prep == "OF";
        // "in a Taliban ambush": the actor modifies the noun of an attack.
        bool modifies = un.last < s.last && lang::is_noun(a.tokens[un.last].tag);
        if (where && !modifies) continue;
        agent = int(u);
        break;
      }
    }
    // No agent: violence is coded to the country it happens in ("killed in
    // central Baghdad" -> IRQ), as for "a bombing near Samarra killed ...".
    std::string place_source;
    if (patient_subject && agent < 0 && opt.null_targets)
      for (const auto& m : mentions)
        if (!m.country.empty() && (m.kind == "location" || m.kind == "country") && m.first_token >= vlast &&
            m.last_token <= scope_end) {
          place_source = m.country;
          break;
        }
    int src = best_st.src, tgt = best_st.tgt;
    if (patient_subject) {
      src = agent;
      tgt = subj;
      if (src < 0 && place_source.empty()) continue;
    } else if (src < 0) {
      src = by >= 0 ? by : subj;
    }
    if (src >= 0 && src == best_st.tgt) {
      src = -1;
      for (size_t u = 0; u < c.units.size(); ++u)
        if (int(u) != best_st.tgt && c.units[u].last <= c.units[size_t(best_st.tgt)].first) { src = int(u); break; }
    }
    if (tgt < 0 && by >= 0 && best_st.src < 0) tgt = subj;
    if (tgt < 0)
      for (size_t u = 0; u < c.units.size(); ++u)
        if (c.units[u].first >= vlast && c.units[u].first < scope_end && int(u) != src && int(u) != by) { tgt = int(u); break; }

    // Material conflict (protest, force posture, reduced relations, coercion,
    // assault, force: roots 14-20) against or in a place ("overran the city
    // of Kunduz", "demonstrated in Kirkuk"): the place's country is the target.
    std::string place_target;
    const std::string& c1 = code.first;
    bool aid = c1.size() >= 2 && c1[0] == '0' && c1[1] == '7';  // aid delivered to a place goes to its country
    if (tgt < 0 && c1.size() >= 2 && ((c1[0] == '1' && c1[1] >= '4') || (c1[0] == '2' && c1[1] == '0') || aid))
      for (const auto& m : mentions)
        if (m.kind == "location" && m.code.empty() && !m.country.empty() && m.first_token >= vlast &&
            m.last_token <= scope_end && (!aid || (m.first_token > 0 && upper(a.tokens[m.first_token - 1].form) == "TO"))) {
          place_target = m.country;
          break;
        }
    std::vector<std::pair<std::string, std::string>> pairs;
    if (best_st.comp >= 0) {
      auto cs = codes_of(best_st.comp);
      for (const auto& x : cs)
        for (const auto& y : cs)
          if (x != y) pairs.push_back({x, y});
    } else {
      auto ss = codes_of(src), ts = codes_of(tgt);
      if (ss.empty() && !place_source.empty()) ss.push_back(place_source);
      if (ss.empty() && src < 0 && !pronoun_source.empty()) ss.push_back(pronoun_source);
      if (ts.empty() && !place_target.empty()) ts.push_back(place_target);
      // "A roadside bombing near Samarra killed one U.S. soldier": violence
      // with no actor behind it is coded to the country it happens in.
      if (ss.empty() && opt.null_targets && !ts.empty() && c1.size() >= 2 &&
          ((c1[0] == '1' && c1[1] == '8') || (c1[0] == '1' && c1[1] == '9') || (c1[0] == '2' && c1[1] == '0')))
        for (const auto& m : mentions)
          if (m.kind == "location" && m.code.empty() && !m.country.empty() && m.first_token >= s.first &&
              m.last_token <= vfirst) {
            ss.push_back(m.country);
            break;
          }
      // Two different mentions of one code ("ethnic Albanians demonstrated in
      // Serbia" coded SRB twice) make a domestic event in documents.
      // Only for demands and conflict (roots 10-20), as below.
      bool domestic = opt.null_targets && src >= 0 && tgt >= 0 && src != tgt && ss.size() == 1 && ts.size() == 1 &&
                      c1.size() >= 2 && (c1[0] == '2' || c1[0] == '1');
      for (const auto& x : ss)
        for (const auto& y : ts)
          if (x != y || domestic) pairs.push_back({x, y});
    }
    bool forward_only = false;
    if (pairs.empty() && opt.null_targets && best_st.comp < 0 && tgt < 0 && src >= 0) {
      auto ss = codes_of(src);
      const std::string& root = code.first;
      bool mutual = ss.size() >= 2 && root.size() >= 2 && root[0] == '0' && root[1] >= '3' && root[1] <= '6';
      // An object that names no actor ("Young Algerians blocked roads",
      // "arresting political opponents"): a domestic event, whose target is
      // the source's own country. A country cooperating with itself is no
      // event, though: "Spain signed an agreement", "Venezuela urged both
      // sides" name no counterpart (null target) unless the act is a demand or
      // conflict (roots 10-20: "Algerians blocked roads").
      bool conflictual = root.size() >= 2 && (root[0] == '2' || (root[0] == '1' && root[1] >= '0'));
      bool object = false;
      for (uint32_t k = vlast; k < scope_end && k < vlast + 4 && !object; ++k) {
        if (lang::is_noun(a.tokens[k].tag)) object = true;
        else if (!(a.tokens[k].tag == Tag::DT || lang::is_adj(a.tokens[k].tag) || a.tokens[k].tag == Tag::CD ||
                   a.tokens[k].tag == Tag::PRPS || a.tokens[k].tag == Tag::RP))
          break;
      }
      forward_only = !mutual;
      for (const auto& x : ss) {
        if (!mutual) {
          std::string home;
          if (object)
            for (int32_t m : c.units[size_t(src)].mentions)
              if (mentions[size_t(m)].code == x) { home = mentions[size_t(m)].country; break; }
          // "opened an embassy in Tehran": a place of another country within
          // the verb's reach is the target rather than the source's own.
          if (object)
            for (const auto& m : mentions)
              if (m.kind == "location" && m.code.empty() && !m.country.empty() && m.country != home &&
                  m.first_token >= vlast && m.last_token <= scope_end) {
                home = m.country;
                break;
              }
          if (home == x && !conflictual) home.clear();
          pairs.push_back({x, home});
          continue;
        }
        for (const auto& y : ss)
          if (x != y) pairs.push_back({x, y});
      }
    }
    // "Mubarak said the US must be ready to mediate": what an actor must do,
    // reported by a speaker, is the speaker's demand (100) on that actor, not
    // a done act.
    if (!pairs.empty() && src >= 0) {
      uint32_t k = vfirst;
      while (k > s.first && (lang::is_adv(a.tokens[k - 1].tag) || is_be(c.up(k - 1)) || c.up(k - 1) == "BE")) --k;
      if (k > s.first && c.up(k - 1) == "MUST") {
        int speaker = -1;
        const auto& sv = lang::Resources::get().speech_verbs;
        for (uint32_t q = c.units[size_t(src)].first; q-- > s.first;) {
          if (!lang::is_verb(a.tokens[q].tag) || !sv.count(a.tokens[q].lemma)) continue;
          for (size_t u = 0; u < c.units.size(); ++u)
            if (c.units[u].last <= q) speaker = int(u);
          break;
        }
        if (speaker >= 0 && speaker != src) {
          pairs.clear();
          for (const auto& x : codes_of(speaker))
            for (const auto& y : codes_of(src))
              if (x != y) pairs.push_back({x, y});
          code = CodePair{"100", "---"};
          best = nullptr;
        }
      }
    }
    if (!pairs.empty()) covered_until = std::max(covered_until, scope_end);
    for (const auto& [x, y] : pairs) {
      for (int dir = 0; dir < (forward_only ? 1 : 2); ++dir) {
        const std::string& cd = dir == 0 ? code.first : code.second;
        // Only CAMEO codes (digits, a dictionary's letter variant "174K"); placeholders
        // ("---", "+++", "025?") code nothing.
        if (!cameo_code(cd)) continue;
        Event e;
        e.span = s.span;
        e.sentence = si;
        e.source = dir == 0 ? x : y;
        e.target = dir == 0 ? y : x;
        e.code = cd;
        e.verb = {a.tokens[vfirst].span.start, a.tokens[vlast - 1].span.end};
        e.pattern = best ? best->text : block->name;
        bool dup = false;
        for (size_t k = first_event; k < out.size() && !dup; ++k)
          dup = out[k].source == e.source && out[k].target == e.target && out[k].code == e.code;
        if (!dup) out.push_back(std::move(e));
      }
    }
  }
  // Mention indices for the lead's contract.
  for (size_t k = first_event; k < out.size(); ++k) {
    for (int32_t m : ms) {
      if (out[k].source_mention < 0 && mentions[size_t(m)].code == out[k].source) out[k].source_mention = m;
      if (out[k].target_mention < 0 && mentions[size_t(m)].code == out[k].target) out[k].target_mention = m;
    }
  }
}

void code_document(Document& doc, const VerbDictionary& verbs) {
  CoderOptions opt;
  opt.null_targets = true;
  code_document(doc, verbs, opt);
}

void code_document(Document& doc, const VerbDictionary& verbs, const CoderOptions& opt) {
  if (!doc.lang) return;
  for (uint32_t si = 0; si < doc.lang->sentences.size(); ++si)
    code_sentence(doc.text, *doc.lang, si, doc.actors, verbs, opt, doc.events);
}

}  // namespace dyad::events
