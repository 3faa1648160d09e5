// Tests of the page-chrome stage: on text flattened from a whole web page the
// article is kept and the furniture around it (navigation, cookie notice,
// share buttons, related links, comments, footer) is marked Chrome; plain
// article files, including the shared seeds, are left untouched.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "fixtures.h"
#include "ingest/normalize.h"
#include "ingest/page_chrome.h"
#include "ingest/paragraphs.h"
#include "pipeline/pipeline.h"

namespace dyad {
namespace {

// Runs the stages up to and including mark_page_chrome only, so the test sees
// what this stage decides (later stages mark other kinds).
Document chrome_only(const std::string& text) {
  Document d = document_from_text(text, "page.txt");
  ingest::normalize(d);
  ingest::split_paragraphs(d);
  ingest::mark_page_chrome(d);
  return d;
}

ParaKind kind_of(const Document& d, std::string_view line) {
  for (const auto& p : d.paras)
    if (d.para_text(p) == line) return p.kind;
  ADD_FAILURE() << "no paragraph '" << line << "'";
  return ParaKind::Body;
}

size_t count_chrome(const Document& d) {
  size_t n = 0;
  for (const auto& p : d.paras) n += p.kind == ParaKind::Chrome;
  return n;
}

const std::vector<std::string> kArticle = {
    "The city council voted on Tuesday to approve a new budget that raises spending on public "
    "transport by nearly a fifth, ending months of wrangling between the mayor and her critics.",
    "The measure passed by nine votes to four after a debate that ran late into the night, with "
    "opponents arguing that the plan would leave the city exposed if tax revenue fell next year.",
    "Budget Fight",
    "Supporters said the money was long overdue. \"Our buses are older than some of the drivers,\" "
    "said Ana Ruiz, who chairs the transport committee and has pushed for the increase since 2021.",
    "The mayor, who had threatened to veto an earlier version, said she would sign the budget "
    "this week, although she warned that the council would have to revisit the figures in spring.",
    "Officials expect the first new buses to arrive in the autumn, and the city plans to hire "
    "about two hundred drivers and mechanics over the next eighteen months to run the expanded "
    "service.",
};

std::string fake_page() {
  std::vector<std::string> lines = {
      "Council approves transit budget | The Riverside Courier",
      "Skip to main content",
      "Home",
      "News",
      "Politics",
      "Business",
      "Sports",
      "Opinion",
      "Subscribe",
      "Sign In",
      "We use cookies to improve your experience on our site. By continuing to browse, you agree "
      "to our use of cookies. Read our Privacy Policy.",
      "Accept",
      "Council approves transit budget",
      "By Mark Ellison",
      "Share on Facebook",
      "Share on Twitter",
      "Email",
  };
  for (const auto& l : kArticle) lines.push_back(l);
  for (const std::string& l : {
           std::string("Share this article"),
           std::string("Related Articles"),
           std::string("Mayor names new transport chief"),
           std::string("Bus drivers vote to accept pay deal"),
           std::string("Five things to know about the budget"),
           std::string("12 Comments"),
           std::string("This is a disgrace and the council should be ashamed of wasting our money "
                       "on buses that nobody rides, in my humble opinion as a taxpayer."),
           std::string("About Us"),
           std::string("Contact Us"),
           std::string("Advertise"),
           std::string("Terms of Use"),
           std::string("Privacy Policy"),
           std::string("\xC2\xA9 2024 The Riverside Courier. All rights reserved."),
       })
    lines.push_back(l);
  std::string text;
  for (const auto& l : lines) text += l + "\n";
  return text;
}

TEST(PageChrome, RelatedHeadingInAnotherLanguage) {
  // A related-links box headed "Related articles" in Spanish, inside the
  // article: its links are furniture as under the English heading.
  std::string text = fake_page();
  size_t at = text.find(kArticle[3]);
  ASSERT_NE(at, std::string::npos);
  text.insert(at, "Artículos relacionados\nTransit agency warns of driver shortage\n");
  Document d = chrome_only(text);
  EXPECT_EQ(kind_of(d, "Artículos relacionados"), ParaKind::Chrome);
  EXPECT_EQ(kind_of(d, "Transit agency warns of driver shortage"), ParaKind::Chrome);
  for (const auto& l : kArticle) EXPECT_EQ(kind_of(d, l), ParaKind::Body) << l;
}

TEST(PageChrome, KeepsArticleAndMarksFurniture) {
  Document d = chrome_only(fake_page());
  for (const auto& l : kArticle) EXPECT_EQ(kind_of(d, l), ParaKind::Body) << l;
  for (const char* l : {"Skip to main content", "Home", "Politics", "Subscribe", "Sign In", "Accept",
                        "Share on Facebook", "Email", "Share this article", "Related Articles",
                        "Mayor names new transport chief", "12 Comments", "About Us",
                        "Privacy Policy"})
    EXPECT_EQ(kind_of(d, l), ParaKind::Chrome) << l;
  EXPECT_EQ(kind_of(d, "We use cookies to improve your experience on our site. By continuing to "
                       "browse, you agree to our use of cookies. Read our Privacy Policy."),
            ParaKind::Chrome);
  EXPECT_EQ(kind_of(d, "\xC2\xA9 2024 The Riverside Courier. All rights reserved."),
            ParaKind::Chrome);
  // The reader's comment is prose, but it follows the comments heading.
  EXPECT_EQ(kind_of(d, "This is a disgrace and the council should be ashamed of wasting our money "
                       "on buses that nobody rides, in my humble opinion as a taxpayer."),
            ParaKind::Chrome);
}

TEST(PageChrome, MarksFurnitureInsideTheArticle) {
  std::string text = fake_page();
  // An advertisement slot between two paragraphs of the article.
  size_t at = text.find(kArticle[1]);
  ASSERT_NE(at, std::string::npos);
  text.insert(at, "Advertisement\n");
  Document d = chrome_only(text);
  EXPECT_EQ(kind_of(d, "Advertisement"), ParaKind::Chrome);
  for (const auto& l : kArticle) EXPECT_EQ(kind_of(d, l), ParaKind::Body) << l;
}

TEST(PageChrome, InlineRelatedBoxAndCommentersAreChrome) {
  std::string text = fake_page();
  // A related-links box between two paragraphs of the article.
  size_t at = text.find(kArticle[3]);
  ASSERT_NE(at, std::string::npos);
  text.insert(at, "Related\nTransit agency warns of driver shortage\nWhy the city's buses keep breaking down\n");
  // Reader comments under the article, each under "<name> says:".
  text += "riverside_dad says:\nMarch 4, 2024 at 9:12 am\nFinally some common sense from the council, "
          "and about time too given how long we have all been waiting at the stops in the rain.\n";
  Document d = chrome_only(text);
  for (const auto& l : kArticle) EXPECT_EQ(kind_of(d, l), ParaKind::Body) << l;
  EXPECT_EQ(kind_of(d, "Related"), ParaKind::Chrome);
  EXPECT_EQ(kind_of(d, "Transit agency warns of driver shortage"), ParaKind::Chrome);
  EXPECT_EQ(kind_of(d, "Why the city's buses keep breaking down"), ParaKind::Chrome);
  EXPECT_EQ(kind_of(d, "riverside_dad says:"), ParaKind::Chrome);
}

// The fake page with `between` inserted after the article's last paragraph
// and `footer` instead of the page's closing furniture lines.
std::string page_with(const std::vector<std::string>& between,
                      const std::vector<std::string>& tail) {
  std::string text = fake_page();
  size_t at = text.find(kArticle.back());
  at = text.find('\n', at) + 1;
  std::string mid;
  for (const auto& l : between) mid += l + "\n";
  text.insert(at, mid);
  for (const auto& l : tail) text += l + "\n";
  return text;
}

TEST(PageChrome, DataListClosingTheArticleIsKept) {
  // A schedule of dates and places right after the article, ending where the
  // share buttons begin: each line looks like furniture, the block is data.
  const std::vector<std::string> schedule = {
      "Route 4 – Harbour, Mill Lane @ 06:10",
      "Route 7 – North Station, Elm Road @ 06:25",
      "Route 9 – University, Park Avenue @ 06:40",
      "Route 12 – Airport, Ring Road @ 07:05",
      "Route 15 – Old Town, Bridge Street @ 07:20",
  };
  Document d = chrome_only(page_with(schedule, {}));
  for (const auto& l : schedule) EXPECT_EQ(kind_of(d, l), ParaKind::Body) << l;
  for (const auto& l : kArticle) EXPECT_EQ(kind_of(d, l), ParaKind::Body) << l;
  EXPECT_EQ(kind_of(d, "Share this article"), ParaKind::Chrome);
}

TEST(PageChrome, HeadlinesWithNumbersAfterTheArticleAreNotData) {
  // Teaser links under the article may hold a number each; they are not a
  // data list (headline wording, counters under links).
  const std::vector<std::string> teasers = {
      "Tram Delays: 10 Things To Know",
      "Fares Up 5% For Third Year",
      "Why 12 Bus Routes Will Change",
      "3h 214",
      "Inside The 2023 Transport Budget",
  };
  Document d = chrome_only(page_with(teasers, {}));
  for (const auto& l : teasers) EXPECT_EQ(kind_of(d, l), ParaKind::Chrome) << l;
}

TEST(PageChrome, DisclaimerProseAroundTheCopyrightNoticeIsFooter) {
  // A site's legal footer: long paragraphs of disclaimer prose standing
  // around its "All rights reserved" notice, longer than the article itself.
  const std::string d1 =
      "The material published on this site is provided for general information only and should "
      "not be relied upon as the basis for any decision, since circumstances differ from one "
      "reader to another and the publisher cannot know the situation of each of them, nor can it "
      "check that the information is still correct on the day that it is read by any one of them.";
  const std::string d2 =
      "Nothing in these pages constitutes professional advice of any kind, and readers who are in "
      "doubt about their own position are encouraged to speak to a qualified adviser before they "
      "act on anything that they have read here or in any of the linked material, and the "
      "publisher accepts no liability for any loss that may arise from the use of it by anyone.";
  const std::string d3 =
      "Names of products and services mentioned in the articles may belong to their respective "
      "owners, who do not endorse the publisher, and any mention of them is made for the purpose "
      "of identification alone and implies no relationship between the two, unless the article "
      "says otherwise in so many words and gives the nature of that relationship to its readers.";
  const std::string notice =
      "\xC2\xA9 2024 Riverside Media Group. All rights reserved. Riverside Courier is a name of "
      "the group.";
  std::string text = fake_page();
  text.erase(text.find("Share this article"));  // no reader comments on this page
  for (const auto& l : {std::string("Share this article"), std::string("Related Articles"),
                        std::string("Bus drivers vote to accept pay deal"), std::string("Facebook"),
                        std::string("Twitter"), d1, d2, notice, d3, std::string("Contact Us"),
                        std::string("Site Map")})
    text += l + "\n";
  Document d = chrome_only(text);
  for (const auto& l : kArticle) EXPECT_EQ(kind_of(d, l), ParaKind::Body) << l;
  for (const auto& l : {d1, d2, d3}) EXPECT_EQ(kind_of(d, l), ParaKind::Chrome) << l;
}

TEST(PageChrome, PhotoCreditWithCopyrightSignInsideTheArticle) {
  // A short credit with a copyright sign between paragraphs is no footer.
  std::string text = fake_page();
  size_t at = text.find(kArticle[3]);
  ASSERT_NE(at, std::string::npos);
  text.insert(at, "(Photo: \xC2\xA9 J. Smith/City Archive/Riverside Courier)\n");
  Document d = chrome_only(text);
  for (const auto& l : kArticle) EXPECT_EQ(kind_of(d, l), ParaKind::Body) << l;
}

TEST(PageChrome, TeaserCardsAfterTheArticleAreChrome) {
  // Cards linking to other stories: each headline twice (picture and title
  // links), then a one-sentence summary that reads like prose.
  const std::vector<std::string> cards = {
      "Harbour ferry fares to rise in March",
      "Harbour ferry fares to rise in March",
      "The operator says the rise of a tenth is needed to pay for two new boats and longer "
      "evening services across the bay.",
      "Cycle lanes planned for the ring road",
      "Cycle lanes planned for the ring road",
      "Planners want a protected lane on both sides of the ring road by the end of next year, "
      "but shop owners fear losing parking spaces.",
  };
  Document d = chrome_only(page_with(cards, {}));
  for (const auto& l : kArticle) EXPECT_EQ(kind_of(d, l), ParaKind::Body) << l;
  EXPECT_EQ(kind_of(d, cards[2]), ParaKind::Chrome);
  EXPECT_EQ(kind_of(d, cards[5]), ParaKind::Chrome);
}

TEST(PageChrome, WholePipelineDropsChromeFromCleanText) {
  Document d = testing::process_text(fake_page(), "page.txt");
  EXPECT_NE(d.text.find("approve a new budget"), std::string::npos);
  EXPECT_NE(d.text.find("two hundred drivers"), std::string::npos);
  EXPECT_EQ(d.text.find("Skip to main content"), std::string::npos);
  EXPECT_EQ(d.text.find("use of cookies"), std::string::npos);
  EXPECT_EQ(d.text.find("All rights reserved"), std::string::npos);
  EXPECT_EQ(d.text.find("Bus drivers vote"), std::string::npos);
}

TEST(PageChrome, PlainArticleIsUntouched) {
  std::string text = "Council approves transit budget\nBy Mark Ellison\nMarch 4, 2024\n";
  for (const auto& l : kArticle) text += l + "\n";
  text += "Copyright 2024 The Riverside Courier\n";
  Document d = chrome_only(text);
  EXPECT_EQ(count_chrome(d), 0u);
}

TEST(PageChrome, ShortAndEmptyInputs) {
  for (const char* t : {"", "\n\n", "Home\n", "Home\nNews\n", "Advertisement\nSubscribe\nMenu\n"}) {
    Document d = chrome_only(t);
    for (const auto& p : d.paras) EXPECT_TRUE(p.kind == ParaKind::Body || p.kind == ParaKind::Chrome);
  }
  // Only furniture, no article: every paragraph is still there.
  Document nav = chrome_only("Home\nNews\nSports\nWeather\nSubscribe\nSign In\nPrivacy Policy\n");
  EXPECT_EQ(nav.paras.size(), 7u);
}

TEST(PageChrome, SeedArticlesAreUntouched) {
  std::filesystem::path seeds = testing::shared_path("seeds");
  if (!std::filesystem::exists(seeds)) GTEST_SKIP() << "shared seeds not available";
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(seeds)) {
    if (e.path().extension() != ".txt") continue;
    ++files;
    Document d = chrome_only(testing::read_file(e.path().string()));
    ASSERT_FALSE(d.paras.empty()) << e.path();
    // At most one stray line per article may be taken for page furniture.
    EXPECT_LE(count_chrome(d), 1u) << e.path();
  }
  if (files == 0) GTEST_SKIP() << "no seed articles";
}

}  // namespace
}  // namespace dyad
