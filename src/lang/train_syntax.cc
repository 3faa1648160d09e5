// The training recipe of the syntax model and its scoring.
#include "lang/train_syntax.h"

#include <algorithm>
#include <map>
#include <ostream>

#include "lang/model_io.h"

namespace dyad::lang {

namespace {

std::vector<WordKeys> keys_of(const ConlluSentence& s, const TagHints& hints) {
  std::vector<WordKeys> k;
  std::vector<std::string_view> forms;
  k.reserve(s.words.size());
  for (const auto& w : s.words) {
    k.push_back(word_keys(w.form));
    forms.push_back(w.form);
  }
  hints.annotate(forms, k);
  return k;
}

std::string class_name(const ConlluWord& w) { return w.xpos + "|" + w.upos; }

// Tag classes, most frequent first (ties by name), from the training part.
std::vector<TagClass> tag_classes(const std::vector<ConlluSentence>& data, std::map<std::string, uint16_t>& ids) {
  std::map<std::string, size_t> count;
  for (const auto& s : data)
    for (const auto& w : s.words) ++count[class_name(w)];
  std::vector<std::pair<std::string, size_t>> v(count.begin(), count.end());
  std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
  std::vector<TagClass> out;
  for (const auto& [name, n] : v) {
    TagClass c;
    size_t bar = name.rfind('|');
    c.xpos = name.substr(0, bar);
    if (!parse_upos(name.substr(bar + 1), c.upos)) c.upos = Upos::X;
    c.penn = penn_of_xpos(c.xpos, c.upos);
    ids[name] = static_cast<uint16_t>(out.size());
    out.push_back(c);
  }
  return out;
}

std::vector<TaggedSentence> tagged(const std::vector<ConlluSentence>& data, const std::map<std::string, uint16_t>& ids,
                                   const TagHints& hints) {
  std::vector<TaggedSentence> out;
  for (const auto& s : data) {
    TaggedSentence t;
    t.words = keys_of(s, hints);
    for (const auto& w : s.words) {
      auto it = ids.find(class_name(w));
      t.gold.push_back(it == ids.end() ? 0 : it->second);
    }
    out.push_back(std::move(t));
  }
  return out;
}

// Tags for the parser's training data: each fold tagged by a tagger trained on the others.
std::vector<std::vector<uint16_t>> jackknife_tags(const std::vector<TaggedSentence>& data,
                                                  const std::vector<TagClass>& classes,
                                                  const SyntaxTrainingOptions& opt, std::ostream& log) {
  std::vector<std::vector<uint16_t>> tags(data.size());
  int k = opt.jackknife_folds;
  if (k <= 1) {
    for (size_t i = 0; i < data.size(); ++i) tags[i] = data[i].gold;
    return tags;
  }
  for (int f = 0; f < k; ++f) {
    std::vector<TaggedSentence> rest;
    for (size_t i = 0; i < data.size(); ++i)
      if (static_cast<int>(i % k) != f) rest.push_back(data[i]);
    PosTagger t = train_tagger(rest, classes, opt.tagger);
    for (size_t i = f; i < data.size(); i += k) tags[i] = t.tag(data[i].words);
    log << "jackknife fold " << f + 1 << "/" << k << " tagged\n" << std::flush;
  }
  return tags;
}

std::vector<DepRel> label_set(const std::vector<ConlluSentence>& data) {
  std::vector<bool> seen(kDepRelCount, false);
  seen[static_cast<int>(DepRel::root)] = true;
  for (const auto& s : data)
    for (const auto& w : s.words) {
      DepRel r;
      if (parse_deprel(w.deprel, r)) seen[static_cast<int>(r)] = true;
    }
  std::vector<DepRel> out;
  for (int i = 1; i < kDepRelCount; ++i)
    if (seen[i]) out.push_back(static_cast<DepRel>(i));
  return out;
}

std::string universal(const std::string& rel) { return rel.substr(0, rel.find(':')); }

}  // namespace

SyntaxScores score_syntax(const SyntaxModel& m, const std::vector<ConlluSentence>& gold) {
  SyntaxScores sc;
  size_t upos = 0, xpos = 0, uas = 0, las = 0, lasu = 0;
  for (const auto& s : gold) {
    std::vector<std::string_view> forms;
    for (const auto& w : s.words) forms.push_back(w.form);
    SentenceSyntax out = analyze_sentence(m, forms);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const auto& w = s.words[i];
      const TagClass& c = m.tagger.classes[out.tag_class[i]];
      upos += w.upos == upos_name(c.upos);
      xpos += w.xpos == c.xpos;
      bool head = out.head[i] == w.head;
      uas += head;
      las += head && w.deprel == deprel_name(out.rel[i]);
      lasu += head && universal(w.deprel) == universal(deprel_name(out.rel[i]));
      ++sc.words;
    }
  }
  double n = std::max<size_t>(sc.words, 1);
  sc.upos = upos / n, sc.xpos = xpos / n, sc.uas = uas / n, sc.las = las / n, sc.las_universal = lasu / n;
  return sc;
}

bool same_tag_classes(const PosTagger& a, const PosTagger& b) {
  if (a.classes.size() != b.classes.size()) return false;
  for (size_t i = 0; i < a.classes.size(); ++i)
    if (a.classes[i].xpos != b.classes[i].xpos || a.classes[i].upos != b.classes[i].upos) return false;
  return true;
}

bool retrain_tagger(SyntaxModel& base, const std::vector<ConlluSentence>& train, const SyntaxTrainingOptions& opt) {
  std::map<std::string, uint16_t> ids;
  PosTagger fresh;
  fresh.classes = tag_classes(train, ids);
  if (!same_tag_classes(fresh, base.tagger)) return false;
  std::vector<TagClass>& classes = fresh.classes;
  base.hints = opt.hints;
  base.tagger = train_tagger(tagged(train, ids, opt.hints), classes, opt.tagger);
  return true;
}

SyntaxModel train_syntax(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                         const SyntaxTrainingOptions& opt, std::ostream& log) {
  std::map<std::string, uint16_t> ids;
  std::vector<TagClass> classes = tag_classes(train, ids);
  std::vector<TaggedSentence> data = tagged(train, ids, opt.hints);
  SyntaxModel m;
  m.hints = opt.hints;
  m.tagger = train_tagger(data, classes, opt.tagger);
  log << "tagger: " << classes.size() << " classes, " << m.tagger.model.rows() << " features\n" << std::flush;
  auto tags = jackknife_tags(data, classes, opt, log);
  std::vector<ParsedSentence> parsed;
  std::vector<DepRel> labels = label_set(train);
  std::vector<int> label_index(kDepRelCount, 0);
  for (size_t i = 0; i < labels.size(); ++i) label_index[static_cast<int>(labels[i])] = static_cast<int>(i);
  for (size_t si = 0; si < train.size(); ++si) {
    ParsedSentence p;
    p.words = data[si].words;
    p.tags = tags[si];
    p.heads.assign(1, -1);
    p.labels.assign(1, -1);
    for (const auto& w : train[si].words) {
      DepRel r = DepRel::dep;
      parse_deprel(w.deprel, r);
      p.heads.push_back(w.head < 0 ? 0 : w.head);
      p.labels.push_back(label_index[static_cast<int>(r)]);
    }
    parsed.push_back(std::move(p));
  }
  ParserTraining popt = opt.parser;
  if (!dev.empty() || !opt.pass_models.empty()) {
    popt.on_pass = [&](int it, const DepParser& parser) {
      SyntaxModel probe{m.tagger, parser, m.hints};
      std::string error;
      if (!opt.pass_models.empty() && !save_syntax_model(probe, opt.pass_models + "." + std::to_string(it + 1), error))
        log << error << "\n";
      if (dev.empty()) return;
      SyntaxScores s = score_syntax(probe, dev);
      log << "parser pass " << it + 1 << ": dev UPOS " << s.upos << " XPOS " << s.xpos << " UAS " << s.uas
          << " LAS " << s.las << " (universal " << s.las_universal << "), " << parser.model.rows() << " features\n"
          << std::flush;
    };
  }
  m.parser = train_parser(parsed, labels, popt);
  return m;
}

}  // namespace dyad::lang
