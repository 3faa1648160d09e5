// Entry point of the Dyad web terminal: styles, routes, header search and keyboard handling.
import "./style.css";
import { api } from "./api";
import { fmtNum, h } from "./dom";
import { installKeys } from "./keys";
import { navigate, notFound, route, start } from "./router";
import { renderSearch } from "./pages/search";
import { renderDocument } from "./pages/document";
import { renderActor } from "./pages/actor";
import { renderActors } from "./pages/actors";
import { renderDyad } from "./pages/dyad";
import { renderNetwork } from "./pages/network";
import { renderTimeline } from "./pages/timeline";

route("/", renderSearch);
route("/search", renderSearch);
route("/doc/:id", renderDocument);
route("/actors", renderActors);
route("/actor/:code", renderActor);
route("/dyad/:source/:target", renderDyad);
route("/network", renderNetwork);
route("/timeline", renderTimeline);
notFound((root, r) => {
  root.append(h("div.page", {}, h("h1", {}, "Not found"), h("p", {}, `No page at ${r.path}.`)));
});

const form = document.getElementById("hsearch") as HTMLFormElement;
const input = document.getElementById("hq") as HTMLInputElement;
form.addEventListener("submit", (e) => {
  e.preventDefault();
  const q = input.value.trim();
  const params = new URLSearchParams(location.pathname === "/search" ? location.search : "");
  params.set("q", q);
  params.delete("offset");
  navigate(`/search?${params}`);
});
window.addEventListener("popstate", () => { input.value = new URLSearchParams(location.search).get("q") ?? ""; });
input.value = new URLSearchParams(location.search).get("q") ?? "";

api.stats().then((s) => {
  const status = document.getElementById("status")!;
  status.textContent = `${fmtNum(s.documents)} docs · ${fmtNum(s.actors)} actors · ${fmtNum(s.events)} events` +
    (s.first_date ? ` · ${s.first_date.slice(0, 10)} – ${(s.last_date ?? "").slice(0, 10)}` : "");
}).catch(() => { /* the status line is optional */ });

installKeys();
start();
