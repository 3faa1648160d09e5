// Network page: actors as nodes (size = centrality), cooperation/conflict ties as edges (colour =
// sign, width = events, dashed = changed sign), in a time window moved with a slider that refetches.
import type cytoscapeT from "cytoscape";
import { api, type Network, type Stats } from "../api";
import { actorHref, dyadHref, empty, errorBox, exportButtons, fmtNum, fmtSigned, h, link, modalitySelect, section, table } from "../dom";
import { addDays, daysBetween, parseDay, ymd } from "../periods";
import { pageToken, setQuery, stillOn, type Route } from "../router";

const WINDOWS: [string, number][] = [["1 week", 7], ["1 month", 30], ["3 months", 91], ["1 year", 365], ["everything", 0]];
const POS = "#4fae7b", NEG = "#d9534f";

let cyLib: Promise<typeof cytoscapeT> | null = null;
const loadCy = () => (cyLib ??= import("cytoscape").then((m) => m.default));

export async function renderNetwork(root: HTMLElement, r: Route): Promise<void> {
  const token = pageToken();
  const q = r.query;
  const page = h("div.page.network");
  root.append(page);
  let stats: Stats;
  try { stats = await api.stats(); } catch (e) { if (stillOn(token)) page.append(h("h1", {}, "Network"), errorBox(e)); return; }
  if (!stillOn(token)) return;

  const first = parseDay(stats.first_date), last = parseDay(stats.last_date);
  const span = first && last ? Math.max(0, daysBetween(first, last)) : 0;
  const initialWin = Number(q.get("window") ?? (span > 120 ? 91 : 0));
  const winSel = h("select", { id: "net-window", "aria-label": "Window length" },
    WINDOWS.map(([label, d]) => h("option", { value: String(d), selected: d === initialWin }, label)));
  const slider = h("input", { type: "range", id: "net-slider", min: "0", max: String(span), step: "1", "aria-label": "Window end" });
  const qTo = parseDay(q.get("to"));
  slider.value = String(first && qTo ? Math.min(span, Math.max(0, daysBetween(first, qTo))) : span);
  const minEv = h("input", { type: "number", id: "net-min", min: "1", value: q.get("min_events") ?? "1", size: "3", "aria-label": "Minimum events" });
  const roll = h("input", { type: "checkbox", id: "net-rollup", checked: q.get("rollup") === "1" });
  const mod = modalitySelect(q.get("modality") ?? "", "net-modality");
  const label = h("span.window-label", { id: "net-label" });
  const graphBox = h("div.graph", { id: "graph" });
  const info = h("div", { id: "net-info" }, h("p.muted", {}, "Click a node or a tie."));
  const central = h("div");
  const changed = h("div");
  const ties = h("div");
  const exports = h("div.net-exports", { id: "net-exports" });

  page.append(h("div.title-row", {}, h("h1", {}, "Network"), h("span.meta", {}, "node size: centrality · edge colour: sign (green cooperation, red conflict) · dashed: sign changed")),
    h("div.filters.net-controls", {},
      h("label.field", {}, h("span", {}, "Window"), winSel),
      h("label.field.grow", {}, h("span", {}, "Window end"), slider),
      label,
      h("label.field", {}, h("span", {}, "Min events"), minEv),
      h("label.field", {}, h("span", {}, "Modality"), mod),
      h("label.toggle", {}, roll, " roll up codes")),
    h("div.net-layout", {}, graphBox,
      h("aside", {}, exports, section("Selection", info), section("Most central", central), section("Ties that changed sign", changed), section("Strongest ties", ties))));

  const windowRange = (): [string, string] | [null, null] => {
    if (!first || !last) return [null, null];
    const len = Number(winSel.value);
    if (!len) return [null, null];  // everything: every event, undated and early ones included
    const end = addDays(first, Number(slider.value));
    const start = addDays(end, -(len - 1));
    return [ymd(start < first ? first : start), ymd(end)];
  };
  const syncControls = () => {
    slider.disabled = Number(winSel.value) === 0;
    const [a, z] = windowRange();
    label.textContent = a ? `${a} → ${z}` : "everything (all dates, undated events included)";
  };

  const cytoscape = await loadCy();
  if (!stillOn(token)) return;
  const cy = cytoscape({
    container: graphBox,
    wheelSensitivity: 0.3,
    minZoom: 0.2, maxZoom: 4,
    style: [
      { selector: "node", style: { "background-color": "#5b6b7c", "border-color": "#c9d1d9", "border-width": 1, label: "data(id)", color: "#e6edf3",
        "font-size": 11, "text-valign": "center", "text-halign": "center", "text-outline-color": "#0f1215", "text-outline-width": 2,
        width: "data(size)", height: "data(size)" } },
      { selector: "node[hedging > 0]", style: { "border-color": "#e0a24a", "border-width": 3 } },
      { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8, width: "data(w)",
        "line-color": "data(color)", "target-arrow-color": "data(color)", opacity: 0.85 } },
      { selector: "edge[?changed]", style: { "line-style": "dashed" } },
      { selector: ":selected", style: { "overlay-color": "#e0a24a", "overlay-opacity": 0.25 } },
    ],
  });
  (graphBox as unknown as { __cy: cytoscapeT.Core }).__cy = cy;
  cy.on("tap", "node", (e) => {
    const d = e.target.data();
    info.replaceChildren(h("div", {}, link(actorHref(d.id), d.id), " ", d.name),
      h("div.muted", {}, `degree ${d.degree} · centrality ${fmtNum(d.centrality, 3)} · hedging ${fmtNum(d.hedging, 2)}`));
  });
  cy.on("tap", "edge", (e) => {
    const d = e.target.data();
    info.replaceChildren(h("div", {}, link(dyadHref(d.source, d.target), `${d.source} → ${d.target}`)),
      h("div.muted", {}, `${d.events} events · ${d.cooperation} coop. · ${d.conflict} conflict · weight ${fmtSigned(d.weight)}${d.changed ? " · sign changed" : ""}`));
  });

  const draw = (net: Network) => {
    const nodes = net.nodes ?? [], edges = net.edges ?? [];
    const maxC = Math.max(1e-9, ...nodes.map((n) => n.centrality || 0));
    const maxE = Math.max(1, ...edges.map((e) => e.events || 0));
    const old = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
    cy.elements().remove();
    cy.add(nodes.map((n) => ({ group: "nodes" as const, data: { ...n, size: 18 + 52 * Math.sqrt((n.centrality || 0) / maxC) }, position: old.get(n.id) })));
    const ids = new Set(nodes.map((n) => n.id));
    cy.add(edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e, i) => ({ group: "edges" as const,
      data: { ...e, id: `e${i}`, color: e.sign < 0 ? NEG : POS, w: 1 + 7 * Math.sqrt((e.events || 0) / maxE) } })));
    const allKnown = nodes.length > 0 && nodes.every((n) => old.has(n.id));
    cy.layout(allKnown ? { name: "preset", fit: true, padding: 30 } as cytoscapeT.LayoutOptions
      : { name: "cose", animate: false, randomize: old.size === 0, padding: 30, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 } as cytoscapeT.LayoutOptions).run();
    graphBox.dataset.nodes = String(nodes.length);
    graphBox.dataset.edges = String(edges.length);
    const top = [...nodes].sort((a, b) => b.centrality - a.centrality).slice(0, 12);
    central.replaceChildren(top.length ? table(top, [
      { head: "Actor", cell: (n) => link(actorHref(n.id), n.id) },
      { head: "Centr.", cell: (n) => fmtNum(n.centrality, 3), num: true },
      { head: "Deg.", cell: (n) => fmtNum(n.degree), num: true },
      { head: "Hedg.", cell: (n) => fmtNum(n.hedging, 2), num: true },
    ], "", "row") : empty("No actor in this window."));
    const ch = edges.filter((e) => e.changed);
    changed.replaceChildren(ch.length ? h("ul.plain", {}, ch.map((e) => h("li.row", {},
      link(dyadHref(e.source, e.target) + (mod.value ? `?modality=${mod.value}` : ""), `${e.source} → ${e.target}`), " ",
      h("span", { class: e.sign < 0 ? "conf" : "coop" }, e.sign < 0 ? "now conflict" : "now cooperation")))) : empty("None in this window."));
    const strong = [...edges].sort((a, b) => b.events - a.events).slice(0, 15);
    ties.replaceChildren(strong.length ? table(strong, [
      { head: "Tie", cell: (e) => link(dyadHref(e.source, e.target), `${e.source} → ${e.target}`) },
      { head: "Ev.", cell: (e) => fmtNum(e.events), num: true },
      { head: "Weight", cell: (e) => h("span", { class: e.sign < 0 ? "conf" : "coop" }, fmtSigned(e.weight)), num: true },
    ], "", "row") : empty("No tie in this window."));
    if (!nodes.length) graphBox.dataset.empty = "1"; else delete graphBox.dataset.empty;
  };

  let timer = 0;
  const status = h("div.net-status");
  graphBox.append(status);
  const refetch = async () => {
    syncControls();
    const [from, to] = windowRange();
    const params = { from, to, min_events: minEv.value || undefined, rollup: roll.checked, modality: mod.value };
    const qs = new URLSearchParams();
    if (winSel.value !== "0") { qs.set("window", winSel.value); if (to) qs.set("to", to); }
    if (minEv.value && minEv.value !== "1") qs.set("min_events", minEv.value);
    if (roll.checked) qs.set("rollup", "1");
    if (mod.value) qs.set("modality", mod.value);
    setQuery(qs);
    try {
      const net = await api.network(params);
      if (!stillOn(token)) return;
      status.textContent = "";
      graphBox.dataset.from = from ?? "";
      exports.replaceChildren(exportButtons("network", { from, to, rollup: roll.checked ? "1" : "", min_events: minEv.value !== "1" ? minEv.value : "" }));
      graphBox.dataset.to = to ?? "";
      draw(net);
      if (!(net.nodes ?? []).length) status.textContent = "No ties in this window.";
    } catch (e) {
      if ((e as Error).name === "AbortError" || !stillOn(token)) return;
      status.replaceChildren(errorBox(e));
    }
  };
  const later = () => { syncControls(); clearTimeout(timer); timer = window.setTimeout(() => void refetch(), 200); };
  slider.addEventListener("input", later);
  winSel.addEventListener("change", later);
  minEv.addEventListener("change", later);
  roll.addEventListener("change", later);
  mod.addEventListener("change", later);
  syncControls();
  await refetch();
}
