// Typed values of the Document's layers: the quad class of an event, its
// modality, the kind of an actor mention, and where a timeline entry comes from. The stages compare these enums;
// the words are written only at the edges (the contract JSON, the store's SQL
// columns) through one to_string / parse pair per type, defined here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

// Phoenix's quad class of a CAMEO event code (per root code, data/cameo/codes.tsv).
// The number is the store's `quad` column and the contract's `quad_class`.
enum class Quad : int {
  Neutral = 0,              // 01 make statement, 02 appeal; written "verbal cooperation" (the contract has four names)
  VerbalCooperation = 1,    // 03-05: intend to cooperate, consult, engage in diplomatic cooperation
  MaterialCooperation = 2,  // 06-08: material cooperation, aid, yield
  VerbalConflict = 3,       // 09-13: investigate, demand, disapprove, reject, threaten
  MaterialConflict = 4,     // 14-20: protest, force posture, reduce relations, coerce, assault, fight
};

// The contract's name of a quad class ("verbal cooperation" ... "material conflict").
const char* to_string(Quad q);
// A quad class from its name (the contract's four, or "neutral"); nullopt if unknown.
std::optional<Quad> parse_quad(std::string_view name);

// How the text presents an event (src/events/modality.h decides which).
enum class Modality : uint8_t {
  Asserted,      // stated as fact by the text ("Russia sent troops")
  Reported,      // reported under a speech verb ("officials said Russia sent troops")
  Alleged,       // under an accusation or a hedged report ("accused Russia of sending")
  Denied,        // under a denial ("Russia denied sending troops")
  Negated,       // the verb is negated ("Russia did not send troops")
  Hypothetical,  // a condition, a hedging modal, a wish or a fear ("if Russia sends", "could send")
  Planned,       // future, or governed by a plan verb ("Russia will send", "plans to send")
};

// The contract's word for a modality ("asserted" ... "planned").
const char* to_string(Modality m);
// A modality from its word; nullopt if unknown.
std::optional<Modality> parse_modality(std::string_view word);

// What an actor mention names, as far as the stages tell kinds apart. Finer
// kinds of organisations and groups are words of the actor dictionary
// ("igo", "armed group", "think tank"): those mentions are Other and carry the
// word beside the enum (ActorMention::kind_label).
enum class MentionKind : uint8_t {
  Other,       // an organisation, agency or group; its word is the dictionary's ("" when none)
  Person,      // one person, named or described ("Zamir Kabulov", "a senior official")
  Country,     // a country as an actor ("Russia", "the Afghans")
  Government,  // a country's government ("the Russian government", "Kabul")
  Military,    // a country's armed forces ("the Pakistani military")
  Location,    // a place in a country (a city, a province): says where, never acts
  Group,       // several actors taken together ("both countries", "Western powers")
};

// The word of a mention kind ("person", "country", ...); "" for Other.
const char* to_string(MentionKind k);
// A mention kind from its word; nullopt for any other word (an Other kind).
std::optional<MentionKind> parse_mention_kind(std::string_view word);

// A TIMEX3 time expression's type.
enum class TimexType : uint8_t {
  Date,      // a calendar date or period ("March 22", "last year", "the 1990s")
  Time,      // a time of day ("3 p.m.", "last night")
  Duration,  // a length of time ("two days")
  Set,       // a recurrence ("every week")
};

// TIMEX3's word for a type ("DATE", "TIME", "DURATION", "SET").
const char* to_string(TimexType t);
// A timex type from its word; nullopt if unknown.
std::optional<TimexType> parse_timex_type(std::string_view word);

// Where an entry of the document's timeline comes from.
enum class TimelineKind : uint8_t {
  Chronology,  // an entry of a dated list in the text ("12 March: talks resume"), found by the time stage
  Event,       // a coded event the text dates and tells as past, added by the timeline stage
};

// The contract's word for a timeline entry's kind ("chronology", "event").
const char* to_string(TimelineKind k);
// A timeline kind from its word; nullopt if unknown.
std::optional<TimelineKind> parse_timeline_kind(std::string_view word);

}  // namespace dyad
