// Shared by the browser and load tests: find a free loopback port, build a fixture database with
// `dyad ingest`, start `dyad serve` (or the mock server), wait until it answers, always stop it.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoDir = path.resolve(webDir, "..");

export function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}
export const flag = (name) => process.argv.includes(name);

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** `dyad ingest <corpora> --db <tmp>/fixture.sqlite`; returns the database path. */
export function buildDatabase(dyad, corpora) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dyad-web-"));
  const db = path.join(dir, "fixture.sqlite");
  const r = spawnSync(dyad, ["ingest", ...corpora, "--db", db, "--quiet"], { encoding: "utf8", timeout: 300_000 });
  if (r.error) throw new Error(`cannot run ${dyad}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`dyad ingest failed (exit ${r.status}):\n${r.stderr}`);
  return { db, dir };
}

/**
 * Starts the server on a free loopback port and waits for /api/stats. Returns {base, stop}.
 * `mock` starts tests/mock-server.mjs instead of `dyad serve`.
 */
export async function startServer({ dyad, db, mock = false, timeoutMs = 30_000 }) {
  const port = await freePort();
  const dist = path.join(webDir, "dist");
  const [cmd, args] = mock
    ? [process.execPath, [path.join(webDir, "tests", "mock-server.mjs"), "--port", String(port), "--web", dist]]
    : [dyad, ["serve", "--db", db, "--port", String(port), "--web", dist]];
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => { log += d; });
  child.stderr.on("data", (d) => { log += d; });
  let exited = null;
  child.on("exit", (code, sig) => { exited = `exit ${code ?? sig}`; });
  const stop = () => { if (exited === null && !child.killed) { child.kill("SIGTERM"); setTimeout(() => { if (exited === null) child.kill("SIGKILL"); }, 2000).unref(); } };
  process.on("exit", stop);
  for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => { stop(); process.exit(130); });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null) throw new Error(`server stopped before answering (${exited}): ${cmd} ${args.join(" ")}\n${log}`);
    try {
      const r = await fetch(`${base}/api/stats`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > until) { stop(); throw new Error(`server did not answer /api/stats within ${timeoutMs} ms\n${log}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop, log: () => log };
}

export async function getJSON(base, p) {
  const r = await fetch(base + p);
  const body = await r.text();
  if (!r.ok) throw new Error(`GET ${p} -> ${r.status}: ${body.slice(0, 300)}`);
  try { return JSON.parse(body); } catch { throw new Error(`GET ${p}: body is not JSON: ${body.slice(0, 200)}`); }
}
