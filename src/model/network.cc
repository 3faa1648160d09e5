// The network of a time window: directed edges summed from dyad counts, node
// degree and degree centrality, sign changes against the previous window, and
// the hedging index of each actor (formula in docs/model.md).
#include <algorithm>
#include <set>
#include <unordered_map>

#include "model/model.h"

namespace dyad::model {

std::vector<Edge> edges_of(const std::vector<DyadCount>& rows) {
  std::map<std::pair<std::string, std::string>, std::pair<Edge, double>> by;
  for (const auto& r : rows) {
    if (r.source.empty() || r.target.empty() || r.source == r.target) continue;
    auto& [e, sum] = by[{r.source, r.target}];
    e.source = r.source;
    e.target = r.target;
    e.events += r.events;
    e.cooperation += r.cooperation();
    e.conflict += r.conflict();
    sum += r.goldstein_sum;
  }
  std::vector<Edge> out;
  out.reserve(by.size());
  for (auto& [k, v] : by) {
    Edge e = v.first;
    e.weight = e.events ? v.second / static_cast<double>(e.events) : 0;
    e.sign = e.weight >= 0 ? 1 : -1;
    out.push_back(std::move(e));
  }
  return out;
}

std::map<std::string, double> hedging(const std::vector<Edge>& edges) {
  // Undirected ties: cooperation and conflict of both directions summed.
  struct Tie {
    int64_t coop = 0, conflict = 0;
  };
  std::map<std::pair<std::string, std::string>, Tie> ties;
  for (const auto& e : edges) {
    auto key = e.source < e.target ? std::make_pair(e.source, e.target) : std::make_pair(e.target, e.source);
    ties[key].coop += e.cooperation;
    ties[key].conflict += e.conflict;
  }
  std::map<std::string, std::vector<std::pair<std::string, int64_t>>> partners;  // cooperative
  std::set<std::pair<std::string, std::string>> opposed;
  std::set<std::string> actors;
  for (const auto& [k, t] : ties) {
    actors.insert(k.first);
    actors.insert(k.second);
    if (t.coop > t.conflict) {
      partners[k.first].push_back({k.second, t.coop});
      partners[k.second].push_back({k.first, t.coop});
    } else if (t.conflict > t.coop) {
      opposed.insert(k);
    }
  }
  auto is_opposed = [&](const std::string& a, const std::string& b) {
    return opposed.count(a < b ? std::make_pair(a, b) : std::make_pair(b, a)) > 0;
  };
  std::map<std::string, double> out;
  for (const auto& a : actors) {
    double total = 0, hedged = 0;
    auto it = partners.find(a);
    if (it != partners.end()) {
      const auto& p = it->second;
      for (const auto& [b, wb] : p) {
        total += static_cast<double>(wb);
        int64_t best = 0;
        for (const auto& [c, wc] : p)
          if (c != b && wc > best && is_opposed(b, c)) best = wc;
        hedged += static_cast<double>(std::min(wb, best));
      }
    }
    out[a] = total > 0 ? hedged / total : 0;
  }
  return out;
}

Network build_network(const std::vector<DyadCount>& window, const std::vector<DyadCount>& previous,
                      int64_t min_events) {
  Network net;
  std::vector<Edge> all = edges_of(window);
  std::map<std::string, double> hedge = hedging(all);
  std::map<std::pair<std::string, std::string>, int> before;
  for (const auto& e : edges_of(previous)) before[{e.source, e.target}] = e.sign;
  for (auto& e : all) {
    if (e.events < std::max<int64_t>(1, min_events)) continue;
    auto it = before.find({e.source, e.target});
    e.changed = it != before.end() && it->second != e.sign;
    net.edges.push_back(e);
  }
  std::map<std::string, std::set<std::string>> neighbours;
  std::map<std::string, int64_t> events;
  for (const auto& e : net.edges) {
    neighbours[e.source].insert(e.target);
    neighbours[e.target].insert(e.source);
    events[e.source] += e.events;
    events[e.target] += e.events;
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
