// Mock of `dyad serve` for front-end work before (or without) the C++ server: serves web/dist
// (client routes fall back to index.html) and the docs/api.md endpoints from tests/mock-data.mjs.
// Usage: node tests/mock-server.mjs [--port N] [--web DIR]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { docs, actors as ACTORS } from "./mock-data.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const port = Number(arg("--port", 8080));
const webDir = path.resolve(arg("--web", path.join(here, "..", "dist")));

class Bad extends Error { constructor(status, msg) { super(msg); this.status = status; } }
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
function date(q, name) {
  const v = q.get(name);
  if (v === null || v === "") return null;
  if (!DATE.test(v)) throw new Bad(400, `parameter '${name}' must be a date YYYY[-MM[-DD]], got '${v}'`);
  return v;
}
function int(q, name, dflt, max) {
  const v = q.get(name);
  if (v === null || v === "") return dflt;
  if (!/^\d+$/.test(v)) throw new Bad(400, `parameter '${name}' must be a non-negative integer, got '${v}'`);
  return Math.min(Number(v), max ?? Infinity);
}
const inRange = (d, from, to) => (!from || d >= from) && (!to || d.slice(0, to.length) <= to);
const roll = (code, on) => (on && code ? code.slice(0, 3) : code);
const esc = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const docById = new Map(docs.map((d) => [d.document.id, d]));
const allEvents = docs.flatMap((d) => d.events.map((e) => ({ ...e, doc: d.document.id, title: d.document.title })));

function period(d, g) {
  if (g === "day") return d.slice(0, 10);
  if (g === "week") {
    const t = new Date(d.slice(0, 10) + "T00:00:00Z");
    const day = (t.getUTCDay() + 6) % 7;
    t.setUTCDate(t.getUTCDate() - day + 3);
    const y = t.getUTCFullYear();
    const w = 1 + Math.round(((t - Date.UTC(y, 0, 4)) / 86400000 - 3 + ((new Date(Date.UTC(y, 0, 4)).getUTCDay() + 6) % 7)) / 7);
    return `${y}-W${String(w).padStart(2, "0")}`;
  }
  return d.slice(0, 7);
}

function network(from, to, rollup, minEvents) {
  const edges = new Map();
  for (const e of allEvents) {
    if (!inRange(e.date, from, to)) continue;
    const s = roll(e.source, rollup), t = roll(e.target, rollup);
    const k = `${s}>${t}`;
    const x = edges.get(k) ?? { source: s, target: t, events: 0, cooperation: 0, conflict: 0, sum: 0 };
    x.events++; x.sum += e.goldstein;
    if (e.quad <= 2) x.cooperation++; else x.conflict++;
    edges.set(k, x);
  }
  const list = [...edges.values()].filter((e) => e.events >= minEvents).map((e) => ({ source: e.source, target: e.target, events: e.events,
    cooperation: e.cooperation, conflict: e.conflict, weight: e.sum / e.events, mean_goldstein: e.sum / e.events, sign: e.sum >= 0 ? 1 : -1, changed: false }));
  const deg = new Map();
  for (const e of list) for (const n of [e.source, e.target]) deg.set(n, (deg.get(n) ?? 0) + 1);
  const n = Math.max(1, deg.size - 1);
  const nodes = [...deg].map(([id, degree]) => ({ id, name: ACTORS[id]?.name ?? id, degree, centrality: degree / n, hedging: 0 }));
  return { nodes, edges: list };
}

const routes = [
  [/^\/api\/stats$/, () => {
    const dates = docs.map((d) => d.document.published).sort();
    return { documents: docs.length, actors: Object.keys(ACTORS).length, events: allEvents.length,
      quotes: docs.reduce((a, d) => a + d.quotes.length, 0), first_date: dates[0], last_date: dates.at(-1) };
  }],
  [/^\/api\/search$/, (q) => {
    const text = (q.get("q") ?? "").trim().toLowerCase();
    const actor = q.get("actor"), from = date(q, "from"), to = date(q, "to"), root = q.get("root");
    const limit = int(q, "limit", 50, 1000), offset = int(q, "offset", 0);
    if (!text && !actor && !from && !to && !root) throw new Bad(400, "parameter 'q' is empty and no filter is given");
    const words = text.split(/\s+/).filter(Boolean);
    const hits = docs.filter((d) => {
      const body = (d.document.title + " " + d.document.text).toLowerCase();
      return words.every((w) => body.includes(w)) && inRange(d.document.published, from, to) &&
        (!actor || d.actors.some((a) => a.code.startsWith(actor))) && (!root || d.events.some((e) => e.code.startsWith(root)));
    });
    return { total: hits.length, hits: hits.slice(offset, offset + limit).map((d) => {
      let s = esc(d.document.text.slice(0, 220));
      for (const w of words) s = s.replace(new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), (m) => `<mark>${m}</mark>`);
      return { id: d.document.id, title: d.document.title, published: d.document.published, source: d.document.source, snippet: s };
    }) };
  }],
  [/^\/api\/documents\/([^/]+)$/, (_q, id) => {
    const d = docById.get(id);
    if (!d) throw new Bad(404, `no document with id '${id}'`);
    const codes = new Set(d.actors.map((a) => a.code.slice(0, 3)));
    const related = docs.filter((o) => o !== d).map((o) => ({ o, shared: [...new Set(o.actors.map((a) => a.code.slice(0, 3)))].filter((c) => codes.has(c)) }))
      .filter((x) => x.shared.length).sort((a, b) => b.shared.length - a.shared.length)
      .map(({ o, shared }) => ({ id: o.document.id, title: o.document.title, published: o.document.published, score: shared.length / 5, shared }));
    return { ...d, related };
  }],
  [/^\/api\/actors$/, (q) => {
    // As the server: code prefix or name substring (case-insensitive), actors seen at least once,
    // busiest (mentions + events) first, then by code.
    const s = (q.get("q") ?? "").toLowerCase(), limit = int(q, "limit", 50, 1000);
    return { actors: Object.entries(ACTORS).filter(([c, a]) => !s || c.toLowerCase().startsWith(s) || a.name.toLowerCase().includes(s))
      .map(([code, a]) => ({ code, ...a, mentions: docs.reduce((n, d) => n + d.actors.filter((m) => m.code === code).length, 0),
        events: allEvents.filter((e) => e.source === code || e.target === code).length }))
      .filter((a) => a.mentions > 0 || a.events > 0)
      .sort((x, y) => y.mentions + y.events - (x.mentions + x.events) || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))
      .slice(0, limit) };
  }],
  [/^\/api\/actors\/([^/]+)$/, (q, code) => {
    const a = ACTORS[code];
    const rollup = q.get("rollup") === "1";
    if (!a && !Object.keys(ACTORS).some((c) => c.startsWith(code))) throw new Bad(404, `no actor with code '${code}'`);
    const mine = allEvents.filter((e) => roll(e.source, rollup) === code || roll(e.target, rollup) === code);
    const rel = new Map();
    for (const e of mine) {
      const other = roll(e.source, rollup) === code ? roll(e.target, rollup) : roll(e.source, rollup);
      const x = rel.get(other) ?? { other, name: ACTORS[other]?.name ?? other, events: 0, cooperation: 0, conflict: 0, sum: 0 };
      x.events++; x.sum += e.goldstein; if (e.quad <= 2) x.cooperation++; else x.conflict++;
      rel.set(other, x);
    }
    const quotes = docs.flatMap((d) => d.quotes.filter((qq) => roll(qq.speaker_actor, true) === code.slice(0, 3)).map((qq) => ({ doc: d.document.id, text: qq.text, speaker: qq.speaker, date: d.document.published })));
    return { code, name: a?.name ?? code, kind: a?.kind ?? "", country: a?.country ?? "", mentions: docs.reduce((n, d) => n + d.actors.filter((m) => roll(m.code, rollup) === code).length, 0),
      relations: [...rel.values()].map(({ sum, ...x }) => ({ ...x, mean_goldstein: sum / x.events })),
      quotes,
      stances: mine.filter((e) => e.source === code && ["02", "10", "05", "12"].includes(e.code.slice(0, 2)))
        .map((e) => ({ kind: e.code.startsWith("10") ? "demands" : e.code.startsWith("12") ? "rejects" : e.code.startsWith("02") ? "appeals" : "supports", target: e.target, code: e.code, text: e.text, doc: e.doc, date: e.date })),
      timeline: mine.map((e) => ({ date: e.date, text: e.text, doc: e.doc })) };
  }],
  [/^\/api\/dyads\/([^/]+)\/([^/]+)$/, (q, s, t) => {
    const g = q.get("granularity") ?? "month";
    if (!["day", "week", "month"].includes(g)) throw new Bad(400, `parameter 'granularity' must be day, week or month, got '${g}'`);
    const from = date(q, "from"), to = date(q, "to"), rollup = q.get("rollup") === "1";
    const evs = allEvents.filter((e) => roll(e.source, rollup) === s && roll(e.target, rollup) === t && inRange(e.date, from, to));
    const per = new Map();
    const K = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
    for (const e of evs) {
      const p = period(e.date, g);
      const x = per.get(p) ?? { period: p, verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0, events: 0, sum: 0 };
      x[K[e.quad - 1]]++; x.events++; x.sum += e.goldstein; per.set(p, x);
    }
    return { source: s, target: t, series: [...per.values()].sort((a, b) => (a.period < b.period ? -1 : 1)).map(({ sum, ...x }) => ({ ...x, mean_goldstein: sum / x.events })),
      events: evs.map((e) => ({ id: e.id, doc: e.doc, date: e.date, code: e.code, quad: e.quad, goldstein: e.goldstein, modality: e.modality, text: e.text })) };
  }],
  [/^\/api\/network$/, (q) => network(date(q, "from"), date(q, "to"), q.get("rollup") === "1", int(q, "min_events", 1))],
  [/^\/api\/hedging$/, (q) => {
    const actor = q.get("actor");
    if (!actor) throw new Bad(400, "parameter 'actor' is required");
    return { actor, series: [{ period: "2024-01", hedging: 0.1 }, { period: "2024-07", hedging: 0.45 }, { period: "2025-02", hedging: 0.2 }] };
  }],
  [/^\/api\/timeline$/, (q) => {
    const actor = q.get("actor"), from = date(q, "from"), to = date(q, "to"), limit = int(q, "limit", 50, 1000);
    return { entries: allEvents.filter((e) => inRange(e.date, from, to) && (!actor || e.source.startsWith(actor) || e.target.startsWith(actor)))
      .sort((a, b) => (a.date < b.date ? -1 : 1)).slice(0, limit).map((e) => ({ date: e.date, end_date: e.date, text: e.text, doc: e.doc, kind: "event" })) };
  }],
  [/^\/api\/evidence$/, (q) => {
    const from = date(q, "from"), to = date(q, "to"), quad = int(q, "quad", 0, 4), rollup = q.get("rollup") === "1";
    const s = q.get("source"), t = q.get("target");
    return { events: allEvents.filter((e) => (!s || roll(e.source, rollup) === s) && (!t || roll(e.target, rollup) === t) && inRange(e.date, from, to) && (!quad || e.quad === quad))
      .map((e) => ({ id: e.id, doc: e.doc, title: e.title, date: e.date, code: e.code, quad: e.quad, goldstein: e.goldstein, modality: e.modality, text: e.text, start: e.start, end: e.end })) };
  }],
];

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json" };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const send = (status, body, type = "application/json; charset=utf-8") => { res.writeHead(status, { "Content-Type": type }); res.end(body); };
  if (url.pathname.startsWith("/api/")) {
    for (const [re, fn] of routes) {
      const m = re.exec(url.pathname);
      if (!m) continue;
      try { return send(200, JSON.stringify(fn(url.searchParams, ...m.slice(1).map(decodeURIComponent)))); }
      catch (e) { return send(e.status ?? 500, JSON.stringify({ error: e.message })); }
    }
    return send(404, JSON.stringify({ error: `unknown endpoint ${url.pathname}` }));
  }
  let file = path.join(webDir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ""));
  if (!file.startsWith(webDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(webDir, "index.html");
  fs.readFile(file, (err, data) => err ? send(500, "cannot read " + file, "text/plain") : send(200, data, TYPES[path.extname(file)] ?? "application/octet-stream"));
});
server.listen(port, "127.0.0.1", () => console.log(`mock dyad serve on http://127.0.0.1:${port} (web: ${webDir})`));
