// Document view: the clean text with actor mentions, quotes, events and time expressions
// highlighted from their UTF-8 byte offsets; metadata, side lists, boilerplate greyed, related articles.
import { api, type ActorMention, type DocEvent, type DocumentView, type Quote, type Timex } from "../api";
import { actorHref, docHref, dyadHref, empty, errorBox, eventDate, fmtNum, fmtSigned, h, link, QUAD_NAMES, quadClass, section, shortDate } from "../dom";
import { segments, toIndexSpans, type Span } from "../offsets";
import { pageToken, setTitle, stillOn, type Route } from "../router";

type Mark =
  | { kind: "actor"; i: number; a: ActorMention }
  | { kind: "speaker"; i: number; q: Quote }
  | { kind: "quote"; i: number; q: Quote }
  | { kind: "event"; i: number; e: DocEvent }
  | { kind: "subject" | "verb" | "object"; i: number; e: DocEvent }
  | { kind: "timex"; i: number; t: Timex };

function describe(m: Mark): string {
  switch (m.kind) {
    case "actor": return `${m.a.code} · ${m.a.name}${m.a.kind ? ` (${m.a.kind})` : ""}`;
    case "quote": return `${quoteType(m.q)} quote · ${m.q.speaker || "unattributed"}${m.q.speaker_actor ? ` [${m.q.speaker_actor}]` : ""}`;
    case "speaker": return `Speaker of quote ${m.i + 1}: ${m.q.speaker}`;
    case "event": return `Event ${m.e.code} ${m.e.name} · ${m.e.source || "?"} → ${m.e.target || "?"} · Goldstein ${fmtSigned(m.e.goldstein)}`;
    case "timex": return `${m.t.type} ${m.t.value}`;
    case "subject": return `Subject of event ${m.e.code}: ${m.e.source || "?"}`;
    case "verb": return `Verb of event ${m.e.code} ${m.e.name}`;
    case "object": return `Object of event ${m.e.code}: ${m.e.target || "?"}`;
  }
}

/** The subject, verb and object spans of an event, where the coder recorded them. */
function roles(e: DocEvent): ["subject" | "verb" | "object", number, number][] {
  const out: ["subject" | "verb" | "object", number, number][] = [];
  const add = (k: "subject" | "verb" | "object", a?: number | null, z?: number | null) => {
    if (typeof a === "number" && typeof z === "number" && z > a) out.push([k, a, z]);
  };
  add("subject", e.source_start, e.source_end);
  add("verb", e.verb_start, e.verb_end);
  add("object", e.target_start, e.target_end);
  return out;
}

/** The quote's kind: direct, mixed or indirect (older servers give only `kind`). */
export function quoteType(q: Quote): string { return q.type || q.kind || "direct"; }
/** Quote text as shown: indirect speech is reported, not quoted (no quotation marks). */
function quoteText(q: Quote, max = 0): string {
  const t = max && (q.text ?? "").length > max ? q.text.slice(0, max) + "…" : q.text ?? "";
  return quoteType(q) === "indirect" ? t : `“${t}”`;
}

/** Each event's own colour (CSS variable of its quad; neutral events grey). */
const QUAD_VARS = ["var(--q0)", "var(--q1)", "var(--q2)", "var(--q3)", "var(--q4)"];

/** Builds the highlighted body; each piece of a mark carries data-<kind>=<index> and data-<kind>s="i j". */
function body(v: DocumentView, show: Record<string, boolean>, onPick: (m: Mark[]) => void): HTMLElement {
  const text = v.document.text ?? "";
  const marks: { start: number; end: number; data: Mark }[] = [];
  if (show.actor) v.actors.forEach((a, i) => marks.push({ start: a.start, end: a.end, data: { kind: "actor", i, a } }));
  if (show.quote) v.quotes.forEach((q, i) => {
    marks.push({ start: q.start, end: q.end, data: { kind: "quote", i, q } });
    if (typeof q.speaker_start === "number" && typeof q.speaker_end === "number" && q.speaker_end > q.speaker_start)
      marks.push({ start: q.speaker_start, end: q.speaker_end, data: { kind: "speaker", i, q } });
  });
  if (show.event) v.events.forEach((e, i) => {
    marks.push({ start: e.start, end: e.end, data: { kind: "event", i, e } });
    for (const [kind, start, end] of roles(e)) marks.push({ start, end, data: { kind, i, e } });
  });
  if (show.timex) v.timex.forEach((t, i) => marks.push({ start: t.start, end: t.end, data: { kind: "timex", i, t } }));
  const spans: Span<Mark>[] = toIndexSpans(text, marks);
  const out = h("div.doc-text", { id: "doc-text" });
  // Paragraphs are lines of the clean text; build each as a <p> of segments.
  let para = h("p");
  const flush = () => { out.append(para); para = h("p"); };
  for (const seg of segments(text.length, spans)) {
    const chunk = text.slice(seg.start, seg.end);
    const lines = chunk.split("\n");
    lines.forEach((line, li) => {
      if (li > 0) flush();
      if (!line) return;
      if (!seg.spans.length) { para.append(line); return; }
      const el = h("span.hl");
      el.textContent = line;
      const titles: string[] = [];
      const lists: Record<string, number[]> = {};
      const shadows: string[] = [];
      // Events in source order, each drawn in its own quad's colour as one underline band.
      for (const s of [...seg.spans].sort((a, b) => a.data.i - b.data.i)) {
        const m = s.data;
        el.classList.add(`hl-${m.kind}`);
        if (m.kind === "event") {
          el.classList.add(quadClass(m.e.quad));
          shadows.push(`inset 0 -${2 * (shadows.length + 1)}px 0 ${QUAD_VARS[m.e.quad >= 1 && m.e.quad <= 4 ? m.e.quad : 0]}`);
        }
        if (m.kind === "quote" && quoteType(m.q) === "indirect") el.classList.add("indirect");
        if (!(m.kind in lists)) el.dataset[m.kind] = String(m.i);
        (lists[m.kind] ??= []).push(m.i);
        titles.push(describe(m));
      }
      for (const [k, l] of Object.entries(lists)) el.setAttribute(`data-${k}s`, l.join(" "));
      if (shadows.length) el.style.boxShadow = shadows.join(", ");
      el.title = titles.join("\n");
      // A click shows every mark covering the piece, innermost (shortest) first.
      const covering = [...seg.spans].sort((a, b) => (a.end - a.start) - (b.end - b.start)).map((s) => s.data);
      el.addEventListener("click", () => onPick(covering));
      para.append(el);
    });
  }
  flush();
  if (!text) out.append(empty("This document has no clean text."));
  return out;
}

function detail(marks: Mark[]): HTMLElement {
  const box = h("div.detail", { id: "detail" });
  if (!marks.length) box.append(h("p.muted", {}, "Click a highlight for details."));
  for (const m of marks) box.append(detailOne(m));
  return box;
}

function detailOne(m: Mark): HTMLElement {
  const box = h("div.detail-item");
  switch (m.kind) {
    case "actor":
      box.append(h("b", {}, m.a.name || m.a.code), " ", link(actorHref(m.a.code), m.a.code), h("div.muted", {}, m.a.kind));
      break;
    case "quote":
    case "speaker":
      box.append(h("blockquote", { class: quoteType(m.q) === "indirect" ? "indirect" : "" }, m.q.text), h("div", {}, "— ", m.q.speaker_actor ? link(actorHref(m.q.speaker_actor), m.q.speaker || m.q.speaker_actor) : (m.q.speaker || "unattributed"),
        h("span.muted", {}, ` (${quoteType(m.q)}${m.q.verb ? `, ${m.q.verb}` : ""})`)));
      break;
    case "event":
      box.append(h("div", {}, h("b", {}, `${m.e.code} ${m.e.name}`), " ", h("span", { class: `chip ${quadClass(m.e.quad)}` }, QUAD_NAMES[m.e.quad] ?? "")),
        h("div", {}, m.e.source ? link(actorHref(m.e.source), m.e.source) : "?", " → ", m.e.target ? link(actorHref(m.e.target), m.e.target) : "?",
          m.e.source && m.e.target ? [" · ", link(dyadHref(m.e.source, m.e.target), "dyad")] : ""),
        h("div.muted", {}, `Goldstein ${fmtSigned(m.e.goldstein)} · `, eventDate(m.e.date, m.e.date_kind), m.e.modality ? ` · ${m.e.modality}` : ""));
      break;
    case "timex":
      box.append(h("b", {}, m.t.value), h("div.muted", {}, m.t.type));
      break;
    case "subject":
    case "verb":
    case "object":
      box.append(h("div.muted", {}, describe(m)));
      break;
  }
  return box;
}

function meta(v: DocumentView): HTMLElement {
  const d = v.document;
  const authors = Array.isArray(d.authors) ? d.authors.join(", ") : d.authors;
  const bits: (string | Node)[] = [];
  if (d.dateline) bits.push(d.dateline);
  if (d.published) bits.push(shortDate(d.published));
  if (d.source) bits.push(d.source);
  if (authors) bits.push(`by ${authors}`);
  if (d.word_count) bits.push(`${fmtNum(d.word_count)} words`);
  if (d.language) bits.push(d.language);
  const url = d.url && /^https?:\/\//i.test(d.url)
    ? h("a.url", { href: d.url, target: "_blank", rel: "noopener noreferrer" }, d.url) : d.url ? h("span.url", {}, d.url) : "";
  const merged = d.merged && typeof d.merged === "object"
    ? Object.entries(d.merged).filter(([, x]) => x !== null && x !== "" && !(Array.isArray(x) && !x.length)) : [];
  return h("div.meta-line", {}, bits.flatMap((b, i) => (i ? [" · ", b] : [b])),
    url ? [" · ", url] : "",
    merged.length ? h("div.merged", { id: "merged" }, h("span.muted", {}, "Merged from duplicate copies: "),
      merged.map(([k, x], i) => [i ? " · " : "", h("b", {}, k), " ", Array.isArray(x) ? x.join(", ") : String(x)])) : "",
    d.duplicate_of ? h("div.dup", {}, "Duplicate of ", link(docHref(d.duplicate_of), d.duplicate_of)) : "");
}

export async function renderDocument(root: HTMLElement, r: Route): Promise<void> {
  const token = pageToken();
  const page = h("div.page.document");
  root.append(page);
  let v: DocumentView;
  try { v = await api.document(r.params.id); }
  catch (e) { if (stillOn(token)) page.append(h("h1", {}, r.params.id), errorBox(e)); return; }
  if (!stillOn(token)) return;
  setTitle(v.document.title || v.document.id);
  v.actors ??= []; v.quotes ??= []; v.events ??= []; v.timex ??= []; v.related ??= []; v.boilerplate ??= [];

  const show: Record<string, boolean> = { actor: true, quote: true, event: true, timex: false };
  const detailSlot = h("div");
  const pick = (m: Mark[]) => detailSlot.replaceChildren(detail(m));
  const textSlot = h("div");
  const redraw = () => textSlot.replaceChildren(body(v, show, pick));
  const toggle = (k: string, label: string, n: number) => {
    const cb = h("input", { type: "checkbox", checked: show[k] });
    cb.addEventListener("change", () => { show[k] = cb.checked; redraw(); });
    return h("label", { class: `toggle t-${k}` }, cb, ` ${label} `, h("span.muted", {}, String(n)));
  };
  redraw();
  detailSlot.append(detail([]));

  // Side lists.
  // Coded actors by code; uncoded mentions (places, unknown names) each under their own text.
  const text = v.document.text ?? "";
  const bytes = new TextEncoder().encode(text);
  const surface = (a: ActorMention) => new TextDecoder().decode(bytes.subarray(a.start, a.end)).replace(/\s+/g, " ").trim();
  const byCode = new Map<string, { a: ActorMention; label: string; n: number }>();
  for (const a of v.actors) {
    const label = a.code ? a.name : (surface(a) || a.name);
    const key = a.code ? `code:${a.code}` : `text:${label.toLowerCase()}`;
    const x = byCode.get(key); if (x) x.n++; else byCode.set(key, { a, label, n: 1 });
  }
  const actorList = h("ul.plain", { id: "doc-actors" }, [...byCode.values()].sort((x, y) => y.n - x.n).map(({ a, label, n }) =>
    h("li.row", {}, a.code ? [link(actorHref(a.code), a.code), " "] : h("span.muted", {}, "uncoded "), h("span", {}, label), " ", h("span.muted", {}, `×${n}`))));
  /** Scrolls to a mark's first piece and flashes every piece of it (events sharing a sentence too). */
  const scrollTo = (kind: string, i: number) => {
    const els = [...textSlot.querySelectorAll<HTMLElement>(`[data-${kind}s~="${i}"]`)];
    if (!els.length) return;
    els[0].scrollIntoView({ block: "center", behavior: "smooth" });
    for (const el of els) { el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash"); }
    textSlot.dataset.flashed = `${kind}:${i}`;
    // An event's subject, verb and object stand out while it is selected.
    for (const el of textSlot.querySelectorAll<HTMLElement>(".role-on")) el.classList.remove("role-on");
    if (kind === "event")
      for (const role of ["subject", "verb", "object"])
        for (const el of textSlot.querySelectorAll<HTMLElement>(`[data-${role}s~="${i}"]`)) el.classList.add("role-on", `role-${role}`);
    setTimeout(() => els.forEach((el) => el.classList.remove("flash")), 1200);
  };
  const quoteList = h("ul.plain.quotes", {}, v.quotes.map((q, i) => h("li.row", { "data-quote-item": String(i) },
    h("span", { class: `qtype ${quoteType(q)}` }, quoteType(q)), " ",
    h("a", { href: "#", class: quoteType(q) === "indirect" ? "indirect" : "", onclick: ((e: Event) => { e.preventDefault(); scrollTo("quote", i); pick([{ kind: "quote", i, q }]); }) as EventListener },
      quoteText(q, 140)),
    h("div.muted", {}, "— ", q.speaker_actor ? link(actorHref(q.speaker_actor), q.speaker || q.speaker_actor) : (q.speaker || "unattributed"), q.verb ? ` (${q.verb})` : ""))));
  const eventList = h("ul.plain.events", {}, v.events.map((e, i) => h("li.row", { "data-event-item": String(i) },
    h("span", { class: `chip ${quadClass(e.quad)}` }, e.code), " ",
    h("a", { href: "#", onclick: ((ev: Event) => { ev.preventDefault(); scrollTo("event", i); pick([{ kind: "event", i, e }]); }) as EventListener }, e.name || e.code),
    " ", h("span.muted", {}, `${e.source || "?"} → ${e.target || "?"}`),
    e.source && e.target ? [" ", link(dyadHref(e.source, e.target), "dyad")] : "",
    h("div.muted.event-facts", {}, eventDate(e.date, e.date_kind), ` · Goldstein ${fmtSigned(e.goldstein)}`,
      e.modality ? [" · ", h("span", { class: `modality m-${e.modality}` }, e.modality)] : ""))));
  const legend = h("div.legend", { id: "doc-legend" },
    [1, 2, 3, 4, 0].map((q) => h("span", { class: `legend-item ${quadClass(q)}` }, h("i", { class: `swatch ${quadClass(q)}` }), q ? QUAD_NAMES[q] : "neutral")),
    h("span.legend-item", {}, h("i.swatch.actor"), "actor"), h("span.legend-item", {}, h("i.swatch.quote"), "quote"),
    h("span.legend-item", {}, h("i.swatch.speaker"), "speaker"), h("span.legend-item", {}, h("i.swatch.timex"), "date"),
    h("span.legend-item", {}, h("span.hl-subject", {}, "subject")), h("span.legend-item", {}, h("span.hl-verb", {}, "verb")),
    h("span.legend-item", {}, h("span.hl-object", {}, "object")));
  const related = v.related.length ? h("ul.plain.related", {}, v.related.map((rel) => h("li.row", {},
    link(docHref(rel.id), rel.title || rel.id), h("div.muted", {}, [shortDate(rel.published), rel.shared?.length ? `shares ${rel.shared.slice(0, 6).join(", ")}` : ""].filter(Boolean).join(" · ")))))
    : empty("No related article.");
  const boiler = v.boilerplate.length ? h("div.boilerplate", { id: "boilerplate" }, v.boilerplate.map((b) =>
    h("p", {}, h("span.bp-kind", {}, b.kind), " ", b.text))) : empty("Nothing removed.");

  page.append(
    h("div.doc-layout", {},
      h("article.doc-main", {},
        h("h1", {}, v.document.title || v.document.id), meta(v),
        h("div.toggles", {}, toggle("actor", "actors", v.actors.length), toggle("quote", "quotes", v.quotes.length),
          toggle("event", "events", v.events.length), toggle("timex", "dates", v.timex.length)),
        legend,
        textSlot,
        section("Removed as boilerplate", boiler)),
      h("aside.doc-side", {},
        section("Selection", detailSlot),
        section(`Actors (${byCode.size})`, byCode.size ? actorList : empty("No actor found.")),
        section(`Quotes (${v.quotes.length})`, v.quotes.length ? quoteList : empty("No quote.")),
        section(`Events (${v.events.length})`, v.events.length ? eventList : empty("No event coded.")),
        section("Related articles", related))));
}
