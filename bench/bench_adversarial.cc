// Adversarial benchmark: does any input shape make `analyze` grow faster than
// linearly? Generates one document of each pathological pattern (runs of
// quotation marks of each kind, apostrophes, brackets, dashes, dots, "said",
// capitalised words, digits, years, one long line, no spaces, markup
// characters, ...) and ordinary article text of the same size, runs the whole
// per-document pipeline on each in a child process, and prints the time and
// peak memory of each against ordinary text, with the slowest stage; then
// ordinary text of twice the size against once.
//
//   bench_adversarial [--size BYTES] [--only NAME[,NAME..]] [--timeout S] [--check] [--stages] [--list]
//                     [--no-events] [--max-time X] [--max-memory X] [--max-double X] [--dump DIR]
//
// Times are the CPU seconds of the measured run and of each stage (user +
// system, so a busy machine distorts them less than wall time).
// --stages prints every stage's time; --check exits 1 when a pattern exceeds the bounds (time <= 3x ordinary,
// memory <= 30x the input size, 2x ordinary text <= 2.5x the time of 1x; --max-* change them, e.g. wide
// margins for a CI check on a shared machine). --no-events stops after the actors stage (the coder apart).
// --dump DIR writes ordinary.txt and each pattern's text to DIR instead (for a profiler).
// Ordinary text: sentences of examples/corpus (and ../shared/seeds when
// present, read at run time) with a third of their words varied, in shuffled
// paragraphs, as bench/make_corpus.py makes them.
#include <sys/resource.h>
#include <sys/wait.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "dedup/near_dup.h"
#include "pipeline/contract.h"
#include "pipeline/pipeline.h"
#include "quotes/quotes.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// ---- ordinary article text -------------------------------------------------

std::vector<std::string> sentence_pool() {
  std::vector<std::string> files;
  std::string root = std::string(DYAD_DATA_DIR) + "/..";
  for (const std::string& dir : {root + "/examples/corpus", root + "/../shared/seeds"}) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> pool;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string t = ss.str(), flat;
    for (char c : t) flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    size_t start = 0;
    for (size_t i = 0; i + 1 < flat.size(); ++i) {
      bool end = (flat[i] == '.' || flat[i] == '?' || flat[i] == '!') && flat[i + 1] == ' ';
      if (!end) continue;
      std::string s = flat.substr(start, i + 1 - start);
      while (!s.empty() && s[0] == ' ') s.erase(0, 1);
      if (s.size() > 40 && s.size() < 400 && std::isupper(static_cast<unsigned char>(s[0])))
        pool.push_back(s);
      start = i + 1;
    }
  }
  if (pool.size() < 50) {
    const char* words[] = {"the", "government", "said", "on", "Tuesday", "that", "talks", "with",
                           "rebels", "would", "resume", "in", "Geneva", "after", "a", "pause",
                           "of", "three", "months", "officials", "minister", "envoy", "border"};
    std::mt19937 rng(1);
    for (int k = 0; k < 500; ++k) {
      std::string s = "Officials";
      for (int w = 0; w < 17; ++w) s += std::string(" ") + words[rng() % 23];
      pool.push_back(s + ".");
    }
  }
  return pool;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool alpha_word(const std::string& w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// One long article: headline, byline, date, then paragraphs of one to four
// sentences (a third of each sentence's words replaced) up to `size` bytes.
std::string ordinary_text(size_t size, unsigned seed) {
  static const std::vector<std::string> pool = sentence_pool();
  std::vector<std::string> vocab;
  for (const auto& s : pool)
    for (const auto& w : split_words(s))
      if (alpha_word(w)) vocab.push_back(w);
  std::sort(vocab.begin(), vocab.end());
  vocab.erase(std::unique(vocab.begin(), vocab.end()), vocab.end());
  std::mt19937 rng(seed);
  std::string out = "Envoys Resume Talks on the Border Dispute\n\nBy Jane Doe\n\nMarch 3, 2021\n\n";
  while (out.size() < size) {
    int n = 1 + static_cast<int>(rng() % 4);
    std::string para;
    for (int k = 0; k < n; ++k) {
      std::vector<std::string> words = split_words(pool[rng() % pool.size()]);
      for (size_t w = 0; w < words.size(); ++w) {
        if (rng() % 3 == 0 && alpha_word(words[w])) words[w] = vocab[rng() % vocab.size()];
        para += (w ? " " : (k ? " " : "")) + words[w];
      }
    }
    out += para + "\n\n";
  }
  out.resize(size);
  return out;
}

// ---- pathological patterns ------------------------------------------------

std::string repeat(const std::string& unit, size_t size) {
  std::string s;
  s.reserve(size + unit.size());
  while (s.size() < size) s += unit;
  s.resize(size);
  // Do not end inside a multi-byte character.
  while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
  if (!s.empty() && static_cast<unsigned char>(s.back()) >= 0xC0) s.pop_back();
  return s;
}

// Units produced by a generator, e.g. numbered or random words.
std::string generate(size_t size, const std::function<std::string(size_t)>& unit) {
  std::string s;
  for (size_t k = 0; s.size() < size; ++k) s += unit(k);
  s.resize(size);
  return s;
}

std::string capital_word(size_t k) {
  std::mt19937 rng(static_cast<unsigned>(k));
  std::string w(1, static_cast<char>('A' + rng() % 26));
  for (int n = 3 + static_cast<int>(rng() % 6); n > 0; --n) w += static_cast<char>('a' + rng() % 26);
  return w + " ";
}

struct Pattern {
  std::string name;
  std::function<std::string(size_t)> make;
};

std::vector<Pattern> patterns() {
  auto rep = [](std::string unit) { return [unit](size_t n) { return repeat(unit, n); }; };
  auto ordinary_map = [](std::function<void(std::string&)> f) {
    return [f](size_t n) {
      std::string s = ordinary_text(n, 11);
      f(s);
      return s;
    };
  };
  return {
      {"dquote", rep("\"")},
      {"dquote_word", rep("\"a ")},
      {"dquote_said", rep("\"We will talk,\" he said. ")},
      {"curly_open", rep("\xE2\x80\x9C")},
      {"curly_close", rep("\xE2\x80\x9D")},
      {"curly_pair", rep("\xE2\x80\x9C" "a\xE2\x80\x9D ")},
      {"low_open", rep("\xE2\x80\x9E")},
      {"guillemets", rep("\xC2\xAB a \xC2\xBB ")},
      {"apostrophe", rep("'")},
      {"apostrophe_word", rep("'a ")},
      {"curly_apostrophe", rep("\xE2\x80\x99")},
      {"single_curly_pair", rep("\xE2\x80\x98" "a\xE2\x80\x99 ")},
      {"backtick", rep("``a'' ")},
      {"open_paren", rep("(")},
      {"paren_word", rep("(a ")},
      {"nested_parens", [](size_t n) { return std::string(n / 2, '(') + std::string(n - n / 2, ')'); }},
      {"square_brackets", rep("[a] ")},
      {"hyphens", rep("-")},
      {"double_dash", rep("a -- ")},
      {"em_dash", rep("\xE2\x80\x94")},
      {"dots", rep(".")},
      {"dot_space", rep(". ")},
      {"ellipsis", rep("a... ")},
      {"said", rep("said ")},
      {"name_said", rep("Smith said ")},
      {"capitalised", [](size_t n) { return generate(n, capital_word); }},
      {"capitalised_repeated", rep("Abdul Rahman ")},
      {"digits", rep("0123456789")},
      {"numbers", [](size_t n) { return generate(n, [](size_t k) { return std::to_string(k % 100000) + " "; }); }},
      {"years", [](size_t n) { return generate(n, [](size_t k) { return std::to_string(1900 + k % 130) + " "; }); }},
      {"in_years", [](size_t n) { return generate(n, [](size_t k) { return "in " + std::to_string(1900 + k % 130) + ", "; }); }},
      {"dates", rep("on March 3, 2021 ")},
      {"day_before", [](size_t n) {  // "the day" takes the year of the latest month named before it
         return generate(n, [](size_t k) { return "In " + std::to_string(1900 + k % 120) + " they met the day before. "; });
       }},
      {"long_line", ordinary_map([](std::string& s) { std::replace(s.begin(), s.end(), '\n', ' '); })},
      {"no_spaces", ordinary_map([](std::string& s) { s.erase(std::remove(s.begin(), s.end(), ' '), s.end()); })},
      {"one_sentence", ordinary_map([](std::string& s) {
         for (char& c : s)
           if (c == '.' || c == '?' || c == '!' || c == '\n' || c == ';' || c == ':') c = ' ';
       })},
      {"single_letters", rep("a ")},
      {"lt", rep("<")},
      {"tag_open", rep("<a ")},
      {"tags", rep("<b>a</b> ")},
      {"block_tags", rep("<p>a</p>")},
      {"ampersand", rep("&")},
      {"entities", rep("&amp; ")},
      {"backslash_quote", rep("\\\"a ")},
      {"newlines", rep("\n")},
      {"word_lines", rep("a\n")},
      // Hard-wrapped prose whose every line ends in a hyphenated word: each
      // join drops a hyphen already written (a cut of the text and its map).
      {"hyphen_wrap", rep("the quick brown fox jumps over the lazy dog and then some mo-\n")},
      {"short_paragraphs", rep("Talks resumed.\n\n")},
      {"bullets", rep("* a\n")},
      {"urls", rep("http://a.b/c ")},
      {"cjk", rep("\xE4\xB8\xAD\xE6\x96\x87")},
      {"combining", rep("a\xCC\x81")},
      {"control_bytes", ordinary_map([](std::string& s) {
         for (size_t i = 0; i < s.size(); i += 97) s[i] = '\x01';
       })},
  };
}

// ---- measuring in a child process ----------------------------------------

struct Result {
  bool ok = false;
  std::string failure;
  double seconds = 0;
  long peak_kb = 0;  // peak resident memory above the warmed-up baseline
  std::map<std::string, double> stages;
  std::map<std::string, long> stage_peak_kb;  // peak memory when the stage ended
};

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// A field of /proc/self/status in kB ("VmHWM", "VmRSS"); -1 when unreadable.
long status_kb(const char* field) {
  std::ifstream in("/proc/self/status");
  size_t n = std::strlen(field);
  for (std::string line; std::getline(in, line);)
    if (line.compare(0, n, field) == 0 && line.size() > n && line[n] == ':') return std::atol(line.c_str() + n + 1);
  return -1;
}

// Peak resident memory in kB since the last reset_peak (VmHWM), or since the
// process started where the kernel cannot reset it (ru_maxrss).
long max_rss_kb() {
  long hwm = status_kb("VmHWM");
  if (hwm >= 0) return hwm;
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

// After the warm-up: freed heap goes back to the system and the kernel's peak
// (VmHWM) restarts from the current resident size, so the measured peak is
// what the document itself needs, not what the warm-up left free for it to
// reuse. Returns the resident size to measure from.
long reset_peak_kb() {
  malloc_trim(0);
  std::ofstream("/proc/self/clear_refs") << "5";
  long rss = status_kb("VmRSS");
  return rss >= 0 ? rss : max_rss_kb();
}

// In the child: warm up (dictionaries load once), then time one document.
// Each stage's time is written to `fd` as it ends ("S name seconds"), so a
// run stopped by the timeout still shows where it was; "R seconds peak_kb"
// ends a complete run.
void child_run(const std::string& text, int fd, bool events) {
  auto say = [fd](const std::string& line) {
    std::string l = line + "\n";
    if (write(fd, l.data(), l.size()) != static_cast<ssize_t>(l.size())) _exit(1);
  };
  long base = 0;
  double cpu_mark = 0;  // CPU seconds when the last stage ended
  // Each stage's CPU seconds (the pipeline reports wall seconds, which a busy
  // machine inflates), and the peak memory when it ended.
  auto stage = [&](const std::string& name, double) {
    double now = cpu_seconds();
    say("S " + name + " " + std::to_string(now - cpu_mark) + " " + std::to_string(max_rss_kb() - base));
    cpu_mark = now;
  };
  dyad::StageOptions stages;
  stages.events = events;
  {
    dyad::Document warm = dyad::document_from_text(ordinary_text(4000, 3), "warm.txt");
    dyad::process_document(warm, stages);
  }
  base = reset_peak_kb();
  stages.on_stage = stage;
  auto t0 = Clock::now();
  double cpu0 = cpu_seconds();
  cpu_mark = cpu0;
  std::vector<dyad::Document> docs;
  docs.push_back(dyad::document_from_text(text, "adversarial.txt"));
  stage("read", std::chrono::duration<double>(Clock::now() - t0).count());
  dyad::process_document(docs[0], stages);
  auto td = Clock::now();
  dyad::dedup::mark_duplicates(docs);
  stage("dedup", std::chrono::duration<double>(Clock::now() - td).count());
  td = Clock::now();
  std::ofstream sink("/dev/null");  // streamed as `dyad analyze` prints it
  dyad::write_contract_json(sink, docs, false, 2);
  stage("json", std::chrono::duration<double>(Clock::now() - td).count());
  double total = cpu_seconds() - cpu0;
  long peak = max_rss_kb() - base;
  // The quotation finder runs inside the actors stage: time it apart.
  if (docs[0].lang) {
    auto tq = Clock::now();
    cpu_mark = cpu_seconds();
    auto q = dyad::quotes::find_quotes(docs[0].text, *docs[0].lang, docs[0].actors);
    stage("quotes_in_actors", std::chrono::duration<double>(Clock::now() - tq).count());
  }
  say("R " + std::to_string(total) + " " + std::to_string(peak));
}

Result measure(const std::string& text, int timeout, bool events) {
  Result r;
  int fd[2];
  if (pipe(fd) != 0) return r;
  pid_t pid = fork();
  if (pid == 0) {
    close(fd[0]);
    alarm(static_cast<unsigned>(timeout));
    child_run(text, fd[1], events);
    _exit(0);
  }
  close(fd[1]);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  close(fd[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  std::istringstream in(out);
  std::string last;
  for (std::string line; std::getline(in, line);) {
    std::istringstream l(line);
    std::string tag;
    l >> tag;
    if (tag == "S") {
      std::string name;
      double s = 0;
      long kb = 0;
      l >> name >> s >> kb;
      r.stages[name] += s;
      r.stage_peak_kb[name] = kb;
      last = name;
    } else if (tag == "R") {
      l >> r.seconds >> r.peak_kb;
      r.ok = true;
    }
  }
  if (r.ok) return r;
  std::string where = last.empty() ? "before reading" : "after " + last;
  if (WIFSIGNALED(st))
    r.failure = (WTERMSIG(st) == SIGALRM ? std::string("TIMEOUT") : std::string("signal ") + strsignal(WTERMSIG(st))) +
                " (" + where + ")";
  else
    r.failure = "no result (" + where + ")";
  return r;
}

std::string slowest(const Result& r) {
  std::string best;
  double t = -1;
  for (const auto& [k, v] : r.stages)
    if (v > t) t = v, best = k;
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s %.2fs", best.c_str(), t);
  return buf;
}

size_t parse_size(const std::string& s) {
  double v = std::atof(s.c_str());
  char unit = s.empty() ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(s.back())));
  if (unit == 'K') v *= 1000;
  if (unit == 'M') v *= 1000000;
  return static_cast<size_t>(v);
}

// A pattern at a quarter of the size should take about a quarter of the time:
// a quadratic step (rescanning the output for each line, say) shows as a ratio
// near 16. Runs shorter than 1.5x ordinary text are not judged (timer noise).
bool grows_linearly(const Pattern& p, size_t size, const Result& full, int timeout, bool events,
                    double max_growth, double ordinary_seconds) {
  Result quarter = measure(p.make(size / 4), timeout, events);
  if (!quarter.ok) return false;
  double growth = full.seconds / std::max(quarter.seconds, 0.05);
  bool bad = growth > max_growth && full.seconds > 1.5 * ordinary_seconds;
  std::printf("%-22s %7s %8.2f  4x the text took %.1fx the time%s\n", (p.name + " /4").c_str(), "",
              quarter.seconds, growth, bad ? "  <-- not linear" : "");
  return !bad;
}

}  // namespace

int main(int argc, char** argv) {
  size_t size = 1000000;
  int timeout = 300;
  bool check = false, all_stages = false, events = true;
  double kMaxTime = 3.0, kMaxMemory = 30.0, kMaxDouble = 2.5, kMaxGrowth = 0;
  std::vector<std::string> only;
  std::string dump_dir;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--size" && i + 1 < argc) size = parse_size(argv[++i]);
    else if (a == "--timeout" && i + 1 < argc) timeout = std::atoi(argv[++i]);
    else if (a == "--check") check = true;
    else if (a == "--stages") all_stages = true;
    else if (a == "--no-events") events = false;
    else if (a == "--max-time" && i + 1 < argc) kMaxTime = std::atof(argv[++i]);
    else if (a == "--max-memory" && i + 1 < argc) kMaxMemory = std::atof(argv[++i]);
    else if (a == "--max-double" && i + 1 < argc) kMaxDouble = std::atof(argv[++i]);
    else if (a == "--max-growth" && i + 1 < argc) kMaxGrowth = std::atof(argv[++i]);
    else if (a == "--only" && i + 1 < argc) {
      std::stringstream ss(argv[++i]);
      for (std::string n; std::getline(ss, n, ',');) only.push_back(n);
    } else if (a == "--dump" && i + 1 < argc) {
      dump_dir = argv[++i];
    } else if (a == "--list") {
      for (const auto& p : patterns()) std::printf("%s\n", p.name.c_str());
      return 0;
    } else {
      std::fprintf(stderr,
                   "usage: bench_adversarial [--size BYTES|NK|NM] [--only NAME,..] [--timeout S] "
                   "[--check] [--stages] [--list] [--no-events] [--max-time X] [--max-memory X] "
                   "[--max-double X] [--max-growth X] [--dump DIR]\n");
      return 2;
    }
  }
  if (!dump_dir.empty()) {
    // Write the texts instead of measuring them (for a profiler or `dyad analyze`).
    fs::create_directories(dump_dir);
    auto dump = [&](const std::string& name, const std::string& text) {
      std::ofstream(dump_dir + "/" + name + ".txt", std::ios::binary) << text;
    };
    dump("ordinary", ordinary_text(size, 11));
    for (const auto& p : patterns())
      if (only.empty() || std::find(only.begin(), only.end(), p.name) != only.end()) dump(p.name, p.make(size));
    return 0;
  }
  bool failed = false;
  double mb = static_cast<double>(size) / 1e6;
  Result base = measure(ordinary_text(size, 11), timeout, events);
  if (!base.ok) {
    std::printf("ordinary text: %s\n", base.failure.c_str());
    return 1;
  }
  std::printf("%-22s %7s %8s %7s %9s %7s  %s\n", "pattern", "MB", "CPU s", "x time", "peak MB",
              "x size", "slowest stage");
  auto row = [&](const std::string& name, size_t bytes, const Result& r, double time_limit) {
    double in_mb = static_cast<double>(bytes) / 1e6;
    if (!r.ok) {
      std::printf("%-22s %7.2f %8s  FAILED: %s\n", name.c_str(), in_mb, "-", r.failure.c_str());
      failed = true;
      return;
    }
    double tr = r.seconds / base.seconds, mr = r.peak_kb / 1024.0 / in_mb;
    bool bad = tr > time_limit || mr > kMaxMemory;
    std::printf("%-22s %7.2f %8.2f %7.2f %9.1f %7.1f  %s%s\n", name.c_str(), in_mb, r.seconds, tr,
                r.peak_kb / 1024.0, mr, slowest(r).c_str(), bad ? "  <-- over bound" : "");
    if (all_stages) {
      std::printf("    ");
      for (const auto& [k, v] : r.stages)
        std::printf(" %s %.3fs/%.0fMB", k.c_str(), v, r.stage_peak_kb.at(k) / 1024.0);
      std::printf("\n");
    }
    std::fflush(stdout);
    failed |= bad;
  };
  row("ordinary", size, base, 1.0);
  for (const auto& p : patterns()) {
    if (!only.empty() && std::find(only.begin(), only.end(), p.name) == only.end()) continue;
    std::string text = p.make(size);
    Result r = measure(text, timeout, events);
    row(p.name, text.size(), r, kMaxTime);
    if (kMaxGrowth > 0 && r.ok) failed |= !grows_linearly(p, size, r, timeout, events, kMaxGrowth, base.seconds);
  }
  if (only.empty() || std::find(only.begin(), only.end(), "double") != only.end())
    row("ordinary x2", 2 * size, measure(ordinary_text(2 * size, 11), timeout, events), kMaxDouble);
  std::printf("bounds: time <= %.1fx ordinary text of %.2f MB, memory <= %.0fx the input; "
              "twice the text <= %.1fx\n",
              kMaxTime, mb, kMaxMemory, kMaxDouble);
  return check && failed ? 1 : 0;
}
