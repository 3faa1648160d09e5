// Reporting verbs, their subjects and the resolution of speakers (speaker.h).
#include "quotes/speaker.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "actors/dictionary.h"

namespace dyad::quotes {

using lang::Tag;

namespace {

// A period inside a sentence ends an abbreviation ("D-Calif.,"), not a clause.
bool boundary(const Context& c, size_t t) {
  Tag g = c.tag(t);
  bool end = g == Tag::Period && (t + 1 >= c.a.sentences[c.sentence_of[t]].last || c.tag(t + 1) != Tag::Comma);
  return end || g == Tag::Colon || g == Tag::LQuote || g == Tag::RQuote || c.quote_of[t] >= 0;
}

// The last name mention that starts before token `t`.
size_t names_before(const Context& c, size_t t) {
  auto it = std::lower_bound(c.names.begin(), c.names.end(), t,
                             [](const NameMention& m, size_t x) { return m.first < x; });
  return size_t(it - c.names.begin());
}

void take_entity(const Context& c, int e, Speaker& s) {
  const Entity& en = c.entities[e];
  s.name = en.name;
  s.actor = en.code;
  std::string word = en.kind == MentionKind::Other ? en.kind_label : to_string(en.kind);
  s.kind = word.empty() ? (en.person ? "person" : "organisation") : word;
  s.person = en.person;
}

// True when `name` holds `word` (lower case) as one of its words.
bool has_word(const std::string& name, const std::string& word) {
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string::npos) j = name.size();
    if (j - i == word.size() && actors::fold_token(name.substr(i, j - i)) == word) return true;
    i = j + 1;
  }
  return false;
}

// "the minister", "the spokeswoman": the person named before with that role;
// "the company", "the agency": the organisation named before.
int resolve_role(const Context& c, size_t t, const std::string& head, bool specific = false) {
  size_t j = names_before(c, t);
  bool group = c.lex.group_noun.count(head) > 0;
  // "the bank" after "Bank of Canada", "the automaker" after "the automaker Volkswagen": the
  // organisation whose name or description holds the noun.
  for (size_t k = 0, i = j; group && i-- > 0 && k < kNameWindow; ++k) {
    ++c.steps;
    const Entity& en = c.entities[c.names[i].entity];
    if (en.person || en.kind == MentionKind::Country || en.kind == MentionKind::Location) continue;
    if (std::find(en.roles.begin(), en.roles.end(), head) != en.roles.end() || has_word(en.name, head))
      return c.names[i].entity;
  }
  // "the health ministry", "the state agency": a modified noun names one organisation, which
  // only an organisation named with that noun can be; so does a public body's noun ("the union").
  if (group && (specific || c.lex.public_body.count(head))) return -1;
  // "the company", "the automaker": the organisation the text is about, as for "it".
  if (group) {
    int e = resolve_pronoun(c, t, Pronoun::Group);
    if (e >= 0) return e;
  }
  for (size_t k = 0; j-- > 0 && k < kNameWindow; ++k) {
    ++c.steps;
    const Entity& en = c.entities[c.names[j].entity];
    if (en.person && std::any_of(en.roles.begin(), en.roles.end(), [&](const std::string& r) {
          return r == head || c.lex.role_class(r) == c.lex.role_class(head);
        }))
      return c.names[j].entity;
    if (group && !en.person && en.kind != MentionKind::Country && en.kind != MentionKind::Location) return c.names[j].entity;
  }
  return -1;
}

// The organisation "a company spokesperson" or "a police spokeswoman" (article at `b`, the body's
// noun `noun`) speaks for: the organisation the text is about, as for "it"; for a body every
// country has (public_body), only one named with that word.
int body_of_modifier(const Context& c, size_t b, const std::string& noun) {
  return c.lex.public_body.count(noun) ? resolve_role(c, b, noun) : resolve_pronoun(c, b, Pronoun::Group);
}

// "the statement", "the office release" (the article at `b`, the document noun at `h`): the
// organisation that issued it. A noun of organisations before the document's ("the office
// release") names it: the organisation named with that noun, else none (-1) when the previous
// speaker's name holds the noun ("the U.S. Attorney's Office for ..." announced); otherwise the
// organisation the text is about, as for "it".
int document_issuer(const Context& c, size_t b, size_t h, const Speaker* previous) {
  if (h == b + 2 && c.lex.group_noun.count(c.low(b + 1))) {
    if (int e = resolve_role(c, b, c.low(b + 1), true); e >= 0) return e;
    if (previous && has_word(previous->name, c.low(b + 1))) return -1;
  }
  return resolve_pronoun(c, b, Pronoun::Group);
}

// "China's ambassador to Britain" (tokens [b, e)), repeated later right before a person's name
// ("China's ambassador to Britain Liu X"), is that person: a news lead describes before it names.
// The entity, -1 when no later name follows the same words.
int named_later(const Context& c, size_t b, size_t e) {
  size_t n = e - b;
  if (n < 2) return -1;
  for (size_t j = names_before(c, e); j < c.names.size(); ++j) {
    ++c.steps;
    const NameMention& m = c.names[j];
    size_t at = m.first > 0 && c.tag(m.first - 1) == Tag::Comma ? m.first - 1 : m.first;
    if (at < e + n || !c.entities[m.entity].person) continue;
    bool same = true;
    for (size_t k = 0; k < n && same; ++k) same = c.low(at - n + k) == c.low(b + k);
    if (same) return m.entity;
  }
  return -1;
}

// The person a description with no role ("the 52-year-old") refers to: the subject of the
// sentence before when a person, else the nearest person named before token `t`.
int nearest_person(const Context& c, size_t t) {
  size_t si = c.sentence_of[t];
  if (si > 0 && si - 1 < c.subject_entity.size()) {
    int e = c.subject_entity[si - 1];
    if (e >= 0 && c.entities[e].person) return e;
  }
  size_t j = names_before(c, t);
  for (size_t k = 0; j-- > 0 && k < kNameWindow; ++k) {
    ++c.steps;
    if (c.quote_of[c.names[j].first] < 0 && c.entities[c.names[j].entity].person) return c.names[j].entity;
  }
  return -1;
}

// "Moore and Hale met. They said ...": two people named together as the subject of the
// sentence before `t` (or of its own, before it) are who "they" are, "" when none.
std::string people_named_together(const Context& c, size_t t) {
  size_t si = c.sentence_of[t];
  for (size_t back = 0; back < 2 && back <= si; ++back) {
    size_t s = si - back;
    if (s >= c.subject_token.size() || c.subject_token[s] == UINT32_MAX || c.subject_token[s] >= t) continue;
    int a = c.name_of[c.subject_token[s]];
    if (a < 0) continue;
    size_t after = c.names[a].last;
    if (after + 1 >= c.size() || c.low(after) != "and") continue;
    int b = c.name_of[after + 1];
    if (b < 0 || c.names[b].first != after + 1) continue;
    const Entity& x = c.entities[c.names[a].entity];
    const Entity& y = c.entities[c.names[b].entity];
    if (x.person && y.person && &x != &y) return x.name + " and " + y.name;
  }
  return "";
}

// Text of tokens [b, e) with each person's name in its fullest form.
std::string described_with_names(const Context& c, size_t b, size_t e) {
  std::string out;
  for (size_t t = b; t < e;) {
    int ni = c.name_of[t];
    size_t next = t + 1;
    std::string piece;
    if (ni >= 0 && c.names[ni].first == t && c.entities[c.names[ni].entity].person) {
      piece = c.entities[c.names[ni].entity].name;
      next = std::min<size_t>(c.names[ni].last, e);
    } else {
      piece = std::string(c.tok(t));
    }
    bool glue = c.tag(t) == Tag::POS || out.empty();
    if (!glue) out += ' ';
    out += piece;
    t = next;
  }
  return out;
}

// "the Russian diplomat": the person named before with an actor code of the
// description's country (when no one was named with that role).
int resolve_by_country(const Context& c, size_t b, size_t e) {
  std::string country;
  for (size_t t = b; t < e && country.empty(); ++t)
    if (c.mention_of[t] >= 0 && c.ms[c.mention_of[t]].code.size() > 3) country = c.ms[c.mention_of[t]].code.substr(0, 3);
  if (country.empty()) return -1;
  size_t j = names_before(c, b);
  for (size_t k = 0; j-- > 0 && k < kNameWindow; ++k) {
    ++c.steps;
    const Entity& en = c.entities[c.names[j].entity];
    if (en.person && en.code.rfind(country, 0) == 0) return c.names[j].entity;
  }
  return -1;
}

// The noun phrase that ends at token `t` (its first token), extended over
// "of"/"for"/"at" phrases to the left ("a spokesman for the ministry").
size_t basic_start(const Context& c, size_t t, size_t lo) {
  size_t b = t;
  if (c.np_of[t] >= 0) b = std::min<size_t>(b, c.a.noun_phrases[c.np_of[t]].first);
  if (c.name_of[t] >= 0) b = std::min<size_t>(b, c.names[c.name_of[t]].first);
  while (b > lo && (lang::is_adj(c.tag(b - 1)) || c.tag(b - 1) == Tag::DT || lang::is_noun(c.tag(b - 1)) ||
                    c.tag(b - 1) == Tag::PRPS || c.tag(b - 1) == Tag::POS || c.tag(b - 1) == Tag::CD) &&
         !c.a.tokens[b].para_start && t - b < kSubjectWindow)
    --b;
  return b;
}
// "those", "many", "some": a pronoun that heads a noun phrase of its own ("those who voted").
bool pronoun_head(const Context& c, size_t t) {
  static const std::set<std::string, std::less<>> heads = {"those", "many", "some", "several", "few", "most", "both"};
  return heads.count(c.low(t)) > 0 && !lang::is_noun(c.tag(t + 1));
}
// "close to": an adjective with its complement (EWT), which the bigram tagger reads as an adverb.
bool close_to(const Context& c, size_t t) {
  return c.tag(t) == Tag::RB && c.low(t) == "close" && c.low(t + 1) == "to";
}
// "people familiar with the matter", "troops loyal to X", "diplomats based in Y", "workers hired
// last year by Y": a noun, then an adjective or participle (a time phrase after it) that takes
// the prepositional complement at token `a`. The noun is the head, whose index this returns (npos
// if `a` opens no such complement); the complement's phrase only describes it. Where the phrase
// is known to be a subject (`subject`), a participle the bigram tagger read as a past verb counts:
// the clause's verb is the reporting verb after the phrase, so this one is a reduced relative.
constexpr size_t npos = static_cast<size_t>(-1);
size_t described_noun(const Context& c, size_t a, size_t lo, bool subject) {
  if (a < lo + 2 || (c.tag(a) != Tag::IN && c.tag(a) != Tag::TO) || c.low(a) == "of" || c.low(a) == "than") return npos;
  size_t p = a - 1;
  while (p > lo + 1 && p + 3 > a && c.dated(p)) --p;
  Tag g = c.tag(p);
  // (In a subject a present participle does too: "investigators looking into the fire".)
  if (!lang::is_adj(g) && g != Tag::VBN && !(subject && (g == Tag::VBD || g == Tag::VBG)) && !close_to(c, p))
    return npos;
  size_t n = p - 1;
  if (subject && pronoun_head(c, n)) return n;  // "those opposed to the plan"
  if (!lang::is_noun(c.tag(n)) || lang::is_proper(c.tag(n)) || c.name_of[n] >= 0) return npos;
  return n;
}

// "residents near the border", "diplomats from both countries", "those in favor of X": in a
// subject, a place or source phrase after a common noun (or a pronoun heading its own phrase)
// only describes that noun, which speaks. Not a document or a time ("in a statement").
bool located_head(const Context& c, size_t u, size_t t, const std::string& prep) {
  static const std::set<std::string, std::less<>> preps = {"in", "near", "from", "across", "inside", "outside",
                                                           "around", "throughout"};
  if (!preps.count(prep) || c.lex.document.count(c.low(t)) || c.lex.time.count(c.low(t))) return false;
  return pronoun_head(c, u) || (lang::is_noun(c.tag(u)) && !lang::is_proper(c.tag(u)) && c.name_of[u] < 0);
}

size_t phrase_start(const Context& c, size_t t, size_t lo, bool subject = false) {
  size_t b = basic_start(c, t, lo);
  // A subject's head may sit several phrases back ("rescuers searching for a woman trapped at
  // her home in X said"); each hop crosses one phrase that only describes the noun before it.
  for (int hop = 0; hop < (subject ? 6 : 2) && b >= lo + 2; ++hop) {
    std::string p = c.low(b - 1);
    size_t u = b - 2;
    if (size_t n = described_noun(c, b - 1, lo, subject); n != npos) {
      b = std::min(basic_start(c, n, lo), n);
      continue;
    }
    // "a report from X", "a survey by X": the document's issuer.
    bool issuer = (p == "from" || p == "by") && c.lex.document.count(c.low(u));
    // "China's ambassador to Britain", "the envoy to the talks": a post held towards a place
    // (when a person's name ends the phrase, "... to Britain Liu Xiaming", the person speaks).
    bool named_person = c.name_of[t] >= 0 && c.entities[c.names[c.name_of[t]].entity].person;
    bool posted = p == "to" && !named_person && (c.lex.title.count(c.low(u)) || c.lex.role.count(c.low(u)));
    // "officials investigating the crash": in a subject, a present participle's object only
    // describes the noun the participle follows.
    if (subject && c.tag(b - 1) == Tag::VBG && lang::is_noun(c.tag(u)) && !lang::is_proper(c.tag(u)) &&
        c.name_of[u] < 0) {
      b = std::min(basic_start(c, u, lo), u);
      continue;
    }
    if (subject && located_head(c, u, t, p)) {
      b = pronoun_head(c, u) ? u : std::min(basic_start(c, u, lo), u);
      continue;
    }
    if (p != "of" && p != "for" && p != "at" && p != "with" && !issuer && !posted) break;
    if (!lang::is_noun(c.tag(u))) break;
    size_t nb = basic_start(c, u, lo);
    if (nb >= u + 1) break;
    b = nb;
  }
  return b;
}

// "A senior official, who spoke on condition of anonymity because he was not authorized to talk
// to the media, said": a relative clause set off by commas may run longer than the subject
// window. With the comma closing it at `comma`, where the search for the subject may start so
// that the noun phrase before the clause is in reach; `first` (the sentence's start) bounds it.
// Returns comma itself when no such clause ends there.
size_t long_relative_reach(const Context& c, size_t comma, size_t first) {
  size_t k = comma;
  while (k > first && k + 3 * kSubjectWindow > comma && c.tag(k - 1) != Tag::Comma && !boundary(c, k - 1)) {
    --k;
    ++c.steps;
  }
  if (k <= first + 1 || c.tag(k - 1) != Tag::Comma || (c.low(k) != "who" && c.low(k) != "which")) return comma;
  return k - 1 > first + kSubjectWindow ? k - 1 - kSubjectWindow : first;
}

// "officials who spoke on condition of anonymity said", "the firm that makes it says": a
// restrictive relative clause (with a verb of its own) ends at token `t`, right before the
// reporting verb; its antecedent is the subject. Returns the antecedent's last token, else npos.
size_t relative_antecedent(const Context& c, size_t t, size_t lo) {
  bool verb = false;
  for (size_t w = t; w > lo; --w, ++c.steps) {
    if (boundary(c, w) || c.tag(w) == Tag::Comma) return npos;
    bool pronoun = c.low(w) == "who" || (c.low(w) == "that" && c.tag(w) == Tag::WDT);
    if (!pronoun) {
      verb = verb || lang::is_verb(c.tag(w));
      continue;
    }
    size_t a = w - 1;
    bool antecedent = lang::is_noun(c.tag(a)) || c.name_of[a] >= 0 || pronoun_head(c, a);
    return verb && antecedent && !boundary(c, a) ? a : npos;
  }
  return npos;
}

// The noun phrase that starts at token `t` (its end), over one "of"/"for" phrase.
size_t phrase_end(const Context& c, size_t t, size_t hi) {
  size_t e = t;
  while (e < hi && e < t + kSubjectWindow &&
         (lang::is_noun(c.tag(e)) || lang::is_adj(c.tag(e)) || c.tag(e) == Tag::DT || c.tag(e) == Tag::CD ||
          c.tag(e) == Tag::PRPS || c.tag(e) == Tag::POS || (c.name_of[e] >= 0 && c.tag(e) != Tag::Comma)) &&
         (e == t || !c.a.tokens[e].para_start) &&
         // "according to reports the UK is ...": a determiner after a noun starts the next phrase.
         !(e > t && lang::is_noun(c.tag(e - 1)) && (c.tag(e) == Tag::DT || c.tag(e) == Tag::PRPS)))
    ++e;
  bool doc = e > t && c.lex.document.count(c.low(e - 1)) > 0;
  bool prep = e + 1 < hi && (c.low(e) == "of" || c.low(e) == "for" || c.low(e) == "at" ||
                             (doc && (c.low(e) == "by" || c.low(e) == "from")));
  if (prep && (lang::is_noun(c.tag(e + 1)) || (e + 2 < hi && c.tag(e + 1) == Tag::DT))) {
    size_t f = e + 1;
    while (f < hi && f < e + kSubjectWindow && (lang::is_noun(c.tag(f)) || lang::is_adj(c.tag(f)) || c.tag(f) == Tag::DT))
      ++f;
    if (f > e + 1) e = f;
  }
  return e;
}

// The "to" right before token `t` or before "the" at `t - 1` ("to Britain", "to the UK"); 0 if none.
size_t to_before(const Context& c, size_t t) {
  if (t > 0 && c.low(t - 1) == "the") --t;
  return t > 0 && c.low(t - 1) == "to" ? t - 1 : 0;
}

// "Russia's ambassador to Britain Andrei Kelin": the actor of the phrase naming the post held
// towards a place, right before the person named at `b` ("" when there is none).
std::string sender_of_post(const Context& c, size_t b) {
  auto country = [&](size_t t) { return c.mention_of[t] >= 0 && c.ms[c.mention_of[t]].kind == MentionKind::Country; };
  // The phrase may start at the place ("Britain Andrei Kelin") or at the name after it.
  size_t at = country(b) ? b : b > 0 && country(b - 1) ? b - 1 : c.size();
  if (at == c.size()) return "";
  size_t to = to_before(c, c.ms[c.mention_of[at]].first_token);
  if (to < 1) return "";
  size_t u = to - 1;
  if (!c.lex.title.count(c.low(u)) && !c.lex.role.count(c.low(u))) return "";
  for (size_t t = basic_start(c, u, 0); t < u; ++t)
    if (int mi = c.mention_of[t]; mi >= 0 && !c.ms[mi].code.empty() && c.ms[mi].kind != MentionKind::Location)
      return c.ms[mi].code;
  return "";
}

// "Ohio's", "Britain's", "Trump's": the first token of a name, place or body named in [b, h)
// right before a possessive; h when there is none. (The caller asks only when the head is a
// body, so even a possessor read as a person's name only modifies it: "X's Department of Y".)
size_t possessor_start(const Context& c, size_t b, size_t h) {
  for (size_t t = b; t + 1 < h; ++t) {
    if (c.tag(t + 1) != Tag::POS) continue;
    if (int ni = c.name_of[t]; ni >= 0) return std::max<size_t>(b, c.names[ni].first);
    int mi = c.mention_of[t];
    if (mi >= 0 && (c.ms[mi].kind == MentionKind::Country || c.ms[mi].kind == MentionKind::Location))
      return std::max<size_t>(b, c.ms[mi].first_token);
  }
  return h;
}

// "he" or "she" at `b` right after a quotation by one person the text only described ("a police
// spokeswoman said"), in the same or the sentence before, whose description does not say the
// other gender: that person, who has no name an entity could carry.
bool described_speaker_before(const Context& c, size_t b, Pronoun p, const Speaker* previous) {
  if ((p != Pronoun::He && p != Pronoun::She) || !previous || previous->plural || previous->name.empty() ||
      !std::islower(static_cast<unsigned char>(previous->name[0])) || previous->last == 0 || previous->last > b)
    return false;
  const std::string head = c.low(previous->last - 1);  // a person's role: "spokeswoman", "official"
  if (!c.lex.role.count(head) && !c.lex.female.count(head) && !c.lex.male.count(head)) return false;
  size_t here = c.sentence_of[b], there = c.sentence_of[previous->last - 1];
  if (there + 1 < here) return false;
  for (size_t t = previous->first; t < previous->last; ++t) {
    const std::string w = c.low(t);
    if ((p == Pronoun::He && c.lex.female.count(w)) || (p == Pronoun::She && c.lex.male.count(w))) return false;
  }
  return true;
}

// The speaker a personal pronoun at `b` refers to ("he", "they", "it").
void resolve_pronoun_speaker(const Context& c, size_t b, Speaker& s, const Speaker* previous) {
  std::string w = c.low(b);
  s.attribution = "pronoun";
  Pronoun p = pronoun_of(w);
  // A group, or people named together ("Dale and Martha"), spoke before.
  bool group_speaker = previous && !previous->name.empty() && (!previous->person || previous->plural);
  if (p == Pronoun::They && group_speaker && previous->plural) {
    // "Officials said ... . They added": the plural speaker before.
    s.name = previous->name;
    s.actor = previous->actor;
    s.kind = previous->kind;
    s.plural = true;
  } else if (std::string both = p == Pronoun::They ? people_named_together(c, b) : ""; !both.empty()) {
    s.name = both;
    s.kind = "person";
    s.person = true;
  } else if (described_speaker_before(c, b, p, previous)) {
    // '"...," a police spokeswoman said. "...," she added.': the person just described speaks on.
    s.name = previous->name;
    s.actor = previous->actor;
    s.kind = previous->kind;
  } else {
    int e = resolve_pronoun(c, b, p);
    if (e < 0 && p == Pronoun::It) e = resolve_role(c, b, "company");
    if (e >= 0) take_entity(c, e, s);
  }
  s.plural = s.plural || w == "they" || w == "we";
}

// The dictionary actor the speaker mention [b, own) carries ("a senior Afghan official" ->
// AFGGOV), when `s` has none yet; a country after "to" is where a post looks ("the envoy to Mali
// Jean Dupont"), not the speaker's own. A person with none: the sender of a post, if any.
void carried_actor(const Context& c, size_t b, size_t own, Speaker& s) {
  for (size_t t = b; t < own && s.actor.empty(); ++t) {
    int mi = c.mention_of[t];
    bool destination = mi >= 0 && c.ms[mi].kind == MentionKind::Country && to_before(c, t) > 0;
    if (mi >= 0 && !c.ms[mi].code.empty() && c.ms[mi].kind != MentionKind::Location && !destination) {
      s.actor = c.ms[mi].code;
      if (s.kind.empty() || s.kind == "description") s.kind = c.ms[mi].kind_word();
    }
  }
  if (s.actor.empty() && s.person) s.actor = sender_of_post(c, b);
}

// Resolves the speaker mention tokens [b, e) (head noun `h`).
void resolve(const Context& c, size_t b, size_t e, Speaker& s, const Speaker* previous) {
  s.found = true;
  s.first = uint32_t(b);
  s.last = uint32_t(e);
  // Trailing time words and possessives are not part of the mention ("CNN Monday").
  while (s.last > s.first + 1 && (c.lex.time.count(c.low(s.last - 1)) || c.tag(s.last - 1) == Tag::POS)) --s.last;
  e = s.last;
  if (e == b + 1 && c.tag(b) == Tag::PRP) {
    resolve_pronoun_speaker(c, b, s, previous);
    return;
  }
  // The head of the first noun phrase: "the minister", "a spokeswoman for X".
  size_t h = b;
  while (h + 1 < e && !(lang::is_noun(c.tag(h)) && !lang::is_noun(c.tag(h + 1)) && c.tag(h + 1) != Tag::POS)) ++h;
  // "people familiar with the talks": what the adjective's complement names is not the speaker.
  size_t own = e;
  for (size_t k = h + 2; k < e && k < h + 5 && own == e; ++k)
    if (described_noun(c, k, b, true) == h) own = h + 1;
  // "officials investigating the attack": nor is the object of a participle after the head.
  if (h + 1 < e && c.tag(h + 1) == Tag::VBG && !lang::is_proper(c.tag(h))) own = h + 1;
  // A name in the mention: the person it names, else the first name.
  int named = -1;
  for (size_t t = b; t < own; ++t) {
    int ni = c.name_of[t];
    if (ni < 0) continue;
    const Entity& en = c.entities[c.names[ni].entity];
    if (named < 0 || (en.person && !c.entities[named].person)) named = c.names[ni].entity;
  }
  std::string head = c.low(h);
  s.plural = c.tag(h) == Tag::NNS || c.tag(h) == Tag::NNPS;
  // "Roth's colleague Ben Ode", "the mayor's aide Jo Kim": the person named at the head speaks,
  // not the possessor named before.
  if (int hn = c.name_of[h]; hn >= 0 && c.names[hn].first > b && c.entities[c.names[hn].entity].person) {
    bool possessed = false;
    for (size_t t = b; t < c.names[hn].first; ++t) possessed = possessed || c.tag(t) == Tag::POS;
    if (possessed) named = c.names[hn].entity;
  }
  size_t with_adjective = npos;
  // "The Syrian Observatory for Human Rights": the organisation named at the head speaks, not the
  // country whose adjective comes before it.
  if (int hn = c.name_of[h]; hn >= 0 && named >= 0 && named != c.names[hn].entity) {
    const Entity& first = c.entities[named];
    const Entity& head_en = c.entities[c.names[hn].entity];
    bool place = first.kind == MentionKind::Country || first.kind == MentionKind::Location;
    if (place && !head_en.person && head_en.kind != MentionKind::Country && head_en.kind != MentionKind::Location) {
      named = c.names[hn].entity;
      // The capitalised adjective right before the body's name is written as part of it.
      size_t nf = c.names[hn].first;
      if (nf > b && std::isupper(static_cast<unsigned char>(c.tok(nf - 1)[0])) && c.name_of[nf - 1] >= 0)
        with_adjective = nf - 1;
    }
  }
  bool common_head = !lang::is_proper(c.tag(h)) && (c.name_of[h] < 0 || !std::isupper(static_cast<unsigned char>(c.tok(h)[0])));
  // "Ohio's Department of Public Safety", "Britain's Labour Party": the capitalised body a place's
  // or body's possessive names speaks, not the possessor; it is named with its possessor.
  size_t owner = h;
  if (int hn = c.name_of[h]; !common_head && (hn < 0 || !c.entities[c.names[hn].entity].person)) {
    owner = possessor_start(c, b, h);
    if (owner < h && named >= 0 && (hn < 0 || c.names[hn].entity != named)) named = hn < 0 ? -1 : c.names[hn].entity;
  }
  // "the CEO", "the Senator": a title, however tagged, is a role noun.
  if (c.low(b) == "the" && h + 1 == e && (c.lex.title.count(head) || c.lex.same_role.count(head))) common_head = true;
  // "a report from X", "a 2018 survey by X", "the statement": a document speaks for who issued it.
  if (common_head && c.lex.document.count(head)) {
    // "a statement issued by X": the participle's agent issued it.
    size_t by = h + 2 < e && c.tag(h + 1) == Tag::VBN && c.low(h + 2) == "by" ? h + 2 : h + 1;
    if (by + 1 < e && (c.low(by) == "from" || c.low(by) == "by" || c.low(by) == "of")) {
      size_t ib = by + 1;
      size_t ie = phrase_end(c, ib, e);
      if (ie > ib) {
        resolve(c, ib, ie, s, previous);
        s.first = uint32_t(b);
        return;
      }
    } else if (int issuer = c.low(b) == "the" ? document_issuer(c, b, h, previous) : -1;
               issuer >= 0 || (c.low(b) == "the" && (!previous || previous->name.empty()))) {
      if (issuer >= 0) {
        take_entity(c, issuer, s);
        s.attribution = "description";
        return;
      }
    } else if (c.low(b) == "the" && previous && !previous->name.empty()) {
      s.name = previous->name;
      s.actor = previous->actor;
      s.kind = previous->kind;
      s.person = previous->person;
      s.attribution = "description";
      return;
    }
  }
  // A name that is the head ("Lavrov", "Russia's envoy Kabulov") or a person
  // named inside the phrase; an organisation inside a common noun's phrase
  // ("a spokeswoman for X", "the German automaker") is not the speaker itself.
  if (named >= 0 && !common_head) {
    take_entity(c, named, s);
    if (owner < h) s.name = c.span_text(owner, e);
    else if (with_adjective != npos) s.name = c.span_text(with_adjective, c.names[c.name_of[h]].last);
    s.attribution = "explicit";
  } else if (named >= 0 && c.entities[named].person) {
    // "Morrison's lawyer", "friends of Mike Ford": a description naming the person in full.
    s.name = described_with_names(c, b, e);
    s.attribution = "explicit";
    s.kind = "description";
  } else if (common_head && c.low(b) == "the" && h + 1 >= e && h > b + 1 && lang::is_proper(c.tag(h - 1)) &&
             c.lex.group_noun.count(head)) {
    // "The Bush administration", "the Trump campaign": a proper name modifying a word for a body
    // makes the phrase name that body; no earlier organisation is meant (a person's role, "the
    // Kremlin spokesman", still refers back to the person named with it).
    s.name = c.span_text(b, e);
    s.attribution = "explicit";
    s.kind = "description";
  } else if (common_head && c.low(b) == "the" && h + 1 >= e) {
    bool modified = h > b + 1 && c.name_of[h - 1] < 0 && !lang::is_proper(c.tag(h - 1));
    int p = resolve_role(c, b, head, modified);
    if (p < 0) p = resolve_by_country(c, b, e);
    s.attribution = "description";
    if (p >= 0) take_entity(c, p, s);
    else s.name = c.span_text(b, e);
  } else if (int org = common_head && h == b + 2 && c.tag(b) == Tag::DT && c.lex.group_noun.count(c.low(b + 1))
                          ? body_of_modifier(c, b, c.low(b + 1))
                          : -1;
             org >= 0) {
    // "a company spokesperson", "an agency official": the organisation's own role noun.
    s.name = c.entities[org].name + " " + std::string(c.tok(h));
    s.actor = c.entities[org].code;
    s.attribution = "description";
    s.kind = "description";
  } else if (int later = common_head ? named_later(c, b, e) : -1; later >= 0) {
    take_entity(c, later, s);
    s.attribution = "explicit";
  } else if (int whose = common_head && b + 1 < e && c.tag(b) == Tag::PRPS ? resolve_possessive(c, b) : -1;
             whose >= 0) {
    // "his doctors", "her aides": people named by whose they are, and on their side.
    s.name = c.entities[whose].name + "'s " + c.span_text(b + 1, e);
    s.actor = c.entities[whose].code;
    s.attribution = "description";
    s.kind = "description";
  } else {
    s.name = c.span_text(b, e);
    s.attribution = "explicit";
    s.kind = "description";
  }
  carried_actor(c, b, own, s);
}

// "Steve Menet, senior vice president of sales for X, Inc., says": the person
// named at the start of the clause, before a comma, whatever the apposition
// between holds (commas included). The name mention's index, -1.
int apposed_person(const Context& c, size_t t) {
  const auto& sen = c.a.sentences[c.sentence_of[t]];
  size_t lo = std::max<size_t>(sen.first, t > 2 * kSubjectWindow ? t - 2 * kSubjectWindow : 0);
  size_t p = t;
  while (p > lo && !boundary(c, p - 1)) {
    --p;
    ++c.steps;
  }
  if (p > sen.first && !boundary(c, p - 1)) return -1;
  int ni = c.name_of[p];
  if (ni < 0 || c.names[ni].first != p || !c.entities[c.names[ni].entity].person) return -1;
  size_t after = c.names[ni].last;
  return after < t && c.tag(after) == Tag::Comma ? ni : -1;
}

// "The group that owns her catalogue," ending at the comma `comma`: a sentence that opens with a
// determiner and a common noun, the description of whom a following name names, no comma before.
bool description_opens(const Context& c, size_t first, size_t comma) {
  if (comma < first + 2 || c.tag(first) != Tag::DT || (c.tag(first + 1) != Tag::NN && c.tag(first + 1) != Tag::NNS))
    return false;
  for (size_t t = first; t < comma; ++t)
    if (c.tag(t) == Tag::Comma) return false;
  return true;
}

// "..., said the vote would go ahead": the phrase after the verb at `r` is the subject
// of the reported clause (its verb follows it), not an inverted speaker.
bool subject_of_clause(const Context& c, size_t r, size_t hi) {
  if (c.tag(r) == Tag::PRP) return r + 1 < hi && (lang::is_verb(c.tag(r + 1)) || c.tag(r + 1) == Tag::MD);
  size_t e = phrase_end(c, r, hi);
  return e > r && e < hi && (c.tag(e) == Tag::MD || c.tag(e) == Tag::VBD || c.tag(e) == Tag::VBZ || c.tag(e) == Tag::VBP);
}

// "Dale and Martha disputed", "Ford and Fry replied": two people named together
// speak together; the speaker becomes both, each by the fullest name.
void coordinated(const Context& c, Speaker& s) {
  if (!s.person || s.name.empty() || s.first < 2 || c.low(s.first - 1) != "and" || c.name_of[s.first] < 0 ||
      c.names[c.name_of[s.first]].first != s.first)
    return;
  int ni = c.name_of[s.first - 2];
  if (ni < 0 || c.names[ni].last != s.first - 1) return;
  const Entity& other = c.entities[c.names[ni].entity];
  if (!other.person || other.name == s.name) return;
  s.name = other.name + " and " + s.name;
  s.first = c.names[ni].first;
  s.actor.clear();
  s.plural = true;
}

}  // namespace

bool is_report_verb(const Context& c, size_t t) {
  Tag g = c.tag(t);
  if (!lang::is_verb(g) || g == Tag::VBG || !c.lex.report.count(c.a.tokens[t].lemma)) return false;
  // "the army could be called in", "called off the talks", "called up reservists": "call" with
  // these particles summons, cancels or mobilises; it says nothing ("called in a statement for"
  // has a phrase after "in").
  if (c.a.tokens[t].lemma == "call" && t + 1 < c.size()) {
    std::string p = c.low(t + 1);
    if (p == "off" || p == "up") return false;
    if (p == "in")
      return t + 2 < c.size() && (c.tag(t + 2) == Tag::DT || c.tag(t + 2) == Tag::PRPS || c.tag(t + 2) == Tag::CD ||
                                  lang::is_proper(c.tag(t + 2)));
  }
  return true;
}

// "The Northwind Group": an organisation's name written with its article, the name at `name`.
bool starts_with_the(const Context& c, size_t k, size_t name) { return name == k + 1 && c.low(k) == "the"; }

// The subject of a reporting verb whose left neighbour is the comma at `t` closing a phrase set
// off after it (`lo`: how far back to look; `sen`: the sentence): an apposition, a participle's or
// a preposition's phrase, a document's "issued by" phrase. Fills `s` when found.
void subject_before_comma(const Context& c, size_t t, size_t lo, const lang::Sentence& sen, Speaker& s,
                          const Speaker* previous) {
  // "X, a researcher at Y, said": the name before the apposition (an adverbial phrase
  // is no apposition: "..., after locating drugs in her car, said X" is inverted).
  size_t k = t;
  while (k > lo && c.tag(k - 1) != Tag::Comma && !boundary(c, k - 1)) {
    --k;
    ++c.steps;
  }
  std::string opener = k < t ? c.low(k) : "";
  bool place = opener == "of" || opener == "from" || opener == "at" || opener == "with" || opener == "for";
  // "The governor, speaking at a news conference, said", "The minister, in a statement,
  // said": a participle's or a preposition's phrase between the commas, right after the noun
  // phrase that opens the sentence, is set into the clause; that noun phrase is the subject.
  bool set_in = k < t && (c.tag(k) == Tag::VBG || c.tag(k) == Tag::IN) && k > lo + 1 &&
                    c.tag(k - 1) == Tag::Comma &&
                    (lang::is_noun(c.tag(k - 2)) || c.name_of[k - 2] >= 0) &&
                    phrase_start(c, k - 2, sen.first) == sen.first;
  if (!set_in && k < t && ((c.tag(k) == Tag::IN && !place) || c.tag(k) == Tag::VBG || c.tag(k) == Tag::TO))
    k = t;
  // "The statement, issued by the foreign ministry, said": a document's issuer named in a
  // participle's "by" phrase set off after it speaks.
  const bool issued_by = k + 2 < t && c.tag(k) == Tag::VBN && c.low(k + 1) == "by" && k > lo + 1 &&
                         c.tag(k - 1) == Tag::Comma && c.lex.document.count(c.low(k - 2));
  int between = t > k ? c.name_of[t - 1] : -1;
  // "The company that runs the show, Acme Productions, denies": an organisation's name in
  // apposition to a description names who speaks (a place there, "officials in the capital,
  // Kabul, said", is where the description's people are).
  bool named_body = between >= 0 && k > lo + 1 && c.tag(k - 1) == Tag::Comma && description_opens(c, sen.first, k - 1) &&
                    c.entities[c.names[between].entity].kind != MentionKind::Country &&
                    c.entities[c.names[between].entity].kind != MentionKind::Location;
  if (issued_by) {
    resolve(c, k + 2, t, s, previous);
  } else if (between >= 0 && (c.names[between].first == k || (named_body && starts_with_the(c, k, c.names[between].first))) &&
             (c.entities[c.names[between].entity].person || named_body)) {
    // "Putin's envoy to Afghanistan, Zamir Kabulov, said": the name between the commas.
    resolve(c, k, t, s, previous);
  } else if (k < t && k > lo + 1 && c.tag(k - 1) == Tag::Comma && (lang::is_noun(c.tag(k - 2)) || c.name_of[k - 2] >= 0)) {
    size_t e = k - 1;
    resolve(c, phrase_start(c, e - 1, sen.first, true), e, s, previous);
  }
}

Speaker speaker_of_verb(const Context& c, size_t v, const Speaker* previous) {
  Speaker s;
  const auto& sen = c.a.sentences[c.sentence_of[v]];
  size_t lo = std::max<size_t>(sen.first, v > kSubjectWindow ? v - kSubjectWindow : 0);
  // Left: skip auxiliaries, modals and adverbs ("has also said", "would not say").
  size_t l = v;
  // "X on Tuesday said", "X last week announced": a time phrase between subject and verb.
  auto time_phrase = [&](size_t k) {
    return k < v && c.lex.time.count(c.low(k)) &&
           (c.tag(k - 1) == Tag::IN || c.low(k - 1) == "last" || c.low(k - 1) == "this" || c.low(k - 1) == "late" ||
            c.low(k - 1) == "early");
  };
  while (l > lo && (lang::is_adv(c.tag(l - 1)) || c.tag(l - 1) == Tag::MD || c.lex.time.count(c.low(l - 1)) ||
                    (l - 1 > lo && time_phrase(l)) ||
                    (lang::is_verb(c.tag(l - 1)) &&
                     (c.a.tokens[l - 1].lemma == "be" || c.a.tokens[l - 1].lemma == "have" ||
                      c.a.tokens[l - 1].lemma == "do"))) &&
         c.quote_of[l - 1] < 0) {
    --l;
    ++c.steps;
  }
  // "the World Food Program (WFP) said": a short parenthesis after the subject (its abbreviation,
  // a party and state) is skipped.
  if (l > lo + 2 && c.tok(l - 1) == ")") {
    size_t open = l - 1;
    while (open > lo && open + 5 > l && c.tok(open - 1) != "(") --open;
    if (open > lo + 1 && c.tok(open - 1) == "(" && (lang::is_noun(c.tag(open - 2)) || c.name_of[open - 2] >= 0))
      l = open - 1;
  }
  if (l > lo && c.tag(l - 1) == Tag::Comma) lo = std::min(lo, long_relative_reach(c, l - 1, sen.first));
  int apposed = l > lo && (c.tag(l - 1) == Tag::Comma || lang::is_noun(c.tag(l - 1))) ? apposed_person(c, l - 1) : -1;
  if (apposed >= 0) {
    resolve(c, c.names[apposed].first, c.names[apposed].last, s, previous);
  } else if (size_t antecedent = l > lo + 2 ? relative_antecedent(c, l - 1, lo) : npos; antecedent != npos) {
    resolve(c, phrase_start(c, antecedent, sen.first, true), antecedent + 1, s, previous);
    coordinated(c, s);
  } else if (l > lo && !boundary(c, l - 1)) {
    size_t t = l - 1;
    if (c.tag(t) == Tag::PRP && c.low(t) != "it" && c.low(t) != "me" && c.low(t) != "us" && c.low(t) != "them" &&
        c.low(t) != "him" && c.low(t) != "her") {
      resolve(c, t, t + 1, s, previous);
    } else if (c.tag(t) == Tag::PRP && c.low(t) == "it") {
      resolve(c, t, t + 1, s, previous);
    } else if (c.tag(t) == Tag::Comma) {
      subject_before_comma(c, t, lo, sen, s, previous);
    } else if (c.age_word(t) && t > lo && c.low(t - 1) == "the") {
      // "The 52-year-old said": the person the text is about.
      int e = nearest_person(c, t);
      s.found = true;
      s.first = uint32_t(t - 1);
      s.last = uint32_t(t + 1);
      s.attribution = "description";
      if (e >= 0) take_entity(c, e, s);
      else s.name = c.span_text(t - 1, t + 1);
    } else if (lang::is_noun(c.tag(t)) || c.name_of[t] >= 0) {
      resolve(c, phrase_start(c, t, sen.first, true), t + 1, s, previous);
      coordinated(c, s);
    } else if ((c.low(t) == "which" || c.low(t) == "who" || (c.low(t) == "that" && c.tag(t) == Tag::WDT)) && t > lo + 1) {
      // "the ministry, which said ...", "officials who said ...", "a statement that said ...": the
      // relative pronoun's antecedent.
      size_t a = c.tag(t - 1) == Tag::Comma ? t - 2 : t - 1;
      if (a >= lo && !boundary(c, a) && (lang::is_noun(c.tag(a)) || c.name_of[a] >= 0)) {
        resolve(c, phrase_start(c, a, sen.first), a + 1, s, previous);
        s.relative = true;
      }
    }
  }
  // Right: "said X", "said a senior official", "said he" (only where the
  // verb has no subject of its own on its left).
  if (!s.found && v + 1 < sen.last) {
    bool inverted = l == sen.first || boundary(c, l - 1) || c.tag(l - 1) == Tag::Comma;
    size_t r = v + 1;
    while (r + 1 < sen.last && r < v + 3 && c.lex.time.count(c.low(r))) ++r;  // "said Tuesday"
    if (inverted && c.quote_of[r] < 0 && !c.lex.time.count(c.low(r)) && !subject_of_clause(c, r, sen.last)) {
      if (c.tag(r) == Tag::PRP && (c.low(r) == "he" || c.low(r) == "she" || c.low(r) == "they"))
        resolve(c, r, r + 1, s, previous);
      else if (lang::is_noun(c.tag(r)) || c.tag(r) == Tag::DT || lang::is_adj(c.tag(r)) || c.tag(r) == Tag::CD ||
               c.name_of[r] >= 0) {
        size_t e = phrase_end(c, r, sen.last);
        // "Never urged Ukraine to investigate": before "to" + verb or "that", the noun phrase
        // after an object-taking verb is its object, not an inverted subject.
        bool object = c.lex.object.count(c.a.tokens[v].lemma) && e + 1 < sen.last &&
                      ((c.low(e) == "to" && c.tag(e + 1) == Tag::VB) || c.low(e) == "that");
        if (e > r && !object) resolve(c, r, e, s, previous);
      }
    }
  }
  // "..., but said ...", "... and added ...": the coordinated verb shares the main clause's subject.
  if (!s.found && l > lo && c.tag(l - 1) == Tag::CC) s = speaker_of_main_clause(c, l - 1, previous);
  // "The stock added 2%", "Revenue posted a gain": a market figure moves, it does not speak.
  // A person's name that is also such a word ("Price said", "Stock told") still speaks.
  bool person_name = s.last > s.first && c.name_of[s.last - 1] >= 0 &&
                     c.entities[c.names[c.name_of[s.last - 1]].entity].person;
  if (s.found && s.last > s.first && !lang::is_proper(c.tag(s.last - 1)) && !person_name &&
      c.lex.thing.count(c.low(s.last - 1)))
    return {};
  if (s.found) {
    s.verb_token = uint32_t(v);
    s.verb = std::string(c.tok(v));
  }
  return s;
}

// ", while the police deny ... and say": past a comma and a contrastive subordinator a clause
// with a subject of its own begins; the verbs after it share that subject. The first token of
// the last such clause in [lo, v), else lo.
size_t contrast_clause_start(const Context& c, size_t lo, size_t v) {
  for (size_t t = v; t-- > lo + 1;) {
    ++c.steps;
    if (c.tag(t - 1) == Tag::Comma && contrastive(c.low(t))) return t + 1;
    // "..., and when X looks into the cameras and swears": a subordinate clause opened after a
    // comma (and a conjunction) holds the coordinated verb and its subject.
    bool after_comma = c.tag(t - 1) == Tag::Comma || (c.tag(t - 1) == Tag::CC && t > lo + 1 && c.tag(t - 2) == Tag::Comma);
    if (after_comma && c.lex.subordinator.count(c.low(t)) && (c.tag(t) == Tag::IN || c.tag(t) == Tag::WRB)) return t + 1;
  }
  return lo;
}

Speaker speaker_of_main_clause(const Context& c, size_t v, const Speaker* previous) {
  const auto& sen = c.a.sentences[c.sentence_of[v]];
  size_t lo = std::max<size_t>(sen.first, v > kVerbWindow ? v - kVerbWindow : 0);
  lo = contrast_clause_start(c, lo, v);
  for (size_t f = lo; f < v; ++f) {
    ++c.steps;
    Tag g = c.tag(f);
    // "Marsh later tweeted that": a reporting verb's past form read as a participle right
    // after its subject (adverbs between) is the finite verb.
    size_t k = f;
    while (g == Tag::VBN && k > lo && lang::is_adv(c.tag(k - 1))) --k;
    bool slipped = g == Tag::VBN && k > lo && is_report_verb(c, f) &&
                   (lang::is_noun(c.tag(k - 1)) || c.tag(k - 1) == Tag::PRP || c.name_of[k - 1] >= 0);
    if (c.quote_of[f] >= 0 || !(g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD || slipped)) continue;
    // An auxiliary or modal: the subject is left of the verb group, which speaker_of_verb skips.
    size_t m = f;
    while (m + 1 < v && (lang::is_verb(c.tag(m + 1)) || c.tag(m + 1) == Tag::MD || lang::is_adv(c.tag(m + 1)))) ++m;
    if (m > f && !lang::is_verb(c.tag(m))) m = f;
    if (f > lo && c.tag(f - 1) == Tag::CC) return {};  // a coordinated verb itself: no deeper search
    return speaker_of_verb(c, m, previous);
  }
  return {};
}

Speaker speaker_of_phrase(const Context& c, size_t t, const Speaker* previous) {
  Speaker s;
  if (boundary(c, t) || !(lang::is_noun(c.tag(t)) || c.name_of[t] >= 0)) return s;
  resolve(c, phrase_start(c, t, c.a.sentences[c.sentence_of[t]].first, true), t + 1, s, previous);
  coordinated(c, s);
  return s;
}

Speaker speaker_of_span(const Context& c, size_t b, size_t e, const Speaker* previous) {
  Speaker s;
  if (b >= e) return s;
  resolve(c, b, e, s, previous);
  return s;
}

Speaker speaker_according_to(const Context& c, size_t t, const Speaker* previous) {
  Speaker s;
  const auto& sen = c.a.sentences[c.sentence_of[t]];
  size_t r = t + 2;
  if (r >= sen.last || c.quote_of[r] >= 0) return s;
  size_t e = phrase_end(c, r, sen.last);
  if (e <= r) return s;
  // "according to his aunt, Jane Starner,": the person named in apposition.
  int ni = e + 1 < sen.last && c.tag(e) == Tag::Comma ? c.name_of[e + 1] : -1;
  if (ni >= 0 && c.names[ni].first == e + 1 && c.entities[c.names[ni].entity].person && !lang::is_proper(c.tag(e - 1)))
    resolve(c, e + 1, c.names[ni].last, s, previous);
  else
    resolve(c, r, e, s, previous);
  s.verb = "according to";
  s.verb_token = uint32_t(t);
  return s;
}

}  // namespace dyad::quotes
