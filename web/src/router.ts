// Client-side routes of the terminal (History API): path patterns -> page renderers.

export interface Route { params: Record<string, string>; query: URLSearchParams; path: string }
export type Render = (root: HTMLElement, route: Route) => void | Promise<void>;

interface Entry { re: RegExp; keys: string[]; render: Render }
const table: Entry[] = [];
let fallback: Render = () => {};
let current = 0;

export function route(pattern: string, render: Render): void {
  const keys: string[] = [];
  const re = new RegExp("^" + pattern.replace(/:(\w+)/g, (_m, k) => { keys.push(k); return "([^/]+)"; }) + "/?$");
  table.push({ re, keys, render });
}
export function notFound(render: Render): void { fallback = render; }

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

export async function dispatch(): Promise<void> {
  const token = ++current;
  const root = document.getElementById("app")!;
  root.replaceChildren();
  const path = location.pathname;
  const query = new URLSearchParams(location.search);
  for (const e of table) {
    const m = e.re.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    e.keys.forEach((k, i) => { params[k] = decodeURIComponent(m[i + 1]); });
    await e.render(root, { params, query, path });
    if (token === current) window.scrollTo(0, 0);
    return;
  }
  await fallback(root, { params: {}, query, path });
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
