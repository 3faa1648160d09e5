// The network of a time window: directed edges summed from dyad counts, node
// degree and degree centrality, sign changes against the previous window, and
// the hedging index of each actor (formula in docs/model.md).
#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "model/model.h"

namespace dyad::model {

std::vector<Edge> edges_of(const std::vector<DyadCount>& rows) {
  // Summed per ordered pair through a hash of "source\x1ftarget"; the edges
  // come out in (source, target) order.
  std::unordered_map<std::string, size_t> index;
  index.reserve(rows.size());
  std::vector<Edge> out;
  out.reserve(rows.size());
  std::vector<double> sums;
  sums.reserve(rows.size());
  std::string key;
  for (const auto& r : rows) {
    if (r.source.empty() || r.target.empty() || r.source == r.target) continue;
    key.assign(r.source).append(1, '\x1f').append(r.target);
    auto [it, fresh] = index.try_emplace(key, out.size());
    if (fresh) {
      out.emplace_back();
      out.back().source = r.source;
      out.back().target = r.target;
      sums.push_back(0);
    }
    Edge& e = out[it->second];
    e.events += r.events;
    e.cooperation += r.cooperation();
    e.conflict += r.conflict();
    sums[it->second] += r.goldstein_sum;
  }
  for (size_t i = 0; i < out.size(); ++i) {
    Edge& e = out[i];
    e.weight = e.events ? sums[i] / static_cast<double>(e.events) : 0;
    e.sign = e.weight >= 0 ? 1 : -1;
  }
  std::sort(out.begin(), out.end(), [](const Edge& x, const Edge& y) {
    return x.source != y.source ? x.source < y.source : x.target < y.target;
  });
  return out;
}

std::map<std::string, double> hedging(const std::vector<Edge>& edges) {
  // Actors as small integers; undirected ties keyed by the ordered id pair.
  std::unordered_map<std::string, uint32_t> id;
  std::vector<const std::string*> names;
  auto intern = [&](const std::string& code) {
    auto [it, fresh] = id.try_emplace(code, static_cast<uint32_t>(names.size()));
    if (fresh) names.push_back(&it->first);
    return it->second;
  };
  auto pair_key = [](uint32_t a, uint32_t b) {
    return a < b ? (uint64_t{a} << 32) | b : (uint64_t{b} << 32) | a;
  };
  // Undirected ties: cooperation and conflict of both directions summed.
  struct Tie {
    uint32_t a = 0, b = 0;
    int64_t coop = 0, conflict = 0;
  };
  std::unordered_map<uint64_t, Tie> ties;
  for (const auto& e : edges) {
    uint32_t s = intern(e.source), t = intern(e.target);
    auto& tie = ties[pair_key(s, t)];
    tie.a = s;
    tie.b = t;
    tie.coop += e.cooperation;
    tie.conflict += e.conflict;
  }
  std::vector<std::vector<std::pair<int64_t, uint32_t>>> partners(names.size());  // cooperative: weight, id
  std::unordered_set<uint64_t> opposed;
  for (const auto& [k, t] : ties) {
    if (t.coop > t.conflict) {
      partners[t.a].push_back({t.coop, t.b});
      partners[t.b].push_back({t.coop, t.a});
    } else if (t.conflict > t.coop) {
      opposed.insert(k);
    }
  }
  std::map<std::string, double> out;
  for (uint32_t a = 0; a < names.size(); ++a) {
    auto& p = partners[a];
    // Heaviest partners first: the first opposed one is the heaviest.
    std::sort(p.begin(), p.end(), [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
    double total = 0, hedged = 0;
    for (const auto& [wb, b] : p) {
      total += static_cast<double>(wb);
      for (const auto& [wc, c] : p) {
        if (c != b && opposed.count(pair_key(b, c))) {
          hedged += static_cast<double>(std::min(wb, wc));
          break;
        }
      }
    }
    out[*names[a]] = total > 0 ? hedged / total : 0;
  }
  return out;
}

Network build_network(const std::vector<DyadCount>& window, const std::vector<DyadCount>& previous,
                      int64_t min_events) {
  Network net;
  std::vector<Edge> all = edges_of(window);
  std::map<std::string, double> hedge = hedging(all);
  std::unordered_map<std::string, int> before;  // "source\x1ftarget" -> sign
  before.reserve(previous.size());
  for (const auto& e : edges_of(previous)) before[e.source + '\x1f' + e.target] = e.sign;
  std::string key;
  net.edges.reserve(all.size());
  for (auto& e : all) {
    if (e.events < std::max<int64_t>(1, min_events)) continue;
    key.assign(e.source).append(1, '\x1f').append(e.target);
    auto it = before.find(key);
    e.changed = it != before.end() && it->second != e.sign;
    net.edges.push_back(e);
  }
  // Distinct neighbours: both directions of each edge, deduplicated per actor.
  std::map<std::string, std::vector<const std::string*>> neighbours;
  std::map<std::string, int64_t> events;
  for (const auto& e : net.edges) {
    neighbours[e.source].push_back(&e.target);
    neighbours[e.target].push_back(&e.source);
    events[e.source] += e.events;
    events[e.target] += e.events;
  }
  for (auto& [id, nb] : neighbours) {
    std::sort(nb.begin(), nb.end(), [](const std::string* x, const std::string* y) { return *x < *y; });
    nb.erase(std::unique(nb.begin(), nb.end(), [](const std::string* x, const std::string* y) { return *x == *y; }),
             nb.end());
  }
  double n = static_cast<double>(neighbours.size());
  for (const auto& [id, nb] : neighbours) {
    Node node;
    node.id = id;
    node.degree = static_cast<int>(nb.size());
    node.centrality = n > 1 ? static_cast<double>(nb.size()) / (n - 1) : 0;
    node.hedging = hedge.count(id) ? hedge[id] : 0;
    node.events = events[id];
    net.nodes.push_back(std::move(node));
  }
  std::sort(net.nodes.begin(), net.nodes.end(), [](const Node& a, const Node& b) {
    return a.centrality != b.centrality ? a.centrality > b.centrality : a.id < b.id;
  });
  std::sort(net.edges.begin(), net.edges.end(), [](const Edge& a, const Edge& b) {
    if (a.events != b.events) return a.events > b.events;
    return a.source != b.source ? a.source < b.source : a.target < b.target;
  });
  return net;
}

}  // namespace dyad::model
