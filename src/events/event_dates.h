// Event dates: gives each coded event (Document::events) the date it
// happened, from the document's time expressions (Document::timexes).
//
// Rules (tested in tests/test_event_dates.cc):
// - Candidates are DATE and TIME expressions of the event's sentence whose
//   value reduces to a calendar date (calendar_date below). An expression
//   inside a noun phrase ("the 2014 elections", "Saturday's vote") dates the
//   noun, not a verb, and is skipped.
// - Each candidate attaches to the nearest verb group of its sentence (by
//   tokens; a tie goes to the verb before it): "Russia said on Saturday (->
//   said) it sent troops in August 2014 (-> sent)".
// - An event takes the candidate attached to its own verb (the closest if
//   several). Failing that: the date of the speech clause it is reported
//   under ("..., a senior official said on Saturday"), unless the event is in
//   the past perfect (it happened before the statement); then a date that
//   opens the sentence before any verb ("In 2014, ...") and so dates all of it.
// - An event whose sentence lies inside a chronology-list entry takes the
//   entry's date (the list dates its entries; a relative expression in it
//   was resolved against the publication date, not the entry), unless its
//   own date is more precise and in the same year.
// - A nominal event (the coder's "(noun) ..." patterns) takes a date that
//   modifies its own noun ("a March 21 phone call", "Trump's July 25 call"),
//   before the verb rules: the expression dates the noun, not a verb.
// - A participle or gerund clause without a date of its own ("..., after
//   accusing them") takes the date of the finite verb before it.
// - Undated events: present-tense and progressive reports describe the state
//   at publication and get the published date (DateKind::Publication),
//   unless reported under a past verb of saying outside quotation marks
//   ("China said it is committed": the present of an undated statement);
//   past-tense, present-perfect and past-perfect ones happened at some
//   unstated time: no date (nullopt); future, modal and non-finite ones: no
//   date. Except a sentence that goes on with a personal pronoun subject and
//   a simple past ("X on Monday accused Y. He urged Z ..."): it narrates the
//   same occasion as the same actor's dated act in the sentence just before,
//   and takes that date (DateKind::Inherited).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "doc/document.h"

namespace dyad::events {

// A TIMEX3 value as "YYYY[-MM[-DD]]": "2014-08-03T10:00" -> "2014-08-03";
// an ISO week -> the month holding its Thursday ("2013-W11" -> "2013-03");
// a season, quarter or half -> its year ("2015-FA" -> "2015"); "PRESENT_REF"
// -> `published` (when that is a full date); decades, centuries, values with
// X placeholders, PAST_REF and FUTURE_REF -> nullopt.
std::optional<std::string> calendar_date(std::string_view value, const std::optional<std::string>& published);

// Index in doc.lang->verb_groups of the verb group holding the event's
// trigger verb (Event::verb), -1 when there is none or no language layers.
int event_verb_group(const Document& doc, const Event& e);

// Sets Event::date and Event::date_kind of every event in doc.events (see
// the rules above): Explicit for an expression attached to the event's own
// verb; Inherited for the date of the speech clause, of a fronted
// expression, of the finite verb a participle depends on, of a chronology
// entry, or the only date of a sentence whose verb is unknown; Publication for an undated present-tense report; None otherwise.
void assign_event_dates(Document& doc);

// "explicit", "inherited", "publication", "none" (the contract's date_kind).
const char* date_kind_name(DateKind k);

}  // namespace dyad::events
