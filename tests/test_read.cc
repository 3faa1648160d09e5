// Readers: format sniffing, folder expansion, encodings, PDF, HTML and JSON
// Lines, each checked for its text, its offset map back to the raw bytes
// and its hints.
#include <gtest/gtest.h>

#include <filesystem>
#include <cstring>
#include <fstream>

#include "doc/hash.h"
#include "fixtures.h"
#include "ingest/decode.h"
#include "ingest/read.h"
#include "pdf_writer.h"

namespace fs = std::filesystem;
using namespace dyad;
using namespace dyad::ingest;

namespace {

void write(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

Document decoded(const std::string& raw) {
  Document d;
  d.raw = raw;
  std::string err;
  EXPECT_TRUE(decode_text(d, err)) << err;
  return d;
}

// The raw bytes a span of norm maps to.
std::string raw_of(const Document& d, size_t start, size_t len) {
  size_t a = d.norm_map.to_input(start), b = d.norm_map.to_input(start + len);
  return d.raw.substr(a, b - a);
}

std::vector<Document> read_one(const std::string& path, std::vector<ReadError>* errs = nullptr) {
  std::vector<Document> out;
  std::vector<ReadError> errors;
  read_file(path, ReadOptions{}, out, errors);
  if (errs) *errs = errors;
  else
    for (const auto& e : errors) ADD_FAILURE() << e.path << ": " << e.message;
  return out;
}

}  // namespace

TEST(Sniff, ByExtensionAndFirstBytes) {
  EXPECT_EQ(sniff_format("a.txt", "%PDF-1.7\n..."), "pdf");
  EXPECT_EQ(sniff_format("a.pdf", "whatever"), "pdf");
  EXPECT_EQ(sniff_format("a.txt", "\xEF\xBB\xBF  <!DOCTYPE html><html>"), "html");
  EXPECT_EQ(sniff_format("page", "<HTML><body>x</body></HTML>"), "html");
  EXPECT_EQ(sniff_format("a.htm", "Just text"), "html");
  EXPECT_EQ(sniff_format("a.ndjson", ""), "jsonl");
  EXPECT_EQ(sniff_format("dump.txt", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), "jsonl");
  EXPECT_EQ(sniff_format("dump.txt", "{\"text\": \"a\"}\nAnd then prose.\n"), "text");
  EXPECT_EQ(sniff_format("story.txt", "GENEVA -- The talks <u>resumed</u>."), "text");
}

TEST(ExpandPaths, RecursiveSortedHiddenSkipped) {
  std::string dir = dyad::testing::temp_dir("expand");
  write(dir + "/b.txt", "b");
  write(dir + "/a/z.txt", "z");
  write(dir + "/a/c.txt", "c");
  write(dir + "/.git/config", "hidden");
  write(dir + "/.hidden.txt", "hidden");
  write(dir + "/README.md", "about the corpus");
  std::vector<ReadError> errors;
  auto files = expand_paths({dir, dir + "/missing.txt"}, errors);
  std::vector<std::string> want = {dir + "/a/c.txt", dir + "/a/z.txt", dir + "/b.txt"};
  EXPECT_EQ(files, want);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, dir + "/missing.txt");
  EXPECT_NE(errors[0].message.find("no such file"), std::string::npos);
  fs::remove_all(dir);
}

TEST(Decode, Utf8KeptBomStripped) {
  Document d = decoded("\xEF\xBB\xBF\xE2\x80\x9CWe won\xE2\x80\x99t join,\xE2\x80\x9D he said.");
  EXPECT_EQ(d.norm, "\xE2\x80\x9CWe won\xE2\x80\x99t join,\xE2\x80\x9D he said.");
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_EQ(d.norm_map.to_input(0), 3u);
  EXPECT_EQ(raw_of(d, 3, 2), "We");
}

TEST(Decode, Latin1AndWindows1252) {
  Document d = decoded("Le caf\xe9 de la place, \x93quoted\x94 \x96 25\x80.");
  EXPECT_EQ(d.norm, "Le caf\xC3\xA9 de la place, \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 25\xE2\x82\xAC.");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("Windows-1252"), std::string::npos);
  // "é" (2 bytes in norm) maps to the one byte \xe9; words after it map exactly.
  size_t e = d.norm.find("\xC3\xA9");
  EXPECT_EQ(raw_of(d, e, 2), "\xe9");
  size_t place = d.norm.find("place");
  EXPECT_EQ(raw_of(d, place, 5), "place");
  size_t q = d.norm.find("quoted");
  EXPECT_EQ(raw_of(d, q, 6), "quoted");
}

TEST(Decode, StrayByteInUtf8OnlyThatByteIsRepaired) {
  // Mostly UTF-8 (curly quotes) with one stray Latin-1 byte: the UTF-8 stays.
  Document d = decoded("\xE2\x80\x9CYes,\xE2\x80\x9D said Jos\xe9. \xE2\x80\x9CNo.\xE2\x80\x9D \xE2\x80\x9CMaybe.\xE2\x80\x9D");
  EXPECT_EQ(d.norm, "\xE2\x80\x9CYes,\xE2\x80\x9D said Jos\xC3\xA9. \xE2\x80\x9CNo.\xE2\x80\x9D \xE2\x80\x9CMaybe.\xE2\x80\x9D");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("invalid UTF-8: 1 bytes"), std::string::npos);
}

TEST(Decode, Utf16WithAndWithoutBom) {
  std::string le = "\xFF\xFE";
  for (char c : std::string("Caf")) le += c, le += '\0';
  le += "\xE9";  // é
  le += '\0';
  Document d = decoded(le);
  EXPECT_EQ(d.norm, "Caf\xC3\xA9");
  EXPECT_EQ(raw_of(d, 1, 1), std::string("a\0", 2));
  std::string be;
  for (char c : std::string("Talks resumed")) be += '\0', be += c;
  Document d2 = decoded(be);
  EXPECT_EQ(d2.norm, "Talks resumed");
  ASSERT_FALSE(d2.warnings.empty());
  EXPECT_NE(d2.warnings[0].find("UTF-16BE"), std::string::npos);
}

TEST(Decode, ControlBytesDroppedBinaryRefused) {
  Document d = decoded("Talks\x01 resumed in Geneva on Monday after a pause of three months.\x7F");
  EXPECT_EQ(d.norm, "Talks resumed in Geneva on Monday after a pause of three months.");
  EXPECT_EQ(raw_of(d, 6, 7), "resumed");
  EXPECT_EQ(d.warnings, std::vector<std::string>{"2 control bytes removed"});
  Document bin;
  bin.raw = std::string("PK\x03\x04\x14\0\0\0", 8) + "word/document.xml";
  std::string err;
  EXPECT_FALSE(decode_text(bin, err));
  EXPECT_EQ(err, "binary file (NUL bytes)");
  bin.raw = std::string(200, '\x01') + "text";
  EXPECT_FALSE(decode_text(bin, err));
  EXPECT_EQ(err, "binary file (control bytes)");
  bin.raw = " \n\t\xC2\xA0\n";
  EXPECT_FALSE(decode_text(bin, err));
  EXPECT_EQ(err, "empty file");
}

// Damaged archive exports carry a few NUL bytes: the text is read, they are
// dropped and counted in one warning, and offsets still reach the raw bytes.
TEST(Decode, StrayNulBytesDroppedWithOneWarning) {
  std::string raw = "Envoys resumed talks on the border on Monday.\n";
  for (int k = 0; k < 40; ++k) raw += "The two delegations met again in Geneva after a pause.\n";
  std::string clean = raw;
  raw.insert(900, 1, '\x02');
  raw.insert(301, 2, '\0');
  raw.insert(7, 1, '\0');  // before "resumed"
  Document d = decoded(raw);
  EXPECT_EQ(d.norm, clean);
  EXPECT_EQ(d.warnings, std::vector<std::string>{"3 NUL and 1 control bytes removed"});
  EXPECT_EQ(raw_of(d, 7, 7), "resumed");
  EXPECT_EQ(raw_of(d, 400, 5), clean.substr(400, 5));
  Document only_nul = decoded(std::string("Talks resumed\0 on Monday in Geneva after months.", 48));
  EXPECT_EQ(only_nul.norm, "Talks resumed on Monday in Geneva after months.");
  EXPECT_EQ(only_nul.warnings, std::vector<std::string>{"1 NUL bytes removed"});
}

// Only mostly non-text bytes are binary: a tenth of NUL/control bytes, or a
// twentieth in bytes that are mostly not UTF-8 either (compressed data).
TEST(Decode, BinaryOnlyWhenMostlyNotText) {
  std::string text(1000, 'a');
  for (size_t i = 0; i < 90; ++i) text[i * 11] = '\0';  // 9%: damaged text
  EXPECT_EQ(binary_reason(text), "");
  for (size_t i = 0; i < 120; ++i) text[i * 8] = '\0';  // 12%
  EXPECT_EQ(binary_reason(text), "binary file (NUL bytes)");
  std::string packed;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) {  // uniform bytes, as in a zip or an image
    x = x * 1664525u + 1013904223u;
    packed += static_cast<char>(x >> 24);
  }
  EXPECT_NE(binary_reason(packed), "");
  // Over the whole file, not only its start.
  std::string tail = std::string(9000, 'a') + std::string(2000, '\x01');
  EXPECT_EQ(binary_reason(tail), "binary file (control bytes)");
}

TEST(ReadFile, TextDocumentFields) {
  std::string dir = dyad::testing::temp_dir("readtext");
  std::string raw = "Envoys Resume Talks\n\nGENEVA -- Envoys met on Monday.\n";
  write(dir + "/talks.v2.txt", raw);
  auto docs = read_one(dir + "/talks.v2.txt");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "talks.v2");
  EXPECT_EQ(docs[0].path, dir + "/talks.v2.txt");
  EXPECT_EQ(docs[0].format, "text");
  EXPECT_EQ(docs[0].hash, content_hash(raw));
  EXPECT_EQ(docs[0].hash.size(), 32u);
  EXPECT_EQ(docs[0].raw, raw);
  EXPECT_EQ(docs[0].norm, raw);
  fs::remove_all(dir);
}

TEST(ReadFile, PdfPagesJoinedByFormFeed) {
  std::string dir = dyad::testing::temp_dir("readpdf");
  std::string pdf = dyad::testing::make_pdf({{"Ministers Meet in Vienna", "VIENNA - The foreign ministers met on Tuesday."},
                                       {"They agreed to meet again (in May)."}});
  write(dir + "/vienna.pdf", pdf);
  auto docs = read_one(dir + "/vienna.pdf");
  ASSERT_EQ(docs.size(), 1u);
  const Document& d = docs[0];
  EXPECT_EQ(d.format, "pdf");
  EXPECT_EQ(d.hash, content_hash(pdf));  // of the file, not of the text
  EXPECT_NE(d.raw.find("Ministers Meet in Vienna"), std::string::npos) << d.raw;
  EXPECT_NE(d.raw.find("foreign ministers met on Tuesday."), std::string::npos) << d.raw;
  size_t ff = d.raw.find('\f');
  ASSERT_NE(ff, std::string::npos);
  EXPECT_NE(d.raw.find("They agreed to meet again (in May).", ff), std::string::npos);
  EXPECT_EQ(d.norm, d.raw);
  size_t w = d.norm.find("Tuesday");
  EXPECT_EQ(raw_of(d, w, 7), "Tuesday");
  fs::remove_all(dir);
}

TEST(ReadFile, HtmlMainTextAndHints) {
  std::string dir = dyad::testing::temp_dir("readhtml");
  std::string page =
      "<!DOCTYPE html>\n<html><head><title>Sanctions widened | The Daily Ledger</title>\n"
      "<meta property=\"og:site_name\" content=\"The Daily Ledger\">\n"
      "<meta property=\"article:published_time\" content=\"2023-05-04T08:30:00Z\">\n"
      "<link rel=\"canonical\" href=\"https://example.com/world/sanctions\">\n"
      "<script>var tracking = \"Do not read me\";</script><style>p{color:red}</style></head>\n"
      "<body><header><a href=\"/\">Home</a> <a href=\"/world\">World</a></header>\n"
      "<nav><ul><li>Politics</li><li>Business</li></ul></nav>\n"
      "<article>\n  <p>BRUSSELS &mdash; The bloc widened\n    sanctions on <b>Tuesday</b>, "
      "officials said.</p>\n  <p>&ldquo;We act together,&rdquo; the minister said. AT&amp;T was "
      "not named.</p>\n<div hidden>Hidden teaser</div>\n"
      "<ul><li>First point</li><li>Second point</li></ul>\n</article>\n"
      "<aside>Most read: something else</aside>\n<footer>Copyright The Daily Ledger</footer>\n"
      "</body></html>\n";
  write(dir + "/sanctions.html", page);
  auto docs = read_one(dir + "/sanctions.html");
  ASSERT_EQ(docs.size(), 1u);
  const Document& d = docs[0];
  EXPECT_EQ(d.format, "html");
  EXPECT_EQ(d.raw, page);
  EXPECT_EQ(d.norm,
            "BRUSSELS \xE2\x80\x94 The bloc widened sanctions on Tuesday, officials said.\n\n"
            "\xE2\x80\x9CWe act together,\xE2\x80\x9D the minister said. AT&T was not named.\n\n"
            "First point\nSecond point");
  for (const char* w : {"widened", "officials said.", "minister", "Second point"}) {
    size_t at = d.norm.find(w);
    ASSERT_NE(at, std::string::npos) << w;
    EXPECT_EQ(raw_of(d, at, std::strlen(w)), w);
  }
  // Inline tags: the start maps exactly, the end onto the next text.
  size_t tue = d.norm.find("Tuesday");
  EXPECT_EQ(d.raw.substr(d.norm_map.to_input(tue), 7), "Tuesday");
  size_t dash = d.norm.find("\xE2\x80\x94");
  EXPECT_EQ(raw_of(d, dash, 3), "&mdash;");
  size_t amp = d.norm.find("AT&T");
  EXPECT_EQ(raw_of(d, amp, 4), "AT&amp;T");
  ASSERT_TRUE(d.hints.title.has_value());
  EXPECT_EQ(*d.hints.title, "Sanctions widened");
  EXPECT_EQ(d.hints.url.value_or(""), "https://example.com/world/sanctions");
  EXPECT_EQ(d.hints.published.value_or(""), "2023-05-04");
  EXPECT_EQ(d.hints.source.value_or(""), "The Daily Ledger");
  fs::remove_all(dir);
}

TEST(ReadFile, HtmlTitleOnlyWithoutH1AndLatin1Page) {
  std::string dir = dyad::testing::temp_dir("readhtml2");
  std::string page =
      "<html><head><meta charset=\"iso-8859-1\"><title>Page title</title></head><body>"
      "<article><header><h1>Caf\xe9 talks end</h1></header><p>The envoys left the caf\xe9.</p>"
      "</article></body></html>";
  write(dir + "/cafe.htm", page);
  auto docs = read_one(dir + "/cafe.htm");
  ASSERT_EQ(docs.size(), 1u);
  const Document& d = docs[0];
  EXPECT_FALSE(d.hints.title.has_value());  // the <h1> is the headline
  EXPECT_EQ(d.norm, "Caf\xC3\xA9 talks end\n\nThe envoys left the caf\xC3\xA9.");
  size_t w = d.norm.find("envoys");
  EXPECT_EQ(raw_of(d, w, 6), "envoys");
  size_t e = d.norm.rfind("\xC3\xA9");
  EXPECT_EQ(raw_of(d, e, 2), "\xe9");
  fs::remove_all(dir);
}

// A numeric character reference too large for any code point (gumbo leaves
// a broken UTF-8 byte for it) reads as U+FFFD, and the text stays UTF-8.
TEST(ReadFile, HtmlOutOfRangeCharacterReferenceIsReplacementCharacter) {
  Document d;
  d.raw = "<html><body><p>Price &#x41a" + std::string(60, 'C') + " rose; so did &#99999999999; rents.</p>"
          "</body></html>";
  std::string err;
  ASSERT_TRUE(read_html(d, err)) << err;
  EXPECT_EQ(d.norm, "Price \xEF\xBF\xBD rose; so did \xEF\xBF\xBD rents.");
  size_t r = d.norm.find("rose");
  EXPECT_EQ(raw_of(d, r, 4), "rose");
}

// A text whose offsets would not fit 32 bits is refused with its size, not
// read with wrapped offsets (the check, not a 4 GiB file).
TEST(ReadFile, TextPast4GiBIsRefusedByItsSize) {
  EXPECT_EQ(dyad::ingest::text_size_problem(1000), "");
  EXPECT_EQ(dyad::ingest::text_size_problem(dyad::ingest::kMaxTextBytes), "");
  EXPECT_EQ(dyad::ingest::text_size_problem(size_t(5) << 30),
            "text too large for 32-bit offsets (5368709120 bytes > 4294967295)");
}

// A page's publication time is cut to its date only when it starts with a
// whole ISO date: a damaged one ("2021-05-0" and a letter) is kept as given,
// never cut inside a character (found by fuzzing: broken UTF-8 in the JSON).
TEST(ReadFile, HtmlDamagedPublicationDateIsNotCutInsideACharacter) {
  Document d;
  d.raw = "<html><head><meta property=\"article:published_time\" content=\"2021-05-0\xC3\x8B" "2\">"
          "</head><body><p>Talks resumed on Monday in Geneva.</p></body></html>";
  std::string err;
  ASSERT_TRUE(read_html(d, err)) << err;
  ASSERT_TRUE(d.hints.published.has_value());
  EXPECT_EQ(*d.hints.published, "2021-05-0\xC3\x8B" "2");
  Document ok;
  ok.raw = "<html><head><meta name=\"pubdate\" content=\" 2021-05-04T10:00:00+02:00 \"></head>"
           "<body><p>Talks resumed.</p></body></html>";
  ASSERT_TRUE(read_html(ok, err)) << err;
  EXPECT_EQ(ok.hints.published.value_or(""), "2021-05-04");
}

TEST(ReadFile, JsonLinesOneDocumentPerLine) {
  std::string dir = dyad::testing::temp_dir("readjsonl");
  write(dir + "/wire.jsonl",
        "{\"id\": \"w-1\", \"text\": \"MOSCOW -- Talks \\\"resumed\\\" today.\", \"title\": \"Talks resume\", "
        "\"url\": \"https://example.org/1\", \"published\": \"2021-03-16\", \"source\": \"Wire\"}\n"
        "\n"
        "{\"id\": 42, \"text\": \"KABUL -- A second report.\"}\r\n"
        "{\"text\": \"A third report without id.\"}\n");
  auto docs = read_one(dir + "/wire.jsonl");
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "w-1");
  EXPECT_EQ(docs[0].path, dir + "/wire.jsonl:1");
  EXPECT_EQ(docs[0].format, "jsonl");
  EXPECT_EQ(docs[0].raw, "MOSCOW -- Talks \"resumed\" today.");
  EXPECT_EQ(docs[0].norm, docs[0].raw);
  EXPECT_EQ(docs[0].hints.title.value_or(""), "Talks resume");
  EXPECT_EQ(docs[0].hints.url.value_or(""), "https://example.org/1");
  EXPECT_EQ(docs[0].hints.published.value_or(""), "2021-03-16");
  EXPECT_EQ(docs[0].hints.source.value_or(""), "Wire");
  EXPECT_EQ(docs[0].hash, content_hash(docs[0].raw));
  EXPECT_EQ(docs[1].id, "42");
  EXPECT_EQ(docs[1].path, dir + "/wire.jsonl:3");
  EXPECT_EQ(docs[2].id, "wire:4");
  fs::remove_all(dir);
}

// The example corpus (examples/corpus) reads without errors, in every format.
TEST(ReadFile, ExampleCorpus) {
  std::string dir = dyad::testing::test_dir() + "/../examples/corpus";
  std::vector<ReadError> errors;
  auto files = expand_paths({dir}, errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(files.size(), 8u);  // README.md is skipped
  std::vector<Document> docs;
  for (const auto& f : files) read_file(f, ReadOptions{}, docs, errors);
  for (const auto& e : errors) ADD_FAILURE() << e.path << ": " << e.message;
  ASSERT_EQ(docs.size(), 10u);  // three from the JSON Lines feed
  for (const auto& d : docs) {
    EXPECT_FALSE(d.norm.empty()) << d.id;
    if (d.id == "05_bogota_visit_latin1") {
      ASSERT_EQ(d.warnings.size(), 1u);
      EXPECT_NE(d.norm.find("Jos\xC3\xA9 Ram\xC3\xB3n Ib\xC3\xA1\xC3\xB1" "ez"), std::string::npos);
    }
    if (d.id == "06_ministerial_visit") {
      EXPECT_EQ(d.format, "html");
      EXPECT_EQ(d.hints.source.value_or(""), "The Pacific Courier");
      EXPECT_EQ(d.norm.find("Most read"), std::string::npos);
    }
  }
  EXPECT_EQ(docs[6].id, "wire-2023-0911-ankara");
}
