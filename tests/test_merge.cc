// Merging partition stores (store/merge.h, `dyad merge`): the merged store
// holds what one store fed the same documents in the same order holds (ids,
// rowids, layers, counts kept by the triggers); merging again changes
// nothing; a copy that only meets its original across parts becomes its
// duplicate; a file that is not a store is refused by name and nothing moves.
// ctest runs the suite again with a PostgreSQL output (pg:Merge...; the parts
// are SQLite stores either way), where writers merging at once lose and
// double nothing.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

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

// Every row of a query (its first `columns` columns) joined, each value
// written the same way on both back ends, for comparing two stores.
std::vector<std::string> rows(Store& s, const std::string& sql, int columns = 1) {
  std::vector<std::string> out;
  Statement st(s.handle(), sql.c_str());
  while (st.step()) {
    std::string row;
    for (int c = 0; c < columns; ++c) {
      char buf[40];
      switch (st.kind(c)) {
        case dyad::store::ColumnKind::Null: row += "NULL"; break;
        case dyad::store::ColumnKind::Integer: row += std::to_string(st.integer(c)); break;
        case dyad::store::ColumnKind::Real:
          std::snprintf(buf, sizeof buf, "%.17g", st.real(c));
          row += buf;
          break;
        default: row += st.view(c);
      }
      row += '|';
    }
    out.push_back(row);
  }
  return out;
}

// Queries comparing two stores, with their numbers of columns.
const std::pair<const char*, int> kTables[] = {
    {"SELECT rowid, id, hash, text, title, published, duplicate_of, merged, signature FROM documents ORDER BY rowid", 9},
    {"SELECT id, doc, sentence, start, end, source, target, source_root, target_root, code, root, quad, goldstein, date, "
     "own_date, modality, location, verb_start, verb_end, kept, source_start, source_end, target_start, target_end "
     "FROM events ORDER BY id", 24},
    {"SELECT doc, start, end, code, root, name, kind, country, role FROM mentions ORDER BY doc, start, code", 9},
    {"SELECT doc, start, end, speaker, speaker_actor, speaker_root, speaker_kind, kind, attribution, type, "
     "speaker_start, speaker_end, verb FROM quotes ORDER BY doc, start", 13},
    {"SELECT doc, start, end, type, value FROM timex ORDER BY doc, start", 5},
    {"SELECT doc, start, end, date, end_date, text, kind FROM timeline ORDER BY doc, start", 7},
    {"SELECT code, name, kind, country, mentions, events FROM actors ORDER BY code", 6},
    {"SELECT day, source, target, source_root, target_root, q0, q1, q2, q3, q4, events, goldstein FROM dyad_days "
     "ORDER BY 1, 2, 3", 12},
    {"SELECT source, target, source_root, target_root, q0, q1, q2, q3, q4, events, goldstein FROM dyad_totals "
     "ORDER BY 1, 2", 11},
    {"SELECT name, value FROM totals ORDER BY 1", 2},
    {"SELECT rollup, actor, month, value FROM hedging_months ORDER BY 1, 2, 3", 4}};

struct Dirs {
  std::string dir = dyad::testing::temp_dir("merge");
  std::string path(const char* name) const { return (std::filesystem::path(dir) / name).string(); }
  // The output store: an SQLite file, or a fresh PostgreSQL database on the
  // pg: pass.
  std::string out(const char* tag = "out") const {
    return dyad::testing::test_on_postgres() ? dyad::testing::postgres_database(tag) : path("out.sqlite");
  }
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
  Store out(d.out());
  auto c1 = dyad::store::merge_store(out, d.path("p1.sqlite"));
  auto c2 = dyad::store::merge_store(out, d.path("p2.sqlite"));
  out.refresh_model();
  EXPECT_EQ(c1.inserted + c2.inserted, 4u);
  EXPECT_EQ(c2.duplicates, 1u);  // the copy met its original only in the merge
  Store one(d.path("one.sqlite"));
  ASSERT_EQ(rows(one, "SELECT duplicate_of FROM documents WHERE id = 'a-copy'"), std::vector<std::string>{"a|"});
  EXPECT_GT(rows(one, "SELECT * FROM events").size(), 2u);
  for (auto [sql, n] : kTables) EXPECT_EQ(rows(out, sql, n), rows(one, sql, n)) << sql;

  // Merging a part again changes nothing.
  auto again = dyad::store::merge_store(out, d.path("p1.sqlite"));
  out.refresh_model();
  EXPECT_EQ(again.inserted, 0u);
  EXPECT_EQ(again.unchanged, 2u);
  for (auto [sql, n] : kTables) EXPECT_EQ(rows(out, sql, n), rows(one, sql, n)) << sql;
}

TEST(Merge, SameIdOtherBytesReplacesTheDocumentAndItsLayers) {
  Dirs d;
  {
    Store p1(d.path("p1.sqlite")), p2(d.path("p2.sqlite"));
    put_all(p1, docs({{"x", kTexts[1]}}));
    put_all(p2, docs({{"x", kTexts[2]}}));
  }
  Store out(d.out());
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

TEST(Merge, WritersMergingAtOnceLoseAndDoubleNothing) {
  Dirs d;
  const char* names[] = {"p1.sqlite", "p2.sqlite", "p3.sqlite", "p4.sqlite"};
  {
    Store p1(d.path(names[0])), p2(d.path(names[1])), p3(d.path(names[2])), p4(d.path(names[3]));
    put_all(p1, docs({{"a", kTexts[0]}, {"b", kTexts[1]}}));
    put_all(p2, docs({{"c", kTexts[2]}, {"a-copy", near_copy()}}));
    put_all(p3, docs({{"a", kTexts[0]}, {"b", kTexts[1]}}));  // the same bytes as p1
    put_all(p4, docs({{"c", kTexts[2]}}));
  }
  std::string out = d.out("concurrent");
  { Store create(out); }
  // One writer per part, each with its own connection, all at once (as the
  // workers of a distributed run merging their partitions).
  std::vector<dyad::store::MergeCounts> counts(4);
  std::vector<std::string> errors(4);
  std::vector<std::thread> writers;
  for (int i = 0; i < 4; ++i)
    writers.emplace_back([&, i] {
      try {
        Store s(out);
        counts[static_cast<size_t>(i)] = dyad::store::merge_store(s, d.path(names[i]));
      } catch (const std::exception& e) {
        errors[static_cast<size_t>(i)] = e.what();
      }
    });
  for (auto& w : writers) w.join();
  size_t inserted = 0, unchanged = 0;
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(errors[static_cast<size_t>(i)], "") << names[i];
    inserted += counts[static_cast<size_t>(i)].inserted;
    unchanged += counts[static_cast<size_t>(i)].unchanged;
  }
  EXPECT_EQ(inserted, 4u);
  EXPECT_EQ(unchanged, 3u);
  Store s(out);
  s.refresh_model();
  EXPECT_EQ(rows(s, "SELECT count(*), count(DISTINCT id), count(DISTINCT hash) FROM documents", 3),
            std::vector<std::string>{"4|4|4|"});
  // The near copy met its original only across parts: exactly one of the two is linked to the other.
  EXPECT_EQ(rows(s, "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"), std::vector<std::string>{"1|"});
  EXPECT_EQ(rows(s, "SELECT value FROM totals WHERE name = 'events'"),
            rows(s, "SELECT count(*) FROM events WHERE kept = 1"));
  EXPECT_EQ(rows(s, "SELECT coalesce(sum(events), 0) FROM dyad_totals"),
            rows(s, "SELECT count(*) FROM events WHERE kept = 1 AND target <> ''"));
  EXPECT_EQ(rows(s, "SELECT count(*) FROM events e JOIN documents d ON d.rowid = e.doc"),
            rows(s, "SELECT count(*) FROM events"));
}
