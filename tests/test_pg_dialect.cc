// The PostgreSQL dialect layer (no server needed): numbered and anonymous
// parameters become $N for the parameters a statement uses, the reserved
// `end` column is quoted where unqualified, literals are left alone, LIKE
// ignores case as SQLite's does; FTS5 queries become tsquery text or are
// refused as FTS5 refuses them.
#include <gtest/gtest.h>

#include "store/pg_dialect.h"

using dyad::store::to_postgres;
using dyad::store::tsquery_from_fts5;
using dyad::store::tsquery_words;

TEST(PgDialect, ParametersAreRenumberedInOrderOfUse) {
  auto p = to_postgres("SELECT a FROM t WHERE x = ?3 AND y = ?1 AND z = ?3 LIMIT ?6");
  EXPECT_EQ(p.sql, "SELECT a FROM t WHERE x = $1 AND y = $2 AND z = $1 LIMIT $3");
  EXPECT_EQ(p.params, (std::vector<int>{3, 1, 6}));
  auto q = to_postgres("INSERT INTO t (a, b) VALUES (?,?)");
  EXPECT_EQ(q.sql, "INSERT INTO t (a, b) VALUES ($1,$2)");
  EXPECT_EQ(q.params, (std::vector<int>{1, 2}));
}

TEST(PgDialect, EndColumnQuotedLiteralsUntouched) {
  auto p = to_postgres("SELECT m.end, end FROM m WHERE name = 'the end?' AND x LIKE ?1 ESCAPE '\\'");
  EXPECT_EQ(p.sql, "SELECT m.end, \"end\" FROM m WHERE name = 'the end?' AND x ILIKE $1 ESCAPE '\\'");
  EXPECT_EQ(to_postgres("SELECT 'it''s ?1' , ?2").sql, "SELECT 'it''s ?1' , $1");
  EXPECT_EQ(to_postgres("x IN (SELECT value FROM json_each(?1))").sql, "x IN (SELECT value FROM dyad_json_each($1))");
}

TEST(PgDialect, Fts5QueriesBecomeTsqueries) {
  EXPECT_EQ(tsquery_from_fts5("grain envoy"), "'grain' & 'envoy'");
  EXPECT_EQ(tsquery_from_fts5("grain AND envoy"), "'grain' & 'envoy'");
  EXPECT_EQ(tsquery_from_fts5("water OR grain"), "'water' | 'grain'");
  EXPECT_EQ(tsquery_from_fts5("sanctions NOT wheat"), "'sanctions' & !'wheat'");
  EXPECT_EQ(tsquery_from_fts5("\"border talks\" minist*"), "'border talks' & 'minist':*");
  EXPECT_EQ(tsquery_from_fts5("(\"a\"* \"b\"*) OR (c)"), "('a':* & 'b':*) | ('c')");
  EXPECT_EQ(tsquery_from_fts5("\"it's\""), "'it''s'");
}

TEST(PgDialect, InvalidFts5IsRefusedAndSearchedAsWords) {
  EXPECT_FALSE(tsquery_from_fts5("AND \"unbalanced ("));
  EXPECT_FALSE(tsquery_from_fts5("(grain"));
  EXPECT_FALSE(tsquery_from_fts5("grain OR"));
  EXPECT_FALSE(tsquery_from_fts5("U.S."));
  EXPECT_EQ(tsquery_words("U.S. (grain"), "'U.S.' & '(grain'");
  EXPECT_EQ(tsquery_words("a' \\b", true), "'a''':* & '\\\\b':*");
}
