// Keyboard use of the terminal: "/" search, j/k through rows, Enter opens, "g" + letter jumps to a page.
import { navigate } from "./router";

const JUMPS: Record<string, string> = { s: "/search", a: "/actors", n: "/network", t: "/timeline", h: "/" };

function typing(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
}

function moveRow(step: number): void {
  const rows = [...document.querySelectorAll<HTMLElement>("#app .row")].filter((r) => r.offsetParent !== null);
  if (!rows.length) return;
  const at = rows.findIndex((r) => r === document.activeElement || r.contains(document.activeElement));
  const next = rows[Math.max(0, Math.min(rows.length - 1, at < 0 ? (step > 0 ? 0 : rows.length - 1) : at + step))];
  const target = next.matches("a,button,[tabindex]") ? next : next.querySelector<HTMLElement>("a,button") ?? next;
  if (!target.matches("a,button,[tabindex]")) next.tabIndex = -1;
  target.focus();
  target.scrollIntoView({ block: "nearest" });
}

export function installKeys(): void {
  let g = false;
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (typing(e.target)) {
      if (e.key === "Escape") (e.target as HTMLElement).blur();
      return;
    }
    if (g) {
      g = false;
      const to = JUMPS[e.key];
      if (to) { e.preventDefault(); navigate(to); }
      return;
    }
    switch (e.key) {
      case "/": e.preventDefault(); document.getElementById("hq")?.focus(); break;
      case "j": e.preventDefault(); moveRow(1); break;
      case "k": e.preventDefault(); moveRow(-1); break;
      case "g": g = true; break;
      case "Backspace": e.preventDefault(); history.back(); break;
    }
  });
}
