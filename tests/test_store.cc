// The store on either back end (SQLite, or PostgreSQL when ctest runs the
// "pg:" copy): idempotent puts, replacement by id, full-text search,
// schema-version check, concurrent readers and writers, offset maps round-trip.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>
#include <vector>

#include "fixtures.h"
#include "store/statement.h"
#include "store/store.h"

using dyad::Document;
using dyad::store::PutResult;
using dyad::store::Store;
using dyad::store::StoreError;

namespace {

Document make_doc(const std::string& id, const std::string& text) {
  Document d = dyad::testing::process_text(text, id + ".txt");
  d.id = id;
  return d;
}

const char* kArticle =
    "Ministers Agree on Grain Corridor\n\n"
    "ANKARA - Foreign ministers of the three states agreed on Friday to reopen the grain corridor "
    "through the strait, officials said, ending a standoff that had lasted since the spring.\n\n"
    "The agreement was welcomed by the United Nations, whose envoy said shipments could resume "
    "within a week.\n";

}  // namespace

TEST(Store, PutIsIdempotentByContentHash) {
  Store db(dyad::testing::test_store("store"));
  Document d = make_doc("grain", kArticle);
  EXPECT_EQ(db.put(d, ""), PutResult::Inserted);
  EXPECT_EQ(db.put(d, ""), PutResult::Unchanged);
  EXPECT_EQ(db.document_count(), 1u);
  EXPECT_TRUE(db.has_hash(d.hash));
}

TEST(Store, SameIdNewBytesReplacesTheOldVersion) {
  Store db(dyad::testing::test_store("store"));
  EXPECT_EQ(db.put(make_doc("grain", kArticle), ""), PutResult::Inserted);
  Document v2 = make_doc("grain", std::string(kArticle) + "\nA later paragraph about barley exports.\n");
  EXPECT_EQ(db.put(v2, ""), PutResult::Updated);
  EXPECT_EQ(db.document_count(), 1u);
  auto hits = db.search("barley", 5, "[", "]");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "grain");
  EXPECT_NE(hits[0].snippet.find("[barley]"), std::string::npos);
}

TEST(Store, SearchFindsAndHighlightsAndSurvivesBadSyntax) {
  Store db(dyad::testing::test_store("store"));
  db.put(make_doc("grain", kArticle), "");
  auto hits = db.search("corridor", 5, "<", ">");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find("<corridor>"), std::string::npos) << hits[0].snippet;
  EXPECT_TRUE(db.search("sanctions", 5, "<", ">").empty());
  EXPECT_NO_THROW(db.search("AND \"unbalanced (", 5, "<", ">"));
  EXPECT_EQ(db.search("grain AND envoy", 5, "<", ">").size(), 1u);
}

TEST(Store, GetReturnsTextMetadataAndOffsetMap) {
  Store db(dyad::testing::test_store("store"));
  Document d = make_doc("grain", kArticle);
  db.put(d, "");
  auto got = db.get("grain");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->text, d.text);
  size_t at = got->text.find("officials");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(got->text_map.to_input(at), d.text_map.to_input(at));
  EXPECT_EQ(d.raw.substr(got->text_map.to_input(at), 9), "officials");
  EXPECT_FALSE(db.get("nope"));
}

TEST(Store, NewerSchemaFailsClearly) {
  std::string path = dyad::testing::test_store("store");
  {
    Store db(path);
    db.handle()->exec(dyad::testing::test_on_postgres() ? "UPDATE dyad_schema SET version = 99"
                                                        : "PRAGMA user_version=99");
  }
  try {
    Store db(path);
    FAIL() << "opened a newer schema";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

TEST(Store, NotADatabaseFailsClearly) {
  if (dyad::testing::test_on_postgres()) {
    // A database that does not exist on the server: the error names it.
    std::string url = dyad::testing::test_store("store");
    url.replace(url.find("/t_store_"), 9, "/no_such_");
    try {
      Store db(url);
      FAIL() << "opened " << url;
    } catch (const StoreError& e) {
      EXPECT_NE(std::string(e.what()).find(url.substr(0, url.find('?'))), std::string::npos) << e.what();
    }
    return;
  }
  std::string dir = dyad::testing::temp_dir("store");
  std::string path = dir + "/junk.sqlite";
  FILE* f = fopen(path.c_str(), "wb");
  fputs("this is not a database at all, just some text that is long enough to matter", f);
  fclose(f);
  EXPECT_THROW(Store db(path), StoreError);
}

TEST(Store, ReaderSeesCommittedDataWhileWriterHoldsATransaction) {
  std::string path = dyad::testing::test_store("store");
  Store writer(path);
  writer.put(make_doc("one", kArticle), "");
  writer.begin();
  writer.put(make_doc("two", std::string(kArticle) + "\nSecond version with wheat.\n"), "");
  Store reader(path, /*read_only=*/true);  // WAL / MVCC: readers are not blocked by the open write
  EXPECT_EQ(reader.document_count(), 1u);
  writer.commit();
  EXPECT_EQ(reader.document_count(), 2u);
}

TEST(Store, SignaturesOfKeptDocumentsOnly) {
  Store db(dyad::testing::test_store("store"));
  Document a = make_doc("a", kArticle);
  Document b = make_doc("b", std::string(kArticle) + "\nCopy.\n");
  b.duplicate_of = "a";
  db.put(a, "sigA");
  db.put(b, "sigB");
  auto sigs = db.signatures();
  ASSERT_EQ(sigs.size(), 1u);
  EXPECT_EQ(sigs[0].id, "a");
  EXPECT_EQ(sigs[0].signature, "sigA");
}

// Writers on their own connections (as from several processes) put the same
// and their own documents at once: each document is stored exactly once.
TEST(Store, ConcurrentWritersNeitherLoseNorDoubleADocument) {
  std::string path = dyad::testing::test_store("store");
  { Store create(path); }
  std::vector<Document> shared, own[3];
  for (int i = 0; i < 6; ++i) shared.push_back(make_doc("shared" + std::to_string(i), std::string(kArticle) + "\nShared " + std::to_string(i) + ".\n"));
  for (int w = 0; w < 3; ++w)
    for (int i = 0; i < 4; ++i)
      own[w].push_back(make_doc("own" + std::to_string(w) + "-" + std::to_string(i),
                                std::string(kArticle) + "\nWriter " + std::to_string(w) + " item " + std::to_string(i) + ".\n"));
  std::vector<std::thread> writers;
  std::atomic<int> errors{0};
  for (int w = 0; w < 3; ++w)
    writers.emplace_back([&, w] {
      try {
        Store db(path);
        for (int round = 0; round < 2; ++round) {
          db.begin();
          for (const auto& d : shared) db.put(d, "");
          db.put(own[w][static_cast<size_t>(round * 2)], "");
          db.put(own[w][static_cast<size_t>(round * 2 + 1)], "");
          db.commit();
        }
      } catch (const std::exception& e) {
        ++errors;
        ADD_FAILURE() << e.what();
      }
    });
  for (auto& t : writers) t.join();
  EXPECT_EQ(errors.load(), 0);
  Store db(path, true);
  EXPECT_EQ(db.document_count(), 6u + 12u);
  for (const auto& d : shared) EXPECT_EQ(db.id_for_hash(d.hash), d.id);
}

// A write that fails inside a transaction fails the transaction: at once on
// SQLite, at the latest at commit on PostgreSQL (where writes are queued in a
// pipeline); after the rollback nothing of it is stored and the store goes on.
TEST(Store, AFailedWriteFailsItsTransactionAndTheStoreGoesOn) {
  Store db(dyad::testing::test_store("failed-write"));
  Document d = make_doc("grain", kArticle);
  db.begin();
  db.put(d, "");
  bool failed = false;
  try {
    dyad::store::Statement bad(db.handle(), "INSERT INTO totals (name, value) VALUES (NULL, 1)");
    bad.step();
    db.commit();
  } catch (const StoreError&) {
    failed = true;
    db.rollback();
  }
  EXPECT_TRUE(failed);
  EXPECT_EQ(db.document_count(), 0u);
  EXPECT_EQ(db.put(d, ""), PutResult::Inserted);
  EXPECT_EQ(db.document_count(), 1u);
}

// Many rows of one table in one transaction (more than one multi-row INSERT
// and more than one pipeline sync on PostgreSQL), NULL and non-NULL values
// mixed in one column: every row stored, every count kept.
TEST(Store, ManyLayerRowsOfOneDocumentAreAllStoredAndCounted) {
  Store db(dyad::testing::test_store("many-rows"));
  Document d = make_doc("grain", kArticle);
  d.actors.clear();
  d.timexes.clear();
  for (uint32_t i = 0; i < 1300; ++i) {
    std::string code = "ACT" + std::to_string(i % 7);
    d.actors.push_back({.start = i, .end = i + 3, .code = code, .name = i % 3 ? code + " name" : "",
                        .kind = dyad::MentionKind::Government, .country = i % 2 ? "TUR" : "", .role = ""});
    d.timexes.push_back({{i, i + 1}, dyad::TimexType::Date, dyad::base::SmallString(i % 2 ? "2020-01-01" : "")});
  }
  d.quotes.clear();
  for (int i = 0; i < 600; ++i) {  // speaker spans and verbs NULL in every other row
    dyad::Quote q;
    q.start = static_cast<uint32_t>(i);
    q.end = q.start + 2;
    q.text = "words";
    q.speaker_start = i % 2 ? i : -1;
    q.speaker_end = i % 2 ? i + 1 : -1;
    q.verb = i % 3 ? "said" : "";
    d.quotes.push_back(q);
  }
  db.begin();
  EXPECT_EQ(db.put(d, ""), PutResult::Inserted);
  db.commit();
  dyad::store::Statement n(db.handle(), "SELECT count(*), count(DISTINCT start) FROM mentions");
  ASSERT_TRUE(n.step());
  EXPECT_EQ(n.integer(0), 1300);
  EXPECT_EQ(n.integer(1), 1300);
  dyad::store::Statement counts(db.handle(), "SELECT sum(mentions), count(*) FROM actors WHERE code LIKE 'ACT%'");
  ASSERT_TRUE(counts.step());
  EXPECT_EQ(counts.integer(0), 1300);
  EXPECT_EQ(counts.integer(1), 7);
  dyad::store::Statement t(db.handle(), "SELECT count(*) FROM timex");
  ASSERT_TRUE(t.step());
  EXPECT_EQ(t.integer(0), 1300);
  dyad::store::Statement q(db.handle(),
                           "SELECT count(*), count(speaker_start), count(verb), (SELECT value FROM totals WHERE name = 'quotes') "
                           "FROM quotes");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.integer(0), 600);
  EXPECT_EQ(q.integer(1), 300);
  EXPECT_EQ(q.integer(2), 400);
  EXPECT_EQ(q.integer(3), 600);
}
