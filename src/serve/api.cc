// The JSON API endpoints of docs/api.md: parameter checking with clear
// errors, store queries, the system model, JSON rendering.
#include "serve/api.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "events/cameo_table.h"
#include "export/export.h"
#include "model/model.h"
#include "serve/params.h"
#include "serve/sim_api.h"
#include "time/calendar.h"
#include "base/text.h"

namespace dyad::serve {

namespace {

using nlohmann::json;

const char* kQuadNames[] = {"neutral", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                            "material_conflict"};

double round3(double v) { return std::round(v * 1000) / 1000; }

std::string cameo_name(const std::string& code) {
  const auto* c = events::CameoTable::builtin().resolve(code);
  return c ? c->name : std::string();
}

// Where an event's date comes from: the text ("explicit"), its document's
// publication date ("publication"), or nowhere ("none": counted as undated).
const char* date_kind(const store::EventRow& e) {
  if (e.date.empty()) return "none";
  return e.own_date ? "explicit" : "publication";
}

json quad_counts(const model::DyadCount& c) {
  return {{"neutral", c.quad[0]}, {"verbal_cooperation", c.quad[1]}, {"material_cooperation", c.quad[2]},
          {"verbal_conflict", c.quad[3]}, {"material_conflict", c.quad[4]}, {"events", c.events},
          {"mean_goldstein", round3(c.events ? c.goldstein_sum / static_cast<double>(c.events) : 0)}};
}

// One end of a recorded span, null when the span is not recorded (or empty).
json offset(long long v, long long other_end) {
  return v < 0 || other_end < 0 || v == other_end ? json(nullptr) : json(v);
}

json event_json(const store::EventRow& e) {
  return {{"id", e.id}, {"doc", e.doc}, {"title", e.title}, {"date", e.date}, {"start", e.start}, {"end", e.end},
          {"source", e.source}, {"source_name", e.source_name}, {"target", e.target},
          {"target_name", e.target_name}, {"code", e.code}, {"name", cameo_name(e.code)}, {"quad", e.quad},
          {"quad_name", kQuadNames[std::clamp(e.quad, 0, 4)]}, {"goldstein", e.goldstein},
          {"modality", e.modality}, {"date_kind", date_kind(e)}, {"text", e.text},
          {"verb_start", offset(e.verb_start, e.verb_end)}, {"verb_end", offset(e.verb_end, e.verb_start)},
          {"source_start", offset(e.source_start, e.source_end)}, {"source_end", offset(e.source_end, e.source_start)},
          {"target_start", offset(e.target_start, e.target_end)}, {"target_end", offset(e.target_end, e.target_start)}};
}

// Actor codes are case-insensitive: "rus" is RUS when the store holds no
// "rus" of its own (a code as stored is kept; an unknown code stays as asked).
std::string stored_code(const store::Queries& q, const std::string& code) {
  if (code.empty() || q.actor(code, false)) return code;
  std::string up = base::upper_ascii(code);
  return up != code && q.actor(up, true) ? up : code;
}

// A code from the path (400 when it is not one), as stored.
std::string path_code(const store::Queries& q, const std::string& code, const char* what) {
  if (!is_actor_code(code)) throw BadRequest{400, "'" + code + "' is not an actor code" + std::string(what)};
  return stored_code(q, code);
}

// A code parameter, as stored.
std::string code_of(const store::Queries& q, const Params& p, const std::string& k, bool required) {
  return stored_code(q, code_param(p, k, required));
}

// Window of the same length just before `w` (both bounds needed).
json stats(const store::Queries& q) {
  auto s = q.stats();
  return {{"documents", s.documents}, {"actors", s.actors}, {"events", s.events}, {"quotes", s.quotes},
          {"first_date", s.first_date}, {"last_date", s.last_date}};
}

json search(const store::Queries& q, const Params& p) {
  store::SearchFilter f;
  f.q = get(p, "q");
  f.actor = code_of(q, p, "actor", false);
  f.root = get(p, "root");
  if (!f.root.empty() && !(f.root.size() == 2 && events::valid_cameo_code(f.root)))
    throw BadRequest{400, "parameter 'root' must be a CAMEO root code 01..20 (got '" + f.root + "')"};
  f.window = window_param(p);
  f.rollup = bool_param(p, "rollup");
  f.limit = int_param(p, "limit", 50, 1, 1000);
  f.offset = int_param(p, "offset", 0, 0, 1000000000);
  if (f.q.size() > 1000) throw BadRequest{400, "parameter 'q' is too long (over 1000 bytes)"};
  auto page = q.search(f);
  json hits = json::array();
  for (const auto& h : page.hits)
    hits.push_back({{"id", h.id}, {"title", h.title}, {"published", h.published}, {"source", h.source},
                    {"snippet", snippet_html(h.snippet)}});
  return {{"total", page.total}, {"hits", hits}};
}

json nullable(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// One stored quotation: its kind, speaker and the speaker mention's bytes
// (null when none), reporting verb.
json quote_json(const store::QuoteRow& x) {
  auto pos = [](long long v) { return v < 0 ? json(nullptr) : json(v); };
  return {{"start", x.start}, {"end", x.end}, {"text", x.text}, {"speaker", x.speaker},
          {"speaker_actor", x.speaker_actor}, {"kind", x.kind}, {"type", nullable(x.type)},
          {"verb", nullable(x.verb)}, {"speaker_start", pos(x.speaker_start)}, {"speaker_end", pos(x.speaker_end)}};
}

json document(const store::Queries& q, const store::Store& db, const std::string& id) {
  auto d = db.get(id);
  if (!d) throw BadRequest{404, "no document with id '" + id + "'"};
  auto o = [](const std::optional<std::string>& v) { return v ? json(*v) : json(); };
  json doc = {{"id", d->id}, {"title", o(d->meta.title)}, {"authors", d->meta.authors},
              {"published", o(d->meta.published)}, {"source", o(d->meta.source)},
              {"dateline", o(d->meta.dateline)}, {"url", o(d->meta.url)}, {"word_count", d->meta.word_count},
              {"language", d->meta.language}, {"duplicate_of", o(d->duplicate_of)}, {"text", d->text}};
  auto merged = json::parse(q.merged(id), nullptr, false);
  doc["merged"] = merged.is_object() ? merged : json();
  json boiler = json::array(), actors = json::array(), quotes = json::array(), events = json::array(),
       timex = json::array(), related = json::array();
  for (const auto& b : q.boilerplate(id)) boiler.push_back({{"kind", b.kind}, {"text", b.text}});
  for (const auto& m : q.mentions(id))
    actors.push_back({{"start", m.start}, {"end", m.end}, {"code", m.code}, {"name", m.name}, {"kind", m.kind},
                      {"country", m.country}, {"role", m.role}});
  for (const auto& x : q.quotes(id))
    quotes.push_back(quote_json(x));
  for (const auto& e : q.document_events(id)) events.push_back(event_json(e));
  for (const auto& t : q.timex(id))
    timex.push_back({{"start", t.start}, {"end", t.end}, {"type", t.type}, {"value", t.value}});
  for (const auto& r : q.related(id, 10))
    related.push_back({{"id", r.id}, {"title", r.title}, {"published", r.published}, {"score", r.score},
                       {"shared", r.shared}});
  return {{"document", doc}, {"boilerplate", boiler}, {"actors", actors}, {"quotes", quotes},
          {"events", events}, {"timex", timex}, {"related", related}};
}

json actors(const store::Queries& q, const Params& p) {
  std::string text = get(p, "q");
  if (text.size() > 200) throw BadRequest{400, "parameter 'q' is too long (over 200 bytes)"};
  int limit = int_param(p, "limit", 50, 1, 1000);
  json out = json::array();
  for (const auto& a : q.actors(text, limit))
    out.push_back({{"code", a.code}, {"name", a.name}, {"kind", a.kind}, {"country", a.country},
                   {"mentions", a.mentions}, {"events", a.events}});
  return {{"actors", out}};
}

// The actor's pairs (as source or target) counted from the events of the
// given modalities (store::Queries::modality_counts), per date; with rollup
// the codes are rolled up; self-pairs left out.
std::vector<model::DyadCount> actor_modal_rows(const store::Queries& q, const std::string& code,
                                               const store::Window& w, bool rollup,
                                               const std::vector<std::string>& modalities) {
  auto rows = q.modality_counts(code, "", w, rollup, modalities);
  for (auto& r : q.modality_counts("", code, w, rollup, modalities)) rows.push_back(std::move(r));
  if (rollup)
    for (auto& r : rows) r.source = model::rollup_code(r.source), r.target = model::rollup_code(r.target);
  std::erase_if(rows, [](const model::DyadCount& r) { return r.source == r.target; });
  return rows;
}

// Counts per ordered pair over the window (date left empty): every counted
// event, or with modalities the events of those; rolled-up pairs with rollup.
std::vector<model::DyadCount> pair_rows(const store::Queries& q, const store::Window& w, bool rollup,
                                        const std::vector<std::string>& modalities) {
  if (modalities.empty()) return q.pair_totals(w, rollup);
  std::map<std::pair<std::string, std::string>, model::DyadCount> by;
  for (const auto& r : q.modality_counts("", "", w, rollup, modalities)) {
    std::string s = rollup ? model::rollup_code(r.source) : r.source;
    std::string t = rollup ? model::rollup_code(r.target) : r.target;
    if (s == t) continue;
    auto& d = by[{s, t}];
    d.source = s;
    d.target = t;
    for (size_t i = 0; i < 5; ++i) d.quad[i] += r.quad[i];
    d.events += r.events;
    d.goldstein_sum += r.goldstein_sum;
  }
  std::vector<model::DyadCount> out;
  for (auto& [k, d] : by) out.push_back(std::move(d));
  return out;
}

// /api/actors/{code}/series: the actor's events per period (as source or
// target), cooperation against conflict and the mean Goldstein score.
json actor_series(const store::Queries& q, const std::string& asked, const Params& p) {
  const std::string code = path_code(q, asked, "");
  auto g = granularity_param(p);
  bool rollup = bool_param(p, "rollup");
  auto w = window_param(p);
  auto modalities = modality_param(p);
  auto rows = modalities.empty() ? q.actor_counts(code, w, rollup) : actor_modal_rows(q, code, w, rollup, modalities);
  size_t need = g == model::Granularity::Month ? 7 : 10;
  std::erase_if(rows, [&](const model::DyadCount& r) { return r.date.size() < need; });
  json series = json::array();
  for (const auto& s : model::dyad_series(rows, g))
    series.push_back({{"period", s.period}, {"events", s.events}, {"cooperation", s.quad[1] + s.quad[2]},
                      {"conflict", s.quad[3] + s.quad[4]}, {"neutral", s.quad[0]},
                      {"mean_goldstein", round3(s.mean_goldstein)}});
  return {{"actor", code}, {"series", series}};
}

json actor(const store::Queries& q, const std::string& asked, const Params& p) {
  std::string code = path_code(q, asked, "");  // case-insensitive: /actor/rus is RUS
  bool rollup = bool_param(p, "rollup");
  auto modalities = modality_param(p);
  auto a = q.actor(code, rollup);
  if (!a) throw BadRequest{404, "no actor with code '" + asked + "'"};
  code = a->code;
  // Relations: one row per other actor and direction ("out": the actor is
  // the source, "in": the target), all time, undated events included: the
  // dyad page of that direction (and modality) counts exactly these events.
  auto rows = modalities.empty() ? q.actor_totals(code, rollup) : actor_modal_rows(q, code, {}, rollup, modalities);
  struct Rel {
    std::string other, direction;
    model::DyadCount c;
  };
  std::map<std::pair<std::string, std::string>, model::DyadCount> rel;
  for (const auto& r : rows) {
    bool out = r.source == code;
    std::string other = out ? r.target : r.source;
    if (other == code || other.empty()) continue;
    auto& x = rel[{other, out ? "out" : "in"}];
    for (size_t i = 0; i < 5; ++i) x.quad[i] += r.quad[i];
    x.events += r.events;
    x.goldstein_sum += r.goldstein_sum;
  }
  std::vector<Rel> sorted;
  for (auto& [key, c] : rel) sorted.push_back({key.first, key.second, c});
  std::sort(sorted.begin(), sorted.end(), [](const Rel& x, const Rel& y) {
    if (x.c.events != y.c.events) return x.c.events > y.c.events;
    return x.other != y.other ? x.other < y.other : x.direction > y.direction;
  });
  if (sorted.size() > 200) sorted.resize(200);
  json relations = json::array();
  std::vector<std::string> others;
  for (const auto& x : sorted) others.push_back(x.other);
  auto names = q.actor_names(others);
  for (const auto& x : sorted)
    relations.push_back({{"other", x.other}, {"name", names[x.other]}, {"direction", x.direction},
                         {"source", x.direction == "out" ? code : x.other},
                         {"target", x.direction == "out" ? x.other : code}, {"events", x.c.events},
                         {"cooperation", x.c.cooperation()}, {"conflict", x.c.conflict()},
                         {"neutral", x.c.quad[0]},
                         {"mean_goldstein", round3(x.c.events ? x.c.goldstein_sum / static_cast<double>(x.c.events) : 0)}});
  json quotes = json::array();
  for (const auto& x : q.quotes_by(code, rollup, 50))
    quotes.push_back({{"doc", x.doc}, {"text", x.text}, {"speaker", x.speaker}, {"date", x.date},
                      {"type", nullable(x.type)}, {"verb", nullable(x.verb)},
                      {"start", x.start}, {"end", x.end}});
  std::vector<std::string> roots;
  for (int r = 1; r <= 20; ++r) {
    std::string root = (r < 10 ? "0" : "") + std::to_string(r);
    if (!model::stance_kind(root).empty()) roots.push_back(root);
  }
  auto se = q.stance_events(code, rollup, roots, 500);
  json stances = json::array();
  auto found = model::stances(se);
  std::vector<std::string> targets;
  for (const auto& s : found)
    if (!s.target.empty()) targets.push_back(s.target);
  auto target_names = q.actor_names(targets);  // one query, not one per stance
  for (const auto& s : found)
    stances.push_back({{"kind", s.kind}, {"issue", s.issue}, {"target", s.target},
                       {"target_name", s.target.empty() ? "" : target_names[s.target]}, {"code", s.code},
                       {"text", s.text}, {"doc", s.doc}, {"date", s.date}, {"count", s.count}});
  json timeline = json::array();
  for (const auto& t : q.timeline(code, {}, rollup, 100))
    timeline.push_back({{"date", t.date}, {"text", t.text}, {"doc", t.doc}, {"kind", t.kind}});
  return {{"code", a->code}, {"name", a->name}, {"kind", a->kind}, {"country", a->country},
          {"mentions", a->mentions}, {"events", a->events}, {"relations", relations}, {"quotes", quotes},
          {"stances", stances}, {"timeline", timeline}};
}

json dyad(const store::Queries& q, const std::string& asked_source, const std::string& asked_target, const Params& p) {
  const std::string source = path_code(q, asked_source, " (source)"), target = path_code(q, asked_target, " (target)");
  auto g = granularity_param(p);
  bool rollup = bool_param(p, "rollup");
  auto w = window_param(p);
  int limit = int_param(p, "limit", 50, 1, 1000), offset = int_param(p, "offset", 0, 0, 1000000000);
  auto modalities = modality_param(p);
  bool both = bool_param(p, "both");  // A <-> B: both directions together
  std::vector<model::DyadCount> rows;
  model::DyadCount undated;
  auto add_undated = [&](const model::DyadCount& c) {
    for (size_t i = 0; i < 5; ++i) undated.quad[i] += c.quad[i];
    undated.events += c.events;
    undated.goldstein_sum += c.goldstein_sum;
  };
  std::vector<std::pair<std::string, std::string>> ways = {{source, target}};
  if (both && source != target) ways.push_back({target, source});
  for (const auto& [src, tgt] : ways) {
    if (!modalities.empty()) continue;
    for (auto& r : q.dyad_counts(src, tgt, w, rollup)) rows.push_back(std::move(r));
    if (w.from.empty() && w.to.empty()) add_undated(q.undated_counts(src, tgt, rollup));
  }
  if (!modalities.empty()) {
    std::vector<model::DyadCount> found;
    for (const auto& [src, tgt] : ways)
      for (auto& r : q.modality_counts(src, tgt, w, rollup, modalities)) found.push_back(std::move(r));
    for (auto& r : found) {
      if (!r.date.empty()) {
        rows.push_back(std::move(r));
        continue;
      }
      add_undated(r);
    }
  }
  // Dates less precise than the periods (a year alone; a month alone for days
  // and weeks) are not drawn as the period's first day: they are counted in
  // `coarse`, by the year or month they name.
  std::vector<model::DyadCount> fine, coarse_rows;
  size_t need = g == model::Granularity::Month ? 7 : 10;
  for (auto& r : rows) (r.date.size() < need ? coarse_rows : fine).push_back(std::move(r));
  rows = std::move(fine);
  std::map<std::string, model::DyadCount> coarse_by;
  for (const auto& r : coarse_rows) {
    auto& c = coarse_by[r.date.substr(0, std::min<size_t>(r.date.size(), 7))];
    for (size_t i = 0; i < 5; ++i) c.quad[i] += r.quad[i];
    c.events += r.events;
    c.goldstein_sum += r.goldstein_sum;
  }
  json coarse = json::array();
  for (const auto& [period, c] : coarse_by) {
    json x = quad_counts(c);
    x["period"] = period;
    coarse.push_back(x);
  }
  json series = json::array();
  for (const auto& s : model::dyad_series(rows, g))
    series.push_back({{"period", s.period}, {"neutral", s.quad[0]}, {"verbal_cooperation", s.quad[1]},
                      {"material_cooperation", s.quad[2]}, {"verbal_conflict", s.quad[3]},
                      {"material_conflict", s.quad[4]}, {"events", s.events},
                      {"mean_goldstein", round3(s.mean_goldstein)}});
  // Every event of the pair is either in a period or, when the window is
  // open, in the undated bucket (no date of its own nor its document's).
  model::DyadCount total;
  for (const auto& r : coarse_rows) {
    for (size_t i = 0; i < 5; ++i) total.quad[i] += r.quad[i];
    total.events += r.events;
    total.goldstein_sum += r.goldstein_sum;
  }
  for (const auto& r : rows) {
    for (size_t i = 0; i < 5; ++i) total.quad[i] += r.quad[i];
    total.events += r.events;
    total.goldstein_sum += r.goldstein_sum;
  }
  for (size_t i = 0; i < 5; ++i) total.quad[i] += undated.quad[i];
  total.events += undated.events;
  total.goldstein_sum += undated.goldstein_sum;
  store::EventFilter f;
  f.source = source;
  f.target = target;
  f.window = w;
  f.rollup = rollup;
  f.modalities = modalities;
  f.both = both;
  f.limit = limit;
  f.offset = offset;
  json events = json::array();
  for (const auto& e : q.events(f)) events.push_back(event_json(e));
  return {{"source", source}, {"target", target}, {"both", both}, {"source_name", q.actor_name(source)},
          {"target_name", q.actor_name(target)}, {"series", series}, {"coarse", coarse}, {"undated", quad_counts(undated)},
          {"total", quad_counts(total)}, {"events", events}};
}

json network(const store::Queries& q, const Params& p) {
  auto w = window_param(p);
  bool rollup = bool_param(p, "rollup");
  int min_events = int_param(p, "min_events", 1, 1, 1000000);
  int limit = int_param(p, "limit", 1000, 1, 1000);
  auto modalities = modality_param(p);
  auto totals = [&](const store::Window& win) { return pair_rows(q, win, rollup, modalities); };
  auto rows = totals(w);
  std::vector<model::DyadCount> before;
  if (auto pw = previous_window(w)) before = totals(*pw);
  auto net = model::build_network(rows, before, min_events);
  if (net.edges.size() > static_cast<size_t>(limit)) {
    // Keep the busiest edges and the nodes they touch.
    net.edges.resize(static_cast<size_t>(limit));
    std::set<std::string> keep;
    for (const auto& e : net.edges) keep.insert(e.source), keep.insert(e.target);
    std::erase_if(net.nodes, [&](const model::Node& n) { return !keep.count(n.id); });
  }
  json nodes = json::array(), edges = json::array();
  std::vector<std::string> ids;
  for (const auto& n : net.nodes) ids.push_back(n.id);
  auto names = q.actor_names(ids);
  for (const auto& n : net.nodes)
    nodes.push_back({{"id", n.id}, {"name", names[n.id]}, {"degree", n.degree},
                     {"centrality", round3(n.centrality)}, {"hedging", round3(n.hedging)}, {"events", n.events}});
  for (const auto& e : net.edges)
    edges.push_back({{"source", e.source}, {"target", e.target}, {"events", e.events},
                     {"cooperation", e.cooperation}, {"conflict", e.conflict}, {"weight", round3(e.weight)},
                     {"mean_goldstein", round3(e.weight)}, {"sign", e.sign}, {"changed", e.changed}});
  return {{"nodes", nodes}, {"edges", edges}};
}

// The actor's hedging index per period of `g`, from the counts of the
// actor's dyads and of its partners among themselves.
json hedging_by_period(std::vector<model::DyadCount> own, const std::string& actor, model::Granularity g) {
  std::map<std::string, std::vector<model::DyadCount>> by_period;
  for (auto& r : own) {
    std::string period = model::period_of(r.date, g);
    if (!period.empty()) by_period[period].push_back(std::move(r));
  }
  json series = json::array();
  for (const auto& [period, rows] : by_period) {
    auto h = model::hedging(model::edges_of(rows));
    auto it = h.find(actor);
    series.push_back({{"period", period}, {"hedging", round3(it == h.end() ? 0 : it->second)}});
  }
  return series;
}

// The hedging index per period from the events of the given modalities: the
// actor's ties and its partners' ties among themselves, period by period.
json hedging_series(const store::Queries& q, const std::string& actor, model::Granularity g, const store::Window& w,
                    bool rollup, const std::vector<std::string>& modalities) {
  auto own = actor_modal_rows(q, actor, w, rollup, modalities);
  std::set<std::string> ring = {actor};
  for (const auto& r : own) ring.insert(r.source), ring.insert(r.target);
  for (auto& r : q.modality_counts("", "", w, rollup, modalities)) {
    std::string s = rollup ? model::rollup_code(r.source) : r.source;
    std::string t = rollup ? model::rollup_code(r.target) : r.target;
    if (s == actor || t == actor || s == t || !ring.count(s) || !ring.count(t)) continue;
    r.source = s;
    r.target = t;
    own.push_back(std::move(r));
  }
  return hedging_by_period(std::move(own), actor, g);
}

json hedging(const store::Queries& q, const Params& p) {
  std::string actor = code_of(q, p, "actor", true);
  auto g = granularity_param(p);
  bool rollup = bool_param(p, "rollup");
  auto w = window_param(p);
  auto modalities = modality_param(p);
  if (bool_param(p, "overall")) {
    // The index over the whole window, as the network of that window gives it.
    auto h = model::hedging(model::edges_of(pair_rows(q, w, rollup, modalities)));
    auto it = h.find(actor);
    return {{"actor", actor}, {"overall", round3(it == h.end() ? 0 : it->second)}};
  }
  if (!modalities.empty()) return {{"actor", actor}, {"series", hedging_series(q, actor, g, w, rollup, modalities)}};
  if (g == model::Granularity::Month) {
    // Kept current in the store by refresh_model (dyad ingest).
    if (auto months = q.hedging_months(actor, rollup, w)) {
      json series = json::array();
      for (const auto& [period, value] : *months) series.push_back({{"period", period}, {"hedging", round3(value)}});
      return {{"actor", actor}, {"series", series}};
    }
  }
  auto own = q.actor_counts(actor, w, rollup);
  std::set<std::string> partners;
  for (const auto& r : own) {
    std::string s = rollup ? model::rollup_code(r.source) : r.source;
    std::string t = rollup ? model::rollup_code(r.target) : r.target;
    partners.insert(s == actor ? t : s);
  }
  partners.erase(actor);
  auto among = q.counts_among(std::vector<std::string>(partners.begin(), partners.end()), w, rollup);
  own.insert(own.end(), among.begin(), among.end());
  if (rollup) own = model::rollup_rows(own);
  return {{"actor", actor}, {"series", hedging_by_period(std::move(own), actor, g)}};
}

json timeline(const store::Queries& q, const Params& p) {
  std::string actor = code_of(q, p, "actor", false);
  auto w = window_param(p);
  int limit = int_param(p, "limit", 50, 1, 1000);
  json entries = json::array();
  for (const auto& t : q.timeline(actor, w, bool_param(p, "rollup"), limit))
    entries.push_back({{"date", t.date}, {"end_date", t.end_date.empty() ? json() : json(t.end_date)},
                       {"text", t.text}, {"doc", t.doc}, {"kind", t.kind}});
  return {{"entries", entries}};
}

json evidence(const store::Queries& q, const Params& p) {
  store::EventFilter f;
  f.source = code_of(q, p, "source", false);
  f.target = code_of(q, p, "target", false);
  f.window = window_param(p);
  f.rollup = bool_param(p, "rollup");
  f.limit = int_param(p, "limit", 50, 1, 1000);
  f.offset = int_param(p, "offset", 0, 0, 1000000000);
  f.modalities = modality_param(p);
  f.both = bool_param(p, "both");
  std::string quad = get(p, "quad");
  if (!quad.empty()) {
    for (int i = 0; i < 5; ++i)
      if (quad == kQuadNames[i] || quad == std::to_string(i)) f.quad = i;
    if (f.quad < 0)
      throw BadRequest{400, "parameter 'quad' must be 0..4 or verbal_cooperation, material_cooperation, "
                            "verbal_conflict, material_conflict, neutral (got '" + quad + "')"};
  }
  json events = json::array();
  for (const auto& e : q.events(f)) events.push_back(event_json(e));
  return {{"events", events}};
}

// /api/export's options (what, format, from, to, granularity, rollup,
// min_events as `dyad export` takes them).
exporter::Options export_options(const Params& p) {
  exporter::Options o;
  if (!get(p, "what").empty()) o.what = get(p, "what");
  if (!get(p, "format").empty()) o.format = get(p, "format");
  if (!get(p, "granularity").empty()) o.granularity = get(p, "granularity");
  auto w = window_param(p);
  o.from = w.from;
  o.to = w.to;
  o.rollup = bool_param(p, "rollup");
  o.min_events = static_cast<int>(int_param(p, "min_events", 1, 1, 1000000));
  if (auto bad = exporter::check(o); !bad.empty()) throw BadRequest{400, "export: " + bad};
  return o;
}

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : path) {
    if (c == '/') {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  return parts;
}

// Parts from `i` on, joined by "/" (a document id may contain "/", sent
// encoded as %2F or not).
std::string rest_of(const std::vector<std::string>& parts, size_t i) {
  std::string out;
  for (; i < parts.size(); ++i) out += (out.empty() ? "" : "/") + parts[i];
  return out;
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

std::optional<store::Window> previous_window(const store::Window& w) {
  if (w.from.empty() || w.to.empty()) return std::nullopt;
  // Whole years and whole months stay whole (so the store reads its year or
  // month counts): 2013..2014 -> 2011..2012, 2013-03..2013-05 -> 2012-12..2013-02.
  if (w.from.size() == w.to.size() && (w.from.size() == 4 || w.from.size() == 7)) {
    auto months = [](const std::string& d) {
      return std::stoi(d.substr(0, 4)) * 12 + (d.size() == 7 ? std::stoi(d.substr(5, 2)) - 1 : 0);
    };
    int a = months(w.from), b = months(w.to);
    if (b < a) return std::nullopt;
    char buf[2][16];
    if (w.from.size() == 4) {
      int n = (b - a) / 12 + 1;
      std::snprintf(buf[0], sizeof buf[0], "%04d", a / 12 - n);
      std::snprintf(buf[1], sizeof buf[1], "%04d", a / 12 - 1);
    } else {
      int n = b - a + 1, pa = a - n, pb = a - 1;
      std::snprintf(buf[0], sizeof buf[0], "%04d-%02d", pa / 12, pa % 12 + 1);
      std::snprintf(buf[1], sizeof buf[1], "%04d-%02d", pb / 12, pb % 12 + 1);
    }
    return store::Window{buf[0], buf[1]};
  }
  auto first = [](const std::string& d) {
    return time::Date{std::stoi(d.substr(0, 4)), d.size() >= 7 ? std::stoi(d.substr(5, 2)) : 1,
                      d.size() >= 10 ? std::stoi(d.substr(8, 2)) : 1};
  };
  time::Date a = first(w.from), b = first(w.to);
  if (w.to.size() == 4) b = {b.y, 12, 31};
  else if (w.to.size() == 7) b.d = time::days_in_month(b.y, b.m);
  int64_t da = time::to_days(a), db = time::to_days(b);
  if (db < da) return std::nullopt;
  int64_t len = db - da + 1;
  return store::Window{time::fmt_day(time::civil_from_days(da - len)), time::fmt_day(time::civil_from_days(da - 1))};
}

std::string snippet_html(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 32);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\x02': out += "<mark>"; break;
      case '\x03': out += "</mark>"; break;
      default: out += c;
    }
  }
  return out;
}

ApiResponse answer_json(const std::function<json()>& make) {
  auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  try {
    return {200, dump(make())};
  } catch (const BadRequest& e) {
    return {e.status, dump(json{{"error", e.message}})};
  } catch (const store::StoreError& e) {
    return {500, dump(json{{"error", std::string("store error: ") + e.what()}})};
  } catch (const std::exception& e) {
    return {500, dump(json{{"error", std::string("internal error: ") + e.what()}})};
  }
}

ApiResponse export_head(const Params& params, exporter::Options& options) {
  ApiResponse r = answer_json([&] {
    options = export_options(params);
    return json();
  });
  if (r.status != 200) return r;
  r.body.clear();
  r.content_type = exporter::mime_type(options);
  r.filename = exporter::file_name(options);
  return r;
}

ApiResponse handle_api(const store::Queries& q, const std::string& path, const Params& params) {
  auto parts = split_path(path);
  for (auto& part : parts) part = percent_decode(part);
  const std::string what = parts.size() >= 2 && parts[0] == "api" ? parts[1] : "";
  if (parts.size() == 2 && (what == "scenario" || what == "simulate")) return handle_sim_api(q, what, params);
  if (parts.size() == 2 && what == "export") {
    exporter::Options o;
    ApiResponse r = export_head(params, o);
    if (r.status != 200) return r;
    std::ostringstream os;
    ApiResponse failed = answer_json([&] {
      exporter::write(q, o, os);
      return json();
    });
    if (failed.status != 200) return failed;
    r.body = os.str();
    return r;
  }
  return answer_json([&]() -> json {
    if (parts.empty() || parts[0] != "api") throw BadRequest{404, "no such endpoint: " + path};
    parts.erase(parts.begin());
    if (what == "stats" && parts.size() == 1) return stats(q);
    if (what == "search" && parts.size() == 1) return search(q, params);
    if (what == "documents" && parts.size() >= 2) return document(q, q.store(), rest_of(parts, 1));
    if (what == "actors" && parts.size() == 1) return actors(q, params);
    if (what == "actors" && parts.size() == 2) return actor(q, parts[1], params);
    if (what == "actors" && parts.size() == 3 && parts[2] == "series") return actor_series(q, parts[1], params);
    if (what == "dyads" && parts.size() == 3) return dyad(q, parts[1], parts[2], params);
    if (what == "network" && parts.size() == 1) return network(q, params);
    if (what == "hedging" && parts.size() == 1) return hedging(q, params);
    if (what == "timeline" && parts.size() == 1) return timeline(q, params);
    if (what == "evidence" && parts.size() == 1) return evidence(q, params);
    throw BadRequest{404, "no such endpoint: " + path};
  });
}

}  // namespace dyad::serve
