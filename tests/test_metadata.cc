// Tests for metadata extraction: title, authors, published date, source,
// dateline, URL, word counts and language, on fixtures written here and on
// the shared seeds (read at run time and checked against gold/metadata.json).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

#include "fixtures.h"
#include "ingest/meta_date.h"
#include "ingest/meta_names.h"
#include "ingest/meta_sources.h"
#include "ingest/assemble.h"
#include "ingest/boilerplate.h"
#include "ingest/metadata.h"
#include "ingest/normalize.h"
#include "ingest/paragraphs.h"
#include "pipeline/pipeline.h"

using dyad::Document;
using dyad::testing::process_text;

namespace {

std::string or_null(const std::optional<std::string>& v) { return v ? *v : "<null>"; }

}  // namespace

TEST(MetaDate, FindsDatesInCommonShapes) {
  using dyad::ingest::find_date;
  using dyad::ingest::iso_date;
  auto iso = [](std::string_view s) {
    auto d = find_date(s);
    return d ? iso_date(*d) : std::string("<none>");
  };
  EXPECT_EQ(iso("2/20/2016"), "2016-02-20");
  EXPECT_EQ(iso("20/2/2016"), "2016-02-20");
  EXPECT_EQ(iso("20.02.2016"), "2016-02-20");
  EXPECT_EQ(iso("March 16, 2021"), "2021-03-16");
  EXPECT_EQ(iso("Copyright New York Times Company Feb 21, 2016"), "2016-02-21");
  EXPECT_EQ(iso("Updated Feb. 3, 2017 6:30 p.m. ET"), "2017-02-03");
  EXPECT_EQ(iso("Mon 14 Mar 2022 12.01 GMT"), "2022-03-14");
  EXPECT_EQ(iso("1st September 2014"), "2014-09-01");
  EXPECT_EQ(iso("2016-02-20T10:00:00Z"), "2016-02-20");
  EXPECT_EQ(iso("in March 2021"), "2021-03");
  EXPECT_EQ(iso("By Tess Bonn - 11/19/19 06:56 AM EST"), "2019-11-19");
  EXPECT_EQ(iso("February 30, 2016"), "<none>");
  EXPECT_EQ(iso("Word count: 1164"), "<none>");
  EXPECT_EQ(iso("May the talks continue"), "<none>");
}

TEST(MetaDate, DateLinesAndUrls) {
  using dyad::ingest::date_from_url;
  using dyad::ingest::is_date_line;
  EXPECT_TRUE(is_date_line("2/20/2016"));
  EXPECT_TRUE(is_date_line("Published: March 16, 2021"));
  EXPECT_TRUE(is_date_line("Updated: Mon 14 Mar 2022 12.01 GMT"));
  EXPECT_FALSE(is_date_line("On March 16, 2021, the talks resumed in Istanbul."));
  EXPECT_FALSE(is_date_line("Russia Pulls Back From Cooperating With U.S. on Afghanistan"));
  EXPECT_EQ(or_null(date_from_url("https://www.themoscowtimes.com/2021/03/16/why-a73259")), "2021-03-16");
  EXPECT_EQ(or_null(date_from_url("https://example.com/news/2019-07-04-story.html")), "2019-07-04");
  EXPECT_EQ(or_null(date_from_url("https://www.theguardian.com/world/2022/mar/14/story")), "2022-03-14");
  EXPECT_EQ(or_null(date_from_url("https://example.com/news/story-12345")), "<null>");
  EXPECT_EQ(or_null(date_from_url("https://example.com/2019/13/45/x")), "<null>");
}

TEST(MetaNames, BylinesAndCase) {
  using dyad::ingest::byline_names;
  using dyad::ingest::is_byline;
  using dyad::ingest::proper_case_name;
  EXPECT_EQ(proper_case_name("MUJIB MASHAL"), "Mujib Mashal");
  EXPECT_EQ(proper_case_name("ANDREW E. KRAMER"), "Andrew E. Kramer");
  EXPECT_EQ(proper_case_name("PATRICK O'NEIL-SMITH"), "Patrick O'Neil-Smith");
  EXPECT_EQ(proper_case_name("Kirill Krivosheev"), "Kirill Krivosheev");
  EXPECT_EQ(byline_names("By MUJIB MASHAL and ANDREW E. KRAMER"),
            (std::vector<std::string>{"Mujib Mashal", "Andrew E. Kramer"}));
  EXPECT_EQ(byline_names("Story by Anna Smith, Li Wei and Omar Khan | March 3, 2021"),
            (std::vector<std::string>{"Anna Smith", "Li Wei", "Omar Khan"}));
  EXPECT_EQ(byline_names("Dan Sabbagh, Defence and security editor"),
            (std::vector<std::string>{"Dan Sabbagh"}));
  EXPECT_TRUE(byline_names("By Reuters Staff").empty());
  EXPECT_TRUE(is_byline("By Kirill Krivosheev"));
  EXPECT_TRUE(is_byline("Shaun Walker in Moscow"));
  EXPECT_TRUE(is_byline("Dan Sabbagh Defence and security editor"));
  EXPECT_FALSE(is_byline("Peace Talks"));
  EXPECT_FALSE(is_byline("By the end of the year, Russia had opened channels to the Taliban and "
                         "was arming its allies in the north."));
}

TEST(MetaSources, SpellingsAndDomains) {
  using dyad::ingest::publication_for_url;
  using dyad::ingest::publication_in;
  EXPECT_EQ(or_null(publication_in("Copyright New York Times Company Feb 21, 2016")), "The New York Times");
  EXPECT_EQ(or_null(publication_in("Before it's here, it's on the Bloomberg Terminal.")), "Bloomberg");
  EXPECT_EQ(or_null(publication_in("the position of The Moscow Times.")), "The Moscow Times");
  EXPECT_EQ(or_null(publication_in("Apache helicopters")), "<null>");  // "AP" is a whole word only
  EXPECT_EQ(or_null(publication_for_url("https://www.themoscowtimes.com/2021/03/16/x")), "The Moscow Times");
  EXPECT_EQ(or_null(publication_for_url("https://www.bloomberg.com/news/articles/x")), "Bloomberg");
  EXPECT_EQ(or_null(publication_for_url("https://edition.cnn.com/2020/x")), "CNN");
  EXPECT_EQ(or_null(publication_for_url("https://notbloomberg.com.example.org/x")), "<null>");
}

TEST(Metadata, WireCopy) {
  Document d = process_text(
      "Russia says it will not join U.S.-led talks on Syria\n\n"
      "MOSCOW (Reuters) - Russia will not take part in a U.S.-led conference on Syria next month, the "
      "Foreign Ministry said on Tuesday.\n\n"
      "The ministry said Moscow would continue its own contacts with Damascus and Ankara.\n\n"
      "(Reporting by Maria Petrova and Oleg Ivanov; Editing by Tom Hale)\n",
      "wire.txt");
  EXPECT_EQ(or_null(d.meta.title), "Russia says it will not join U.S.-led talks on Syria");
  EXPECT_EQ(or_null(d.meta.dateline), "MOSCOW");
  EXPECT_EQ(or_null(d.meta.source), "Reuters");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Maria Petrova", "Oleg Ivanov"}));
  EXPECT_FALSE(d.meta.published.has_value()) << "no date stated: must not guess";
  EXPECT_EQ(d.meta.language, "en");
}

TEST(Metadata, FirstLineHeadlineWithoutByline) {
  // A Title Case headline whose capitalised "In" once made it look like
  // "Name Name in Place"; no byline follows it.
  EXPECT_FALSE(dyad::ingest::is_byline("Border Talks Resume In Tashkent"));
  EXPECT_TRUE(dyad::ingest::is_byline("Amina Yusuf in Tashkent"));
  Document d = process_text(
      "Border Talks Resume In Tashkent After Long Pause\n\n"
      "Negotiators from both countries met again on Monday to settle the disputed stretch of the border, "
      "the ministry said.\n\n"
      "A second round is planned for next month.\n",
      "headline.txt");
  EXPECT_EQ(or_null(d.meta.title), "Border Talks Resume In Tashkent After Long Pause");
  EXPECT_TRUE(d.meta.authors.empty());
  // Guards: a first line that is a sentence of the body, or a dateline, is no title.
  Document s = process_text(
      "Negotiators met again on Monday.\n\nThey will meet again next month, the ministry said.\n", "s.txt");
  EXPECT_FALSE(s.meta.title.has_value());
  Document t = process_text(
      "TASHKENT (Reuters) - Negotiators met again on Monday to settle the border.\n\n"
      "They will meet again next month.\n",
      "t.txt");
  EXPECT_FALSE(t.meta.title.has_value());
}

TEST(Metadata, DatelineWithFullDate) {
  Document d = process_text(
      "WASHINGTON, March 3, 2021 (AP) \xE2\x80\x94 The Senate voted on Wednesday to confirm the nominee "
      "after a long debate over policy toward Russia and Afghanistan.\n\n"
      "The vote was 60 to 38.\n",
      "ap.txt");
  EXPECT_EQ(or_null(d.meta.published), "2021-03-03");
  EXPECT_EQ(or_null(d.meta.source), "Associated Press");
  EXPECT_EQ(or_null(d.meta.dateline), "WASHINGTON");
  EXPECT_FALSE(d.meta.title.has_value());
}

TEST(Metadata, WebPage) {
  Document d = process_text(
      "Kremlin tightens grip on regional governors ahead of elections\n\n"
      "Moscow is replacing veteran governors with younger technocrats loyal to the president.\n\n"
      "By Anna Smith and PETR IVANOV\n"
      "Published: Mon 14 Mar 2022 12.01 GMT\n\n"
      "The Kremlin has replaced five regional governors in a week, the latest sign that the "
      "president wants loyal administrators in place before the autumn elections.\n\n"
      "Analysts said the new appointees had little political experience of their own.\n\n"
      "https://www.theguardian.com/world/2022/mar/15/kremlin-tightens-grip-regional-governors\n",
      "page.txt");
  EXPECT_EQ(or_null(d.meta.title), "Kremlin tightens grip on regional governors ahead of elections");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Anna Smith", "Petr Ivanov"}));
  EXPECT_EQ(or_null(d.meta.published), "2022-03-14");  // the page's date line wins over the URL
  EXPECT_EQ(or_null(d.meta.source), "The Guardian");
  EXPECT_EQ(or_null(d.meta.url), "https://www.theguardian.com/world/2022/mar/15/kremlin-tightens-grip-regional-governors");
  EXPECT_EQ(d.meta.word_count, 37);
}

TEST(Metadata, ArchiveExport) {
  Document d = process_text(
      "\"WASHINGTON -- The State Department said on Friday that it would send a senior envoy to Kabul "
      "next week, a sign that it wants to \\\"reset\\\" the talks.\n"
      "The envoy will meet officials of the Afghan government and regional leaders, officials said.\n"
      "Credit: JANE DOE and JOHN Q. PUBLIC; Jane Doe reported from Washington.\n"
      "Word count: 512\n"
      "Copyright 2019 Acme Daily Herald Inc. Mar 3, 2019\"\n",
      "archive.txt");
  EXPECT_FALSE(d.meta.title.has_value());
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Jane Doe", "John Q. Public"}));
  EXPECT_EQ(or_null(d.meta.published), "2019-03-03");
  EXPECT_EQ(or_null(d.meta.source), "Acme Daily Herald Inc");  // an unknown holder, as written
  ASSERT_TRUE(d.meta.stated_word_count.has_value());
  EXPECT_EQ(*d.meta.stated_word_count, 512);
  EXPECT_EQ(or_null(d.meta.dateline), "WASHINGTON");
}

// A web page whose first lines are page furniture (marked Chrome by the page
// chrome stage): the headline is the paragraph repeating the page title.
TEST(Metadata, WebPageTitleLine) {
  Document d = dyad::document_from_text(
      "Taliban envoy meets Russian officials in Moscow | World news | Example Herald\n"
      "Home\nWorld\nSubscribe\n\n"
      "Taliban envoy meets Russian officials in Moscow\n\n"
      "Published: 4 June 2021\n\n"
      "A Taliban delegation held talks with Russian diplomats in Moscow on Friday, the foreign ministry "
      "said, the latest in a series of meetings between the movement and regional powers.\n\n"
      "The ministry gave no details of what was discussed during the two-hour meeting.\n",
      "page.html.txt");
  dyad::ingest::normalize(d);
  dyad::ingest::split_paragraphs(d);
  for (size_t i = 0; i < 4; ++i) d.paras[i].kind = dyad::ParaKind::Chrome;
  dyad::ingest::mark_boilerplate(d);
  dyad::ingest::assemble(d);
  dyad::ingest::extract_metadata(d);
  EXPECT_EQ(d.paras[4].kind, dyad::ParaKind::Title);
  EXPECT_EQ(or_null(d.meta.title), "Taliban envoy meets Russian officials in Moscow");
  EXPECT_EQ(or_null(d.meta.source), "Example Herald");  // the site named by the page title
  EXPECT_EQ(or_null(d.meta.published), "2021-06-04");
  EXPECT_EQ(d.text.rfind("A Taliban delegation", 0), 0u);
}

TEST(Metadata, RepublicationNoticeIsNotTheSource) {
  Document d = process_text(
      "Why Moscow Courts the Taliban\n\n"
      "Russia has kept channels open to every side in Afghanistan for years, analysts in Moscow say.\n\n"
      "This article was first published by the Carnegie Moscow Center.\n",
      "op.txt");
  EXPECT_FALSE(d.meta.source.has_value()) << or_null(d.meta.source);
  EXPECT_FALSE(d.meta.published.has_value());
}

TEST(Metadata, HintsWin) {
  Document d = dyad::document_from_text(
      "A Headline From the Text\n\nBy Jane Doe\nMarch 3, 2019\n\nBody text of the article, long enough "
      "to be prose.\n",
      "x.jsonl");
  d.hints.title = "Container Title";
  d.hints.published = "2019-03-04";
  d.hints.source = "Example Wire";
  d.hints.url = "https://example.org/a";
  dyad::process_document(d);
  EXPECT_EQ(or_null(d.meta.title), "Container Title");
  EXPECT_EQ(or_null(d.meta.published), "2019-03-04");
  EXPECT_EQ(or_null(d.meta.source), "Example Wire");
  EXPECT_EQ(or_null(d.meta.url), "https://example.org/a");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Jane Doe"}));
}

TEST(Metadata, Language) {
  Document ru = process_text(
      "\xD0\x9C\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD0\xB5\xD1\x80\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE "
      "\xD0\xB8\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85 "
      "\xD0\xB4\xD0\xB5\xD0\xBB \xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xB8 \xD0\xB7\xD0\xB0\xD1\x8F"
      "\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xBE, \xD1\x87\xD1\x82\xD0\xBE \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0"
      "\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD1\x8B \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBB"
      "\xD0\xB6\xD0\xB0\xD1\x82\xD1\x81\xD1\x8F \xD0\xB2 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB5 "
      "\xD0\xBD\xD0\xB0 \xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD1\x83\xD1\x8E\xD1\x89\xD0\xB5\xD0\xB9 "
      "\xD0\xBD\xD0\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB5.\n",
      "ru.txt");
  EXPECT_EQ(ru.meta.language, "ru");
  Document empty = process_text("", "empty.txt");
  EXPECT_EQ(empty.meta.language, "und");
  EXPECT_EQ(empty.meta.word_count, 0);
}

// The seeds, checked field by field against the gold annotations.
TEST(Metadata, SeedsMatchGold) {
  if (!dyad::testing::shared_available()) GTEST_SKIP() << "shared seeds not available";
  auto gold = nlohmann::json::parse(dyad::testing::read_file(dyad::testing::shared_path("gold/metadata.json")));
  int checked = 0;
  for (const auto& e : std::filesystem::directory_iterator(dyad::testing::shared_path("seeds"))) {
    std::string name = e.path().filename().string();
    std::string key = name.substr(0, name.find('_'));
    if (!gold.contains(key)) continue;
    const auto& g = gold[key];
    Document d = process_text(dyad::testing::read_file(e.path().string()), e.path().string());
    auto check = [&](const char* field, const std::optional<std::string>& got) {
      const auto& want = g[field];
      if (want.is_null()) {
        EXPECT_FALSE(got.has_value()) << key << " " << field << ": " << or_null(got);
      } else if (want.is_array()) {
        bool any = false;
        for (const auto& w : want) any = any || (got && *got == w.get<std::string>());
        EXPECT_TRUE(any) << key << " " << field << ": " << or_null(got);
      } else {
        EXPECT_EQ(or_null(got), want.get<std::string>()) << key << " " << field;
      }
    };
    check("title", d.meta.title);
    check("published", d.meta.published);
    check("source", d.meta.source);
    check("dateline", d.meta.dateline);
    EXPECT_EQ(d.meta.authors, g["authors"].get<std::vector<std::string>>()) << key;
    EXPECT_EQ(d.meta.language, "en") << key;
    ++checked;
  }
  EXPECT_GE(checked, 4);
}
