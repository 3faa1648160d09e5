// Actor page: who the actor deals with (relations table), what it says (quotes), what it wants
// (stances grouped by kind), its hedging index over time and its timeline.
import { api, type ActorView } from "../api";
import { autoWidth, lineChart, seriesChart } from "../charts";
import { actorHref, docHref, dyadHref, empty, errorBox, fmtNum, fmtSigned, h, link, modalitySelect, section, shortDate, table } from "../dom";
import { periodStart } from "../periods";
import { navigate, pageToken, setTitle, stillOn, type Route } from "../router";

const STANCE_ORDER = ["demands", "supports", "opposes", "appeals", "rejects"];

export async function renderActor(root: HTMLElement, r: Route): Promise<void> {
  const token = pageToken();
  const code = r.params.code;
  const rollup = r.query.get("rollup") === "1";
  const modality = r.query.get("modality") ?? "";
  const page = h("div.page.actor");
  root.append(page);
  let v: ActorView;
  try { v = await api.actor(code, rollup, modality); }
  catch (e) { if (stillOn(token)) page.append(h("h1", {}, code), errorBox(e)); return; }
  if (!stillOn(token)) return;
  setTitle([v.code, v.name].filter(Boolean).join(" "));
  v.relations ??= []; v.quotes ??= []; v.stances ??= []; v.timeline ??= [];

  // Roll-up and modality kept in the address; the relations, the series and hedging follow both.
  const roll = h("input", { type: "checkbox", checked: rollup, id: "rollup" });
  const modal = modalitySelect(modality, "actor-modality");
  const here = () => {
    const p = new URLSearchParams();
    if (roll.checked) p.set("rollup", "1");
    if (modal.value) p.set("modality", modal.value);
    return p.toString() ? `?${p}` : "";
  };
  roll.addEventListener("change", () => navigate(`${actorHref(code)}${here()}`, true));
  modal.addEventListener("change", () => navigate(`${actorHref(code)}${here()}`, true));
  page.append(h("div.title-row", {},
    h("h1", {}, h("span.code", {}, v.code), " ", v.name),
    h("span.meta", {}, [v.kind, v.country, `${fmtNum(v.mentions)} mentions`].filter(Boolean).join(" · ")),
    h("label.toggle", {}, roll, " roll up codes"),
    h("label.field.inline", {}, h("span", {}, "Modality "), modal),
    link(`/search?actor=${encodeURIComponent(v.code)}`, "articles"), " ",
    link(`/timeline?actor=${encodeURIComponent(v.code)}`, "timeline")));

  // One row per direction; the count links to the dyad page of that direction, which counts the same events.
  const relHref = (x: ActorView["relations"][number]) =>
    dyadHref(x.source ?? v.code, x.target ?? x.other) + here();
  const rel = v.relations.length ? table(v.relations, [
    { head: "Direction", cell: (x) => h("span.dir", { title: x.direction === "in" ? `${x.other} acts on ${v.code}` : `${v.code} acts on ${x.other}` },
      x.direction === "in" ? `${x.other} → ${v.code}` : `${v.code} → ${x.other}`), sort: (x) => `${x.direction}${x.other}` },
    { head: "With", cell: (x) => [link(actorHref(x.other), x.other), " ", h("span.muted", {}, x.name)], sort: (x) => x.other },
    { head: "Events", cell: (x) => link(relHref(x), fmtNum(x.events)), num: true, sort: (x) => x.events },
    { head: "Coop.", cell: (x) => h("span", { class: x.cooperation ? "coop" : "muted" }, fmtNum(x.cooperation)), num: true, sort: (x) => x.cooperation },
    { head: "Conflict", cell: (x) => h("span", { class: x.conflict ? "conf" : "muted" }, fmtNum(x.conflict)), num: true, sort: (x) => x.conflict },
    { head: "Goldstein", cell: (x) => h("span", { class: x.mean_goldstein >= 0 ? "coop" : "conf" }, fmtSigned(x.mean_goldstein)), num: true, sort: (x) => x.mean_goldstein },
  ], "relations", "row") : empty(modality ? `No ${modality} event with another actor.` : "No event with another actor.");

  const hedge = h("div.chart.small", { id: "hedging" });
  const overTime = h("div.chart.small", { id: "actor-series" });
  const stances = v.stances.length ? h("div", {}, STANCE_ORDER.concat([...new Set(v.stances.map((s) => s.kind))].filter((k) => !STANCE_ORDER.includes(k)))
    .filter((k) => v.stances.some((s) => s.kind === k)).map((k) => h("div.stance-group", {},
      h("h3", {}, k),
      h("ul.plain", {}, v.stances.filter((s) => s.kind === k).map((s) => h("li.row", {},
        s.code ? h("span.chip", {}, s.code) : "", " ",
        s.issue ? [h("span.issue", { title: "issue" }, s.issue), " "] : "",
        s.target ? [link(actorHref(s.target), s.target), s.target_name ? h("span.muted", {}, ` ${s.target_name}`) : "", ": "] : "", s.text, " ",
        s.count && s.count > 1 ? h("span.muted", {}, `×${s.count} `) : "",
        h("span.muted", {}, shortDate(s.date)), " ", s.doc ? link(docHref(s.doc), "source") : "")))))) : empty("No stance recorded.");
  const quotes = v.quotes.length ? h("ul.plain.quotes", {}, v.quotes.map((q) => h("li.row", {},
    // Indirect speech is reported, not quoted: no quotation marks around it.
    h("blockquote", { class: q.type === "indirect" ? "indirect" : "" }, q.type === "indirect" ? q.text : `“${q.text}”`),
    h("div.muted", {}, q.speaker ? `— ${q.speaker} · ` : "", `${q.type || "direct"}${q.verb ? `, ${q.verb}` : ""} · `,
      shortDate(q.date), " ", q.doc ? link(docHref(q.doc), "article") : "")))) : empty("No quote.");
  const timeline = v.timeline.length ? h("ol.plain.timeline", {}, v.timeline.map((t) => h("li.row", {},
    h("span.date", {}, shortDate(t.date)), " ", t.text, " ", t.doc ? link(docHref(t.doc), "↗") : ""))) : empty("No dated entry.");

  page.append(h("div.grid2", {},
    h("div", {}, section(`Relations (${v.relations.length})`, rel), section("Stances", stances)),
    h("div", {}, section("Cooperation, conflict and Goldstein over time", overTime), section("Hedging index", hedge), section(`Quotes (${v.quotes.length})`, quotes), section("Timeline", timeline))));

  try {
    const as = await api.actorSeries(v.code, { granularity: "month", rollup, modality });
    if (!stillOn(token)) return;
    const pts = as.series.map((p) => ({ x: periodStart(p.period), p })).filter((p): p is { x: number; p: typeof as.series[number] } => p.x !== null);
    if (!pts.length) overTime.append(empty("No dated event."));
    else {
      const chart = await seriesChart(overTime, pts.map((p) => p.x),
        [{ label: "cooperation", ys: pts.map((p) => p.p.cooperation), color: "#4fae7b" },
          { label: "conflict", ys: pts.map((p) => p.p.conflict), color: "#d9534f" },
          { label: "mean Goldstein", ys: pts.map((p) => p.p.mean_goldstein), color: "#e8e8e8", scale: "g" }]);
      overTime.dataset.points = String(pts.length);
      if (stillOn(token)) autoWidth(overTime, chart, 160);
    }
  } catch (e) { if (stillOn(token)) overTime.append(errorBox(e)); }
  try {
    const hs = await api.hedging({ actor: v.code, granularity: "month", rollup, modality });
    if (!stillOn(token)) return;
    const pts = (hs.series ?? []).map((p) => [periodStart(p.period), p.hedging] as const).filter((p): p is [number, number] => p[0] !== null);
    if (!pts.length) { hedge.append(empty("No window with enough ties.")); return; }
    const chart = await lineChart(hedge, pts.map((p) => p[0]), pts.map((p) => p[1]), "hedging");
    if (stillOn(token)) autoWidth(hedge, chart, 140);
  } catch (e) { if (stillOn(token)) hedge.append(errorBox(e)); }
}
