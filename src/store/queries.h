// Read queries over the analysis layers for the API, the model and exports:
// statistics, filtered search, a document's layers, related articles, actors,
// dyad counts per date, events with their evidence, quotes, stance events and
// timelines. All SQL stays here; callers get plain structs. A Queries object
// uses its Store's connection: one thread at a time.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/model.h"
#include "store/store.h"

namespace dyad::store {

// Date bounds are "YYYY[-MM[-DD]]" or "" (open); `to` is inclusive of every
// date it prefixes ("2013-03" includes 2013-03-31).
struct Window {
  std::string from, to;
};

struct Stats {
  long long documents = 0, actors = 0, events = 0, quotes = 0;
  std::string first_date, last_date;
};

struct SearchFilter {
  std::string q, actor, root;
  Window window;
  bool rollup = false;
  int limit = 50, offset = 0;
};
struct SearchPage {
  long long total = 0;
  std::vector<SearchHit> hits;  // snippet: matches between \x02 and \x03
};

struct MentionRow {
  long long start = 0, end = 0;
  std::string code, name, kind, country, role;
};
struct QuoteRow {
  std::string doc, date;  // doc id; document's published date
  long long start = 0, end = 0;
  std::string text, speaker, speaker_actor, kind;
  std::string type, verb;                          // "direct" | "mixed" | "indirect"; reporting verb or ""
  long long speaker_start = -1, speaker_end = -1;  // the speaker mention, -1 when none
};
struct EventRow {
  long long id = 0, start = 0, end = 0, sentence = 0;
  // The verb, the subject's and the object's bytes in the clean text (-1 when not recorded).
  long long verb_start = -1, verb_end = -1, source_start = -1, source_end = -1, target_start = -1, target_end = -1;
  bool own_date = false;  // the text dates the event; else `date` is its document's (or empty)
  std::string doc, title, date, source, target, source_name, target_name, code, root, modality, text;
  int quad = 0;
  double goldstein = 0;
};
struct TimexRow {
  long long start = 0, end = 0;
  std::string type, value;
};
struct TimelineRow {
  std::string date, end_date, text, doc, kind;
};
struct BoilerplateRow {
  std::string kind, text;
};
struct RelatedDoc {
  std::string id, title, published;
  double score = 0;
  std::vector<std::string> shared;  // actor codes, "SRC>TGT" dyads and shared terms
};
struct ActorRow {
  std::string code, name, kind, country;
  long long mentions = 0, events = 0;
};

// Which events: empty codes match any; with rollup the codes are compared
// with rolled-up codes. quad: -1 any, else 0..4.
struct EventFilter {
  std::string source, target;
  Window window;
  bool rollup = false;
  int quad = -1;
  int limit = 50, offset = 0;
  bool either = false;  // source matches either side (actor's events)
  bool both = false;    // source -> target and target -> source (a combined dyad)
  std::vector<std::string> roots;  // CAMEO roots ("10"); empty = any
  // Modalities ("asserted", "denied"...); empty = the counted events. Given,
  // negated and denied events (never counted) can be asked for by name.
  std::vector<std::string> modalities;
};

class Queries {
 public:
  explicit Queries(const Store& store) : store_(store) {}
  const Store& store() const { return store_; }

  Stats stats() const;
  SearchPage search(const SearchFilter& f) const;
  std::vector<BoilerplateRow> boilerplate(const std::string& doc) const;
  // The metadata merged into the document from its duplicate copies (JSON
  // object text), "" when none.
  std::string merged(const std::string& doc) const;
  std::vector<MentionRow> mentions(const std::string& doc) const;
  std::vector<QuoteRow> quotes(const std::string& doc) const;
  std::vector<EventRow> document_events(const std::string& doc) const;
  std::vector<TimexRow> timex(const std::string& doc) const;
  std::vector<RelatedDoc> related(const std::string& doc, int limit) const;

  std::vector<ActorRow> actors(const std::string& q, int limit) const;
  // One actor (or, with rollup, everything rolling up to it); nullopt when
  // nothing is stored under the code.
  std::optional<ActorRow> actor(const std::string& code, bool rollup) const;
  // Display names of codes (the code itself when unknown).
  std::string actor_name(const std::string& code) const;
  // The same for many codes in one query: code -> name.
  std::map<std::string, std::string> actor_names(const std::vector<std::string>& codes) const;

  // Event counts per date and ordered pair (kept documents only). Empty
  // source/target match any; with rollup they match rolled-up codes (the rows
  // keep the full codes: model::rollup_rows merges them).
  std::vector<model::DyadCount> dyad_counts(const std::string& source, const std::string& target,
                                            const Window& w, bool rollup) const;
  // All-time counts of every pair involving `actor` (date empty); with rollup
  // per rolled-up pair, self-pairs dropped.
  std::vector<model::DyadCount> actor_totals(const std::string& actor, bool rollup) const;
  // Pairs involving `actor` as source or target.
  std::vector<model::DyadCount> actor_counts(const std::string& actor, const Window& w, bool rollup) const;
  // Counts among a set of actors (both ends in the set).
  std::vector<model::DyadCount> counts_among(const std::vector<std::string>& actors, const Window& w,
                                             bool rollup) const;

  // Counts per ordered pair summed over the window (date left empty); with
  // rollup, per rolled-up pair (self-pairs dropped).
  std::vector<model::DyadCount> pair_totals(const Window& w, bool rollup) const;
  // The stored monthly hedging index of an actor (Store::refresh_model), in
  // month order; nullopt when months in the window await a refresh.
  std::optional<std::vector<std::pair<std::string, double>>> hedging_months(const std::string& actor, bool rollup,
                                                                            const Window& w) const;

  // Events of the filter, newest first; with no window at all, undated
  // events too (last), so "everything" lists what the totals count.
  std::vector<EventRow> events(const EventFilter& f) const;
  // Counts per date and ordered pair (date empty when undated: with an open
  // window only) of events with one of `modalities` (see EventFilter), read
  // from the events themselves; empty source/target match any; self-pairs and
  // events without a target left out. Negated and denied acts count as
  // neutral, with no Goldstein weight (a threat denied is no threat).
  std::vector<model::DyadCount> modality_counts(const std::string& source, const std::string& target,
                                                const Window& w, bool rollup,
                                                const std::vector<std::string>& modalities) const;
  // Counts of the kept events from `source` to `target` with no date at all
  // (neither their own nor their document's), date left empty.
  model::DyadCount undated_counts(const std::string& source, const std::string& target, bool rollup) const;
  // Calls `row` for every kept event in date order (exports).
  void each_event(const Window& w, const std::function<void(const EventRow&)>& row) const;
  // The actor's latest `limit` events with one of the CAMEO roots (stances).
  std::vector<model::StanceEvent> stance_events(const std::string& actor, bool rollup,
                                                const std::vector<std::string>& roots, int limit) const;
  // Ids of the kept documents whose title or text holds a word starting with
  // every word of one of `terms` (an issue's documents; scenario_queries.cc).
  std::set<std::string> documents_about(const std::vector<std::string>& terms) const;
  std::vector<QuoteRow> quotes_by(const std::string& actor, bool rollup, int limit) const;
  std::vector<TimelineRow> timeline(const std::string& actor, const Window& w, bool rollup, int limit) const;

 private:
  const Store& store_;
};

}  // namespace dyad::store
