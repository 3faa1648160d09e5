// Tests for `dyad annotate FILE --format conll|json`.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>

#include "fixtures.h"
#include "lang/resources.h"

namespace {

std::string run(const std::string& args, int& rc) {
  dyad::testing::CliRun r = dyad::testing::run_dyad(args);
  rc = r.rc;
  return r.out;
}

std::string write_temp(const std::string& content, const std::string& name) {
  std::string dir = dyad::testing::temp_dir("lang-cli");
  std::string path = dir;
  path.append("/").append(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace

TEST(LangAnnotateCli, ConllAndJson) {
  std::string path = write_temp(
      "Officials in Kabul said on Monday that the talks had failed. \"We will not return,\" Mr. Karzai said.\n",
      "story.txt");
  int rc = 0;
  std::string conll = run("annotate --raw --format conll " + path, rc);
  EXPECT_EQ(rc, 0);
  EXPECT_NE(conll.find("# sent 1 [0,"), std::string::npos) << conll;
  EXPECT_NE(conll.find("# sent 2 "), std::string::npos) << conll;
  EXPECT_EQ(conll.find("# sent 3 "), std::string::npos) << conll;
  EXPECT_NE(conll.find("\tMr.\t"), std::string::npos);
  if (dyad::lang::Resources::get().has_lexicon()) {  // clauses need the tagger's lexicon
    EXPECT_NE(conll.find("under=\"said\""), std::string::npos) << conll;
  }
  std::string json = run("annotate --raw --format json " + path, rc);
  EXPECT_EQ(rc, 0);
  EXPECT_NE(json.find("\"tokens\""), std::string::npos);
  EXPECT_NE(json.find("\"verb_groups\""), std::string::npos);
  EXPECT_NE(json.find("\"clauses\""), std::string::npos);
}

TEST(LangAnnotateCli, BadInputDoesNotCrash) {
  std::string bin("\xff\xfe\x80 abc \xc3", 9);
  std::string path = write_temp(bin, "bad.txt");
  int rc = 0;
  run("annotate --raw --format json " + path, rc);
  EXPECT_EQ(rc, 0);
  run("annotate --format json /nonexistent/file.txt", rc);
  EXPECT_EQ(rc, 1);
  run("annotate --format xml " + path, rc);
  EXPECT_EQ(rc, 2);
}
