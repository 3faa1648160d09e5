// Tests for tagging, lemmas, noun phrases, verb groups and clauses on
// news-style sentences written for these tests, and a run over the seeds.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <string>

#include "fixtures.h"
#include "lang/annotate.h"

using namespace dyad::lang;

namespace {

const Resources& res() { return Resources::get(); }

bool ready() { return res().has_lexicon() && res().has_wordnet(); }

std::string tags(const Annotation& a) {
  std::string out;
  for (const auto& t : a.tokens) out += std::string(out.empty() ? "" : " ") + t.form + "/" + tag_name(t.tag);
  return out;
}

std::string span_text(const std::string& text, const Annotation& a, uint32_t first, uint32_t last) {
  return text.substr(a.tokens[first].span.start, a.tokens[last - 1].span.end - a.tokens[first].span.start);
}

// The tag of the first token written `form`, "?" when there is none.
std::string tag_of(const Annotation& a, const std::string& form) {
  for (const auto& t : a.tokens)
    if (t.form == form) return std::string(tag_name(t.tag));
  return "?";
}

const Clause* clause_of(const Annotation& a, const std::string& verb_head) {
  for (const auto& c : a.clauses)
    if (a.tokens[a.verb_groups[c.verb].head].form == verb_head) return &c;
  return nullptr;
}

}  // namespace

TEST(LangCore, ResourcesLoad) {
  EXPECT_FALSE(res().abbreviations.empty());
  EXPECT_FALSE(res().speech_verbs.empty());
  EXPECT_FALSE(res().special_lemmas.empty());
  if (!ready()) GTEST_SKIP() << "liblingua-en-tagger-perl / wordnet-base not installed";
  EXPECT_TRUE(res().warnings.empty()) << res().warnings.front();
  EXPECT_GT(res().lexicon.size(), 40000u);
  EXPECT_GT(res().wn_index[0].size(), 50000u);
}

TEST(LangCore, TagsNewsSentence) {
  if (!ready()) GTEST_SKIP();
  std::string text = "The rebels attacked a police station in Kandahar on Tuesday, officials said.";
  Annotation a = annotate(text);
  EXPECT_EQ(tags(a),
            "The/DT rebels/NNS attacked/VBD a/DT police/NN station/NN in/IN Kandahar/NNP on/IN Tuesday/NNP "
            ",/, officials/NNS said/VBD ./.");
}

TEST(LangCore, TagsParticiplesAndModals) {
  if (!ready()) GTEST_SKIP();
  Annotation a = annotate("The embassy was burned by crowds who had gathered, and troops will return.");
  EXPECT_EQ(tag_of(a, "burned"), "VBN");
  EXPECT_EQ(tag_of(a, "gathered"), "VBN");
  EXPECT_EQ(tag_of(a, "will"), "MD");
  EXPECT_EQ(tag_of(a, "return"), "VB");
  EXPECT_EQ(tag_of(a, "crowds"), "NNS");
}

TEST(LangCore, Lemmas) {
  if (!ready()) GTEST_SKIP();
  Annotation a = annotate("Militias were seizing cities and the ministers went home; he hasn't denied it.");
  std::string lem;
  for (const auto& t : a.tokens) lem += t.lemma + " ";
  EXPECT_EQ(lem, "militia be seize city and the minister go home ; he have not deny it . ");
}

TEST(LangCore, NounPhrasesAndVerbGroups) {
  if (!ready()) GTEST_SKIP();
  std::string text = "The top US commander in Afghanistan's east will not be replaced, he said.";
  Annotation a = annotate(text);
  std::vector<std::string> nps;
  for (const auto& np : a.noun_phrases) nps.push_back(span_text(text, a, np.first, np.last));
  EXPECT_EQ(nps, (std::vector<std::string>{"The top US commander", "Afghanistan's", "east", "he"}));
  ASSERT_EQ(a.verb_groups.size(), 2u);
  const VerbGroup& g = a.verb_groups[0];
  EXPECT_EQ(span_text(text, a, g.first, g.last), "will not be replaced");
  EXPECT_TRUE(g.negated);
  EXPECT_TRUE(g.passive);
  EXPECT_TRUE(g.finite);
  EXPECT_EQ(g.tense, Tense::Future);
  EXPECT_EQ(a.tokens[g.head].form, "replaced");
  EXPECT_EQ(a.verb_groups[1].tense, Tense::Past);
  EXPECT_FALSE(a.verb_groups[1].passive);
}

TEST(LangCore, ClausesSubjectObjectAndReporting) {
  if (!ready()) GTEST_SKIP();
  std::string text =
      "Taliban fighters attacked a checkpoint near Kabul, the Interior Ministry said on Monday. "
      "The government denied that its forces had shelled the village.";
  Annotation a = annotate(text);
  const Clause* attacked = clause_of(a, "attacked");
  const Clause* said = clause_of(a, "said");
  const Clause* shelled = clause_of(a, "shelled");
  const Clause* denied = clause_of(a, "denied");
  ASSERT_TRUE(attacked && said && shelled && denied);
  auto np = [&](int32_t i) {
    return i < 0 ? std::string("-") : span_text(text, a, a.noun_phrases[i].first, a.noun_phrases[i].last);
  };
  EXPECT_EQ(np(attacked->subject), "Taliban fighters");
  EXPECT_EQ(np(attacked->object), "a checkpoint");
  EXPECT_EQ(attacked->kind, ClauseKind::Reported);
  EXPECT_EQ(said->kind, ClauseKind::Main);
  EXPECT_EQ(np(said->subject), "the Interior Ministry");
  EXPECT_EQ(attacked->embedded_under, said - a.clauses.data());
  EXPECT_EQ(np(denied->subject), "The government");
  EXPECT_EQ(shelled->embedded_under, denied - a.clauses.data());
  EXPECT_EQ(np(shelled->subject), "its forces");
  EXPECT_EQ(np(shelled->object), "the village");
  EXPECT_TRUE(a.verb_groups[shelled->verb].perfect);
}

// A noun phrase of time with no article and no preposition ("last week",
// "Monday", "2011") opening a clause is an adverbial when another noun phrase
// follows it before the verb: that one is the subject. Alone before the verb
// it is the subject itself.
TEST(LangCore, BareNounPhraseOfTimeIsNoSubject) {
  if (!ready()) GTEST_SKIP();
  std::string text =
      "Last week, the two ministers signed a treaty. "
      "Then, last month, the council rejected the plan. "
      "On July 3, 2011, the governor resigned. "
      "Last week was calm.";
  Annotation a = annotate(text);
  auto np = [&](int32_t i) {
    return i < 0 ? std::string("-") : span_text(text, a, a.noun_phrases[i].first, a.noun_phrases[i].last);
  };
  const Clause* signed_ = clause_of(a, "signed");
  const Clause* rejected = clause_of(a, "rejected");
  const Clause* was = clause_of(a, "was");
  const Clause* resigned = clause_of(a, "resigned");
  ASSERT_TRUE(signed_ && rejected && was && resigned);
  EXPECT_EQ(np(resigned->subject), "the governor");  // a year in figures is a phrase of time too
  EXPECT_EQ(np(signed_->subject), "the two ministers");
  EXPECT_EQ(np(rejected->subject), "the council");
  EXPECT_EQ(np(was->subject), "Last week");
}

// A preposition governs every noun phrase coordinated with its object ("in A
// and B", "in A, B and C"), so none of them is the subject of the clause they
// open; a phrase after a comma that no "and"/"or" joins to the list is.
TEST(LangCore, NounsCoordinatedInsideAPrepositionalPhraseAreNoSubject) {
  if (!ready()) GTEST_SKIP();
  std::string text =
      "In Peru and Chile, the new rules apply. "
      "At farms in Kenya, Uganda or Tanzania, the growers harvested coffee. "
      "In Chile, the minister resigned.";
  Annotation a = annotate(text);
  auto np = [&](int32_t i) {
    return i < 0 ? std::string("-") : span_text(text, a, a.noun_phrases[i].first, a.noun_phrases[i].last);
  };
  const Clause* apply = clause_of(a, "apply");
  const Clause* harvested = clause_of(a, "harvested");
  const Clause* resigned = clause_of(a, "resigned");
  ASSERT_TRUE(apply && harvested && resigned);
  EXPECT_EQ(np(apply->subject), "the new rules");
  EXPECT_EQ(np(harvested->subject), "the growers");
  EXPECT_EQ(np(resigned->subject), "the minister");
}

TEST(LangCore, RelativeClauseAndPassiveAgent) {
  if (!ready()) GTEST_SKIP();
  std::string text = "The envoy, who met the president, was expelled by the government.";
  Annotation a = annotate(text);
  const Clause* met = clause_of(a, "met");
  const Clause* expelled = clause_of(a, "expelled");
  ASSERT_TRUE(met && expelled);
  auto np = [&](int32_t i) {
    return i < 0 ? std::string("-") : span_text(text, a, a.noun_phrases[i].first, a.noun_phrases[i].last);
  };
  EXPECT_EQ(met->kind, ClauseKind::Relative);
  EXPECT_EQ(np(met->subject), "The envoy");
  EXPECT_TRUE(a.verb_groups[expelled->verb].passive);
  EXPECT_EQ(np(expelled->agent), "the government");
}

TEST(LangCore, PhraseOfTimeSetOffByCommasIsNoClause) {
  // "after", "since" before a noun phrase with no verb, set off by commas
  // inside the clause or fronted before it, make a phrase, not a clause:
  // the clause's subject is the noun phrase outside it. With a verb inside,
  // "after" still opens a clause of its own.
  if (!ready()) GTEST_SKIP();
  std::string text =
      "The envoy, after lengthy talks with the rebels, rejected the offer. "
      "Since the flooding in the north, the ministry has closed the schools. "
      "After the rebels left, the army entered the town. "
      "As the mayor, a former judge, left the hall, the crowd cheered.";
  Annotation a = annotate(text);
  auto np = [&](int32_t i) {
    return i < 0 ? std::string("-") : span_text(text, a, a.noun_phrases[i].first, a.noun_phrases[i].last);
  };
  const Clause* rejected = clause_of(a, "rejected");
  const Clause* closed = clause_of(a, "closed");
  const Clause* left = clause_of(a, "left");
  const Clause* entered = clause_of(a, "entered");
  ASSERT_TRUE(rejected && closed && left && entered);
  EXPECT_EQ(np(rejected->subject), "The envoy");
  EXPECT_EQ(rejected->kind, ClauseKind::Main);
  EXPECT_EQ(np(closed->subject), "the ministry");
  EXPECT_EQ(np(left->subject), "the rebels");
  EXPECT_EQ(left->kind, ClauseKind::Subordinate);
  EXPECT_EQ(np(entered->subject), "the army");
  // An apposition to the subject of "as" keeps its clause: "the mayor" left.
  const Clause* left2 = nullptr;
  for (const auto& c : a.clauses)
    if (&c != left && a.tokens[a.verb_groups[c.verb].head].form == "left") left2 = &c;
  ASSERT_NE(left2, nullptr);
  EXPECT_EQ(np(left2->subject), "the mayor");
}

TEST(LangCore, SeedsAnnotateCleanly) {
  if (!dyad::testing::shared_available()) GTEST_SKIP() << "no shared seeds";
  int seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dyad::testing::shared_path("seeds"))) {
    if (entry.path().extension() != ".txt") continue;
    ++seen;
    std::string name = entry.path().filename().string();
    auto doc = dyad::testing::process_text(dyad::testing::read_file(entry.path().string()), name);
    if (doc.text.empty()) continue;
    Annotation a = annotate(doc.text);
    ASSERT_FALSE(a.sentences.empty()) << name;
    uint32_t prev = 0;
    for (const auto& s : a.sentences) {
      EXPECT_LE(prev, s.first);
      EXPECT_LT(s.first, s.last);
      prev = s.last;
      // No sentence ends on a title or a middle initial.
      const std::string& last = a.tokens[s.last - 1].form;
      EXPECT_FALSE(res().title_abbreviations.count(last)) << name << ": " << doc.text.substr(s.span.start, s.span.size());
      EXPECT_FALSE(last.size() == 2 && last[1] == '.' && std::isupper(static_cast<unsigned char>(last[0])))
          << name << ": " << doc.text.substr(s.span.start, s.span.size());
    }
    EXPECT_EQ(prev, a.tokens.size());
  }
  EXPECT_GT(seen, 0);
}

// A verb in -s agrees with a singular subject: right after a spelled-out number above one, a
// word in -s is a plural noun, unless a noun before the number makes it a label.
TEST(LangCore, WordInSAfterANumberAboveOneIsAPluralNoun) {
  if (!ready()) GTEST_SKIP();
  auto tag_after = [](const std::string& text, const std::string& f) {
    Annotation a = annotate(text);
    for (const auto& t : a.tokens)
      if (t.form == f) return std::string(tag_name(t.tag));
    return std::string("?");
  };
  EXPECT_EQ(tag_after("The striker added three assists to lead the side.", "assists"), "NNS");
  EXPECT_EQ(tag_after("Chapter three describes the war.", "describes"), "VBZ");
  EXPECT_EQ(tag_after("No one knows the answer.", "knows"), "VBZ");
}

TEST(LangCore, RegularParticipleAfterItsSubjectIsAPastTense) {
  if (!ready()) GTEST_SKIP();
  // A lexicon counted from a small sample lists some regular verbs only as participles; their
  // simple past is the same form, and after a subject with no verb of its own, before an object,
  // that form is the clause's finite verb. A participle after "be" or before a preposition stays.
  Annotation a = annotate("Guards arrested two reporters. The reporters arrested in May were freed.");
  std::vector<std::string> arrested;
  for (const auto& t : a.tokens)
    if (t.form == "arrested") arrested.push_back(tag_name(t.tag));
  ASSERT_EQ(arrested.size(), 2u);
  EXPECT_EQ(arrested[0], "VBD");
  EXPECT_EQ(arrested[1], "VBN");
  const Clause* c = clause_of(a, "arrested");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind, ClauseKind::Main);
  EXPECT_TRUE(a.verb_groups[c->verb].finite);
}

TEST(LangCore, TheOnlyVerbOfASentenceIsFinite) {
  if (!ready()) GTEST_SKIP();
  // A form in -ed after a noun and before a preposition reads as a participle describing the
  // noun ("the reporters arrested in May were freed"), but a sentence with no other verb needs
  // it as its finite verb: a word the lexicon does not know is a past tense there.
  Annotation a = annotate("Chinese troops encroached on Indian territory. "
                          "The troops encroached on the border were withdrawn.");
  std::vector<std::string> tags;
  for (const auto& t : a.tokens)
    if (t.form == "encroached") tags.push_back(tag_name(t.tag));
  ASSERT_EQ(tags.size(), 2u);
  EXPECT_EQ(tags[0], "VBD");
  EXPECT_EQ(tags[1], "VBN");
}

TEST(LangCore, APastFormBetweenTheSubjectAndTheClausesVerbIsAReducedRelative) {
  if (!ready()) GTEST_SKIP();
  // A past form right after the subject noun, with only a particle and prepositional phrases
  // before the clause's own finite verb, describes the noun: a participle. A bare noun phrase
  // or a clause opened by "that" before the later verb leaves the past form the clause's verb.
  Annotation a = annotate("A cargo plane shot down over the desert crashed near a village. "
                          "Two guards killed in the raid were buried on Sunday. "
                          "The mayor said on Sunday the bridge would reopen. "
                          "The mayor announced on Sunday that the bridge would reopen.");
  std::vector<std::string> tags;
  for (const auto& t : a.tokens)
    if (t.form == "shot" || t.form == "killed" || t.form == "said" || t.form == "announced")
      tags.push_back(tag_name(t.tag));
  ASSERT_EQ(tags.size(), 4u);
  EXPECT_EQ(tags[0], "VBN");
  EXPECT_EQ(tags[1], "VBN");
  EXPECT_EQ(tags[2], "VBD");
  EXPECT_EQ(tags[3], "VBD");
}

TEST(LangCore, AVerbInIngAfterAPrepositionTakesTheDeterminedPhraseAsObject) {
  if (!ready()) GTEST_SKIP();
  // A lexicon counted from news knows "kidnapping" and "shelling" only as nouns, but right
  // after a preposition and before a determiner or a number a word in -ing from a verb is a
  // gerund with its object; a noun in -ing that is no verb form keeps its tag.
  Annotation a = annotate("The rebels admitted responsibility for kidnapping two aid workers. "
                          "The army was blamed for shelling the village. "
                          "Talks resumed on Tuesday morning the ministry said.");
  std::vector<std::string> tags;
  for (const auto& t : a.tokens)
    if (t.form == "kidnapping" || t.form == "shelling" || t.form == "morning") tags.push_back(tag_name(t.tag));
  ASSERT_EQ(tags.size(), 3u);
  EXPECT_EQ(tags[0], "VBG");
  EXPECT_EQ(tags[1], "VBG");
  EXPECT_EQ(tags[2], "NN");
}

TEST(LangCore, PluralHeadOfACompoundBeforeItsPastVerb) {
  if (!ready()) GTEST_SKIP();
  // "<noun> <word in -s> <past>": the word in -s is the compound's plural head and the past its
  // finite verb; a participle modifying the next noun leaves a verb in -s a verb.
  Annotation a = annotate("Stadium crowds burned the flags. The ministry bans imported cars.");
  EXPECT_EQ(tag_of(a, "crowds"), "NNS");
  EXPECT_EQ(tag_of(a, "burned"), "VBD");
  EXPECT_EQ(tag_of(a, "bans"), "VBZ");
  EXPECT_EQ(tag_of(a, "imported"), "VBN");
}

TEST(LangCore, PastFormAfterTheNounOfAPhraseIsAParticiple) {
  if (!ready()) GTEST_SKIP();
  // After a clause's finite verb, a past form right after the noun of a prepositional phrase and
  // before a time or another preposition describes that noun; a subject's own verb after a
  // participle phrase ("a letter signed by ... said") stays a past tense.
  Annotation a = annotate("The board said in a memo released Friday that fees would rise. "
                          "A letter signed by the heads of both unions said today the strike was over.");
  EXPECT_EQ(tag_of(a, "released"), "VBN");
  int said_past = 0;
  for (const auto& t : a.tokens) said_past += t.form == "said" && t.tag == Tag::VBD;
  EXPECT_EQ(said_past, 2);
}

TEST(LangCore, PastFormJoinedToAPassiveParticipleSharesItsAuxiliary) {
  if (!ready()) GTEST_SKIP();
  // "was held and questioned": a past form joined by "and" to a participle under "be" shares
  // that auxiliary and is a participle too; a past form whose participle differs ("sank", not
  // "sunk") stays a past tense with a subject of its own.
  Annotation a = annotate("The envoy was stopped and searched at the border crossing. The tanker was hit and sank.");
  EXPECT_EQ(tag_of(a, "searched"), "VBN");
  EXPECT_EQ(tag_of(a, "sank"), "VBD");
}

TEST(LangCore, APastFormAfterTheSubjectOfARelativeClauseIsItsVerb) {
  if (!ready()) GTEST_SKIP();
  // "the N that X verbed ...": the noun phrase after a relative word or "that" is the subject of
  // the clause it opens, and the past form after it is that clause's verb (a past tense), even
  // with a phrase and the main clause's verb after it.
  Annotation a = annotate("The well that the villagers repaired in June ran dry. "
                          "The treaty which both parties ratified in 1990 expired last year.");
  EXPECT_EQ(tag_of(a, "repaired"), "VBD");
  EXPECT_EQ(tag_of(a, "ratified"), "VBD");
}

TEST(LangCore, APastFormWithAnObjectAfterSaidAndASubjectIsThePastTense) {
  if (!ready()) GTEST_SKIP();
  // "X said N verbed Y" leaves out "that": a noun after a verb of speech is the subject of a new
  // clause, and a past form after it with an object of its own is that clause's verb. A past
  // form with no object there ("said troops stationed abroad would ...") still describes the noun.
  Annotation a = annotate("The governor said police officers arrested four men at the port. "
                          "The ministry said troops stationed abroad would come home.");
  EXPECT_EQ(tag_of(a, "arrested"), "VBD");
  EXPECT_EQ(tag_of(a, "stationed"), "VBN");
}

TEST(LangCore, ARegularVerbsFormAfterHaveIsAParticipleThoughCountedAsANoun) {
  if (!ready()) GTEST_SKIP();
  // After "have" or "be", a word in -ed whose base WordNet knows as a verb is a participle,
  // also when the lexicon's small sample counted it only as a noun.
  Annotation a = annotate("Gunmen had abducted two nurses near the clinic.");
  EXPECT_EQ(tag_of(a, "abducted"), "VBN");
}

TEST(LangCore, UncountedRegularPastJoinedToAPassiveIsAParticiple) {
  if (!ready()) GTEST_SKIP();
  // A word in -ed the lexicon never counted is a regular verb's form, whose participle is the
  // same: joined by "and" to a passive participle it shares the auxiliary as well.
  Annotation a = annotate("The warehouse was burgled and ransacked overnight by a gang.");
  EXPECT_EQ(tag_of(a, "burgled"), "VBN");
  EXPECT_EQ(tag_of(a, "ransacked"), "VBN");
}

TEST(LangCore, ABarePastAfterAModalReportedClauseJoinsTheSpeechVerb) {
  if (!ready()) GTEST_SKIP();
  // "X said Y will V and V-ed Z": a verb phrase joined to "will V" would share its modal, so a
  // bare past form after "and" is joined to the past speech verb and shares X as its subject.
  // After a past reported clause ("said Y were V and V-ed") the nearer clause keeps it.
  const std::string text = "The mayor said the market will reopen soon and thanked the volunteers. "
                           "The coach said the players were tired and wanted a rest.";
  Annotation a = annotate(text);
  const Clause* thanked = clause_of(a, "thanked");
  const Clause* wanted = clause_of(a, "wanted");
  const Clause* said = clause_of(a, "said");
  ASSERT_TRUE(thanked && wanted && said);
  auto np = [&](int32_t i) {
    return i < 0 ? std::string("-") : span_text(text, a, a.noun_phrases[i].first, a.noun_phrases[i].last);
  };
  EXPECT_EQ(np(thanked->subject), "The mayor");
  EXPECT_EQ(thanked->conjoined_with, said - a.clauses.data());
  EXPECT_EQ(np(wanted->subject), "the players");
}

TEST(LangCore, APastFormJoinedToAFinitePastIsAPastTense) {
  if (!ready()) GTEST_SKIP();
  // "N V-ed X and V-ed Y": coordinated verbs share their form, so a past form with an object
  // after "and" is a past tense when the verb before it is one, also inside a reported clause.
  // After a participle under "be" it stays a participle.
  Annotation a = annotate("The clerk said the nurses washed the floor and greeted the visitors. "
                          "The floor was washed and waxed overnight.");
  EXPECT_EQ(tag_of(a, "greeted"), "VBD");
  EXPECT_EQ(tag_of(a, "waxed"), "VBN");
}

TEST(LangCore, AFormInEdBetweenASubjectAndADeterminerIsAPastTense) {
  if (!ready()) GTEST_SKIP();
  // No adjective stands between a noun and a determiner or possessive: a form in -ed the lexicon
  // reads as an adjective is the past tense of its verb there, and stays an adjective before a
  // noun.
  Annotation a = annotate("The union branded the offer an insult. The branded goods sold well.");
  EXPECT_EQ(tag_of(a, "branded"), "VBD");
  size_t second = 0;
  for (size_t k = 0; k < a.tokens.size(); ++k)
    if (a.tokens[k].form == "branded") second = k;
  ASSERT_GT(second, 0u);
  EXPECT_EQ(std::string(tag_name(a.tokens[second].tag)), "JJ");
}

TEST(LangCore, APastFormWithAByAgentAfterTheObjectIsAParticiple) {
  if (!ready()) GTEST_SKIP();
  // "V-ed (P) a N V-ed by X": once the clause has its finite verb, a past form right after the
  // object's noun and followed by "by" and an agent describes that noun (a reduced passive
  // relative). "by" before a number is a measure and leaves the verb alone, and so does a noun
  // right after a verb of speech, which may be the reported clause's subject.
  Annotation a = annotate("The rebels agreed to a truce brokered by the bishops. "
                          "The clerk said prices climbed by 5 percent. "
                          "The clerk said the crowd cheered by the gate.");
  EXPECT_EQ(tag_of(a, "brokered"), "VBN");
  EXPECT_EQ(tag_of(a, "climbed"), "VBD");
  EXPECT_EQ(tag_of(a, "cheered"), "VBD");
}

TEST(LangCore, APresentFormWithoutSAfterASingularPhraseIsItsNoun) {
  if (!ready()) GTEST_SKIP();
  // A present form without -s never agrees with a singular noun phrase opened by "a", "each"
  // or "every": a word that can be a noun right after that phrase's noun is the phrase's head
  // ("an evening rally they held"). An auxiliary stays a verb: joined to other phrases by "and"
  // the subject is plural.
  Annotation a = annotate("Police traced a late night visit she paid to the depot. "
                          "The fence, the gate and a steel door are new.");
  EXPECT_EQ(tag_of(a, "visit"), "NN");
  EXPECT_EQ(tag_of(a, "are"), "VBP");
}

TEST(LangCore, ADemonstrativeStandingAloneIsTheSubjectOfTheVerbAfterIt) {
  if (!ready()) GTEST_SKIP();
  // A demonstrative right before a verb is a noun phrase of its own, so a form in -ed after it
  // is the clause's past tense; "that" right after a coordinator and before a finite verb is
  // such a demonstrative, no relative pronoun, unless a relative word came before it.
  Annotation a = annotate("Those lifted the mood in the city.");
  EXPECT_EQ(tag_of(a, "lifted"), "VBD");
  a = annotate("Farmers will earn more, and that helps the towns.");
  EXPECT_EQ(tag_of(a, "that"), "DT");
  const Clause* c = clause_of(a, "helps");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->kind, ClauseKind::Relative);
  a = annotate("Kenya backs a plan that helps farmers and that hurts towns.");
  c = clause_of(a, "hurts");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind, ClauseKind::Relative);
}

TEST(LangCore, ParticiplesAndATrailingAttributionLeaveThePastFormTheFiniteVerb) {
  if (!ready()) GTEST_SKIP();
  // A participle clause after the past form (", burning tyres") and a verb of speech after a
  // comma (", witnesses said") are no finite verb of the clause: the past form before a
  // preposition is still the sentence's verb. A finite verb of its own after it is.
  Annotation a = annotate("Farmers rioted outside the ministry, burning tyres. "
                          "Farmers rioted outside the ministry, witnesses said. "
                          "Farmers rioted outside the ministry were arrested.");
  std::vector<std::string> tags;
  for (const auto& t : a.tokens)
    if (t.form == "rioted") tags.push_back(tag_name(t.tag));
  ASSERT_EQ(tags.size(), 3u);
  EXPECT_EQ(tags[0], "VBD");
  EXPECT_EQ(tags[1], "VBD");
  EXPECT_EQ(tags[2], "VBN");
}

TEST(LangCore, ABritishSpellingIsTaggedAsItsAmericanOne) {
  if (!ready()) GTEST_SKIP();
  // The lexicon was counted from American copy: a British spelling it lacks ("-ise", "-isation",
  // "-our") takes the tags of its American form, so the past tense after a subject is a verb and
  // the country after it a name; capitalised in mid-sentence, it may still be a name.
  auto tags_of = [](const std::string& text) {
    std::string out;
    for (const auto& t : annotate(text).tokens) out += std::string(tag_name(t.tag)) + " ";
    return out;
  };
  EXPECT_EQ(tags_of("The Kenyan president criticised Uganda in a statement."), "DT JJ NN VBD NNP IN DT NN . ");
  EXPECT_EQ(tags_of("The minister apologised to Uganda."), "DT NN VBD TO NNP . ");
}

TEST(LangCore, AHeadlinePassiveWithItsAgentHasAParticipleWithoutBe) {
  if (!ready()) GTEST_SKIP();
  // Headlines and quoted claims leave out the passive's "be": a past form right after the
  // sentence's first noun phrase, followed by "by" and a noun phrase, is a participle and the
  // clause a passive with that agent; with a number after "by", or an object before it, the
  // past form stays the verb.
  Annotation a = annotate("Army convoy ambushed by rebel fighters near the border.");
  EXPECT_EQ(tag_of(a, "ambushed"), "VBN");
  a = annotate("Fishing boat seized by the navy off the coast.");
  EXPECT_EQ(tag_of(a, "seized"), "VBN");
  a = annotate("Exports climbed by 5 percent in June.");
  EXPECT_EQ(tag_of(a, "climbed"), "VBD");
  a = annotate("Farmers blocked the road by the ministry.");
  EXPECT_EQ(tag_of(a, "blocked"), "VBD");
}

TEST(LangCore, ATimeAfterTheVerbIsNoObjectAndTheObjectMayFollowIt) {
  if (!ready()) GTEST_SKIP();
  // A noun phrase of time after a verb ("last night", "Wednesday", "this week") says when; the
  // clause's object is the noun phrase after it, or none.
  const std::string text =
      "The rebels withdrew last night. The ministry announced Wednesday a new curfew. "
      "The envoys met this week.";
  Annotation a = annotate(text);
  auto np = [&](int32_t i) {
    return i < 0 ? std::string("-") : span_text(text, a, a.noun_phrases[i].first, a.noun_phrases[i].last);
  };
  const Clause* withdrew = clause_of(a, "withdrew");
  const Clause* announced = clause_of(a, "announced");
  const Clause* met = clause_of(a, "met");
  ASSERT_TRUE(withdrew && announced && met);
  EXPECT_EQ(np(withdrew->object), "-");
  EXPECT_EQ(np(announced->object), "a new curfew");
  EXPECT_EQ(np(met->object), "-");
}
