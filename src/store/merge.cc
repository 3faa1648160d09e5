// merge_store (merge.h): copies a partition store's documents and layer rows
// into the output in the part's order, linking copies that only meet across
// partitions the way one batch would have (near_dup.h). An SQLite output
// attaches the part and copies with INSERT ... SELECT; a PostgreSQL output
// reads the part through its own connection and inserts the rows (queued and
// sent as multi-row INSERTs, pg_session.h), under the writers' lock.
#include "store/merge.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "dedup/near_dup.h"
#include "store/actor_names.h"
#include "store/statement.h"

namespace dyad::store {

namespace {

constexpr const char* kDocColumns =
    "id, path, format, hash, raw, text, offset_map, title, authors, published, source, dateline, url, "
    "word_count, language, duplicate_of, merged, boilerplate, signature, ingested_at";

// Layer tables in the order Store::put_layers writes them (the actor rows are
// then named from the dictionary, name_part_actors), with their columns after
// `doc`; events take `kept` from the merged document.
struct LayerTable {
  const char* name;
  const char* columns;
  const char* order;
};
constexpr LayerTable kLayers[] = {
    {"mentions", "start, end, code, root, name, kind, country, role", "seq"},
    {"quotes",
     "start, end, speaker, speaker_actor, speaker_root, speaker_kind, kind, attribution, type, "
     "speaker_start, speaker_end, verb",
     "rowid"},
    {"events",
     "sentence, start, end, source, target, source_root, target_root, code, root, quad, goldstein, date, "
     "own_date, modality, location, verb_start, verb_end, source_start, source_end, target_start, target_end",
     "id"},
    {"timex", "start, end, type, value", "rowid"},
    {"timeline", "start, end, date, end_date, text, kind", "rowid"},
};

void exec(sqlite3* db, const std::string& sql, const std::string& file) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw StoreError(file + ": " + msg);
  }
}

// The same JSON shape Store::put writes in documents.merged.
std::string merged_json(const Metadata& m) {
  auto o = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
  nlohmann::json j = {{"title", o(m.title)},       {"authors", m.authors},
                      {"published", o(m.published)}, {"source", o(m.source)},
                      {"dateline", o(m.dateline)}, {"url", o(m.url)}};
  return j.dump();
}

std::optional<std::string> opt_json(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || !j[key].is_string()) return std::nullopt;
  return j[key].get<std::string>();
}

// "?, ?, ..." for the columns of `columns` (a comma-separated list).
std::string placeholders(const std::string& columns, size_t first = 1) {
  std::string out;
  size_t n = 1 + static_cast<size_t>(std::count(columns.begin(), columns.end(), ','));
  for (size_t i = 0; i < n; ++i) out += (i ? ", ?" : "?") + std::to_string(first + i);
  return out;
}

class Merger {
 public:
  // `src` reads the part: the output's own connection with the part attached
  // as `part` (SQLite), else the part's connection.
  Merger(Store& out, Connection* src)
      : out_(out), db_(out.handle()), src_(src), attached_(src == out.handle()) {
    load_index();
  }

  void run(MergeCounts& c) {
    // The part's packed texts name their dictionaries: an SQLite output
    // keeps them beside its own (PostgreSQL gets the texts unpacked).
    if (attached_) {
      Statement dicts(db_, "INSERT OR IGNORE INTO main.text_dicts (id, dict) SELECT id, dict FROM part.text_dicts ORDER BY n");
      dicts.step();
    }
    Statement docs(src_, ("SELECT rowid, id, hash, duplicate_of, signature FROM " + part("documents") + " ORDER BY rowid").c_str());
    while (docs.step()) {
      long long from = docs.integer(0);
      std::string id = docs.text(1);
      if (auto have = out_.id_for_hash(docs.text(2))) {  // these bytes are stored already
        if (*have != id) remap_[id] = *have;
        ++c.unchanged;
        continue;
      }
      std::optional<std::string> dup;
      if (!docs.is_null(3)) dup = resolve(docs.text(3));
      std::optional<dedup::Signature> sig;
      if (!docs.is_null(4)) sig = dedup::Signature::from_bytes(docs.view(4));
      bool fresh_dup = false;
      if (!dup && sig && !sig->empty()) {
        if (auto m = dedup::find_duplicate(index_, *sig); m && m->kept != id) {
          dup = m->kept;
          fresh_dup = true;
        }
      }
      long long row = copy_document(from, id, c);
      set_duplicate(row, dup);
      copy_layers(from, row, !dup);
      if (fresh_dup) {
        absorb_metadata(*dup, row);
        ++c.duplicates;
      }
      if (sig) index_.add(id, *sig, dup.value_or(""));
    }
    name_part_actors();
  }

 private:
  std::string part(const char* table) const { return (attached_ ? "part." : "") + std::string(table); }
  std::string main(const char* table) const { return (attached_ ? "main." : "") + std::string(table); }

  // Every stored signature, duplicates resolving to their kept copy, as one
  // batch's index holds them.
  void load_index() {
    Statement st(db_, ("SELECT id, duplicate_of, signature FROM " + main("documents") +
                       " WHERE signature IS NOT NULL ORDER BY rowid").c_str());
    while (st.step())
      if (auto sig = dedup::Signature::from_bytes(st.view(2)))
        index_.add(st.text(0), *sig, st.is_null(1) ? std::string() : st.text(1));
  }

  std::string resolve(const std::string& id) const {
    auto it = remap_.find(id);
    return it == remap_.end() ? id : it->second;
  }

  long long lookup_rowid(const std::string& id) {
    Statement st(db_, ("SELECT rowid FROM " + main("documents") + " WHERE id = ?").c_str());
    st.bind(1, id);
    return st.step() ? st.integer(0) : 0;
  }

  // Inserts the part's document, or replaces the output's document of the
  // same id (its rowid and so its links kept); returns the output rowid.
  long long copy_document(long long from, const std::string& id, MergeCounts& c) {
    std::string cols = kDocColumns;
    if (long long row = lookup_rowid(id)) {
      for (const auto& t : kLayers) {
        Statement del(db_, ("DELETE FROM " + main(t.name) + " WHERE doc = ?").c_str());
        del.bind(1, row);
        del.step();
      }
      if (attached_) {
        Statement up(db_, ("UPDATE main.documents SET (" + cols + ") = (SELECT " + cols +
                           " FROM part.documents WHERE rowid = ?) WHERE rowid = ?").c_str());
        up.bind(1, from).bind(2, row);
        up.step();
      } else {
        int n = 1 + static_cast<int>(std::count(cols.begin(), cols.end(), ','));
        Statement up(db_, ("UPDATE documents SET (" + cols + ") = (" + placeholders(cols) + ") WHERE rowid = ?" +
                           std::to_string(n + 1)).c_str());
        copy_row(up, from).bind(n + 1, row);
        up.step();
      }
      ++c.replaced;
      return row;
    }
    ++c.inserted;
    if (!attached_) {
      Statement ins(db_, ("INSERT INTO documents (" + cols + ") VALUES (" + placeholders(cols) + ") RETURNING rowid").c_str());
      copy_row(ins, from);
      return ins.step() ? ins.integer(0) : 0;
    }
    Statement ins(db_, ("INSERT INTO main.documents (" + cols + ") SELECT " + cols +
                        " FROM part.documents WHERE rowid = ?").c_str());
    ins.bind(1, from);
    ins.step();
    return sqlite3_last_insert_rowid(db_->sqlite_handle());
  }

  // Binds the part document's columns to `st` (from parameter 1 on).
  Statement& copy_row(Statement& st, long long from) {
    std::string cols = kDocColumns;
    cols.replace(cols.find(" text,"), 6, " dyad_text(text),");  // the part is SQLite, the output may not be
    Statement rd(src_, ("SELECT " + cols + " FROM documents WHERE rowid = ?").c_str());
    rd.bind(1, from);
    if (!rd.step()) throw StoreError("document row " + std::to_string(from) + " vanished from the part");
    for (int i = 0, n = 1 + static_cast<int>(std::count(kDocColumns, kDocColumns + std::strlen(kDocColumns), ','));
         i < n; ++i)
      st.bind_column(i + 1, rd, i);
    return st;
  }

  void set_duplicate(long long row, const std::optional<std::string>& dup) {
    Statement st(db_, ("UPDATE " + main("documents") +
                       " SET duplicate_of = ? WHERE rowid = ? AND duplicate_of IS DISTINCT FROM ?").c_str());
    if (dup) st.bind(1, *dup);
    else st.bind_null(1);
    st.bind(2, row);
    if (dup) st.bind(3, *dup);
    else st.bind_null(3);
    st.step();
  }

  void copy_layers(long long from, long long row, bool kept) {
    for (const auto& t : kLayers) {
      bool events = std::string(t.name) == "events";
      if (!attached_) {
        copy_layer_rows(t, events, from, row, kept);
        continue;
      }
      std::string sql = std::string("INSERT INTO main.") + t.name + " (doc, " + t.columns + (events ? ", kept" : "") +
                        ") SELECT ?, " + t.columns +
                        // the rule of Store::put_layers: a negated or denied act is never counted
                        (events ? ", ? AND modality NOT IN ('negated', 'denied')" : "") + " FROM part." + t.name +
                        " WHERE doc = ? ORDER BY " + t.order;
      Statement st(db_, sql.c_str());
      st.bind(1, row);
      if (events) st.bind(2, static_cast<long long>(kept ? 1 : 0)).bind(3, from);
      else st.bind(2, from);
      st.step();
    }
  }

  // The layer rows of one document, read from the part and inserted one by
  // one (consecutive rows go out as one multi-row INSERT).
  void copy_layer_rows(const LayerTable& t, bool events, long long from, long long row, bool kept) {
    std::string cols = t.columns;
    Statement rd(src_, ("SELECT " + cols + (events ? ", modality NOT IN ('negated', 'denied')" : "") + " FROM " +
                        t.name + " WHERE doc = ? ORDER BY " + t.order).c_str());
    rd.bind(1, from);
    int n = 1 + static_cast<int>(std::count(cols.begin(), cols.end(), ','));
    Statement ins(db_, (std::string("INSERT INTO ") + t.name + " (doc, " + cols + (events ? ", kept" : "") +
                        ") VALUES (?1, " + placeholders(cols, 2) + (events ? ", ?" + std::to_string(n + 2) : "") + ")")
                           .c_str());
    while (rd.step()) {
      ins.reset();
      ins.bind(1, row);
      for (int i = 0; i < n; ++i) ins.bind_column(i + 2, rd, i);
      if (events) ins.bind(n + 2, static_cast<long long>(kept && rd.integer(n) ? 1 : 0));
      ins.step();
    }
  }

  Metadata read_meta(long long row, std::optional<nlohmann::json>* merged = nullptr) {
    Statement st(db_,
                 ("SELECT title, authors, published, source, dateline, url, word_count, language, merged FROM " +
                  main("documents") + " WHERE rowid = ?").c_str());
    st.bind(1, row);
    Metadata m;
    if (!st.step()) return m;
    auto o = [&](int c) { return st.is_null(c) ? std::optional<std::string>() : st.text(c); };
    m.title = o(0);
    auto authors = nlohmann::json::parse(st.text(1), nullptr, false);
    if (authors.is_array())
      for (const auto& a : authors)
        if (a.is_string()) m.authors.push_back(a.get<std::string>());
    m.published = o(2);
    m.source = o(3);
    m.dateline = o(4);
    m.url = o(5);
    m.word_count = static_cast<int>(st.integer(6));
    m.language = st.text(7);
    if (merged && !st.is_null(8)) *merged = nlohmann::json::parse(st.text(8), nullptr, false);
    return m;
  }

  // The part's actor codes named as Store::put_layers names them (the
  // dictionary first, a non-person name next).
  void name_part_actors() {
    std::map<std::string, MentionName> codes;
    Statement st(src_, ("SELECT code, coalesce(name, ''), coalesce(kind, '') FROM " + part("actors")).c_str());
    while (st.step()) {
      bool person = st.text(2) == "person" || st.text(1) == st.text(0);
      codes[st.text(0)] = person ? MentionName{} : MentionName{st.text(1), st.text(2)};
    }
    name_actors(db_, codes);
  }

  // The kept copy's `merged` metadata absorbs what the new duplicate states.
  void absorb_metadata(const std::string& kept_id, long long dup_row) {
    long long kept_row = lookup_rowid(kept_id);
    if (!kept_row) return;
    std::optional<nlohmann::json> stored;
    Metadata kept = read_meta(kept_row, &stored);
    if (stored && stored->is_object()) {
      kept.title = opt_json(*stored, "title");
      kept.published = opt_json(*stored, "published");
      kept.source = opt_json(*stored, "source");
      kept.dateline = opt_json(*stored, "dateline");
      kept.url = opt_json(*stored, "url");
      kept.authors.clear();
      if ((*stored)["authors"].is_array())
        for (const auto& a : (*stored)["authors"])
          if (a.is_string()) kept.authors.push_back(a.get<std::string>());
    }
    Metadata merged = dedup::merge_metadata(kept, read_meta(dup_row));
    Statement st(db_, ("UPDATE " + main("documents") + " SET merged = ? WHERE rowid = ?").c_str());
    st.bind(1, merged_json(merged)).bind(2, kept_row);
    st.step();
  }

  Store& out_;
  Connection* db_;
  Connection* src_;
  bool attached_;
  dedup::Index index_;
  std::unordered_map<std::string, std::string> remap_;  // part id -> output id of the same bytes
};

// The part opened read-only, once it is known to be a store of this version.
std::unique_ptr<Store> check_part(const Store& out, const std::string& part) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(part, ec)) throw StoreError(part + ": no such store file");
  if (std::filesystem::equivalent(part, out.path(), ec)) throw StoreError(part + ": cannot merge a store into itself");
  auto check = std::make_unique<Store>(part, true);  // throws when it is not a dyad store
  if (check->schema_version() != kSchemaVersion)
    throw StoreError(part + ": schema version " + std::to_string(check->schema_version()) + ", this dyad merges " +
                     std::to_string(kSchemaVersion) + " (open it once with this dyad's `ingest` to migrate)");
  return check;
}

// PostgreSQL output: one transaction under the writers' lock.
MergeCounts merge_into_postgres(Store& out, const std::string& part) {
  auto src = check_part(out, part);
  MergeCounts c;
  out.begin();
  try {
    Merger(out, src->handle()).run(c);
    out.commit();
  } catch (const std::exception& e) {
    out.rollback();
    throw StoreError(part + ": merge failed, nothing copied: " + e.what());
  }
  return c;
}

}  // namespace

MergeCounts merge_store(Store& out, const std::string& part) {
  if (out.backend() == Backend::PostgreSQL) return merge_into_postgres(out, part);
  check_part(out, part);
  sqlite3* db = out.handle()->sqlite_handle();
  {
    Statement attach(out.handle(), "ATTACH DATABASE ? AS part");
    attach.bind(1, part);
    attach.step();
  }
  MergeCounts c;
  try {
    exec(db, "BEGIN IMMEDIATE", out.path());
    try {
      Merger(out, out.handle()).run(c);
      exec(db, "COMMIT", out.path());
    } catch (const std::exception& e) {
      exec(db, "ROLLBACK", out.path());
      throw StoreError(part + ": merge failed, nothing copied: " + e.what());
    }
  } catch (...) {
    exec(db, "DETACH DATABASE part", out.path());
    throw;
  }
  exec(db, "DETACH DATABASE part", out.path());
  return c;
}

}  // namespace dyad::store
