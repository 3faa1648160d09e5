// Tests of the trained syntax layer: CoNLL-U reading and writing, the
// arc-hybrid system and its dynamic oracle, the perceptron and the model
// file, and (with the shipped model) parses of simple constructions and the
// clauses read off them.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "fixtures.h"
#include "lang/annotate.h"
#include "lang/conllu.h"
#include "lang/model_io.h"
#include "lang/train_syntax.h"
#include "lang/transition.h"
#include "parsed_resources.h"

using namespace dyad::lang;

namespace {

// A tiny treebank in our own words: subject, verb, object, and a reported clause.
const char* kToy =
    "# text = Rebels attacked the base.\n"
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tbase\tbase\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = Officials said rebels left.\n"
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\trebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "4\tleft\tleave\tVERB\tVBD\t_\t2\tccomp\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

using dyad::testing::parsed_resources;

std::vector<ConlluSentence> toy() {
  std::istringstream in(kToy);
  std::vector<ConlluSentence> s;
  std::string error;
  EXPECT_TRUE(read_conllu(in, s, error)) << error;
  return s;
}

// Training options for the toy treebank: no jackknifing, every feature kept.
SyntaxTrainingOptions toy_options() {
  SyntaxTrainingOptions opt;
  opt.jackknife_folds = 1;
  opt.parser.min_updates = 1;
  return opt;
}

}  // namespace

TEST(Conllu, ReadsWordsAndKeepsMultiwordLines) {
  std::istringstream in(
      "# text = I don't\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n\n");
  std::vector<ConlluSentence> s;
  std::string error;
  ASSERT_TRUE(read_conllu(in, s, error)) << error;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].words.size(), 3u);
  EXPECT_EQ(s[0].text(), "I don't");
  std::ostringstream out;
  write_conllu(out, s[0]);
  EXPECT_NE(out.str().find("1\tI\t"), std::string::npos);
  EXPECT_LT(out.str().find("2-3\tdon't"), out.str().find("2\tdo\t"));
}

TEST(Conllu, MalformedLineNamesIt) {
  std::istringstream in("1\tword\tonly three\n");
  std::vector<ConlluSentence> s;
  std::string error;
  EXPECT_FALSE(read_conllu(in, s, error));
  EXPECT_NE(error.find("line 1"), std::string::npos) << error;
}

// HEAD is 0 (the root) or the number of a word of the same sentence; a
// larger one (a damaged file) is refused with its line, not carried into
// training, where it would index past the sentence.
TEST(Conllu, HeadPastTheSentenceNamesItsLine) {
  std::istringstream in("1\tRain\train\tNOUN\tNN\t_\t0\troot\t_\t_\n\n"
                        "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\tVERB\tVBD\t_\t7\troot\t_\t_\n");
  std::vector<ConlluSentence> s;
  std::string error;
  EXPECT_FALSE(read_conllu(in, s, error));
  EXPECT_EQ(error, "line 4: HEAD 7 outside the sentence of 2 words");
}

TEST(UdLabels, SubtypesAndFallback) {
  DepRel r;
  ASSERT_TRUE(parse_deprel("nsubj:pass", r));
  EXPECT_EQ(r, DepRel::nsubj_pass);
  ASSERT_TRUE(parse_deprel("obl:made_up", r));
  EXPECT_EQ(r, DepRel::obl);
  EXPECT_FALSE(parse_deprel("nonsense", r));
  EXPECT_STREQ(deprel_name(DepRel::acl_relcl), "acl:relcl");
}

// Following only zero-cost moves rebuilds any projective tree exactly.
TEST(Transition, DynamicOracleRebuildsProjectiveTree) {
  // heads of words 1..7 (index 0 unused): a tree with left and right dependents.
  std::vector<int> gold = {-1, 2, 0, 4, 2, 6, 4, 2};
  ParseState st(7);
  int steps = 0;
  while (!st.terminal() && steps++ < 100) {
    int cost[3];
    move_costs(st, gold, cost);
    int m = 0;
    while (m < 3 && !(st.valid(static_cast<Move>(m)) && cost[m] == 0)) ++m;
    ASSERT_LT(m, 3) << "no zero-cost move at step " << steps;
    st.apply(static_cast<Move>(m), 0);
  }
  for (int i = 1; i <= 7; ++i) EXPECT_EQ(st.head(i), gold[i]) << "word " << i;
}

TEST(Transition, WrongAttachmentCostsTheLostArc) {
  std::vector<int> gold = {-1, 2, 0, 2};  // "Rebels attacked bases"
  ParseState st(3);
  st.apply(Move::Shift, 0);  // stack: root Rebels; buffer: attacked bases
  int cost[3];
  move_costs(st, gold, cost);
  EXPECT_EQ(cost[static_cast<int>(Move::Left)], 0);   // Rebels <- attacked
  EXPECT_GE(cost[static_cast<int>(Move::Shift)], 1);  // Rebels could no longer get its head
}

TEST(SyntaxTraining, LearnsToyTreebankAndSurvivesTheModelFile) {
  auto data = toy();
  SyntaxTrainingOptions opt = toy_options();
  std::ostringstream log;
  SyntaxModel m = train_syntax(data, {}, opt, log);
  SyntaxScores s = score_syntax(m, data);
  EXPECT_EQ(s.uas, 1.0);
  EXPECT_EQ(s.upos, 1.0);
  std::string path = dyad::testing::temp_dir("syntax") + "/toy.model";
  std::string error;
  ASSERT_TRUE(save_syntax_model(m, path, error)) << error;
  SyntaxModel back;
  ASSERT_TRUE(load_syntax_model(path, back, error)) << error;
  EXPECT_EQ(score_syntax(back, data).las, s.las);
}

TEST(SyntaxModelFile, DamagedFileIsRefusedWithItsName) {
  std::string path = dyad::testing::temp_dir("syntax") + "/bad.model";
  { std::ofstream(path) << "DYADSYN2 not really"; }
  SyntaxModel m;
  std::string error;
  EXPECT_FALSE(load_syntax_model(path, m, error));
  EXPECT_NE(error.find("bad.model"), std::string::npos) << error;
}

// With the shipped model: subjects, objects and reported clauses from the parse.
TEST(ParsedClauses, ReportedClauseUnderSpeechVerb) {
  const Resources& res = parsed_resources();
  if (!res.use_syntax) GTEST_SKIP() << "no syntax model";
  std::string text = "The minister said that the rebels had attacked a police station.";
  Annotation a = annotate(text, res);
  int said = -1, attacked = -1;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    if (a.tokens[i].form == "said") said = static_cast<int>(i);
    if (a.tokens[i].form == "attacked") attacked = static_cast<int>(i);
  }
  ASSERT_GE(said, 0);
  ASSERT_GE(attacked, 0);
  EXPECT_EQ(a.tokens[said].deprel, DepRel::root);
  EXPECT_EQ(a.tokens[attacked].head, said);
  EXPECT_EQ(a.tokens[attacked].deprel, DepRel::ccomp);
  const Clause* main = nullptr;
  const Clause* reported = nullptr;
  for (const auto& c : a.clauses) {
    if (c.kind == ClauseKind::Main) main = &c;
    if (c.kind == ClauseKind::Reported) reported = &c;
  }
  ASSERT_TRUE(main && reported);
  EXPECT_EQ(a.tokens[a.verb_groups[main->verb].head].form, "said");
  EXPECT_EQ(a.tokens[a.verb_groups[reported->verb].head].form, "attacked");
  ASSERT_GE(reported->subject, 0);
  EXPECT_EQ(a.tokens[a.noun_phrases[reported->subject].head].form, "rebels");
  ASSERT_GE(reported->object, 0);
  EXPECT_EQ(a.tokens[a.noun_phrases[reported->object].head].form, "station");
}

TEST(ParsedClauses, TrailingReportingClauseIsMain) {
  const Resources& res = parsed_resources();
  if (!res.use_syntax) GTEST_SKIP() << "no syntax model";
  Annotation a = annotate("Troops fired on the protesters, witnesses said.", res);
  const Clause* main = nullptr;
  for (const auto& c : a.clauses)
    if (c.kind == ClauseKind::Main) main = &c;
  ASSERT_TRUE(main);
  EXPECT_EQ(a.tokens[a.verb_groups[main->verb].head].form, "said");
}

TEST(ParsedClauses, PassiveAgentFromByPhrase) {
  const Resources& res = parsed_resources();
  if (!res.use_syntax) GTEST_SKIP() << "no syntax model";
  Annotation a = annotate("The convoy was attacked by militants near the border.", res);
  ASSERT_FALSE(a.clauses.empty());
  const Clause& c = a.clauses[0];
  ASSERT_GE(c.agent, 0);
  EXPECT_EQ(a.tokens[a.noun_phrases[c.agent].head].form, "militants");
  ASSERT_GE(c.subject, 0);
  EXPECT_EQ(a.tokens[a.noun_phrases[c.subject].head].form, "convoy");
}

// The beam parser trained globally learns the toy treebank; its width is kept
// in the model file; pruning a trained model equals training with the pruning.
TEST(SyntaxTraining, BeamLearnsToyTreebankAndKeepsItsWidth) {
  auto data = toy();
  SyntaxTrainingOptions opt = toy_options();
  opt.parser.beam = 4;
  std::ostringstream log;
  SyntaxModel m = train_syntax(data, {}, opt, log);
  EXPECT_EQ(m.parser.beam, 4);
  SyntaxScores s = score_syntax(m, data);
  EXPECT_EQ(s.uas, 1.0);
  EXPECT_EQ(s.las, 1.0);
  std::string path = dyad::testing::temp_dir("syntax") + "/beam.model";
  std::string error;
  ASSERT_TRUE(save_syntax_model(m, path, error)) << error;
  SyntaxModel back;
  ASSERT_TRUE(load_syntax_model(path, back, error)) << error;
  EXPECT_EQ(back.parser.beam, 4);
  EXPECT_EQ(score_syntax(back, data).las, 1.0);

  opt.parser.min_weight = 5000;
  SyntaxModel pruned = train_syntax(data, {}, opt, log);
  LinearModel after = m.parser.model.pruned(5000);
  EXPECT_LT(after.entries.size(), m.parser.model.entries.size());
  ASSERT_EQ(pruned.parser.model.entries.size(), after.entries.size());
  for (size_t i = 0; i < after.entries.size(); ++i)
    EXPECT_EQ(pruned.parser.model.entries[i].weight, after.entries[i].weight);
  EXPECT_EQ(pruned.parser.model.start, after.start);
}

// The tagger's feature set travels with the model file, and retraining only
// the tagger keeps the parser.
TEST(SyntaxTraining, TaggerFeatureSetIsStoredAndRetaggingKeepsTheParser) {
  auto data = toy();
  SyntaxTrainingOptions opt = toy_options();
  SyntaxModel m = train_syntax(data, {}, opt, std::cerr);
  EXPECT_EQ(m.tagger.features, kDefaultTaggerFeatures);
  opt.tagger.features = 2;
  SyntaxModel re = m;
  ASSERT_TRUE(retrain_tagger(re, data, opt));
  EXPECT_EQ(re.tagger.features, 2);
  EXPECT_EQ(re.parser.model.entries.size(), m.parser.model.entries.size());
  SyntaxScores s = score_syntax(re, data);
  EXPECT_EQ(s.upos, 1.0);
  std::string path = dyad::testing::temp_dir("syntax") + "/features.model";
  std::string error;
  ASSERT_TRUE(save_syntax_model(re, path, error)) << error;
  SyntaxModel back;
  ASSERT_TRUE(load_syntax_model(path, back, error)) << error;
  EXPECT_EQ(back.tagger.features, 2);
  EXPECT_EQ(score_syntax(back, data).upos, 1.0);
  // A treebank with other tag classes cannot be put under this parser.
  auto other = data;
  other[0].words[0].xpos = "XX";
  EXPECT_FALSE(retrain_tagger(re, other, opt));
}

// The parser's feature set travels with the model file like the tagger's; the
// richer set learns the toy treebank too.
TEST(SyntaxTraining, ParserFeatureSetIsStoredInTheModelFile) {
  auto data = toy();
  SyntaxTrainingOptions opt = toy_options();
  opt.parser.features = 2;
  opt.parser.beam = 4;
  std::ostringstream log;
  SyntaxModel m = train_syntax(data, {}, opt, log);
  EXPECT_EQ(m.parser.features, 2);
  EXPECT_EQ(score_syntax(m, data).las, 1.0);
  std::string path = dyad::testing::temp_dir("syntax") + "/parser-features.model";
  std::string error;
  ASSERT_TRUE(save_syntax_model(m, path, error)) << error;
  SyntaxModel back;
  ASSERT_TRUE(load_syntax_model(path, back, error)) << error;
  EXPECT_EQ(back.parser.features, 2);
  EXPECT_EQ(score_syntax(back, data).las, 1.0);
}

// Punctuation between two words (set 2 reads it): counted strictly between
// them, never for the root; a word of punctuation marks only is punctuation,
// one with a letter or digit is not.
TEST(ParserFeatures, PunctuationBetweenWords) {
  std::vector<std::string_view> forms = {"Rebels", ",", "officials", "said", "--", "left", "3-2", "."};
  std::vector<WordKeys> keys = word_keys(forms);
  EXPECT_TRUE(keys[1].punct);
  EXPECT_TRUE(keys[4].punct);
  EXPECT_FALSE(keys[6].punct);
  std::vector<uint16_t> tags(forms.size(), 0);
  ParserInput in(keys, tags, 2);
  EXPECT_EQ(in.punct_between(1, 3), 1);  // Rebels , officials
  EXPECT_EQ(in.punct_between(1, 6), 2);  // the comma and the dash
  EXPECT_EQ(in.punct_between(3, 4), 0);
  EXPECT_EQ(in.punct_between(0, 6), 0);  // the root
  EXPECT_EQ(in.punct_between(6, 8), 0);  // "3-2" is a word
  ParseState st(static_cast<int>(forms.size()));
  std::vector<Feature> set1, set2;
  parser_features(st, ParserInput(keys, tags, 1), set1);
  parser_features(st, in, set2);
  EXPECT_GT(set2.size(), set1.size());
  EXPECT_TRUE(std::equal(set1.begin(), set1.end(), set2.begin()));  // set 2 extends set 1
}

// The compiled model scores through the spans kept in its index slots; the
// result equals summing each feature's row read through `start`.
TEST(Perceptron, CompiledScoresEqualTheRowSums) {
  AveragedPerceptron p(5);
  std::vector<Feature> a = {feat(1, 10), feat(2, 20), feat(3, 30)}, b = {feat(1, 11), feat(2, 20), feat(4, 40)};
  for (int i = 0; i < 20; ++i) {
    p.tick();
    p.update(a, i % 5, (i + 2) % 5);
    p.tick();
    p.update(b, (i * 3) % 5, 4);
  }
  LinearModel m = p.compile(1);
  for (const auto& fs : {a, b}) {
    int32_t fast[5] = {0}, slow[5] = {0};
    m.score(fs.data(), fs.size(), fast);
    for (Feature f : fs) {
      uint32_t r = m.index.find(short_key(f));
      if (r == FeatureIndex::kMissing) continue;
      for (uint32_t e = m.start[r]; e < m.start[r + 1]; ++e) slow[m.entries[e].cls] += m.entries[e].weight;
    }
    for (int c = 0; c < 5; ++c) EXPECT_EQ(fast[c], slow[c]) << "class " << c;
  }
}

// Another model's tagger may go under a parser only with the same classes in
// the same order (the parser reads class numbers).
TEST(SyntaxTraining, TaggerSwapNeedsTheSameClasses) {
  auto data = toy();
  SyntaxTrainingOptions opt = toy_options();
  std::ostringstream log;
  SyntaxModel m = train_syntax(data, {}, opt, log);
  PosTagger other = m.tagger;
  EXPECT_TRUE(same_tag_classes(m.tagger, other));
  std::swap(other.classes[0], other.classes[1]);
  EXPECT_FALSE(same_tag_classes(m.tagger, other));
  other.classes.pop_back();
  EXPECT_FALSE(same_tag_classes(m.tagger, other));
}

// Large model tables come in 2 MB-aligned blocks (offered as huge pages);
// small ones from the ordinary heap; both hold what is written.
TEST(Perceptron, LargeTablesAreAlignedForHugePages) {
  HugeVector<uint32_t> big(size_t{1} << 20, 7), small(100, 3);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(big.data()) % (size_t{2} << 20), 0u);
  big.back() = 9;
  EXPECT_EQ(big.front() + big.back() + small[50], 19u);
}
