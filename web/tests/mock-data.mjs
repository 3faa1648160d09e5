// Fictional fixture data for the mock API server: a few articles with actor, quote and event
// spans given as UTF-8 byte offsets (computed here from phrases), in the shapes of docs/api.md.

const enc = new TextEncoder();
const bytes = (s) => enc.encode(s).length;

/** Byte span of the n-th occurrence of `phrase` in `text`. */
function span(text, phrase, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) { at = text.indexOf(phrase, at + 1); if (at < 0) throw new Error(`mock: "${phrase}" not in text`); }
  return { start: bytes(text.slice(0, at)), end: bytes(text.slice(0, at + phrase.length)) };
}

const ACTORS = {
  EGY: { name: "Egypt", kind: "country", country: "EGY" },
  EGYGOV: { name: "Egyptian government", kind: "government", country: "EGY" },
  ETH: { name: "Ethiopia", kind: "country", country: "ETH" },
  ETHGOV: { name: "Ethiopian government", kind: "government", country: "ETH" },
  SDN: { name: "Sudan", kind: "country", country: "SDN" },
  IGOAFRAU: { name: "African Union", kind: "organisation", country: "" },
  COL: { name: "Colombia", kind: "country", country: "COL" },
  ESP: { name: "Spain", kind: "country", country: "ESP" },
  ESPGOV: { name: "Spanish government", kind: "government", country: "ESP" },
};

// [id, title, published, text, actors [phrase, code], quotes [phrase, speaker, actor], events [phrase, src, tgt, code, name, quad, goldstein]]
const RAW = [
  ["mock-nile-1", "Egypt and Ethiopia agree to resume Nile dam talks", "2024-01-15",
    "CAIRO — Egypt and Ethiopia agreed on Monday to resume talks on the Nile dam after a pause of more than a year.\n" +
    "“We have chosen the table over the megaphone,” the Egyptian foreign minister, Karim Mansour, told reporters.\n" +
    "Sudan welcomed the decision 🌊 and said it would send a technical delegation.",
    [["Egypt", "EGY"], ["Ethiopia", "ETH"], ["Egyptian foreign minister", "EGYGOV"], ["Sudan", "SDN"]],
    [["We have chosen the table over the megaphone,", "Karim Mansour", "EGYGOV"]],
    [["agreed on Monday to resume talks", "EGY", "ETH", "036", "Express intent to meet or negotiate", 1, 4.0],
     ["Sudan welcomed the decision", "SDN", "EGY", "051", "Praise or endorse", 1, 3.4]]],
  ["mock-nile-2", "Egypt warns Ethiopia over fourth filling of the dam", "2024-07-18",
    "CAIRO — Egypt warned Ethiopia on Thursday against starting the fourth filling of the reservoir without an agreement.\n" +
    "“Ethiopia is filling the dam as if the river had only one bank,” Mansour said in a televised statement.\n" +
    "Ethiopia condemned the move. The African Union urged both sides to return to the talks.",
    [["Egypt", "EGY"], ["Ethiopia", "ETH"], ["Ethiopia", "ETH", 1], ["Ethiopia", "ETH", 2], ["African Union", "IGOAFRAU"]],
    [["Ethiopia is filling the dam as if the river had only one bank,", "Karim Mansour", "EGYGOV"]],
    [["Egypt warned Ethiopia", "EGY", "ETH", "138", "Threaten with military force", 3, -7.0],
     ["Ethiopia condemned the move", "ETH", "EGY", "111", "Criticize or denounce", 3, -2.0],
     ["urged both sides to return to the talks", "IGOAFRAU", "ETH", "024", "Appeal for political reform", 1, 3.0]]],
  ["mock-nile-3", "Egypt and Ethiopia sign framework on drought releases", "2025-02-11",
    "ADDIS ABABA — Egypt and Ethiopia signed a framework agreement on Tuesday on water releases during droughts.\n" +
    "“Today the river has two banks again,” Mansour said at the African Union headquarters.\n" +
    "Ethiopia pledged to share reservoir data with Egypt and Sudan every day.",
    [["Egypt", "EGY"], ["Ethiopia", "ETH"], ["African Union", "IGOAFRAU"], ["Ethiopia", "ETH", 1], ["Egypt", "EGY", 1], ["Sudan", "SDN"]],
    [["Today the river has two banks again,", "Karim Mansour", "EGYGOV"]],
    [["signed a framework agreement", "EGY", "ETH", "057", "Sign formal agreement", 2, 8.0],
     ["pledged to share reservoir data", "ETH", "SDN", "033", "Express intent to provide material aid", 1, 5.2]]],
  ["mock-bogota", "Spain’s foreign minister visits Bogotá", "2024-11-05",
    "BOGOTÁ — Spain’s foreign minister, José Ramón Ibáñez, arrived in Bogotá on Tuesday for two days of talks on trade.\n" +
    "“Colombia is a partner, not a client,” Ibáñez said, promising €40 million in aid.",
    [["Spain", "ESP"], ["José Ramón Ibáñez", "ESPGOV"], ["Colombia", "COL"]],
    [["Colombia is a partner, not a client,", "José Ramón Ibáñez", "ESPGOV"]],
    [["arrived in Bogotá on Tuesday", "ESP", "COL", "042", "Make a visit", 1, 1.9],
     ["promising €40 million in aid", "ESP", "COL", "033", "Express intent to provide material aid", 1, 5.2]]],
];

export const docs = RAW.map(([id, title, published, text, actors, quotes, events], di) => ({
  document: { id, title, authors: ["Mock Desk"], published, source: "Mock Wire", dateline: text.split(" — ")[0],
    url: `https://mock.example/${id}`, word_count: text.split(/\s+/).length, language: "en", duplicate_of: "", text },
  boilerplate: [{ kind: "trailer", text: "© Mock Wire. All rights reserved." }, { kind: "promo", text: "Sign up for the morning briefing." }],
  actors: actors.map(([p, code, n]) => ({ ...span(text, p, n ?? 0), code, name: ACTORS[code].name, kind: ACTORS[code].kind })),
  quotes: quotes.map(([p, speaker, actor]) => ({ ...span(text, p), text: p.replace(/,$/, ""), speaker, speaker_actor: actor, kind: "direct" })),
  events: events.map(([p, source, target, code, name, quad, goldstein], i) => ({ id: di * 100 + i, ...span(text, p), source, target, code, name,
    quad, goldstein, date: published, modality: "asserted", text: text.split("\n").find((l) => l.includes(p)) })),
  timex: [{ ...span(text, text.match(/Monday|Tuesday|Thursday/)[0]), type: "DATE", value: published }],
}));

export const actors = ACTORS;
