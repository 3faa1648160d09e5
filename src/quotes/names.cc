// The named people and organisations of a document, for speaker resolution:
// dictionary actor mentions and runs of proper names, a surname linked to the
// fullest earlier name, roles from titles and appositions ("Foreign Minister
// X", "X, the company's spokeswoman,") and genders from titles, role nouns and
// the pronouns that follow a name.
#include <algorithm>
#include <cctype>

#include "actors/dictionary.h"
#include "base/text.h"
#include "lang/name_finder.h"
#include "quotes/context.h"

namespace dyad::quotes {

using lang::Tag;

const Lexicon& Lexicon::get() {
  static const Lexicon lex = [] {
    Lexicon l;
    for (const auto& line : base::load_word_list("quotes/words.txt")) {
      std::vector<std::string> parts;
      size_t s = 0;
      while (s <= line.size()) {
        size_t e = line.find('|', s);
        if (e == std::string::npos) e = line.size();
        std::string w = line.substr(s, e - s);
        size_t a = w.find_first_not_of(' '), b = w.find_last_not_of(' ');
        parts.push_back(a == std::string::npos ? "" : w.substr(a, b - a + 1));
        s = e + 1;
      }
      if (parts.size() < 2) continue;
      if (parts[0] == "same_role") {
        for (size_t i = 1; i < parts.size(); ++i)
          if (!parts[i].empty()) l.same_role.emplace(parts[i], parts[1]);
        continue;
      }
      WordSet* set = parts[0] == "report"         ? &l.report
                     : parts[0] == "object"       ? &l.object
                     : parts[0] == "clause_only"  ? &l.clause_only
                     : parts[0] == "organisation" ? &l.organisation
                     : parts[0] == "group_noun"   ? &l.group_noun
                     : parts[0] == "female"       ? &l.female
                     : parts[0] == "male"         ? &l.male
                     : parts[0] == "title"        ? &l.title
                     : parts[0] == "time"         ? &l.time
                     : parts[0] == "caption"      ? &l.caption
                     : parts[0] == "document"     ? &l.document
                     : parts[0] == "role"         ? &l.role
                     : parts[0] == "legal_form"   ? &l.legal_form
                     : parts[0] == "passive"      ? &l.passive
                     : parts[0] == "thing"        ? &l.thing
                     : parts[0] == "work_object"  ? &l.work_object
                     : parts[0] == "to_report"    ? &l.to_report
                     : parts[0] == "subordinator" ? &l.subordinator
                     : parts[0] == "speech_noun"  ? &l.speech_noun
                     : parts[0] == "causes_speech" ? &l.causes_speech
                     : parts[0] == "public_body"  ? &l.public_body
                                                  : nullptr;
      if (!set) continue;
      for (size_t i = 1; i < parts.size(); ++i)
        if (!parts[i].empty()) set->insert(parts[i]);
    }
    return l;
  }();
  return lex;
}

Context::Context(std::string_view t, const lang::Annotation& an, const std::vector<ActorMention>& m)
    : text(t), a(an), ms(m), lex(Lexicon::get()) {
  size_t n = a.tokens.size();
  sentence_of.assign(n, 0);
  for (uint32_t s = 0; s < a.sentences.size(); ++s)
    for (uint32_t k = a.sentences[s].first; k < a.sentences[s].last && k < n; ++k) sentence_of[k] = s;
  mention_of.assign(n, -1);
  for (size_t i = 0; i < ms.size(); ++i)
    for (uint32_t k = ms[i].first_token; k < ms[i].last_token && k < n; ++k)
      if (mention_of[k] < 0) mention_of[k] = int(i);
  np_of.assign(n, -1);
  for (size_t i = 0; i < a.noun_phrases.size(); ++i)
    for (uint32_t k = a.noun_phrases[i].first; k < a.noun_phrases[i].last && k < n; ++k) np_of[k] = int(i);
  quote_of.assign(n, -1);
  name_of.assign(n, -1);
}

std::string Context::low(size_t t) const { return actors::fold_token(tok(t)); }

std::string Context::span_text(size_t first, size_t last) const {
  if (first >= last) return "";
  uint32_t s = a.tokens[first].span.start, e = a.tokens[last - 1].span.end;
  return std::string(text.substr(s, e - s));
}

namespace {

using lang::capitalised;

// A generational suffix after a name, in lower case: "jr.", "sr", "iii".
bool generational_suffix(std::string_view low) {
  return low == "jr." || low == "jr" || low == "sr." || low == "sr" || low == "ii" || low == "iii" || low == "iv";
}
bool acronym(std::string_view s) {
  int caps = 0;
  for (char ch : s) {
    if (std::islower(static_cast<unsigned char>(ch))) return false;
    if (std::isupper(static_cast<unsigned char>(ch))) ++caps;
  }
  return caps >= 2;
}
// "DEA", "VW": one short word of capitals, as an organisation's initials are written.
bool short_initials(std::string_view s) {
  return acronym(s) && s.size() <= 6 && s.find(' ') == std::string_view::npos;
}

struct Builder {
  Context& c;
  std::unordered_map<std::string, int> by_name;

  // "Customs and Border Protection", "Food and Drug Administration": "and" at token k joins
  // two runs of capitalised words into one organisation's name when the run after it ends in a
  // word for an organisation and the run before it does not (else it joins two bodies, "the
  // Senate and House Committees", or two names, "Britain and France").
  bool joined_organisation(size_t i, size_t k) const {
    if (k == i || k + 1 >= c.size() || c.low(k) != "and" || c.lex.organisation.count(c.low(k - 1))) return false;
    size_t t = k + 1;
    while (t < c.size() && !c.a.tokens[t].para_start && c.mention_of[t] < 0 && (name_token(t) || name_modifier(t))) ++t;
    return t > k + 1 && capitalised(c.tok(t - 1)) && c.lex.organisation.count(c.low(t - 1));
  }
  // "Bank", "Department of Justice": a run that names an organisation so far
  // ("Martin Taylor of Aberdeenshire" is a person and a place).
  bool org_run(size_t i, size_t k) const {
    for (size_t t = i; t < k; ++t)
      if (c.lex.organisation.count(c.low(t))) return true;
    return k - i == 1 && i > 0 && c.low(i - 1) == "the";
  }
  // "insider", "singer-guitarists": a word for what a person does (each part of a hyphenated word).
  bool role_word(const std::string& w) const {
    if (c.lex.role.count(w)) return true;
    size_t h = w.find('-');
    return h != std::string::npos && (c.lex.role.count(w.substr(0, h)) || c.lex.role.count(w.substr(h + 1)));
  }
  // "chief executive of Ceres Robotics", "the label X, which ...": the run
  // [i, k) names an organisation by where it stands.
  bool organisation_context(size_t i, size_t k) const {
    size_t p = i;
    if (p > 0 && c.low(p - 1) == "the") --p;
    if (p >= 2) {
      std::string prep = c.low(p - 1);
      if ((prep == "of" || prep == "at" || prep == "for") && (role_word(c.low(p - 2)) || c.lex.title.count(c.low(p - 2))))
        return true;
    }
    return (k + 1 < c.size() && c.tag(k) == Tag::Comma && c.low(k + 1) == "which") || group_apposition(i, k);
  }
  // "The group that owns her music, Big Machine,", "Big Machine, the label that ...": a name
  // in apposition to a common noun for an organisation (group_noun) names an organisation.
  bool group_apposition(size_t i, size_t k) const {
    if (i > 1 && c.tag(i - 1) == Tag::Comma) {
      size_t p = i - 1;
      while (p > 0 && i - p < 14 && c.tag(p - 1) != Tag::Comma && c.tag(p - 1) != Tag::Period && !c.a.tokens[p].para_start)
        --p;
      // The group noun is the head: "The group that ...", not "The company's chief executive".
      if (p + 2 < i && c.tag(p) == Tag::DT && c.lex.group_noun.count(c.low(p + 1)) &&
          (c.tag(p + 2) == Tag::Comma || c.tag(p + 2) == Tag::WDT || c.tag(p + 2) == Tag::WP || c.low(p + 2) == "that"))
        return true;
    }
    if (k + 2 < c.size() && c.tag(k) == Tag::Comma && c.tag(k + 1) == Tag::DT) {
      size_t h = k + 2;
      while (h + 1 < c.size() && h < k + 5 && (lang::is_adj(c.tag(h)) || lang::is_noun(c.tag(h + 1)))) ++h;
      return c.lex.group_noun.count(c.low(h)) > 0;
    }
    return false;
  }
  // "European Space Agency", "Kotak Institutional Equities": a capitalised adjective or
  // common noun inside a name, as a tagger may read it, when a proper name follows.
  bool name_modifier(size_t t) const {
    Tag g = c.tag(t);
    if (!(lang::is_adj(g) || g == Tag::NN || g == Tag::NNS) || !capitalised(c.tok(t)) || t + 1 >= c.size()) return false;
    if (c.a.tokens[t + 1].para_start || c.mention_of[t + 1] >= 0) return false;
    // At a sentence start every word is capitalised: only before two proper names.
    bool initial = t == 0 || c.sentence_of[t - 1] != c.sentence_of[t] || c.tag(t - 1) == Tag::LQuote;
    if (initial) return t + 2 < c.size() && name_token(t + 1) && name_token(t + 2);
    return name_token(t + 1);
  }
  bool name_token(size_t t) const {
    return lang::is_proper(c.tag(t)) && capitalised(c.tok(t)) && !c.lex.time.count(c.low(t));
  }
  Gender gender_word(const std::string& w) const {
    return c.lex.female.count(w) ? Gender::Female : c.lex.male.count(w) ? Gender::Male : Gender::Unknown;
  }
  // "McClatchy Co.", "Rowan Textiles Inc.": an organisation's name without its legal form.
  std::string without_legal_form(std::string name) const {
    for (size_t sp = name.rfind(' '); sp != std::string::npos && c.lex.legal_form.count(actors::fold_token(name.substr(sp + 1)));
         sp = name.rfind(' '))
      name.resize(sp > 0 && name[sp - 1] == ',' ? sp - 1 : sp);
    return name;
  }
  int entity_for(std::string name, bool person, const std::string& code, MentionKind kind, const std::string& kind_label) {
    if (!person) name = without_legal_form(name);
    std::string surname = surname_of(name);
    auto it = by_name.find(name);
    if (it != by_name.end()) return it->second;
    // A surname, or a longer form, of a person named before.
    if (person || name.find(' ') == std::string::npos)
      for (int e = int(c.entities.size()) - 1; e >= 0; --e) {
        Entity& en = c.entities[e];
        if (!en.person || en.surname != surname) continue;
        if (name == surname || en.name.rfind(name.substr(0, name.find(' ')) + " ", 0) == 0) {
          if (name.size() > en.name.size() && name != surname) en.name = name;
          by_name[name] = e;
          return e;
        }
      }
    // An organisation's short form: its initials ("DEA"), a contraction ("VW"), its first words ("Alden").
    if (!person) {
      int e = organisation_alias(name);
      if (e >= 0) {
        by_name[name] = e;
        return e;
      }
    }
    // A first name alone ("Dale" after "Dale Ford"; "Liu" after "Liu Xiaming").
    if (name.find(' ') == std::string::npos)
      for (int e = int(c.entities.size()) - 1; e >= 0; --e)
        if (c.entities[e].person && c.entities[e].name.rfind(name + " ", 0) == 0) {
          by_name[name] = e;
          return e;
        }
    Entity en;
    en.name = name;
    en.surname = surname;
    en.person = person;
    en.code = code;
    en.kind = kind;
    en.kind_label = kind_label;
    c.entities.push_back(en);
    by_name[name] = int(c.entities.size()) - 1;
    return int(c.entities.size()) - 1;
  }
  // The last word of a name, before a generational suffix ("Patrick Carlineo Jr." -> "Carlineo").
  static std::string surname_of(const std::string& name) {
    size_t sp = name.rfind(' ');
    std::string last = name.substr(sp == std::string::npos ? 0 : sp + 1);
    if (!generational_suffix(actors::fold_token(last)) || sp == std::string::npos || name.find(' ') == sp) return last;
    std::string rest = name.substr(0, sp);
    if (!rest.empty() && rest.back() == ',') rest.pop_back();
    size_t sp2 = rest.rfind(' ');
    return rest.substr(sp2 == std::string::npos ? 0 : sp2 + 1);
  }
  // The first token of a person's name found by the name finder, past titles, role words
  // and abbreviations before it ("U.S. Attorney Jane Ruiz" -> "Jane Ruiz"), which become roles.
  // "Prime Minister X": modifiers of a title go with it.
  // The end of a minister's portfolio starting at token b ("Agriculture", "Foreign Affairs",
  // data/actors/portfolios.txt) before `last`; b when none starts there.
  size_t portfolio_end(size_t b, size_t last) const {
    std::vector<std::string_view> words;
    for (size_t k = b; k < last && k < b + 6; ++k) words.push_back(c.tok(k));
    uint32_t length = 0;
    if (words.empty() || actors::Dictionary::get().portfolio_at(words, 0, length).empty()) return b;
    return b + length;
  }
  size_t past_titles(size_t i, size_t last, std::vector<std::string>& roles) const {
    size_t s = i;
    for (size_t t = i; t + 1 < last && t < i + 4; ++t) {
      std::string w = c.low(t);
      if (c.lex.title.count(w) || role_word(w)) {
        for (size_t k = s; k <= t; ++k)
          if (c.low(k).back() != '.') roles.push_back(c.low(k));
        s = t + 1;
        // "Minister of Agriculture Paul Renaud": the portfolio after "of" is part of the title.
        if (size_t p = t + 2 < last && c.low(t + 1) == "of" ? portfolio_end(t + 2, last) : t; p > t + 2 && p < last) {
          s = p;
          t = p - 1;
        }
      } else if (!capitalised(c.tok(t))) {
        break;
      }
    }
    return s;
  }
  int organisation_alias(const std::string& name) const {
    bool short_caps = short_initials(name);
    auto candidate = [&](const Entity& en) {
      return !en.person && en.kind != MentionKind::Location && en.kind != MentionKind::Country && en.name.size() > name.size();
    };
    for (int e = int(c.entities.size()) - 1; short_caps && e >= 0; --e)
      if (candidate(c.entities[e]) && (initials(c.entities[e].name) == name || contraction(name, c.entities[e].name)))
        return e;
    for (int e = int(c.entities.size()) - 1; !short_caps && e >= 0; --e)
      if (candidate(c.entities[e]) && c.entities[e].name.rfind(name + " ", 0) == 0) return e;
    return -1;
  }
  // "Drug Enforcement Administration" -> "DEA" (small words skipped).
  static std::string initials(const std::string& n) {
    std::string out;
    size_t i = 0;
    while (i < n.size()) {
      size_t j = n.find(' ', i);
      if (j == std::string::npos) j = n.size();
      std::string w = n.substr(i, j - i);
      if (!w.empty() && std::isupper(static_cast<unsigned char>(w[0]))) out += w[0];
      i = j + 1;
    }
    return out;
  }
  // "VW" in "Volkswagen": one word, the same first letter, the other letters in order.
  static bool contraction(const std::string& a, const std::string& n) {
    if (n.find(' ') != std::string::npos || a.size() < 2 || std::toupper(static_cast<unsigned char>(n[0])) != a[0])
      return false;
    size_t at = 1;
    for (size_t i = 1; i < a.size(); ++i) {
      at = n.find(char(std::tolower(static_cast<unsigned char>(a[i]))), at);
      if (at == std::string::npos) return false;
      ++at;
    }
    return true;
  }
  // The length of the longest name of two or more words met before that starts at token `i`, 0 if none.
  size_t known_name_at(size_t i) const {
    size_t best = 0;
    for (size_t len = 2; len <= 5 && i + len <= c.size(); ++len) {
      ++c.steps;
      if (c.a.tokens[i + len - 1].para_start || !capitalised(c.tok(i + len - 1))) break;
      if (by_name.count(c.span_text(i, i + len))) best = len;
    }
    return best;
  }
  // The person named before whose surname is the word at `i` (not followed by another name), -1.
  int known_surname(size_t i) const {
    if (i + 1 < c.size() && (name_token(i + 1) || c.mention_of[i + 1] >= 0)) return -1;
    std::string_view w = c.tok(i);
    for (int e = int(c.entities.size()) - 1, k = 0; e >= 0 && k < 64; --e, ++k) {
      ++c.steps;
      const Entity& en = c.entities[e];
      if (en.person && en.surname == w && en.name.size() > w.size()) return e;
    }
    return -1;
  }
  // "Jane Starner" where the actor stage found only "Starner" (a surname linked to a person
  // named later): the proper names right before a one-word person mention are the rest of
  // the name. The mention's first token, or `i` when no such mention follows the run.
  size_t person_lead(size_t i) const {
    if (c.mention_of[i] >= 0 || !name_token(i)) return i;
    size_t k = i;
    while (k < c.size() && k < i + 3 && c.mention_of[k] < 0 && name_token(k) && (k == i || !c.a.tokens[k].para_start)) ++k;
    if (k >= c.size() || k == i || c.a.tokens[k].para_start || c.mention_of[k] < 0 || !capitalised(c.tok(k))) return i;
    const auto& m = c.ms[c.mention_of[k]];
    if (m.first_token != k || m.last_token != k + 1 || m.kind != MentionKind::Person || !m.code.empty()) return i;
    return k;
  }
  // "Patrick Carlineo Jr.": a generational suffix after a person's name belongs to it.
  size_t past_suffix(size_t last) const {
    if (last >= c.size() || c.a.tokens[last].para_start) return last;
    return generational_suffix(c.low(last)) && capitalised(c.tok(last)) ? last + 1 : last;
  }
  void add_name(size_t first, size_t last, int e) {
    c.names.push_back({uint32_t(first), uint32_t(last), e});
    for (size_t k = first; k < last; ++k) c.name_of[k] = int(c.names.size()) - 1;
  }
  // Roles from the words before a name and from an apposition after it: a person's
  // ("spokeswoman"), an organisation's ("the automaker Volkswagen", "Big Machine, the label").
  void roles_around(size_t first, size_t last, int e) {
    Entity& en = c.entities[e];
    auto add_role = [&](const std::string& w) {
      if (w.empty() || std::find(en.roles.begin(), en.roles.end(), w) != en.roles.end()) return;
      en.roles.push_back(w);
      if (en.gender == Gender::Unknown && en.person) en.gender = gender_word(w);
    };
    if (first > 0 && lang::is_noun(c.tag(first - 1)) && !lang::is_proper(c.tag(first - 1))) add_role(c.low(first - 1));
    // "Prime Minister Boris Johnson", "Police Chief X": capitalised titles and role words right before
    // the name, or inside a dictionary mention that holds them.
    for (size_t t = first; t > 0 && first - t < 4 && capitalised(c.tok(t - 1)) && c.mention_of[t - 1] < 0; --t) {
      std::string w = c.low(t - 1);
      if (c.lex.title.count(w) || role_word(w)) add_role(w);
      else if (!lang::is_adj(c.tag(t - 1)) && !lang::is_noun(c.tag(t - 1))) break;
    }
    for (size_t t = first; t + 1 < last; ++t)
      if (c.lex.title.count(c.low(t)) || role_word(c.low(t))) add_role(c.low(t));
    // "the company's spokeswoman, Lena Varga,": the noun before the comma.
    if (first > 1 && c.tag(first - 1) == Tag::Comma && (c.tag(first - 2) == Tag::NN || c.tag(first - 2) == Tag::NNS))
      add_role(c.low(first - 2));
    if (last + 2 < c.size() && c.tok(last) == ",") {
      std::string head;
      for (size_t k = last + 1; k < c.size() && k < last + 12; ++k) {
        Tag tg = c.tag(k);
        // "published in X, the 43-year-old man had ...": a noun phrase that its own finite verb
        // follows is the subject of the clause a fronted phrase ended before, no apposition.
        if (tg == Tag::VBD || tg == Tag::VBZ || tg == Tag::VBP || tg == Tag::MD) head.clear();
        if (tg == Tag::Comma || tg == Tag::Period || tg == Tag::IN || lang::is_verb(tg) || tg == Tag::LQuote ||
            tg == Tag::RQuote || tg == Tag::Colon)
          break;
        if (tg == Tag::NN || tg == Tag::NNS) head = c.low(k);
      }
      add_role(head);
    }
  }
  void run();
};

void Builder::run() {
  size_t n = c.size();
  for (size_t i = 0; i < n;) {
    size_t lead = person_lead(i);
    int mi = c.mention_of[lead];
    if (mi >= 0 && c.ms[mi].first_token == lead && c.ms[mi].kind != MentionKind::Location && !c.ms[mi].anonymous) {
      const auto& m = c.ms[mi];
      size_t mlast = std::max<size_t>(m.last_token, lead + 1);
      if (lead > i || (m.kind == MentionKind::Person && m.code.empty())) mlast = past_suffix(mlast);
      bool person = m.kind == MentionKind::Person && !org_run(i, mlast);  // "Rowan Textiles Inc." is no person
      // An organisation or country is named as the text names it ("the US military", "the UK"), its
      // code telling which actor it is; a person keeps the dictionary's spelling; a demonym its country.
      bool as_written = !person && lang::is_noun(c.tag(mlast - 1));
      size_t from = i + 1 < mlast && c.tag(i) == Tag::DT ? i + 1 : i;  // "the UK": "UK"
      std::vector<std::string> titles;
      size_t named_from = person && m.code.empty() ? past_titles(i, mlast, titles) : i;
      // A person the name finder found (no code) is linked here, by the name as written.
      std::string name = as_written ? c.span_text(from, mlast) : person && m.code.empty() ? c.span_text(named_from, mlast) : m.name;
      int e = entity_for(name, person, m.code, m.kind, m.kind_label);
      for (const auto& r : titles)
        if (std::find(c.entities[e].roles.begin(), c.entities[e].roles.end(), r) == c.entities[e].roles.end())
          c.entities[e].roles.push_back(r);
      if (c.entities[e].code.empty()) c.entities[e].code = m.code;
      size_t last = mlast;
      add_name(i, last, e);
      if (person || m.kind != MentionKind::Country) roles_around(i, last, e);
      if (!m.role.empty() && person) c.entities[e].roles.push_back(actors::fold_token(m.role));
      for (size_t t : {i > 0 ? i - 1 : i, i})  // "Mrs. Brandt": the title before or inside the mention
        if (gender_word(c.low(t)) != Gender::Unknown && c.entities[e].gender == Gender::Unknown)
          c.entities[e].gender = gender_word(c.low(t));
      i = last;
      continue;
    }
    // A name met before, whatever its tags here ("Big Machine" tagged as an adjective and a noun at a sentence start).
    if (c.mention_of[i] < 0 && capitalised(c.tok(i)) && !lang::is_proper(c.tag(i))) {
      size_t len = known_name_at(i);
      if (len > 0) {
        add_name(i, i + len, by_name[c.span_text(i, i + len)]);
        i += len;
        continue;
      }
      // "the CPA" after "the Coastal Ports Authority": an organisation's initials name it,
      // whatever the tagger made of them (a common noun, an adjective).
      if (short_initials(c.tok(i))) {
        if (int e = organisation_alias(std::string(c.tok(i))); e >= 0) {
          add_name(i, i + 1, e);
          ++i;
          continue;
        }
      }
      // "Price, 52, said": the surname of a person named before, read as a common noun at a
      // sentence start.
      if (int e = known_surname(i); e >= 0) {
        add_name(i, i + 1, e);
        ++i;
        continue;
      }
    }
    if (!(name_token(i) || name_modifier(i)) || c.mention_of[i] >= 0) {
      ++i;
      continue;
    }
    // A run of proper names, "of"/"for"/"on"/"&" inside institutions ("Bank of Canada",
    // "Council on Foreign Relations").
    size_t k = i;
    while (k < n && (k == i || !c.a.tokens[k].para_start) && c.mention_of[k] < 0) {
      if (name_token(k) || (k > i && capitalised(c.tok(k)) && c.lex.organisation.count(c.low(k))) ||
          name_modifier(k))
        ++k;
      else if (k > i && k + 1 < n && (c.low(k) == "of" || c.low(k) == "for" || c.low(k) == "on" || c.low(k) == "&") && name_token(k + 1) &&
               !c.a.tokens[k + 1].para_start && org_run(i, k))
        ++k;
      else if (joined_organisation(i, k))
        ++k;
      else break;
    }
    // Titles and role words at the start are not the name ("Foreign Minister X").
    size_t s = i;
    std::vector<std::string> roles;
    Gender g = Gender::Unknown;
    bool org_name = org_run(i, k);
    for (size_t t = i; t + 1 < k; ++t) {
      std::string w = c.low(t);
      // Titles, role words and team or network acronyms before a person's name
      // ("Foreign Minister X", "CBS Sports NFL Insider X", "Browns DL X").
      if (c.lex.title.count(w) || c.lex.female.count(w) || c.lex.male.count(w) ||
          (!org_name && k - t > 2 && acronym(c.tok(t))) || (k - t > 2 && role_word(w) && !org_run(t + 1, k))) {
        s = t + 1;
        roles.push_back(w);
        if (gender_word(w) != Gender::Unknown) g = gender_word(w);
      }
    }
    for (size_t t = i; t < s; ++t)
      if (!c.lex.title.count(c.low(t))) roles.push_back(c.low(t));
    bool org = (i > 0 && c.low(i - 1) == "the") || (k - s == 1 && acronym(c.tok(s))) || organisation_context(i, k);
    for (size_t t = s; t < k; ++t)
      if (c.lex.organisation.count(c.low(t)) || c.low(t) == "of" || c.low(t) == "for") org = true;
    // "congresswoman X": a person by the word before the name.
    std::string before = i > 0 ? c.low(i - 1) : "";
    bool introduced = i > 0 && (gender_word(before) != Gender::Unknown || role_word(before) || c.lex.title.count(before));
    bool person = !org && (k - s >= 2 || s > i || introduced);
    if (introduced && g == Gender::Unknown) g = gender_word(before);
    std::string name = c.span_text(s, k);
    int e = entity_for(name, person, "", person ? MentionKind::Person : MentionKind::Other, person ? "" : "organisation");
    if (!person && c.entities[e].person) person = true;  // a surname of a person named before
    if (person && s == i && !introduced && g == Gender::Unknown && roles.empty() && c.entities[e].roles.empty() &&
        int(c.entities.size()) - 1 == e)
      c.entities[e].guessed = true;
    add_name(s, k, e);
    for (const auto& r : roles) c.entities[e].roles.push_back(r);
    if (g != Gender::Unknown) c.entities[e].gender = g;
    roles_around(s, k, e);
    i = k;
  }
}

// Genders from pronouns: "he"/"she"/"his"/"her" after a person named in the
// same or the previous sentence, when only one person is named there.
void genders_from_pronouns(Context& c) {
  size_t ni = 0;
  for (size_t t = 0; t < c.size(); ++t) {
    while (ni < c.names.size() && c.names[ni].last <= t) ++ni;
    std::string w = c.low(t);
    Gender g = (w == "he" || w == "his" || w == "him") ? Gender::Male
               : (w == "she" || w == "her")            ? Gender::Female
                                                       : Gender::Unknown;
    if (g == Gender::Unknown || c.quote_of[t] >= 0) continue;
    uint32_t s = c.sentence_of[t];
    uint32_t from = c.a.sentences[s > 0 ? s - 1 : 0].first;
    int only = -1;
    bool several = false;
    for (size_t j = ni; j-- > 0 && c.names[j].first >= from && ni - j <= 20;) {
      int e = c.names[j].entity;
      if (!c.entities[e].person) continue;
      // "lives near Green Hollow": a two-word name after a preposition may be a place.
      size_t f = c.names[j].first;
      if (c.entities[e].guessed && f > 0 && (c.tag(f - 1) == Tag::IN || c.tag(f - 1) == Tag::TO)) continue;
      if (only >= 0 && only != e) several = true;
      only = e;
    }
    if (only >= 0 && !several && c.entities[only].gender == Gender::Unknown) c.entities[only].gender = g;
  }
}

}  // namespace

void collect_names(Context& c) {
  Builder b{c, {}};
  b.run();
  genders_from_pronouns(c);
  sentence_subjects(c);
}

}  // namespace dyad::quotes
