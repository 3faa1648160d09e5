// Small DOM helpers for the terminal: element builder, links, number and date formatting.

type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | EventListener | undefined | null>;

/** h("a.link", {href}, children): builds an element; "tag.class1.class2" shorthand. */
export function h<K extends keyof HTMLElementTagNameMap>(spec: K | `${K}.${string}`, attrs: Attrs = {}, ...kids: Child[]): HTMLElementTagNameMap[K] {
  const [tag, ...classes] = spec.split(".");
  const el = document.createElement(tag as K);
  if (classes.length) el.className = classes.join(" ");
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v);
    else if (k === "class") el.className = [el.className, String(v)].filter(Boolean).join(" ");
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  append(el, kids);
  return el;
}

export function append(el: Node, kids: Child[]): void {
  for (const k of kids) {
    if (k === null || k === undefined || k === false) continue;
    if (Array.isArray(k)) append(el, k);
    else el.appendChild(typeof k === "object" ? k : document.createTextNode(String(k)));
  }
}

/** An in-app link (handled by the router, no page reload). */
export function link(href: string, ...kids: Child[]): HTMLAnchorElement {
  return h("a", { href, "data-link": true }, ...kids);
}

export const docHref = (id: string) => `/doc/${encodeURIComponent(id)}`;
export const actorHref = (code: string) => `/actor/${encodeURIComponent(code)}`;
export const dyadHref = (a: string, b: string) => `/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;

export function fmtNum(n: number | undefined | null, digits = 0): string {
  if (n === undefined || n === null || !Number.isFinite(n)) return "–";
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function fmtSigned(n: number | undefined | null, digits = 1): string {
  if (n === undefined || n === null || !Number.isFinite(n)) return "–";
  return (n > 0 ? "+" : n < 0 ? "−" : "") + Math.abs(n).toFixed(digits);
}

export function shortDate(d: string | undefined | null): string {
  return d ? d.slice(0, 10) : "";
}

/** Keep only <mark>…</mark> from a server snippet; any other "<" is shown as text. */
export function safeSnippet(s: string): string {
  return (s ?? "").replace(/<(?!\/?mark>)/g, "&lt;");
}

export const QUAD_NAMES = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
export function quadClass(q: number): string { return `q${q >= 1 && q <= 4 ? q : 0}`; }

/** A titled section block. */
export function section(title: Child, ...kids: Child[]): HTMLElement {
  return h("section.panel", {}, h("h2", {}, title), ...kids);
}

export function empty(msg: string): HTMLElement { return h("p.empty", {}, msg); }

export function errorBox(e: unknown): HTMLElement {
  const msg = e instanceof Error ? e.message : String(e);
  return h("div.error", { role: "alert" }, msg);
}

/** A table from rows; `cols` give header, cell builder and an optional numeric flag. `rowCls` is
 *  given to every body row, also after a re-sort (e.g. "row" for j/k keyboard navigation). */
export interface Col<T> { head: string; cell: (r: T) => Child; num?: boolean; sort?: (r: T) => number | string }
export function table<T>(rows: T[], cols: Col<T>[], cls = "", rowCls = ""): HTMLTableElement {
  const t = h("table.grid", { class: cls });
  const thead = h("thead", {}, h("tr", {}, cols.map((c) => h("th", { class: c.num ? "num" : "" }, c.head))));
  const tbody = h("tbody");
  let sortCol = -1, dir = 1;
  const draw = (list: T[]) => {
    tbody.replaceChildren(...list.map((r) => h("tr", { class: rowCls || undefined }, cols.map((c) => h("td", { class: c.num ? "num" : "" }, c.cell(r))))));
  };
  thead.querySelectorAll("th").forEach((th, i) => {
    const key = cols[i].sort;
    if (!key) return;
    th.classList.add("sortable");
    th.tabIndex = 0;
    const act = () => {
      dir = sortCol === i ? -dir : -1;
      sortCol = i;
      const sorted = [...rows].sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * dir; });
      thead.querySelectorAll("th").forEach((o) => o.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      draw(sorted);
    };
    th.addEventListener("click", act);
    th.addEventListener("keydown", (e) => { if ((e as KeyboardEvent).key === "Enter") act(); });
  });
  draw(rows);
  t.append(thead, tbody);
  return t;
}

/** An event's date with where it comes from: "2014-05-02 · date: publication", "undated". */
export function eventDate(date: string | undefined | null, kind?: string): HTMLElement {
  if (!date || kind === "none") return h("span.date.undated", { title: "no date in the text nor on the article" }, "undated");
  const mark = kind === "publication" || kind === "inherited"
    ? h("span.date-kind", { title: kind === "publication" ? "the article's publication date: the text gives no date for this event" : "a date carried over from an earlier sentence" }, ` · date: ${kind}`)
    : "";
  return h("span.date", {}, shortDate(date), mark);
}

/** The modalities an event can have; "" = the counted events (negated and denied acts left out). */
export const MODALITIES = ["asserted", "reported", "alleged", "denied", "negated", "hypothetical", "planned"];
export function modalitySelect(value: string, id: string): HTMLSelectElement {
  return h("select", { name: "modality", id, "aria-label": "Modality" },
    h("option", { value: "", selected: !value }, "counted (not negated/denied)"),
    MODALITIES.map((m) => h("option", { value: m, selected: m === value }, m)));
}

/** Download links to the export layer (/api/export): the same files as `dyad export`. */
export function exportButtons(what: "events" | "dyads" | "network", params: Record<string, string | undefined | null> = {}): HTMLElement {
  const formats = what === "network" ? ["csv", "jsonl", "graphml"] : ["csv", "jsonl"];
  const href = (format: string) => {
    const q = new URLSearchParams({ what, format });
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    return `/api/export?${q}`;
  };
  return h("span.export", { "data-export": what }, h("span.muted", {}, `export ${what}: `),
    formats.map((f, i) => [i ? " " : "", h("a.button", { href: href(f), download: "", "data-format": f }, f === "jsonl" ? "JSON Lines" : f.toUpperCase())]));
}
