// Tests of `dyad validate`: the records reader and Penn reader on small
// inputs written here, the command on a small records file with its own
// dictionaries, its error handling, and the PETRARCH unit-test suite in both
// parser modes with a floor that only ever rises.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "petrarch/penn_tree.h"
#include "petrarch/unit_records.h"
#include "fixtures.h"

using dyad::testing::run_dyad;
using namespace dyad::events;

namespace {

const char* kRecords = R"(<Validation>
<!-- A comment with <Sentence markers="inside"> that must be ignored -->
<Environment>
    <Verbfile>t.verbs.txt</Verbfile>
    <Actorfile>t.actors.txt</Actorfile>
    <Agentfile>t.agents.txt</Agentfile>
    <Discardfile>t.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="20150302" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="VAL" targetcode="KES" eventcode="112"></EventCoding>
<Text>
Valdoria accused Kestria of shelling its border towns.
</Text>
<Parse>
(ROOT (S (NP (NNP Valdoria)) (VP (VBD accused) (NP (NNP Kestria)) (PP (IN of) (S (VP (VBG shelling)
 (NP (PRP$ its) (NN border) (NNS towns)))))) (. .)))
</Parse>
</Sentence>
<Sentence date="20150302" id="T-02" category="AGENT" sentence="true">
<EventCoding sourcecode="KESGOV" targetcode="VAL" eventcode="042"></EventCoding>
<EventCoding sourcecode="VAL" targetcode="KESGOV" eventcode="043"></EventCoding>
<Text>
The Kestrian foreign minister visited Valdoria on Tuesday.
</Text>
<Parse>
(ROOT (S (NP (DT The) (JJ Kestrian) (JJ foreign) (NN minister)) (VP (VBD visited) (NP (NNP Valdoria))
 (PP (IN on) (NP (NNP Tuesday)))) (. .)))
</Parse>
</Sentence>
<Sentence date="20150302" id="T-03" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>
Valdoria beat Kestria in the cup final.
</Text>
<Parse>
(ROOT (S (NP (NNP Valdoria)) (VP (VBD beat) (NP (NNP Kestria)) (PP (IN in) (NP (DT the) (NN cup) (NN final)))) (. .)))
</Parse>
</Sentence>
<Sentence date="20150302" id="T-04" category="DEMO" sentence="true">
<EventCoding sourcecode="VAL" targetcode="KES" eventcode="190"></EventCoding>
<Text>
Valdoria praised Kestria.
</Text>
<Parse>
(ROOT (S (NP (NNP Valdoria)) (VP (VBD praised) (NP (NNP Kestria))) (. .)))
</Parse>
</Sentence>
<Sentence date="20150302" id="T-05" category="DEMO" sentence="false">
<EventCoding sourcecode="VAL" targetcode="KES" eventcode="190"></EventCoding>
<Text>
Disabled record.
</Text>
</Sentence>
</Sentences>
</Validation>
)";

void write(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

std::string make_suite() {
  std::string dir = dyad::testing::temp_dir("validate");
  write(dir + "/t.records.xml", kRecords);
  write(dir + "/t.verbs.txt",
        "--- ACCUSE [112] ---\nACCUSE\n--- VISIT [042:043] ---\nVISIT\n--- BEAT [190] ---\nBEAT {BEATS BEATEN}\n"
        "--- PRAISE [051] ---\nPRAISE\n");
  write(dir + "/t.actors.txt", "VALDORIA [VAL]\nKESTRIA [KES]\n+KESTRIAN\n");
  write(dir + "/t.agents.txt", "FOREIGN_MINISTER [~GOV]\n");
  write(dir + "/t.discards.txt", "CUP FINAL\n");
  return dir;
}

int passed_of(const std::string& out) {
  std::smatch m;
  if (!std::regex_search(out, m, std::regex(R"((\d+) passed, (\d+) failed)"))) return -1;
  return std::stoi(m[1]);
}

}  // namespace

TEST(UnitRecords, ParsesRecordsAndEnvironment) {
  size_t skipped = 0;
  UnitFile f = parse_unit_records(kRecords, &skipped);
  EXPECT_EQ(skipped, 0u);
  EXPECT_EQ(f.verbfile, "t.verbs.txt");
  EXPECT_EQ(f.discardfile, "t.discards.txt");
  ASSERT_EQ(f.records.size(), 5u);
  EXPECT_EQ(f.records[0].id, "T-01");
  EXPECT_TRUE(f.records[0].enabled);
  EXPECT_EQ(f.records[0].text, "Valdoria accused Kestria of shelling its border towns.");
  EXPECT_EQ(f.records[1].expected.size(), 2u);
  EXPECT_TRUE(f.records[2].noevents);
  EXPECT_FALSE(f.records[4].enabled);
}

TEST(PennTree, ReadsLeavesTagsAndPhrases) {
  PennTree t;
  std::string err;
  ASSERT_TRUE(read_penn_tree("(ROOT (S (NP (NNP Valdoria)) (VP (VBD accused) (NP (NNP Kestria))) (. .)))", t, err));
  ASSERT_EQ(t.words.size(), 4u);
  EXPECT_EQ(t.tags[1], "VBD");
  EXPECT_EQ(t.nodes[0].label, "ROOT");
  bool vp = false;
  for (const auto& n : t.nodes)
    if (n.label == "VP") { vp = true; EXPECT_EQ(n.first, 1u); EXPECT_EQ(n.last, 3u); }
  EXPECT_TRUE(vp);
  EXPECT_FALSE(read_penn_tree("(S (NP (NNP X)", t, err));
  EXPECT_FALSE(read_penn_tree("(S (NP (NNP X))))", t, err));
}

TEST(ValidateCli, SmallSuiteBothModes) {
  std::string dir = make_suite();
  for (const char* mode : {"records", "dyad"}) {
    auto r = run_dyad(std::string("validate ") + dir + "/t.records.xml --parser " + mode);
    EXPECT_EQ(r.rc, 0) << r.err;
    EXPECT_EQ(passed_of(r.out), 3) << r.out;
    EXPECT_NE(r.out.find("FAIL T-04: expected {(VAL, KES, 190)} got {(VAL, KES, 051)}"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("3 passed, 1 failed"), std::string::npos);
  }
  auto floor = run_dyad("validate " + dir + "/t.records.xml --min-pass 4");
  EXPECT_EQ(floor.rc, 1);
  auto js = run_dyad("validate " + dir + "/t.records.xml --json");
  EXPECT_NE(js.out.find("\"passed\": 3"), std::string::npos) << js.out;
  std::filesystem::remove_all(dir);
}

TEST(ValidateCli, ErrorsNameTheFile) {
  auto r = run_dyad("validate /nonexistent/records.xml");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("/nonexistent/records.xml"), std::string::npos);
  std::string dir = make_suite();
  std::filesystem::remove(dir + "/t.verbs.txt");
  r = run_dyad("validate " + dir + "/t.records.xml");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("t.verbs.txt"), std::string::npos);
  r = run_dyad("validate " + dir + "/t.records.xml --parser nonsense");
  EXPECT_EQ(r.rc, 2);
  std::filesystem::remove_all(dir);
}

// The PETRARCH unit-test suite: PETRARCH1 passes 197 of 279. Floors only rise.
TEST(ValidateCli, PetrarchSuiteAboveThePeer) {
  if (!dyad::testing::shared_available()) GTEST_SKIP();
  std::string f = dyad::testing::shared_path("suites/petrarch2/PETR.UnitTest.records.xml");
  auto r = run_dyad("validate " + f + " --parser records");
  EXPECT_EQ(r.rc, 0);
  EXPECT_GE(passed_of(r.out), 253) << r.out.substr(r.out.size() > 300 ? r.out.size() - 300 : 0);
  auto d = run_dyad("validate " + f + " --parser dyad");
  EXPECT_EQ(d.rc, 0);
  EXPECT_GE(passed_of(d.out), 243) << d.out.substr(d.out.size() > 300 ? d.out.size() - 300 : 0);
}

// A damaged file where a record's opening tag runs into its closing tag (no
// '>' before "</Sentence>"): that record is skipped and counted, the next
// one is read.
TEST(UnitRecords, OpeningTagCutShortByTheClosingTagIsSkipped) {
  size_t skipped = 0;
  UnitFile f = parse_unit_records(
      "<Sentences>\n<Sentence date = \"20020102\" id =\"T-01\" sentence =</Sentence>\n"
      "<Sentence date=\"20020103\" id=\"T-02\" sentence=\"true\">\n<Text>It rained.</Text>\n</Sentence>\n"
      "</Sentences>\n",
      &skipped);
  EXPECT_EQ(skipped, 1u);
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].id, "T-02");
  EXPECT_EQ(f.records[0].text, "It rained.");
}
