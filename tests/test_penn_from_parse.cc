// Penn tags settled by the parse (lang/penn_from_parse.h), on trees written by
// hand in our own words: hyphenated modifiers, participles with and without
// auxiliaries.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "lang/penn_from_parse.h"
#include "lang/resources.h"

using namespace dyad::lang;

namespace {

const Resources& res() {
  static const Resources r = Resources::load();
  return r;
}

// "form tag head deprel" per word (head 1-based, 0 for the root); returns the
// Penn tags after the adjustment.
std::vector<std::string> retag(const char* lines) {
  std::vector<Token> toks;
  std::istringstream in(lines);
  std::string form, tag, rel;
  int head = 0;
  while (in >> form >> tag >> head >> rel) {
    Token t;
    t.form = form;
    EXPECT_TRUE(parse_tag(tag, t.tag)) << tag;
    EXPECT_TRUE(parse_deprel(rel, t.deprel)) << rel;
    t.head = head - 1;
    toks.push_back(t);
  }
  Sentence s;
  s.last = static_cast<uint32_t>(toks.size());
  penn_from_parse(toks, s, res());
  std::vector<std::string> out;
  for (const Token& t : toks) out.push_back(tag_name(t.tag));
  return out;
}

}  // namespace

TEST(PennFromParse, HyphenatedModifierOfANounIsAnAdjective) {
  auto t = retag(
      "a DT 3 det\n"
      "ten-page NN 3 compound\n"
      "letter NN 4 nsubj\n"
      "arrived VBD 0 root\n");
  EXPECT_EQ(t[1], "JJ");
  t = retag(
      "Paris-based VBN 2 amod\n"
      "lawyers NNS 3 nsubj\n"
      "agreed VBD 0 root\n");
  EXPECT_EQ(t[0], "JJ");
}

TEST(PennFromParse, HyphenatedWordsThatAreNotModifiersStay) {
  // The compound is the head of its phrase, or a name.
  auto t = retag(
      "the DT 2 det\n"
      "build-up NN 3 nsubj\n"
      "continued VBD 0 root\n");
  EXPECT_EQ(t[1], "NN");
  t = retag(
      "Al-Aqsa NNP 2 compound\n"
      "mosque NN 3 nsubj\n"
      "reopened VBD 0 root\n");
  EXPECT_EQ(t[0], "NNP");
}

TEST(PennFromParse, ParticipleWithAnActiveSubjectAndNoAuxiliaryIsPastTense) {
  auto t = retag(
      "troops NNS 2 nsubj\n"
      "seized VBN 0 root\n"
      "the DT 4 det\n"
      "town NN 2 obj\n");
  EXPECT_EQ(t[1], "VBD");
  // A reduced relative keeps its participle; so does a passive.
  t = retag(
      "towns NNS 4 nsubj\n"
      "seized VBN 1 acl\n"
      "troops NNS 2 obl\n"
      "fell VBD 0 root\n");
  EXPECT_EQ(t[1], "VBN");
  t = retag(
      "the DT 2 det\n"
      "town NN 4 nsubj:pass\n"
      "was VBD 4 aux:pass\n"
      "seized VBN 0 root\n");
  EXPECT_EQ(t[3], "VBN");
}

TEST(PennFromParse, PastFormAfterHaveIsTheParticiple) {
  auto t = retag(
      "the DT 2 det\n"
      "talks NNS 4 nsubj\n"
      "have VBP 4 aux\n"
      "ended VBD 0 root\n");
  EXPECT_EQ(t[3], "VBN");
  // Do-support does not make a participle.
  t = retag(
      "they PRP 3 nsubj\n"
      "did VBD 3 aux\n"
      "wanted VBD 0 root\n");
  EXPECT_EQ(t[2], "VBD");
}
