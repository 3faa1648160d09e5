// The base layer's text helpers (src/base/text.h) in table rows, and the
// layer check (scripts/check_layers.py) on small trees of its own.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/wait.h>

#include "base/small_string.h"
#include "base/text.h"
#include "fixtures.h"

namespace {

namespace base = dyad::base;

// A small string keeps short and long strings alike, NUL-terminated, through
// copies, moves and assignment from its own bytes; it compares and joins like
// std::string.
TEST(SmallString, KeepsShortAndLongStringsThroughCopiesAndMoves) {
  for (std::string s : {std::string(), std::string("n't"), std::string(14, 'a'), std::string(15, 'b'),
                        std::string(16, 'c'), std::string(300, 'd')}) {
    base::SmallString a(s);
    EXPECT_EQ(a.size(), s.size());
    EXPECT_EQ(std::string(a), s);
    EXPECT_EQ(std::strlen(a.c_str()), s.size());
    base::SmallString b = a;
    EXPECT_EQ(b, a);
    base::SmallString c = std::move(b);
    EXPECT_EQ(c.view(), s);
    EXPECT_TRUE(b.empty());
    c = c.view().substr(s.size() / 2);  // from its own bytes
    EXPECT_EQ(c.view(), s.substr(s.size() / 2));
    a = std::move(c);
    EXPECT_EQ(a.view(), s.substr(s.size() / 2));
  }
  base::SmallString empty{std::string_view()};  // a default view: null data
  EXPECT_TRUE(empty.empty());
  empty = std::string_view();
  EXPECT_STREQ(empty.c_str(), "");
  static_assert(sizeof(base::SmallString) == 16);
}

TEST(SmallString, ComparesAndJoinsLikeAStdString) {
  base::SmallString w("-LRB-");
  EXPECT_TRUE(w == "-LRB-");
  EXPECT_TRUE("-LRB-" == w);
  EXPECT_TRUE(w == std::string("-LRB-"));
  EXPECT_FALSE(w == "-RRB-");
  EXPECT_TRUE(w < base::SmallString("-RRB-"));
  EXPECT_EQ(w + "x", "-LRB-x");
  EXPECT_EQ(std::string("x") + w, "x-LRB-");
  EXPECT_EQ(w.substr(1, 3), "LRB");
  EXPECT_EQ(w.find("RB"), 2u);
  EXPECT_TRUE(w.starts_with('-') && w.ends_with("B-"));
  std::string s = w;
  EXPECT_EQ(s, "-LRB-");
}

TEST(BaseText, TrimRemovesAsciiWhitespaceAtBothEnds) {
  struct Row { std::string in, out; };
  const std::vector<Row> rows = {
      {"", ""},
      {"   ", ""},
      {"word", "word"},
      {"  two words \t", "two words"},
      {"\r\nline\r\n", "line"},
      {"\v\fform feeds\f", "form feeds"},
      {"\xC2\xA0no-break\xC2\xA0", "\xC2\xA0no-break\xC2\xA0"},  // not ASCII whitespace: kept
      {"inner  space", "inner  space"},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(base::trim_ascii(r.in), r.out) << "[" << r.in << "]";
    EXPECT_EQ(base::trim_view(r.in), r.out) << "[" << r.in << "]";
  }
}

TEST(BaseText, TrimViewPointsIntoItsArgument) {
  const std::string s = "  abc  ";
  std::string_view v = base::trim_view(s);
  EXPECT_EQ(v.data(), s.data() + 2);
}

TEST(BaseText, CaseChangesOnlyAsciiLetters) {
  struct Row { std::string in, lower, upper; };
  const std::vector<Row> rows = {
      {"Kabul", "kabul", "KABUL"},
      {"U.S.-led", "u.s.-led", "U.S.-LED"},
      {"\xC3\x89lys\xC3\xA9" "e", "\xC3\x89lys\xC3\xA9" "e", "\xC3\x89LYS\xC3\xA9" "E"},  // bytes >= 0x80 kept
      {"123 $", "123 $", "123 $"},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(base::lower_ascii(r.in), r.lower);
    EXPECT_EQ(base::upper_ascii(r.in), r.upper);
  }
}

TEST(BaseText, SplitsOnSpacesAndCountsCodePoints) {
  EXPECT_EQ(base::split_spaces("  a  bc d ").size(), 3u);
  EXPECT_TRUE(base::split_spaces("   ").empty());
  EXPECT_EQ(base::utf8_length("caf\xC3\xA9"), 4u);
  EXPECT_TRUE(base::starts_with("readme.txt", "readme"));
  EXPECT_FALSE(base::starts_with("me", "readme"));
  EXPECT_TRUE(base::ends_with("title - Site", " - Site"));
  EXPECT_FALSE(base::ends_with("e", "Site"));
}

TEST(BaseText, DecodesNamedAndNumericEntities) {
  struct Row { std::string in; size_t length; std::string out; };
  const std::vector<Row> rows = {
      {"&amp;", 5, "&"},
      {"&#8212;", 7, "\xE2\x80\x94"},
      {"&#x41;", 6, "A"},
      {"&nbsp;", 6, " "},
      {"&unknown;", 0, ""},
      {"& plain", 0, ""},
  };
  for (const auto& r : rows) {
    std::string out;
    EXPECT_EQ(base::decode_entity(r.in, 0, out), r.length) << r.in;
    if (r.length) {
      EXPECT_EQ(out, r.out) << r.in;
    }
  }
}

// Writes `files` (path -> text) under a fresh directory and runs the layer
// check on it; returns its exit status.
int check_layers(const std::string& tag, const std::vector<std::pair<std::string, std::string>>& files) {
  namespace fs = std::filesystem;
  fs::path root = dyad::testing::temp_dir(tag);
  for (const auto& [path, text] : files) {
    fs::create_directories((root / path).parent_path());
    std::ofstream(root / path) << text;
  }
  std::string script = dyad::testing::test_dir() + "/../scripts/check_layers.py";
  std::string cmd = "python3 " + script + " " + root.string() + " > " + (root / "out.txt").string() + " 2>&1";
  int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

TEST(Layers, AcceptsIncludesThatGoDown) {
  EXPECT_EQ(check_layers("layers_down", {{"layers.txt", "low\nhigh\n"},
                                         {"low/a.h", "#include <vector>\n"},
                                         {"high/b.cc", "#include \"high/b.h\"\n#include \"low/a.h\"\n"}}),
            0);
}

TEST(Layers, RejectsAnIncludeThatClimbsUp) {
  EXPECT_EQ(check_layers("layers_up", {{"layers.txt", "low\nhigh\n"},
                                       {"high/b.h", "\n"},
                                       {"low/a.cc", "#include \"high/b.h\"\n"}}),
            1);
}

TEST(Layers, RejectsAFolderMissingFromTheListAndAnUnusedException) {
  EXPECT_EQ(check_layers("layers_unlisted", {{"layers.txt", "low\n"}, {"other/c.cc", "\n"}}), 1);
  EXPECT_EQ(check_layers("layers_exception", {{"layers.txt", "low\nhigh\nexception low/a.h high\n"},
                                              {"low/a.h", "\n"}}),
            1);
  EXPECT_EQ(check_layers("layers_exception_used", {{"layers.txt", "low\nhigh\nexception low/a.h high\n"},
                                                   {"low/a.h", "#include \"high/b.h\"\n"},
                                                   {"high/b.h", "\n"}}),
            0);
}

}  // namespace
