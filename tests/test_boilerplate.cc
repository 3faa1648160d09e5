// Tests for article boilerplate marking: headline, standfirst, byline, date
// line, captions and credits, promo/related/URL lines, archive trailers and
// the dateline cut from the first body paragraph. Fixtures are written here
// in the style of wire copy, a newspaper web page and an archive export.
#include <gtest/gtest.h>

#include <string>

#include "fixtures.h"
#include "ingest/boilerplate.h"
#include "ingest/meta_lines.h"
#include "pipeline/pipeline.h"

using dyad::Document;
using dyad::ParaKind;
using dyad::testing::process_text;

namespace {

// The kind of the paragraph whose text starts with `prefix` (Body if absent,
// with a test failure).
ParaKind kind_of(const Document& d, const std::string& prefix) {
  for (const auto& p : d.paras)
    if (d.para_text(p).substr(0, prefix.size()) == prefix) return p.kind;
  ADD_FAILURE() << "no paragraph starts with: " << prefix;
  return ParaKind::Body;
}

bool text_has(const Document& d, const std::string& s) { return d.text.find(s) != std::string::npos; }

const char* kWire =
    "Russia says it will not join U.S.-led talks on Syria\n\n"
    "MOSCOW (Reuters) - Russia will not take part in a U.S.-led conference on Syria next month, "
    "the Foreign Ministry said on Tuesday, calling the meeting a waste of time.\n\n"
    "\"We see no point in these events,\" Deputy Foreign Minister Sergei Ryabkov told reporters.\n\n"
    "Peace Talks\n\n"
    "The ministry said Moscow would continue its own contacts with Damascus and Ankara.\n\n"
    "(Reporting by Maria Petrova; Editing by Tom Hale)\n";

const char* kWebPage =
    "Kremlin tightens grip on regional governors ahead of elections\n\n"
    "Moscow is replacing veteran governors with younger technocrats loyal to the president, analysts say.\n\n"
    "Shaun Walker in Moscow\n"
    "Mon 14 Mar 2022 12.01 GMT\n\n"
    "Vladimir Putin at a meeting with newly appointed governors in the Kremlin.\n"
    "Photograph: Alexander Zemlianichenko/AP\n\n"
    "The Kremlin has replaced five regional governors in a week, the latest sign that the president "
    "wants loyal administrators in place before the autumn elections.\n\n"
    "Related: Russia's governors face a new kind of test\n\n"
    "Analysts said the new appointees had little political experience of their own. \"They are "
    "managers, not politicians,\" said one Moscow-based analyst.\n\n"
    "Sign up for our newsletter to get the best of our journalism every morning.\n\n"
    "https://www.theguardian.com/world/2022/mar/14/kremlin-tightens-grip-regional-governors\n";

const char* kArchive =
    "\"WASHINGTON -- The State Department said on Friday that it would send a senior envoy to Kabul "
    "next week, a sign that the administration wants to \\\"reset\\\" talks with the Taliban.\n"
    "The envoy, who has led earlier rounds of talks in Doha, will meet officials of the Afghan "
    "government and regional leaders, officials said.\n"
    "\\\"We are not going to abandon the process,\\\" a senior official said.\n"
    "Credit: JANE DOE and JOHN Q. PUBLIC; Jane Doe reported from Washington, and John Q. Public from Kabul.\n"
    "Word count: 512\n"
    "Copyright Washington Post Company Mar 3, 2019\"\n";

const char* kAgencyPage =
    "Tajikistan Gets Russian Air Defense Systems as Border Tension Grows\n\n"
    "  \xE2\x80\xA2 Moscow delivers missiles to its base near the Afghan border\n"
    "  \xE2\x80\xA2 Dushanbe says threat from militants has risen this year\n\n"
    "Russia has delivered new air defense systems to Tajikistan, the Defense Ministry in Moscow said.\n\n"
    "Emomali Rahmon\n"
    "Photographer: Ivan Petrov/Sputnik via Getty Images\n\n"
    "The deliveries come as fighting in northern Afghanistan spreads toward the border.\n\n"
    "Ivan Sidorov / TASS\n\n"
    "Officials in Dushanbe declined to comment on the number of systems.\n\n"
    "Before it's here, it's on the Bloomberg Terminal.\n";

}  // namespace

TEST(Boilerplate, WireCopyHeadlineDatelineAndTrailer) {
  Document d = process_text(kWire, "wire.txt");
  EXPECT_EQ(kind_of(d, "Russia says it will not"), ParaKind::Title);
  EXPECT_EQ(kind_of(d, "(Reporting by"), ParaKind::Trailer);
  // A section heading inside the body is not a headline or caption.
  EXPECT_EQ(kind_of(d, "Peace Talks"), ParaKind::Body);
  ASSERT_TRUE(d.meta.dateline.has_value());
  EXPECT_EQ(*d.meta.dateline, "MOSCOW");
  // The clean text starts after the dateline.
  EXPECT_EQ(d.text.rfind("Russia will not take part", 0), 0u) << d.text.substr(0, 80);
  EXPECT_FALSE(text_has(d, "(Reuters)"));
  EXPECT_FALSE(text_has(d, "Reporting by"));
}

TEST(Boilerplate, WebPageHeaderFurnitureAndFooter) {
  Document d = process_text(kWebPage, "page.txt");
  EXPECT_EQ(kind_of(d, "Kremlin tightens grip"), ParaKind::Title);
  EXPECT_EQ(kind_of(d, "Moscow is replacing veteran"), ParaKind::Subtitle);
  EXPECT_EQ(kind_of(d, "Shaun Walker in Moscow"), ParaKind::Byline);
  EXPECT_EQ(kind_of(d, "Mon 14 Mar 2022"), ParaKind::Date);
  EXPECT_EQ(kind_of(d, "Vladimir Putin at a meeting"), ParaKind::Caption);
  EXPECT_EQ(kind_of(d, "Photograph: "), ParaKind::Credit);
  EXPECT_EQ(kind_of(d, "Related: "), ParaKind::Related);
  EXPECT_EQ(kind_of(d, "Sign up for our newsletter"), ParaKind::Promo);
  EXPECT_EQ(kind_of(d, "https://www.theguardian.com"), ParaKind::Url);
  EXPECT_EQ(kind_of(d, "The Kremlin has replaced"), ParaKind::Body);
  EXPECT_EQ(d.text.rfind("The Kremlin has replaced", 0), 0u);
  EXPECT_FALSE(d.meta.dateline.has_value());
}

TEST(Boilerplate, ArchiveExportTrailersAndDateline) {
  Document d = process_text(kArchive, "archive.txt");
  EXPECT_EQ(kind_of(d, "Credit: JANE DOE"), ParaKind::Trailer);
  EXPECT_EQ(kind_of(d, "Word count: 512"), ParaKind::Trailer);
  EXPECT_EQ(kind_of(d, "Copyright Washington Post"), ParaKind::Trailer);
  // No headline in an archive export: the first paragraph is body.
  for (const auto& p : d.paras) EXPECT_NE(p.kind, ParaKind::Title);
  ASSERT_TRUE(d.meta.dateline.has_value());
  EXPECT_EQ(*d.meta.dateline, "WASHINGTON");
  EXPECT_EQ(d.text.rfind("The State Department said", 0), 0u) << d.text.substr(0, 80);
  EXPECT_FALSE(text_has(d, "Word count"));
  EXPECT_FALSE(text_has(d, "Copyright"));
}

TEST(Boilerplate, BulletSummaryKeptCaptionAndCreditsRemoved) {
  Document d = process_text(kAgencyPage, "agency.txt");
  EXPECT_EQ(kind_of(d, "Tajikistan Gets Russian"), ParaKind::Title);
  EXPECT_EQ(kind_of(d, "\xE2\x80\xA2 Moscow delivers"), ParaKind::Summary);
  EXPECT_EQ(kind_of(d, "Emomali Rahmon"), ParaKind::Caption);
  EXPECT_EQ(kind_of(d, "Photographer:"), ParaKind::Credit);
  EXPECT_EQ(kind_of(d, "Ivan Sidorov / TASS"), ParaKind::Credit);
  EXPECT_EQ(kind_of(d, "Before it's here"), ParaKind::Promo);
  // A first body paragraph after bullets is not a standfirst (no byline follows).
  EXPECT_EQ(kind_of(d, "Russia has delivered"), ParaKind::Body);
  EXPECT_TRUE(text_has(d, "Dushanbe says threat"));  // summaries stay in the text
  EXPECT_FALSE(text_has(d, "Emomali Rahmon"));
  EXPECT_FALSE(text_has(d, "Getty"));
  EXPECT_FALSE(text_has(d, "Bloomberg Terminal"));
}

TEST(Boilerplate, PlainProseIsLeftAlone) {
  const char* prose =
      "The talks in Moscow ended without agreement on Thursday, diplomats said, after two days of "
      "meetings between the delegations.\n\n"
      "A second round is expected next month, but no date has been set.\n";
  Document d = process_text(prose, "prose.txt");
  for (const auto& p : d.paras) EXPECT_EQ(p.kind, ParaKind::Body) << d.para_text(p);
  EXPECT_FALSE(d.meta.dateline.has_value());
  EXPECT_EQ(d.text.rfind("The talks in Moscow", 0), 0u);
}

TEST(Boilerplate, ChromeParagraphsUntouched) {
  Document d = dyad::document_from_text(kWire, "wire.txt");
  dyad::process_document(d);
  // Re-running the marker on a document with a Chrome paragraph keeps it Chrome.
  d.paras[0].kind = ParaKind::Chrome;
  for (auto& p : d.paras)
    if (p.kind != ParaKind::Chrome) p.kind = ParaKind::Body;
  d.meta = {};
  dyad::ingest::mark_boilerplate(d);
  EXPECT_EQ(d.paras[0].kind, ParaKind::Chrome);
}

TEST(BoilerplateLines, Datelines) {
  using dyad::ingest::find_dateline;
  auto a = find_dateline("KABUL, Afghanistan -- For all the conflicts in the world");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->place, "KABUL, Afghanistan");
  EXPECT_FALSE(a->agency);
  auto b = find_dateline("WASHINGTON, March 3, 2021 (AP) \xE2\x80\x94 The Senate voted on Wednesday");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->place, "WASHINGTON");
  ASSERT_TRUE(b->agency);
  EXPECT_EQ(*b->agency, "AP");
  ASSERT_TRUE(b->date);
  EXPECT_EQ(b->date->day, 3);
  auto c = find_dateline("NEW DELHI, India \xE2\x80\x94 India said");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->place, "NEW DELHI, India");
  EXPECT_FALSE(find_dateline("Officials in Moscow said - without giving details - that talks failed."));
  EXPECT_FALSE(find_dateline("The U.S.-led coalition -- which numbered 140,000 troops -- withdrew."));
  EXPECT_FALSE(find_dateline(""));
}

TEST(BoilerplateLines, CreditsPromosAndUrls) {
  using namespace dyad::ingest;
  EXPECT_TRUE(is_credit_line("Photographer: Sefa Karacan/Anadolu Agency via Getty Images"));
  EXPECT_TRUE(is_credit_line("Nozim Kalandarov / TASS"));
  EXPECT_TRUE(is_credit_line("Sergei Karpukhin/Reuters"));
  EXPECT_FALSE(is_credit_line("Russia and the U.S. are at odds over Afghanistan, Reuters reported."));
  EXPECT_FALSE(is_credit_line("Zamir Kabulov"));
  bool rep = false;
  EXPECT_TRUE(is_promo_line("This article was first published by the Carnegie Moscow Center.", &rep));
  EXPECT_TRUE(rep);
  EXPECT_TRUE(is_promo_line("Before it\xE2\x80\x99s here, it\xE2\x80\x99s on the Bloomberg Terminal.", &rep));
  EXPECT_FALSE(rep);
  EXPECT_FALSE(is_promo_line("The ministry said the first round was published in March."));
  EXPECT_TRUE(is_url_line("Original url:"));
  EXPECT_TRUE(is_url_line("https://example.com/2021/03/16/story"));
  EXPECT_FALSE(is_url_line("See https://example.com for the full report on the talks."));
  EXPECT_TRUE(is_related_line("Related article: Seven Lessons From the Soviet War"));
  EXPECT_TRUE(is_trailer_field("Word count: 1164"));
  EXPECT_TRUE(is_copyright_line("Copyright 2017 Bloomberg L.P. All rights reserved."));
}

TEST(BoilerplateLines, CaptionsCarryingTheirCredit) {
  using namespace dyad::ingest;
  EXPECT_TRUE(is_captioned_photo("Firefighters outside the depot on Friday (AP Photo/Ann Cole, File)"));
  EXPECT_TRUE(is_captioned_photo("The river burst its banks overnight (Image: GETTY )"));
  EXPECT_TRUE(is_captioned_photo("Troops leave the base near the border [File: Reuters]"));
  EXPECT_TRUE(is_captioned_photo("Voters queue at a school in the capital. (Photo: Lena Park/AFP)"));
  EXPECT_TRUE(is_captioned_photo("A model of the probe in orbit around the moon. Credit: ESA"));
  // Prose with a parenthesis of its own, or naming an agency in a sentence.
  EXPECT_FALSE(is_captioned_photo("The plan was approved by the upper house (the senate)."));
  EXPECT_FALSE(is_captioned_photo("The ministry denied the report (which cited two officials)"));
  EXPECT_FALSE(is_captioned_photo("Prices rose again in March, according to Reuters."));
  EXPECT_FALSE(is_captioned_photo("(Reuters)"));
}

TEST(Boilerplate, CaptionWithCreditLeavesTheText) {
  const char* text =
      "Floods close the coast road\n\n"
      "Heavy rain closed the coast road on Monday and forced dozens of families to leave their "
      "homes, the regional authorities said.\n\n"
      "Cars stranded on the flooded road near the harbour (AP Photo/Ann Cole)\n\n"
      "Engineers expect to reopen the road by the end of the week if the rain eases.\n";
  Document d = process_text(text, "floods.txt");
  EXPECT_EQ(kind_of(d, "Cars stranded"), ParaKind::Caption);
  EXPECT_FALSE(text_has(d, "Cars stranded"));
  EXPECT_TRUE(text_has(d, "Engineers expect"));
}

// Damaged input: random bytes and pathological lines must not throw or crash.
TEST(Boilerplate, SurvivesGarbage) {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1103515245u + 12345u;
    static const char kAlphabet[] = "ab C.,-\n\n\"/|()0123456789 KABUL\xE2\x80\x94\xC2\xA9" "By ";
    junk += kAlphabet[(x >> 16) % (sizeof kAlphabet - 1)];
  }
  for (const std::string& t : {junk, std::string("MOSCOW (Reuters) -"), std::string("By"),
                               std::string("Copyright \xE2\x80\x99\xE2\x80\x99\xE2\x80\x99 all rights reserved"),
                               std::string("(Reporting by \xE2\x80\x99\xE2\x80\x99\xE2\x80\x99\xE2\x80\x99 x)"),
                               std::string("Word count:"), std::string("\n\n\n"), std::string(5000, '-')}) {
    EXPECT_NO_THROW({
      Document d = process_text(t, "junk.txt");
      EXPECT_LE(d.text.size(), t.size() + 2 * d.paras.size());
    });
  }
}
