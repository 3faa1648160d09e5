// Each phase of the event coder (events/coder_phases.h) on sentences we
// write: the actors phase groups coordinated mentions, the predicate phase
// finds dictionary verbs, the pattern phase picks the code, the argument
// phase finds subject, passive and "by" agent, the roles phase the source and
// target, the pairs and emit phases the events.
#include <gtest/gtest.h>

#include "events/coder_phases.h"
#include "events/stage.h"
#include "fixtures.h"

namespace {

using dyad::Document;
using namespace dyad::events;
using namespace dyad::events::coder;

struct Prepared {
  Document d;
  SentenceIndex idx;
  Ctx c;
  explicit Prepared(const std::string& text)
      : d(dyad::testing::process_text(text)),
        idx(*d.lang, d.actors),
        c{.a = *d.lang, .d = default_verbs(), .mentions = d.actors, .idx = idx} {}
  // The token index of the first token whose form is `w`.
  uint32_t at(const std::string& w) const {
    for (uint32_t i = 0; i < d.lang->tokens.size(); ++i)
      if (d.lang->tokens[i].form == w) return i;
    ADD_FAILURE() << w << " not in the text";
    return 0;
  }
};

CoderOptions doc_options() {
  CoderOptions o;
  o.mode = dyad::events::CoderMode::Documents;
  return o;
}

TEST(CoderPhases, ActorsJoinACoordinationIntoOneUnit) {
  Prepared p("France and Germany criticized Russia.\n");
  ASSERT_TRUE(sentence_actors(p.c, doc_options()));
  ASSERT_EQ(p.c.units.size(), 2u);
  EXPECT_EQ(p.c.codes_of(0).size(), 2u);  // France and Germany
  EXPECT_EQ(p.c.codes_of(1), std::vector<std::string>{"RUS"});
}

TEST(CoderPhases, PredicateIsADictionaryVerbNotAnAuxiliary) {
  Prepared p("Chile has condemned the attack.\n");
  ASSERT_TRUE(sentence_actors(p.c, doc_options()));
  Site v;
  EXPECT_FALSE(find_predicate(p.c, p.at("has"), p.c.sb, v));
  EXPECT_TRUE(find_predicate(p.c, p.at("condemned"), p.c.sb, v));
  EXPECT_EQ(v.vfirst, p.at("condemned"));
}

TEST(CoderPhases, PatternGivesTheCodeOfTheVerb) {
  Prepared p("Chile condemned Peru.\n");
  ASSERT_TRUE(sentence_actors(p.c, doc_options()));
  Site v;
  ASSERT_TRUE(find_predicate(p.c, p.at("condemned"), p.c.sb, v));
  ASSERT_TRUE(match_pattern(p.c, v));
  EXPECT_EQ(v.code.first.substr(0, 2), "11");
}

TEST(CoderPhases, ArgumentsOfAPassiveTakeTheByAgent) {
  Prepared p("Peru was condemned by Chile.\n");
  ASSERT_TRUE(sentence_actors(p.c, doc_options()));
  Site v;
  ASSERT_TRUE(find_predicate(p.c, p.at("condemned"), p.c.sb, v));
  ASSERT_TRUE(match_pattern(p.c, v));
  find_arguments(p.c, doc_options(), v);
  EXPECT_TRUE(v.passive);
  ASSERT_GE(v.by, 0);
  EXPECT_EQ(p.c.codes_of(v.by), std::vector<std::string>{"CHL"});
  ASSERT_TRUE(assign_roles(p.c, doc_options(), v));
  EXPECT_EQ(p.c.codes_of(v.src), std::vector<std::string>{"CHL"});
  EXPECT_EQ(p.c.codes_of(v.tgt), std::vector<std::string>{"PER"});
}

TEST(CoderPhases, PairsAndEmitGiveOneEventPerActorOfACompound) {
  Prepared p("France and Germany criticized Russia.\n");
  ASSERT_TRUE(sentence_actors(p.c, doc_options()));
  Site v;
  ASSERT_TRUE(find_predicate(p.c, p.at("criticized"), p.c.sb, v));
  ASSERT_TRUE(match_pattern(p.c, v));
  find_arguments(p.c, doc_options(), v);
  ASSERT_TRUE(assign_roles(p.c, doc_options(), v));
  actor_pairs(p.c, doc_options(), v);
  ASSERT_EQ(v.pairs.size(), 2u);
  std::vector<dyad::Event> out;
  emit_events(p.c, v, 0, out);
  emit_events(p.c, v, 0, out);  // the same act twice is one event
  EXPECT_EQ(out.size(), 2u);
}

}  // namespace
