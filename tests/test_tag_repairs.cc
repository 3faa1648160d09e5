// Tag repairs on the trained tagger's output (lang/tag_repairs.h): Penn
// conventions inside proper names and the verb of an inverted quotation
// frame, on tokens tagged by hand.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "lang/tag_repairs.h"
#include "parsed_resources.h"

using namespace dyad::lang;

namespace {

// Tokens from "form TAG" pairs, one sentence.
std::vector<Token> tagged(const char* words, Sentence& s) {
  std::vector<Token> out;
  std::istringstream in(words);
  std::string form, tag;
  while (in >> form >> tag) {
    Token t;
    t.form = form;
    EXPECT_TRUE(parse_tag(tag, t.tag)) << tag;
    out.push_back(t);
  }
  s.first = 0;
  s.last = static_cast<uint32_t>(out.size());
  return out;
}

std::string tag_of(const std::vector<Token>& ts, const char* form) {
  for (const auto& t : ts)
    if (t.form == form) return tag_name(t.tag);
  return "";
}

}  // namespace

// '"...," comments the analyst': the word between the closing quotation
// mark and the speaker is the verb of saying; the same word elsewhere stays a noun.
TEST(TagRepairs, InvertedQuotationFrameVerb) {
  const Resources& res = dyad::testing::parsed_resources();
  if (!res.has_lexicon()) GTEST_SKIP() << "no lexicon";
  Sentence s;
  auto ts = tagged("`` `` We PRP agree VBP , , '' '' comments NNS the DT analyst NN . .", s);
  repair_parsed_tags(ts, s, res);
  EXPECT_EQ(tag_of(ts, "comments"), "VBZ");
  auto plain = tagged("His PRP$ comments NNS angered VBD the DT analyst NN . .", s);
  repair_parsed_tags(plain, s, res);
  EXPECT_EQ(tag_of(plain, "comments"), "NNS");
}

// "the Country Music Awards": a capitalised plural continuing a run of
// proper nouns is NNPS; a lower-case one stays NNS.
TEST(TagRepairs, PluralInsideAName) {
  const Resources& res = dyad::testing::parsed_resources();
  Sentence s;
  auto ts = tagged("at IN the DT Country NNP Music NNP Awards NNS . .", s);
  repair_parsed_tags(ts, s, res);
  EXPECT_EQ(tag_of(ts, "Awards"), "NNPS");
  auto low = tagged("Paris NNP hotels NNS filled VBD . .", s);
  repair_parsed_tags(low, s, res);
  EXPECT_EQ(tag_of(low, "hotels"), "NNS");
}

// A capitalised adjective inside a found name of two or more words is NNP;
// one outside any name stays JJ.
TEST(TagRepairs, AdjectiveInsideAName) {
  Annotation a;
  Sentence s;
  a.tokens = tagged("the DT Baltic JJ Shipping NNP Council NNP met VBD Baltic JJ traders NNS . .", s);
  a.sentences.push_back(s);
  Name n;
  n.first = 1;
  n.last = 4;
  n.type = NameType::Organisation;
  a.names.push_back(n);
  repair_name_tags(a);
  EXPECT_EQ(tag_name(a.tokens[1].tag), std::string("NNP"));
  EXPECT_EQ(tag_name(a.tokens[5].tag), std::string("JJ"));
}

// A word tagged VBZ right after a spelled-out number above one is a plural noun; after a noun
// the number labels ("Chapter three describes"), and after "one", it stays a verb.
TEST(TagRepairs, WordInSAfterANumberAboveOne) {
  const Resources& res = dyad::testing::parsed_resources();
  Sentence s;
  auto ts = tagged("She PRP added VBD three CD assists VBZ . .", s);
  repair_parsed_tags(ts, s, res);
  EXPECT_EQ(tag_of(ts, "assists"), "NNS");
  auto label = tagged("Chapter NN three CD describes VBZ the DT war NN . .", s);
  repair_parsed_tags(label, s, res);
  EXPECT_EQ(tag_of(label, "describes"), "VBZ");
  auto one = tagged("No DT one CD knows VBZ . .", s);
  repair_parsed_tags(one, s, res);
  EXPECT_EQ(tag_of(one, "knows"), "VBZ");
}
