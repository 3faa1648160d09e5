// Timeline page: dated entries (events and timeline items) across the store or for one actor,
// grouped by month, each linked to its article.
import { api, type TimelineEntry } from "../api";
import { actorHref, docHref, empty, errorBox, fmtNum, h, link, shortDate } from "../dom";
import { navigate, pageToken, stillOn, type Route } from "../router";

export async function renderTimeline(root: HTMLElement, r: Route): Promise<void> {
  const token = pageToken();
  const q = r.query;
  const page = h("div.page.timeline");
  const form = h("form.filters", {},
    h("label.field", {}, h("span", {}, "Actor"), h("input", { name: "actor", value: q.get("actor") ?? "", placeholder: "any", size: "10" })),
    h("label.field", {}, h("span", {}, "From"), h("input", { type: "date", name: "from", value: q.get("from") ?? "" })),
    h("label.field", {}, h("span", {}, "To"), h("input", { type: "date", name: "to", value: q.get("to") ?? "" })),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) p.set(k, String(v).trim());
    navigate(`/timeline?${p}`);
  });
  const list = h("div", { id: "timeline" });
  const actor = q.get("actor");
  page.append(h("div.title-row", {}, h("h1", {}, "Timeline"), actor ? link(actorHref(actor), `actor ${actor}`) : ""), form, list);
  root.append(page);
  let entries: TimelineEntry[];
  try { entries = (await api.timeline({ actor, from: q.get("from"), to: q.get("to"), limit: 1000 })).entries ?? []; }
  catch (e) { if (stillOn(token)) list.append(errorBox(e)); return; }
  if (!stillOn(token)) return;
  if (!entries.length) { list.append(empty("No dated entry.")); return; }
  list.append(h("p.count", {}, `${fmtNum(entries.length)} entries`));
  let month = "", ol: HTMLElement | null = null;
  for (const t of entries) {
    const m = (t.date ?? "").slice(0, 7) || "undated";
    if (m !== month || !ol) {
      month = m;
      ol = h("ol.plain.timeline");
      list.append(h("h3.month", {}, m), ol);
    }
    ol.append(h("li.row", {},
      h("span.date", {}, shortDate(t.date), t.end_date && t.end_date !== t.date ? `–${shortDate(t.end_date)}` : ""), " ",
      t.kind ? h("span.chip", {}, t.kind) : "", " ",
      h("span", {}, t.text), " ", t.doc ? link(docHref(t.doc), "↗") : ""));
  }
}
