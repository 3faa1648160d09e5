// Quotation finding and speaker attribution on news-style fixtures, and the
// seeds scored end to end through `dyad analyze` (skipped without ../shared).
#include <gtest/gtest.h>

#include <map>

#include "actors/actors_json.h"
#include "fixtures.h"
#include "lang/annotate.h"
#include "pipeline/pipeline.h"
#include "quotes/marks.h"
#include "quotes/quotes.h"
#include "quotes/quotes_json.h"

using namespace dyad;

namespace {
std::vector<Quote> quotes_of(const std::string& text) {
  return dyad::testing::process_text(text).quotes;
}
std::string speaker_mention(const std::string& text, const Quote& q) {
  if (q.speaker_start < 0) return "";
  return text.substr(size_t(q.speaker_start), size_t(q.speaker_end - q.speaker_start));
}
const Quote* starting(const std::vector<Quote>& qs, const std::string& text, const std::string& words) {
  for (const auto& q : qs)
    if (q.text.rfind(words, 0) == 0 || text.substr(q.start, words.size()) == words) return &q;
  return nullptr;
}
std::vector<Quote> direct(const std::vector<Quote>& qs) {
  std::vector<Quote> out;
  for (const auto& q : qs)
    if (q.type != QuoteType::Indirect) out.push_back(q);
  return out;
}
}  // namespace

TEST(Quotes, QuoteBeforeAttributionWithApposition) {
  auto qs = direct(quotes_of(
      "The talks collapsed on Monday.\n\n\u201cWe will not take part in these empty talks,\u201d Sergei V. Lavrov, "
      "Russia's foreign minister, said on Tuesday.\n"));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Sergey Lavrov");
  EXPECT_EQ(qs[0].speaker_actor, "RUSGOV");
  EXPECT_EQ(qs[0].type, QuoteType::Direct);
}

TEST(Quotes, SplitAndContinuedAndPronoun) {
  auto qs = direct(quotes_of(
      "\u201cWe have waited long enough,\u201d said Ilya Baranov, an adviser to Russia's drug agency. \u201cNow "
      "the time has come to act on our own.\u201d\n\nThe agency declined to comment.\n\n\u201cNobody listens to "
      "us anymore in this region,\u201d he said.\n"));
  ASSERT_EQ(qs.size(), 3u);
  for (const auto& q : qs) EXPECT_EQ(q.speaker, "Ilya Baranov");
  EXPECT_EQ(qs[0].attribution, "explicit");
  EXPECT_EQ(qs[1].attribution, "continued");
  EXPECT_EQ(qs[2].attribution, "pronoun");
  EXPECT_EQ(qs[0].speaker_actor, "RUSGOV");
}

TEST(Quotes, AnonymousSpeakerAndLostOpeningMark) {
  auto qs = direct(quotes_of(
      "Kabul has been quiet.\n\n We have tried to talk to them for years,\u201d said a senior Afghan official, "
      "who spoke on condition of anonymity.\n"));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text.rfind("We have tried", 0), 0u);
  EXPECT_EQ(qs[0].speaker_actor, "AFGGOV");
}

TEST(Quotes, ScareQuotesAreNotSpeech) {
  auto qs = direct(quotes_of(
      "The veterans call themselves the \u201cAfgantsy\u201d and remember the \u201cmother of all bombs\u201d "
      "dropped in the east.\n"));
  EXPECT_TRUE(qs.empty());
}

TEST(Quotes, PartialQuoteWithSpeechVerb) {
  auto qs = direct(quotes_of("President Ashraf Ghani warned that a quick exit would lead to \u201cchaos\u201d in the region.\n"));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].type, QuoteType::Mixed);
  EXPECT_EQ(qs[0].speaker, "Ashraf Ghani");
}

TEST(Quotes, ReportedSpeechIsIndirect) {
  auto qs = quotes_of("Russia said it supports the demand for foreign troops to leave.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].type, QuoteType::Indirect);
  EXPECT_EQ(qs[0].speaker_actor, "RUS");
}

TEST(Quotes, SeedsMeetTargets) {
  if (!dyad::testing::shared_available()) GTEST_SKIP() << "no ../shared";
  std::string cmd = "python3 " + dyad::testing::test_dir() + "/../eval/quotes_eval.py --dyad " + dyad::testing::dyad_binary() +
                    " --shared " + dyad::testing::shared_path("") +
                    " --min-recall 0.95 --min-precision 0.95 --min-speaker 0.95 --min-code 0.95 > /dev/null";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
}

// --- Kinds, speakers and the bad cases of real news (issue 13) ---

TEST(Quotes, UnattributedQuotationIsKeptWithoutSpeaker) {
  std::string t = "The bridge reopened after a year of repairs.\n\n\u201cEvery morning the traffic stretched back for miles "
                  "and nobody could tell us when it would end.\u201d\n";
  auto d = dyad::testing::process_text(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].type, QuoteType::Direct);
  EXPECT_EQ(d.quotes[0].speaker, "");
  EXPECT_EQ(d.quotes[0].speaker_start, -1);
}

TEST(Quotes, SurnameLaterInTheArticleGetsTheFullName) {
  std::string t = "Marguerite Okonjo runs a small bakery on the harbour front.\n\nThe town council approved new "
                  "parking rules last week.\n\nSeveral shops have lost customers since then.\n\n\u201cWe sold half of "
                  "what we usually sell this month,\u201d Okonjo said.\n";
  auto d = dyad::testing::process_text(t);
  const auto* q = starting(d.quotes, d.text, "We sold half");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->speaker, "Marguerite Okonjo");
  EXPECT_EQ(speaker_mention(d.text, *q), "Okonjo");
  EXPECT_EQ(q->verb, "said");
}

TEST(Quotes, PronounNeverResolvesToABroadcaster) {
  std::string t = "Dana Whitfield spoke to CNN on Sunday about the strike.\n\n\u201cThe workers have waited three years "
                  "for a fair offer,\u201d she said.\n";
  auto d = dyad::testing::process_text(t);
  const auto* q = starting(d.quotes, d.text, "The workers");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->speaker, "Dana Whitfield");
  EXPECT_EQ(speaker_mention(d.text, *q), "she");
}

TEST(Quotes, PronounTakesThePersonOfThatGender) {
  std::string t = "Mrs. Ilse Brandt met Mr. Tomas Ruiz at the port on Monday.\n\n\u201cThe cranes will be replaced "
                  "before winter,\u201d she said.\n";
  auto d = dyad::testing::process_text(t);
  const auto* q = starting(d.quotes, d.text, "The cranes");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->speaker, "Ilse Brandt");
}

TEST(Quotes, RoleNounTakesThePersonNamedWithThatRole) {
  std::string t = "The agency's spokeswoman, Lena Varga, declined to give figures.\n\nThe new rules apply from "
                  "March.\n\n\u201cNo farm will be left without support this season,\u201d the spokeswoman said.\n";
  auto d = dyad::testing::process_text(t);
  const auto* q = starting(d.quotes, d.text, "No farm");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->speaker, "Lena Varga");
  EXPECT_EQ(speaker_mention(d.text, *q), "the spokeswoman");
}

TEST(Quotes, AnyOrganisationCanSpeakIndirectly) {
  std::string t = "Brightwater Foods said it would close two of its packing plants next year.\n";
  auto d = dyad::testing::process_text(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].type, QuoteType::Indirect);
  EXPECT_EQ(d.quotes[0].speaker, "Brightwater Foods");
  EXPECT_EQ(d.quotes[0].verb, "said");
  EXPECT_EQ(d.quotes[0].text.rfind("it would close", 0), 0u) << d.quotes[0].text;
}

TEST(Quotes, AccordingToGivesAnIndirectQuotation) {
  std::string t = "The harvest fell by a third in the south, according to the Grain Growers Association.\n";
  auto d = dyad::testing::process_text(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].type, QuoteType::Indirect);
  EXPECT_EQ(d.quotes[0].verb, "according to");
  EXPECT_NE(d.quotes[0].speaker.find("Grain Growers Association"), std::string::npos) << d.quotes[0].speaker;
}

TEST(Quotes, VideoCaptionIsNotAQuotation) {
  std::string t = "WATCH: Ruritania accuses its neighbour of moving troops to the border\n\nThe two capitals traded "
                  "notes on Friday.\n";
  auto d = dyad::testing::process_text(t);
  EXPECT_TRUE(d.quotes.empty()) << d.quotes[0].text;
}

TEST(Quotes, ShowTitleInQuotationMarksIsNotSpeech) {
  std::string t = "The senator appeared on \u201cMorning Report With Jane Hale\u201d and told viewers about the bill.\n\n"
                  "She will also host \u201cThe Late Table\u201d next spring.\n";
  auto d = dyad::testing::process_text(t);
  for (const auto& q : d.quotes) EXPECT_EQ(q.text.find("Morning Report"), std::string::npos) << q.text;
  for (const auto& q : d.quotes) EXPECT_EQ(q.text.find("Late Table"), std::string::npos) << q.text;
}

TEST(Quotes, ThinkingIsNotSpeaking) {
  std::string t = "Arjun Mehta thought the market would recover by the summer.\n";
  auto d = dyad::testing::process_text(t);
  EXPECT_TRUE(d.quotes.empty()) << d.quotes[0].text;
}

TEST(Quotes, SpeakerStringsAreClean) {
  // An institution with "of" in its name is not cut; a weekday after a name is not part of it.
  std::string t = "Interest rates will stay where they are until June, the Bank of Northland said.\n\n"
                  "Rates could rise later in the year, Radio Harbour reported Monday.\n";
  auto d = dyad::testing::process_text(t);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Bank of Northland");
  EXPECT_EQ(d.quotes[1].speaker, "Radio Harbour");
  EXPECT_EQ(speaker_mention(d.text, d.quotes[1]), "Radio Harbour");
}

TEST(Quotes, NameIsNotRepeatedAcrossAParagraphBreak) {
  std::string t = "Ferry Service To End\n\nThe harbour master is Karl Jensen\n\nJensen said the ferry service would "
                  "end in May.\n";
  auto d = dyad::testing::process_text(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Karl Jensen");
  EXPECT_EQ(speaker_mention(d.text, d.quotes[0]), "Jensen");
}

TEST(Quotes, SentenceSplitByTheAttributionIsOneQuotation) {
  std::string t = "\u201cThe river is higher than last spring,\u201d said Olga Petrenko, \u201cand the dams are "
                  "older.\u201d\n";
  auto d = dyad::testing::process_text(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text.rfind("The river", 0), 0u);
  EXPECT_NE(d.quotes[0].text.find("dams are older."), std::string::npos);
  EXPECT_EQ(d.quotes[0].speaker, "Olga Petrenko");
}

TEST(Quotes, QuotedFragmentInReportedSpeechIsMixed) {
  std::string t = "Pia Lund said the new tax was \u201ca burden on every family\u201d and should be dropped.\n";
  auto d = dyad::testing::process_text(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].type, QuoteType::Mixed);
  EXPECT_EQ(d.quotes[0].speaker, "Pia Lund");
  EXPECT_EQ(d.quotes[0].text.rfind("the new tax", 0), 0u) << d.quotes[0].text;
}

TEST(Quotes, ContractCarriesTypeSpeakerMentionAndVerb) {
  std::vector<Document> docs{dyad::testing::process_text("\u201cWe start at dawn,\u201d Hanna Koivu told reporters.\n")};
  auto j = quotes::quotes_json(docs);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["type"], "direct");
  EXPECT_EQ(j[0]["verb"], "told");
  EXPECT_EQ(docs[0].text.substr(j[0]["speaker_start"].get<size_t>(),
                                j[0]["speaker_end"].get<size_t>() - j[0]["speaker_start"].get<size_t>()),
            "Hanna Koivu");
}

// --- Linear time on hostile input (issue 20) ---

namespace {
size_t quote_work(const std::string& text) {
  auto ann = lang::annotate(text);
  std::vector<ActorMention> none;
  size_t steps = 0;
  quotes::find_quotes(text, ann, none, &steps);
  return steps;
}
std::string repeat(const std::string& unit, size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += unit;
  return s;
}
}  // namespace

TEST(Quotes, WorkGrowsLinearlyOnRunsOfQuotationMarks) {
  for (std::string unit : {"\"", "\"a ", "'", "\u201c", "\u201d", "\u201ca said b, ", "He said \"x\" "}) {
    size_t small = quote_work(repeat(unit, 4000)), large = quote_work(repeat(unit, 16000));
    // Four times the text, at most about four times the work.
    EXPECT_LE(large, 5 * small + 1000) << "unit " << unit << ": " << small << " -> " << large;
  }
}

TEST(Quotes, QuotedSpansNeverOverlapOrExceedTheCap) {
  std::string t = repeat("\"a ", 30000) + "\n" + repeat("\u201c", 3000) + "x" + repeat("\u201d", 10);
  auto spans = quotes::quoted_spans(t);
  uint64_t covered = 0;
  uint32_t prev_end = 0;
  for (const auto& s : spans) {
    EXPECT_LE(s.end - s.start, quotes::kMaxQuoteBytes);
    EXPECT_GE(s.start, prev_end);
    prev_end = s.end;
    covered += s.end - s.start;
  }
  EXPECT_LE(covered, t.size());
}

// --- In-document resolution and reported speech (issue 13, second round) ---
// Each row: a short text in the style of a news report, the words the
// quotation starts with, its kind and the speaker's name it must resolve to.
namespace {
struct QuoteRow {
  const char* what;
  const char* text;
  const char* starts;
  QuoteType type;
  const char* speaker;
};

void check_rows(const std::vector<QuoteRow>& rows) {
  for (const auto& r : rows) {
    auto d = dyad::testing::process_text(r.text);
    const auto* q = starting(d.quotes, d.text, r.starts);
    ASSERT_TRUE(q) << r.what << ": no quotation starting \"" << r.starts << "\"";
    EXPECT_EQ(q->type, r.type) << r.what << ": " << q->text;
    EXPECT_EQ(q->speaker, r.speaker) << r.what << ": " << q->text;
  }
}
}  // namespace

TEST(QuotesResolution, PronounsPreferTheSubjectTheTextIsAbout) {
  using T = QuoteType;
  check_rows({
      // Two women: "she" is the subject of the sentence before, not the one she met.
      {"subject over object", "Maria Lindqvist met Sara Holmberg at the ministry on Monday.\n\n"
       "\u201cThe budget will not cover the new hospital wing,\u201d she said.\n",
       "The budget will not", T::Direct, "Maria Lindqvist"},
      // The apposition names the lawyer's client; "she" is the lawyer who spoke.
      {"subject with apposition", "Nadia Ferreira, the family's lawyer, told reporters that the case against "
       "Carla Mendes would be dropped.\n\n\u201cWe expect a ruling within weeks,\u201d she said.\n",
       "We expect a ruling", T::Direct, "Nadia Ferreira"},
      // A pronoun subject carries its referent on to the next sentence.
      {"chain of pronoun subjects", "Omar Haddad founded the cooperative in 1998 with Yusuf Karim.\n\n"
       "He still runs its board.\n\n\u201cWe never took a loan we could not repay,\u201d he said.\n",
       "We never took a loan", T::Direct, "Omar Haddad"},
  });
}

TEST(QuotesResolution, OrganisationsByPronounAliasAndCommonNoun) {
  using T = QuoteType;
  check_rows({
      {"'it' after the company's own report", "Harbourline Logistics reported higher freight volumes for the "
       "quarter.\n\nIt said demand from retailers would stay strong until spring.\n",
       "demand from retailers", T::Indirect, "Harbourline Logistics"},
      {"initials of a named body", "The Coastal Fisheries Authority (CFA) opened an inquiry last month.\n\n"
       "The CFA said the nets had been set illegally.\n",
       "the nets had been set", T::Indirect, "Coastal Fisheries Authority"},
      {"first word of a firm's name", "Maple Ridge Capital bought a stake in the port operator.\n\n"
       "Maple said on Friday that it would not seek a seat on the board.\n",
       "it would not seek", T::Indirect, "Maple Ridge Capital"},
      {"'the company' is the organisation the text is about", "Northgate Motors will stop building its "
       "diesel vans in June.\n\nThe company says the plant will make electric models instead.\n",
       "the plant will make", T::Indirect, "Northgate Motors"},
      {"a report speaks for who issued it", "Prices of farmland rose for a fifth year, a report from Fenwick "
       "Analytics said.\n",
       "Prices of farmland", T::Indirect, "Fenwick Analytics"},
      {"a name met before, tagged otherwise at a sentence start", "The album came out on Blue Lantern, which "
       "was sold last year.\n\nBlue Lantern have denied any wrongdoing.\n\n\u201cWe never blocked a single "
       "performance,\u201d they said.\n",
       "We never blocked", T::Direct, "Blue Lantern"},
      {"an organisation is named as the text names it", "Two soldiers died when their helicopter crashed, "
       "the US military said.\n\nIt said the cause of the crash was under investigation.\n",
       "the cause of the crash", T::Indirect, "US military"},
      {"legal form is not part of the name", "Rowan Textiles Inc. said it had closed its last mill in the "
       "region.\n",
       "it had closed", T::Indirect, "Rowan Textiles"},
  });
}

TEST(QuotesResolution, NamesLoseTitlesAndRoleWords) {
  using T = QuoteType;
  check_rows({
      {"role words before the name", "League Insider Tomas Berglund reported that the club would appeal the "
       "fine.\n",
       "the club would appeal", T::Indirect, "Tomas Berglund"},
      {"apposition holding commas", "Pia Sandoval, senior vice president of sales for Corvel, Inc., says "
       "\u201cOur orders doubled in the second half of the year.\u201d\n",
       "Our orders doubled", T::Direct, "Pia Sandoval"},
      {"a possessor is not the speaker", "Viktor Almasi testified for six hours on Tuesday.\n\nAlmasi's lawyer "
       "said the questions went beyond the scope of the inquiry.\n",
       "the questions went", T::Indirect, "Viktor Almasi's lawyer"},
      {"person introduced by a role word", "The bill was drafted by congresswoman Kowalski on Monday.\n\n"
       "\u201cThis is about clean water for every school,\u201d she said.\n",
       "This is about clean water", T::Direct, "Kowalski"},
  });
}

TEST(QuotesResolution, ReportedSpeechInItsUsualShapes) {
  using T = QuoteType;
  check_rows({
      {"participle after a comma", "Helga Marsh criticised the plan on Tuesday, saying it would raise rents "
       "across the city.\n",
       "it would raise rents", T::Indirect, "Helga Marsh"},
      {"coordinated verb shares the subject", "Ingrid Solberg gave no date for the vote but said the party "
       "would back the reform.\n",
       "the party would back", T::Indirect, "Ingrid Solberg"},
      {"attribution in mid-sentence", "Aron Veld leads the port authority.\n\nThe new terminal, Veld said, will "
       "open in May.\n",
       "The new terminal", T::Indirect, "Aron Veld"},
      {"trailing attribution with a phrase after the verb", "Two bridges were closed after the floods, the "
       "Rivers Agency said in a statement on Monday.\n",
       "Two bridges were closed", T::Indirect, "Rivers Agency"},
      {"urging keeps its object", "Lukas Brenner urged the council and the mayor to delay the vote.\n",
       "the council and the mayor", T::Indirect, "Lukas Brenner"},
      {"told some of them that", "Esme Kovac told some of her colleagues that the office would move to "
       "Leeds.\n",
       "the office would move", T::Indirect, "Esme Kovac"},
      {"reported speech before a quotation in the same sentence", "Paul Okoro said that the army could be "
       "deployed, warning: \u201cThey are already in the barracks and ready.\u201d\n",
       "the army could be deployed", T::Indirect, "Paul Okoro"},
  });
}

TEST(QuotesResolution, SubordinateClauseIsNotWhatWasSaid) {
  auto d = dyad::testing::process_text("The crowd responded. Though many stayed calm, some threw stones at the "
                                       "police line.\n");
  for (const auto& q : d.quotes) EXPECT_EQ(q.text.find("Though"), std::string::npos) << q.text;
}

// Rows of constructions a news report uses for reported speech (issue 13, second round).
namespace {
// Each row: a text with no quotation anywhere in it.
struct NoQuoteRow {
  const char* what;
  const char* text;
};
void check_no_quotes(const std::vector<NoQuoteRow>& rows) {
  for (const auto& r : rows) {
    auto d = dyad::testing::process_text(r.text);
    for (const auto& q : d.quotes) ADD_FAILURE() << r.what << ": unexpected quotation \"" << q.text << "\"";
  }
}
}  // namespace

TEST(QuotesConstructions, ReportingVerbsAndWhatStandsAroundThem) {
  using T = QuoteType;
  check_rows({
      {"a reporting verb beyond say and tell", "Lena Ortiz reaffirmed that the clinic would stay open through "
       "the winter.\n",
       "the clinic would stay", T::Indirect, "Lena Ortiz"},
      {"a past form read as a participle before 'that'", "Officials estimated that the damage would exceed "
       "one billion dollars.\n",
       "the damage would exceed", T::Indirect, "Officials"},
      {"a present form read as a plural noun before 'that'", "The Harbour Health Agency published its figures "
       "on Monday.\n\nThe agency estimates that three million people use the drug.\n",
       "three million people", T::Indirect, "Harbour Health Agency"},
      {"a phrase between the verb and a clause without 'that'", "Brightwell Foods said in a statement the "
       "plant would close in March.\n",
       "the plant would close", T::Indirect, "Brightwell Foods"},
      {"a time phrase between subject and verb", "Alder Capital on Tuesday announced that it had become the "
       "largest shareholder of the newspaper group.\n",
       "it had become", T::Indirect, "Alder Capital"},
      {"adverbs between the auxiliary and the verb, an aside before 'that'", "Tomas Brandt has repeatedly "
       "claimed, without evidence, that the ballots were forged.\n",
       "the ballots were forged", T::Indirect, "Tomas Brandt"},
      {"a nominal report: the survey speaks for its issuer", "Fenwick Analytics surveyed two thousand farms. "
       "Its director, Ana Lutz, said the results surprised her.\n\nAccording to the survey, land prices rose "
       "for a fifth year.\n",
       "land prices rose", T::Indirect, "Fenwick Analytics"},
  });
}

TEST(QuotesConstructions, PassiveReportingHasNoSpeaker) {
  using T = QuoteType;
  check_rows({
      {"'were said to be'", "Fire broke out in the depot overnight.\n\nAmong the injured were said to be two "
       "firefighters.\n",
       "Among the injured", T::Indirect, ""},
      {"'it was alleged that'", "It was alleged that the councillor had taken money from the builder.\n",
       "the councillor had taken", T::Indirect, ""},
  });
}

TEST(QuotesConstructions, MarketFiguresAndObjectsAreNotSpeech) {
  check_no_quotes({
      {"a share price 'adds'", "The stock added more than 2% to begin the week after the brand took a stake "
       "in the retailer.\n"},
      {"a firm 'reports' a figure", "Harbourline reported a loss of $3 million on revenue of $9 million in the "
       "quarter ended Sept. 29.\n"},
  });
}

TEST(QuotesConstructions, SpeakersInTheirUsualShapes) {
  using T = QuoteType;
  check_rows({
      {"an adverbial phrase before an inverted attribution", "Police arrested three men near the station, "
       "after finding stolen goods in their van, said Lt. Omar Reyes, a police spokesman.\n",
       "Police arrested three men", T::Indirect, "Omar Reyes"},
      {"an abbreviation's period in an apposition", "House Speaker Nora Quist, D-Ore., said the vote would "
       "go ahead.\n",
       "the vote would go ahead", T::Indirect, "Nora Quist"},
      {"'a company spokesperson'", "Brightwell Foods recalled two of its sauces on Friday.\n\nA company "
       "spokesperson said no illness had been reported.\n",
       "no illness had been", T::Indirect, "Brightwell Foods spokesperson"},
      {"a name in apposition to an organisation noun", "The label that owns her early albums, Silver Harbor, "
       "says she may perform the songs.\n\nThe singer Marta Quinn criticised the label on Monday.\n\n\u201cWe never "
       "blocked a single performance,\u201d they said.\n",
       "We never blocked", T::Direct, "Silver Harbor"},
      {"'on' inside an institution's name", "The National Institute on Drug Abuse has estimated that 900,000 "
       "people use the drug.\n",
       "900,000 people", T::Indirect, "National Institute on Drug Abuse"},
      {"a fragment belongs to the nearer report", "Dana Ruiz disputed that the firm was in debt, saying "
       "instead it was \u201cgrowing faster than ever.\u201d\n",
       "the firm was in debt", T::Indirect, "Dana Ruiz"},
  });
}

// --- Issue 13, third round: tagger slips, asides, coordination, names and roles ---
TEST(QuotesThirdRound, ReportedClausesTheTaggerMisreads) {
  using T = QuoteType;
  check_rows({
      {"a past form read as a participle inside the clause", "Mirela Dobos said she first raised the "
       "problem with the board in March.\n",
       "she first raised", T::Indirect, "Mirela Dobos"},
      {"a fronted phrase before the clause of a trailing attribution", "Inside the warehouse, officers "
       "reportedly found forged tickets and cash, Sgt. Ruth Okafor said.\n",
       "Inside the warehouse", T::Indirect, "Ruth Okafor"},
      {"a past reporting verb read as a participle after an adverb", "Tomas Hale spoke to the council.\n\n"
       "Hale also insisted that nobody had been harmed.\n",
       "nobody had been harmed", T::Indirect, "Tomas Hale"},
      {"a present reporting verb read as a noun", "Analysts at Corren Research looked at the figures.\n\n"
       "The group state that the two rates are close to last year's.\n",
       "the two rates are", T::Indirect, "Corren Research"},
      {"an aside between two dashes", "The ministry said the three ports \u2014 Varna, Burgas and Balchik "
       "\u2014 had been reopened to ships.\n",
       "the three ports", T::Indirect, "The ministry"},
      {"a document's words with an -ing form", "The Water Board issued a statement warning that "
       "\u201cthe reservoirs are lower than in any summer on record.\u201d\n",
       "the reservoirs are lower", T::Mixed, "Water Board"},
  });
}

TEST(QuotesThirdRound, QuotationMarksAndAttributions) {
  using T = QuoteType;
  check_rows({
      {"a question ends its sentence, the attribution follows", "Lara Quint chaired the hearing.\n\n"
       "\u201cSo the money never reached the schools?\u201d Quint asked.\n",
       "So the money never", T::Direct, "Lara Quint"},
      {"two curly single marks closing a double", "\u201cThe figures were simply wrong,\u2019\u2019 Ivo "
       "Marek, who leads the audit office, told the committee.\n",
       "The figures were simply wrong", T::Direct, "Ivo Marek"},
      {"a paragraph ending 'X said:' introduces the next one", "The port stayed shut on Monday. In a "
       "statement, the Coastal Authority said:\n\n\u201cWe will reopen the harbour once the wreck is "
       "cleared.\u201d\n",
       "We will reopen the harbour", T::Direct, "Coastal Authority"},
      {"'per' after the clause", "The Harbour Agency opened an inquiry.\n\nThe bridge will stay closed until "
       "June, per the agency.\n",
       "The bridge will stay closed", T::Indirect, "Harbour Agency"},
      {"a reporting verb of complaint with a that-clause", "Gerda Lind bemoaned that the library had lost "
       "half of its budget.\n",
       "the library had lost", T::Indirect, "Gerda Lind"},
      {"a report with a clause of its own between two quotations", "\u201cThe scan looked normal,\u201d "
       "Dr. Enid Faro said, adding that the disease is hard to see early because the changes are only "
       "\u201ca faint haze on the lungs.\u201d\n",
       "the disease is hard", T::Mixed, "Enid Faro"},
  });
}

TEST(QuotesThirdRound, SpeakersResolvedInTheDocument) {
  using T = QuoteType;
  check_rows({
      {"two people named together", "Ines Moll and Pavel Roth wrote to the newspaper.\n\nInes and Pavel "
       "denied that the farm had been sold.\n",
       "the farm had been sold", T::Indirect, "Ines Moll and Pavel Roth"},
      {"'they' after two people who spoke together", "Ines Moll and Pavel Roth wrote to the newspaper.\n\n"
       "Moll and Roth denied that the farm had been sold. They also said that the cows were healthy.\n",
       "the cows were healthy", T::Indirect, "Ines Moll and Pavel Roth"},
      {"a title before a found name is not the name", "U.S. Attorney Dana Whitlock Jr. said the case "
       "would go to trial in May.\n",
       "the case would go", T::Indirect, "Dana Whitlock Jr."},
      {"a generational suffix is not the surname", "Karl Brenner Jr. was arrested in June.\n\nBrenner "
       "said he had only been joking.\n",
       "he had only been", T::Indirect, "Karl Brenner Jr."},
      {"'the prime minister' after a capitalised title", "Prime Minister Edith Varga opened the bridge "
       "on Monday.\n\nThe prime minister said the toll would be dropped.\n",
       "the toll would be", T::Indirect, "Edith Varga"},
      {"'she' skips a place that looks like a two-word name", "Ruth Abel chairs the committee.\n\nThe "
       "hearing was held near Green Hollow on Monday.\n\n\u201cWe will publish the report in May,\u201d she said.\n",
       "We will publish the report", T::Direct, "Ruth Abel"},
      {"'the senator' finds 'Sen. X'", "Farmers met Sen. Olga Marsh on Friday.\n\nThe senator said the subsidy "
       "would be renewed.\n",
       "the subsidy would be", T::Indirect, "Olga Marsh"},
      {"'the CEO' finds the chief executive named before", "The deal was signed by Pellam Foods chief "
       "executive Aaron Tull.\n\n\u201cWe are pleased with the price,\u201d the CEO said.\n",
       "We are pleased", T::Direct, "Aaron Tull"},
      {"'the bank' is the organisation whose name holds the noun", "Lakeshore Bank raised its rates. "
       "Shares of Tamsin Foods fell.\n\nThe bank said more rises would follow.\n",
       "more rises would follow", T::Indirect, "Lakeshore Bank"},
  });
}

TEST(QuotesFourthRound, OuterReportKeepsItsClause) {
  using T = QuoteType;
  check_rows({
      {"the outer report keeps its whole clause", "Rosa Imre said she first heard of the plan in June, "
       "after the Tidewater Gazette reported the school would close.\n",
       "she first heard", T::Indirect, "Rosa Imre"},
  });
}

TEST(QuotesFourthRound, WhatSomeoneCallsAThing) {
  using T = QuoteType;
  check_rows({
      {"a fragment after 'called' and its object", "Tamas Biro, who runs the depot, called the new timetable "
       "\u201ca gift to nobody.\u201d\n",
       "the new timetable", T::Mixed, "Tamas Biro"},
  });
  // Marks right after "called" hold the name of a thing, not speech.
  auto d = dyad::testing::process_text("Each winter Ada Korn wrote cards for her friends. One of them, a "
                                       "story called \u201cThe Lantern Road, Northbound,\u201d won a prize.\n");
  for (const auto& q : d.quotes) EXPECT_EQ(q.text.find("Lantern"), std::string::npos) << q.text;
}

// --- Round 5 (issue 13) ---
TEST(QuotesFifthRound, RelativePronounSubjects) {
  using T = QuoteType;
  check_rows({
      {"'which' after a comma: the organisation before it", "The route was sent to the Lakeside Water Board, "
       "which said it would need a year to study it.\n",
       "it would need a year", T::Indirect, "Lakeside Water Board"},
      {"'who' after a comma: the person before it", "The contract went to Ines Varga, who said the work "
       "would start in spring.\n",
       "the work would start", T::Indirect, "Ines Varga"},
  });
  // A relative clause that reports nothing ("who wrote as X", "which boasts a record of ...") is
  // no quotation, nor is the sentence around it.
  auto d = dyad::testing::process_text("The firm Carrow Partners, which owns ten papers and boasts a record of "
                                       "deep cuts, has drawn anger from readers.\n\nHer brother, the late Tom "
                                       "Ward, who wrote as Max Hill, paid the rent.\n");
  EXPECT_TRUE(d.quotes.empty()) << d.quotes.front().text;
}

TEST(QuotesFifthRound, MonthAbbreviationIsNoSpeaker) {
  auto d = dyad::testing::process_text("A farmer admitted the fraud, the county office said Monday.\n\nHis "
                                       "hearing is set for Feb. 14, according to the office statement.\n");
  for (const auto& q : d.quotes) EXPECT_EQ(q.speaker.find("Feb"), std::string::npos) << q.text;
}

// --- Round 6 (issue 13) ---
TEST(QuotesSixthRound, PhraseAfterSpeechVerbIsNoClause) {
  // A speech verb followed by "to" and a noun phrase, or by a particle, reports nothing:
  // without "that" a reported clause starts with its own subject.
  auto d = dyad::testing::process_text("The two sisters agreed to a meeting with the council, but only if the "
                                       "mayor could attend.\n\nFans in the hall called out silly names and the "
                                       "band kept playing.\n");
  for (const auto& q : d.quotes) ADD_FAILURE() << q.text;
  // An infinitive after the object of an asking verb still is one.
  auto e = dyad::testing::process_text("Mayor Ruth Olsen urged residents to stay indoors during the storm.\n");
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].speaker, "Ruth Olsen");
}

TEST(QuotesSixthRound, ParticipleStartsANewQuotation) {
  // A reported fragment, then ", adding" and a whole quoted sentence: two quotations of the one
  // speaker, the second direct; the first stops at the participle.
  std::string text = "Nadia Brook, a local councillor, visited the dam on Friday.\n\nBrook then wrote that the spillway "
                     "\u201cwas never built for this,\u201d adding \u201cwe were lucky tonight.\u201d\n";
  auto d = dyad::testing::process_text(text);
  const Quote* first = starting(d.quotes, text, "the spillway");
  const Quote* second = starting(d.quotes, text, "we were lucky");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->text.find("adding"), std::string::npos) << first->text;
  EXPECT_EQ(first->type, QuoteType::Mixed);
  EXPECT_EQ(second->type, QuoteType::Direct);
  EXPECT_EQ(second->speaker, "Nadia Brook");
}

TEST(QuotesSixthRound, ObjectOfTellEndsBeforeTheClause) {
  // "told <listeners> <clause>" without "that": the listeners are not part of what was said.
  std::string text = "Lena Holt, who runs the shelter, told volunteers the roof would hold.\n";
  auto d = dyad::testing::process_text(text);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the roof would hold");
  EXPECT_EQ(d.quotes[0].speaker, "Lena Holt");
}

TEST(QuotesSixthRound, SurnameThatIsAlsoACommonWord) {
  // A surname that is also an ordinary word opens a sentence (where the tagger reads it as a
  // noun); once the full name was given it is the person, with or without an age apposition.
  std::string text = "The firm's founder, Owen Gold, left in May.\n\nGold, 61, said the board had forced "
                     "him out.\n\nGold said he would sue.\n";
  auto d = dyad::testing::process_text(text);
  ASSERT_EQ(d.quotes.size(), 2u);
  for (const auto& q : d.quotes) EXPECT_EQ(q.speaker, "Owen Gold") << q.text;
}

TEST(QuotesSixthRound, OpenParagraphTakesTheNextParagraphsSpeaker) {
  // News style: a quotation running over paragraphs leaves each paragraph but the last without a
  // closing mark, and the next paragraph opens with a mark; when the attribution only comes in
  // the later paragraph, it names the speaker of the earlier one too.
  std::string text = "The river rose all night.\n\n\u201cWe moved the animals first. Then the chairs.\n\n"
                     "\u201cBy dawn the water was at the door,\u201d said Marta Quill, who farms by the ford.\n";
  auto d = dyad::testing::process_text(text);
  const Quote* open = starting(d.quotes, text, "We moved");
  ASSERT_NE(open, nullptr);
  EXPECT_EQ(open->speaker, "Marta Quill");
  EXPECT_EQ(open->attribution, "continued");
  const Quote* closing = starting(d.quotes, text, "By dawn");
  ASSERT_NE(closing, nullptr);
  EXPECT_EQ(closing->speaker, "Marta Quill");
}

TEST(QuotesSixthRound, ModifiedOrganisationNounKeepsItsDescription) {
  // "the water agency" names one organisation: with no organisation of that kind named before,
  // it stays a description rather than becoming whichever organisation the text is about.
  std::string text = "Harbor Foods Inc. opened a plant on the river in 2019.\n\nThe state water agency said the "
                     "plant had polluted two wells.\n";
  auto d = dyad::testing::process_text(text);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker.find("Harbor"), std::string::npos) << d.quotes[0].speaker;
  EXPECT_NE(d.quotes[0].speaker.find("agency"), std::string::npos) << d.quotes[0].speaker;
}

TEST(QuotesSixthRound, OuterSourceIsNotPartOfTheClause) {
  // "X said ..., according to <agency>": X speaks; the agency that relays it is left out.
  std::string text = "Port officials said the ship had left without clearance, according to a local radio station.\n";
  auto d = dyad::testing::process_text(text);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the ship had left without clearance");
  EXPECT_EQ(d.quotes[0].speaker, "Port officials");
}

TEST(QuotesSixthRound, TitleWithPeriodInsideTheMarks) {
  // American style puts the sentence's period inside the closing mark: a capitalised title
  // ending the sentence is still a title, not an unattributed quotation.
  auto d = dyad::testing::process_text("The chef Ola Berg will sign copies of her cookbook, \u201cSalt and "
                                       "Smoke on the Coast.\u201d\n");
  for (const auto& q : d.quotes) ADD_FAILURE() << q.text;
}

TEST(QuotesSixthRound, AgeStandsForThePerson) {
  // News writing refers back to a person by age ("the 61-year-old"): the person named before.
  std::string text = "Gus Ahlberg, a dairy farmer, lost his barn in the fire.\n\nThe 61-year-old said that the insurer "
                     "had refused to pay.\n";
  auto d = dyad::testing::process_text(text);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Gus Ahlberg");
  EXPECT_EQ(speaker_mention(text, d.quotes[0]), "The 61-year-old");
}

TEST(QuotesSixthRound, PronounAndVerbAreAClause) {
  // The shortest reported clause, a pronoun subject and its verb, is still reported speech.
  auto d = dyad::testing::process_text("Asked whether the club would appeal, its chairwoman said it would.\n\n"
                                       "The referee's assessor said he disagreed.\n");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "it would");
  EXPECT_EQ(d.quotes[1].text, "he disagreed");
}

TEST(QuotesSixthRound, TheyAfterTwoPeopleNamedTogether) {
  // Two people named together as a subject are who a following "they" is, when no group spoke.
  std::string text = "Nell Ostrow and Piet Vane opened the bakery in 2015.\n\nThey said the rent had tripled "
                     "since then.\n";
  auto d = dyad::testing::process_text(text);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Nell Ostrow and Piet Vane");
}

TEST(QuotesSixthRound, ClauseOfTimeIsNotWhatWasSaid) {
  // After a speech verb, "when ..." / "where ..." tells the occasion, not the words.
  std::string text = "Ivo Brandt has coached the club since May.\n\n\u201cWe will see,\u201d he replied when asked "
                     "if he would resign.\n";
  auto d = dyad::testing::process_text(text);
  for (const auto& q : d.quotes) EXPECT_EQ(q.text.find("resign"), std::string::npos) << q.text;
  ASSERT_NE(starting(d.quotes, text, "We will see"), nullptr);
}

TEST(QuotesSixthRound, NamedPersonAfterAPossessorSpeaks) {
  // "<person>'s <role> <name> said": the person named last, not the one whose role it is.
  std::string text = "Senator Ada Pike faces a recall vote.\n\n\u201cWe have the signatures,\u201d Pike's "
                     "opponent Rolf Dunn told supporters.\n";
  auto d = dyad::testing::process_text(text);
  const Quote* q = starting(d.quotes, text, "We have");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Rolf Dunn");
}

// Round 7: reporting verbs used for something other than reporting speech.
TEST(QuotesSeventhRound, WritingAWorkIsNotReportedSpeech) {
  // "write" with a plain object names something the person authored, not words reported.
  auto qs = quotes_of(
      "Long before Helen Marsh wrote The Salt Road, a trilogy about river traders, her brother had "
      "finished his thesis.\n\nAlthough Tomas Reyes had written a short letter, it was never posted.\n");
  EXPECT_TRUE(qs.empty()) << qs[0].text;
  // With a clause after it, "write" still reports: "wrote the ferry had been delayed".
  auto kept = quotes_of("Clara Voss wrote in her column the ferry had been delayed for weeks.\n");
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].type, QuoteType::Indirect);
}

TEST(QuotesSeventhRound, ThatAfterTheObjectIsARelativePronoun) {
  // "posted profits that beat forecasts": the that-clause describes the profits, no speech.
  auto qs = quotes_of("Harbor Freight Lines reported quarterly profits that beat forecasts by a wide margin.\n");
  EXPECT_TRUE(qs.empty()) << qs[0].text;
}

TEST(QuotesSeventhRound, RequestWithToIsNotReportedSpeech) {
  // Asking or advising someone to do something reports no words; telling and urging do.
  auto asked = quotes_of("Marta Ilves asked the council to cancel the contract.\n");
  EXPECT_TRUE(asked.empty()) << asked[0].text;
  auto urged = quotes_of("Marta Ilves urged the council to cancel the contract.\n");
  ASSERT_EQ(urged.size(), 1u);
  EXPECT_EQ(urged[0].speaker, "Marta Ilves");
}

TEST(QuotesSeventhRound, ObjectOfAnUrgingVerbIsNotItsSubject) {
  // A heading with no subject: the country after "urged" is who was urged, not who spoke.
  auto qs = quotes_of("The hearing opened.\n\n2. Never urged Norway to investigate Anders Holm\n\nThe hearing went on.\n");
  for (const auto& q : qs) EXPECT_NE(q.speaker, "Norway") << q.text;
  EXPECT_TRUE(qs.empty());
}

TEST(QuotesSeventhRound, ClauseWithOnlyASubordinatePartIsNoReport) {
  // "Though ..., X responded with ...": the opening clause is subordinate to X's own verb.
  auto qs = quotes_of("Though most marchers stayed calm, a small group of fans responded with thrown bottles.\n");
  EXPECT_TRUE(qs.empty()) << qs[0].text;
}

TEST(QuotesSeventhRound, CoordinatedVerbIsNoInterruptedClause) {
  // "After that, she wrote, and wrote": a repeated verb joined by "and", no clause around it.
  auto qs = quotes_of("After that, Dana Whitfield wrote, and wrote, and wrote for ten more years.\n");
  EXPECT_TRUE(qs.empty()) << qs[0].text;
}

TEST(QuotesSeventhRound, PleaInCourtIsNoReportedClause) {
  // "pleaded guilty to ...": an adjective with its own complement follows the verb, not a clause;
  // the sentence is the office's report.
  std::string text =
      "A Vermont man pleaded guilty to charges he threatened a county clerk, the district attorney's office said.\n";
  auto qs = quotes_of(text);
  for (const auto& q : qs) EXPECT_NE(q.text.rfind("guilty", 0), 0u) << q.text;
  const Quote* whole = starting(qs, text, "A Vermont man pleaded");
  ASSERT_NE(whole, nullptr);
  EXPECT_EQ(speaker_mention(text, *whole), "the district attorney's office");
}

TEST(QuotesEighthRound, FullNameBeforeASurnameMention) {
  // A person first named in full with a generational suffix, and later with a middle initial:
  // the actor stage may link only the surname, but the given name before it and the suffix
  // after it are the same person's name, which "he" then refers to.
  auto qs = quotes_of(
      "Marcus Delane Jr., 41, faces up to five years in prison after the hearing.\n\n"
      "When Delane was stopped, he told officers he had lost his papers on the bus.\n\n"
      "The court will sentence Marcus T. Delane, a roofer from the coast, in March.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Marcus Delane Jr.");
  // The same without a suffix: the given name and the surname make one name.
  auto plain = quotes_of(
      "Greta Lindqvist grew up in a small river town.\n\n"
      "According to her cousin, Olle Brandt, she read everything she could find.\n\n"
      "Years later she met Olle Brandt, a retired teacher, again in Oslo.\n");
  ASSERT_FALSE(plain.empty());
  EXPECT_EQ(plain[0].speaker, "Olle Brandt");
}

TEST(QuotesNinthRound, SecondQuotedThatClauseReportsTheSameSpeaker) {
  // "X says that "A" and that "B"": the second that-clause, quoted on its own, is X's too.
  auto qs = quotes_of(
      "The agency says that the northern border \"remains the main entry point for fuel\" and that "
      "\"smuggling has doubled since the new tariffs.\"\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[1].speaker, "The agency");
  EXPECT_NE(qs[1].text.find("smuggling has doubled"), std::string::npos);
}

TEST(QuotesNinthRound, ObjectBeforeACommaAndConjunctionIsNoReportedClause) {
  // "reports no symptoms, and many doctors ...": without "that", a noun phrase closed by a comma
  // and a conjunction is the verb's object; the verb after them is another clause's.
  EXPECT_TRUE(quotes_of("The test misses the disease if the patient reports no fever at home, and many "
                        "doctors don't ask about it.\n")
                  .empty());
}

TEST(QuotesNinthRound, ImploringSomeoneToActReportsAnUrging) {
  // "implored X to <verb>" is an urging, reported like "urged X to".
  auto qs = quotes_of("The union implored the company to reopen the talks before the holiday.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "The union");
}

// --- Speaker names whatever the tagger (the rule tagger and the trained one tag
// capitalised words in news differently); the tags are set by hand here ---

namespace {
// The quotations of `text` annotated as usual, then with every token spelled as a key of
// `retag` given that tag, as another tagger may read it; no actor mentions.
std::vector<Quote> quotes_retagged(const std::string& text, const std::map<std::string, lang::Tag>& retag) {
  auto ann = lang::annotate(text);
  for (auto& t : ann.tokens) {
    auto it = retag.find(text.substr(t.span.start, t.span.end - t.span.start));
    if (it != retag.end()) t.tag = it->second;
  }
  std::vector<ActorMention> none;
  return quotes::find_quotes(text, ann, none);
}
}  // namespace

TEST(QuotesAnyTagger, InitialsReadAsACommonNounNameTheOrganisation) {
  // An organisation named in full, then by its initials after "the": the initials name it
  // also when a tagger reads them as a common noun.
  std::string text =
      "The Coastal Ports Authority opened a new terminal on Monday.\n\n"
      "The CPA said the terminal would handle twice as much cargo by next year.\n";
  for (lang::Tag tag : {lang::Tag::NNP, lang::Tag::NN}) {
    auto qs = quotes_retagged(text, {{"CPA", tag}});
    ASSERT_EQ(qs.size(), 1u);
    EXPECT_EQ(qs[0].speaker, "Coastal Ports Authority");
  }
}

TEST(QuotesNinthRound, UrgingVerbReadAsAParticipleStillReports) {
  // A past form of an urging verb that a tagger reads as a participle ("begged" tagged VBN),
  // right after its subject and before its object, reports the urging.
  auto qs = quotes_retagged("Officials begged drivers to stay off the coast road.\n", {{"begged", lang::Tag::VBN}});
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Officials");
  // With "to" right after it, the participle describes a noun: no report there, and the
  // sentence's own verb reports ("Residents urged to leave ... said").
  auto rel = quotes_of("Residents urged to leave their homes said the river was still rising.\n");
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_EQ(rel[0].text, "the river was still rising");
}

TEST(QuotesNinthRound, PostHeldTowardsAPlaceIsTheSpeakersPhrase) {
  // "<country>'s ambassador to <country>": the envoy speaks, not the country the post is held
  // towards; the sending country's government is the actor.
  auto qs = quotes_of("Norway's ambassador to Chile said the fishing talks would resume in June.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Norway's ambassador to Chile");
  EXPECT_EQ(qs[0].speaker_actor.rfind("NOR", 0), 0u) << qs[0].speaker_actor;
}

TEST(QuotesTenthRound, PersonNamedAfterAPostTowardsAPlaceActsForTheSender) {
  // "<country>'s <role> to <place> <First Last>": the person speaks under their own name, and
  // acts for the country that holds the post, not for the place the post looks to.
  auto qs = quotes_of("Norway's ambassador to Chile Jonas Strand said the fishing talks would resume in June.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Jonas Strand");
  EXPECT_EQ(qs[0].speaker_actor.rfind("NOR", 0), 0u) << qs[0].speaker_actor;
}

TEST(QuotesTenthRound, AttributionWithAnObjectInsideTheSentenceReportsTheWholeSentence) {
  // "<subject>, <speaker> told <object>, <verb> ...": the attribution and its object sit between
  // commas inside the sentence they report, so the whole sentence is what was said, not the
  // words after the object.
  std::string text = "Ministers met in Oslo on Sunday.\n\nThe ferry, the mayor told reporters, would run again by May.\n";
  auto qs = quotes_of(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "The ferry, the mayor told reporters, would run again by May");
  EXPECT_EQ(qs[0].speaker, "the mayor");
}

TEST(QuotesTenthRound, InstitutionNamedAfterACountryAdjectiveSpeaks) {
  // "The <demonym> Observatory for <Words>": an institution word heads a name that runs over
  // "for"; the institution speaks, neither the country of the adjective nor a person made of the
  // words after "for". Its name is written with the adjective (round 15).
  std::string text = "The Norwegian Observatory for Coastal Safety, an agency based in Bergen, said the storm sank "
                     "a trawler.\n";
  auto qs = quotes_of(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Norwegian Observatory for Coastal Safety");
}

TEST(QuotesTenthRound, ObjectThenSubordinateClauseIsNoReport) {
  // "<X> added <noun phrase> as <clause>": the noun phrase is the verb's object and the clause
  // after the subordinating conjunction says when or why, not what was said.
  auto qs = quotes_of("Lena Berg added a late penalty as her club won the final in Bergen.\n");
  EXPECT_TRUE(qs.empty()) << qs[0].text;
}

TEST(QuotesTenthRound, TrailingAttributionAfterAPhraseIsNotTheFirstVerbsReport) {
  // "<A> and <B> have agreed upon <phrase>, <source> announced <time>": what follows the comma is
  // the sentence's attribution, not a clause "agreed" reported; the source reports the sentence.
  auto qs = quotes_of("Peru and Ecuador agreed on quotas for the anchovy season, the fisheries ministry said Friday.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].verb, "said");
  EXPECT_EQ(qs[0].text, "Peru and Ecuador agreed on quotas for the anchovy season");
}

TEST(QuotesTenthRound, ProperNameModifyingABodyNamesThatBody) {
  // "The <Name> administration declared ...": the proper name makes the phrase name its own body,
  // not the organisation or person named before.
  std::string text = "Finance Minister Lena Varga arrived in Lima on Monday.\n\n"
                     "The Tanaka administration announced on Friday that Peru would lower tariffs on rice.\n";
  auto qs = quotes_of(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "The Tanaka administration");
}

TEST(QuotesEleventhRound, NounWithAnAdjectiveComplementIsTheSpeaker) {
  // "<people> <adjective or participle> <preposition> <phrase> said": the noun is who speaks; the
  // complement's phrase (a country's army here) only describes them and gives them no actor code.
  auto qs = quotes_of("Gunmen loyal to the Chilean army said on Tuesday that the bridge was mined.\n\n"
                      "Clerks stationed in Oslo reported that the embassy would close.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "Gunmen loyal to the Chilean army");
  EXPECT_EQ(qs[0].speaker_actor, "");
  EXPECT_EQ(qs[1].speaker, "Clerks stationed in Oslo");
}

TEST(QuotesEleventhRound, CloseToReadAsAnAdverbStillDescribesTheNoun) {
  // The bigram tagger reads "close" before "to" as an adverb; it is the adjective of the phrase.
  auto qs = quotes_of("Bankers close to the merger talks said the price had doubled.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Bankers close to the merger talks");
}

TEST(QuotesEleventhRound, DocumentIssuedByABodySpeaksForIt) {
  // "a notice released by X said": the participle's agent issued the document and speaks.
  auto qs = quotes_of("Ferries to the islands will stop for a week, a notice released by the Chilean navy said.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker_actor.rfind("CHL", 0), 0u) << qs[0].speaker << " " << qs[0].speaker_actor;
}

TEST(QuotesEleventhRound, TimeAfterTheVerbDatesTheSayingNotTheClause) {
  // "<subject> said <day> <clause>": the day belongs to the saying; the report starts at its subject.
  auto qs = quotes_of("The mayor said Thursday the bridge would reopen in May.\n\n"
                      "The governor said last month the ferries would run at night.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].text, "the bridge would reopen in May");
  EXPECT_EQ(qs[1].text, "the ferries would run at night");
}

TEST(QuotesEleventhRound, ParticipleWithATimePhraseAndItsComplementDescribesTheSubject) {
  // "<noun> <participle> <time> <preposition> <phrase> said": the participle's phrase, its time
  // included, describes the noun that speaks, also where the tagger read the participle as a
  // past verb (no second finite verb can stand between a subject and its reporting verb).
  auto qs = quotes_of("Pilots hired last year by the airline said the wages had stalled.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Pilots hired last year by the airline");
  EXPECT_EQ(qs[0].text, "the wages had stalled");
}

TEST(QuotesEleventhRound, DeterminerAfterTheSourcesNounStartsTheReport) {
  // "according to <noun> <determiner> ...": with no comma, the determiner after the source's noun
  // opens the reported clause's subject; it is no part of the source.
  auto qs = quotes_of("According to the registry the harbour will close in June.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "the registry");
  EXPECT_EQ(qs[0].text, "the harbour will close in June");
}

TEST(QuotesEleventhRound, SpeakersNameRunsOverLowerCaseParticles) {
  // "Mayor Pieter van der Molen said", "said Lotte von Harsdorf": the speaker is the whole name,
  // particles and surname included, after a title and without one.
  auto qs = quotes_of("The harbour will reopen, Mayor Pieter van der Molen said.\n\n"
                      "\"The quay is safe,\" said Lotte von Harsdorf, an engineer.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "Pieter van der Molen");
  EXPECT_EQ(qs[1].speaker, "Lotte von Harsdorf");
}

TEST(QuotesTwelfthRound, BodyNamedWithAPlacesPossessiveSpeaksWithItsPossessor) {
  // "<place>'s <capitalised body> reported": the body speaks, named with the place that owns it;
  // the place alone is no speaker.
  auto qs = quotes_of("Floods closed roads.\n\nKenya's Department of Water Resources reported that the "
                      "reservoirs had filled.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Kenya's Department of Water Resources");
}

TEST(QuotesThirteenthRound, RestrictiveRelativeClauseLeavesItsAntecedentTheSpeaker) {
  // "<noun> who/that <verb> ... <reporting verb>": the relative clause describes the subject, whose
  // speaker is the noun it modifies, not the last noun or pronoun inside the clause.
  auto qs = quotes_of("The harbour reopened.\n\nTwo pilots who guided the ships through the strait "
                      "said the channel was clear. Those who inspected it said the buoys were gone. "
                      "A firm that built the cranes told reporters that the work would take a month.\n");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].speaker, "Two pilots");
  EXPECT_EQ(qs[1].speaker, "Those");
  EXPECT_EQ(qs[2].speaker, "A firm");
}

TEST(QuotesThirteenthRound, ParticiplePhraseBetweenCommasDescribesTheOpeningSubject) {
  // "<subject>, <-ing phrase>, <reporting verb>": the participle's phrase between the commas
  // describes the noun phrase that opens the sentence, which speaks.
  auto qs = quotes_of("The storm moved north.\n\nThe harbour master, standing on the pier at dawn, "
                      "said the boats would stay in port.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "The harbour master");
}

TEST(QuotesFourteenthRound, ParticipleDescribingTheNounOfAPhraseBeforeThat) {
  // "said in a <document> <participle> <time> that ...": the participle describes the
  // document; the "that" after it still opens what was said.
  auto qs = quotes_of("Water levels fell.\n\nThe river authority said in a study published Monday that "
                      "the dams were safe.\n\nThe ferry company said in a notice posted on Friday that "
                      "crossings would resume.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "The river authority");
  EXPECT_EQ(qs[0].text, "the dams were safe");
  EXPECT_EQ(qs[1].speaker, "The ferry company");
  EXPECT_EQ(qs[1].text, "crossings would resume");
}

TEST(QuotesFifteenthRound, BodyAfterAPossessiveSpeaksWhateverThePossessorIsTakenFor) {
  // "<name>'s <capitalised body> reported": the possessive only modifies the body, which is the
  // phrase's head and speaks, even when the name finder takes an unfamiliar two-word place
  // before it for a person's name.
  auto qs = quotes_of("Roads were closed.\n\nNova Scotia's Department of Fisheries reported that the "
                      "catch had fallen.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Nova Scotia's Department of Fisheries");
}

TEST(QuotesFifteenthRound, PlaceOrSourcePhraseAfterTheSubjectsHeadOnlyDescribesIt) {
  // "<noun> near/from/in <place> said": the phrase after the head noun says where the speakers
  // are or come from; they speak, not the place. The same for a pronoun heading its own phrase
  // ("those in favour of X", "those opposed to X").
  auto qs = quotes_of("The dam held.\n\nFarmers near the reservoir said the water had risen. Engineers "
                      "from three firms said the walls were sound. Those in favour of the project argue "
                      "that it will pay for itself. Those opposed to the project say the costs will "
                      "double.\n");
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[0].speaker, "Farmers near the reservoir");
  EXPECT_EQ(qs[1].speaker, "Engineers from three firms");
  EXPECT_EQ(qs[2].speaker, "Those in favour of the project");
  EXPECT_EQ(qs[3].speaker, "Those opposed to the project");
}

TEST(QuotesFifteenthRound, ParticiplePhrasesAfterTheSubjectsHeadOnlyDescribeIt) {
  // "<noun> <-ing> <object> said", "<noun> <-ing> into/for ... said": a participle's phrase after
  // the head noun describes it; the head speaks, however many phrases follow (a place apposition
  // between commas included), and an actor named in the participle's object is not the speaker's.
  auto qs = quotes_of("The valley flooded.\n\nMedics treating the Kurdish villagers said the water was "
                      "clean. Divers looking into the wreck said the hull had split. Volunteers searching "
                      "for a boy trapped at the ford near Tarn, Lozere, said they had found him.\n");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].speaker, "Medics treating the Kurdish villagers");
  EXPECT_EQ(qs[0].speaker_actor, "");
  EXPECT_EQ(qs[1].speaker, "Divers looking into the wreck");
  EXPECT_EQ(qs[2].speaker.rfind("Volunteers searching for a boy", 0), 0u) << qs[2].speaker;
}

TEST(QuotesFifteenthRound, BodyNamedWithACountrysAdjectiveKeepsItInItsName) {
  // "The <Demonym> <Body> said": the body speaks, and the capitalised adjective before its name
  // is written as part of that name, not dropped with the country it names.
  auto qs = quotes_of("Copper prices rose.\n\nThe Chilean Mining Council said the strike had ended.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Chilean Mining Council");
  EXPECT_EQ(qs[0].speaker_actor, "CHL");
}

TEST(QuotesSixteenthRound, ContrastingClauseAfterAReportIsTheWritersAndHasItsOwnSubject) {
  // "<A> said <clause>, while <B> <verb> ... and says <clause>": the report of A ends before the
  // contrasting clause, whose subject speaks for the verbs coordinated in it; a quoted fragment
  // in A's report keeps A as its speaker, though a reporting verb of B follows it.
  auto qs = quotes_of("Fishing resumed.\n\nNorway said it stands by the \u201cshared waters\u201d rule for "
                      "trawlers, while the harbour police reject the complaints and say they acted lawfully.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "Norway");
  EXPECT_EQ(qs[0].text, "it stands by the \u201cshared waters\u201d rule for trawlers");
  EXPECT_EQ(qs[1].speaker, "the harbour police");
  EXPECT_EQ(qs[1].text, "they acted lawfully");
}

TEST(QuotesSixteenthRound, ObjectOfADenialBeforeACoordinatedVerbIsNoReport) {
  // "<X> denies <noun phrase> and says <clause>": the noun phrase is the denial's object, not a
  // clause (a subject never ends in "and"); what X said follows the coordinated verb.
  auto qs = quotes_of("The inquiry opened.\n\nThe mining company denies the allegations and says its "
                      "records are complete.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "its records are complete");
  EXPECT_EQ(qs[0].speaker, "The mining company");
}

TEST(QuotesSixteenthRound, TheHolderNamedAfterATitlesPortfolioSpeaks) {
  // "<country> <title> of <portfolio> <name> said": the person named after the portfolio speaks,
  // named without the title and its portfolio, with the country's government as actor.
  auto qs = quotes_of("Grain prices fell.\n\nThe harvest was poor, Chilean Deputy Minister of Agriculture "
                      "Rosa Varela said on Monday.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Rosa Varela");
  EXPECT_EQ(qs[0].speaker_actor, "CHLGOV");
}

TEST(QuotesSixteenthRound, APhraseAfterTheObjectOfTellIsNotWhatWasSaid) {
  // "<X> told <object> in <time or place> <clause>": the phrase after the listener says when or
  // where; the report is the clause after it.
  auto qs = quotes_of("The ferry sank.\n\nMaria Lopez told the radio station in March she had warned the "
                      "captain. The captain told reporters in Valencia the ship was sound.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].text, "she had warned the captain");
  EXPECT_EQ(qs[1].text, "the ship was sound");
}

TEST(QuotesSeventeenthRound, TheTopicAfterTheListenerOfAQuestionIsNoClause) {
  // "<X> asked <listener> about <topic>", "warned <listener> of <topic>": the phrase names what
  // the question or warning was about, not words said; a later report in the sentence stands.
  auto qs = quotes_of("The hearing resumed.\n\nThe counsel asked Rivera about concerns his deputy might have "
                      "had, but Rivera's lawyer said the question was outside the inquiry.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "the question was outside the inquiry");
  EXPECT_EQ(qs[0].speaker, "Rivera's lawyer");
}

TEST(QuotesSeventeenthRound, ANounPhraseWithItsOwnVerbAfterANameIsNoApposition) {
  // "<fronted phrase ending in a name>, the <description> had ...": the noun phrase after the
  // comma is the subject of the main clause, not a role of the name before it; "the man" later
  // is that man, not the journal.
  auto qs = quotes_of("According to the study, published in Thoracic Case Notes, the 51-year-old man had "
                      "coughed for months.\n\n\"I feel fine now,\" the man wrote.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[1].text, "I feel fine now");
  EXPECT_EQ(qs[1].speaker, "the man");
}

TEST(QuotesSeventeenthRound, ABodyNamedAfterTheDescriptionOpeningTheSentenceSpeaks) {
  // "The <noun> that <relative clause>, <organisation>, <reporting verb>": the name in apposition
  // names who the description is; it speaks, not a noun inside the relative clause.
  auto qs = quotes_of("The festival opened.\n\nThe firm that stages the festival, Harbor Lights Productions, "
                      "denies that the lineup has been settled.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "the lineup has been settled");
  EXPECT_EQ(qs[0].speaker, "Harbor Lights Productions");
}

TEST(QuotesSeventeenthRound, TheyAfterASubjectWithARelativeClauseIsThatSubject) {
  // A sentence whose subject carries a relative clause and a name in apposition ("The firm that
  // stages X, <name>, denies ...") has that name as its subject; "they" in the next sentence
  // refers to it, not to a body named earlier.
  auto qs = quotes_of("Northgate Records said the band would play.\n\nThe firm that stages the festival, Vera "
                      "Lind Productions, denies that the lineup has been settled.\n\n\"Nothing is final. We "
                      "will say more next week,\" they said.\n");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[2].text, "Nothing is final. We will say more next week");
  EXPECT_EQ(qs[2].speaker, "Vera Lind Productions");
}

TEST(QuotesSeventeenthRound, ADescriptionNamedLaterIsThePersonNamed) {
  // A lead that describes a speaker ("<country>'s ambassador to <country> warned that ...") and a
  // later sentence repeating the description before a name: the quotation is that person's.
  auto qs = quotes_of("Chile's ambassador to Peru warned that the talks would fail.\n\nThe talks opened in "
                      "Lima.\n\nChile's ambassador to Peru Rosa Varela has said that the border was calm.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].text, "the talks would fail");
  EXPECT_EQ(qs[0].speaker, "Rosa Varela");
  EXPECT_EQ(qs[0].speaker_actor, "CHLGOV");
}

TEST(QuotesSeventeenthRound, ADescriptionNamedForNoOneKeepsItsWords) {
  // Without a later name after the same words, the description itself is the speaker.
  auto qs = quotes_of("Chile's ambassador to Peru warned that the talks would fail.\n\nRosa Varela, a trade "
                      "envoy, has said that the border was calm.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "Chile's ambassador to Peru");
}

TEST(QuotesSeventeenthRound, AReportInsideAReportedClauseIsAQuotationToo) {
  // "<X> said <clause>, after <Y> reported <clause>": the subordinate clause's own reporting verb
  // and subject make a second, nested quotation; the first keeps its whole clause, and "he" after
  // them is still the first speaker.
  auto qs = quotes_of("Mayor Tom Reyes said the bridge was closed in May, after the Harbor Herald reported "
                      "cracks had been found.\n\nHe said it would reopen in June.\n");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].text, "the bridge was closed in May, after the Harbor Herald reported cracks had been found");
  EXPECT_EQ(qs[0].speaker, "Tom Reyes");
  EXPECT_EQ(qs[1].text, "cracks had been found");
  EXPECT_EQ(qs[1].speaker, "Harbor Herald");
  EXPECT_EQ(qs[2].speaker, "Tom Reyes");
}

TEST(QuotesSeventeenthRound, AClauseOfTimeWithoutAReportingVerbIsNoNestedQuotation) {
  // A subordinate clause inside a reported clause whose verb reports nothing is part of it only.
  auto qs = quotes_of("Mayor Tom Reyes said the bridge was closed in May, after the Harbor Herald found "
                      "cracks in it.\n");
  ASSERT_EQ(qs.size(), 1u);
}

TEST(QuotesSeventeenthRound, WhatASpeakerCallsAThingIsReportedInTheirWords) {
  // "<X> called <noun phrase> <indefinite noun phrase>": the object and the name the speaker gave
  // it are reported words; "called for", "called off" and a thing "called <name>" are not.
  auto qs = quotes_of("The council called the new budget a betrayal of voters.\n\nThe union called for a strike. "
                      "They run a shelter called Harbor House in the town.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "the new budget a betrayal of voters");
  EXPECT_EQ(qs[0].speaker, "The council");
}

TEST(QuotesSeventeenthRound, ADateBetweenTheReportingVerbAndThatKeepsTheReport) {
  // "<X>, <apposition>, denied in March that <clause>": a past reporting verb the tagger may read
  // as a participle still reports when a date stands between it and "that".
  auto qs = quotes_of("The trust's lawyer, Ana Ruiz, denied in March that the deal had been signed.\n\nThe "
                      "river's owner, The Blue Company, announced on Oct. 2 that it was closing the mill.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].text, "the deal had been signed");
  EXPECT_EQ(qs[0].speaker, "Ana Ruiz");
  EXPECT_EQ(qs[1].text, "it was closing the mill");
}

TEST(QuotesSeventeenthRound, TheSubjectOfAPassiveReportingVerbIsNoSpeaker) {
  // "<X> was accused <time> of <act> "<fragment>"": X is who was accused; the quoted fragment
  // inside the accusation is nobody's words that X said.
  auto qs = quotes_of("The harbour board was accused Tuesday of misleading residents by renaming its page "
                      "\"factcheck harbour\" during the debate.\n");
  EXPECT_TRUE(qs.empty()) << (qs.empty() ? "" : qs[0].speaker + ": " + qs[0].text);
}

TEST(QuotesSeventeenthRound, AReportingVerbInAClauseOpenedByASubordinatorIsNoAttribution) {
  // "<clause>, when, in fact, he <reporting verb>": the subordinator and its parenthetical make
  // the last clause a clause of time; the clause before is the writer's, not reported speech.
  auto qs = quotes_of("The clip had been cut to show Mr. Ortiz dodging a question about taxes, when, in fact, "
                      "he answered at once.\n");
  EXPECT_TRUE(qs.empty()) << (qs.empty() ? "" : qs[0].speaker + ": " + qs[0].text);
}

TEST(QuotesSeventeenthRound, AQuotedPhraseAfterAListNumberIsANumberedHeading) {
  // "2. "<short phrase>"" alone in its paragraph heads a numbered section of the article; nobody
  // says it, not even the speaker of the paragraph before.
  auto qs = quotes_of("\"We will stay the course,\" the envoy said.\n\n2. \"A very long road\"\n\nThe talks "
                      "resumed.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "We will stay the course");
}

TEST(QuotesSeventeenthRound, ATransactionAnnouncedIsNoSpeaker) {
  // "<X> bought <Y>, a deal announced <time>": the noun phrase names the transaction, which was
  // announced; it announces nothing, and the clause before it is no report.
  auto qs = quotes_of("Harbor Foods bought a majority stake in the bakery chain, a deal announced at the start "
                      "of the month.\n");
  EXPECT_TRUE(qs.empty()) << (qs.empty() ? "" : qs[0].speaker + ": " + qs[0].text);
}

TEST(QuotesSeventeenthRound, ARelativeClauseAfterAQuotedTermReportsNothingOfIt) {
  // "<X> says <clause with "a term"> - a term which suggests <Y>": the relative clause describes
  // the term; the fragment belongs to X's report, not to the noun before "which".
  auto qs = quotes_of("The new statute says charities funded abroad must register as \"outside agents\" - a "
                      "label which suggests disloyalty.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "The new statute");
}

TEST(QuotesSeventeenthRound, AtLeastOpeningTheReportedClauseIsNoSubordinateClause) {
  // "At least <number> ... were killed, <X> said": "at least" counts; it opens no subordinate
  // clause, so the attribution at the end reports the sentence before it.
  auto qs = quotes_of("At least four miners were hurt in a blast near Oruro, Bolivian police said.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "At least four miners were hurt in a blast near Oruro");
  EXPECT_EQ(qs[0].speaker, "Bolivian police");
}

TEST(QuotesSeventeenthRound, AnAbbreviationInBracketsAfterTheSpeakerIsSkipped) {
  // "..., the <organisation> (<abbreviation>) said on Monday": the bracket after the name is part
  // of how the speaker is named; the attribution still reports the clause before it.
  auto qs = quotes_of("Grain prices will rise by a tenth this winter, the Andean Farmers Council (AFC) said on "
                      "Monday.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "Grain prices will rise by a tenth this winter");
  EXPECT_EQ(qs[0].speaker, "Andean Farmers Council");
}

TEST(QuotesSeventeenthRound, AnAnnouncementOfAClauseNeedsNoThat) {
  // "<X> announced it will <verb>": a clause-only reporting verb followed by a short subject and
  // its finite verb reports that clause; "announced a plan to ..." still reports nothing.
  auto qs = quotes_of("The port authority on Friday announced it will close two terminals.\n\nThe port "
                      "authority announced a plan to close two terminals.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "it will close two terminals");
}

TEST(QuotesSeventeenthRound, ACoordinatedReportingVerbInAJoinedClauseOfTimeTakesThatClausesSubject) {
  // "When A ..., and when <X> looks up and swears <clause>": the reporting verb is coordinated
  // inside the second subordinate clause; its subject is that clause's, not the sentence's first.
  auto qs = quotes_of("When critics are reduced to shouting, and when Mayor Tom Reyes looks at the crowd and "
                      "swears he has no plan, then it is time to go.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Tom Reyes");
}

TEST(QuotesEighteenthRound, AReportingParticipleBeforeAColonStillOpensTheQuotation) {
  // "<X> <did something>, saying: “...”": a colon (or a comma) between the participle and the
  // opening mark does not cut the quotation off from the main clause's subject.
  auto qs = quotes_of("The dockworkers\u2019 union ended the strike on Friday, saying: \u201cOur members have "
                      "waited long enough for a fair deal.\u201d\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "The dockworkers\u2019 union");
}

TEST(QuotesEighteenthRound, AReportingParticipleRightAfterANounPhraseHasItAsSubject) {
  // "<shows/featured> <noun phrase> declaring, “...”": with no comma before the participle, the
  // noun phrase it follows speaks, also over an aside between dashes.
  auto qs = quotes_of("The clip shows the harbour master saying, \u201cNo ship leaves before the storm has "
                      "passed.\u201d\n\nThe film featured dozens of fishermen \u2014 old and young \u2014 "
                      "declaring, \u201cThe sea is all we have left.\u201d\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "the harbour master");
  EXPECT_EQ(qs[1].speaker, "dozens of fishermen");
}

TEST(QuotesEighteenthRound, AQuestionWordAfterTheListenerOpensTheReportedClause) {
  // "told <listener> how/why ...": the listener is no part of what was said; the clause starts at
  // the question word. "asked <listener> about why ..." reports the clause after "about".
  auto qs = quotes_of("The harbour master told reporters how the storm had torn the nets apart.\n\n"
                      "The inspector asked the crew about why the lifeboats were missing.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].text, "how the storm had torn the nets apart");
  EXPECT_EQ(qs[1].text, "why the lifeboats were missing");
}

TEST(QuotesEighteenthRound, DescribingSomethingAsSomethingReportsTheJudgement) {
  // "<X> described <object> as <what>": like "called X a Y", what the speaker said the object is;
  // a description with no "as" after its object reports nothing.
  auto qs = quotes_of("The harbour master described the new breakwater as a costly mistake.\n\n"
                      "The harbour master described the storm in a long letter.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "the new breakwater as a costly mistake");
  EXPECT_EQ(qs[0].speaker, "The harbour master");
}

TEST(QuotesEighteenthRound, VolunteeringAClauseIsReportingIt) {
  // "volunteered that <clause>" offers information unasked, a report; volunteering for work is not.
  auto qs = quotes_of("The ferry owners volunteered that they had warned the port twice.\n\n"
                      "The ferry owners volunteered at the port for two summers.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "they had warned the port twice");
}

TEST(QuotesNineteenthRound, AnOfficeReleaseIsTheOfficeNamedBefore) {
  // "according to the office release": a noun of organisations before the document noun names
  // who issued it -- the office the text named before as a speaker, in full, not the last name
  // inside that speaker's phrase.
  auto qs = quotes_of(
      "A Texas man admitted to threatening a senator, the U.S. Attorney\u2019s Office for the Northern "
      "District of Texas announced Monday.\n\n"
      "His trial is scheduled for March 3, according to the office release.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[1].text, "His trial is scheduled for March 3");
  EXPECT_EQ(qs[1].speaker, "the U.S. Attorney\u2019s Office for the Northern District of Texas");
}

TEST(QuotesNineteenthRound, WrittenMessagesReportToTheirReader) {
  // Verbs of sending written words take their reader as an object before the report, as "tell"
  // does: "emailed X that ...", "texted X that ...", "wrote X that ..."; and "about" with a question
  // word after the reader opens what was written ("emailed X about how ...").
  auto qs = quotes_of("The architect emailed the mayor about how slowly the repairs were going.\n\n"
                      "The pilot texted her brother that the plane had landed.\n\n"
                      "The farmer wrote the council that the bridge was unsafe.\n");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].text, "how slowly the repairs were going");
  EXPECT_EQ(qs[0].speaker, "The architect");
  EXPECT_EQ(qs[1].text, "the plane had landed");
  EXPECT_EQ(qs[2].text, "the bridge was unsafe");
}

TEST(QuotesNineteenthRound, ANounOfSpeechFromItsSourceCarriesAFragment) {
  // "orders from <source> to “...”": a noun of things said to someone, its source after "from",
  // then "to" right before a quoted fragment: the source said it (mixed, from the "to"). The same
  // fragment after a noun that says nothing ("a trip from the capital to “...”") has no speaker.
  auto qs = quotes_of("The raids followed orders from the governor to \u201cclear the camps by dawn\u201d last week.\n\n"
                      "The convoy made a trip from the capital to \u201cthe end of the world\u201d last week.\n");
  ASSERT_EQ(qs.size(), 1u) << (qs.empty() ? "" : qs[0].text);
  EXPECT_EQ(qs[0].type, QuoteType::Mixed);
  EXPECT_EQ(qs[0].speaker, "the governor");
  EXPECT_EQ(qs[0].text.rfind("to \u201cclear the camps by dawn", 0), 0u) << qs[0].text;
}

TEST(QuotesTwentiethRound, AFragmentThatRunsOnAsSentencesIsSplitAtItsFirstStop) {
  // 'said that X "<words>. <Sentence>. <Sentence>."': the quoted fragment finishes the reported
  // clause, then goes on as whole sentences of the speaker's own. The reported clause ends at its
  // sentence's stop (mixed); the sentences after it are one direct quotation of the same speaker,
  // an ellipsis between the two parts belonging to neither.
  auto qs = quotes_of("The coach said that the referee \u201cmissed the foul completely. \u2026 We saw it. "
                      "Everybody in the stadium saw it.\u201d\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].type, dyad::QuoteType::Mixed);
  EXPECT_EQ(qs[0].text, "the referee \u201cmissed the foul completely.");
  EXPECT_EQ(qs[1].type, dyad::QuoteType::Direct);
  EXPECT_EQ(qs[1].text, "We saw it. Everybody in the stadium saw it.");
  EXPECT_EQ(qs[1].speaker, "The coach");
}

TEST(QuotesTwentiethRound, APrepositionalPhraseSetIntoTheClauseLeavesTheSubjectSpeaking) {
  // "The minister, in a statement, said that ...": a phrase opened by a preposition between two
  // commas, right after the noun phrase that opens the sentence, is set into the clause (as a
  // participle's phrase is); the noun phrase before it is the reporting verb's subject.
  auto qs = quotes_of("The harbour master, in a letter to the council, said that the pier was unsafe.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "the pier was unsafe");
  EXPECT_EQ(qs[0].speaker, "The harbour master");
}

TEST(QuotesTwentiethRound, ANewSentenceAfterASplitSentenceIsANewQuotation) {
  // '"A," she said, "b. C."': the sentence split by its attribution is one quotation, from its
  // first quoted word to its stop; a whole sentence after that stop, inside the same marks, is
  // another quotation of the same speaker.
  auto qs = quotes_of("\u201cIn a year or two,\u201d the mayor said, \u201cthe harbour will be full again. "
                      "Who will pay for the dredging?\u201d\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].text, "In a year or two,\u201d the mayor said, \u201cthe harbour will be full again.");
  EXPECT_EQ(qs[1].text, "Who will pay for the dredging?");
  EXPECT_EQ(qs[1].speaker, "the mayor");
}

TEST(QuotesTwentiethRound, AQuestionWordRightAfterTheVerbOpensWhatWasReported) {
  // Verbs that report only with a clause ("describe", "detail") take one opened by a question
  // word as well as by "that": "describe how ...", "detail what ...". After a subject pronoun
  // a verb the lexicon counted only as a noun ("they detail") is still the verb.
  auto qs = quotes_of("The fire began in a kitchen, fire officials said. "
                      "They detail how it spread through the old mill.\n\n"
                      "The engineers describe what went wrong with the pumps.\n");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[1].text, "how it spread through the old mill");
  EXPECT_EQ(qs[1].speaker, "fire officials");
  EXPECT_EQ(qs[2].text, "what went wrong with the pumps");
}

TEST(QuotesTwentiethRound, CallWithAParticleSummonsOrCancelsAndSaysNothing) {
  // "call in" (summon), "call off" (cancel) and "call up" (mobilise) are no speech: a quoted
  // fragment near them belongs to the sentence's own reporting verb. "called in a statement"
  // keeps its phrase after "in" and still reports.
  auto qs = quotes_of("Residents note that the navy held a \u201cfriendly exercise\u201d in the bay, a sign that "
                      "the marines could be called in.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].verb, "note");
  EXPECT_EQ(qs[0].speaker, "Residents");
}

TEST(QuotesTwentyFirstRound, APossessiveSpeakerIsNamedByItsOwner) {
  // "his aides", "her lawyers": a speaker known by whose it is is named with the owner the
  // possessive refers to, the subject just before, and speaks for the owner's side; with no
  // named subject that close (people the text names only by a common noun) it is left as written.
  auto qs = quotes_of("Senator Maria Lopez was re-elected in May. "
                      "Her aides said she would visit Madrid next week.\n\n"
                      "Russian Foreign Minister Sergei Lavrov reached Kabul on Monday. "
                      "His aides said the talks would last two days.\n\n"
                      "A retired farmer fell ill after a flood. "
                      "His doctors said the illness came from mould in the house.\n");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].speaker, "Maria Lopez's aides");
  EXPECT_TRUE(qs[1].speaker.ends_with("Lavrov's aides")) << qs[1].speaker;
  EXPECT_EQ(qs[1].speaker_actor, "RUSGOV");
  EXPECT_EQ(qs[2].speaker, "His doctors");
}

TEST(QuotesTwentyFirstRound, TheObjectOfAVerbOfCausingSpeaksTheInfinitive) {
  // "prompted X to argue that ...", "forced X to admit that ...": a verb that brings its object
  // to act, then a reporting verb in the infinitive; the object speaks. An urging ("asked X to
  // explain") says nothing happened and reports nothing.
  auto qs = quotes_of("The flood prompted several farmers to argue that the dam had been opened too late.\n\n"
                      "The audit forced the treasurer to admit that two accounts were missing.\n\n"
                      "The council asked the engineer to explain why the road had cracked.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "several farmers");
  EXPECT_EQ(qs[0].verb, "argue");
  EXPECT_EQ(qs[0].text, "the dam had been opened too late");
  EXPECT_EQ(qs[1].speaker, "the treasurer");
  EXPECT_EQ(qs[1].text, "two accounts were missing");
}

TEST(QuotesTwentySecondRound, AParticipialAdjunctBeforeTheSpeakerIsNotWhatWasSaid) {
  // "Pressed on X, the mayor answered: ...": a past participle opening the sentence starts a
  // phrase about the subject after the comma; only the quotation after the colon was said.
  // A clause before the attribution still is ("The dam held, the engineer said").
  auto qs = quotes_of("Pressed on whether the school would close, the headmaster answered: \"Not this year.\"\n\n"
                      "The dam held through the night, the engineer said.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].text, "Not this year.");
  EXPECT_EQ(qs[0].speaker, "the headmaster");
  EXPECT_EQ(qs[1].text, "The dam held through the night");
}

TEST(QuotesTwentySecondRound, HeOrSheRightAfterADescribedSpeakerIsThatPerson) {
  // '"...," a hospital spokesman said. "...," he added.': a person the text only describes, who
  // spoke in the sentence before, is who "he" or "she" is, though a named person of that gender
  // came earlier; a pronoun of the other gender than the description's is not.
  auto qs = quotes_of("Anna Berg opened the new wing in March.\n\n"
                      "\"The ward is full,\" a hospital spokeswoman said. \"We need more beds,\" she added.\n\n"
                      "Peter Holm chairs the board.\n\n"
                      "\"Costs are rising,\" a hospital spokeswoman said. \"We will cut them,\" he added.\n");
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(qs[1].speaker, "a hospital spokeswoman");
  EXPECT_NE(qs[3].speaker, "a hospital spokeswoman");
}

TEST(QuotesTwentySecondRound, ExistentialThereAfterTheListenerOpensTheReport) {
  // "told the crew there was ...": "that" left out, an existential "there" after the listener
  // opens the reported clause; the listener is not part of what was said.
  auto qs = quotes_of("The captain told the crew there was no fuel left.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "there was no fuel left");
}

TEST(QuotesTwentySecondRound, TheObjectOfQuoteAsSayingSpeaks) {
  // "X quoted Y as saying ...": a report at second hand; Y said it, and the clause after the
  // participle is what was said.
  auto qs = quotes_of("A local radio station quoted the harbour master as saying the port would reopen on Monday.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "the harbour master");
  EXPECT_EQ(qs[0].text, "the port would reopen on Monday");
  EXPECT_EQ(qs[0].verb, "saying");
}

TEST(QuotesTwentySecondRound, APublicBodysRoleNounSpeaksForThatBodyNotTheTextsCompany) {
  // "a company spokesperson" speaks for the organisation the text is about; "a police
  // spokeswoman" for the police, which an earlier organisation is only when named so.
  auto qs = quotes_of("Acme Mining closed its northern pit on Friday.\n\n"
                      "\"Nobody was hurt,\" a police spokeswoman said.\n\n"
                      "\"The pit will reopen,\" a company spokesman said.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "a police spokeswoman");
  EXPECT_EQ(qs[1].speaker, "Acme Mining spokesman");
}

TEST(QuotesTwentySecondRound, ThePublicBodysNounRefersOnlyToABodyNamedSo) {
  // "the union", "the court": an earlier organisation is meant only when its name holds the word;
  // otherwise the phrase names its own speaker, as written.
  auto qs = quotes_of("Northline Rail cut its timetable in half on Monday.\n\n"
                      "The union said the cuts would cost 400 jobs.\n\n"
                      "The Dockers Union called a strike. The union said pay had fallen.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "The union");
  EXPECT_EQ(qs[1].speaker, "Dockers Union");
}

TEST(QuotesTwentySecondRound, ALongRelativeClauseBetweenCommasKeepsItsAntecedentAsSpeaker) {
  // "X, who spoke on condition of anonymity because ..., said": a relative clause set off by
  // commas, however long, sits between the subject and its reporting verb.
  auto qs = quotes_of("A senior port official, who asked not to be named because he was not allowed to brief "
                      "journalists on the inquiry, said the cranes had failed twice this year.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "A senior port official");
  EXPECT_EQ(qs[0].text, "the cranes had failed twice this year");
}

TEST(QuotesTwentySecondRound, ADocumentsIssuerNamedByABySpeaksForIt) {
  // "The report, published by X, said ...": the document speaks with its issuer's voice, named in
  // the participle's "by" phrase set off after it; no earlier organisation is meant.
  auto qs = quotes_of("Harbor Freight Lines raised its prices in May.\n\n"
                      "The report, published by the port authority, said traffic had fallen by a third.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "the port authority");
}

TEST(QuotesTwentyThirdRound, APastVerbJoinedAfterAModalReportEndsTheReportedClause) {
  // "X said Y would V and V-ed Z": the past form after "and" cannot share "would", so it is
  // joined to "said": the reported clause ends before "and"; a present report ("is ready and
  // called") ends there too, and a past report ("had left and locked") runs on.
  auto qs = quotes_of("The harbour master said the ferry would sail at noon and warned passengers to arrive early.\n\n"
                      "The coach said the team had trained hard and deserved the win.\n");
  ASSERT_GE(qs.size(), 2u);
  EXPECT_EQ(qs[0].text, "the ferry would sail at noon");
  EXPECT_EQ(qs.back().text, "the team had trained hard and deserved the win");
}

TEST(QuotesTwentyFourthRound, AShortClauseBeforeATrailingAttributionIsWhatWasSaid) {
  // "<clause>, <speaker> said.": a clause of a subject and its verb is enough, however short.
  auto qs = quotes_of("Divers are searching, a coast guard officer said.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].type, QuoteType::Indirect);
  EXPECT_EQ(qs[0].speaker, "a coast guard officer");
  EXPECT_EQ(qs[0].text, "Divers are searching");
}

TEST(QuotesTwentyFourthRound, ARelativeClauseAfterAnInvertedSpeakerStaysOutOfTheQuotation) {
  // "<clause>, said X, who ...": the relative clause describes the speaker; only the clause
  // before the attribution was said.
  auto qs = quotes_of("Grain prices will keep rising, said Maria Olsen, who runs the cooperative in the valley.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Maria Olsen");
  EXPECT_EQ(qs[0].text, "Grain prices will keep rising");
}

TEST(QuotesTwentyFourthRound, TheSubjectOfAPassiveQuotedAsSayingSpeaks) {
  // "X was quoted as saying ...": in the passive, the subject of "quoted" is the speaker.
  auto qs = quotes_of("The harbour master was quoted as saying that the port would reopen on Monday.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "The harbour master");
  EXPECT_EQ(qs[0].text, "the port would reopen on Monday");
}

TEST(QuotesTwentyFourthRound, AParticipleAfterACommaInsideTheClosingMarkReportsToo) {
  // '... "<fragment>," adding that ...': in American punctuation the comma goes inside the closing
  // mark; the participle after it still reports for the sentence's subject.
  auto qs = quotes_of("The water board said it was \u201cstudying every option,\u201d adding that no price had been set.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[1].type, QuoteType::Indirect);
  EXPECT_EQ(qs[1].speaker, "The water board");
  EXPECT_EQ(qs[1].text, "no price had been set");
}

TEST(QuotesTwentyFifthRound, AnOrganisationsNameMayHoldAnAnd) {
  // "Food and Drug Administration": "and" between capitalised words joins them into one body's
  // name when the words after it end in a word for an organisation; two names stay two.
  auto qs = quotes_of("Rates of measles rose in Ohio this year.\n\n"
                      "The Vaccines and Allergy Protection Board reviewed the data, an agency spokeswoman said.\n\n"
                      "Norway and Chile signed the accord, a ministry official said.\n\n"
                      "Wardens from Wildlife and Fisheries Enforcement fined him, an agency official said.\n");
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].speaker, "Vaccines and Allergy Protection Board spokeswoman");
  EXPECT_EQ(qs[1].speaker, "a ministry official");
  EXPECT_EQ(qs[2].speaker, "Wildlife and Fisheries Enforcement official");
}

TEST(QuotesTwentyFifthRound, AnOrganisationNamedWithItsArticleInAppositionSpeaks) {
  // "The firm's parent company, The Northwind Group, announced that ...": an organisation's name
  // in apposition to a description names who speaks, also when written with its article.
  auto qs = quotes_of("Prices rose in Ohio this year.\n\n"
                      "The firm's parent company, The Harwell Group, announced on Monday that it was closing the mill.\n");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].speaker, "Harwell Group");
}

TEST(QuotesTwentySixthRound, AFragmentWovenIntoTheNextSentenceGoesOnWithTheSpeakerJustNamed) {
  // A quoted fragment long enough to be speech (four words or more, a whole sentence or not),
  // woven into the sentence right after a named speaker's quotation in the same paragraph,
  // carries that speaker's words (mixed). Not a fragment two sentences on, nor one in the next
  // paragraph, nor short scare quotes.
  auto qs = quotes_of("Mills closed across Ohio this year.\n\n"
                      "\"No year has brought a gain since 2010,\" says the economist Dana Reyes. "
                      "That has led to a policy of \"steady cuts for more than ten years in the mills.\"\n\n"
                      "\"Orders fell again,\" says the trader Sam Ode. Prices held. "
                      "Buyers spoke of \"a long winter for the whole of the steel trade.\"\n\n"
                      "\"Sales are down,\" says the broker Ann Voss. "
                      "The market \"has not been this weak in years\" by her count.\n\n"
                      "\"We are hiring,\" says the manager Lee Park. The plant makes \"green\" steel.\n\n"
                      "Jobs went too. The union blamed \"a decade of neglect by the owners of the mills.\"\n");
  ASSERT_EQ(qs.size(), 6u);
  EXPECT_EQ(qs[0].speaker, "Dana Reyes");
  EXPECT_EQ(qs[1].speaker, "Dana Reyes");
  EXPECT_EQ(qs[1].type, dyad::QuoteType::Mixed);
  EXPECT_EQ(qs[1].text.rfind("That has led", 0), 0u) << qs[1].text;
  EXPECT_EQ(qs[2].speaker, "Sam Ode");
  EXPECT_EQ(qs[3].speaker, "Ann Voss");
  EXPECT_EQ(qs[4].speaker, "Ann Voss");
  EXPECT_EQ(qs[4].type, dyad::QuoteType::Mixed);
  EXPECT_EQ(qs[5].speaker, "Lee Park");
}

TEST(QuotesTwentySeventhRound, AFragmentInsideAParenthesisEndsWithTheParenthesis) {
  // A report standing inside a parenthesis ("(the firm ... called it "minor")") ends where the
  // parenthesis closes: what follows it is the writer's sentence going on. A fragment that ends
  // its clause keeps its closing mark; a parenthesis opened inside the report is part of it.
  auto qs = quotes_of("Mills closed across Ohio this year.\n\n"
                      "Acme cut more than 60 jobs (the firm would not give a number but called it \"minor\") "
                      "and Zenith cut several hundred.\n\n"
                      "The mayor said the plan (which she called \"a first step\") would be debated in March.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].type, dyad::QuoteType::Mixed);
  EXPECT_EQ(qs[0].text, "it \"minor\"");
  EXPECT_EQ(qs[1].text, "the plan (which she called \"a first step\") would be debated in March");
}

TEST(QuotesTwentySeventhRound, TheyNeverStandsForACountrysName) {
  // A country's name is grammatically singular ("Chile said it would ..."): a "they" that
  // reports speech is some group of people, never the country named nearby; with no group
  // named, the quotation keeps no speaker rather than the country's.
  auto qs = quotes_of("Exports from Chile rose sharply in May.\n\n"
                      "The growers met in the capital on Monday. Prices would rise again next year, they said.\n\n"
                      "Chile said it would cut the tax.\n");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker, "");
  EXPECT_EQ(qs[1].speaker, "Chile");
}
