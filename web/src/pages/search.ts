// Search page: full-text query with actor, date-range and CAMEO-root filters; ranked hits with
// highlighted snippets and paging. With no query and no filter it shows the store's overview.
import { api, type Stats } from "../api";
import { actorHref, docHref, dyadHref, empty, errorBox, exportButtons, fmtNum, h, link, safeSnippet, section, shortDate } from "../dom";
import { navigate, stillOn, pageToken, type Route } from "../router";
import roots from "../data/cameo-roots.json";

const PAGE = 25;

function filterForm(q: URLSearchParams): HTMLFormElement {
  const field = (label: string, el: HTMLElement) => h("label.field", {}, h("span", {}, label), el);
  const inp = (name: string, attrs: Record<string, string> = {}) =>
    h("input", { name, value: q.get(name) ?? "", ...attrs });
  const rootSel = h("select", { name: "root" }, h("option", { value: "" }, "any event"),
    Object.entries(roots as Record<string, string>).map(([code, name]) =>
      h("option", { value: code, selected: q.get("root") === code }, `${code} ${name}`)));
  const actor = inp("actor", { list: "actor-list", placeholder: "e.g. RUS", size: "10" });
  const list = h("datalist", { id: "actor-list" });
  let timer = 0;
  actor.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      api.actors({ q: actor.value, limit: 20 }).then((r) => {
        list.replaceChildren(...r.actors.map((a) => h("option", { value: a.code }, `${a.name} (${fmtNum(a.mentions)})`)));
      }).catch(() => {});
    }, 150);
  });
  const form = h("form.filters", { "aria-label": "Search filters" },
    field("Text", inp("q", { type: "search", placeholder: "words or \"a phrase\"", size: "28", id: "search-q" })),
    field("Actor", actor), list,
    field("From", inp("from", { type: "date" })),
    field("To", inp("to", { type: "date" })),
    field("Event", rootSel),
    h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) p.set(k, String(v).trim());
    navigate(`/search?${p}`);
  });
  return form;
}

function overview(s: Stats): HTMLElement {
  const cell = (n: number, label: string) => h("div.stat", {}, h("b", {}, fmtNum(n)), h("span", {}, label));
  return h("div.overview", {},
    h("div.stats", {}, cell(s.documents, "documents"), cell(s.actors, "actors"), cell(s.events, "events"), cell(s.quotes, "quotes")),
    h("p.muted", {}, s.first_date ? `Coverage ${shortDate(s.first_date)} – ${shortDate(s.last_date)}.` : "The store is empty."),
    h("p.muted", {}, "Type a query, or filter by actor, dates or event type. ",
      link("/network", "Open the network"), " · ", link("/timeline", "the timeline"), "."),
    h("p.exports", { id: "home-exports" }, exportButtons("events"), " · ", exportButtons("dyads"), " · ", exportButtons("network")));
}

/** Home: the latest articles, the most active actors and dyads (all time), and the ties whose sign changed this year. */
async function home(box: HTMLElement, token: number): Promise<void> {
  const grid = h("div.grid2.home", { id: "home" });
  box.append(grid);
  const [latest, actors, net] = await Promise.all([
    api.search({ limit: 8 }).catch(() => null), api.actors({ limit: 10 }).catch(() => null), api.network({}).catch(() => null)]);
  if (!stillOn(token)) return;
  const docs = latest?.hits ?? [];
  const dyads = [...(net?.edges ?? [])].sort((a, b) => b.events - a.events).slice(0, 10);
  grid.append(
    h("div", {},
      section("Latest articles", docs.length ? h("ol.plain.latest", {}, docs.map((d) => h("li.row", {}, link(docHref(d.id), d.title || d.id), " ",
        h("span.muted", {}, [shortDate(d.published), d.source].filter(Boolean).join(" · "))))) : empty("No article.")),
      section("Most active actors", (actors?.actors ?? []).length ? h("ol.plain.active-actors", {}, (actors?.actors ?? []).map((a) => h("li.row", {},
        link(actorHref(a.code), a.code), " ", a.name, " ", h("span.muted", {}, `${fmtNum(a.events)} events · ${fmtNum(a.mentions)} mentions`)))) : empty("No actor."))),
    h("div", {},
      section("Most active dyads", dyads.length ? h("ol.plain.active-dyads", {}, dyads.map((e) => h("li.row", {},
        link(dyadHref(e.source, e.target), `${e.source} → ${e.target}`), " ", h("span.muted", {}, `${fmtNum(e.events)} events · ${fmtNum(e.cooperation)} coop. · ${fmtNum(e.conflict)} conflict`)))) : empty("No dyad.")),
      h("div", { id: "home-changes" })));
  // Recent changes: ties whose sign differs from the year before the latest year.
  const last = (await api.stats().catch(() => null))?.last_date?.slice(0, 4);
  if (!last || !stillOn(token)) return;
  const changes = await api.network({ from: last, to: last }).catch(() => null);
  if (!stillOn(token)) return;
  const ch = (changes?.edges ?? []).filter((e) => e.changed);
  grid.querySelector("#home-changes")!.append(section(`Recent changes (${last} against ${Number(last) - 1})`, ch.length
    ? h("ul.plain", {}, ch.map((e) => h("li.row", {}, link(dyadHref(e.source, e.target), `${e.source} → ${e.target}`), " ",
      h("span", { class: e.sign < 0 ? "conf" : "coop" }, e.sign < 0 ? "now conflict" : "now cooperation"))))
    : empty("No tie changed sign.")));
}

export async function renderSearch(root: HTMLElement, r: Route): Promise<void> {
  const token = pageToken();
  const q = r.query;
  const page = h("div.page.search");
  const results = h("div.results", { id: "results" });
  page.append(h("h1", {}, "Search"), filterForm(q), results);
  root.append(page);
  const hasQuery = ["q", "actor", "from", "to", "root"].some((k) => (q.get(k) ?? "").trim() !== "");
  if (!hasQuery) {
    try { const s = await api.stats(); if (stillOn(token)) results.append(overview(s)); }
    catch (e) { if (stillOn(token)) results.append(errorBox(e)); return; }
    await home(results, token);
    return;
  }
  const offset = Math.max(0, parseInt(q.get("offset") ?? "0", 10) || 0);
  try {
    const res = await api.search({ q: q.get("q"), actor: q.get("actor"), from: q.get("from"), to: q.get("to"),
      root: q.get("root"), limit: PAGE, offset });
    if (!stillOn(token)) return;
    results.append(h("p.count", {}, `${fmtNum(res.total)} article${res.total === 1 ? "" : "s"}`,
      res.total > PAGE ? ` · ${offset + 1}–${Math.min(res.total, offset + res.hits.length)}` : ""));
    if (!res.hits.length) { results.append(empty("No article matches.")); return; }
    const ol = h("ol.hits", { start: offset + 1 });
    for (const hit of res.hits) {
      const snip = h("p.snippet");
      snip.innerHTML = safeSnippet(hit.snippet);
      ol.append(h("li.row.hit", {},
        h("div.hit-head", {}, link(docHref(hit.id), hit.title || hit.id),
          h("span.meta", {}, [shortDate(hit.published), hit.source].filter(Boolean).join(" · "))),
        snip));
    }
    results.append(ol);
    const pager = h("nav.pager");
    const go = (off: number) => { const p = new URLSearchParams(q); p.set("offset", String(off)); return `/search?${p}`; };
    if (offset > 0) pager.append(link(go(Math.max(0, offset - PAGE)), "← previous"));
    if (offset + PAGE < res.total) pager.append(link(go(offset + PAGE), "next →"));
    results.append(pager);
    const actor = q.get("actor");
    if (actor) results.prepend(h("p.muted", {}, "Filtered by actor ", link(actorHref(actor), actor), "."));
  } catch (e) {
    if ((e as Error).name === "AbortError" || !stillOn(token)) return;
    results.append(errorBox(e));
  }
}
