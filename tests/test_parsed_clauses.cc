// Clauses read off the trained parser's trees (lang/dep_clauses.h), one
// construction per row: a sentence written for the test, the verb whose
// clause is checked, and the clause kind, subject, object, passive agent and
// reporting verb expected. Skipped when the model file is missing.
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <string>

#include "lang/annotate.h"
#include "lang/chunk.h"
#include "lang/dep_clauses.h"
#include "parsed_resources.h"

using namespace dyad::lang;

namespace {

using dyad::testing::parsed_resources;

struct Row {
  const char* construction;
  const char* sentence;
  const char* verb;      // head word of the checked verb group
  ClauseKind kind;
  const char* subject;   // head word of the subject noun phrase, "" for none
  const char* object;    // "" for none
  const char* agent;     // "" for none
  const char* under;     // head word of the reporting verb, "" for none
  bool finite = true;
};

const Row kRows[] = {
    {"main clause", "The rebels attacked the convoy near the border.", "attacked", ClauseKind::Main, "rebels",
     "convoy", "", ""},
    {"complement of a speech verb", "The minister said that the army had shelled the town.", "shelled",
     ClauseKind::Reported, "army", "town", "", "said"},
    {"closing reporting frame", "The army shelled the town overnight, a spokesman said.", "said", ClauseKind::Main,
     "spokesman", "", "", ""},
    {"clause before a closing frame", "The army shelled the town overnight, a spokesman said.", "shelled",
     ClauseKind::Reported, "army", "town", "", "said"},
    {"closing frame before a participle clause",
     "The army shelled the town, a spokesman said, widening a campaign against rebels who hold the hills.", "said",
     ClauseKind::Main, "spokesman", "", "", ""},
    {"inverted frame after a quotation", "\"We will not surrender,\" said the general.", "said", ClauseKind::Main,
     "general", "", "", ""},
    {"opening frame before a quotation", "The mayor said, \"We reject the plan.\"", "reject", ClauseKind::Reported,
     "We", "plan", "", "said"},
    {"relative clause on its subject", "Police arrested the man who stabbed the guard.", "stabbed",
     ClauseKind::Relative, "man", "guard", "", ""},
    {"coordinated verbs share a subject", "The president met the envoy and signed the accord.", "signed",
     ClauseKind::Coordinate, "president", "accord", "", ""},
    {"coordinated past read as a participle", "The council condemned the raid and promised aid to the victims.",
     "promised", ClauseKind::Coordinate, "council", "aid", "", ""},
    {"passive with an agent", "The village was bombed by government jets.", "bombed", ClauseKind::Main, "village",
     "", "jets", ""},
    {"coordinated passive shares the auxiliary", "The suspect was arrested and charged with murder.", "charged",
     ClauseKind::Coordinate, "suspect", "", "", ""},
    {"apposition on the subject", "Ali Hassan, a former ambassador to Egypt, criticized the decision.", "criticized",
     ClauseKind::Main, "Hassan", "decision", "", ""},
    {"copula with a predicate nominal", "The blockade is a threat to the region.", "is", ClauseKind::Main,
     "blockade", "threat", "", ""},
    {"copula with a prepositional predicate", "The minister was in a meeting with the rebels.", "was",
     ClauseKind::Main, "minister", "", "", ""},
    {"adverbial clause", "Troops withdrew after the rebels seized the airport.", "seized", ClauseKind::Subordinate,
     "rebels", "airport", "", ""},
    {"infinitive complement", "The government wants to expand the talks.", "expand", ClauseKind::Nonfinite, "",
     "talks", "", "", false},
    {"participle after a copula is a passive", "The opposition is committed to the peace process.", "committed",
     ClauseKind::Main, "opposition", "", "", ""},
};

// Index of the first token with this form, or -1.
int token(const Annotation& a, const char* form) {
  for (size_t i = 0; i < a.tokens.size(); ++i)
    if (a.tokens[i].form == form) return static_cast<int>(i);
  return -1;
}

std::string np_head(const Annotation& a, int32_t np) {
  return np < 0 ? "" : a.tokens[a.noun_phrases[np].head].form.str();
}

// A one-sentence Annotation from "form tag lemma head deprel" lines (head
// 1-based, 0 for the root): a tree written by hand, to test the clause layer
// on parses the trained model might give, right or wrong.
Annotation tree(const char* lines) {
  Annotation a;
  std::istringstream in(lines);
  std::string form, tag, lemma, rel;
  int head = 0;
  uint32_t at = 0;
  while (in >> form >> tag >> lemma >> head >> rel) {
    Token t;
    t.form = form;
    t.lemma = lemma;
    EXPECT_TRUE(parse_tag(tag, t.tag)) << tag;
    EXPECT_TRUE(parse_deprel(rel, t.deprel)) << rel;
    t.head = head - 1;
    t.span = {at, at + static_cast<uint32_t>(form.size())};
    at += static_cast<uint32_t>(form.size()) + 1;
    a.tokens.push_back(t);
  }
  Sentence s;
  s.first = 0;
  s.last = static_cast<uint32_t>(a.tokens.size());
  s.span = {0, at};
  a.sentences.push_back(s);
  chunk(a, parsed_resources());
  clauses_from_parse(a, parsed_resources());
  return a;
}

const Clause& clause_of(const Annotation& a, const char* verb) {
  for (const auto& c : a.clauses)
    if (a.tokens[a.verb_groups[c.verb].head].form == verb) return c;
  static const Clause none;
  ADD_FAILURE() << "no clause headed by " << verb;
  return none;
}

}  // namespace

// A sentence the parser roots on its subject noun, with the verb as a clause
// modifying it: the verb's clause is the main one, the noun its subject.
TEST(ParsedClauseTrees, NounRootWithItsClause) {
  Annotation a = tree(
      "The DT the 2 det\n"
      "ministry NN ministry 0 root\n"
      "condemned VBD condemn 2 acl\n"
      "the DT the 5 det\n"
      "raid NN raid 3 obj\n"
      ". . . 2 punct\n");
  const Clause& c = clause_of(a, "condemned");
  EXPECT_EQ(c.kind, ClauseKind::Main);
  EXPECT_EQ(np_head(a, c.subject), "ministry");
  EXPECT_EQ(np_head(a, c.object), "raid");
}

// A closing frame the parser hangs as a relative clause on the last noun,
// its subject as an apposition: still the reporting clause, with its subject
// read off the words between the comma and the verb.
TEST(ParsedClauseTrees, ClosingFrameHungOnANoun) {
  Annotation a = tree(
      "Troops NNS troop 2 nsubj\n"
      "burned VBD burn 0 root\n"
      "the DT the 4 det\n"
      "depot NN depot 2 obj\n"
      ", , , 7 punct\n"
      "an DT a 7 det\n"
      "official NN official 4 appos\n"
      "said VBD say 4 acl:relcl\n"
      ". . . 2 punct\n");
  const Clause& said = clause_of(a, "said");
  EXPECT_EQ(said.kind, ClauseKind::Main);
  EXPECT_EQ(np_head(a, said.subject), "official");
  const Clause& burned = clause_of(a, "burned");
  EXPECT_EQ(burned.kind, ClauseKind::Reported);
  EXPECT_EQ(a.tokens[a.verb_groups[a.clauses[burned.embedded_under].verb].head].form, "said");
}

// A quotation the parser hangs on the comma after the speech verb: the
// clause climbs past the punctuation and is reported under the verb.
TEST(ParsedClauseTrees, QuotationHungOnPunctuation) {
  Annotation a = tree(
      "Esper NNP Esper 2 nsubj\n"
      "said VBD say 0 root\n"
      ", , , 2 punct\n"
      "`` `` `` 5 punct\n"
      "we PRP we 6 nsubj\n"
      "oppose VBP oppose 3 parataxis\n"
      "coercion NN coercion 6 obj\n"
      ". . . 6 punct\n"
      "'' '' '' 6 punct\n");
  const Clause& c = clause_of(a, "oppose");
  EXPECT_EQ(c.kind, ClauseKind::Reported);
  EXPECT_EQ(clause_of(a, "said").kind, ClauseKind::Main);
}

// "as" read as a preposition of the noun after it: the noun and the finite
// verb after it still make a subordinate clause with that subject.
TEST(ParsedClauseTrees, SubordinatorReadAsPreposition) {
  Annotation a = tree(
      "This DT this 2 nsubj\n"
      "comes VBZ come 0 root\n"
      "as IN as 4 case\n"
      "Iran NNP Iran 2 obl\n"
      "has VBZ have 6 aux\n"
      "denounced VBN denounce 2 conj\n"
      "the DT the 8 det\n"
      "ruling NN ruling 6 obj\n"
      ". . . 2 punct\n");
  const Clause& c = clause_of(a, "denounced");
  EXPECT_EQ(c.kind, ClauseKind::Subordinate);
  EXPECT_EQ(np_head(a, c.subject), "Iran");
  EXPECT_EQ(np_head(a, c.object), "ruling");
}

// A preposition read as the marker of a participle, the noun after it as its
// subject: a noun phrase a preposition opens is no subject of a non-finite
// clause; the absolute "with" construction keeps its subject.
TEST(ParsedClauseTrees, ObliqueIsNoSubjectOfAParticiple) {
  const char* frame =
      "Activists NNS activist 2 nsubj\n"
      "wrote VBD write 0 root\n"
      "%s IN %s 5 mark\n"
      "radio NN radio 5 nsubj\n"
      "blaming VBG blame 2 advcl\n"
      "the DT the 7 det\n"
      "army NN army 5 obj\n"
      ". . . 2 punct\n";
  char buf[512];
  std::snprintf(buf, sizeof buf, frame, "on", "on");
  Annotation on = tree(buf);
  EXPECT_EQ(np_head(on, clause_of(on, "blaming").subject), "");
  std::snprintf(buf, sizeof buf, frame, "with", "with");
  Annotation with = tree(buf);
  EXPECT_EQ(np_head(with, clause_of(with, "blaming").subject), "radio");
}

// A parenthetical abbreviation inside the subject's noun phrase splits its
// chunks: the subject is read from the phrase's front, where the name is.
TEST(ParsedClauseTrees, SubjectSplitByAParenthesis) {
  Annotation a = tree(
      "Farmers NNPS Farmers 6 compound\n"
      "Union NNP Union 1 flat\n"
      "-LRB- -LRB- -lrb- 4 punct\n"
      "FU NNP FU 1 appos\n"
      "-RRB- -RRB- -rrb- 4 punct\n"
      "leaders NNS leader 7 nsubj\n"
      "rejected VBD reject 0 root\n"
      "the DT the 9 det\n"
      "plan NN plan 7 obj\n"
      ". . . 7 punct\n");
  EXPECT_EQ(np_head(a, clause_of(a, "rejected").subject), "Union");
  EXPECT_EQ(np_head(a, clause_of(a, "rejected").object), "plan");
}

TEST(ParsedClauseTable, EachConstruction) {
  const Resources& res = parsed_resources();
  if (!res.use_syntax) GTEST_SKIP() << "no syntax model";
  for (const Row& r : kRows) {
    SCOPED_TRACE(std::string(r.construction) + ": " + r.sentence);
    Annotation a = annotate(r.sentence, res);
    int v = token(a, r.verb);
    ASSERT_GE(v, 0);
    const Clause* c = nullptr;
    for (const auto& cl : a.clauses)
      if (a.verb_groups[cl.verb].head == static_cast<uint32_t>(v)) c = &cl;
    ASSERT_NE(c, nullptr) << "no clause headed by " << r.verb;
    EXPECT_EQ(clause_kind_name(c->kind), std::string(clause_kind_name(r.kind)));
    EXPECT_EQ(np_head(a, c->subject), r.subject);
    EXPECT_EQ(np_head(a, c->object), r.object);
    EXPECT_EQ(np_head(a, c->agent), r.agent);
    std::string under = c->embedded_under < 0 ? "" : a.tokens[a.verb_groups[a.clauses[c->embedded_under].verb].head].form.str();
    EXPECT_EQ(under, r.under);
    EXPECT_EQ(a.verb_groups[c->verb].finite, r.finite);
  }
}

// One main clause per sentence, even when the parser roots it on a noun.
TEST(ParsedClauseTable, OneMainClausePerSentence) {
  const Resources& res = parsed_resources();
  if (!res.use_syntax) GTEST_SKIP() << "no syntax model";
  for (const Row& r : kRows) {
    Annotation a = annotate(r.sentence, res);
    int mains = 0;
    for (const auto& c : a.clauses) mains += c.kind == ClauseKind::Main;
    EXPECT_EQ(mains, 1) << r.sentence;
  }
}
