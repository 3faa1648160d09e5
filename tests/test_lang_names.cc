// Tests of the name finder and of the tag lexicon's hints: the gazetteer's
// longest matches, labels to names, training on a toy annotation and the
// model file, IOB2 reading errors, and the Penn conventions the hints apply.
#include <gtest/gtest.h>

#include <fstream>

#include "fixtures.h"
#include "lang/iob2.h"
#include "lang/model_io.h"
#include "lang/name_finder.h"
#include "lang/name_repeats.h"
#include "lang/tag_hints.h"
#include "pipeline/contract.h"

using namespace dyad::lang;

namespace {

std::vector<std::string_view> views(const std::vector<std::string>& w) { return {w.begin(), w.end()}; }

NameSentence sentence(const std::vector<std::string>& forms, const std::vector<std::string>& labels) {
  std::vector<Tag> tags;
  for (const auto& f : forms) tags.push_back(f[0] >= 'A' && f[0] <= 'Z' ? Tag::NNP : Tag::NN);
  NameSentence s;
  s.words = name_words(views(forms), tags, NameGazetteer{});
  for (const auto& l : labels) s.gold.push_back(static_cast<uint8_t>(parse_name_label(l)));
  return s;
}

}  // namespace

TEST(NameGazetteer, LongestKnownNameMarksItsWords) {
  NameGazetteer g;
  g.add("United Nations", NameType::Organisation);
  g.add("United", NameType::Location);
  std::vector<std::string> w = {"the", "United", "Nations", "said"};
  auto m = g.mark(views(w));
  int org = static_cast<int>(NameType::Organisation);
  EXPECT_EQ(m[0], 0);
  EXPECT_EQ(m[1], 1u << (2 * org));        // begins an organisation (the longer match wins)
  EXPECT_EQ(m[2], 1u << (2 * org + 1));    // inside it
  EXPECT_EQ(m[3], 0);
  std::vector<std::string> lower = {"united", "nations"};
  EXPECT_EQ(g.mark(views(lower))[0], 0);   // a name starts with a capital
}

TEST(NameLabels, SpansFromBioLabels) {
  std::vector<uint8_t> l = {0, static_cast<uint8_t>(parse_name_label("B-PER")),
                            static_cast<uint8_t>(parse_name_label("I-PER")),
                            static_cast<uint8_t>(parse_name_label("B-LOC")), 0,
                            static_cast<uint8_t>(parse_name_label("I-ORG"))};
  auto n = names_of_labels(l);
  ASSERT_EQ(n.size(), 3u);
  EXPECT_EQ(n[0].first, 1u);
  EXPECT_EQ(n[0].last, 3u);
  EXPECT_EQ(n[0].type, NameType::Person);
  EXPECT_EQ(n[1].type, NameType::Location);
  EXPECT_EQ(n[2].first, 5u);  // an I- without its B- still starts a name
  EXPECT_EQ(name_label_name(parse_name_label("I-LOC")), "I-LOC");
  EXPECT_EQ(parse_name_label("B-WHAT"), -1);
}

TEST(NameFinder, LearnsToyNamesAndSurvivesTheModelFile) {
  std::vector<NameSentence> data = {
      sentence({"Maria", "Lopez", "visited", "Lima", "."}, {"B-PER", "I-PER", "O", "B-LOC", "O"}),
      sentence({"the", "clerk", "visited", "Quito", "."}, {"O", "O", "O", "B-LOC", "O"}),
      sentence({"Juan", "Perez", "left", "Acme", "Corp", "."}, {"B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"}),
  };
  NameFinder f = train_name_finder(data, 10, 1);
  for (const auto& s : data) EXPECT_EQ(f.label(s.words), s.gold);
  std::string path = dyad::testing::temp_dir("names") + "/toy.model", error;
  ASSERT_TRUE(save_name_model(f, path, error)) << error;
  NameFinder back;
  ASSERT_TRUE(load_name_model(path, back, error)) << error;
  EXPECT_EQ(back.label(data[2].words), data[2].gold);
  std::ofstream(path, std::ios::trunc) << "DYADNER1 and then nonsense";
  EXPECT_FALSE(load_name_model(path, back, error));
  EXPECT_NE(error.find(path), std::string::npos);
}

TEST(Iob2, ShortLineNamesFileAndLine) {
  std::string path = dyad::testing::temp_dir("iob2") + "/bad.iob2";
  std::ofstream(path) << "# text = x\n1\tx\tO\t-\t-\n2\ty\n";
  std::vector<Iob2Sentence> s;
  std::string error;
  EXPECT_FALSE(read_iob2_file(path, s, error));
  EXPECT_NE(error.find(path + ": line 3"), std::string::npos) << error;
}

TEST(TagHints, HeadlineCapitalsFindTheTitleCaseEntry) {
  TagHints h;
  h.add("President", 1ULL << static_cast<int>(Tag::NNP), static_cast<int>(Tag::NNP), 500);
  std::vector<std::string> w = {"PRESIDENT", "president"};
  std::vector<WordKeys> k = {word_keys(w[0]), word_keys(w[1])};
  h.annotate(views(w), k);
  EXPECT_NE(k[0].lex_other, 0u);  // all caps: looked up as "President"
  EXPECT_EQ(k[0].lex_top, 1 + static_cast<int>(Tag::NNP));
  EXPECT_EQ(k[1].lex, 0u);        // lower case: not in this lexicon
}

TEST(TagHints, PennConventionsForCommonWords) {
  TagHints h;
  h.add("about", (1ULL << static_cast<int>(Tag::IN)) | (1ULL << static_cast<int>(Tag::RB)), static_cast<int>(Tag::IN),
        5000);
  TagClass prep{"IN", Upos::ADP, Tag::IN}, adj{"JJ", Upos::ADJ, Tag::JJ}, comma{",", Upos::PUNCT, Tag::Comma};
  EXPECT_EQ(h.penn_tag(prep, "to"), Tag::TO);      // the PTB tags every "to" TO
  EXPECT_EQ(h.penn_tag(adj, "about"), Tag::IN);    // never JJ in the Penn lexicon
  EXPECT_EQ(h.penn_tag(adj, "unknownish"), Tag::JJ);
  EXPECT_EQ(h.penn_tag(comma, "--"), Tag::Colon);
}

TEST(NamesInContract, EveryNameIsItsTextSpan) {
  auto d = dyad::testing::process_text(
      "Maria Gonzalez, a lawyer from Lima, met officials of Acme Mining in Quito on Monday.\n");
  auto j = dyad::contract_json({d}, false);
  ASSERT_TRUE(j.contains("names"));
  for (const auto& n : j["names"]) {
    size_t b = n["start"], e = n["end"];
    EXPECT_EQ(n["text"], d.text.substr(b, e - b));
    EXPECT_TRUE(n["type"] == "PER" || n["type"] == "ORG" || n["type"] == "LOC" || n["type"] == "MISC");
  }
}

// A type that no training name had (here ORG and MISC) is never chosen, even
// where every trained label scores below zero and the untrained ones score 0.
TEST(NameFinder, ChoosesOnlyTypesSeenInTraining) {
  std::vector<NameSentence> data = {
      sentence({"Maria", "Lopez", "visited", "Lima", "."}, {"B-PER", "I-PER", "O", "B-LOC", "O"}),
      sentence({"the", "clerk", "visited", "Quito", "."}, {"O", "O", "O", "B-LOC", "O"}),
  };
  NameFinder f = train_name_finder(data, 10, 1);
  EXPECT_TRUE(f.known[parse_name_label("B-PER")]);
  EXPECT_TRUE(f.known[parse_name_label("B-LOC")]);
  EXPECT_FALSE(f.known[parse_name_label("B-ORG")]);
  EXPECT_FALSE(f.known[parse_name_label("B-MISC")]);
  for (auto& e : f.model.entries) e.weight = static_cast<int16_t>(-1 - std::abs(e.weight));
  for (const auto& s : data)
    for (uint8_t l : f.label(s.words)) {
      std::string name = name_label_name(l);
      EXPECT_TRUE(name == "O" || name.ends_with("PER") || name.ends_with("LOC")) << name;
    }
}

// Lower-case particles inside a person's name ("van der", "von", "bin") and the surname after
// them are one name, however the model split it at the lower-case words.
TEST(NamesInContract, ParticlesAndSurnameStayInThePersonsName) {
  auto d = dyad::testing::process_text(
      "The harbour will reopen, Mayor Pieter van der Molen said. Lotte von Harsdorf spoke next.\n");
  auto j = dyad::contract_json({d}, false);
  std::vector<std::string> people;
  for (const auto& n : j["names"])
    if (n["type"] == "PER") people.push_back(n["text"]);
  auto has_suffix = [&](const std::string& s) {
    for (const auto& p : people)
      if (p.size() >= s.size() && p.compare(p.size() - s.size(), s.size(), s) == 0) return true;
    return false;
  };
  EXPECT_TRUE(has_suffix("Pieter van der Molen")) << j["names"].dump();
  EXPECT_TRUE(has_suffix("Lotte von Harsdorf")) << j["names"].dump();
}

// A name of several capitalised words found in one sentence is the same name
// where the text repeats those words on their own, with the tags it had where
// it was found; words inside a longer capitalised phrase, or one word alone,
// are left as they are.
TEST(NameRepeats, AFoundNameMarksItsRepeatsOnTheirOwn) {
  Annotation a;
  auto add = [&](const std::string& form, Tag tag) {
    Token t;
    t.form = form;
    t.lemma = form;
    t.tag = tag;
    a.tokens.push_back(t);
  };
  // 0-3: "Harbor Records sued ." 4-8: "Fans left Harbor Records ." 9-14: "Harbor Records Group said so ."
  // 15-17: "Records rose ."
  for (auto [f, t] : std::vector<std::pair<std::string, Tag>>{
           {"Harbor", Tag::NNP}, {"Records", Tag::NNP}, {"sued", Tag::VBD}, {".", Tag::Period},
           {"Fans", Tag::NNS}, {"left", Tag::VBD}, {"Harbor", Tag::JJ}, {"Records", Tag::NNS}, {".", Tag::Period},
           {"Harbor", Tag::NNP}, {"Records", Tag::NNP}, {"Group", Tag::NNP}, {"said", Tag::VBD}, {"so", Tag::RB},
           {".", Tag::Period}, {"Records", Tag::NNS}, {"rose", Tag::VBD}, {".", Tag::Period}})
    add(f, t);
  for (auto [b, e] : std::vector<std::pair<uint32_t, uint32_t>>{{0, 4}, {4, 9}, {9, 15}, {15, 18}}) {
    Sentence s;
    s.first = b;
    s.last = e;
    a.sentences.push_back(s);
  }
  a.names.push_back(Name{0, 2, 0, NameType::Organisation});
  repeat_names(a);
  ASSERT_EQ(a.names.size(), 2u);
  EXPECT_EQ(a.names[1].first, 6u);
  EXPECT_EQ(a.names[1].last, 8u);
  EXPECT_EQ(a.names[1].sentence, 1u);
  EXPECT_EQ(a.names[1].type, NameType::Organisation);
  EXPECT_EQ(a.tokens[6].tag, Tag::NNP);
  EXPECT_EQ(a.tokens[7].tag, Tag::NNP);
  EXPECT_EQ(a.tokens[15].tag, Tag::NNS);  // one word of the name alone is not the name
}
