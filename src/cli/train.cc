// `dyad train --treebank DIR --out FILE`: trains the syntax model (tagger
// and dependency parser) on a Universal Dependencies treebank's training
// part (*-ud-train.conllu), prints its progress and the scores on the
// development part (*-ud-dev.conllu, used for nothing else), and writes the
// model file that lang::Resources loads (data/lang/syntax.model).
#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "lang/model_io.h"
#include "lang/resources.h"
#include "lang/train_syntax.h"

namespace dyad::cli {

namespace {

// The shipped model's recipe is the default (beam 8, feature set 2, 12 passes, weights
// under 300 dropped; chosen on EWT dev, docs/parser.md round 3).
lang::SyntaxTrainingOptions shipped_recipe() {
  lang::SyntaxTrainingOptions o;
  o.parser.beam = 8;
  o.parser.features = 2;
  o.parser.iterations = 12;
  o.parser.min_weight = 300;
  return o;
}

struct TrainArgs {
  std::string treebank;
  std::string out = "data/lang/syntax.model";
  lang::SyntaxTrainingOptions opt = shipped_recipe();
  std::string prune;
  std::string retag;
  std::string tagger_from;
};

// The file of the treebank whose name ends with `suffix` ("-ud-train.conllu").
std::string find_part(const std::string& dir, const std::string& suffix) {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      return e.path().string();
  }
  return {};
}

// The parser weights of a trained model below --min-weight dropped (the same
// as training with that --min-weight: pruning comes after compiling); with
// --tagger-from, the tagger of that model put in place of its own (same tag
// classes required: the parser reads the tagger's class numbers).
int run_prune(const TrainArgs& a) {
  lang::SyntaxModel m;
  std::string error;
  if (!lang::load_syntax_model(a.prune, m, error)) {
    std::cerr << "dyad train: " << error << "\n";
    return 1;
  }
  if (!a.tagger_from.empty()) {
    lang::SyntaxModel t;
    if (!lang::load_syntax_model(a.tagger_from, t, error)) {
      std::cerr << "dyad train: " << error << "\n";
      return 1;
    }
    if (!lang::same_tag_classes(t.tagger, m.tagger)) {
      std::cerr << "dyad train: " << a.tagger_from << ": its tag classes differ from " << a.prune << "'s\n";
      return 1;
    }
    m.tagger = std::move(t.tagger);
  }
  m.parser.model = m.parser.model.pruned(a.opt.parser.min_weight);
  if (!lang::save_syntax_model(m, a.out, error)) {
    std::cerr << "dyad train: " << error << "\n";
    return 1;
  }
  std::cerr << "wrote " << a.out << " (" << std::filesystem::file_size(a.out) << " bytes)\n";
  return 0;
}

// Only the tagger trained again, on top of the parser of the model --retag names.
int run_retag(const TrainArgs& a, const std::vector<lang::ConlluSentence>& train,
              const std::vector<lang::ConlluSentence>& dev) {
  lang::SyntaxModel m;
  std::string error;
  if (!lang::load_syntax_model(a.retag, m, error)) {
    std::cerr << "dyad train: " << error << "\n";
    return 1;
  }
  lang::SyntaxTrainingOptions opt = a.opt;
  opt.hints = lang::Resources::get().syntax.hints;
  if (!lang::retrain_tagger(m, train, opt)) {
    std::cerr << "dyad train: " << a.retag << ": its tag classes differ from the treebank's\n";
    return 1;
  }
  if (!dev.empty()) {
    lang::SyntaxScores s = lang::score_syntax(m, dev);
    std::cerr << "dev UPOS " << s.upos << " XPOS " << s.xpos << " UAS " << s.uas << " LAS " << s.las << "\n";
  }
  if (!lang::save_syntax_model(m, a.out, error)) {
    std::cerr << "dyad train: " << error << "\n";
    return 1;
  }
  return 0;
}

int run(const TrainArgs& a) {
  if (!a.prune.empty()) return run_prune(a);
  if (a.treebank.empty()) {
    std::cerr << "dyad train: --treebank DIR is required\n";
    return 1;
  }
  std::string train_path = find_part(a.treebank, "-ud-train.conllu");
  if (train_path.empty()) {
    std::cerr << "dyad train: " << a.treebank << ": no *-ud-train.conllu file\n";
    return 1;
  }
  std::string error;
  std::vector<lang::ConlluSentence> train, dev;
  if (!lang::read_conllu_file(train_path, train, error)) {
    std::cerr << "dyad train: " << error << "\n";
    return 1;
  }
  std::string dev_path = find_part(a.treebank, "-ud-dev.conllu");
  if (!dev_path.empty() && !lang::read_conllu_file(dev_path, dev, error)) {
    std::cerr << "dyad train: " << error << "\n";
    return 1;
  }
  if (!a.retag.empty()) return run_retag(a, train, dev);
  std::cerr << "training on " << train.size() << " sentences of " << train_path << "\n";
  auto t0 = std::chrono::steady_clock::now();
  lang::SyntaxTrainingOptions opt = a.opt;
  opt.hints = lang::Resources::get().syntax.hints;
  std::cerr << "tag lexicon hints: " << opt.hints.size() << " words\n";
  lang::SyntaxModel m = lang::train_syntax(train, dev, opt, std::cerr);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!lang::save_syntax_model(m, a.out, error)) {
    std::cerr << "dyad train: " << error << "\n";
    return 1;
  }
  std::cerr << "trained in " << secs << " s; wrote " << a.out << " (" << std::filesystem::file_size(a.out)
            << " bytes)\n";
  return 0;
}

}  // namespace

void register_train(CLI::App& app) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* cmd = app.add_subcommand(
      "train",
      "Train the part-of-speech tagger and dependency parser on a Universal Dependencies treebank and write "
      "the model file.\nExample: dyad train --treebank ../shared/suites/ud-ewt --out data/lang/syntax.model");
  cmd->add_option("--treebank", args->treebank, "Folder with *-ud-train.conllu (and *-ud-dev.conllu, scored)");
  cmd->add_option("--out", args->out, "Model file to write")->default_val(args->out);
  cmd->add_option("--tagger-passes", args->opt.tagger.iterations, "Training passes of the tagger")
      ->default_val(args->opt.tagger.iterations);
  cmd->add_option("--parser-passes", args->opt.parser.iterations, "Training passes of the parser")
      ->default_val(args->opt.parser.iterations);
  cmd->add_option("--jackknife", args->opt.jackknife_folds, "Folds for the parser's predicted tags (1: gold tags)")
      ->default_val(args->opt.jackknife_folds);
  cmd->add_option("--min-updates", args->opt.parser.min_updates, "Drop parser features updated fewer times")
      ->default_val(args->opt.parser.min_updates);
  cmd->add_option("--beam", args->opt.parser.beam, "Beam width of the parser (1: greedy, dynamic oracle)")
      ->default_val(args->opt.parser.beam);
  cmd->add_option("--min-weight", args->opt.parser.min_weight,
                  "Drop parser weights below this (int16 units of the model file)")
      ->default_val(args->opt.parser.min_weight);
  cmd->add_option("--prune", args->prune,
                  "Do not train: read this model, drop parser weights below --min-weight, write --out");
  cmd->add_option("--tagger-from", args->tagger_from,
                  "With --prune: take the tagger of this model (same tag classes) instead of the pruned model's");
  cmd->add_option("--retag", args->retag,
                  "Train only the tagger, keep the parser of this model, write --out (scores dev)");
  cmd->add_option("--tagger-features", args->opt.tagger.features, "Feature set of the tagger (1 or 2)")
      ->default_val(args->opt.tagger.features);
  cmd->add_option("--parser-features", args->opt.parser.features, "Feature set of the parser (1 or 2)")
      ->default_val(args->opt.parser.features);
  cmd->add_option("--pass-models", args->opt.pass_models, "Also write the model after each pass to PATH.N");
  cmd->add_option("--seed", args->opt.parser.seed, "Seed of the pass order and exploration")
      ->default_val(args->opt.parser.seed);
  cmd->callback([args] { set_exit_code(run(*args)); });
  register_train_names(app);
}

}  // namespace dyad::cli
