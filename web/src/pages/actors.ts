// Actors page: every actor the store knows (the busiest 1,000 by mentions + events), filtered by
// a code prefix or name substring (?q=, asked of /api/actors as one types) and by kind (?kind=, on
// the loaded list); a sortable table linking each actor to its page and to its articles.
import { api, type ActorSummary } from "../api";
import { actorHref, empty, errorBox, fmtNum, h, link, table } from "../dom";
import { pageToken, setQuery, stillOn, type Route } from "../router";

const LIMIT = 1000;
const DEBOUNCE_MS = 200;

export async function renderActors(root: HTMLElement, r: Route): Promise<void> {
  const token = pageToken();
  let kind = r.query.get("kind") ?? "";
  const text = h("input", { id: "actors-q", name: "q", type: "search", value: r.query.get("q") ?? "",
    placeholder: "code prefix or name", size: "24", "aria-label": "Filter actors by code or name" });
  const kindSel = h("select", { id: "actors-kind", name: "kind", "aria-label": "Filter actors by kind" });
  const form = h("form.filters", { "aria-label": "Actor filters", autocomplete: "off" },
    h("label.field", {}, h("span", {}, "Code or name"), text),
    h("label.field", {}, h("span", {}, "Kind"), kindSel));
  const results = h("div.results", { id: "actors" });
  const page = h("div.page.actors");
  page.append(h("div.title-row", {}, h("h1", {}, "Actors"),
    h("span.meta", {}, "ordered by mentions + events · click a column to sort")), form, results);
  root.append(page);

  let actors: ActorSummary[] = [];
  let loaded = false;

  /** Keeps the filters in the URL without re-rendering the page (the text box keeps its focus). */
  const remember = () => {
    const p = new URLSearchParams();
    if (text.value.trim()) p.set("q", text.value.trim());
    if (kind) p.set("kind", kind);
    setQuery(p);
  };

  const fillKinds = () => {
    const kinds = [...new Set(actors.map((a) => a.kind).filter(Boolean))].sort();
    if (kind && !kinds.includes(kind)) kinds.push(kind);  // keep the chosen kind even when none is listed now
    kindSel.replaceChildren(h("option", { value: "" }, "any kind"),
      ...kinds.map((k) => h("option", { value: k, selected: k === kind }, k)));
    kindSel.value = kind;
  };

  const draw = () => {
    if (!loaded) return;
    const shown = kind ? actors.filter((a) => a.kind === kind) : actors;
    const count = h("p.count", { id: "actors-count" }, `${fmtNum(shown.length)} actor${shown.length === 1 ? "" : "s"}`,
      kind ? ` of kind ${kind} (of ${fmtNum(actors.length)})` : "",
      actors.length >= LIMIT ? ` · the busiest ${fmtNum(LIMIT)} only: narrow the filter to see others` : "");
    if (!shown.length) {
      const q = text.value.trim();
      results.replaceChildren(count, empty(q || kind ? "No actor matches." : "The store holds no actor."));
      return;
    }
    results.replaceChildren(count, table(shown, [
      { head: "Code", cell: (a) => link(actorHref(a.code), h("span.code", {}, a.code)), sort: (a) => a.code },
      { head: "Name", cell: (a) => a.name, sort: (a) => a.name.toLowerCase() },
      { head: "Kind", cell: (a) => a.kind, sort: (a) => a.kind },
      { head: "Country", cell: (a) => a.country, sort: (a) => a.country },
      { head: "Mentions", cell: (a) => fmtNum(a.mentions), num: true, sort: (a) => a.mentions },
      { head: "Events", cell: (a) => fmtNum(a.events), num: true, sort: (a) => a.events },
      { head: "Articles", cell: (a) => link(`/search?actor=${encodeURIComponent(a.code)}`, "articles") },
    ], "actors", "row"));
  };

  let seq = 0;
  const load = async () => {
    const mine = ++seq;
    try {
      const res = await api.actors({ q: text.value.trim(), limit: LIMIT });
      if (!stillOn(token) || mine !== seq) return;
      actors = res.actors ?? [];
      loaded = true;
      fillKinds();
      draw();
    } catch (e) {
      // A newer request (typing on) aborts the older one: that is not an error to show.
      if ((e as Error).name === "AbortError" || !stillOn(token) || mine !== seq) return;
      loaded = false;
      results.replaceChildren(errorBox(e));
    }
  };

  let timer = 0;
  text.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => { if (!stillOn(token)) return; remember(); void load(); }, DEBOUNCE_MS);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    remember();
    void load();
  });
  kindSel.addEventListener("change", () => {
    kind = kindSel.value;
    remember();
    draw();
  });

  fillKinds();
  await load();
}
