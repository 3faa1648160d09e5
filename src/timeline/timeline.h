// The timeline stage (run by the pipeline after the events stage): the
// document's timeline, chronology-list entries plus dated statements of past
// events, one entry per sentence, sorted by date then position.
//
// Rules (tested in tests/test_timeline.cc):
// - Every chronology entry (time/chronology.h) is an entry of kind
//   Chronology.
// - An event (doc.events, dated by events::assign_event_dates) gives its
//   sentence as an entry of kind Event when its modality says it happened
//   or was reported (asserted, reported, alleged; not denied, negated,
//   hypothetical or planned) and its date lies in the past: strictly before
//   the published date at the precision both share, or, when the two agree
//   at that precision ("2016" vs "2016-03-02") or there is no published
//   date, when its verb is in the past tense. A sentence gives one entry
//   (the date of its first such event), and none when it lies inside a
//   chronology entry, which already covers it.
#pragma once

#include <string>

#include "doc/document.h"

namespace dyad::time {

// Fills doc.timeline (replacing what was there).
void build_timeline(Document& doc);

// Sorts timeline entries by date, then by position in the text.
void sort_timeline(std::vector<TimelineEntry>& entries);

// True when "YYYY[-MM[-DD]]" `a` lies before `b` at the precision both state.
bool date_before(const std::string& a, const std::string& b);

}  // namespace dyad::time
