// The CAMEO -> PLOVER table (data/events/plover.tsv) and the `plover` field of
// the contract JSON's events.
#include <gtest/gtest.h>

#include <fstream>

#include "events/events_json.h"
#include "events/plover.h"
#include "fixtures.h"

using dyad::events::PloverTable;

TEST(Plover, RootsAndModesFollowTheCodebook) {
  const auto& t = PloverTable::builtin();
  ASSERT_GT(t.size(), 150u);
  EXPECT_EQ(t.bad_lines(), 0u);
  EXPECT_EQ(t.lookup("112").type, "DISAPPROVE");
  EXPECT_EQ(t.lookup("112").mode, "accuse");
  EXPECT_EQ(t.lookup("1121").type, "DISAPPROVE");  // a sub-code falls back to its parent
  EXPECT_EQ(t.lookup("0874").type, "RETREAT");     // withdrawing is yielding militarily
  EXPECT_EQ(t.lookup("084").type, "CONCEDE");
  EXPECT_EQ(t.lookup("026").type, "DEMAND");       // appeals and demands are one PLOVER type
  EXPECT_EQ(t.lookup("100").type, "DEMAND");
  EXPECT_EQ(t.lookup("057").type, "AGREE");        // signing an agreement
  EXPECT_EQ(t.lookup("193").type, "FIGHT");
  EXPECT_EQ(t.lookup("182").type, "ASSAULT");
  EXPECT_EQ(t.lookup("174K").type, "COERCE");      // a dictionary's letter variant reads as its digits
  EXPECT_EQ(t.lookup("010").type, "");             // a bare statement is no PLOVER event
  EXPECT_EQ(t.lookup("040").mode, "");
}

TEST(Plover, EveryRootFrom02To20HasAType) {
  const auto& t = PloverTable::builtin();
  for (int r = 2; r <= 20; ++r) {
    char code[4];
    std::snprintf(code, sizeof code, "%02d", r);
    EXPECT_FALSE(t.lookup(code).type.empty()) << code;
  }
}

TEST(Plover, BadLinesAreCounted) {
  std::string path = dyad::testing::temp_dir("plover") + "/p.tsv";
  std::ofstream(path) << "# comment\n112\tDISAPPROVE\taccuse\nbroken line\n19\tFIGHT\t-\n";
  auto t = PloverTable::load_file(path);
  EXPECT_EQ(t.size(), 2u);
  EXPECT_EQ(t.bad_lines(), 1u);
  EXPECT_EQ(t.lookup("190").mode, "");
}

TEST(Plover, ContractJsonCarriesTypeAndMode) {
  auto j = dyad::events::plover_json("173");
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["type"], "COERCE");
  EXPECT_EQ(j["mode"], "arrest");
  EXPECT_TRUE(dyad::events::plover_json("010").is_null());
  EXPECT_TRUE(dyad::events::plover_json("040")["mode"].is_null());
}
