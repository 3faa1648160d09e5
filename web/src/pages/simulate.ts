// Simulation page: builds a bargaining scenario on an issue from the store (GET /api/simulate),
// shows its actors with every input number linked to the sentences behind it, the positions by
// turn (uPlot), the bargains of each turn, the outcome and, with Monte Carlo runs, the spread of
// each actor's final position.
import type uPlotT from "uplot";
import { get } from "../api";
import { autoWidth, loadUPlot, width } from "../charts";
import { actorHref, docHref, empty, errorBox, fmtNum, fmtSigned, h, link, section, shortDate, table } from "../dom";
import { navigate, pageToken, setTitle, stillOn, type Route } from "../router";

interface SimEvent { doc: string; sentence: number; date: string; source: string; target: string; code: string; goldstein: number; relevance: number; text: string }
interface Alignment { value: number; events: number[] }
interface ActorEvidence {
  name: string;
  capability: { value: number; rule: string };
  salience: { value: number; issue_weight: number; events_of_actor: number; issue_events: number[] };
  position: { value: number } & Record<string, Alignment | number>;
}
interface SimActor { code: string; name: string; capability: number; position: number; salience: number; capability_rule: string }
interface ScenarioView {
  issue: string; terms: string[]; from: string; to: string; poles: [string, string]; actors: SimActor[]; csv: string;
  edits: { actor: string; input: string; value: number }[];
  evidence: { actors: Record<string, ActorEvidence>; events: Record<string, SimEvent> };
}
interface Bargain {
  initiator: string; receiver: string; initiator_adopts: number[]; receiver_adopts: number[];
  initiator_win_probability: number; initiator_gain: number; adopted_by: string[];
}
interface SimTurn { turn: number; positions: Record<string, number[]>; bargains: Bargain[]; win_probabilities: Record<string, number>; fractional_change: number }
interface SimRun {
  seed: string; turns_run: number; initial_positions: Record<string, number[]>; final_positions: Record<string, number[]>;
  turns: SimTurn[];
}
interface Dist { dimension: string; input: number; mean: number; sd: number; min: number; p10: number; median: number; p90: number; max: number }
interface MonteCarlo { runs: number; perturb: number; seed: string; turns_run: Dist; actors: Record<string, Dist[]> }
interface SimulateView {
  scenario: ScenarioView; run: SimRun; monte_carlo: MonteCarlo | null;
  outcome: { actor: string; position: number[]; win_probability: number; turns: number };
}

const COLORS = ["#6fb3d2", "#e0a24a", "#d9534f", "#7cc47f", "#b58bd8", "#e8e8e8", "#3d8fd1", "#f08fb0", "#c9b458", "#4fc1b0", "#a0a8b0", "#ff7f50"];
const FIELDS = ["issue", "terms", "from", "to", "poles", "actors", "runs", "perturb"];

function form(q: URLSearchParams): HTMLFormElement {
  const f = h("form.filters", { id: "sim-form" },
    h("label.field", {}, h("span", {}, "Issue"), h("input", { name: "issue", required: true, value: q.get("issue") ?? "", placeholder: "e.g. Afghanistan", size: "14" })),
    h("label.field", {}, h("span", {}, "Terms"), h("input", { name: "terms", value: q.get("terms") ?? "", placeholder: "default: the issue", size: "14", title: "words (prefixes) marking a sentence as about the issue, comma-separated" })),
    h("label.field", {}, h("span", {}, "From"), h("input", { type: "date", name: "from", value: q.get("from") ?? "" })),
    h("label.field", {}, h("span", {}, "To"), h("input", { type: "date", name: "to", value: q.get("to") ?? "" })),
    h("label.field", {}, h("span", {}, "Poles"), h("input", { name: "poles", value: q.get("poles") ?? "", placeholder: "A,B (default: most hostile)", size: "16" })),
    h("label.field", {}, h("span", {}, "Actors"), h("input", { name: "actors", value: q.get("actors") ?? "", placeholder: "default: most active", size: "16" })),
    h("label.field", {}, h("span", {}, "Runs"), h("input", { type: "number", name: "runs", min: "1", max: "100", value: q.get("runs") ?? "1", size: "4" })),
    h("label.field", {}, h("span", {}, "Perturb"), h("input", { type: "number", name: "perturb", min: "0", max: "1", step: "0.01", value: q.get("perturb") ?? "0.05", size: "4" })),
    h("button", { type: "submit" }, "Simulate"));
  f.addEventListener("submit", (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(f)) if (String(v).trim()) p.set(k, String(v).trim());
    if (p.get("runs") === "1") { p.delete("runs"); p.delete("perturb"); }
    navigate(`/simulate?${p}`);
  });
  return f;
}

function eventList(ids: number[], events: Record<string, SimEvent>): HTMLElement {
  if (!ids.length) return empty("No event.");
  return h("ol.plain.evidence", {}, ids.map((id) => {
    const e = events[String(id)];
    if (!e) return h("li", {}, `event ${id}`);
    return h("li.row", {},
      h("span.chip", {}, e.code), " ", h("span.date", {}, shortDate(e.date)), " ",
      h("span.muted", {}, `${e.source || "?"} → ${e.target || "?"} · `),
      h("span.sentence", {}, e.text), " ",
      h("span.muted", {}, `Goldstein ${fmtSigned(e.goldstein)} · relevance ${e.relevance} · `),
      link(docHref(e.doc), e.doc));
  }));
}

/** The sentences (or the table line) behind one input number of one actor. */
function evidenceFor(sc: ScenarioView, code: string, input: "position" | "salience" | "capability"): HTMLElement[] {
  const a = sc.evidence.actors[code];
  const edit = sc.edits.find((x) => x.actor === code && x.input === input);
  const head = h("h3", {}, `${code} · ${input}`);
  if (edit) return [head, h("p", {}, `Set by the analyst to ${edit.value}.`)];
  if (!a) return [head, empty("No evidence.")];
  if (input === "capability") return [head, h("p", {}, `${fmtNum(a.capability.value, 1)} — ${a.capability.rule}`)];
  if (input === "salience")
    return [head, h("p.muted", {}, `${fmtNum(a.salience.value, 2)} = 100 × ${fmtNum(a.salience.issue_weight, 1)} (relevance of its events on the issue) / ${a.salience.events_of_actor} events of the actor`),
      eventList(a.salience.issue_events, sc.evidence.events)];
  const out: HTMLElement[] = [head, h("p.muted", {}, `${fmtNum(a.position.value, 2)} = 50 + 25 × (alignment with ${sc.poles[1]} − alignment with ${sc.poles[0]})`)];
  for (const pole of sc.poles) {
    const al = a.position[`alignment_with_${pole}`] as Alignment | undefined;
    if (!al) continue;
    out.push(h("p", {}, `Alignment with ${pole}: ${fmtSigned(al.value, 2)}${code === pole ? " (the pole itself)" : ""}`), code === pole ? h("span") : eventList(al.events, sc.evidence.events));
  }
  return out;
}

function actorsTable(v: SimulateView, show: (code: string, input: "position" | "salience" | "capability") => void): HTMLElement {
  const sc = v.scenario, mc = v.monte_carlo;
  const num = (a: SimActor, input: "position" | "salience" | "capability", digits: number) =>
    h("a", { href: "#", class: `ev-link ev-${input}`, "data-actor": a.code, title: "the evidence behind this number",
      onclick: ((e: Event) => { e.preventDefault(); show(a.code, input); }) as EventListener }, fmtNum(a[input], digits));
  return table(sc.actors, [
    { head: "Actor", cell: (a) => [link(actorHref(a.code), a.code), " ", h("span.muted", {}, a.name)], sort: (a) => a.code },
    { head: "Position", cell: (a) => num(a, "position", 2), num: true, sort: (a) => a.position },
    { head: "Salience", cell: (a) => num(a, "salience", 2), num: true, sort: (a) => a.salience },
    { head: "Capability", cell: (a) => num(a, "capability", 1), num: true, sort: (a) => a.capability },
    { head: "Final position", cell: (a) => fmtNum(v.run.final_positions[a.code]?.[0], 2), num: true, sort: (a) => v.run.final_positions[a.code]?.[0] ?? 0 },
    ...(mc ? [{ head: "MC median (p10–p90)", num: true, sort: (a: SimActor) => mc.actors[a.code]?.[0]?.median ?? 0,
      cell: (a: SimActor) => { const d = mc.actors[a.code]?.[0]; return d ? `${fmtNum(d.median, 1)} (${fmtNum(d.p10, 1)}–${fmtNum(d.p90, 1)})` : "–"; } }] : []),
  ], "sim-actors", "row");
}

async function positionsChart(box: HTMLElement, v: SimulateView, token: number): Promise<void> {
  const codes = v.scenario.actors.map((a) => a.code);
  const xs = [0, ...v.run.turns.map((t) => t.turn)];
  const ys = codes.map((c) => [v.run.initial_positions[c]?.[0] ?? NaN, ...v.run.turns.map((t) => t.positions[c]?.[0] ?? NaN)]);
  const uPlot = await loadUPlot();
  if (!stillOn(token)) return;
  const axis = { stroke: "#8a94a0", grid: { stroke: "#2a3037", width: 1 }, ticks: { stroke: "#2a3037", width: 1 } };
  const height = 300;
  const chart = new uPlot({
    width: width(box), height,
    scales: { x: { time: false, range: [0, Math.max(1, xs[xs.length - 1])] }, y: { range: [0, 100] } },
    axes: [{ ...axis, label: "turn", incrs: [1, 2, 5, 10, 20, 50] }, { ...axis, label: `position (${v.scenario.poles[0]} 0 – ${v.scenario.poles[1]} 100)`, size: 50 }],
    series: [{ label: "turn" }, ...codes.map((c, i) => ({ label: c, stroke: COLORS[i % COLORS.length], width: 2, points: { show: xs.length < 30 } }))],
  }, [xs, ...ys] as uPlotT.AlignedData, box);
  (box as unknown as { __plot: uPlotT }).__plot = chart;
  box.dataset.turns = String(xs.length);
  box.dataset.series = String(codes.length);
  autoWidth(box, chart, height);
}

function bargains(run: SimRun): HTMLElement {
  if (!run.turns.length) return empty("No turn.");
  return h("div", { id: "sim-bargains" }, run.turns.map((t) => h("details.turn", { open: t.turn === 1 },
    h("summary", {}, `Turn ${t.turn} · fractional change ${fmtNum(t.fractional_change, 4)} · ${t.bargains.length} bargains`),
    table(t.bargains, [
      { head: "Initiator → receiver", cell: (b) => `${b.initiator} → ${b.receiver}` },
      { head: "P(win)", cell: (b) => fmtNum(b.initiator_win_probability, 3), num: true },
      { head: "Gain", cell: (b) => fmtNum(b.initiator_gain, 4), num: true },
      { head: "Initiator adopts", cell: (b) => b.initiator_adopts.map((x) => fmtNum(x, 2)).join(", "), num: true },
      { head: "Receiver adopts", cell: (b) => b.receiver_adopts.map((x) => fmtNum(x, 2)).join(", "), num: true },
      { head: "Adopted by", cell: (b) => b.adopted_by.length ? b.adopted_by.join(", ") : h("span.muted", {}, "nobody") },
    ], "sim-bargains"))));
}

function distribution(mc: MonteCarlo, codes: string[]): HTMLElement {
  const bar = (d: Dist) => {
    const pct = (x: number) => `${Math.max(0, Math.min(100, x))}%`;
    return h("div", { style: "position:relative;height:12px;min-width:160px;background:#1f252b;border-radius:2px" },
      h("div", { style: `position:absolute;top:4px;height:4px;left:${pct(d.min)};width:${pct(d.max - d.min)};background:#4a525b` }),
      h("div", { style: `position:absolute;top:1px;height:10px;left:${pct(d.p10)};width:${pct(Math.max(0.5, d.p90 - d.p10))};background:#3d8fd1` }),
      h("div", { style: `position:absolute;top:0;height:12px;left:${pct(d.median)};width:2px;background:#e8e8e8` }),
      h("div", { style: `position:absolute;top:0;height:12px;left:${pct(d.input)};width:2px;background:#e0a24a`, title: "input" }));
  };
  const rows = codes.filter((c) => mc.actors[c]?.[0]).map((c) => ({ code: c, d: mc.actors[c][0] }));
  return h("div", { id: "sim-mc" },
    h("p.muted", {}, `${mc.runs} runs, inputs perturbed by ±${mc.perturb} (seed ${mc.seed}); turns per run ${fmtNum(mc.turns_run.min)}–${fmtNum(mc.turns_run.max)} (median ${fmtNum(mc.turns_run.median)}). Bar: min–max (grey), p10–p90 (blue), median (white), input (orange) on 0..100.`),
    table(rows, [
      { head: "Actor", cell: (r) => r.code, sort: (r) => r.code },
      { head: "Input", cell: (r) => fmtNum(r.d.input, 2), num: true, sort: (r) => r.d.input },
      { head: "Mean", cell: (r) => fmtNum(r.d.mean, 2), num: true, sort: (r) => r.d.mean },
      { head: "SD", cell: (r) => fmtNum(r.d.sd, 2), num: true, sort: (r) => r.d.sd },
      { head: "p10", cell: (r) => fmtNum(r.d.p10, 2), num: true },
      { head: "Median", cell: (r) => fmtNum(r.d.median, 2), num: true, sort: (r) => r.d.median },
      { head: "p90", cell: (r) => fmtNum(r.d.p90, 2), num: true },
      { head: "Distribution", cell: (r) => bar(r.d) },
    ], "sim-mc", "row"));
}

export async function renderSimulate(root: HTMLElement, r: Route): Promise<void> {
  const token = pageToken();
  const q = r.query;
  const page = h("div.page.simulate");
  root.append(page);
  page.append(h("div.title-row", {}, h("h1", {}, "Simulation"),
    h("span.muted", {}, "KTAB's bargaining model on a scenario built from the store (docs/simulation.md)")), form(q));
  const issue = q.get("issue");
  if (!issue) { page.append(empty("Name an issue (and optionally its terms, dates and poles) to build a scenario and run it.")); return; }
  setTitle(`Simulation: ${issue}`);
  const params: Record<string, string> = {};
  for (const k of [...FIELDS, "set", "seed", "max_turns"]) { const x = q.get(k); if (x) params[k] = x; }
  const status = h("p.muted", { id: "sim-status" }, "Building the scenario and running the model…");
  page.append(status);
  let v: SimulateView;
  try { v = await get<SimulateView>("/api/simulate", params, "simulate"); }
  catch (e) { if (stillOn(token)) status.replaceWith(errorBox(e)); return; }
  if (!stillOn(token)) return;
  const sc = v.scenario;
  const evidence = h("div", { id: "sim-evidence", style: "max-height:520px;overflow:auto" }, h("p.muted", {}, "Click a position, salience or capability to read the sentences behind it."));
  const show = (code: string, input: "position" | "salience" | "capability") => {
    evidence.replaceChildren(...evidenceFor(sc, code, input));
    evidence.scrollIntoView({ block: "nearest" });
  };
  const o = v.outcome;
  status.replaceWith(h("p", { id: "sim-summary" },
    `${sc.actors.length} actors on “${sc.issue}” (terms ${sc.terms.join(", ")}; ${sc.from || "start"} – ${sc.to || "end"}); `,
    `poles ${sc.poles[0]} (0) and ${sc.poles[1]} (100).`));
  const chartBox = h("div.chart", { id: "sim-chart" });
  page.append(
    section("Outcome", h("p", { id: "sim-outcome" }, `After ${o.turns} turns the likeliest position is ${o.actor}'s `,
      h("strong", {}, o.position.map((x) => fmtNum(x, 2)).join(", ")), ` (P ${fmtNum(o.win_probability, 3)}); seed ${v.run.seed}.`)),
    h("div.grid2", {}, section("Actors and inputs", actorsTable(v, show)), section("Evidence", evidence)),
    section("Positions by turn", chartBox),
    v.monte_carlo ? section("Outcome distribution (Monte Carlo)", distribution(v.monte_carlo, sc.actors.map((a) => a.code))) : "",
    section("Bargains per turn", bargains(v.run)),
    section("Scenario (KTAB CSV, for dyad simulate)", h("pre", { id: "sim-csv" }, sc.csv)));
  await positionsChart(chartBox, v, token);
}
