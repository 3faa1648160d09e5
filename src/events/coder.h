// The CAMEO event coder: finds dictionary verbs in each sentence of an
// annotated text, matches the verb's patterns against the words around it
// ($ source, + target, % compound, ^ skip, synsets, _ adjacency), and codes
// source -> target events from the actor mentions: the subject's actors as
// source (the "by" agent of a passive), the first actors after the verb as
// target, one event per actor of a compound, paired codes both ways.
#pragma once

#include <cstdint>
#include <istream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "events/verb_dictionary.h"
#include "lang/annotation.h"

namespace dyad::events {

// Discard phrases (TABARI/PETRARCH .discards): a sentence containing one
// yields no events ("+PHRASE" discards the whole story; both are treated as
// discarding the text coded).
class Discards {
 public:
  bool load_file(const std::string& path, std::vector<std::string>& errors);
  void read(std::istream& in);
  // True when the tokens [first, last) contain a discard phrase.
  bool matches(const lang::Annotation& a, uint32_t first, uint32_t last) const;
  size_t size() const { return phrases_.size(); }

 private:
  std::vector<std::vector<std::string>> phrases_;  // upper-case tokens
};

// The subjects of an outside constituency parse of a (single-sentence) text
// (the PETRARCH harness gives its records' Penn trees, src/petrarch/).
class SubjectParse {
 public:
  virtual ~SubjectParse() = default;
  // The subject of the verb at token `verb`: tokens [first, last), and the end
  // of the verb's phrase in `vp_last` (left as is when the parse has none);
  // false when the parse gives the verb no subject.
  virtual bool subject(uint32_t verb, uint32_t& first, uint32_t& last, uint32_t& vp_last) const = 0;
};

// What the coder reads. Documents turn on the rules for running news prose
// that the PETRARCH unit records do not expect: an event whose verb codes and
// whose source is an actor is kept when no target is found ("Papandreou
// demanded immediate elections": target ""); a compound subject of a
// cooperative verb (roots 03-06: "X and Y agreed upon a pact") codes each
// actor with the other as target; and the other rules that test documents()
// in coder_arguments.cc and coder_emit.cc (pronoun subjects, domestic pairs,
// topics and attributions that are not targets, ...).
enum class CoderMode : uint8_t {
  Records,    // PETRARCH unit records (dyad validate)
  Documents,  // news documents (the pipeline; code_document without options)
};

struct CoderOptions {
  const Discards* discards = nullptr;
  // Optional constituency parse of the (single-sentence) text: its subjects
  // and verb phrases are used instead of the chunker's clauses.
  const SubjectParse* tree = nullptr;
  CoderMode mode = CoderMode::Records;
  bool documents() const { return mode == CoderMode::Documents; }
  // The document's quotations: "I"/"we" inside one is its speaker
  // ("“We strongly oppose ...,” Esper said" -> Esper). Null: none.
  const std::vector<Quote>* quotes = nullptr;
};

// The actor mentions, clauses and noun phrases of each sentence of an
// annotation (indices, in text order), built once per document so coding a
// sentence reads only its own (linear in the document, not quadratic).
// Items grouped by sentence in one flat array (compressed rows): two vectors
// for the whole document, not one per sentence, so a text of half a million
// one-word lines costs a few bytes per sentence.
template <class T>
class SentenceBuckets {
 public:
  // `pairs` holds (sentence, item) in any order; sentences < n.
  SentenceBuckets(size_t n, const std::vector<std::pair<uint32_t, T>>& pairs) : start_(n + 1, 0) {
    for (const auto& [s, _] : pairs) ++start_[s + 1];
    for (size_t i = 1; i <= n; ++i) start_[i] += start_[i - 1];
    items_.resize(pairs.size());
    std::vector<uint32_t> fill(start_.begin(), start_.end() - 1);
    for (const auto& [s, item] : pairs) items_[fill[s]++] = item;
  }
  std::span<const T> operator[](size_t s) const { return {items_.data() + start_[s], start_[s + 1] - start_[s]}; }
  size_t size() const { return start_.size() - 1; }

 private:
  std::vector<uint32_t> start_;
  std::vector<T> items_;
};

struct SentenceIndex {
  SentenceBuckets<int32_t> mentions;   // mentions lying within the sentence, in mention order
  SentenceBuckets<uint32_t> clauses;
  SentenceBuckets<uint32_t> noun_phrases;
  SentenceIndex(const lang::Annotation& a, const std::vector<ActorMention>& ms);
};

// Per token of `a`: 1 where one of `ms` lies over it, else 0.
std::vector<char> tokens_covered(const lang::Annotation& a, const std::vector<ActorMention>& ms);

// The sentence holding tokens [first, last), or -1 (none holds them all).
int32_t sentence_of(const lang::Annotation& a, uint32_t first, uint32_t last);

// Codes sentence `si` of `a` (over `text`) with `mentions` (token ranges in
// `a`); appends to `out`. The form without an index builds one for the call
// (linear in the document): code many sentences with the indexed form.
void code_sentence(std::string_view text, const lang::Annotation& a, uint32_t si,
                   const std::vector<ActorMention>& mentions, const VerbDictionary& verbs,
                   const CoderOptions& opt, const SentenceIndex& index, std::vector<Event>& out);
void code_sentence(std::string_view text, const lang::Annotation& a, uint32_t si,
                   const std::vector<ActorMention>& mentions, const VerbDictionary& verbs,
                   const CoderOptions& opt, std::vector<Event>& out);

// Codes every sentence of a document. doc.lang and doc.actors must be set.
// The first form codes in CoderMode::Documents.
void code_document(Document& doc, const VerbDictionary& verbs);
void code_document(Document& doc, const VerbDictionary& verbs, const CoderOptions& opt);

}  // namespace dyad::events
