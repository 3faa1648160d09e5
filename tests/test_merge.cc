// Merging partition stores (store/merge.h, `dyad merge`): the merged store
// holds what one store fed the same documents in the same order holds (ids,
// rowids, layers, counts kept by the triggers); merging again changes
// nothing; a copy that only meets its original across parts becomes its
// duplicate; a file that is not a store is refused by name and nothing moves.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "dedup/near_dup.h"
#include "fixtures.h"
#include "store/merge.h"
#include "store/statement.h"
#include "store/store.h"

using dyad::Document;
using dyad::store::Statement;
using dyad::store::Store;

namespace {

const char* kTexts[] = {
    "Border Talks Resume\n\nThe foreign minister of Kenya met the president of Uganda in Kampala on Tuesday and "
    "signed an agreement on border trade, officials said.\n\nUganda praised Kenya for reopening the crossing.\n",
    "Troops Clash\n\nSoldiers from Sudan attacked positions held by rebels near the border with Chad on Monday, "
    "the army said.\n\nChad accused Sudan of arming the rebels.\n",
    "Aid Pledged\n\nJapan promised economic aid to Indonesia after floods, and Indonesia thanked Japan.\n",
};

// The first text again with a changed last line: a near-duplicate.
std::string near_copy() {
  std::string t = kTexts[0];
  return t.substr(0, t.rfind("Uganda praised")) + "Uganda welcomed the step.\n";
}

std::vector<Document> docs(const std::vector<std::pair<std::string, std::string>>& texts) {
  std::vector<Document> out;
  for (const auto& [id, text] : texts) {
    Document d = dyad::testing::process_text(text, id + ".txt", "2019-05-14");
    d.id = id;
    out.push_back(std::move(d));
  }
  dyad::dedup::mark_duplicates(out);
  return out;
}

void put_all(Store& s, const std::vector<Document>& ds) {
  s.begin();
  for (const auto& d : ds) s.put(d, dyad::dedup::signature(d.text).to_bytes());
  s.commit();
}

// Every row of a query, columns joined, for comparing two stores.
std::vector<std::string> rows(Store& s, const std::string& sql) {
  std::vector<std::string> out;
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(s.handle()->sqlite_handle(), sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
  while (st && sqlite3_step(st) == SQLITE_ROW) {
    std::string row;
    for (int c = 0; c < sqlite3_column_count(st); ++c) {
      const void* p = sqlite3_column_blob(st, c);
      row += p ? std::string(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, c))) : "NULL";
      row += '|';
    }
    out.push_back(row);
  }
  sqlite3_finalize(st);
  return out;
}

const char* kTables[] = {
    "SELECT rowid, id, hash, text, title, published, duplicate_of, merged, signature FROM documents ORDER BY rowid",
    "SELECT * FROM events ORDER BY id", "SELECT * FROM mentions ORDER BY doc, start", "SELECT * FROM quotes ORDER BY doc, start",
    "SELECT * FROM timex ORDER BY doc, start", "SELECT * FROM timeline ORDER BY doc, start",
    "SELECT * FROM actors ORDER BY code", "SELECT * FROM dyad_days ORDER BY 1, 2, 3",
    "SELECT * FROM dyad_totals ORDER BY 1, 2", "SELECT * FROM totals ORDER BY 1",
    "SELECT * FROM hedging_months ORDER BY 1, 2, 3"};

struct Dirs {
  std::string dir = dyad::testing::temp_dir("merge");
  std::string path(const char* name) const { return (std::filesystem::path(dir) / name).string(); }
  ~Dirs() { std::filesystem::remove_all(dir); }
};

}  // namespace

TEST(Merge, PartsGiveTheStoreOfOneIngest) {
  Dirs d;
  std::vector<std::pair<std::string, std::string>> all = {
      {"a", kTexts[0]}, {"b", kTexts[1]}, {"c", kTexts[2]}, {"a-copy", near_copy()}};
  {
    Store one(d.path("one.sqlite"));
    put_all(one, docs(all));
    one.refresh_model();
    Store p1(d.path("p1.sqlite")), p2(d.path("p2.sqlite"));
    put_all(p1, docs({all[0], all[1]}));
    put_all(p2, docs({all[2], all[3]}));
  }
  Store out(d.path("out.sqlite"));
  auto c1 = dyad::store::merge_store(out, d.path("p1.sqlite"));
  auto c2 = dyad::store::merge_store(out, d.path("p2.sqlite"));
  out.refresh_model();
  EXPECT_EQ(c1.inserted + c2.inserted, 4u);
  EXPECT_EQ(c2.duplicates, 1u);  // the copy met its original only in the merge
  Store one(d.path("one.sqlite"));
  ASSERT_EQ(rows(one, "SELECT duplicate_of FROM documents WHERE id = 'a-copy'"), std::vector<std::string>{"a|"});
  EXPECT_GT(rows(one, "SELECT * FROM events").size(), 2u);
  for (const char* sql : kTables) EXPECT_EQ(rows(out, sql), rows(one, sql)) << sql;

  // Merging a part again changes nothing.
  auto again = dyad::store::merge_store(out, d.path("p1.sqlite"));
  out.refresh_model();
  EXPECT_EQ(again.inserted, 0u);
  EXPECT_EQ(again.unchanged, 2u);
  for (const char* sql : kTables) EXPECT_EQ(rows(out, sql), rows(one, sql)) << sql;
}

TEST(Merge, SameIdOtherBytesReplacesTheDocumentAndItsLayers) {
  Dirs d;
  {
    Store p1(d.path("p1.sqlite")), p2(d.path("p2.sqlite"));
    put_all(p1, docs({{"x", kTexts[1]}}));
    put_all(p2, docs({{"x", kTexts[2]}}));
  }
  Store out(d.path("out.sqlite"));
  dyad::store::merge_store(out, d.path("p1.sqlite"));
  auto c = dyad::store::merge_store(out, d.path("p2.sqlite"));
  EXPECT_EQ(c.replaced, 1u);
  EXPECT_EQ(out.document_count(), 1u);
  for (const auto& r : rows(out, "SELECT source FROM events")) EXPECT_TRUE(r == "JPN|" || r == "IDN|") << r;
  // No count is left from the replaced version.
  EXPECT_EQ(rows(out, "SELECT value FROM totals WHERE name = 'events'"),
            rows(out, "SELECT count(*) FROM events WHERE kept = 1"));
  EXPECT_EQ(rows(out, "SELECT coalesce(sum(events), 0) FROM dyad_totals"),
            rows(out, "SELECT count(*) FROM events WHERE kept = 1 AND target <> ''"));
}

TEST(Merge, NotAStoreIsNamedAndNothingMoves) {
  Dirs d;
  { std::ofstream(d.path("junk.sqlite")) << std::string(4096, 'x'); }
  Store out(d.path("out.sqlite"));
  try {
    dyad::store::merge_store(out, d.path("junk.sqlite"));
    FAIL() << "no error";
  } catch (const dyad::store::StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("junk.sqlite"), std::string::npos) << e.what();
  }
  EXPECT_THROW(dyad::store::merge_store(out, d.path("missing.sqlite")), dyad::store::StoreError);
  EXPECT_THROW(dyad::store::merge_store(out, d.path("out.sqlite")), dyad::store::StoreError);
  EXPECT_EQ(out.document_count(), 0u);
  // The output is still usable after a refused part.
  {
    Store p(d.path("p.sqlite"));
    put_all(p, docs({{"c", kTexts[2]}}));
  }
  EXPECT_EQ(dyad::store::merge_store(out, d.path("p.sqlite")).inserted, 1u);
}
