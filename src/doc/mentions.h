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

// The word of a mention kind as the contract JSON and the store write it: an
// Other kind's is the word carried beside it (`label`), the others' their own.
inline std::string kind_word(MentionKind kind, const std::string& label) {
  return kind == MentionKind::Other ? label : to_string(kind);
}
// Sets a kind and its label from a word: one of MentionKind's words, or else
// Other with that word as its label.
inline void set_kind_from_word(std::string_view word, MentionKind& kind, std::string& label) {
  auto k = parse_mention_kind(word);
  kind = k.value_or(MentionKind::Other);
  label = k ? "" : std::string(word);
}

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
  std::string kind_word() const { return dyad::kind_word(kind, kind_label); }
  // Sets the kind from its word (a dictionary's, a speaker's): one of
  // MentionKind's words, or else Other with that word.
  void set_kind(std::string_view word) { set_kind_from_word(word, kind, kind_label); }
};

// The kind of a quotation: quoted words attributed to a speaker (direct),
// reported speech carrying a quoted fragment (mixed), or reported speech with
// a speech verb or "according to" and no quotation marks (indirect).
enum class QuoteType : uint8_t {
  Direct,    // quoted words with their speaker ("'We will stay,' she said")
  Mixed,     // reported speech around a quoted fragment (she said they would "stay the course")
  Indirect,  // reported speech without quotation marks (she said they would stay; according to X)
};
// The contract's `type` of a quotation: "direct", "mixed", "indirect".
inline const char* quote_type_name(QuoteType t) {
  return t == QuoteType::Direct ? "direct" : t == QuoteType::Mixed ? "mixed" : "indirect";
}
// The contract's `kind` of a quotation, an older word for the same type (and
// the store's `kind` column): "direct", "partial" (Mixed), "indirect".
inline const char* quote_kind_word(QuoteType t) {
  return t == QuoteType::Direct ? "direct" : t == QuoteType::Mixed ? "partial" : "indirect";
}

// One quotation (or reported statement) and who made it.
struct Quote {
  uint32_t start = 0, end = 0;   // bytes in Document::text (the quoted words, marks excluded)
  std::string text;
  std::string speaker;           // "Zamir Kabulov", "a senior Afghan official", "" when unknown
  std::string speaker_actor;     // CAMEO code or ""
  MentionKind speaker_kind = MentionKind::Other;  // kind of the speaker's actor
  std::string speaker_kind_label{};  // an Other kind's word ("organisation", "description", "igo"); "" when none
  std::string attribution;       // explicit | pronoun | description | continued | none
  QuoteType type = QuoteType::Direct;  // its words: quote_type_name (`type`), quote_kind_word (`kind`)
  int64_t speaker_start = -1, speaker_end = -1;  // the speaker mention (bytes in Document::text), -1 if none
  std::string verb;              // the reporting verb or phrase ("said", "according to"), "" if none

  // The speaker's kind as the store writes it ("person", "description", "" when no speaker).
  std::string speaker_kind_word() const { return kind_word(speaker_kind, speaker_kind_label); }
  // Sets the speaker's kind from its word (as ActorMention::set_kind).
  void set_speaker_kind(std::string_view word) { set_kind_from_word(word, speaker_kind, speaker_kind_label); }
};

}  // namespace dyad
