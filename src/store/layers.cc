// Writing a document's analysis layers (actor mentions, quotes, events, time
// expressions, timeline) into the version-2 tables; a document's old rows are
// replaced. Triggers in schema.h keep the actor counts and dyad_days current.
#include "model/model.h"
#include "store/actor_names.h"
#include "store/statement.h"
#include "store/store.h"

namespace dyad::store {

namespace {

enum LayerStatement {
  kRowid = 16, kDelMentions, kDelQuotes, kDelEvents, kDelTimex, kDelTimeline, kInsMention, kInsQuote,
  kInsEvent, kInsTimex, kInsTimeline, kHasLayers
};

}  // namespace

bool Store::has_layers(const std::string& id) const {
  Statement& st = cached(kHasLayers,
                         "SELECT EXISTS(SELECT 1 FROM mentions WHERE doc = d.rowid) OR "
                         "EXISTS(SELECT 1 FROM timex WHERE doc = d.rowid) OR "
                         "EXISTS(SELECT 1 FROM events WHERE doc = d.rowid) FROM documents d WHERE d.id = ?");
  st.bind(1, id);
  bool has = st.step() && st.integer(0) != 0;
  st.reset();
  return has;
}

bool Store::put_layers(const Document& d) {
  long long doc = 0;
  {
    Statement& st = cached(kRowid, "SELECT rowid FROM documents WHERE id = ?");
    st.bind(1, d.id);
    if (!st.step()) {
      st.reset();
      return false;
    }
    doc = st.integer(0);
    st.reset();
  }
  write_layers(doc, d, false);
  return true;
}

void Store::write_layers(long long doc, const Document& d, bool fresh) {
  const char* deletes[] = {"DELETE FROM mentions WHERE doc = ?", "DELETE FROM quotes WHERE doc = ?",
                           "DELETE FROM events WHERE doc = ?", "DELETE FROM timex WHERE doc = ?",
                           "DELETE FROM timeline WHERE doc = ?"};
  for (int i = 0; i < 5 && !fresh; ++i) {
    Statement& st = cached(kDelMentions + i, deletes[i]);
    st.bind(1, doc);
    st.step();
    st.reset();
  }
  for (const auto& m : d.actors) {
    Statement& st = cached(kInsMention,
                           "INSERT INTO mentions (doc, start, end, code, root, name, kind, country, role) "
                           "VALUES (?,?,?,?,?,?,?,?,?)");
    st.bind(1, doc).bind(2, static_cast<long long>(m.start)).bind(3, static_cast<long long>(m.end));
    st.bind(4, m.code).bind(5, model::rollup_code(m.code)).bind(6, m.name).bind(7, m.kind_word());
    st.bind(8, m.country).bind(9, m.role);
    st.step();
    st.reset();
  }
  for (const auto& q : d.quotes) {
    Statement& st = cached(kInsQuote,
                           "INSERT INTO quotes (doc, start, end, speaker, speaker_actor, speaker_root, "
                           "speaker_kind, kind, attribution, type, speaker_start, speaker_end, verb) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    // The quote's text is the document's bytes [start, end) (dyad_slice).
    st.bind(1, doc).bind(2, static_cast<long long>(q.start)).bind(3, static_cast<long long>(q.end));
    st.bind(4, q.speaker).bind(5, q.speaker_actor).bind(6, model::rollup_code(q.speaker_actor));
    st.bind(7, q.speaker_kind_word()).bind(8, quote_kind_word(q.type)).bind(9, q.attribution).bind(10, quote_type_name(q.type));
    if (q.speaker_start >= 0) st.bind(11, static_cast<long long>(q.speaker_start)).bind(12, static_cast<long long>(q.speaker_end));
    else st.bind_null(11).bind_null(12);
    if (q.verb.empty()) st.bind_null(13);
    else st.bind(13, q.verb);
    st.step();
    st.reset();
  }
  for (const auto& e : d.events) {
    if (e.source.empty() || e.code.empty()) continue;
    Statement& st = cached(kInsEvent,
                           "INSERT INTO events (doc, sentence, start, end, source, target, source_root, "
                           "target_root, code, root, quad, goldstein, date, own_date, modality, location, "
                           "verb_start, verb_end, kept, source_start, source_end, target_start, target_end) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    st.bind(1, doc).bind(2, static_cast<long long>(e.sentence));
    st.bind(3, static_cast<long long>(e.span.start)).bind(4, static_cast<long long>(e.span.end));
    st.bind(5, e.source).bind(6, e.target).bind(7, model::rollup_code(e.source)).bind(8, model::rollup_code(e.target));
    st.bind(9, e.code).bind(10, e.code.substr(0, 2)).bind(11, static_cast<long long>(e.quad.value_or(Quad::Neutral)));
    st.bind_real(12, e.goldstein);
    if (e.date) st.bind(13, *e.date);
    else if (d.meta.published) st.bind(13, *d.meta.published);
    else st.bind_null(13);
    st.bind(14, static_cast<long long>(e.date ? 1 : 0)).bind(15, to_string(e.modality)).bind(16, e.location);
    st.bind(17, static_cast<long long>(e.verb.start)).bind(18, static_cast<long long>(e.verb.end));
    // Counted in the model: not on a duplicate, and not an act the text
    // denies or negates ("did not threaten" is no threat).
    bool denied = e.modality == Modality::Negated || e.modality == Modality::Denied;
    st.bind(19, static_cast<long long>(d.duplicate_of || denied ? 0 : 1));
    // The subject's and object's mention bytes, as the coder found them.
    for (auto [m, col] : {std::pair{e.source_mention, 20}, std::pair{e.target_mention, 22}}) {
      if (m >= 0 && static_cast<size_t>(m) < d.actors.size())
        st.bind(col, static_cast<long long>(d.actors[static_cast<size_t>(m)].start))
            .bind(col + 1, static_cast<long long>(d.actors[static_cast<size_t>(m)].end));
      else
        st.bind_null(col).bind_null(col + 1);
    }
    st.step();
    st.reset();
  }
  // The actor rows are named from the dictionary, not by the first mention.
  std::map<std::string, MentionName> codes;
  for (const auto& m : d.actors) {
    auto& c = codes[m.code];
    if (c.name.empty() && m.kind != MentionKind::Person && m.kind != MentionKind::Location && !m.anonymous && m.name != m.code)
      c = {m.name, m.kind_word()};
  }
  for (const auto& e : d.events) codes.try_emplace(e.source), codes.try_emplace(e.target);
  name_actors(handle(), codes, &dictionary_named_);
  for (const auto& t : d.timexes) {
    Statement& st = cached(kInsTimex, "INSERT INTO timex (doc, start, end, type, value) VALUES (?,?,?,?,?)");
    st.bind(1, doc).bind(2, static_cast<long long>(t.span.start)).bind(3, static_cast<long long>(t.span.end));
    st.bind(4, to_string(t.type)).bind(5, t.value);
    st.step();
    st.reset();
  }
  for (const auto& t : d.timeline) {
    Statement& st = cached(kInsTimeline,
                           "INSERT INTO timeline (doc, start, end, date, end_date, text, kind) VALUES (?,?,?,?,?,?,?)");
    st.bind(1, doc).bind(2, static_cast<long long>(t.span.start)).bind(3, static_cast<long long>(t.span.end));
    st.bind(4, t.date);
    if (t.end_date) st.bind(5, *t.end_date);
    else st.bind_null(5);
    st.bind(6, t.text).bind(7, to_string(t.kind));
    st.step();
    st.reset();
  }
}

}  // namespace dyad::store
