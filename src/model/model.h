// The system model: pure functions over aggregated event counts (from the
// store) that give dyad series by period, the network of a time window with
// centrality and sign changes, the hedging index, stances and code roll-up.
// The formulas are documented in docs/model.md.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::model {

// Event counts of one ordered actor pair on one date ("YYYY[-MM[-DD]]").
struct DyadCount {
  std::string date, source, target;
  std::array<int64_t, 5> quad{};  // by quad class 0 neutral .. 4 material conflict
  int64_t events = 0;
  double goldstein_sum = 0;
  int64_t cooperation() const { return quad[1] + quad[2]; }
  int64_t conflict() const { return quad[3] + quad[4]; }
};

enum class Granularity { Day, Week, Month };
std::optional<Granularity> parse_granularity(std::string_view s);
// The period holding a date: "2013-03-22" (day), the Monday of its ISO week
// "2013-03-18" (week), "2013-03" (month). Missing month/day count as 01.
// "" for a date that cannot be read.
std::string period_of(std::string_view date, Granularity g);

struct SeriesPoint {
  std::string period;
  std::array<int64_t, 5> quad{};
  int64_t events = 0;
  double mean_goldstein = 0;
};
// Sums counts per period, in period order.
std::vector<SeriesPoint> dyad_series(const std::vector<DyadCount>& rows, Granularity g);

// Actor code roll-up to the country / organisation prefix: RUSGOV -> RUS,
// IGOUNO -> IGO; TALIBAN stays TALIBAN (see data/model/rollup_prefixes.txt).
std::string rollup_code(std::string_view code);
// Sums rows whose codes roll up to the same pair (and date); self-pairs that
// appear after roll-up (RUSGOV -> RUSMIL) are dropped.
std::vector<DyadCount> rollup_rows(const std::vector<DyadCount>& rows);

// --- Network -------------------------------------------------------------
struct Edge {
  std::string source, target;
  int64_t events = 0, cooperation = 0, conflict = 0;
  double weight = 0;  // mean Goldstein in the window
  int sign = 1;       // +1 when weight >= 0, else -1
  bool changed = false;  // sign differs from the previous window's edge
};
struct Node {
  std::string id;
  int degree = 0;          // distinct neighbours (either direction)
  double centrality = 0;   // degree / (nodes - 1)
  double hedging = 0;      // hedging index in the window
  int64_t events = 0;
};
struct Network {
  std::vector<Node> nodes;  // by centrality, then id
  std::vector<Edge> edges;  // by events, then ids
};
// Edges from the counts of a window (summed over dates); edges with fewer than
// `min_events` events are dropped. `previous` are the counts of the window of
// the same length just before (may be empty).
Network build_network(const std::vector<DyadCount>& window, const std::vector<DyadCount>& previous,
                      int64_t min_events = 1);
std::vector<Edge> edges_of(const std::vector<DyadCount>& rows);

// Hedging index of every actor of a set of directed edges (docs/model.md):
// for actor A with cooperative partners P (ties where cooperation outweighs
// conflict, both directions summed) of weight w_B (cooperative events),
//   H(A) = sum_B min(w_B, max{ w_C : C in P, tie B-C conflictual }) / sum_B w_B
// in [0, 1]; 0 when A has no two partners in conflict with each other.
std::map<std::string, double> hedging(const std::vector<Edge>& edges);

// --- Stances -------------------------------------------------------------
// An event that states a stance (root in data/model/stance_roots.txt).
struct StanceEvent {
  std::string target, code, root, text, doc, date;
};
struct Stance {
  std::string kind;  // demands | supports | opposes | appeals | rejects
  std::string target, code, text, doc, date;
  int64_t count = 1;  // events of this kind on this issue towards this target
  std::string issue;  // "military aid", "sanctions", ... ("" for none in particular)
};
// The stance kind of a CAMEO root ("" when it states none).
std::string stance_kind(std::string_view root);
// The issue of a stance's CAMEO code (data/model/stance_issues.txt, longest
// prefix): "1032" -> "military aid"; "" when the code names none.
std::string stance_issue(std::string_view code);
// One entry per (target, kind, issue) with the latest event as evidence,
// grouped by target (targets by total events), kinds in a fixed order.
std::vector<Stance> stances(const std::vector<StanceEvent>& events);

}  // namespace dyad::model
