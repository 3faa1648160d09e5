// The document's timeline: chronology entries and dated past events, by the
// rules in timeline.h.
#include "timeline/timeline.h"

#include <algorithm>
#include <unordered_set>

#include "events/event_dates.h"
#include "lang/annotation.h"
#include "time/chronology.h"

namespace dyad::time {

namespace {

bool happened(Modality modality) {
  return modality == Modality::Asserted || modality == Modality::Reported || modality == Modality::Alleged;
}

bool past_tense(const Document& doc, const Event& e) {
  int g = events::event_verb_group(doc, e);
  return g >= 0 && doc.lang->verb_groups[g].tense == lang::Tense::Past;
}

// `s` with runs of whitespace collapsed to one space, trimmed.
std::string collapse(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !r.empty();
      continue;
    }
    if (space) r += ' ';
    space = false;
    r += c;
  }
  return r;
}

}  // namespace

bool date_before(const std::string& a, const std::string& b) {
  size_t n = std::min(a.size(), b.size());
  return a.compare(0, n, b, 0, n) < 0;
}

void build_timeline(Document& doc) {
  doc.timeline = doc.chronology;
  const size_t chronology = doc.timeline.size();
  std::optional<std::string> published = doc.meta.published;
  std::unordered_set<uint32_t> sentences;  // by span start
  for (const auto& e : doc.events) {
    if (!e.date || e.date->size() < 4 || !happened(e.modality)) continue;
    if (e.span.end > doc.text.size() || e.span.start >= e.span.end) continue;
    bool past;
    if (published && date_before(*e.date, *published)) past = true;
    else if (published && date_before(*published, *e.date)) past = false;
    else past = past_tense(doc, e);
    if (!past) continue;
    bool in_list = false;
    for (size_t i = 0; i < chronology && !in_list; ++i)
      in_list = doc.timeline[i].span.start <= e.span.start && e.span.start < doc.timeline[i].span.end;
    if (in_list || !sentences.insert(e.span.start).second) continue;
    TimelineEntry t;
    t.span = e.span;
    t.date = *e.date;
    t.text = collapse(std::string_view(doc.text).substr(e.span.start, e.span.size()));
    t.kind = TimelineKind::Event;
    doc.timeline.push_back(std::move(t));
  }
  sort_timeline(doc.timeline);
}

void sort_timeline(std::vector<TimelineEntry>& entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.span.start < b.span.start;
  });
}

}  // namespace dyad::time
