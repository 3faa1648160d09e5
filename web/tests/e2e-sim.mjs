// Browser test of the simulation page: Chromium (playwright-core) against `dyad serve` on a database
// ingested from the fixture corpora. Finds an issue the store can make a scenario of (through the API),
// fills the form on /simulate, and checks the actors table, the evidence behind a position (with a link
// to the document view), the positions chart over more than one turn, the bargains, the outcome, and
// the Monte Carlo distribution; a bad request shows the server's error. Screenshot: simulate.png.
// Usage: node tests/e2e-sim.mjs [--dyad build/dyad] [--out DIR] [--corpus DIR]...
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { arg, buildDatabase, getJSON, repoDir, startServer, webDir } from "./harness.mjs";

const dyad = path.resolve(arg("--dyad", path.join(repoDir, "build", "dyad")));
const out = path.resolve(arg("--out", path.join(repoDir, "build", "artifacts", "web")));
const browserPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const corpora = process.argv.flatMap((a, i) => (a === "--corpus" ? [path.resolve(process.argv[i + 1])] : []));
if (!corpora.length) corpora.push(path.join(webDir, "tests", "fixtures", "corpus"), path.join(repoDir, "examples", "corpus"));
const fail = (msg) => { throw new Error(msg); };

/** An issue word the store can build a scenario of: tried from the words of actor names and event sentences. */
async function findIssue(base) {
  const actors = (await getJSON(base, "/api/actors?limit=200")).actors;
  const words = new Map();
  for (const a of actors) for (const w of (a.name ?? "").split(/\W+/)) if (w.length > 3) words.set(w, (words.get(w) ?? 0) + a.events);
  const ranked = [...words.entries()].sort((x, y) => y[1] - x[1]).map(([w]) => w).slice(0, 25);
  for (const w of ranked) {
    const r = await fetch(`${base}/api/scenario?issue=${encodeURIComponent(w)}`);
    if (r.ok) return w;
  }
  fail(`no issue among ${ranked.join(", ")} gives a scenario on the fixture store`);
}

async function main() {
  if (!fs.existsSync(path.join(webDir, "dist", "index.html"))) fail("web/dist/index.html missing: run `npm run build` first");
  if (!fs.existsSync(dyad)) fail(`no dyad binary at ${dyad} (pass --dyad PATH)`);
  fs.mkdirSync(out, { recursive: true });
  let server, browser, tmp;
  try {
    const built = buildDatabase(dyad, corpora);
    tmp = built.dir;
    server = await startServer({ dyad, db: built.db });
    const base = server.base;
    const issue = await findIssue(base);
    console.log(`server: ${base}; issue: ${issue}`);
    browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    page.on("console", (m) => { if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`); });
    page.setDefaultTimeout(20_000);

    // From the header link, fill the form: issue and 30 Monte Carlo runs.
    await page.goto(base + "/");
    await page.click('#top nav a[href="/simulate"]');
    await page.waitForURL(/\/simulate$/);
    await page.fill('#sim-form input[name="issue"]', issue);
    await page.fill('#sim-form input[name="runs"]', "30");
    await page.click('#sim-form button[type="submit"]');
    await page.waitForURL(/\/simulate\?.*issue=/);
    await page.locator("#sim-chart .uplot").waitFor();
    const want = await getJSON(base, `/api/simulate?issue=${encodeURIComponent(issue)}&runs=30`);

    // Actors table: one row per scenario actor.
    const rows = await page.locator("table.sim-actors tbody tr").count();
    if (rows !== want.scenario.actors.length || rows < 3) fail(`actors table has ${rows} rows, the scenario ${want.scenario.actors.length} actors`);
    // Positions chart: every actor, more than one turn, and the positions the API gave.
    const chart = await page.evaluate(() => {
      const box = document.getElementById("sim-chart");
      const u = box.__plot;
      return { turns: Number(box.dataset.turns), series: u.series.length - 1, last: u.data.slice(1).map((s) => s[s.length - 1]) };
    });
    if (!(chart.turns > 2)) fail(`the chart shows ${chart.turns} states (input + turns), expected positions for more than one turn`);
    if (chart.turns !== want.run.turns.length + 1) fail(`the chart shows ${chart.turns} states, the run has ${want.run.turns.length} turns`);
    if (chart.series !== rows) fail(`the chart draws ${chart.series} actors, the table lists ${rows}`);
    const finals = want.scenario.actors.map((a) => want.run.final_positions[a.code][0]);
    if (JSON.stringify(chart.last) !== JSON.stringify(finals)) fail(`last chart points ${chart.last} differ from the final positions ${finals}`);
    // Bargains per turn, outcome, distribution.
    const turns = await page.locator("#sim-bargains details.turn").count();
    if (turns !== want.run.turns.length) fail(`${turns} turns of bargains shown, the run has ${want.run.turns.length}`);
    if (!(await page.locator("#sim-bargains table.sim-bargains tbody tr").first().isVisible())) fail("the first turn's bargains are not shown");
    const outcome = await page.locator("#sim-outcome").textContent();
    if (!outcome.includes(want.outcome.actor)) fail(`outcome "${outcome}" does not name ${want.outcome.actor}`);
    const mcRows = await page.locator("table.sim-mc tbody tr").count();
    if (mcRows !== rows) fail(`Monte Carlo table has ${mcRows} rows for ${rows} actors`);

    // Evidence: a position of an actor other than a pole, with its sentences linked to their documents.
    const poles = want.scenario.poles;
    const other = want.scenario.actors.find((a) => !poles.includes(a.code) && Object.values(want.scenario.evidence.actors[a.code].position)
      .some((x) => x && typeof x === "object" && x.events?.length));
    if (!other) fail("no non-pole actor has position evidence");
    await page.click(`table.sim-actors a.ev-position[data-actor="${other.code}"]`);
    await page.locator("#sim-evidence ol.evidence li").first().waitFor();
    const docLink = await page.locator("#sim-evidence ol.evidence li a[href^='/doc/']").first().getAttribute("href");
    const firstId = Object.values(want.scenario.evidence.actors[other.code].position).find((x) => x?.events?.length).events[0];
    const sentence = want.scenario.evidence.events[String(firstId)].text;
    const shown = await page.locator("#sim-evidence").textContent();
    if (!shown.includes(sentence)) fail(`the evidence of ${other.code}'s position does not show its sentence "${sentence}"`);
    await page.click(`table.sim-actors a.ev-salience[data-actor="${other.code}"]`);
    await page.locator("#sim-evidence h3", { hasText: "salience" }).waitFor();
    await page.screenshot({ path: path.join(out, "simulate.png"), fullPage: true });
    await page.click(`table.sim-actors a.ev-position[data-actor="${other.code}"]`);
    await page.click(`#sim-evidence a[href="${docLink}"]`);
    await page.waitForURL(`**${docLink}`);
    await page.locator("#doc-text").waitFor();
    await page.goBack();
    await page.locator("#sim-chart .uplot").waitFor();

    // A request the server refuses shows its message.
    await page.goto(`${base}/simulate?issue=${encodeURIComponent(issue)}&runs=5000`);
    const err = await page.locator(".error").first().textContent();
    if (!/runs/.test(err ?? "")) fail(`a refused request should show the server's error, shows "${err}"`);
    if (errors.length) fail(errors.join("\n"));
    console.log(`ok   simulate page: ${rows} actors, ${want.run.turns.length} turns, evidence, bargains, outcome, distribution`);
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(() => { console.log("e2e-sim: 1 passed, 0 failed"); process.exit(0); },
  (e) => { console.error(`FAIL simulate page: ${e.message}`); console.log("e2e-sim: 0 passed, 1 failed"); process.exit(1); });
