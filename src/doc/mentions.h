// The actor and quote layers of a Document: actor mentions (spans of the clean
// text coded with CAMEO actor codes, linked within the document) and quotations
// with their speakers. Plain structs only; the actor stage (src/actors/) and
// the quote stage (src/quotes/) fill them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "doc/values.h"

namespace dyad {

// One mention of an actor in a document's clean text.
struct ActorMention {
  uint32_t start = 0, end = 0;   // bytes in Document::text
  uint32_t first_token = 0, last_token = 0;  // tokens [first, last) of doc.lang
  std::string code;              // CAMEO code ("RUSGOV", "USAMIL", "TALIBAN"), "" when unknown
  std::string name;              // readable name ("Zamir Kabulov", "Russian government")
  MentionKind kind = MentionKind::Other;  // person, country, government, military, location, group, other
  std::string country;           // ISO alpha-3 or ""
  std::string role;              // role words for people ("envoy", "researcher"), may be ""
  int entity = -1;               // people: index of the person within the document
  bool anonymous = false;        // "a senior Afghan official"
  std::string kind_label{};      // the word of an Other kind ("igo", "armed group"); ignored for the others

  // The kind's word, as the contract JSON and the store write it.
  std::string kind_word() const { return kind == MentionKind::Other ? kind_label : to_string(kind); }
  // Sets the kind from its word (a dictionary's, a speaker's): one of
  // MentionKind's words, or else Other with that word.
  void set_kind(std::string_view word) {
    auto k = parse_mention_kind(word);
    kind = k.value_or(MentionKind::Other);
    kind_label = k ? "" : std::string(word);
  }
};

// The kind of a quotation: quoted words attributed to a speaker (direct),
// reported speech carrying a quoted fragment (mixed), or reported speech with
// a speech verb or "according to" and no quotation marks (indirect).
enum class QuoteType : uint8_t { Direct, Mixed, Indirect };
inline const char* quote_type_name(QuoteType t) {
  return t == QuoteType::Direct ? "direct" : t == QuoteType::Mixed ? "mixed" : "indirect";
}

// One quotation (or reported statement) and who made it.
struct Quote {
  uint32_t start = 0, end = 0;   // bytes in Document::text (the quoted words, marks excluded)
  std::string text;
  std::string speaker;           // "Zamir Kabulov", "a senior Afghan official", "" when unknown
  std::string speaker_actor;     // CAMEO code or ""
  std::string speaker_kind;      // kind of the speaker's actor
  std::string kind;              // direct | partial | indirect
  std::string attribution;       // explicit | pronoun | description | continued | none
  QuoteType type = QuoteType::Direct;
  int64_t speaker_start = -1, speaker_end = -1;  // the speaker mention (bytes in Document::text), -1 if none
  std::string verb;              // the reporting verb or phrase ("said", "according to"), "" if none
};

}  // namespace dyad
