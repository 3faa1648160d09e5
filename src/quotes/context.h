// What the quotation finder knows about one document while it works: the
// word lists of data/quotes/words.txt, per-token indexes (sentence, actor
// mention, noun phrase, quotation) and the named people and organisations
// with their genders and roles, for resolving speakers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/types.h"
#include "lang/annotation.h"

namespace dyad::quotes {

// A subordinator that opens a clause in contrast with the one before ("while", "whereas"); with
// `concessive`, "although" and "though" too.
inline bool contrastive(std::string_view w, bool concessive = false) {
  return w == "while" || w == "whereas" || (concessive && (w == "although" || w == "though"));
}

using WordSet = std::unordered_set<std::string>;

// data/quotes/words.txt, loaded once.
struct Lexicon {
  WordSet report, object, clause_only, organisation, group_noun, female, male, title, time, caption, document, role, legal_form, passive,
      thing, work_object, to_report, subordinator, speech_noun, causes_speech, public_body;
  // same_role: words naming one role ("sen." and "senator", "attorney" and "lawyer") -> the line's first word.
  std::unordered_map<std::string, std::string> same_role;
  const std::string& role_class(const std::string& w) const {
    auto it = same_role.find(w);
    return it == same_role.end() ? w : it->second;
  }
  static const Lexicon& get();
};

enum class Gender : uint8_t { Unknown, Male, Female };

// A person or organisation named in the document.
struct Entity {
  std::string name;          // the fullest form named so far
  std::string surname;       // last word of a person's name
  std::string code;          // actor code when a dictionary actor
  MentionKind kind = MentionKind::Other;  // and its kind; an Other kind's word is kind_label
  std::string kind_label;
  bool person = false;
  bool guessed = false;      // a person only because the name has two words (no title, role or gender)
  Gender gender = Gender::Unknown;
  std::vector<std::string> roles;  // role nouns ("minister", "spokeswoman")
};

// One place an entity is named: tokens [first, last).
struct NameMention {
  uint32_t first = 0, last = 0;
  int entity = -1;
};

struct Context {
  std::string_view text;
  const lang::Annotation& a;
  const std::vector<ActorMention>& ms;
  const Lexicon& lex;
  std::vector<uint32_t> sentence_of;  // token -> sentence
  std::vector<int> mention_of;        // token -> actor mention, -1
  std::vector<int> np_of;             // token -> noun phrase, -1
  std::vector<int> quote_of;          // token -> quoted span, -1
  std::vector<Entity> entities;
  std::vector<NameMention> names;     // in text order
  std::vector<int> name_of;           // token -> index in names, -1
  std::vector<uint32_t> subject_token;  // sentence -> token starting its subject, UINT32_MAX (pronouns.cc)
  std::vector<int> subject_entity;      // sentence -> entity its subject names or refers to, -1
  mutable size_t steps = 0;           // work done (tokens and names visited), for the linear-time test

  Context(std::string_view text, const lang::Annotation& a, const std::vector<ActorMention>& ms);

  std::string_view tok(size_t t) const { return text.substr(a.tokens[t].span.start, a.tokens[t].span.size()); }
  std::string low(size_t t) const;
  lang::Tag tag(size_t t) const { return a.tokens[t].tag; }
  size_t size() const { return a.tokens.size(); }
  // "52-year-old": an age standing for the person it describes ("the 52-year-old said").
  bool age_word(size_t t) const {
    std::string_view w = tok(t);
    return w.size() > 9 && w.substr(w.size() - 9) == "-year-old" && w[0] >= '0' && w[0] <= '9';
  }
  // A word of a time phrase at `t`: "Wednesday", "week" (not the modal "may"), or "last",
  // "this", "next", "early", "late" before such a word ("last week").
  bool dated(size_t t) const {
    std::string w = low(t);
    if (lex.time.count(w)) return tag(t) != lang::Tag::MD;
    bool modifier = w == "last" || w == "this" || w == "next" || w == "early" || w == "late";
    return modifier && t + 1 < size() && lex.time.count(low(t + 1));
  }
  // Text of tokens [first, last).
  std::string span_text(size_t first, size_t last) const;
};

// Finds the named people and organisations (names.cc).
void collect_names(Context& c);

// Group: an organisation named by a common noun ("the company") or issuing a document.
enum class Pronoun : uint8_t { None, He, She, It, They, Group };
Pronoun pronoun_of(const std::string& lower_word);  // he, she, it, they/we; None otherwise

// The subject of every sentence, in text order (pronouns.cc); after collect_names.
void sentence_subjects(Context& c);

// The entity a pronoun at token `t` refers to, -1: the subject of its sentence
// before it, the previous sentence's subject, the nearest fitting name, older
// subjects. "he"/"she" take people of a fitting gender; "it"/"they"
// organisations and countries.
int resolve_pronoun(const Context& c, size_t t, Pronoun p);
// The entity a possessive pronoun at `t` ("his", "her", "its", "their") refers to: the subject of
// its sentence before it, else of the sentence before; -1.
int resolve_possessive(const Context& c, size_t t);

}  // namespace dyad::quotes
