// TABARI/PETRARCH dictionary loader: actor blocks with synonyms, dated and
// undated codes, comments, agents with plurals and macros, on small fixtures
// written in the format; the real Phoenix files from ../shared when present
// (load time, coding of familiar names); the compiled phrase matcher agrees
// with the hash lookup.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "actors/petrarch_dict.h"
#include "actors/recognize.h"
#include "fixtures.h"
#include "lang/annotate.h"

using namespace dyad;

namespace {

const char* kActors = R"(# A small actors file in the TABARI format
<!-- a block comment
     over two lines -->

NORTHLAND_  [NLD]
+NORTHLANDER_
+REPUBLIC_OF_NORTHLAND_   # the long form

NORTHLAND_ARMY_ [NLDMIL]
+NORTHLANDIC_ARMED_FORCES

OLAF_GRIMSSON_   # prime minister, then president
+PRIME_MINISTER_OLAF_GRIMSSON
+PRESIDENT_OLAF_GRIMSSON_
	[NLDGOV 050301-120115]
	[NLDGOV >20140601]
	[NLDELI]

UNITED_FRONT_OF_THE_NORTH_(UFN)_ [NLDREB]
UFN_

THE_LEAGUE_OF_COASTAL_STATES_ [IGOCOS]
+LCS
  [BADCODE 99999]
)";

const char* kAgents = R"(<!-- agents fixture -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
HARBOUR_MASTER [~GOV]   # regular plural added
CUSTOMS!PERSON! [~GOV]
FERRY_CAPTAIN {FERRY_CAPTAINS FERRY_SKIPPERS} [~BUS]
LOCAL_MILITIA {} [~REB]
)";

std::vector<std::string_view> toks(const std::vector<std::string>& s) {
  return std::vector<std::string_view>(s.begin(), s.end());
}

actors::Dictionary fixture_dict(actors::PetrarchStats& st) {
  actors::Dictionary d;
  std::istringstream a(kActors), g(kAgents);
  actors::read_petrarch_actors(a, "fixture.actors", d, st);
  actors::read_petrarch_agents(g, "fixture.agents", d, st);
  d.compile();
  return d;
}

const actors::Entry* first_entry(const actors::Dictionary& d, const actors::Match& m) {
  return m.length ? &d.entries()[m.entries.front()] : nullptr;
}

}  // namespace

TEST(PetrarchDict, Dates) {
  EXPECT_EQ(actors::petrarch_date("991231"), "1999-12-31");
  EXPECT_EQ(actors::petrarch_date("080508"), "2008-05-08");
  EXPECT_EQ(actors::petrarch_date("20090120"), "2009-01-20");
  EXPECT_EQ(actors::petrarch_date("2004017"), "");
  EXPECT_EQ(actors::petrarch_date("081340"), "");
  EXPECT_EQ(actors::petrarch_date("abc"), "");
}

TEST(PetrarchDict, ActorBlocks) {
  actors::PetrarchStats st;
  auto d = fixture_dict(st);
  EXPECT_EQ(st.actors, 6u);  // "UFN_" is its own block, with the previous code
  // The bad code is reported, not fatal.
  ASSERT_EQ(st.warnings.size(), 1u);
  EXPECT_NE(st.warnings[0].find("fixture.actors:"), std::string::npos);
  EXPECT_NE(st.warnings[0].find("BADCODE"), std::string::npos);

  std::vector<std::string> s{"the", "Republic", "of", "Northland", "said"};
  auto m = d.longest(toks(s), 1);
  ASSERT_EQ(m.length, 3u);
  EXPECT_EQ(first_entry(d, m)->code, "NLD");
  EXPECT_EQ(first_entry(d, m)->type, actors::EntryType::Country);
  EXPECT_EQ(first_entry(d, m)->name, "Northland");

  // Longest synonym wins over the country name inside it.
  std::vector<std::string> a{"Northlandic", "armed", "forces"};
  // Words of a name are capitalised in the dictionary: lower-case text words still match after the first.
  m = d.longest(toks(a), 0);
  ASSERT_EQ(m.length, 3u);
  EXPECT_EQ(first_entry(d, m)->code, "NLDMIL");

  // Parenthesised acronym dropped from the name; a codeless line takes the previous block's code.
  std::vector<std::string> u{"United", "Front", "of", "the", "North", "and", "the", "UFN"};
  m = d.longest(toks(u), 0);
  ASSERT_EQ(m.length, 5u);
  EXPECT_EQ(first_entry(d, m)->code, "NLDREB");
  EXPECT_EQ(first_entry(d, m)->kind, "armed group");
  m = d.longest(toks(u), 7);
  ASSERT_EQ(m.length, 1u);
  EXPECT_EQ(first_entry(d, m)->code, "NLDREB");
  // A short acronym matches only in capitals.
  std::vector<std::string> lower{"ufn"};
  EXPECT_EQ(d.longest(toks(lower), 0).length, 0u);

  // Leading "the" dropped; "LCS" is an exact-case acronym; international organisation.
  std::vector<std::string> l{"the", "League", "of", "Coastal", "States", "and", "LCS"};
  m = d.longest(toks(l), 1);
  ASSERT_EQ(m.length, 4u);
  EXPECT_EQ(first_entry(d, m)->kind, "igo");
  EXPECT_EQ(d.longest(toks(l), 6).length, 1u);
}

TEST(PetrarchDict, DatedRolesPickedByDocumentDate) {
  actors::PetrarchStats st;
  auto d = fixture_dict(st);
  std::string t1 = "President Olaf Grimsson said on Monday that talks would resume.";
  auto a1 = lang::annotate(t1);
  auto m2015 = actors::recognize(t1, a1, d, "2015-03-01");
  auto m2013 = actors::recognize(t1, a1, d, "2013-03-01");
  auto m2008 = actors::recognize(t1, a1, d, "2008-03-01");
  auto code_of = [&](const std::vector<ActorMention>& ms) -> std::string {
    for (const auto& m : ms)
      if (m.kind == dyad::MentionKind::Person) return m.code;
    return "<none>";
  };
  EXPECT_EQ(code_of(m2015), "NLDGOV");
  EXPECT_EQ(code_of(m2008), "NLDGOV");
  EXPECT_EQ(code_of(m2013), "NLDELI");  // between the two terms: the undated default
}

TEST(PetrarchDict, Agents) {
  actors::PetrarchStats st;
  auto d = fixture_dict(st);
  uint32_t len = 0;
  auto at = [&](std::vector<std::string> s) { return d.agent_at(toks(s), 0, len); };
  EXPECT_EQ(at({"harbour", "master"}), "GOV");
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(at({"harbour", "masters"}), "GOV");
  EXPECT_EQ(at({"customswomen"}), "GOV");
  EXPECT_EQ(at({"customsman"}), "GOV");
  EXPECT_EQ(at({"customs"}), "");
  EXPECT_EQ(at({"customsmen"}), "GOV");
  EXPECT_EQ(at({"ferry", "skippers"}), "BUS");
  EXPECT_EQ(at({"local", "militias"}), "REB");
  EXPECT_EQ(at({"ferry"}), "");
}

TEST(PetrarchDict, CompiledMatcherAgreesWithHashLookup) {
  actors::PetrarchStats st;
  auto d = fixture_dict(st);
  std::vector<std::string> s{"The", "Republic", "of", "Northland", "'s", "harbour", "masters", "and", "UFN",
                             "fighters", "met", "Northlandic", "armed", "forces", "and", "customsmen", "."};
  auto v = toks(s);
  auto cand = d.scan(v);
  if (!d.compiled()) GTEST_SKIP() << "built without the compiled matcher";
  ASSERT_TRUE(cand.valid);
  size_t hits = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    auto a = d.longest(v, i), b = d.longest(v, i, cand);
    EXPECT_EQ(a.length, b.length) << "token " << i;
    EXPECT_EQ(a.entries, b.entries) << "token " << i;
    uint32_t la = 0, lb = 0;
    EXPECT_EQ(d.agent_at(v, i, la), d.agent_at(v, i, lb, cand)) << "token " << i;
    EXPECT_EQ(la, lb);
    hits += a.length > 0;
  }
  EXPECT_GE(hits, 4u);
}

TEST(PetrarchDict, BuildDictionaryReportsUnreadableFiles) {
  actors::DictionaryFiles f;
  f.use_default = false;
  f.actors = {"/nonexistent/x.actors.txt"};
  std::vector<std::string> errors;
  auto d = actors::build_dictionary(f, errors);
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(d->entries().empty());
}

TEST(PetrarchDict, PhoenixDictionaries) {
  std::string dir = dyad::testing::shared_path("suites/petrarch2");
  if (!std::filesystem::exists(dir + "/Phoenix.Countries.actors.txt")) GTEST_SKIP() << "no Phoenix dictionaries";
  actors::DictionaryFiles f;
  f.use_default = false;
  f.actors = {dir + "/Phoenix.Countries.actors.txt", dir + "/Phoenix.International.actors.txt",
              dir + "/Phoenix.MilNonState.actors.txt"};
  f.agents = {dir + "/Phoenix.agents.txt"};
  std::vector<std::string> errors;
  actors::PetrarchStats st;
  // Reading (parse + hash tables) and compiling the matcher, timed apart.
  auto t0 = std::chrono::steady_clock::now();
  actors::Dictionary dict;
  for (const auto& path : f.actors) {
    std::ifstream in(path);
    actors::read_petrarch_actors(in, path, dict, st);
  }
  for (const auto& path : f.agents) {
    std::ifstream in(path);
    actors::read_petrarch_agents(in, path, dict, st);
  }
  auto t1 = std::chrono::steady_clock::now();
  dict.compile();
  auto t2 = std::chrono::steady_clock::now();
  double read_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
  double compile_ms = std::chrono::duration<double, std::milli>(t2 - t1).count();
  std::cout << "Phoenix: " << st.actors << " actors, " << st.phrases << " phrases, " << st.codes << " codes, "
            << dict.pattern_count() << " compiled patterns, " << st.warnings.size() << " warnings; read in "
            << read_ms << " ms, matcher compiled in " << compile_ms << " ms\n";
  for (size_t i = 0; i < st.warnings.size() && i < 5; ++i) std::cout << "  " << st.warnings[i] << "\n";
  EXPECT_GT(st.actors, 10000u);
  EXPECT_LT(read_ms, 5000.0);  // well under a second on a normal machine; generous for sanitizer builds
  // The same through build_dictionary (what the CLI uses).
  auto d = actors::build_dictionary(f, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(d->pattern_count(), dict.pattern_count());

  std::string text =
      "Russian President Vladimir Putin met the Taliban's envoys in Moscow, and NATO officials said the "
      "meeting worried them.";
  auto a = lang::annotate(text);
  auto ms_ = actors::recognize(text, a, *d, "2016-02-20");
  auto code_at = [&](const std::string& surface) -> std::string {
    for (const auto& m : ms_)
      if (text.compare(m.start, m.end - m.start, surface) == 0 ||
          text.substr(m.start, m.end - m.start).find(surface) != std::string::npos)
        return m.code;
    return "<none>";
  };
  EXPECT_EQ(code_at("Vladimir Putin"), "RUSGOV");
  EXPECT_EQ(code_at("Taliban"), "AFGREB");
  EXPECT_EQ(code_at("NATO"), "IGOWSTNAT");
}
