// The language layers of one text: sentences, PTB tokens with byte spans,
// Penn and universal part-of-speech tags, dependency heads and relations
// (Universal Dependencies), lemmas, base noun phrases, verb groups and
// clauses. Every index is into the vectors of the same Annotation; every span
// is a byte span of the annotated text (a Document's `text`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/small_string.h"
#include "doc/document.h"
#include "lang/ud_labels.h"

namespace dyad::lang {

// The Penn Treebank tagset (punctuation tags included).
enum class Tag : uint8_t {
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS,
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
  Comma, Period, Colon, LQuote, RQuote, LRB, RRB, Dollar, Hash,
  Count
};
constexpr int kTagCount = static_cast<int>(Tag::Count);

// "NN", "PRP$", ",", "``", "-LRB-" ...
const char* tag_name(Tag t);
// Parses a Penn tag name; false when it is not one.
bool parse_tag(std::string_view name, Tag& out);

inline bool is_noun(Tag t) { return t == Tag::NN || t == Tag::NNS || t == Tag::NNP || t == Tag::NNPS; }
inline bool is_proper(Tag t) { return t == Tag::NNP || t == Tag::NNPS; }
inline bool is_verb(Tag t) { return t >= Tag::VB && t <= Tag::VBZ; }
// A tensed verb or a modal: the tags a clause's own verb starts with.
inline bool is_finite(Tag t) { return t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP || t == Tag::MD; }
inline bool is_adj(Tag t) { return t == Tag::JJ || t == Tag::JJR || t == Tag::JJS; }
inline bool is_adv(Tag t) { return t == Tag::RB || t == Tag::RBR || t == Tag::RBS; }
inline bool is_punct(Tag t) { return t >= Tag::Comma && t <= Tag::Hash && t != Tag::Dollar && t != Tag::Hash; }

// 48 bytes: a long text holds one per word and mark (form and lemma are
// 16-byte strings, the small fields packed before the head).
struct Token {
  Span span;               // bytes in the text
  base::SmallString form;  // PTB form: "``", "''", "n't", "-LRB-", "--"; else the text itself
  base::SmallString lemma; // "be" for "was", "country" for "countries"; lower case unless proper
  Tag tag = Tag::NN;
  Upos upos = Upos::X;           // universal tag (from the trained tagger; X without it)
  DepRel deprel = DepRel::None;  // relation to the head (root for the root; None without a parse)
  bool para_start = false;       // first token after a line break (a paragraph start)
  int32_t head = -1;             // token index of the syntactic head; -1 for a sentence's root (or no parse)
};
static_assert(sizeof(Token) <= 48, "a token stays small: long texts hold one per word");

struct Sentence {
  Span span;                 // bytes in the text
  uint32_t first = 0;        // tokens [first, last)
  uint32_t last = 0;
};

// A base (non-recursive) noun phrase: "the US leader", "his vow", "he".
struct NounPhrase {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint32_t head = 0;             // token index of the head noun
  uint32_t sentence = 0;
};

enum class Tense : uint8_t { None, Past, Present, Future };

// A verb group: auxiliaries, modal, negation and the main verb:
// "will not be attacked", "has been seeking", "did n't say", "to attend".
struct VerbGroup {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint32_t head = 0;             // the main (last) verb
  uint32_t sentence = 0;
  int32_t modal = -1;            // token index of the modal ("will", "could"), -1 if none
  Tense tense = Tense::None;     // of the first finite verb; Future for will/shall
  bool finite = false;           // has a tensed verb or modal (not "to go", "going")
  bool negated = false;          // not, n't, never
  bool passive = false;          // be/get + past participle
  bool perfect = false;          // have + past participle
  bool progressive = false;      // be + -ing
  bool infinitive = false;       // "to" + verb
};

enum class ClauseKind : uint8_t { Main, Reported, Relative, Subordinate, Coordinate, Nonfinite };

// One verb group with its arguments.
struct Clause {
  uint32_t verb = 0;             // index into verb_groups
  uint32_t sentence = 0;
  int32_t subject = -1;          // index into noun_phrases, -1 if none found
  int32_t object = -1;           // direct object (noun_phrases), -1 if none
  int32_t agent = -1;            // "by" phrase of a passive (noun_phrases)
  int32_t embedded_under = -1;   // index of the clause of the speech/denial verb, -1 if none
  int32_t conjoined_with = -1;   // a coordinate's: the clause whose subject it shares, -1 if none
  ClauseKind kind = ClauseKind::Main;
  bool speech = false;           // its verb is a speech/denial/accusation verb
};

const char* clause_kind_name(ClauseKind k);
const char* tense_name(Tense t);

// A proper name found by the name finder (lang/name_finder.h): "Tampa Bay",
// "Debra Perlingiere", "Enron Corp.".
enum class NameType : uint8_t { Person, Organisation, Location, Other, Count };
constexpr int kNameTypeCount = static_cast<int>(NameType::Count);
const char* name_type_name(NameType t);  // "PER", "ORG", "LOC", "MISC"

struct Name {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint32_t sentence = 0;
  NameType type = NameType::Other;
};

struct Annotation {
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<NounPhrase> noun_phrases;
  std::vector<VerbGroup> verb_groups;
  std::vector<Clause> clauses;
  std::vector<Name> names;  // empty without the name model
};

}  // namespace dyad::lang
