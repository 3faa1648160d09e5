// The SQLite store: idempotent puts, replacement by id, FTS5 search,
// schema-version check, concurrent readers (WAL), offset maps round-trip.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "fixtures.h"
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
  std::string dir = dyad::testing::temp_dir("store");
  Store db(dir + "/a.sqlite");
  Document d = make_doc("grain", kArticle);
  EXPECT_EQ(db.put(d, ""), PutResult::Inserted);
  EXPECT_EQ(db.put(d, ""), PutResult::Unchanged);
  EXPECT_EQ(db.document_count(), 1u);
  EXPECT_TRUE(db.has_hash(d.hash));
}

TEST(Store, SameIdNewBytesReplacesTheOldVersion) {
  std::string dir = dyad::testing::temp_dir("store");
  Store db(dir + "/a.sqlite");
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
  std::string dir = dyad::testing::temp_dir("store");
  Store db(dir + "/a.sqlite");
  db.put(make_doc("grain", kArticle), "");
  auto hits = db.search("corridor", 5, "<", ">");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find("<corridor>"), std::string::npos) << hits[0].snippet;
  EXPECT_TRUE(db.search("sanctions", 5, "<", ">").empty());
  EXPECT_NO_THROW(db.search("AND \"unbalanced (", 5, "<", ">"));
  EXPECT_EQ(db.search("grain AND envoy", 5, "<", ">").size(), 1u);
}

TEST(Store, GetReturnsTextMetadataAndOffsetMap) {
  std::string dir = dyad::testing::temp_dir("store");
  Store db(dir + "/a.sqlite");
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
  std::string dir = dyad::testing::temp_dir("store");
  std::string path = dir + "/new.sqlite";
  { Store db(path); }
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  sqlite3_exec(raw, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
  sqlite3_close(raw);
  try {
    Store db(path);
    FAIL() << "opened a newer schema";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

TEST(Store, NotADatabaseFailsClearly) {
  std::string dir = dyad::testing::temp_dir("store");
  std::string path = dir + "/junk.sqlite";
  FILE* f = fopen(path.c_str(), "wb");
  fputs("this is not a database at all, just some text that is long enough to matter", f);
  fclose(f);
  EXPECT_THROW(Store db(path), StoreError);
}

TEST(Store, ReaderSeesCommittedDataWhileWriterHoldsATransaction) {
  std::string dir = dyad::testing::temp_dir("store");
  std::string path = dir + "/wal.sqlite";
  Store writer(path);
  writer.put(make_doc("one", kArticle), "");
  writer.begin();
  writer.put(make_doc("two", std::string(kArticle) + "\nSecond version with wheat.\n"), "");
  Store reader(path, /*read_only=*/true);  // WAL: readers are not blocked by the open write
  EXPECT_EQ(reader.document_count(), 1u);
  writer.commit();
  EXPECT_EQ(reader.document_count(), 2u);
}

TEST(Store, SignaturesOfKeptDocumentsOnly) {
  std::string dir = dyad::testing::temp_dir("store");
  Store db(dir + "/s.sqlite");
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
