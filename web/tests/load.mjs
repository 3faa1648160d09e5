// Load test of the terminal's JSON API on loopback: a bounded number of GET requests spread over
// every endpoint with bounded concurrency and a time cap; prints p50/p95/p99 per endpoint and
// overall; fails on any error (non-2xx, bad JSON, network failure).
// Usage: node tests/load.mjs [--dyad build/dyad | --mock | --base http://127.0.0.1:PORT]
//        [--requests 3000] [--concurrency 8] [--max-seconds 120] [--max-p95 MS] [--corpus DIR]...
import path from "node:path";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { arg, buildDatabase, flag, getJSON, repoDir, startServer, webDir } from "./harness.mjs";

const total = Number(arg("--requests", 3000));
const concurrency = Math.max(1, Number(arg("--concurrency", 8)));
const maxSeconds = Number(arg("--max-seconds", 120));
const maxP95 = Number(arg("--max-p95", 0));
const corpora = process.argv.flatMap((a, i) => (a === "--corpus" ? [path.resolve(process.argv[i + 1])] : []));
if (!corpora.length) corpora.push(path.join(webDir, "tests", "fixtures", "corpus"), path.join(repoDir, "examples", "corpus"));

const enc = encodeURIComponent;
const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/** Requests over every endpoint, built from what the database holds. */
async function plan(base) {
  const stats = await getJSON(base, "/api/stats");
  const first = (stats.first_date || "2000-01-01").slice(0, 10), last = (stats.last_date || "2030-12-31").slice(0, 10);
  const mid = first && last ? new Date((Date.parse(first) + Date.parse(last)) / 2).toISOString().slice(0, 10) : last;
  const docs = new Set();
  const words = ["said", "talks", "minister", "agreement", "government"];
  for (const w of words) for (const hit of (await getJSON(base, `/api/search?q=${w}&limit=20`)).hits) docs.add(hit.id);
  const actors = (await getJSON(base, "/api/actors?limit=30")).actors.map((a) => a.code).filter(Boolean);
  const dyads = [];
  for (const code of actors.slice(0, 10)) {
    const a = await getJSON(base, `/api/actors/${enc(code)}`);
    for (const r of (a.relations ?? []).slice(0, 3)) dyads.push([code, r.other]);
  }
  const groups = {
    stats: ["/api/stats"],
    search: [...words.map((w) => `/api/search?q=${w}`), `/api/search?q=talks&from=${first}&to=${mid}`, `/api/search?q=said&limit=10&offset=10`,
      ...actors.slice(0, 3).map((c) => `/api/search?actor=${enc(c)}`), "/api/search?root=04", "/api/search?q=minister&root=05"],
    document: [...docs].slice(0, 20).map((id) => `/api/documents/${enc(id)}`),
    actors: ["/api/actors", "/api/actors?q=a&limit=20", "/api/actors?limit=200"],
    actor: actors.slice(0, 15).flatMap((c) => [`/api/actors/${enc(c)}`, `/api/actors/${enc(c)}?rollup=1`]),
    dyad: dyads.flatMap(([a, b]) => ["month", "week", "day"].map((g) => `/api/dyads/${enc(a)}/${enc(b)}?granularity=${g}`)),
    network: ["/api/network", `/api/network?from=${first}&to=${mid}`, `/api/network?from=${mid}&to=${last}`, "/api/network?rollup=1", "/api/network?min_events=2"],
    hedging: actors.slice(0, 10).map((c) => `/api/hedging?actor=${enc(c)}&granularity=month`),
    timeline: ["/api/timeline", ...actors.slice(0, 5).map((c) => `/api/timeline?actor=${enc(c)}`), `/api/timeline?from=${first}&to=${mid}&limit=100`],
    evidence: dyads.slice(0, 10).flatMap(([a, b]) => [`/api/evidence?source=${enc(a)}&target=${enc(b)}`, `/api/evidence?source=${enc(a)}&target=${enc(b)}&quad=1&from=${first}&to=${last}`]),
  };
  const missing = Object.entries(groups).filter(([, l]) => !l.length).map(([k]) => k);
  if (missing.length) throw new Error(`the fixture database gives nothing to ask for: ${missing.join(", ")} (no documents, actors or relations?)`);
  // Round-robin over endpoints so each gets an equal share.
  const names = Object.keys(groups), out = [];
  for (let i = 0; out.length < total; i++) {
    const name = names[i % names.length], list = groups[name];
    out.push({ name, url: list[Math.floor(i / names.length) % list.length] });
  }
  return out;
}

async function run(base) {
  const reqs = await plan(base);
  const times = new Map(), errors = [];
  let next = 0, done = 0;
  const deadline = performance.now() + maxSeconds * 1000;
  const t0 = performance.now();
  const worker = async () => {
    while (next < reqs.length && performance.now() < deadline) {
      const r = reqs[next++];
      const a = performance.now();
      try {
        const res = await fetch(base + r.url);
        const body = await res.text();
        if (!res.ok) throw new Error(`HTTP ${res.status}: ${body.slice(0, 200)}`);
        JSON.parse(body);
        const ms = performance.now() - a;
        if (!times.has(r.name)) times.set(r.name, []);
        times.get(r.name).push(ms);
      } catch (e) {
        errors.push(`${r.url}: ${e.message}`);
      }
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const secs = (performance.now() - t0) / 1000;
  const row = (name, l) => {
    const s = [...l].sort((x, y) => x - y);
    return `${name.padEnd(10)} ${String(s.length).padStart(6)} ${pct(s, 50).toFixed(2).padStart(8)} ${pct(s, 95).toFixed(2).padStart(8)} ${pct(s, 99).toFixed(2).padStart(8)} ${s.at(-1).toFixed(2).padStart(8)}`;
  };
  console.log(`${done} requests in ${secs.toFixed(1)} s (${(done / secs).toFixed(0)}/s), concurrency ${concurrency}, ${base}`);
  console.log(`${"endpoint".padEnd(10)} ${"n".padStart(6)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}`);
  for (const [name, l] of times) console.log(row(name, l));
  const all = [...times.values()].flat();
  if (all.length) console.log(row("all", all));
  const slow = all.filter((ms) => ms > 1000).length;
  if (slow) console.log(`${slow} requests took over 1 s (the server kept them waiting: too few worker threads for the open connections?)`);
  let bad = errors.length;
  if (errors.length) console.log(`errors (${errors.length}):\n  ${errors.slice(0, 20).join("\n  ")}`);
  if (done < reqs.length) { console.log(`stopped by the ${maxSeconds} s cap after ${done} of ${reqs.length} requests`); bad++; }
  if (maxP95 > 0) for (const [name, l] of times) {
    const p = pct([...l].sort((x, y) => x - y), 95);
    if (p > maxP95) { console.log(`${name}: p95 ${p.toFixed(1)} ms is over the ${maxP95} ms limit`); bad++; }
  }
  console.log(`load: ${done - errors.length} passed, ${bad} failed`);
  return bad === 0;
}

let server, tmp;
try {
  let base = arg("--base", null);
  if (!base) {
    if (flag("--mock")) server = await startServer({ mock: true });
    else {
      const dyad = path.resolve(arg("--dyad", path.join(repoDir, "build", "dyad")));
      if (!fs.existsSync(dyad)) throw new Error(`no dyad binary at ${dyad} (pass --dyad PATH)`);
      const built = buildDatabase(dyad, corpora);
      tmp = built.dir;
      server = await startServer({ dyad, db: built.db });
    }
    base = server.base;
  }
  const ok = await run(base);
  process.exitCode = ok ? 0 : 1;
} catch (e) {
  console.error(`load test failed: ${e.message}`);
  console.log("load: 0 passed, 1 failed");
  process.exitCode = 1;
} finally {
  server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
