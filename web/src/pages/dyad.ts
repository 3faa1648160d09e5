// Dyad page: source -> target events over time by quad class (uPlot), mean Goldstein, the events
// listed below; clicking a point (or a period row) opens the evidence sentences behind it.
import type uPlotT from "uplot";
import { api, type DyadView, type Evidence, type SeriesPoint } from "../api";
import { autoWidth, loadUPlot, padRange, QUAD_COLORS, width } from "../charts";
import { actorHref, docHref, dyadHref, empty, errorBox, eventDate, modalitySelect, fmtNum, fmtSigned, h, link, QUAD_NAMES, quadClass, section, table } from "../dom";
import { periodRange, periodStart, ymd } from "../periods";
import { navigate, pageToken, stillOn, type Route } from "../router";

const KEYS: (keyof SeriesPoint)[] = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
/** Stacked from the bottom: neutral first (grey), then the four quads. */
const STACK: (keyof SeriesPoint)[] = ["neutral", ...KEYS];
const STACK_NAMES = ["neutral", ...QUAD_NAMES.slice(1)];
const DAY = 86400;
/** Tick positions: the buckets' own starts, thinned to at most ~12 labels. */
function bucketSplits(xs: number[]): number[] {
  const step = Math.max(1, Math.ceil(xs.length / 12));
  return xs.filter((_x, i) => i % step === 0);
}
function bucketLabel(x: number, gran: string): string {
  const d = new Date(x * 1000).toISOString();
  return gran === "month" ? d.slice(0, 7) : d.slice(0, 10);
}

function evidenceList(list: Evidence[], caption: string): HTMLElement {
  if (!list.length) return h("div", {}, h("p.muted", {}, caption), empty("No sentence found."));
  return h("div", {}, h("p.muted", {}, caption), h("ol.plain.evidence", {}, list.map((e) => h("li.row", {},
    h("span", { class: `chip ${quadClass(e.quad)}` }, e.code), " ",
    eventDate(e.date, e.date_kind), " ",
    h("span.sentence", {}, e.text), " ",
    h("span.muted", {}, `Goldstein ${fmtSigned(e.goldstein)}${e.modality ? ` · ${e.modality}` : ""} · `),
    link(docHref(e.doc), e.title || e.doc)))));
}

export async function renderDyad(root: HTMLElement, r: Route): Promise<void> {
  const token = pageToken();
  const { source, target } = r.params;
  const q = r.query;
  const gran = q.get("granularity") || "month";
  const rollup = q.get("rollup") === "1";
  const modality = q.get("modality") ?? "";
  const both = q.get("both") === "1";
  const page = h("div.page.dyad");
  root.append(page);

  const controls = h("form.filters", { id: "dyad-controls" },
    h("label.field", {}, h("span", {}, "Granularity"), h("select", { name: "granularity" },
      ["day", "week", "month"].map((g) => h("option", { value: g, selected: g === gran }, g)))),
    h("label.field", {}, h("span", {}, "From"), h("input", { type: "date", name: "from", value: q.get("from") ?? "" })),
    h("label.field", {}, h("span", {}, "To"), h("input", { type: "date", name: "to", value: q.get("to") ?? "" })),
    h("label.field", {}, h("span", {}, "Modality"), modalitySelect(modality, "dyad-modality")),
    h("label.toggle", {}, h("input", { type: "checkbox", name: "rollup", value: "1", checked: rollup }), " roll up codes"),
    h("label.toggle", {}, h("input", { type: "checkbox", name: "both", value: "1", checked: both, id: "dyad-both" }), " both directions (A ⇄ B)"));
  controls.addEventListener("change", () => {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(controls)) if (String(v)) p.set(k, String(v));
    navigate(`${dyadHref(source, target)}?${p}`, true);
  });
  page.append(h("div.title-row", {},
    h("h1", {}, link(actorHref(source), source), both ? " ⇄ " : " → ", link(actorHref(target), target), h("span.names", { id: "dyad-names" })),
    link(dyadHref(target, source) + (location.search || ""), "reverse ⇄")), controls);

  let v: DyadView;
  try { v = await api.dyad(source, target, { granularity: gran, rollup, from: q.get("from"), to: q.get("to"), modality, both, limit: 1000 }); }
  catch (e) { if (stillOn(token)) page.append(errorBox(e)); return; }
  if (!stillOn(token)) return;
  v.series ??= []; v.events ??= [];
  if (v.source_name || v.target_name) page.querySelector("#dyad-names")!.textContent = ` ${v.source_name || source} → ${v.target_name || target}`;

  const chartBox = h("div.chart", { id: "dyad-chart" });
  const evidence = h("div", { id: "evidence" }, h("p.muted", {}, "Click a point of the chart or a period below to read the sentences behind it."));
  // Every event of the pair: the dated ones in the periods, the undated ones in their own bucket.
  const total = v.total?.events ?? v.events.length;
  const undated = v.undated?.events ?? 0;
  const totals = h("p.totals", { id: "dyad-total" },
    h("strong", { "data-total": String(total) }, `${fmtNum(total)} events`),
    undated ? [" · ", h("span.undated", { id: "dyad-undated", "data-undated": String(undated) }, `${fmtNum(undated)} undated`),
      h("span.muted", {}, " (no date in the text nor on the article: counted here, not in any period)")] : "",
    v.total ? h("span.muted", {}, ` · mean Goldstein ${fmtSigned(v.total.mean_goldstein)}`) : "",
    (v.coarse ?? []).length ? [" · ", h("span.coarse", { id: "dyad-coarse" }, "dated only to ",
      (v.coarse ?? []).map((c, i) => [i ? ", " : "", `${c.period} (${fmtNum(c.events)})`])),
      h("span.muted", {}, ` (not drawn as the first ${gran === "month" ? "month" : "day"} of the period)`)] : "");

  const openPeriod = async (p: SeriesPoint, quad?: number) => {
    const range = periodRange(p.period, gran);
    if (!range) return;
    evidence.replaceChildren(h("p.muted", {}, "Loading…"));
    try {
      const res = await api.evidence({ source, target, from: ymd(range[0]), to: ymd(range[1]), quad, rollup, modality, both });
      if (stillOn(token)) evidence.replaceChildren(evidenceList(res.events ?? [], `${p.period}${quad ? ` · ${QUAD_NAMES[quad]}` : ""} · ${fmtNum((res.events ?? []).length)} sentences`));
    } catch (e) { if (stillOn(token)) evidence.replaceChildren(errorBox(e)); }
  };

  const periods = v.series.length ? table(v.series, [
    { head: "Period", cell: (p) => h("a", { href: "#", class: "period", onclick: ((e: Event) => { e.preventDefault(); void openPeriod(p); }) as EventListener }, p.period), sort: (p) => p.period },
    ...KEYS.map((k, i) => ({ head: QUAD_NAMES[i + 1], num: true, sort: (p: SeriesPoint) => p[k] as number,
      cell: (p: SeriesPoint) => (p[k] as number) > 0 ? h("a", { href: "#", class: `q${i + 1}`, onclick: ((e: Event) => { e.preventDefault(); void openPeriod(p, i + 1); }) as EventListener }, fmtNum(p[k] as number)) : h("span.muted", {}, "0") })),
    { head: "Events", cell: (p) => fmtNum(p.events), num: true, sort: (p) => p.events },
    { head: "Goldstein", cell: (p) => h("span", { class: p.mean_goldstein >= 0 ? "coop" : "conf" }, fmtSigned(p.mean_goldstein)), num: true, sort: (p) => p.mean_goldstein },
  ], "periods", "row") : empty("No event between these actors in this range.");

  const events = v.events.length ? table(v.events, [
    { head: "Date", cell: (e) => eventDate(e.date, e.date_kind), sort: (e) => e.date ?? "" },
    ...(both ? [{ head: "Direction", cell: (e: DyadView["events"][number]) => `${e.source ?? ""} → ${e.target ?? ""}`, sort: (e: DyadView["events"][number]) => e.source ?? "" }] : []),
    { head: "Code", cell: (e) => h("span", { class: `chip ${quadClass(e.quad)}` }, e.code), sort: (e) => e.code },
    { head: "Goldstein", cell: (e) => fmtSigned(e.goldstein), num: true, sort: (e) => e.goldstein },
    { head: "Sentence", cell: (e) => [h("span.sentence", {}, e.text), e.modality ? h("span.muted", {}, ` (${e.modality})`) : ""] },
    { head: "Article", cell: (e) => link(docHref(e.doc), "open") },
  ], "events", "row") : empty("No event.");

  page.append(totals, section(`Events by quad class per ${gran}`, chartBox, h("div.legend-note.muted", {}, "bars: event counts · line: mean Goldstein (right axis)")),
    section("Evidence", evidence),
    h("div.grid2", {}, section("Periods", periods), section(`Events (${fmtNum(v.events.length)}${v.events.length < total ? ` of ${fmtNum(total)}` : ""})`, events)));

  if (!v.series.length) { chartBox.append(empty("Nothing to draw.")); return; }
  const uPlot = await loadUPlot();
  if (!stillOn(token)) return;
  const series = v.series.map((p) => ({ p, x: periodStart(p.period) })).filter((s): s is { p: SeriesPoint; x: number } => s.x !== null);
  const xs = series.map((s) => s.x);
  const xRange = padRange(xs, DAY * (gran === "day" ? 2 : gran === "week" ? 7 : 20));
  // Stacked bars: series j (drawn first = tallest) is the sum of the stack up to it; the legend shows the class's own count.
  const order = [4, 3, 2, 1, 0];
  const cum = (upto: number) => series.map((s) => STACK.slice(0, upto + 1).reduce((a, k) => a + ((s.p[k] as number) ?? 0), 0));
  const tallest = Math.max(1, ...cum(4));
  const data: uPlotT.AlignedData = [xs, ...order.map((i) => cum(i)), series.map((s) => s.p.mean_goldstein)];
  const bars = uPlot.paths.bars!({ size: [0.8, 40], gap: 1 });
  const axis = { stroke: "#8a94a0", grid: { stroke: "#2a3037", width: 1 }, ticks: { stroke: "#2a3037", width: 1 } };
  const height = 260;
  const chart = new uPlot({
    width: width(chartBox), height,
    // Counts from zero; ticks on the buckets themselves (months label as YYYY-MM).
    scales: { x: { time: true, range: () => xRange }, y: { range: () => [0, Math.ceil(tallest * 1.1)] }, g: { range: [-10, 10] } },
    axes: [{ ...axis, splits: () => bucketSplits(xs), values: (_u: uPlotT, vals: number[]) => vals.map((x) => bucketLabel(x, gran)) },
      { ...axis, label: "events", size: 50, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000] },
      { ...axis, scale: "g", side: 1, label: "Goldstein", grid: { show: false }, size: 50 }],
    cursor: { points: { size: 8 } },
    series: [{ label: "period", value: (_u: uPlotT, _v: number | null, _si: number, idx: number | null) => (idx === null || !series[idx] ? "–" : series[idx].p.period) },
      ...order.map((i) => ({ label: STACK_NAMES[i], stroke: QUAD_COLORS[i], fill: QUAD_COLORS[i] + "cc", width: 1, paths: bars, points: { show: false },
        value: (_u: uPlotT, _v: number | null, _si: number, idx: number | null) => (idx === null || !series[idx] ? "–" : fmtNum((series[idx].p[STACK[i]] as number) ?? 0)) })),
      { label: "mean Goldstein", scale: "g", stroke: "#e8e8e8", width: 1.5, dash: [4, 3], points: { show: true, size: 5 } }],
  }, data, chartBox);
  (chartBox as unknown as { __yRange: number[] }).__yRange = [chart.scales.y.min ?? NaN, chart.scales.y.max ?? NaN];
  chart.over.addEventListener("click", () => {
    const i = chart.cursor.idx;
    if (i !== null && i !== undefined && series[i]) void openPeriod(series[i].p);
  });
  chart.over.style.cursor = "pointer";
  (chartBox as unknown as { __plot: uPlotT }).__plot = chart;
  chartBox.dataset.points = String(series.length);
  autoWidth(chartBox, chart, height);
}
