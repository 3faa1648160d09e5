// Client-side routes of the terminal (History API): path patterns -> page renderers.

export interface Route { params: Record<string, string>; query: URLSearchParams; path: string }
export type Render = (root: HTMLElement, route: Route) => void | Promise<void>;
/** A page's title (without the " — Dyad" suffix), fixed or from the route's parameters. */
export type Title = string | ((route: Route) => string);

interface Entry { re: RegExp; keys: string[]; render: Render; title: Title }
const table: Entry[] = [];
let fallback: Entry = { re: /^/, keys: [], render: () => {}, title: "" };
const listeners: ((route: Route) => void)[] = [];
let current = 0;

/** `title` is set on every navigation to the page; the page may refine it with setTitle once loaded. */
export function route(pattern: string, render: Render, title: Title = ""): void {
  const keys: string[] = [];
  const re = new RegExp("^" + pattern.replace(/:(\w+)/g, (_m, k) => { keys.push(k); return "([^/]+)"; }) + "/?$");
  table.push({ re, keys, render, title });
}
export function notFound(render: Render, title: Title = ""): void { fallback = { ...fallback, render, title }; }

/** Calls `fn` on every navigation (navigate(), back/forward, first load) before the page renders. */
export function onNavigate(fn: (route: Route) => void): void { listeners.push(fn); }

/** The tab title: "name — Dyad", or "Dyad" alone for an empty name. */
export function setTitle(name: string): void {
  document.title = name.trim() ? `${name.trim()} — Dyad` : "Dyad";
}

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  void dispatch();
}

/** Replaces the query string of the current page without re-rendering it. */
export function setQuery(params: URLSearchParams): void {
  const s = params.toString();
  history.replaceState(null, "", location.pathname + (s ? `?${s}` : ""));
}

/** True while `token` is still the page being shown (guards late async responses). */
export function stillOn(token: number): boolean { return token === current; }
export function pageToken(): number { return current; }

/** decodeURIComponent that never throws: a malformed escape (`%E0%A4%A`) is kept as typed. */
export function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

export async function dispatch(): Promise<void> {
  const token = ++current;
  const root = document.getElementById("app")!;
  root.replaceChildren();
  const path = location.pathname;
  const query = new URLSearchParams(location.search);
  let entry = fallback;
  const params: Record<string, string> = {};
  for (const e of table) {
    const m = e.re.exec(path);
    if (!m) continue;
    e.keys.forEach((k, i) => { params[k] = safeDecode(m[i + 1]); });
    entry = e;
    break;
  }
  const r: Route = { params, query, path };
  setTitle(typeof entry.title === "function" ? entry.title(r) : entry.title);
  for (const fn of listeners) fn(r);
  await entry.render(root, r);
  if (token === current && entry !== fallback) window.scrollTo(0, 0);
}

export function start(): void {
  document.addEventListener("click", (ev) => {
    const a = (ev.target as Element | null)?.closest?.("a[data-link]") as HTMLAnchorElement | null;
    if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    if (a.origin !== location.origin) return;
    ev.preventDefault();
    navigate(a.pathname + a.search);
  });
  window.addEventListener("popstate", () => void dispatch());
  void dispatch();
}
