// Bad input: empty, binary, mis-encoded, huge, unreadable, truncated and
// hostile files each become one error line naming the file, and the batch
// goes on — through the C++ API and through the `dyad` binary.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "fixtures.h"
#include "ingest/read.h"
#include "pdf_writer.h"
#include "pipeline/pipeline.h"

namespace fs = std::filesystem;
using namespace dyad;
using namespace dyad::ingest;

namespace {

void write(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

struct Read {
  std::vector<Document> docs;
  std::vector<ReadError> errors;
};

Read read(const std::string& path, ReadOptions opt = {}) {
  Read r;
  read_file(path, opt, r.docs, r.errors);
  return r;
}

// The one error of a read that must fail.
std::string error_of(const std::string& path, ReadOptions opt = {}) {
  Read r = read(path, opt);
  EXPECT_TRUE(r.docs.empty()) << path;
  if (r.errors.size() != 1) {
    ADD_FAILURE() << path << ": " << r.errors.size() << " errors";
    return "";
  }
  EXPECT_EQ(r.errors[0].path, path);
  EXPECT_EQ(r.errors[0].message.find('\n'), std::string::npos) << "one line";
  return r.errors[0].message;
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

const std::string kArticle =
    "Envoys Resume Border Talks\n\nGENEVA -- Envoys of the two states resumed talks on the disputed "
    "border on Monday, a spokesman said, after a pause of three months.\n";

std::string html_bomb(size_t depth) {
  std::string s = "<html><body>";
  s.reserve(depth * 5 + 100);
  for (size_t i = 0; i < depth; ++i) s += "<div>";
  s += "The deepest paragraph survived.";
  return s;
}

std::string truncated_pdf() {
  std::string pdf = dyad::testing::make_pdf(
      {{"Ministers Meet in Vienna", "VIENNA - The foreign ministers met on Tuesday."}});
  return pdf.substr(0, pdf.size() / 2);
}

using dyad::testing::CliRun;
using dyad::testing::run_dyad;

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) nl = s.size();
    if (nl > pos) out.push_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

}  // namespace

TEST(BadInput, EmptyAndWhitespaceOnlyFiles) {
  std::string dir = dyad::testing::temp_dir("empty");
  write(dir + "/empty.txt", "");
  write(dir + "/blank.txt", "  \n\n\t \r\n");
  write(dir + "/blank.html", "<html><body><script>x()</script>  </body></html>");
  EXPECT_EQ(error_of(dir + "/empty.txt"), "empty file");
  EXPECT_EQ(error_of(dir + "/blank.txt"), "empty file");
  EXPECT_EQ(error_of(dir + "/blank.html"), "no text in HTML page");
  fs::remove_all(dir);
}

TEST(BadInput, BinaryFile) {
  std::string dir = dyad::testing::temp_dir("binary");
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20);
  write(dir + "/photo.png", png + std::string(1000, '\x7f'));
  write(dir + "/story.txt", std::string("\x01\x02\x03\x04\x05\x06\x07\x08 abc", 12));
  EXPECT_EQ(error_of(dir + "/photo.png"), "binary file (NUL bytes)");
  EXPECT_EQ(error_of(dir + "/story.txt"), "binary file (control bytes)");
  fs::remove_all(dir);
}

// Byte-damaged copies of an article (stray NULs) are read, not refused as
// binary; the warning names the file once, on stderr.
TEST(BadInput, StrayNulBytesAreReadWithAWarning) {
  std::string dir = dyad::testing::temp_dir("nulbytes");
  std::string damaged = kArticle;
  damaged[20] = '\0';
  damaged[60] = '\0';
  write(dir + "/damaged.txt", damaged);
  Read r = read(dir + "/damaged.txt");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.docs[0].warnings, std::vector<std::string>{"2 NUL bytes removed"});
  CliRun cli = run_dyad("analyze " + dir + " --json");
  EXPECT_EQ(cli.rc, 0);
  auto errs = lines(cli.err);
  ASSERT_EQ(errs.size(), 1u) << cli.err;
  EXPECT_TRUE(has(errs[0], dir + "/damaged.txt")) << errs[0];
  EXPECT_TRUE(has(errs[0], "2 NUL bytes removed")) << errs[0];
  fs::remove_all(dir);
}

TEST(BadInput, InvalidUtf8IsReadAsLatin1) {
  std::string dir = dyad::testing::temp_dir("latin1");
  write(dir + "/cafe.txt", "Talks at the caf\xe9 ended on Monday.\n");
  Read r = read(dir + "/cafe.txt");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.docs[0].norm, "Talks at the caf\xC3\xA9 ended on Monday.\n");
  ASSERT_EQ(r.docs[0].warnings.size(), 1u);
  EXPECT_TRUE(has(r.docs[0].warnings[0], "Windows-1252"));
  fs::remove_all(dir);
}

TEST(BadInput, Windows1252CurlyQuotes) {
  std::string dir = dyad::testing::temp_dir("cp1252");
  write(dir + "/quotes.txt", "\x93We will not join,\x94 the envoy said \x96 twice.\n");
  Read r = read(dir + "/quotes.txt");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].norm,
            "\xE2\x80\x9CWe will not join,\xE2\x80\x9D the envoy said \xE2\x80\x93 twice.\n");
  // The quote marks map back to their single source bytes.
  EXPECT_EQ(r.docs[0].norm_map.to_input(3), 1u);
  // The whole pipeline runs on it.
  process_document(r.docs[0]);
  EXPECT_TRUE(has(r.docs[0].text, "\xE2\x80\x9CWe will not join,\xE2\x80\x9D"));
  fs::remove_all(dir);
}

TEST(BadInput, FileOverTheLimitIsRefused) {
  std::string dir = dyad::testing::temp_dir("limit");
  std::string path = dir + "/big.txt";
  write(path, std::string(2 << 20, 'a'));
  ReadOptions opt;
  opt.max_bytes = 1 << 20;
  EXPECT_EQ(error_of(path, opt), "file too large (2097152 bytes > limit of 1048576 bytes)");
  fs::remove_all(dir);
}

TEST(BadInput, TwoHundredMegabyteFileIsRead) {
  std::string dir = dyad::testing::temp_dir("huge");
  std::string path = dir + "/huge.txt";
  {
    std::string block;
    while (block.size() < (1 << 20)) block += kArticle;
    block.resize(1 << 20);
    block.back() = '\n';
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    for (int i = 0; i < 200; ++i) ASSERT_EQ(std::fwrite(block.data(), 1, block.size(), f), block.size());
    std::fclose(f);
  }
  auto t0 = std::chrono::steady_clock::now();
  Read r = read(path);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.docs[0].raw.size(), size_t(200) << 20);
  EXPECT_EQ(r.docs[0].norm.size(), r.docs[0].raw.size());
  EXPECT_EQ(r.docs[0].norm_map.size(), 1u);
  EXPECT_LT(secs, 30.0) << "reading 200 MB took " << secs << " s";
  std::printf("read_file on 200 MB: %.2f s\n", secs);
  fs::remove_all(dir);
}

TEST(BadInput, UnreadablePaths) {
  std::string dir = dyad::testing::temp_dir("unreadable");
  std::string locked = dir + "/locked.txt";
  write(locked, kArticle);
  ::chmod(locked.c_str(), 0);
  if (::geteuid() == 0) {
    // root reads mode-000 files: check the other unreadable kinds instead.
    std::printf("running as root: mode 000 is readable; testing a dangling link and a folder\n");
    EXPECT_EQ(read(locked).docs.size(), 1u);
  } else {
    EXPECT_TRUE(has(error_of(locked), "cannot open: Permission denied"));
  }
  fs::create_symlink(dir + "/gone.txt", dir + "/link.txt");
  EXPECT_EQ(error_of(dir + "/link.txt"), "dangling symbolic link");
  fs::create_directory(dir + "/folder.txt");
  EXPECT_EQ(error_of(dir + "/folder.txt"), "is a folder, not a file");
  EXPECT_EQ(error_of(dir + "/missing.txt").rfind("cannot open: No such file", 0), 0u);
  // Inside a folder walk, the dangling link is an error and the rest is read.
  std::vector<ReadError> errors;
  auto files = expand_paths({dir, dir + "/nowhere"}, errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].path, dir + "/link.txt");
  EXPECT_EQ(errors[1].path, dir + "/nowhere");
  EXPECT_EQ(files, std::vector<std::string>{locked});
  fs::remove_all(dir);
}

TEST(BadInput, TruncatedAndCorruptPdf) {
  std::string dir = dyad::testing::temp_dir("pdf");
  write(dir + "/truncated.pdf", truncated_pdf());
  write(dir + "/garbage.pdf", "%PDF-1.4\nthis is not really a PDF at all\n");
  write(dir + "/fake.pdf", "Just a text file with the wrong name.");
  EXPECT_TRUE(has(error_of(dir + "/truncated.pdf"), "truncated or corrupt PDF"));
  EXPECT_TRUE(has(error_of(dir + "/garbage.pdf"), "truncated or corrupt PDF"));
  EXPECT_EQ(error_of(dir + "/fake.pdf"), "not a PDF (no %PDF- header)");
  fs::remove_all(dir);
}

TEST(BadInput, HtmlBombDoesNotOverflowTheStack) {
  std::string dir = dyad::testing::temp_dir("bomb");
  write(dir + "/bomb.html", html_bomb(100000));
  // Deep but below the parser limit: parsed and walked without recursion.
  write(dir + "/deep.html", html_bomb(1500));
  auto t0 = std::chrono::steady_clock::now();
  Read r = read(dir + "/bomb.html");
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].norm, "The deepest paragraph survived.");
  ASSERT_EQ(r.docs[0].warnings.size(), 1u);
  EXPECT_TRUE(has(r.docs[0].warnings[0], "HTML nested too deeply (100002 levels)"));
  EXPECT_LT(secs, 2.0);
  Read deep = read(dir + "/deep.html");
  ASSERT_EQ(deep.docs.size(), 1u);
  EXPECT_EQ(deep.docs[0].norm, "The deepest paragraph survived.");
  EXPECT_TRUE(deep.docs[0].warnings.empty());
  fs::remove_all(dir);
}

TEST(BadInput, JsonLinesWithBadLines) {
  std::string dir = dyad::testing::temp_dir("jsonl");
  std::string path = dir + "/feed.jsonl";
  write(path,
        "{\"id\": \"a\", \"text\": \"KABUL -- The first report.\"}\n"
        "{\"id\": \"b\", \"text\": \"unterminated\n"
        "{\"id\": \"c\", \"title\": \"No text here\"}\n"
        "{\"id\": \"d\", \"text\": 12}\n"
        "[1, 2, 3]\n"
        "{\"id\": \"e\", \"text\": \"   \"}\n"
        "{\"id\": \"f\", \"text\": \"MOSCOW -- The last report.\"}\n");
  Read r = read(path);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[1].id, "f");
  EXPECT_EQ(r.docs[1].path, path + ":7");
  ASSERT_EQ(r.errors.size(), 5u);
  EXPECT_EQ(r.errors[0].path, path + ":2");
  EXPECT_EQ(r.errors[0].message, "invalid JSON");
  EXPECT_EQ(r.errors[1].path, path + ":3");
  EXPECT_EQ(r.errors[1].message, "no \"text\" field");
  EXPECT_EQ(r.errors[2].message, "\"text\" is not a string");
  EXPECT_EQ(r.errors[3].message, "not a JSON object");
  EXPECT_EQ(r.errors[4].message, "empty text");
  fs::remove_all(dir);
}

TEST(BadInput, TenThousandSmallFilesAreAllRead) {
  std::string dir = dyad::testing::temp_dir("many");
  std::mt19937 rng(7);
  const char* words[] = {"minister", "border", "talks", "envoy", "sanctions", "treaty", "army",
                         "capital", "summit", "delegation", "ceasefire", "trade", "aid", "vote",
                         "parliament", "president", "agreement", "council", "rebels", "election"};
  for (int i = 0; i < 10000; ++i) {
    std::string text = "Report " + std::to_string(i) + "\n\n";
    for (int w = 0; w < 40; ++w) text += std::string(words[rng() % 20]) + (w % 10 == 9 ? ". " : " ");
    char name[32];
    std::snprintf(name, sizeof name, "/d%02d/f%05d.txt", i % 50, i);
    fs::create_directories(dir + std::string(name, 4));
    write(dir + name, text + "\n");
  }
  write(dir + "/d00/zz-empty.txt", "");
  BatchOptions opt;
  opt.jobs = 2;
  Batch b = run_batch({dir}, opt);
  EXPECT_EQ(b.files, 10001u);
  EXPECT_EQ(b.docs.size(), 10000u);
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_EQ(b.errors[0].path, dir + "/d00/zz-empty.txt");
  EXPECT_EQ(b.docs.front().id, "f00000");
  fs::remove_all(dir);
}

// A folder mixing good articles with every kind of bad file.
std::string mixed_corpus() {
  std::string dir = dyad::testing::temp_dir("mixed");
  write(dir + "/good.txt", kArticle);
  write(dir + "/latin1.txt", "Talks at the caf\xe9 ended on Monday, officials said.\n");
  write(dir + "/empty.txt", "");
  write(dir + "/image.bin", std::string("\0\1\2\3\4\5", 6));
  write(dir + "/truncated.pdf", truncated_pdf());
  write(dir + "/bomb.html", html_bomb(100000));
  write(dir + "/feed.jsonl",
        "{\"id\": \"feed-1\", \"text\": \"KABUL -- A report from the capital.\"}\n{oops}\n");
  return dir;
}

TEST(BadInput, BatchGoesOn) {
  std::string dir = mixed_corpus();
  Batch b = run_batch({dir, dir + "/missing.txt"}, BatchOptions{});
  std::vector<std::string> ids;
  for (const auto& d : b.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"bomb", "feed-1", "good", "latin1"}));
  std::vector<std::string> bad;
  for (const auto& e : b.errors) bad.push_back(e.path);
  std::sort(bad.begin(), bad.end());
  EXPECT_EQ(bad, (std::vector<std::string>{dir + "/empty.txt", dir + "/feed.jsonl:2",
                                           dir + "/image.bin", dir + "/missing.txt",
                                           dir + "/truncated.pdf"}));
  fs::remove_all(dir);
}

TEST(BadInput, BinaryReportsOneLinePerErrorAndExitCode) {
  std::string dir = mixed_corpus();
  CliRun r = run_dyad("analyze " + dir + " --json --quiet");
  EXPECT_EQ(r.rc, 0);
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out.substr(0, 200);
  EXPECT_EQ(j["documents"].size(), 4u);
  auto errs = lines(r.err);
  ASSERT_EQ(errs.size(), 4u) << r.err;
  for (const char* f : {"/empty.txt", "/image.bin", "/truncated.pdf", "/feed.jsonl:2"}) {
    size_t hits = 0;
    for (const auto& l : errs) hits += has(l, dir + f) ? 1 : 0;
    EXPECT_EQ(hits, 1u) << f << "\n" << r.err;
  }
  EXPECT_TRUE(has(r.err, "empty file"));
  EXPECT_TRUE(has(r.err, "binary file"));
  EXPECT_TRUE(has(r.err, "truncated or corrupt PDF"));
  EXPECT_TRUE(has(r.err, "invalid JSON"));

  // Nothing readable: exit 1, still one line per problem.
  std::string bad = dyad::testing::temp_dir("allbad");
  write(bad + "/empty.txt", "");
  write(bad + "/image.bin", std::string("\0\1\2", 3));
  CliRun r2 = run_dyad("analyze " + bad + " " + bad + "/missing.txt --json --quiet");
  EXPECT_EQ(r2.rc, 1);
  EXPECT_EQ(lines(r2.err).size(), 3u) << r2.err;
  EXPECT_TRUE(has(r2.err, bad + "/missing.txt"));
  fs::remove_all(dir);
  fs::remove_all(bad);
}
