// The packed clean text of SQLite stores (schema 7, store/text_codec.h): a
// dictionary is trained once the store holds a megabyte of text and every
// text is then packed; the API answers the same as over plain text; a
// version-6 store is migrated (index rebuilt, texts packed, the root index of
// the mentions dropped); a merged part brings its dictionary along.
#include <gtest/gtest.h>

#include <filesystem>

#include "fixtures.h"
#include "store/merge.h"
#include "store/queries.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/text_codec.h"

using dyad::Document;
using dyad::store::Queries;
using dyad::store::Statement;
using dyad::store::Store;

namespace {

#define SQLITE_ONLY()                                                \
  do {                                                               \
    if (dyad::testing::test_on_postgres()) {                         \
      GTEST_SKIP() << "SQLite keeps packed texts";                   \
    }                                                                \
  } while (0)

const char* kLead = "Russia hosted Afghan government envoys in Kabul. ";

// Sentences of a small made-up vocabulary drawn by a fixed generator, so that
// texts share words the way the articles of one corpus do.
std::string made_up_text(unsigned seed, size_t words) {
  static const char* kWords[] = {"minister", "talks", "border", "troops", "said", "officials", "the", "of",
                                 "agreement", "aid", "rebels", "government", "on", "Tuesday", "ceasefire",
                                 "envoy", "with", "and", "sanctions", "election", "protest", "police", "in",
                                 "capital", "summit", "trade", "refugees", "army", "opposition", "vote"};
  std::string out = kLead;
  unsigned x = seed * 2654435761u + 12345u;
  for (size_t i = 0; i < words; ++i) {
    x = x * 1103515245u + 12345u;
    out += kWords[(x >> 16) % (sizeof kWords / sizeof *kWords)];
    out += (i % 12 == 11) ? ".\n" : " ";
  }
  out += "word" + std::to_string(seed) + ".\n";  // a word of this text alone
  return out;
}

Document made_up_document(unsigned i) {
  Document d = dyad::testing::bare_document("doc" + std::to_string(i), "2013-03-12", made_up_text(i, 1500));
  dyad::testing::add_mention(d, "Russia", "RUS", "Russia");
  dyad::testing::add_mention(d, "Afghan government", "AFGGOV", "Afghan government");
  dyad::testing::add_event(d, "Russia hosted Afghan government envoys", "RUS", "AFGGOV", "042");
  return d;
}

// Documents enough to pass kTextTrainBytes.
constexpr unsigned kDocs = 130;

long long scalar(const Store& db, const char* sql) {
  Statement st(db.handle(), sql);
  return st.step() ? st.integer(0) : -1;
}

// What the API reads from a store for a few documents and queries, as text.
std::string answers(const Store& db) {
  Queries q(db);
  std::string out;
  for (const char* words : {"ceasefire", "word7", "\"border troops\"", "Kabul AND word99"}) {
    dyad::store::SearchFilter f;
    f.q = words;
    f.limit = 5;
    auto page = q.search(f);
    out += std::string(words) + " " + std::to_string(page.total) + "\n";
    for (const auto& h : page.hits) out += h.id + " " + std::to_string(h.score) + " " + h.snippet + "\n";
    for (const auto& h : db.search(words, 3, "[", "]")) out += h.id + " " + h.snippet + "\n";
  }
  dyad::store::SearchFilter none;
  none.limit = 3;
  for (const auto& h : q.search(none).hits) out += h.id + " " + h.snippet + "\n";
  for (const char* id : {"doc0", "doc64", "doc129"}) {
    auto d = db.get(id);
    out += d ? d->text : "missing";
    for (const auto& e : q.document_events(id)) out += e.text + "\n";
  }
  return out;
}

// The store's texts back to plain TEXT and its dictionaries gone.
void unpack_all(Store& db) {
  db.handle()->exec("UPDATE documents SET text = dyad_text(text); DELETE FROM text_dicts;");
}

void check_index(const Store& db) {
  EXPECT_NO_THROW(db.handle()->exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')"));
}

}  // namespace

TEST(TextCodec, PackedTextsComeBackAndNameTheirDictionary) {
  std::vector<std::string> texts;
  for (unsigned i = 0; i < 100; ++i) texts.push_back(made_up_text(i, 400));
  std::string dict = dyad::store::train_text_dictionary({texts.begin(), texts.end()});
  ASSERT_FALSE(dict.empty());
  dyad::store::TextPacker packer(dict);
  EXPECT_EQ(packer.id(), dyad::store::text_dictionary_id(dict));
  std::string packed = packer.pack(texts[3]);
  EXPECT_LT(packed.size(), texts[3].size() / 3);
  dyad::store::TextUnpacker unpacker;
  int loads = 0;
  auto load = [&](unsigned id) {
    ++loads;
    return id == packer.id() ? dict : std::string();
  };
  EXPECT_EQ(unpacker.unpack(packed, load), texts[3]);
  EXPECT_EQ(unpacker.unpack(packer.pack(texts[4]), load), texts[4]);
  EXPECT_EQ(unpacker.unpack(packed, load), texts[3]);
  EXPECT_EQ(loads, 1);  // the dictionary is read once
  dyad::store::TextUnpacker stranger;
  EXPECT_THROW(stranger.unpack(packed, [](unsigned) { return std::string(); }), dyad::store::StoreError);
  EXPECT_THROW(stranger.unpack("not a frame", load), dyad::store::StoreError);
  // Too little text to learn from: no dictionary.
  EXPECT_TRUE(dyad::store::train_text_dictionary({"a few words"}).empty());
}

TEST(StoreText, TextsArePackedOnceTheStoreHoldsAMegabyteAndAnswerTheSame) {
  SQLITE_ONLY();
  std::string dir = dyad::testing::temp_dir("text"), path = dir + "/packed.sqlite", plain = dir + "/plain.sqlite";
  long long plain_bytes = 0;
  {
    Store db(path);
    db.begin();
    for (unsigned i = 0; i < kDocs; ++i) {
      Document d = made_up_document(i);
      plain_bytes += static_cast<long long>(d.text.size());
      db.put(d, "");
      if (i == 0) {
        EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents WHERE typeof(text) = 'text'"), 1);
      }
    }
    db.commit();
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM text_dicts"), 1);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents WHERE typeof(text) = 'blob'"), kDocs);
    EXPECT_LT(scalar(db, "SELECT sum(length(text)) FROM documents"), plain_bytes / 3);
    check_index(db);
  }
  std::filesystem::copy_file(path, plain);
  Store packed(path, true), unpacked(plain);
  unpack_all(unpacked);
  EXPECT_EQ(scalar(unpacked, "SELECT count(*) FROM documents WHERE typeof(text) = 'text'"), kDocs);
  check_index(unpacked);
  std::string a = answers(packed);
  EXPECT_NE(a.find("\x02word7\x03"), std::string::npos);
  EXPECT_EQ(a, answers(unpacked));
  EXPECT_EQ(packed.get("doc5")->text, made_up_document(5).text);
}

TEST(StoreText, VersionSixStoreIsRebuiltPackedAndAnswersTheSame) {
  SQLITE_ONLY();
  std::string dir = dyad::testing::temp_dir("text"), now = dir + "/v7.sqlite", old = dir + "/v6.sqlite";
  {
    Store db(now);
    db.begin();
    for (unsigned i = 0; i < kDocs; ++i) db.put(made_up_document(i), "");
    db.commit();
  }
  std::filesystem::copy_file(now, old);
  {
    // Back to version 6: plain texts indexed straight from documents, the
    // mentions one table again (with its triggers) and its root index.
    Store db(old);
    unpack_all(db);
    db.handle()->exec(R"SQL(
      DROP TRIGGER documents_ai; DROP TRIGGER documents_ad; DROP TRIGGER documents_au;
      DROP TABLE documents_fts; DROP VIEW documents_plain; DROP TABLE text_dicts;
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
      INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
      CREATE TABLE mentions_t AS SELECT doc, start, end, code, root, name, kind, country, role FROM mentions
        ORDER BY doc, seq;
      DROP VIEW mentions; DROP TABLE mention_rows; DROP TABLE mention_refs;
      ALTER TABLE mentions_t RENAME TO mentions;
      CREATE INDEX mentions_doc ON mentions(doc);
      CREATE INDEX mentions_code ON mentions(code, doc);
      CREATE TRIGGER mentions_ai AFTER INSERT ON mentions WHEN new.code <> '' BEGIN
        INSERT INTO actors(code, name, kind, country, mentions) VALUES (new.code, new.name, new.kind, new.country, 1)
        ON CONFLICT(code) DO UPDATE SET mentions = mentions + 1;
      END;
      CREATE TRIGGER mentions_ad AFTER DELETE ON mentions WHEN old.code <> '' BEGIN
        UPDATE actors SET mentions = mentions - 1 WHERE code = old.code;
      END;
      CREATE INDEX mentions_root ON mentions(root, doc);
      PRAGMA user_version=6;)SQL");
  }
  {
    Store ro(old, true);  // read as it is
    EXPECT_EQ(ro.schema_version(), 6);
    EXPECT_EQ(ro.get("doc3")->text, made_up_document(3).text);
  }
  Store migrated(old), fresh(now, true);
  EXPECT_EQ(migrated.schema_version(), dyad::store::kSchemaVersion);
  EXPECT_EQ(scalar(migrated, "SELECT count(*) FROM documents WHERE typeof(text) = 'blob'"), kDocs);
  EXPECT_EQ(scalar(migrated, "SELECT count(*) FROM sqlite_master WHERE name = 'mentions_root'"), 0);
  // The mentions moved into spans and references, in their order, the
  // actors' counts unchanged.
  EXPECT_EQ(scalar(migrated, "SELECT count(*) FROM sqlite_master WHERE name = 'mentions_v7'"), 0);
  EXPECT_EQ(scalar(migrated, "SELECT count(*) FROM sqlite_master WHERE name = 'mentions' AND type = 'view'"), 1);
  const char* order = "SELECT count(*) FROM (SELECT doc, seq, start, end, code, name, role FROM mentions "
                      "EXCEPT SELECT doc, seq, start, end, code, name, role FROM fresh.mentions)";
  migrated.handle()->exec("ATTACH '" + now + "' AS fresh");
  EXPECT_GT(scalar(migrated, "SELECT count(*) FROM mentions"), 0);
  EXPECT_EQ(scalar(migrated, "SELECT count(*) FROM mentions"), scalar(fresh, "SELECT count(*) FROM mentions"));
  EXPECT_EQ(scalar(migrated, order), 0);
  EXPECT_EQ(scalar(migrated, "SELECT count(*) FROM (SELECT code, mentions FROM actors EXCEPT "
                             "SELECT code, mentions FROM fresh.actors)"), 0);
  migrated.handle()->exec("DETACH fresh");
  check_index(migrated);
  EXPECT_EQ(answers(migrated), answers(fresh));
  // Roll-up search reads the code index now.
  dyad::store::SearchFilter f;
  f.actor = "AFG";
  f.rollup = true;
  EXPECT_EQ(Queries(migrated).search(f).total, kDocs);
  migrated.put(made_up_document(500), "");
  EXPECT_EQ(scalar(migrated, "SELECT count(*) FROM documents WHERE typeof(text) = 'blob'"), kDocs + 1);
}

TEST(StoreText, AMergedPartBringsItsDictionary) {
  SQLITE_ONLY();
  std::string dir = dyad::testing::temp_dir("text"), part = dir + "/part.sqlite", out = dir + "/out.sqlite";
  {
    Store db(part);
    db.begin();
    for (unsigned i = 0; i < kDocs; ++i) db.put(made_up_document(i), "");
    db.commit();
  }
  Store merged(out);
  dyad::store::merge_store(merged, part);
  EXPECT_EQ(scalar(merged, "SELECT count(*) FROM text_dicts"), 1);
  check_index(merged);
  Store source(part, true);
  EXPECT_EQ(answers(merged), answers(source));
  // Later puts pack with the dictionary the part brought.
  merged.put(made_up_document(700), "");
  EXPECT_EQ(scalar(merged, "SELECT count(*) FROM documents WHERE typeof(text) = 'blob'"), kDocs + 1);
}
