// Entry point of the Dyad web terminal: styles, routes, header search and keyboard handling.
import "./style.css";
import { api } from "./api";
import { fmtNum, h } from "./dom";
import { installKeys } from "./keys";
import { navigate, notFound, onNavigate, route, start } from "./router";
import { renderSearch } from "./pages/search";
import { renderDocument } from "./pages/document";
import { renderActor } from "./pages/actor";
import { renderActors } from "./pages/actors";
import { renderDyad } from "./pages/dyad";
import { renderNetwork } from "./pages/network";
import { renderTimeline } from "./pages/timeline";
import { renderSimulate } from "./pages/simulate";

// Titles shown until the page has loaded its data (the document and actor pages then name it).
route("/", renderSearch, "Search");
route("/search", renderSearch, "Search");
route("/doc/:id", renderDocument, (r) => r.params.id);
route("/actors", renderActors, "Actors");
route("/actor/:code", renderActor, (r) => r.params.code);
route("/dyad/:source/:target", renderDyad, (r) => `${r.params.source} → ${r.params.target}`);
route("/network", renderNetwork, "Network");
route("/timeline", renderTimeline, "Timeline");
route("/simulate", renderSimulate, "Simulation");
notFound((root, r) => {
  root.append(h("div.page", {}, h("h1", {}, "Not found"), h("p", {}, `No page at ${r.path}.`)));
}, "Not found");

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
// The header box shows the query of a search page (/ and /search render it) and is empty elsewhere.
onNavigate((r) => { input.value = /^\/(search\/?)?$/.test(r.path) ? r.query.get("q") ?? "" : ""; });

api.stats().then((s) => {
  const status = document.getElementById("status")!;
  status.textContent = `${fmtNum(s.documents)} docs · ${fmtNum(s.actors)} actors · ${fmtNum(s.events)} events` +
    (s.first_date ? ` · ${s.first_date.slice(0, 10)} – ${(s.last_date ?? "").slice(0, 10)}` : "");
}).catch(() => { /* the status line is optional */ });

installKeys();
start();
