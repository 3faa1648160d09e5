// Who is speaking: the reporting verb of a clause, its subject or
// attribution ("X said", "said X", "X, a researcher at Y, said", "according
// to X", "X told"), and the speaker resolved in the document (a surname to
// the fullest name, "he"/"she" to the nearest person of that gender, "the
// minister" to the person named with that role, "the company" to the
// organisation named before). Works on the tokens, tags, noun phrases and
// names of the Context, behind small functions so a parse can replace them.
#pragma once

#include <cstdint>
#include <string>

#include "quotes/context.h"

namespace dyad::quotes {

// Bounds that keep every search local (linear time on any input).
inline constexpr size_t kVerbWindow = 40;     // tokens searched for a reporting verb around a quotation
inline constexpr size_t kSubjectWindow = 16;  // tokens searched for a subject
inline constexpr size_t kNameWindow = 80;     // earlier names searched when resolving

struct Speaker {
  bool found = false;            // a subject or attribution was found (it may still not resolve)
  uint32_t first = 0, last = 0;  // the speaker mention, tokens [first, last)
  std::string name, actor, kind, attribution;  // resolved; name "" when unresolved
  std::string verb;              // "said", "according to"
  uint32_t verb_token = 0;
  bool plural = false;           // "officials", "they"
  bool person = false;
  bool relative = false;         // the subject is a relative pronoun ("the ministry, which said")
};

// A reporting verb that can have a subject of its own (not "adding", not "thought").
bool is_report_verb(const Context& c, size_t t);

// The speaker of reporting verb `v`, left subject first, then inverted.
Speaker speaker_of_verb(const Context& c, size_t v, const Speaker* previous);

// The speaker of the main clause before token `v` (the subject of its first
// finite verb): who speaks in ", saying ..." and "..., but said ...".
Speaker speaker_of_main_clause(const Context& c, size_t v, const Speaker* previous);

// The speaker named by the noun phrase that ends at token `t` (inclusive):
// the subject of a participle right after it ("showed farmers declaring").
Speaker speaker_of_phrase(const Context& c, size_t t, const Speaker* previous);

// The speaker named by the noun phrase at tokens [b, e) ("from the president").
Speaker speaker_of_span(const Context& c, size_t b, size_t e, const Speaker* previous);

// "according to X" with "according" at `t`: the speaker X.
Speaker speaker_according_to(const Context& c, size_t t, const Speaker* previous);

}  // namespace dyad::quotes
