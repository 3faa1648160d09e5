// The store's analysis layers (schema versions 2 and 3): a document's mentions,
// quotes, events, time expressions and timeline are stored and replaced on
// update; actor counts and daily dyad counts follow; duplicates add no events;
// older SQLite and PostgreSQL stores are migrated in place; year windows count
// as their months; search pages and filters. Run on both back ends (the
// "pg:" copy on PostgreSQL; the SQLite migrations on SQLite only).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>

#include "events/cameo_table.h"
#include "fixtures.h"
#include "store/queries.h"
#include "store/blobs.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/store.h"

using dyad::Document;
using dyad::testing::add_event;
using dyad::testing::add_mention;
using dyad::store::Queries;
using dyad::store::Store;

namespace {

const char* kArticle =
    "Moscow Courts Kabul and the Taliban\n\n"
    "MOSCOW - Russia hosted Afghan government envoys on Tuesday and promised new aid, officials said.\n\n"
    "Russian diplomats also met Taliban representatives, whose fighters attacked a police post in Kunduz "
    "on Monday.\n\n"
    "\"We speak to everyone who matters,\" the Russian envoy said.\n";



Document article(const std::string& id, const std::string& text) {
  Document d = dyad::testing::bare_document(id, "2013-03-12", text);
  add_mention(d, "Russia", "RUS", "Russia");
  add_mention(d, "Afghan government", "AFGGOV", "Afghan government");
  add_mention(d, "Taliban representatives", "TALIBAN", "the Taliban");
  add_event(d, "Russia hosted Afghan government envoys", "RUS", "AFGGOV", "042");
  add_event(d, "Russian diplomats also met Taliban representatives", "RUSGOV", "TALIBAN", "036");
  add_event(d, "fighters attacked a police post in Kunduz", "TALIBAN", "AFGGOV", "190", "2013-03-11");
  auto q = d.text.find("We speak");
  dyad::Quote quote;
  quote.start = static_cast<uint32_t>(q);
  quote.end = static_cast<uint32_t>(q + 34);
  quote.text = d.text.substr(q, 34);
  quote.speaker = "the Russian envoy";
  quote.speaker_actor = "RUSGOV";
  d.quotes.push_back(quote);
  auto tu = d.text.find("Tuesday");
  d.timexes.push_back({{static_cast<uint32_t>(tu), static_cast<uint32_t>(tu + 7)}, dyad::TimexType::Date, dyad::base::SmallString("2013-03-12")});
  d.timeline.push_back({.span = d.events.back().span,
                        .date = "2013-03-11",
                        .end_date = std::nullopt,
                        .text = "Taliban fighters attack a police post",
                        .kind = dyad::TimelineKind::Event});
  return d;
}

long long scalar(Store& db, const char* sql) {
  dyad::store::Statement st(db.handle(), sql);
  return st.step() ? st.integer(0) : -1;
}

// The documents schema of versions 1 to 6: the documents table of today and
// a full-text index reading its plain text straight from it.
std::string old_documents_schema() {
  std::string now = dyad::store::kSchema;
  return now.substr(0, now.find("-- Dictionaries")) + R"SQL(
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
)SQL";
}

// Migrations of older SQLite stores (PostgreSQL stores begin at version 4).
#define SQLITE_ONLY()                                                              \
  if (dyad::testing::test_on_postgres()) GTEST_SKIP() << "an SQLite migration test"

}  // namespace

TEST(StoreLayers, PutStoresEveryLayer) {
  Store db(dyad::testing::test_store("layers"));
  EXPECT_EQ(db.schema_version(), dyad::store::kSchemaVersion);
  Document d = article("kabul", kArticle);
  db.put(d, "");
  EXPECT_TRUE(db.has_layers("kabul"));
  Queries q(db);
  auto m = q.mentions("kabul");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].code, "RUS");
  EXPECT_EQ(d.text.substr(static_cast<size_t>(m[1].start), static_cast<size_t>(m[1].end - m[1].start)),
            "Afghan government");
  auto quotes = q.quotes("kabul");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_actor, "RUSGOV");
  auto ev = q.document_events("kabul");
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0].code, "042");
  EXPECT_EQ(ev[0].quad, 1);
  EXPECT_EQ(ev[0].date, "2013-03-12");  // no own date: the published date
  EXPECT_EQ(ev[2].date, "2013-03-11");  // its own date
  EXPECT_EQ(ev[2].quad, 4);
  EXPECT_DOUBLE_EQ(ev[2].goldstein, -10.0);
  EXPECT_EQ(ev[0].text, "Russia hosted Afghan government envoys");
  EXPECT_EQ(q.timex("kabul").size(), 1u);
  EXPECT_EQ(q.timeline("", {}, false, 10).size(), 1u);
  // Actor counts and daily dyad counts follow the rows.
  auto rus = q.actor("RUS", false);
  ASSERT_TRUE(rus);
  EXPECT_EQ(rus->mentions, 1);
  EXPECT_EQ(rus->events, 1);
  auto rolled = q.actor("RUS", true);  // RUS and RUSGOV
  ASSERT_TRUE(rolled);
  EXPECT_EQ(rolled->events, 2);
  auto days = q.dyad_counts("TALIBAN", "AFGGOV", {}, false);
  ASSERT_EQ(days.size(), 1u);
  EXPECT_EQ(days[0].date, "2013-03-11");
  EXPECT_EQ(days[0].quad[4], 1);
  EXPECT_EQ(q.dyad_counts("RUS", "", {}, true).size(), 2u);
  EXPECT_EQ(q.dyad_counts("", "", {"2013-03-12", "2013-03"}, false).size(), 2u);
  EXPECT_FALSE(q.actor("NOSUCH", false));
}

// A rolled-up actor is every code that rolls up to it: a country's codes
// (RUS, RUSGOV), or a code that is its own root (TALIBAN), but not a longer
// code that only starts with that root and is its own root (TALIBANX). The
// SQLite store reads these through the code indexes and keeps no index of the
// root columns (version 9).
TEST(StoreLayers, RolledUpActorsAreExactWithoutRootIndexes) {
  Store db(dyad::testing::test_store("layers"));
  Document d = article("kabul", kArticle);
  add_event(d, "Russian diplomats also met Taliban representatives", "TALIBANX", "RUSGOV", "036");
  add_event(d, "Russia hosted Afghan government envoys", "AFGGOV", "TALIBANX", "042");
  d.quotes.push_back(d.quotes[0]);
  d.quotes.back().speaker_actor = "TALIBANX";
  // A country's code whose suffix is not ASCII still rolls up to the country.
  add_event(d, "Russia hosted Afghan government envoys", "RUS\xC3\x89LITE", "AFGGOV", "042");
  add_mention(d, "Russia", "RUS\xC3\x89LITE", "Russia");
  db.put(d, "");
  Queries q(db);
  auto events_of = [&](const std::string& source, const std::string& target) {
    dyad::store::EventFilter f;
    f.source = source;
    f.target = target;
    f.rollup = true;
    return q.events(f).size();
  };
  EXPECT_EQ(events_of("TALIBAN", ""), 1u);
  EXPECT_EQ(events_of("TALIBANX", ""), 1u);
  EXPECT_EQ(events_of("RUS", ""), 3u);
  EXPECT_EQ(events_of("", "TALIBAN"), 1u);
  EXPECT_EQ(events_of("RUS", "TALIBAN"), 1u);
  dyad::store::EventFilter either;
  either.source = "TALIBAN";
  either.either = true;
  either.rollup = true;
  EXPECT_EQ(q.events(either).size(), 2u);  // TALIBAN -> AFGGOV, RUSGOV -> TALIBAN
  EXPECT_EQ(q.dyad_counts("TALIBAN", "", {}, true).size(), 1u);
  EXPECT_EQ(q.dyad_counts("", "TALIBAN", {}, true).size(), 1u);
  auto among = q.counts_among({"RUS", "TALIBAN"}, {}, true);
  ASSERT_EQ(among.size(), 1u);  // RUSGOV -> TALIBAN; TALIBANX -> RUSGOV is not among them
  EXPECT_EQ(among[0].source, "RUSGOV");
  EXPECT_EQ(q.modality_counts("TALIBAN", "", {}, true, {}).size(), 1u);
  EXPECT_EQ(q.stance_events("TALIBAN", true, {"19"}, 10).size(), 1u);
  EXPECT_EQ(q.stance_events("TALIBAN", true, {"03"}, 10).size(), 0u);
  EXPECT_EQ(q.stance_events("TALIBANX", true, {"03"}, 10).size(), 1u);
  EXPECT_EQ(q.stance_events("RUS", true, {"04"}, 10).size(), 2u);
  dyad::store::SearchFilter by_actor;
  by_actor.actor = "RUS";
  by_actor.rollup = true;
  EXPECT_EQ(q.search(by_actor).total, 1);
  EXPECT_EQ(q.actor("RUS", true)->mentions, 2);
  EXPECT_EQ(q.quotes_by("RUS", true, 10).size(), 1u);
  EXPECT_EQ(q.quotes_by("TALIBAN", true, 10).size(), 0u);
  EXPECT_EQ(q.quotes_by("TALIBANX", true, 10).size(), 1u);
  if (db.backend() == dyad::store::Backend::SQLite) {
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                         "tbl_name IN ('events', 'dyad_days', 'quotes') AND sql LIKE '%(%\\_root%' ESCAPE '\\'"),
              0);
  }
}

TEST(StoreLayers, UpdateReplacesTheOldRows) {
  Store db(dyad::testing::test_store("layers"));
  db.put(article("kabul", kArticle), "");
  Document v2 = article("kabul", std::string(kArticle) + "\nTalks are to resume next month.\n");
  v2.events.pop_back();  // the attack is no longer coded
  EXPECT_EQ(db.put(v2, ""), dyad::store::PutResult::Updated);
  Queries q(db);
  EXPECT_EQ(q.document_events("kabul").size(), 2u);
  EXPECT_EQ(q.mentions("kabul").size(), 3u);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM mentions"), 3);
  EXPECT_EQ(q.actor("RUS", false)->mentions, 1);
  EXPECT_EQ(q.actor("TALIBAN", false)->events, 1);
  EXPECT_TRUE(q.dyad_counts("TALIBAN", "AFGGOV", {}, false).empty());
  EXPECT_EQ(scalar(db, "SELECT sum(events) FROM dyad_days"), 2);
}

TEST(StoreLayers, DuplicatesAddNoEventsToTheModel) {
  Store db(dyad::testing::test_store("layers"));
  db.put(article("kabul", kArticle), "");
  Document copy = article("kabul-copy", std::string(kArticle) + "\nThis story was syndicated.\n");
  copy.duplicate_of = "kabul";
  db.put(copy, "");
  Queries q(db);
  EXPECT_EQ(q.document_events("kabul-copy").size(), 3u);  // the document view still has them
  EXPECT_EQ(scalar(db, "SELECT sum(events) FROM dyad_days"), 3);
  EXPECT_EQ(q.stats().events, 3);
  EXPECT_EQ(q.stats().documents, 1);
}

TEST(StoreLayers, VersionOneDatabaseIsMigratedInPlace) {
  SQLITE_ONLY();
  std::string path = dyad::testing::temp_dir("layers") + "/v1.sqlite";
  {
    // A version-1 database: the documents schema only.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, old_documents_schema().c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "PRAGMA user_version=1", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
  }
  {
    // Documents written by the old schema's columns survive the migration.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw,
                           "INSERT INTO documents (id, path, format, hash, text, offset_map, title, published) "
                           "VALUES ('old', 'old.txt', 'text', 'h1', 'Grain ships left Odesa on Friday.', x'', "
                           "'Grain ships leave', '2013-02-01')",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
  }
  {
    Store ro(path, true);
    EXPECT_EQ(ro.schema_version(), 1);
  }
  Store db(path);
  EXPECT_EQ(db.schema_version(), dyad::store::kSchemaVersion);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('events','mentions','dyad_days')"), 3);
  auto old = db.get("old");
  ASSERT_TRUE(old);
  EXPECT_EQ(old->meta.title, "Grain ships leave");
  EXPECT_EQ(db.search("Odesa", 5, "[", "]").size(), 1u);
  EXPECT_FALSE(db.has_layers("old"));
  db.put(article("kabul", kArticle), "");
  EXPECT_EQ(Queries(db).stats().events, 3);
}

TEST(StoreLayers, SearchFiltersByActorRootAndDate) {
  Store db(dyad::testing::test_store("layers"));
  db.put(article("kabul", kArticle), "");
  Document other = dyad::testing::process_text(
      "Grain Talks Resume\n\nANKARA - Turkish and Ukrainian officials resumed grain talks on Friday.\n",
      "grain.txt");
  other.id = "grain";
  other.meta.published = "2013-05-02";
  other.actors.clear();
  other.events.clear();
  db.put(other, "");
  Queries q(db);
  dyad::store::SearchFilter f;
  f.actor = "TALIBAN";
  auto page = q.search(f);
  EXPECT_EQ(page.total, 1);
  ASSERT_EQ(page.hits.size(), 1u);
  EXPECT_EQ(page.hits[0].id, "kabul");
  f = {};
  f.q = "talks OR envoys";
  EXPECT_EQ(q.search(f).total, 2);
  f.window = {"2013-04", ""};
  page = q.search(f);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.hits[0].id, "grain");
  EXPECT_NE(page.hits[0].snippet.find("\x02talks\x03"), std::string::npos);
  f = {};
  f.root = "19";
  EXPECT_EQ(q.search(f).total, 1);
  f.root = "14";
  EXPECT_EQ(q.search(f).total, 0);
  f = {};
  f.actor = "RUS";
  f.rollup = true;
  EXPECT_EQ(q.search(f).total, 1);
}

TEST(StoreLayers, RefreshModelKeepsMonthlyHedgingCurrent) {
  Store db(dyad::testing::test_store("layers"));
  Document d = article("kabul", kArticle);
  // Russia also cooperates with Kabul's enemy: it hedges in March.
  add_event(d, "Russian diplomats also met Taliban representatives", "RUS", "TALIBAN", "036");
  db.put(d, "");
  Queries q(db);
  EXPECT_FALSE(q.hedging_months("RUS", false, {}));  // not computed yet
  EXPECT_EQ(db.refresh_model(), 1u);
  EXPECT_EQ(db.refresh_model(), 0u);
  auto h = q.hedging_months("RUS", false, {});
  ASSERT_TRUE(h);
  ASSERT_EQ(h->size(), 1u);
  EXPECT_EQ((*h)[0].first, "2013-03");
  EXPECT_DOUBLE_EQ((*h)[0].second, 1.0);
  auto rolled = q.hedging_months("RUS", true, {"2013-01", "2013-12"});
  ASSERT_TRUE(rolled);
  ASSERT_EQ(rolled->size(), 1u);
  EXPECT_TRUE(q.hedging_months("RUS", false, {"2014", ""})->empty());
  // A new document in March makes the month wait for the next refresh.
  Document other = article("kabul-2", std::string(kArticle) + "\nA second report.\n");
  db.put(other, "");
  EXPECT_FALSE(q.hedging_months("RUS", false, {}));
  EXPECT_TRUE(q.hedging_months("RUS", false, {"2014", ""}));
  db.refresh_model();
  EXPECT_TRUE(q.hedging_months("RUS", false, {}));
}

// A new SQLite store takes 2 KB pages (a document's row is about that size).
TEST(StoreLayers, NewDatabaseTakesTwoKilobytePages) {
  SQLITE_ONLY();
  Store db(dyad::testing::temp_dir("layers") + "/pages.sqlite");
  db.put(article("kabul", kArticle), "");
  EXPECT_EQ(scalar(db, "PRAGMA page_size"), 2048);
}

// A version-8 store loses its root-column indexes when a writer opens it and
// answers rolled-up questions the same.
TEST(StoreLayers, VersionEightDatabaseDropsItsRootIndexes) {
  SQLITE_ONLY();
  std::string path = dyad::testing::temp_dir("layers") + "/v8.sqlite";
  {
    Store db(path);
    db.put(article("kabul", kArticle), "");
    ASSERT_EQ(sqlite3_exec(db.handle()->sqlite_handle(),
                           "CREATE INDEX events_root_dyad ON events(source_root, target_root, date); "
                           "CREATE INDEX events_root_target ON events(target_root, date); "
                           "CREATE INDEX events_root_stance ON events(source_root, root); "
                           "CREATE INDEX dyad_days_root_pair ON dyad_days(source_root, target_root, day); "
                           "CREATE INDEX dyad_days_root_target ON dyad_days(target_root, day); "
                           "CREATE INDEX quotes_root ON quotes(speaker_root); "
                           "PRAGMA user_version=8;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
  }
  Store db(path);
  EXPECT_EQ(db.schema_version(), dyad::store::kSchemaVersion);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                         "tbl_name IN ('events', 'dyad_days', 'quotes') AND sql LIKE '%(%\\_root%' ESCAPE '\\'"),
            0);
  Queries q(db);
  EXPECT_EQ(q.dyad_counts("RUS", "", {}, true).size(), 2u);
  EXPECT_EQ(q.actor("RUS", true)->events, 2);
}

TEST(StoreLayers, VersionTwoDatabaseGainsYearCounts) {
  SQLITE_ONLY();
  std::string path = dyad::testing::temp_dir("layers") + "/v2.sqlite";
  {
    Store db(path);
    db.put(article("kabul", kArticle), "");
    // Back to version 2: no dyad_years table and triggers that do not fill it.
    ASSERT_EQ(sqlite3_exec(db.handle()->sqlite_handle(),
                           "DROP TABLE dyad_years; DROP TRIGGER events_ai; DROP TRIGGER events_ad; "
                           "CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN SELECT 1; END; "
                           "PRAGMA user_version=2;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
  }
  Store db(path);
  EXPECT_EQ(db.schema_version(), dyad::store::kSchemaVersion);
  EXPECT_EQ(scalar(db, "SELECT sum(events) FROM dyad_years WHERE year = '2013'"), 3);
  // The recreated triggers keep the year counts current.
  db.put(article("kabul2", std::string(kArticle) + "\nA second report.\n"), "");
  EXPECT_EQ(scalar(db, "SELECT sum(events) FROM dyad_years WHERE year = '2013'"), 6);
  EXPECT_EQ(scalar(db, "SELECT sum(events) FROM dyad_days"), 6);
}

TEST(StoreLayers, YearWindowsCountTheSameAsTheirMonthsAndDays) {
  Store db(dyad::testing::test_store("layers"));
  db.put(article("kabul", kArticle), "");
  Document later = article("later", std::string(kArticle) + "\nFollow-up.\n");
  later.meta.published = "2014-07-02";
  for (auto& e : later.events) e.date = "2014-07-01";
  db.put(later, "");
  Queries q(db);
  auto total = [](const std::vector<dyad::model::DyadCount>& rows) {
    long long n = 0;
    for (const auto& r : rows) n += r.events;
    return n;
  };
  for (bool rollup : {false, true}) {
    EXPECT_EQ(total(q.pair_totals({"2013", "2013"}, rollup)), total(q.pair_totals({"2013-01", "2013-12"}, rollup)));
    EXPECT_EQ(total(q.pair_totals({"2013", "2014"}, rollup)),
              total(q.pair_totals({"2013-01-01", "2014-12-31"}, rollup)));
    EXPECT_EQ(total(q.pair_totals({"2014", ""}, rollup)), total(q.pair_totals({"2014-01-01", ""}, rollup)));
  }
  EXPECT_EQ(total(q.pair_totals({"2013", "2013"}, false)), 3);
  EXPECT_EQ(total(q.pair_totals({"2013", "2014"}, false)), 6);
  // One row per pair, summed over the window.
  auto rows = q.pair_totals({"2013", "2014"}, false);
  EXPECT_EQ(rows.size(), 3u);
}

TEST(StoreLayers, SearchPagesNewestFirstAndLeavesOutDuplicates) {
  Store db(dyad::testing::test_store("layers"));
  const char* dates[] = {"2013-01-05", "2013-03-12", "2012-11-30", "2013-02-20"};
  for (int i = 0; i < 4; ++i) {
    Document d = article("d" + std::to_string(i), std::string(kArticle) + "\nReport number " + std::to_string(i) + ".\n");
    d.meta.published = dates[i];
    db.put(d, "");
  }
  Document copy = article("copy", std::string(kArticle) + "\nReport number 1 again.\n");
  copy.meta.published = "2013-03-13";
  copy.duplicate_of = "d1";
  db.put(copy, "");
  Queries q(db);
  for (const std::string& text : {std::string(), std::string("Kunduz")}) {
    dyad::store::SearchFilter f;
    f.q = text;
    f.actor = "TALIBAN";
    f.limit = 2;
    auto first = q.search(f);
    EXPECT_EQ(first.total, 4) << text;
    ASSERT_EQ(first.hits.size(), 2u);
    f.offset = 2;
    auto second = q.search(f);
    ASSERT_EQ(second.hits.size(), 2u);
    std::set<std::string> ids;
    for (const auto& h : first.hits) ids.insert(h.id);
    for (const auto& h : second.hits) ids.insert(h.id);
    EXPECT_EQ(ids, (std::set<std::string>{"d0", "d1", "d2", "d3"})) << text;
    if (text.empty()) {
      // Without a query: newest published first.
      EXPECT_EQ(first.hits[0].id, "d1");
      EXPECT_EQ(first.hits[1].id, "d3");
      EXPECT_EQ(second.hits[0].id, "d0");
      EXPECT_EQ(second.hits[1].id, "d2");
    }
  }
  // A date window keeps dated documents in it only.
  dyad::store::SearchFilter f;
  f.window = {"2013-02", "2013-03"};
  auto page = q.search(f);
  EXPECT_EQ(page.total, 2);
  f.q = "nothing-matches-this";
  EXPECT_EQ(q.search(f).total, 0);
}

TEST(StoreLayers, VersionThreeDatabaseGainsQuoteTypeSpeakerAndVerb) {
  SQLITE_ONLY();
  std::string path = dyad::testing::temp_dir("layers") + "/v3.sqlite";
  {
    Store db(path);
    db.put(article("kabul", kArticle), "");
    // Back to version 3: the quotes table without type, speaker mention and verb.
    ASSERT_EQ(sqlite3_exec(db.handle()->sqlite_handle(),
                           "DROP TABLE quotes; CREATE TABLE quotes (doc INTEGER NOT NULL, start INTEGER NOT NULL, "
                           "end INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT, speaker_actor TEXT, "
                           "speaker_root TEXT, speaker_kind TEXT, kind TEXT, attribution TEXT); "
                           "INSERT INTO quotes (doc, start, end, text, speaker, kind) "
                           "SELECT rowid, 0, 5, 'Older', 'an old speaker', 'direct' FROM documents; "
                           "PRAGMA user_version=3;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
  }
  Store db(path);
  EXPECT_EQ(db.schema_version(), dyad::store::kSchemaVersion);
  Queries q(db);
  auto old = q.quotes("kabul");
  ASSERT_EQ(old.size(), 1u);  // rows of the old shape survive, with no type, verb or speaker mention
  EXPECT_EQ(old[0].speaker, "an old speaker");
  EXPECT_EQ(old[0].type, "");
  EXPECT_EQ(old[0].speaker_start, -1);
  // A document stored now keeps the new fields.
  Document d = article("kabul-new", std::string(kArticle) + "\nA later report.\n");
  d.quotes[0].type = dyad::QuoteType::Mixed;
  d.quotes[0].verb = "told";
  d.quotes[0].speaker_start = 3;
  d.quotes[0].speaker_end = 20;
  db.put(d, "");
  auto now = q.quotes("kabul-new");
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].type, "mixed");
  EXPECT_EQ(now[0].verb, "told");
  EXPECT_EQ(now[0].speaker_start, 3);
  EXPECT_EQ(now[0].speaker_end, 20);
}

namespace {

// The version-5 shape of the tables version 6 changed: events and quotes
// kept their text; documents kept raw bytes and 16-byte map segments.
const char* kV5Tables = R"SQL(
CREATE TABLE quotes (
  doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  speaker TEXT, speaker_actor TEXT, speaker_root TEXT, speaker_kind TEXT, kind TEXT, attribution TEXT,
  type TEXT, speaker_start INTEGER, speaker_end INTEGER, verb TEXT);
CREATE TABLE events (
  id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, sentence INTEGER NOT NULL DEFAULT 0,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', source_root TEXT NOT NULL, target_root TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  date TEXT, own_date INTEGER NOT NULL DEFAULT 0, modality TEXT NOT NULL DEFAULT 'asserted', location TEXT,
  verb_start INTEGER, verb_end INTEGER, text TEXT NOT NULL, kept INTEGER NOT NULL DEFAULT 1,
  source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER);
)SQL";

std::string v5_map(const dyad::OffsetMap& m) {
  std::string out;
  for (const auto& s : m.segments()) {
    uint32_t v[4] = {static_cast<uint32_t>(s.out), static_cast<uint32_t>(s.out_len), static_cast<uint32_t>(s.in),
                     static_cast<uint32_t>(s.in_len)};
    out.append(reinterpret_cast<const char*>(v), sizeof v);
  }
  return out;
}

}  // namespace

TEST(StoreLayers, VersionFiveDatabaseIsPackedAndAnswersTheSame) {
  SQLITE_ONLY();
  std::string dir = dyad::testing::temp_dir("layers"), now_path = dir + "/v6.sqlite", old_path = dir + "/v5.sqlite";
  // An original with markup the clean text leaves out (boilerplate read from raw).
  Document d = article("kabul", std::string("<p>") + kArticle + "</p>\n<footer>All rights reserved.</footer>\n");
  { Store now(now_path); now.put(d, ""); }
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(old_path.c_str(), &db), SQLITE_OK);
    std::string sql = std::string(kV5Tables) + old_documents_schema() + dyad::store::kLayersSchema +
                      "ATTACH '" + now_path + "' AS n;"
                      "INSERT INTO documents SELECT * FROM n.documents;"  // plain: one short text
                      "INSERT INTO mentions SELECT * FROM n.mentions;"
                      "INSERT INTO timex SELECT * FROM n.timex;"
                      "INSERT INTO timeline SELECT * FROM n.timeline;"
                      "INSERT INTO quotes SELECT q.doc, q.start, q.end, "
                      "CAST(substr(CAST(d.text AS BLOB), q.start + 1, q.end - q.start) AS TEXT), q.speaker, "
                      "q.speaker_actor, q.speaker_root, q.speaker_kind, q.kind, q.attribution, q.type, "
                      "q.speaker_start, q.speaker_end, q.verb FROM n.quotes q JOIN n.documents d ON d.rowid = q.doc;"
                      "INSERT INTO events SELECT e.id, e.doc, e.sentence, e.start, e.end, e.source, e.target, "
                      "e.source_root, e.target_root, e.code, e.root, e.quad, e.goldstein, e.date, e.own_date, "
                      "e.modality, e.location, e.verb_start, e.verb_end, "
                      "CAST(substr(CAST(d.text AS BLOB), e.start + 1, e.end - e.start) AS TEXT), e.kept, "
                      "e.source_start, e.source_end, e.target_start, e.target_end "
                      "FROM n.events e JOIN n.documents d ON d.rowid = e.doc;"
                      "DETACH n; PRAGMA user_version=5;";
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "UPDATE documents SET raw = ?1, offset_map = ?2", -1, &st, nullptr), SQLITE_OK);
    std::string map = v5_map(d.text_map);
    sqlite3_bind_blob(st, 1, d.raw.data(), static_cast<int>(d.raw.size()), SQLITE_TRANSIENT);
    sqlite3_bind_blob(st, 2, map.data(), static_cast<int>(map.size()), SQLITE_TRANSIENT);
    ASSERT_EQ(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
  Store old(old_path), now(now_path, true);
  EXPECT_EQ(old.schema_version(), dyad::store::kSchemaVersion);
  EXPECT_EQ(scalar(old, "SELECT count(*) FROM pragma_table_info('events') WHERE name = 'text'"), 0);
  EXPECT_EQ(scalar(old, "SELECT count(*) FROM pragma_table_info('quotes') WHERE name = 'text'"), 0);
  EXPECT_LT(scalar(old, "SELECT length(raw) FROM documents"), static_cast<long long>(d.raw.size() / 2));
  auto got = old.get("kabul");
  ASSERT_TRUE(got);
  auto got_segs = got->text_map.segments(), segs = d.text_map.segments();
  ASSERT_EQ(got_segs.size(), segs.size());
  for (size_t i = 0; i < segs.size(); ++i) EXPECT_EQ(got_segs[i].in, segs[i].in);
  Queries qo(old), qn(now);
  auto bo = qo.boilerplate("kabul"), bn = qn.boilerplate("kabul");
  ASSERT_EQ(bo.size(), bn.size());
  ASSERT_FALSE(bo.empty());
  for (size_t i = 0; i < bo.size(); ++i) EXPECT_EQ(bo[i].text, bn[i].text);
  auto eo = qo.document_events("kabul"), en = qn.document_events("kabul");
  ASSERT_EQ(eo.size(), 3u);
  ASSERT_EQ(en.size(), 3u);
  for (size_t i = 0; i < eo.size(); ++i) {
    EXPECT_EQ(eo[i].text, en[i].text);
    EXPECT_EQ(eo[i].text, d.text.substr(eo[i].start, eo[i].end - eo[i].start));
  }
  auto qs = qo.quotes("kabul");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, d.quotes[0].text);
  // A second open finds version 6 and changes nothing.
  std::string raw_before;
  {
    dyad::store::Statement st(old.handle(), "SELECT raw FROM documents");
    ASSERT_TRUE(st.step());
    raw_before = st.text(0);
  }
  Store again(old_path);
  dyad::store::Statement st(again.handle(), "SELECT raw FROM documents");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), raw_before);
}

// A version-5 PostgreSQL store (made from a current one: the originals and
// offset maps in their old encodings, the event and quote text columns back,
// version 5, no revision) is migrated when a writer opens it, and answers as
// a store made now.
TEST(StoreLayers, VersionFivePostgresStoreIsPackedAndAnswersTheSame) {
  if (!dyad::testing::test_on_postgres()) GTEST_SKIP() << "a PostgreSQL migration test";
  std::string now_url = dyad::testing::test_store("v6"), old_url = dyad::testing::test_store("v5");
  Document d = article("kabul", std::string("<p>") + kArticle + "</p>\n<footer>All rights reserved.</footer>\n");
  { Store now(now_url); now.put(d, ""); }
  {
    Store old(old_url);
    old.put(d, "");
    old.handle()->exec(
        "ALTER TABLE events ADD COLUMN text TEXT; ALTER TABLE quotes ADD COLUMN text TEXT;"
        "UPDATE events e SET text = dyad_slice(d.text, e.start, e.\"end\") FROM documents d WHERE d.rowid = e.doc;"
        "UPDATE quotes q SET text = dyad_slice(d.text, q.start, q.\"end\") FROM documents d WHERE d.rowid = q.doc;"
        "ALTER TABLE events ALTER COLUMN text SET NOT NULL; ALTER TABLE quotes ALTER COLUMN text SET NOT NULL;"
        "DROP TABLE dyad_pg_revision; DROP INDEX documents_newest; UPDATE dyad_schema SET version = 5;");
    dyad::store::Statement st(old.handle(), "UPDATE documents SET raw = ?1, offset_map = ?2");
    st.bind_blob(1, d.raw).bind_blob(2, v5_map(d.text_map));
    st.step();
    ASSERT_EQ(scalar(old, "SELECT count(*) FROM events WHERE text <> ''"), 3);
  }
  Store old(old_url), now(now_url, true);
  EXPECT_EQ(old.schema_version(), dyad::store::kSchemaVersion);
  EXPECT_EQ(scalar(old, "SELECT count(*) FROM information_schema.columns WHERE table_name IN ('events', 'quotes') "
                        "AND column_name = 'text'"), 0);
  EXPECT_EQ(scalar(old, "SELECT count(*) FROM pg_indexes WHERE indexname = 'documents_newest'"), 1);
  EXPECT_LT(scalar(old, "SELECT length(raw) FROM documents"), static_cast<long long>(d.raw.size() / 2));
  auto got = old.get("kabul");
  ASSERT_TRUE(got);
  auto got_segs = got->text_map.segments(), segs = d.text_map.segments();
  ASSERT_EQ(got_segs.size(), segs.size());
  for (size_t i = 0; i < segs.size(); ++i) EXPECT_EQ(got_segs[i].in, segs[i].in);
  Queries qo(old), qn(now);
  auto bo = qo.boilerplate("kabul"), bn = qn.boilerplate("kabul");
  ASSERT_EQ(bo.size(), bn.size());
  ASSERT_FALSE(bo.empty());
  for (size_t i = 0; i < bo.size(); ++i) EXPECT_EQ(bo[i].text, bn[i].text);
  auto eo = qo.document_events("kabul"), en = qn.document_events("kabul");
  ASSERT_EQ(eo.size(), 3u);
  ASSERT_EQ(en.size(), 3u);
  for (size_t i = 0; i < eo.size(); ++i) {
    EXPECT_EQ(eo[i].text, en[i].text);
    EXPECT_EQ(eo[i].text, d.text.substr(eo[i].start, eo[i].end - eo[i].start));
  }
  auto qs = qo.quotes("kabul");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, d.quotes[0].text);
  EXPECT_EQ(qo.stats().events, qn.stats().events);
  // The counts kept by the triggers go on after the migration: a second
  // document adds its events to both stores alike.
  Document d2 = article("herat", std::string(kArticle) + "More.\n");
  old.put(d2, "");
  { Store now_writer(now_url); now_writer.put(d2, ""); }
  Store reread(now_url, true);
  EXPECT_EQ(qo.stats().events, Queries(reread).stats().events);
  EXPECT_EQ(scalar(old, "SELECT sum(events) FROM dyad_totals"), 6);
}
