// Tests of near-duplicate detection: token normalisation, MinHash signatures
// and their bytes, the LSH index, which copy is kept, metadata merging, the
// seeds pair and (when the suite is present) raw-signature figures on the
// ScrapingHub copies.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "dedup/lsh_index.h"
#include "dedup/minhash.h"
#include "dedup/near_dup.h"
#include "dedup/shingles.h"
#include "fixtures.h"

namespace dyad::dedup {
namespace {

// Written for these tests: two different reports on the same story (a port
// strike), sharing names, places and a quoted line, as wire copy would.
const char* kStrikeA =
    "Dock workers in Valmora walked off the job on Tuesday, halting cargo traffic at the "
    "country’s busiest port and leaving dozens of container ships waiting offshore.\n\n"
    "The strike, called by the Harbour Workers’ Union after talks on pay collapsed late on "
    "Monday, is the first at the port in eleven years. Union leaders said wages had fallen "
    "far behind prices since the government lifted fuel subsidies last spring.\n\n"
    "“We have been patient for two years, and patience has not paid a single bill,” said "
    "Teodora Mlinar, the union’s general secretary, speaking to reporters outside the main "
    "gate. She said the walkout would continue until the port authority returned to the "
    "table with what she called a serious offer.\n\n"
    "The transport minister, Arvid Kessel, called the strike irresponsible and said the "
    "government would not be held hostage. He warned that shortages of medicine and grain "
    "could follow within days if ships were diverted to neighbouring ports.\n\n"
    "Shipping companies began rerouting vessels to Port Easton, about two hundred miles to "
    "the north, on Tuesday afternoon. Freight rates on routes serving the region rose "
    "sharply, according to brokers, who said insurers were also reviewing their terms.\n\n"
    "Economists said a long stoppage would hurt exporters of fruit and timber, who rely on "
    "the port for nearly all of their overseas sales, and could slow a recovery that had "
    "only begun to take hold this year.";

const char* kStrikeB =
    "The government of Valmora on Thursday ordered striking dock workers back to work, "
    "invoking emergency powers for the first time since the floods of 2009 and setting up "
    "a confrontation with the country’s largest union.\n\n"
    "The decree, signed by Prime Minister Helena Varga, gives the port authority the right "
    "to hire replacement crews and threatens fines for workers who stay away. Police were "
    "deployed around the harbour before dawn, and the first ships were unloaded by noon.\n\n"
    "“We have been patient for two years, and patience has not paid a single bill,” "
    "Teodora Mlinar of the Harbour Workers’ Union had said when the strike began. On "
    "Thursday she called the decree an attack on the right to organise and said the union "
    "would challenge it before the constitutional court.\n\n"
    "Opposition lawmakers accused the prime minister of using a labour dispute to test "
    "powers meant for natural disasters. Business groups welcomed the order, saying that "
    "exporters had already lost contracts because of the stoppage.\n\n"
    "Arvid Kessel, the transport minister, said negotiations on pay could resume once the "
    "port was running normally. Diplomats from two neighbouring countries said they were "
    "watching the dispute closely because their own trade passes through the harbour.";

// kStrikeA as an archive export would give it: straight quotes escaped, the
// whole text quoted, a dateline, and trailer lines.
std::string export_copy(const std::string& text) {
  std::string out = "\"VALMORA CITY -- ";
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "“") == 0 || text.compare(i, 3, "”") == 0) {
      out += "\\\"";
      i += 2;
    } else if (text.compare(i, 3, "’") == 0) {
      out += "'";
      i += 2;
    } else if (text.compare(i, 2, "\n\n") == 0) {
      out += "\n";
      ++i;
    } else {
      out += text[i];
    }
  }
  out += "\nCredit: By a staff reporter\nWord count: 231\nCopyright Valmora Daily News Mar 4, 2019\"";
  return out;
}

Document doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.text = text;
  return d;
}

TEST(Shingles, NormalisationFoldsCaseQuotesAndEscapes) {
  auto a = normalized_tokens("“We won’t join,” said Mr. Kabulov.");
  auto b = normalized_tokens("\\\"WE WON'T JOIN,\\\" said mr kabulov");
  EXPECT_EQ(a, b);
  ASSERT_EQ(a.size(), 7u);  // we won t join said mr kabulov
  EXPECT_EQ(a[0], "we");
  EXPECT_EQ(a[2], "t");
  EXPECT_EQ(a[6], "kabulov");
  EXPECT_EQ(normalized_tokens("Ashraf\\nGhani"), (std::vector<std::string>{"ashraf", "ghani"}));
  EXPECT_EQ(normalized_tokens("Zürich ÉTÉ"), (std::vector<std::string>{"zürich", "été"}));
  EXPECT_TRUE(normalized_tokens(" -- ... \"\" ").empty());
}

TEST(Shingles, CountsAndShortTexts) {
  std::vector<uint64_t> h;
  shingle_hashes("one two three four five six seven", h);
  EXPECT_EQ(h.size(), 3u);
  h.clear();
  shingle_hashes("just three words", h);
  EXPECT_EQ(h.size(), 1u);
  h.clear();
  shingle_hashes("", h);
  EXPECT_TRUE(h.empty());
  // Shingles are ordered: a reordered text shares none of them.
  std::vector<uint64_t> x, y;
  shingle_hashes("a b c d e", x);
  shingle_hashes("e d c b a", y);
  EXPECT_NE(x, y);
}

TEST(Signature, IdenticalTextsMatchFully) {
  Signature a = signature(kStrikeA), b = signature(std::string(kStrikeA));
  EXPECT_EQ(a, b);
  Similarity s = compare(a, b);
  EXPECT_EQ(s.matches, kSlots);
  EXPECT_DOUBLE_EQ(s.jaccard, 1.0);
  EXPECT_DOUBLE_EQ(s.containment, 1.0);
  EXPECT_GT(a.shingles, 200u);
}

// The shingle count is exact: a passage written out three times has as many
// distinct shingles as one copy read in a circle, whatever the hashes' order.
TEST(Signature, ShingleCountIsDistinctShingles) {
  std::string once = "alpha bravo charlie delta echo foxtrot golf hotel india juliet ";
  EXPECT_EQ(signature(once + once + once).shingles, 10u);
  std::vector<uint64_t> h;
  shingle_hashes(once + once, h);
  std::vector<uint64_t> reversed(h.rbegin(), h.rend());
  EXPECT_EQ(signature_of_hashes(reversed).shingles, 10u);
  EXPECT_EQ(signature_of_hashes(h), signature_of_hashes(reversed));
}

TEST(Signature, ExportCopyIsNearDuplicate) {
  Similarity s = compare(signature(kStrikeA), signature(export_copy(kStrikeA)));
  EXPECT_GE(s.containment, 0.9) << s.jaccard;
  EXPECT_TRUE(MatchRule{}.accepts(s));
}

TEST(Signature, SameTopicDifferentArticlesDoNotMatch) {
  Similarity s = compare(signature(kStrikeA), signature(kStrikeB));
  EXPECT_LT(s.containment, 0.2);
  EXPECT_FALSE(MatchRule{}.accepts(s));
}

TEST(Signature, EmptyTextNeverMatches) {
  Signature e = signature("  ... ");
  EXPECT_TRUE(e.empty());
  EXPECT_EQ(compare(e, e).matches, 0);
  EXPECT_FALSE(MatchRule{}.accepts(compare(e, e)));
}

TEST(Signature, BodyInsideAPageIsContained) {
  std::string page = "Home | World | Business | Sport | Culture\nSubscribe to our newsletter\n";
  for (int i = 0; i < 12; ++i)
    page += "Most read: Story number " + std::to_string(i) + " about something else entirely today\n";
  page += kStrikeA;
  page += "\nShare this article on Facebook Twitter Email\n© 2019 Valmora Daily News. All rights "
          "reserved. Privacy policy. Cookie settings. Contact us. Advertise with us.";
  Similarity s = compare(signature(kStrikeA), signature(page));
  EXPECT_LT(s.jaccard, 0.85);
  EXPECT_GE(s.containment, 0.8);
  EXPECT_TRUE(MatchRule{}.accepts(s));
}

TEST(Signature, BytesRoundTrip) {
  Signature a = signature(kStrikeB);
  std::string bytes = a.to_bytes();
  EXPECT_EQ(bytes.size(), 520u);
  auto b = Signature::from_bytes(bytes);
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(*b, a);
  EXPECT_FALSE(Signature::from_bytes(bytes.substr(0, 519)).has_value());
  EXPECT_FALSE(Signature::from_bytes("").has_value());
  std::string bad = bytes;
  bad[0] = 'X';
  EXPECT_FALSE(Signature::from_bytes(bad).has_value());
  // Stable across runs and builds: the bytes of an empty text are fixed.
  EXPECT_EQ(Signature{}.to_bytes().substr(0, 8), std::string("DMH1\0\0\0\0", 8));
}

TEST(Index, CandidatesFindCopiesNotOthers) {
  Index idx;
  idx.add("a", signature(kStrikeA));
  idx.add("b", signature(kStrikeB));
  idx.add("empty", signature(""));
  EXPECT_EQ(idx.size(), 2u);
  Signature copy = signature(export_copy(kStrikeA));
  auto c = idx.candidates(copy);
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c.front(), "a");  // most shared bands first
  // "b" shares a quoted sentence and may be a candidate; verification drops it.
  auto m = find_duplicate(idx, copy);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->id, "a");
  EXPECT_FALSE(find_duplicate(idx, signature("An unrelated note about the weather in spring.")));
  EXPECT_TRUE(idx.candidates(signature("")).empty());
  ASSERT_NE(idx.signature("b"), nullptr);
  EXPECT_EQ(*idx.signature("b"), signature(kStrikeB));
  EXPECT_EQ(idx.signature("nope"), nullptr);
}

TEST(MarkDuplicates, EarlierCopyIsKeptWhateverTheOrder) {
  std::vector<Document> docs{doc("pdf", kStrikeA), doc("other", kStrikeB),
                             doc("export", export_copy(kStrikeA))};
  mark_duplicates(docs);
  EXPECT_FALSE(docs[0].duplicate_of);
  EXPECT_FALSE(docs[1].duplicate_of);
  ASSERT_TRUE(docs[2].duplicate_of);
  EXPECT_EQ(*docs[2].duplicate_of, "pdf");

  std::vector<Document> rev{doc("export", export_copy(kStrikeA)), doc("other", kStrikeB),
                            doc("pdf", kStrikeA)};
  mark_duplicates(rev);
  EXPECT_FALSE(rev[0].duplicate_of);
  EXPECT_FALSE(rev[1].duplicate_of);
  ASSERT_TRUE(rev[2].duplicate_of);
  EXPECT_EQ(*rev[2].duplicate_of, "export");
}

TEST(MarkDuplicates, ThirdCopyResolvesToTheKeptOne) {
  std::string page = std::string("Menu Search Sign in\n") + kStrikeA + "\nRead more from our site";
  std::vector<Document> docs{doc("one", kStrikeA), doc("two", export_copy(kStrikeA)),
                             doc("three", page)};
  mark_duplicates(docs);
  EXPECT_EQ(docs[1].duplicate_of.value_or(""), "one");
  EXPECT_EQ(docs[2].duplicate_of.value_or(""), "one");
}

TEST(MarkDuplicates, MergesMetadataOntoTheKeptCopy) {
  Document pdf = doc("pdf", kStrikeA);
  pdf.meta.title = "Dock Workers Strike at Valmora Port";
  pdf.meta.authors = {"Mira Dale"};
  pdf.meta.published = "2019-03-04";
  Document exp = doc("export", export_copy(kStrikeA));
  exp.meta.source = "Valmora Daily News";
  exp.meta.dateline = "VALMORA CITY";
  exp.meta.published = "2019-03-05";
  exp.meta.stated_word_count = 231;
  std::vector<Document> docs{pdf, exp};
  mark_duplicates(docs);
  ASSERT_TRUE(docs[1].duplicate_of);
  ASSERT_TRUE(docs[0].merged);
  const Metadata& m = *docs[0].merged;
  EXPECT_EQ(m.title.value_or(""), "Dock Workers Strike at Valmora Port");
  EXPECT_EQ(m.source.value_or(""), "Valmora Daily News");
  EXPECT_EQ(m.dateline.value_or(""), "VALMORA CITY");
  EXPECT_EQ(m.published.value_or(""), "2019-03-04");  // the kept copy's own date wins
  EXPECT_EQ(m.stated_word_count.value_or(0), 231);
  EXPECT_EQ(m.authors, std::vector<std::string>{"Mira Dale"});
  // Each document keeps what its own text states.
  EXPECT_FALSE(docs[0].meta.source);
  EXPECT_FALSE(docs[1].meta.title);
  EXPECT_FALSE(docs[1].merged);

  // The other way round: the export kept, the PDF's title fills it in.
  std::vector<Document> rev{exp, pdf};
  mark_duplicates(rev);
  ASSERT_TRUE(rev[0].merged);
  EXPECT_EQ(rev[0].merged->title.value_or(""), "Dock Workers Strike at Valmora Port");
  EXPECT_EQ(rev[0].merged->authors, std::vector<std::string>{"Mira Dale"});
  EXPECT_EQ(rev[0].merged->source.value_or(""), "Valmora Daily News");
}

TEST(MarkDuplicates, ChecksAgainstKnownDocuments) {
  Index known;
  std::vector<Document> first{doc("stored", kStrikeA)};
  mark_duplicates(first, known);
  EXPECT_EQ(known.size(), 1u);
  // As the store would: signatures saved as bytes and loaded into a new index.
  Index reloaded;
  reloaded.add("stored", *Signature::from_bytes(known.signature("stored")->to_bytes()));
  std::vector<Document> batch{doc("new-b", kStrikeB), doc("new-a", export_copy(kStrikeA)),
                              doc("new-a2", export_copy(kStrikeA))};
  mark_duplicates(batch, reloaded);
  EXPECT_FALSE(batch[0].duplicate_of);
  EXPECT_EQ(batch[1].duplicate_of.value_or(""), "stored");
  EXPECT_EQ(batch[2].duplicate_of.value_or(""), "stored");
  EXPECT_FALSE(batch[1].merged);  // the kept copy is not in this batch
  EXPECT_EQ(reloaded.size(), 4u);
  EXPECT_NE(reloaded.signature("new-b"), nullptr);
}

TEST(MarkDuplicates, ALaterCopyMayNotBeMuchLargerThanTheKeptOne) {
  // A page whose cleaned text kept only the site's legal footer, then another
  // article from that site with the same footer: the article holds the whole
  // footer (containment 1) but is no copy of it and must not be dropped.
  std::string footer =
      "The information on this website is provided for general purposes only and does not "
      "constitute professional advice. Readers should consult a qualified adviser before acting "
      "on any of it. All trademarks are the property of their respective owners.";
  std::string article = std::string(kStrikeA) + "\n\n" + footer;
  std::vector<Document> docs{doc("footer-only", footer), doc("article", article)};
  mark_duplicates(docs);
  EXPECT_FALSE(docs[1].duplicate_of);
  // The other way round nothing is lost: the footer copy joins the article.
  std::vector<Document> rev{doc("article", article), doc("footer-only", footer)};
  mark_duplicates(rev);
  EXPECT_EQ(rev[1].duplicate_of.value_or(""), "article");
  // Within the growth limit a body first and its page later still pair.
  std::string page = "Home | News | Sport\n" + std::string(kStrikeA) + "\n\n" + footer;
  std::vector<Document> bp{doc("body", kStrikeA), doc("page", page)};
  mark_duplicates(bp);
  EXPECT_EQ(bp[1].duplicate_of.value_or(""), "body");
}

TEST(MarkDuplicates, ShortIdenticalTextsPairButEmptyOnesDoNot) {
  std::vector<Document> docs{doc("x", "Ceasefire declared."), doc("y", "CEASEFIRE DECLARED"),
                             doc("e1", ""), doc("e2", "")};
  mark_duplicates(docs);
  EXPECT_EQ(docs[1].duplicate_of.value_or(""), "x");
  EXPECT_FALSE(docs[2].duplicate_of);
  EXPECT_FALSE(docs[3].duplicate_of);
}

TEST(Seeds, TheTwoCopiesPairAndNothingElse) {
  if (!dyad::testing::shared_available()) GTEST_SKIP() << "shared seeds absent";
  std::vector<Document> docs;
  for (const auto& e : std::filesystem::directory_iterator(dyad::testing::shared_path("seeds"))) {
    std::string p = e.path().string();
    docs.push_back(dyad::testing::process_text(dyad::testing::read_file(p), p));
  }
  std::sort(docs.begin(), docs.end(), [](auto& a, auto& b) { return a.id < b.id; });
  ASSERT_EQ(docs.size(), 4u);
  mark_duplicates(docs);
  EXPECT_FALSE(docs[0].duplicate_of);
  ASSERT_TRUE(docs[1].duplicate_of);
  EXPECT_EQ(*docs[1].duplicate_of, docs[0].id);
  EXPECT_FALSE(docs[2].duplicate_of);
  EXPECT_FALSE(docs[3].duplicate_of);
  ASSERT_TRUE(docs[0].merged);
  // The archive export's trailer names the paper: it reaches the PDF copy.
  EXPECT_TRUE(docs[0].merged->source.has_value() || !docs[1].meta.source.has_value());

  // Raw texts too: the similarity gap the threshold sits in.
  std::vector<Signature> raw;
  for (auto& d : docs) raw.push_back(signature(d.raw));
  Similarity same = compare(raw[0], raw[1]);
  EXPECT_GE(same.containment, 0.8);
  for (int i : {0, 2})
    for (int j = i + 1; j < 4; ++j)
      if (!(i == 0 && j == 1)) {
        Similarity s = compare(raw[i], raw[j]);
        EXPECT_LT(s.containment, 0.2) << docs[i].id << " vs " << docs[j].id;
      }
  std::printf("seeds raw: 000~001 C=%.3f J=%.3f; max other C=%.3f\n", same.containment,
              same.jaccard,
              std::max({compare(raw[0], raw[2]).containment, compare(raw[0], raw[3]).containment,
                        compare(raw[1], raw[2]).containment, compare(raw[1], raw[3]).containment,
                        compare(raw[2], raw[3]).containment}));
}

// The ScrapingHub copies (page text, gold body, trafilatura body of 91
// articles), signed raw and after the per-document pipeline. The clean copies
// (gold, trafilatura) of one article must pair and no two articles' clean
// copies may; prints the estimated similarity distributions and a threshold
// sweep (the figures behind MatchRule::min_containment).
struct SuiteCopy {
  std::string article, variant;
  Signature raw, cleaned;
  std::string text;
};

std::vector<SuiteCopy> load_suite() {
  std::vector<SuiteCopy> out;
  std::string dir = dyad::testing::shared_path("suites/scrapinghub");
  for (auto [file, key, variant] : {std::tuple{"pages.jsonl", "text", "page"},
                                    std::tuple{"gold.jsonl", "body", "gold"},
                                    std::tuple{"trafilatura.jsonl", "body", "trafilatura"}}) {
    std::ifstream in(dir + "/" + file);
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("id") || !j.contains(key)) continue;
      std::string text = j[key].get<std::string>();
      Document d = dyad::testing::process_text(text, "suite.txt");
      out.push_back({j["id"].get<std::string>(), variant, signature(text), signature(d.text), text});
    }
  }
  return out;
}

struct PairStats {
  std::vector<double> true_page, true_clean, false_page, false_clean;  // estimated containment
};

PairStats pair_stats(const std::vector<SuiteCopy>& all, bool cleaned, const MatchRule& rule) {
  PairStats st;
  for (size_t i = 0; i < all.size(); ++i)
    for (size_t j = i + 1; j < all.size(); ++j) {
      const Signature& a = cleaned ? all[i].cleaned : all[i].raw;
      const Signature& b = cleaned ? all[j].cleaned : all[j].raw;
      Similarity s = compare(a, b);
      // Pairs below the slot floor count as 0: the rule never accepts them.
      double c = s.matches >= rule.min_matches ? s.containment : 0.0;
      bool page = all[i].variant == "page" || all[j].variant == "page";
      if (all[i].article == all[j].article) (page ? st.true_page : st.true_clean).push_back(c);
      else (page ? st.false_page : st.false_clean).push_back(c);
    }
  for (auto* v : {&st.true_page, &st.true_clean, &st.false_page, &st.false_clean})
    std::sort(v->begin(), v->end());
  return st;
}

void print_stats(const char* label, const PairStats& st) {
  auto q = [](const std::vector<double>& v, double p) {
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, size_t(p * (v.size() - 1) + 0.5))];
  };
  std::printf("%s: true pairs C min/p5/median: clean %.3f/%.3f/%.3f, with page %.3f/%.3f/%.3f\n",
              label, q(st.true_clean, 0), q(st.true_clean, .05), q(st.true_clean, .5),
              q(st.true_page, 0), q(st.true_page, .05), q(st.true_page, .5));
  std::printf("%s: false pairs C max/2nd/3rd: clean %.3f/%.3f/%.3f, with page %.3f/%.3f/%.3f\n",
              label, q(st.false_clean, 1), st.false_clean.size() > 1 ? st.false_clean.end()[-2] : 0,
              st.false_clean.size() > 2 ? st.false_clean.end()[-3] : 0, q(st.false_page, 1),
              st.false_page.size() > 1 ? st.false_page.end()[-2] : 0,
              st.false_page.size() > 2 ? st.false_page.end()[-3] : 0);
  std::printf("%s: threshold  true-accepted(of %zu)  false-accepted\n", label,
              st.true_page.size() + st.true_clean.size());
  for (double t : {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
    auto above = [t](const std::vector<double>& v) {
      return v.end() - std::lower_bound(v.begin(), v.end(), t);
    };
    std::printf("%s:   %.1f  %3ld  %ld\n", label, t, above(st.true_page) + above(st.true_clean),
                above(st.false_page) + above(st.false_clean));
  }
}

TEST(ScrapingHub, SignatureDistributionsRawAndCleaned) {
  if (!std::filesystem::exists(dyad::testing::shared_path("suites/scrapinghub/gold.jsonl")))
    GTEST_SKIP() << "suite absent";
  auto all = load_suite();
  ASSERT_EQ(all.size(), 273u);
  MatchRule rule;
  PairStats raw = pair_stats(all, false, rule);
  print_stats("raw", raw);
  print_stats("cleaned", pair_stats(all, true, rule));
  // mark_duplicates on the raw texts, in two orders: pairwise precision/recall.
  for (bool pages_first : {false, true}) {
    std::vector<const SuiteCopy*> order;
    for (auto& c : all) order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [&](auto* a, auto* b) {
      if (pages_first && (a->variant == "page") != (b->variant == "page"))
        return a->variant == "page";
      if (pages_first) return false;
      // Article order: gold body, then page, then trafilatura, as the eval files sort.
      auto rank = [](const SuiteCopy* c) {
        return c->variant == "gold" ? 0 : c->variant == "page" ? 1 : 2;
      };
      return a->article != b->article ? a->article < b->article : rank(a) < rank(b);
    });
    std::vector<Document> docs;
    for (auto* c : order) docs.push_back(doc(c->article + "/" + c->variant, c->text));
    mark_duplicates(docs);
    std::map<std::string, std::string> root;
    for (auto& d : docs) root[d.id] = d.duplicate_of.value_or(d.id);
    int tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < docs.size(); ++i)
      for (size_t j = i + 1; j < docs.size(); ++j) {
        bool same = order[i]->article == order[j]->article;
        bool grouped = root[docs[i].id] == root[docs[j].id];
        tp += same && grouped;
        fp += !same && grouped;
        fn += same && !grouped;
      }
    std::printf("raw mark_duplicates (%s): precision %.4f (%d/%d) recall %.4f (%d/%d)\n",
                pages_first ? "pages first" : "article order", double(tp) / std::max(1, tp + fp),
                tp, tp + fp, double(tp) / std::max(1, tp + fn), tp, tp + fn);
  }
  // Clean copies of one article always pair; clean copies of two never do.
  EXPECT_GE(raw.true_clean.front(), rule.min_containment);
  EXPECT_LT(raw.false_clean.back(), rule.min_containment);
  // Pages carry chrome yet still hold their body.
  size_t page_ok = raw.true_page.end() -
                   std::lower_bound(raw.true_page.begin(), raw.true_page.end(), rule.min_containment);
  EXPECT_GE(page_ok, raw.true_page.size() * 95 / 100);
}

}  // namespace
}  // namespace dyad::dedup
