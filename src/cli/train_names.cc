// `dyad train-names --uner DIR --out FILE`: trains the name finder on the
// Universal NER annotation of EWT's development part (*-dev.iob2), with the
// Penn tags of the trained tagger and the gazetteer of data/actors, prints
// precision, recall and F1 per type on the test part (*-test.iob2) beside a
// capitalisation baseline, and writes data/lang/names.model.
#include <array>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <set>
#include <tuple>

#include "cli/commands.h"
#include "lang/iob2.h"
#include "lang/model_io.h"
#include "lang/resources.h"

namespace dyad::cli {

namespace {

struct TrainNamesArgs {
  std::string uner;
  std::string out = "data/lang/names.model";
  int passes = 12;
  uint64_t seed = 1;
};

std::string find_iob2(const std::string& dir, const std::string& suffix) {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string n = e.path().filename().string();
    if (n.size() >= suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
      return e.path().string();
  }
  return {};
}

std::vector<lang::NameSentence> prepare(const std::vector<lang::Iob2Sentence>& data, const lang::Resources& res) {
  std::vector<lang::NameSentence> out;
  for (const auto& s : data) {
    std::vector<std::string_view> forms(s.forms.begin(), s.forms.end());
    auto syn = lang::analyze_sentence(res.syntax, forms);
    lang::NameSentence n;
    n.words = lang::name_words(forms, lang::penn_tags(res.syntax, forms, syn), res.names.gazetteer);
    for (const auto& l : s.labels) n.gold.push_back(static_cast<uint8_t>(std::max(0, lang::parse_name_label(l))));
    out.push_back(std::move(n));
  }
  return out;
}

using Spans = std::set<std::tuple<size_t, uint32_t, uint32_t, int>>;  // sentence, first, last, type

void add_spans(Spans& s, size_t si, const std::vector<lang::Name>& names) {
  for (const auto& n : names) s.insert({si, n.first, n.last, static_cast<int>(n.type)});
}

// Capitalisation baseline: every run of capitalised words (a sentence's first
// word only when the next one is capitalised too), typed as the commonest type.
std::vector<lang::Name> capitalised_runs(const std::vector<lang::NameWord>& w, lang::NameType type) {
  std::vector<lang::Name> out;
  auto cap = [&](size_t i) { return i < w.size() && (w[i].keys.flags & lang::kCapital); };
  for (uint32_t i = 0; i < w.size(); ++i) {
    if (!cap(i) || (i == 0 && !cap(1))) continue;
    uint32_t j = i;
    while (cap(j)) ++j;
    out.push_back(lang::Name{i, j, 0, type});
    i = j;
  }
  return out;
}

void print_scores(const char* what, const Spans& gold, const Spans& pred) {
  std::cerr << what << "\n";
  for (int t = -1; t < lang::kNameTypeCount; ++t) {
    size_t g = 0, p = 0, ok = 0;
    for (const auto& s : gold) g += t < 0 || std::get<3>(s) == t;
    for (const auto& s : pred) {
      if (t >= 0 && std::get<3>(s) != t) continue;
      ++p;
      ok += gold.count(s);
    }
    if (g == 0 && p == 0) continue;
    double pr = p ? double(ok) / p : 0, rc = g ? double(ok) / g : 0, f = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
    std::cerr << "  " << std::setw(4) << (t < 0 ? "all" : lang::name_type_name(static_cast<lang::NameType>(t)))
              << std::fixed << std::setprecision(3) << "  P " << pr << "  R " << rc << "  F1 " << f << "  (gold "
              << g << ")\n";
  }
}

int run(const TrainNamesArgs& a) {
  const auto& res = lang::Resources::get();
  if (res.syntax.empty()) {
    std::cerr << "dyad train-names: no syntax model (data/lang/syntax.model): run `dyad train` first\n";
    return 1;
  }
  std::string dev_path = find_iob2(a.uner, "-dev.iob2"), test_path = find_iob2(a.uner, "-test.iob2"), error;
  std::vector<lang::Iob2Sentence> dev, test;
  if (dev_path.empty() || !lang::read_iob2_file(dev_path, dev, error)) {
    std::cerr << "dyad train-names: " << (error.empty() ? a.uner + ": no *-dev.iob2 file" : error) << "\n";
    return 1;
  }
  if (!test_path.empty() && !lang::read_iob2_file(test_path, test, error)) {
    std::cerr << "dyad train-names: " << error << "\n";
    return 1;
  }
  std::cerr << "training on " << dev.size() << " sentences of " << dev_path << " (gazetteer "
            << res.names.gazetteer.size() << " names)\n";
  auto train = prepare(dev, res);
  lang::NameFinder f = lang::train_name_finder(train, a.passes, a.seed);
  f.gazetteer = res.names.gazetteer;
  if (!lang::save_name_model(f, a.out, error)) {
    std::cerr << "dyad train-names: " << error << "\n";
    return 1;
  }
  std::cerr << "wrote " << a.out << " (" << std::filesystem::file_size(a.out) << " bytes)\n";
  if (test.empty()) return 0;
  std::array<size_t, lang::kNameTypeCount> count{};
  for (const auto& s : train)
    for (const auto& n : lang::names_of_labels(s.gold)) ++count[static_cast<int>(n.type)];
  auto common = static_cast<lang::NameType>(std::max_element(count.begin(), count.end()) - count.begin());
  Spans gold, ours, base;
  auto scored = prepare(test, res);
  for (size_t si = 0; si < scored.size(); ++si) {
    add_spans(gold, si, lang::names_of_labels(scored[si].gold));
    add_spans(ours, si, lang::names_of_labels(f.label(scored[si].words)));
    add_spans(base, si, capitalised_runs(scored[si].words, common));
  }
  print_scores("name finder on the test part:", gold, ours);
  print_scores("capitalisation baseline (runs of capitalised words):", gold, base);
  return 0;
}

}  // namespace

void register_train_names(CLI::App& app) {
  auto args = std::make_shared<TrainNamesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "train-names",
      "Train the name finder (PER/ORG/LOC) on Universal NER's EWT dev part, score it on the test part and "
      "write the model file.\nExample: dyad train-names --uner ../shared/suites/ud-ewt/uner --out "
      "data/lang/names.model");
  cmd->add_option("--uner", args->uner, "Folder with *-dev.iob2 (trained on) and *-test.iob2 (scored)")->required();
  cmd->add_option("--out", args->out, "Model file to write")->default_val(args->out);
  cmd->add_option("--passes", args->passes, "Training passes")->default_val(args->passes);
  cmd->callback([args] { set_exit_code(run(*args)); });
}

}  // namespace dyad::cli
