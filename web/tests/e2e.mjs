// Browser test of the web terminal, as an analyst would use it: Chromium (playwright-core) against
// `dyad serve` on loopback with a database ingested from fixture corpora. Searches, opens a document
// and checks its quote highlights against the API's byte offsets, opens an actor and a dyad page,
// reads evidence behind a chart point, moves the network slider, lists and filters the actors; checks
// j/k after a table sort, the header search box and the tab titles; screenshots in build/artifacts/web/.
// Usage: node tests/e2e.mjs [--dyad build/dyad] [--mock] [--out DIR] [--corpus DIR]...
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { arg, buildDatabase, flag, getJSON, repoDir, startServer, webDir } from "./harness.mjs";

const mock = flag("--mock");
const dyad = path.resolve(arg("--dyad", path.join(repoDir, "build", "dyad")));
const out = path.resolve(arg("--out", path.join(repoDir, "build", "artifacts", "web")));
const browserPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const corpora = process.argv.flatMap((a, i) => (a === "--corpus" ? [path.resolve(process.argv[i + 1])] : []));
if (!corpora.length) corpora.push(path.join(webDir, "tests", "fixtures", "corpus"), path.join(repoDir, "examples", "corpus"));

let passed = 0, failed = 0;
const fail = (msg) => { throw new Error(msg); };
/** The tab title as the browser shows it (whitespace collapsed), for a page name. */
const titleOf = (name) => `${name} — Dyad`.replace(/\s+/g, " ").trim();
const utf8Slice = (text, a, z) => Buffer.from(text, "utf8").subarray(a, z).toString("utf8");

/** Every quote and actor highlight on the page shows exactly the text its byte span names. */
async function checkHighlights(page, d) {
  const text = d.document.text ?? "";
  for (const [kind, list] of [["quote", d.quotes ?? []], ["actor", d.actors ?? []]]) {
    const shown = await page.evaluate((k) => {
      const out = {};
      // A piece lists every mark of the kind covering it (data-<kind>s="i j"): two
      // mentions of one phrase ("both sides" naming two actors) each own the text.
      for (const el of document.querySelectorAll(`#doc-text [data-${k}s]`))
        for (const i of el.getAttribute(`data-${k}s`).split(" ")) out[i] = (out[i] ?? "") + el.textContent;
      return out;
    }, kind);
    for (const [i, m] of list.entries()) {
      if (!(m.end > m.start)) continue;
      const want = utf8Slice(text, m.start, m.end).replace(/\n/g, "");
      if ((shown[i] ?? "") !== want) fail(`${d.document.id}: ${kind} ${i} highlights "${shown[i] ?? ""}" but its byte span [${m.start}, ${m.end}) is "${want}"`);
    }
  }
}

async function main() {
  if (!fs.existsSync(path.join(webDir, "dist", "index.html"))) fail("web/dist/index.html missing: run `npm run build` first");
  if (!fs.existsSync(browserPath)) fail(`no Chromium at ${browserPath} (apt-get install chromium, or set CHROMIUM)`);
  fs.mkdirSync(out, { recursive: true });
  let server, browser, tmp, dbPath = null;
  try {
    if (!mock) {
      if (!fs.existsSync(dyad)) fail(`no dyad binary at ${dyad} (pass --dyad PATH)`);
      const built = buildDatabase(dyad, corpora);
      tmp = built.dir;
      dbPath = built.db;
      console.log(`fixture database: ${built.db} (from ${corpora.join(", ")})`);
      server = await startServer({ dyad, db: built.db });
    } else {
      server = await startServer({ mock: true });
    }
    const base = server.base;
    console.log(`server: ${base}${mock ? " (mock)" : ""}`);
    browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(`page error: ${e.message}`));
    page.on("console", (m) => { if (m.type() === "error" && !/Failed to load resource/.test(m.text())) pageErrors.push(`console: ${m.text()}`); });
    page.setDefaultTimeout(15_000);

    const step = async (name, fn) => {
      const t0 = Date.now();
      try {
        await fn();
        if (pageErrors.length) fail(pageErrors.splice(0).join("\n"));
        passed++;
        console.log(`ok   ${name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${name}: ${e.message.split("\n").slice(0, 8).join("\n     ")}`);
        await page.screenshot({ path: path.join(out, `failed-${name.replace(/\W+/g, "-")}.png`), fullPage: true }).catch(() => {});
        throw e;
      }
    };
    /** Waits (briefly) for document.title to be `want`; fails with the title shown otherwise. */
    const expectTitle = async (want) => {
      const ok = await page.waitForFunction((w) => document.title === w, want, { timeout: 5_000 }).then(() => true, () => false);
      if (!ok) fail(`tab title is "${await page.title()}", expected "${want}"`);
    };
    /** The first j/k row (`sel`) is focused or holds the focused element. */
    const focusedRowIs = (sel) => page.evaluate((s) => {
      const first = document.querySelector(s);
      return !!first && first.classList.contains("row") && (first === document.activeElement || first.contains(document.activeElement));
    }, sel);
    const shot = (name) => page.screenshot({ path: path.join(out, `${name}.png`), fullPage: name !== "network" && !name.startsWith("network") });

    // What the fixture database holds, read from the API, so the test knows what to expect.
    const stats = await getJSON(base, "/api/stats");
    if (!stats.documents) fail("the fixture database holds no document");
    let target = null;
    for (const q of ["said", "talks", "minister"]) {
      const res = await getJSON(base, `/api/search?q=${q}&limit=100`);
      for (const hit of res.hits) {
        const d = await getJSON(base, `/api/documents/${encodeURIComponent(hit.id)}`);
        // A titled document with quotes, the more events the better.
        const score = (x) => (x.document.title ? 1000 : 0) + (x.events?.length ?? 0);
        if (d.quotes?.length && (!target || score(d) > score(target))) target = d;
      }
      if (target) break;
    }
    if (!target) fail("no searchable document with a quote in the fixture database (are quotes stored by ingest?)");
    const docId = target.document.id;

    await step("home page and keyboard focus", async () => {
      await page.goto(base + "/");
      await page.locator(".overview .stats").waitFor();
      // Home: latest articles, most active actors and dyads, recent changes.
      // Export buttons fetch the export layer's files.
      for (const a of await page.locator("#home-exports a[data-format]").all()) {
        const href = await a.getAttribute("href");
        const r = await fetch(base + href);
        if (r.status !== 200 || !(await r.text()).length) fail(`export ${href}: ${r.status}`);
      }
      if ((await page.locator("#home-exports a[data-format]").count()) < 7) fail("export buttons missing on the home page");
      for (const sel of ["#home ol.latest li", "#home ol.active-actors li", "#home ol.active-dyads li", "#home-changes section, #home-changes .section, #home-changes > *"])
        await page.locator(sel).first().waitFor();
      await page.keyboard.press("/");
      const focused = await page.evaluate(() => document.activeElement?.id);
      if (focused !== "hq") fail(`"/" should focus the header search box, focused: ${focused}`);
    });

    await step("search", async () => {
      const words = (target.document.title || target.document.text || "").split(/\W+/).filter((w) => w.length > 3).slice(0, 4).join(" ");
      await page.fill("#hq", words);
      await page.press("#hq", "Enter");
      await page.waitForURL(/\/search\?q=/);
      await page.locator("#results ol.hits li").first().waitFor();
      const marks = await page.locator("#results .snippet mark").count();
      if (!marks) fail(`no <mark> highlight in the snippets for "${words}"`);
      if (!(await page.locator(`#results a[href="/doc/${encodeURIComponent(docId)}"]`).count())) fail(`"${words}" did not find ${docId}`);
      await expectTitle("Search — Dyad");
      await shot("search");
    });

    await step("keyboard: j moves to the first hit, Enter opens it, Backspace comes back", async () => {
      await page.locator("#hq").blur();
      await page.keyboard.press("j");
      const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
      if (!href?.startsWith("/doc/")) fail(`"j" should focus the first hit's link, focused href: ${href}`);
      await page.keyboard.press("Enter");
      await page.waitForURL(`**${href}`);
      await page.locator("#doc-text").waitFor();
      await page.keyboard.press("Backspace");
      await page.waitForURL(/\/search\?q=/);
      await page.locator("#results ol.hits li").first().waitFor();
    });

    await step("document with highlighted quotes", async () => {
      await page.click(`#results a[href="/doc/${encodeURIComponent(docId)}"]`);
      await page.waitForURL(`**/doc/${encodeURIComponent(docId)}`);
      await page.locator("#doc-text .hl-quote").first().waitFor();
      await checkHighlights(page, target);
      await expectTitle(titleOf(target.document.title || docId));
      if (target.boilerplate?.length && !(await page.locator("#boilerplate p").count())) fail("boilerplate not shown");
      await page.locator("#doc-text .hl-quote").first().click();
      await page.locator("#detail blockquote").waitFor();
      // The detail names the quote's kind; speaker mentions are marked in the text.
      const detail = await page.locator("#detail").textContent();
      if (!/\((direct|mixed|indirect)/.test(detail ?? "")) fail(`quote detail does not show the quote's kind: ${detail}`);
      if ((target.quotes ?? []).some((q) => q.speaker_end > q.speaker_start) && !(await page.locator("#doc-text [data-speakers]").count()))
        fail("no speaker mention is marked in the document text");
      await shot("document");
    });

    // An actor of this document that has relations, so its dyad page has something to show.
    let actorCode = null, other = null;
    for (const code of [...new Set([...(target.events ?? []).flatMap((e) => [e.source, e.target]), ...(target.actors ?? []).map((a) => a.code)])]) {
      if (!code) continue;
      const a = await getJSON(base, `/api/actors/${encodeURIComponent(code)}`).catch(() => null);
      const out = (a?.relations ?? []).filter((x) => x.direction !== "in");
      if (out.length) { actorCode = code; other = [...out].sort((x, y) => y.events - x.events)[0].other; break; }
    }
    if (!actorCode) fail(`no actor of ${docId} has a relation (are events stored by ingest?)`);

    await step("actor page", async () => {
      const link = page.locator(`.doc-side a[href="/actor/${encodeURIComponent(actorCode)}"]`).first();
      if (await link.count()) await link.click(); else await page.goto(`${base}/actor/${encodeURIComponent(actorCode)}`);
      await page.waitForURL(`**/actor/${encodeURIComponent(actorCode)}`);
      const code = await page.locator("h1 .code").textContent();
      if (code !== actorCode) fail(`actor page shows ${code}, expected ${actorCode}`);
      await page.locator("table.relations tbody tr").first().waitFor();
      await page.locator("#hedging .uplot, #hedging .empty, #hedging .error").first().waitFor();
      // Each quote shows its kind; indirect speech is not drawn inside quotation marks.
      const aq = (await getJSON(base, `/api/actors/${encodeURIComponent(actorCode)}`)).quotes ?? [];
      const shownQuotes = await page.locator("ul.quotes li").evaluateAll((lis) => lis.map((li) => ({
        text: li.querySelector("blockquote")?.textContent ?? "", meta: li.querySelector(".muted")?.textContent ?? "" })));
      if (shownQuotes.length !== aq.length) fail(`actor page lists ${shownQuotes.length} quotes, the API ${aq.length}`);
      for (const [i, q] of aq.entries()) {
        const kind = q.type || "direct", marked = shownQuotes[i].text.startsWith("\u201c");
        if (kind === "indirect" ? marked : !marked) fail(`actor quote ${i} (${kind}) drawn ${marked ? "with" : "without"} quotation marks`);
        if (!shownQuotes[i].meta.includes(kind)) fail(`actor quote ${i} does not show its kind (${kind})`);
      }
      const title = await page.title();
      if (!title.startsWith(`${actorCode} `) || !title.endsWith(" — Dyad")) fail(`actor page tab title "${title}" does not name ${actorCode}`);
      await shot("actor");
    });

    await step("actor page: j still moves through the relations table after a column sort", async () => {
      const firstRow = "table.relations tbody tr";
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press("j");
      if (!(await focusedRowIs(firstRow))) fail("before sorting, \"j\" should focus the first relations row");
      for (const head of ["Events", "With"]) {
        await page.locator("table.relations th.sortable", { hasText: head }).click();
        await page.locator("table.relations th[aria-sort]").waitFor();
        const untagged = await page.locator("table.relations tbody tr:not(.row)").count();
        if (untagged) fail(`after sorting by ${head}, ${untagged} relations rows lost the "row" class`);
        await page.evaluate(() => document.activeElement?.blur());
        await page.keyboard.press("j");
        if (!(await focusedRowIs(firstRow))) {
          const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
          fail(`after sorting by ${head}, "j" should focus the first relations row, focused: ${at}`);
        }
      }
    });

    await step("dyad page and evidence behind a point", async () => {
      const relLink = page.locator(`table.relations a[href^="/dyad/${encodeURIComponent(actorCode)}/${encodeURIComponent(other)}"]`).first();
      const counted = Number((await relLink.textContent()).replace(/,/g, ""));
      await relLink.click();
      await page.waitForURL(`**/dyad/${encodeURIComponent(actorCode)}/**`);
      await page.locator("#dyad-chart .uplot").waitFor();
      // The relation's count is the dyad page's count: the same events, undated ones included.
      const shown = Number(await page.getAttribute("#dyad-total [data-total]", "data-total"));
      if (shown !== counted) fail(`the actor page counts ${counted} events ${actorCode} → ${other}, the dyad page ${shown}`);
      // Honest axes: counts from zero, ticks on the buckets' own starts, neutral events drawn.
      const axes = await page.evaluate(() => {
        const u = document.getElementById("dyad-chart").__plot;
        const xs = [...u.data[0]];
        return { ymin: u.scales.y.min, splits: u.axes[0]._splits ?? [], xs, labels: u.series.map((s) => s.label) };
      });
      if (axes.ymin !== 0) fail(`the dyad chart's y axis starts at ${axes.ymin}, not 0`);
      if (axes.splits.some((x) => !axes.xs.includes(x))) fail(`x ticks ${axes.splits} are not bucket starts ${axes.xs}`);
      if (!axes.labels.includes("neutral")) fail(`neutral events are not drawn (series: ${axes.labels})`);
      const pos = await page.evaluate(() => {
        const box = document.getElementById("dyad-chart");
        const u = box.__plot;
        const i = u.data[0].length - 1;
        const r = u.over.getBoundingClientRect();
        return { x: r.left + u.valToPos(u.data[0][i], "x"), y: r.top + r.height / 2 };
      });
      await page.mouse.move(pos.x, pos.y);
      await page.mouse.click(pos.x, pos.y);
      await page.locator("#evidence ol.evidence li").first().waitFor();
      await expectTitle(`${actorCode} → ${other} — Dyad`);
      for (const t of ["periods", "events"]) {
        await page.locator(`table.${t} th.sortable`).first().click();
        const untagged = await page.locator(`table.${t} tbody tr:not(.row)`).count();
        if (untagged) fail(`after sorting the ${t} table, ${untagged} rows lost the "row" class`);
      }
      await shot("dyad");
    });

    await step("header search box: the query on /search, empty elsewhere, back again on Back", async () => {
      const word = "said";
      await page.fill("#hq", word);
      await page.press("#hq", "Enter");
      await page.waitForURL(/\/search\?q=said/);
      await page.locator("#results").waitFor();
      await page.locator("#hq").blur();
      await expectTitle("Search — Dyad");
      if ((await page.inputValue("#hq")) !== word) fail(`on /search?q=${word} the header box holds "${await page.inputValue("#hq")}"`);
      await page.click('#top nav a[href="/network"]');
      await page.waitForURL(/\/network/);
      await expectTitle("Network — Dyad");
      const onNetwork = await page.inputValue("#hq");
      if (onNetwork !== "") fail(`on /network the header box should be empty, holds "${onNetwork}"`);
      await page.goBack();
      await page.waitForURL(/\/search\?q=said/);
      await expectTitle("Search — Dyad");
      const back = await page.inputValue("#hq");
      if (back !== word) fail(`back on /search?q=${word} the header box holds "${back}"`);
      await page.goForward();
      await page.waitForURL(/\/network/);
      if ((await page.inputValue("#hq")) !== "") fail("forward to /network: the header box should be empty again");
    });

    await step("network slider refetches the window", async () => {
      await page.click('#top nav a[href="/network"]');
      await page.locator("#graph[data-nodes]").waitFor();
      await expectTitle("Network — Dyad");
      await page.selectOption("#net-window", "365");
      await page.waitForFunction(() => document.getElementById("graph")?.dataset.from !== document.getElementById("graph")?.dataset.to && document.getElementById("graph")?.dataset.to);
      await page.waitForTimeout(400);
      await shot("network-1");
      // The central-actor and strongest-tie tables take part in j/k navigation.
      if (Number(await page.getAttribute("#graph", "data-nodes")) > 0) {
        const plain = await page.locator("table.grid tbody tr:not(.row)").count();
        const rows = await page.locator("table.grid tbody tr.row").count();
        if (!rows || plain) fail(`network tables: ${rows} rows with the row class, ${plain} without`);
      }
      const before = await page.getAttribute("#graph", "data-to");
      const responded = page.waitForResponse((r) => r.url().includes("/api/network?") && r.url().includes("to=") && r.status() === 200);
      await page.focus("#net-slider");
      await page.keyboard.press("Home");
      for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
      const res = await responded;
      const to = new URL(res.url()).searchParams.get("to");
      if (!to || to === before) fail(`moving the slider should refetch a new window (before to=${before}, request to=${to})`);
      await page.waitForFunction((t) => document.getElementById("graph")?.dataset.to === t, to);
      await page.waitForTimeout(300);
      await shot("network-2");
    });

    await step("timeline page", async () => {
      await page.click('#top nav a[href="/timeline"]');
      await page.locator("#timeline > *").first().waitFor();
      await expectTitle("Timeline — Dyad");
      await shot("timeline");
    });

    await step("actors page: g a, kind filter, typed filter, open an actor", async () => {
      if (!(await page.locator('#top nav a[href="/actors"]').count())) fail("no Actors link in the header nav");
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press("g");
      await page.keyboard.press("a");
      await page.waitForURL(/\/actors$/);
      await page.locator("#actors table.actors tbody tr").first().waitFor();
      await expectTitle("Actors — Dyad");
      const all = (await getJSON(base, "/api/actors?limit=1000")).actors;
      const total = await page.locator("#actors table.actors tbody tr").count();
      if (!total) fail("the actors table lists no actor");
      if (total !== all.length) fail(`the actors table lists ${total} rows, /api/actors?limit=1000 gives ${all.length}`);
      const countLine = await page.locator("#actors-count").textContent();
      if (!countLine?.startsWith(`${total.toLocaleString("en-US")} actor`)) fail(`count line "${countLine}" does not give ${total} actors`);
      // j focuses the first row's actor link (rows carry the "row" class).
      await page.keyboard.press("j");
      const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
      if (!focused?.startsWith("/actor/")) fail(`"j" should focus the first actor's link, focused href: ${focused}`);
      // The kind filter keeps only actors of that kind.
      const kinds = await page.locator("#actors-kind option").evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      if (kinds.length) {
        await page.selectOption("#actors-kind", kinds[0]);
        const shown = await page.locator("#actors table.actors tbody tr td:nth-child(3)").allTextContents();
        const want = all.filter((a) => a.kind === kinds[0]).length;
        if (shown.length !== want || shown.some((k) => k !== kinds[0])) fail(`kind ${kinds[0]}: ${shown.length} rows (${[...new Set(shown)]}), expected ${want}`);
        if (!/[?&]kind=/.test(page.url())) fail(`the kind filter is not kept in the URL: ${page.url()}`);
        await page.selectOption("#actors-kind", "");
      }
      // A code that narrows the list when typed (code prefix or name substring, as the server matches).
      let code = null, want = 0;
      for (const c of [actorCode, ...all.map((a) => a.code)]) {
        const n = (await getJSON(base, `/api/actors?q=${encodeURIComponent(c)}&limit=1000`)).actors.length;
        if (n >= 1 && n < all.length) { code = c; want = n; break; }
      }
      if (!code) fail("no actor code narrows the actors list");
      await page.locator("#actors-q").pressSequentially(code, { delay: 40 });
      await page.waitForFunction((c) => new URLSearchParams(location.search).get("q") === c, code);
      await page.waitForFunction((n) => document.querySelectorAll("#actors table.actors tbody tr").length === n, want);
      const focusedId = await page.evaluate(() => document.activeElement?.id);
      if (focusedId !== "actors-q") fail(`the filter box lost focus while typing (focused: ${focusedId})`);
      const codeLink = page.locator(`#actors table.actors a[href="/actor/${encodeURIComponent(code)}"]`);
      if (!(await codeLink.count())) fail(`filtering by "${code}" does not list ${code}`);
      await shot("actors");
      await codeLink.first().click();
      await page.waitForURL(`**/actor/${encodeURIComponent(code)}`);
      const shownCode = await page.locator("h1 .code").textContent();
      if (shownCode !== code) fail(`actor page shows ${shownCode}, expected ${code}`);
      await page.goBack();
      await page.locator("#actors table.actors tbody tr").first().waitFor();
      const kept = await page.inputValue("#actors-q");
      if (kept !== code) fail(`back on /actors the filter box holds "${kept}", expected "${code}"`);
    });

    await step("one evidence base: network, actor and dyad counts add up to `dyad export`", async () => {
      if (!dbPath) return;  // the mock server has no store to export
      const r = spawnSync(dyad, ["export", "--db", dbPath, "--what", "events", "--format", "jsonl"], { encoding: "utf8", timeout: 60_000 });
      if (r.status !== 0) fail(`dyad export failed: ${r.stderr}`);
      // spawnSync blocked the event loop: let keep-alive sockets the server closed meanwhile be noticed.
      await new Promise((res) => setTimeout(res, 200));
      const rows = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
      const pairs = new Map(), undated = new Map(), key = (a, b) => `${a}\u0001${b}`;
      for (const e of rows) {
        if (!e.target || e.target === e.source) continue;
        pairs.set(key(e.source, e.target), (pairs.get(key(e.source, e.target)) ?? 0) + 1);
        if (!e.date) undated.set(key(e.source, e.target), (undated.get(key(e.source, e.target)) ?? 0) + 1);
      }
      if (!pairs.size) fail("the export holds no event between two actors");
      // The network over everything: one edge per ordered pair, with the export's count.
      const net = await getJSON(base, "/api/network?limit=1000");
      const netSum = net.edges.reduce((a, e) => a + e.events, 0), exportSum = [...pairs.values()].reduce((a, n) => a + n, 0);
      if (netSum !== exportSum) fail(`network "everything" counts ${netSum} events, dyad export ${exportSum}`);
      for (const e of net.edges) if (pairs.get(key(e.source, e.target)) !== e.events) fail(`network ${e.source} → ${e.target}: ${e.events}, export ${pairs.get(key(e.source, e.target))}`);
      // Each actor's outgoing relations add up to its events as a source; each dyad page counts its pair.
      const sources = new Map();
      for (const [k, n] of pairs) { const s = k.split("\u0001")[0]; sources.set(s, (sources.get(s) ?? 0) + n); }
      for (const [code, n] of sources) {
        const a = await getJSON(base, `/api/actors/${encodeURIComponent(code)}`);
        const out = a.relations.filter((x) => x.direction === "out").reduce((s, x) => s + x.events, 0);
        if (out !== n) fail(`actor ${code}: its relations count ${out} events as the source, dyad export ${n}`);
      }
      let checked = 0;
      for (const [k, n] of pairs) {
        const [s, t] = k.split("\u0001");
        const d = await getJSON(base, `/api/dyads/${encodeURIComponent(s)}/${encodeURIComponent(t)}?limit=1000`);
        const dated = d.series.reduce((a, p) => a + p.events, 0) + (d.coarse ?? []).reduce((a, p) => a + p.events, 0);
        if (d.total.events !== n) fail(`dyad ${s} → ${t}: total ${d.total.events}, export ${n}`);
        if (dated + d.undated.events !== n) fail(`dyad ${s} → ${t}: ${dated} in periods (and coarse dates) + ${d.undated.events} undated, export ${n}`);
        if (d.undated.events !== (undated.get(k) ?? 0)) fail(`dyad ${s} → ${t}: ${d.undated.events} undated, export ${undated.get(k) ?? 0}`);
        if (d.events.length !== n) fail(`dyad ${s} → ${t} lists ${d.events.length} events, export ${n}`);
        checked++;
      }
      console.log(`     ${rows.length} exported events, ${checked} dyads, ${sources.size} actors agree; ${[...undated.values()].reduce((a, n) => a + n, 0)} undated`);
    });

    await step("modality: negated acts are not counted; the filter shows them on dyad and network pages", async () => {
      const id = "notes/undated briefing";
      const d = await getJSON(base, `/api/documents/${encodeURIComponent(id)}`).catch(() => null);
      if (!d) return;  // only in the real fixture store
      const neg = d.events.find((e) => e.modality === "negated" && e.target);
      if (!neg) fail(`${id}: no negated event to check`);
      const counted = await getJSON(base, `/api/dyads/${encodeURIComponent(neg.source)}/${encodeURIComponent(neg.target)}?limit=1000`);
      if (counted.events.some((e) => e.modality === "negated")) fail("a negated event is counted on the dyad page");
      await page.goto(`${base}/dyad/${encodeURIComponent(neg.source)}/${encodeURIComponent(neg.target)}?modality=negated`);
      await page.locator("#dyad-total [data-total]").waitFor();
      const shown = Number(await page.getAttribute("#dyad-total [data-total]", "data-total"));
      if (shown < 1) fail(`the dyad page filtered to negated shows ${shown} events`);
      if ((await page.inputValue("#dyad-modality")) !== "negated") fail("the modality filter is not kept on the dyad page");
      if (!(await page.locator("#dyad-undated").count())) fail("the undated negated event is not shown in the undated bucket");
      await page.goto(`${base}/network?window=0&modality=negated`);
      await page.locator("#graph[data-nodes]").waitFor();
      const api = await getJSON(base, "/api/network?modality=negated");
      if (Number(await page.getAttribute("#graph", "data-edges")) !== api.edges.length) fail("network page with modality=negated differs from the API");
    });

    await step("modality on the actor page: relations, series and hedging follow the filter; links keep it", async () => {
      const id = "notes/undated briefing";
      const d = await getJSON(base, `/api/documents/${encodeURIComponent(id)}`).catch(() => null);
      if (!d) return;  // only in the real fixture store
      const neg = d.events.find((e) => e.modality === "negated" && e.target);
      const hedgingAsked = page.waitForResponse((r) => r.url().includes("/api/hedging?") && r.url().includes("modality=negated"));
      const seriesAsked = page.waitForResponse((r) => r.url().includes("/series?") && r.url().includes("modality=negated"));
      await page.goto(`${base}/actor/${encodeURIComponent(neg.source)}?modality=negated`);
      await page.locator("table.relations tbody tr").first().waitFor();
      await hedgingAsked;
      await seriesAsked;
      if ((await page.inputValue("#actor-modality")) !== "negated") fail("the modality filter is not kept on the actor page");
      const link = page.locator(`table.relations a[href^="/dyad/${encodeURIComponent(neg.source)}/${encodeURIComponent(neg.target)}?"]`).first();
      const href = await link.getAttribute("href");
      if (!href?.includes("modality=negated")) fail(`the relation links to ${href}, without the modality`);
      const counted = Number((await link.textContent()).replace(/,/g, ""));
      const dyad = await getJSON(base, `/api/dyads/${encodeURIComponent(neg.source)}/${encodeURIComponent(neg.target)}?modality=negated&limit=1000`);
      if (counted !== dyad.total.events || counted < 1) fail(`actor page counts ${counted} negated events, the dyad page ${dyad.total.events}`);
      if (dyad.total.material_conflict + dyad.total.verbal_conflict + dyad.total.verbal_cooperation + dyad.total.material_cooperation !== 0)
        fail(`negated acts are counted as the act: ${JSON.stringify(dyad.total)}`);
      // Unfiltered, the negated act is not among the relation's events.
      const plain = await getJSON(base, `/api/actors/${encodeURIComponent(neg.source)}`);
      const rel = plain.relations.find((x) => x.other === neg.target && x.direction === "out");
      const asserted = await getJSON(base, `/api/dyads/${encodeURIComponent(neg.source)}/${encodeURIComponent(neg.target)}?limit=1000`);
      if ((rel?.events ?? 0) !== asserted.total.events) fail(`unfiltered: actor page ${rel?.events ?? 0}, dyad page ${asserted.total.events}`);
      await page.selectOption("#actor-modality", "");
      await page.waitForFunction(() => !new URLSearchParams(location.search).get("modality"));
    });

    await step("document: every side-list event scrolls to and flashes its own span; own colours; legend", async () => {
      // The document whose sentences carry the most events each.
      let best = null, shared = -1;
      for (const id of (await getJSON(base, "/api/search?from=1000-01-01&limit=200")).hits.map((x) => x.id).concat(["notes/undated briefing"])) {
        const d = await getJSON(base, `/api/documents/${encodeURIComponent(id)}`).catch(() => null);
        if (!d?.events?.length) continue;
        const starts = new Map();
        for (const e of d.events) starts.set(`${e.start}-${e.end}`, (starts.get(`${e.start}-${e.end}`) ?? 0) + 1);
        const n = [...starts.values()].filter((c) => c > 1).length;
        if (n > shared) { shared = n; best = d; }
      }
      if (!best) fail("no document with events");
      await page.goto(`${base}/doc/${encodeURIComponent(best.document.id)}`);
      await page.locator("#doc-text").waitFor();
      if (!(await page.locator("#doc-legend .legend-item").count())) fail("no legend on the document page");
      const items = page.locator("ul.events li[data-event-item]");
      const n = await items.count();
      if (n !== best.events.length) fail(`side list shows ${n} events, the API ${best.events.length}`);
      for (let i = 0; i < n; i++) {
        await items.nth(i).locator("a[href='#']").click();
        const flashed = await page.evaluate((k) => ({ tag: document.getElementById("doc-text")?.parentElement?.dataset.flashed,
          n: document.querySelectorAll(`#doc-text [data-events~="${k}"].flash`).length }), i);
        if (!flashed.n) fail(`event ${i} (${best.events[i].code}): no span of its own flashed (shared sentences: ${shared})`);
      }
      // Each event's own quad colour is among the underlines of its span (neutral grey included).
      const colours = await page.evaluate(() => [...document.querySelectorAll("#doc-text [data-events]")].map((el) => ({ ids: el.getAttribute("data-events").split(" ").map(Number), shadow: el.style.boxShadow })));
      for (const { ids, shadow } of colours)
        for (const i of ids) {
          const q = best.events[i].quad;
          if (!shadow.includes(`--q${q >= 1 && q <= 4 ? q : 0}`)) fail(`event ${i} (quad ${q}) is not drawn in its own colour: ${shadow}`);
        }
      const facts = await items.first().locator(".event-facts").textContent();
      if (!/Goldstein/.test(facts) || !(best.events[0].modality ? facts.includes(best.events[0].modality) : true)) fail(`side list item lacks Goldstein/modality: "${facts}"`);
      console.log(`     ${best.document.id}: ${n} events, ${shared} sentences with several`);
    });

    await step("document: each event's subject, verb and object are marked at their own bytes", async () => {
      // Documents whose events carry subject/verb/object spans (the coder records them).
      let checked = 0, roles = 0;
      for (const hit of (await getJSON(base, "/api/search?from=1000-01-01&limit=200")).hits) {
        const d = await getJSON(base, `/api/documents/${encodeURIComponent(hit.id)}`);
        const evs = (d.events ?? []).map((e, i) => ({ e, i })).filter(({ e }) => e.verb_end > e.verb_start);
        if (!evs.length) continue;
        await page.goto(`${base}/doc/${encodeURIComponent(hit.id)}`);
        await page.locator("#doc-text").waitFor();
        const shown = await page.evaluate(() => {
          const out = {};
          for (const role of ["subject", "verb", "object"])
            for (const el of document.querySelectorAll(`#doc-text [data-${role}s]`))
              for (const i of el.getAttribute(`data-${role}s`).split(" ")) out[`${role}${i}`] = (out[`${role}${i}`] ?? "") + el.textContent;
          return out;
        });
        for (const { e, i } of evs)
          for (const [role, a, z] of [["subject", e.source_start, e.source_end], ["verb", e.verb_start, e.verb_end], ["object", e.target_start, e.target_end]]) {
            if (!(z > a)) continue;
            const want = utf8Slice(d.document.text, a, z).replace(/\n/g, "");
            if ((shown[`${role}${i}`] ?? "") !== want) fail(`${hit.id}: event ${i} ${role} marked "${shown[`${role}${i}`] ?? ""}", its bytes [${a}, ${z}) are "${want}"`);
            roles++;
          }
        // Selecting the event from the side list brings its roles forward.
        const first = evs[0].i;
        await page.locator("ul.events li[data-event-item]").nth(first).locator("a[href='#']").click();
        const on = await page.locator(`#doc-text [data-verbs~="${first}"].role-on`).count();
        if (!on) fail(`${hit.id}: selecting event ${first} does not bring its verb forward`);
        if (++checked >= 4) break;
      }
      if (!checked || !roles) fail("no event with subject/verb/object spans in the fixture store");
      console.log(`     ${checked} documents, ${roles} role spans checked`);
    });

    await step("document: an undated article marks its events undated; uncoded places are listed by their own text", async () => {
      const id = "notes/undated briefing";
      const d = await getJSON(base, `/api/documents/${encodeURIComponent(id)}`).catch(() => null);
      if (!d) return;
      await page.goto(`${base}/doc/${encodeURIComponent(id)}`);
      await page.locator("ul.events li").first().waitFor();
      const undatedMarks = await page.locator("ul.events .date.undated").count();
      if (undatedMarks !== d.events.length) fail(`${undatedMarks} of ${d.events.length} events marked undated`);
      const rows = await page.locator("#doc-actors li").allTextContents();
      const uncoded = new Set(d.actors.filter((a) => !a.code).map((a) => utf8Slice(d.document.text, a.start, a.end).replace(/\s+/g, " ").trim().toLowerCase()));
      const listed = rows.filter((r) => r.startsWith("uncoded")).length;
      if (listed !== uncoded.size) fail(`uncoded mentions: ${uncoded.size} distinct texts, ${listed} rows`);
    });

    await step("highlights match byte offsets on every document", async () => {
      const ids = new Set();
      for (const q of ["q=said", "q=the", "from=1000-01-01"]) for (const hit of (await getJSON(base, `/api/search?${q}&limit=200`)).hits) ids.add(hit.id);
      let checked = 0, nonAscii = 0;
      for (const id of ids) {
        const d = await getJSON(base, `/api/documents/${encodeURIComponent(id)}`);
        if (!d.quotes?.length && !d.actors?.length) continue;
        await page.goto(`${base}/doc/${encodeURIComponent(id)}`);
        await page.locator("#doc-text").waitFor();
        await checkHighlights(page, d);
        checked++;
        if (/[^\x00-\x7f]/.test(d.document.text ?? "")) nonAscii++;
      }
      if (!checked) fail("no document with highlights to check");
      console.log(`     ${checked} documents checked, ${nonAscii} with non-ASCII text`);
    });

    await step("a malformed percent-encoding in the address shows an error, no crash", async () => {
      await page.goto(`${base}/doc/%E0%A4%A`);
      const msg = await page.locator("#app .error").first().textContent();
      if (!msg || !msg.trim()) fail("no error message for /doc/%E0%A4%A");
    });

    await step("server: a missing asset is a 404 (not the page), security headers on pages", async () => {
      const r = await fetch(base + "/assets/no-such-file-e2e.js");
      const type = r.headers.get("content-type") ?? "";
      if (r.status !== 404 || type.includes("text/html")) fail(`missing asset: ${r.status} ${type}`);
      const home = await fetch(base + "/");
      const csp = home.headers.get("content-security-policy") ?? "";
      if (!csp.includes("default-src 'self'") || !csp.includes("frame-ancestors 'none'")) fail(`CSP on /: "${csp}"`);
      if (home.headers.get("x-content-type-options") !== "nosniff") fail("no X-Content-Type-Options on /");
    });

    await step("unknown document shows a clear error", async () => {
      await page.goto(`${base}/doc/no-such-document-e2e`);
      const msg = await page.locator(".error").first().textContent();
      if (!msg || !msg.trim()) fail("no error message for an unknown document");
    });

    await step("unknown page: Not found, with its own tab title", async () => {
      await page.click('#top nav a[href="/network"]');
      await expectTitle("Network — Dyad");
      await page.evaluate(() => { history.pushState(null, "", "/no-such-page-e2e"); dispatchEvent(new PopStateEvent("popstate")); });
      await page.locator("#app h1", { hasText: "Not found" }).waitFor();
      await expectTitle("Not found — Dyad");
    });
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(() => {
  console.log(`screenshots: ${out}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}, (e) => {
  console.error(`e2e failed: ${e.message}`);
  console.log(`e2e: ${passed} passed, ${failed || 1} failed`);
  process.exit(1);
});
