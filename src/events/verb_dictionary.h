// The in-memory CAMEO verb dictionary: verbs (with their inflected forms and
// multi-word parts), grouped in blocks that share a default code and a list
// of patterns ("- * DIPLOMATIC TIES [064]") with source/target markers,
// synsets (&NAME), adjacency and paired codes ([032:033]). Filled by the
// readers in verb_reader.h (PETRARCH1 validation format and CAMEO.2.0.txt).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::events {

// One element of a pattern.
struct PatternElem {
  enum Kind : uint8_t { Word, Synset, Source, Target, Compound, SkipNP };
  Kind kind = Word;
  std::string text;     // upper-case word or synset name (without '&')
  bool adj = false;     // must be directly next to the neighbouring element toward the verb
};

// A code, possibly paired ("032:033": the event and its reciprocal).
struct CodePair {
  std::string first, second;  // "" when none; "---" means no event
  bool empty() const { return first.empty(); }
};

struct Pattern {
  // Elements before the verb, nearest to the verb first; and after it, in order.
  std::vector<PatternElem> lower, upper;
  bool lower_adj = false;  // the nearest lower element touches the verb ("IN_*")
  bool upper_adj = false;  // the first upper element touches the verb ("*_OUT")
  CodePair code;
  std::string text;        // the pattern line as written (for review)
  int literals = 0;        // words and synsets: how specific the pattern is
  bool content = false;    // names a noun, verb or particle, not prepositions only
  uint32_t order = 0;      // position in the file
};

// A verb as it can appear in text: the head word form plus words that must
// stand right before / after it ("WIRE_+TAP": before = {WIRE}).
struct VerbForm {
  uint32_t verb = 0;                 // index into VerbDictionary::verbs()
  std::vector<std::string> before;   // upper case, text order
  std::vector<std::string> after;
};

struct Verb {
  std::string word;     // head word as written (upper case)
  uint32_t block = 0;
  CodePair code;        // its own default code, else the block's
};

struct VerbBlock {
  std::string name;
  CodePair code;                 // default code of the block
  std::vector<Pattern> patterns; // in file order
};

class VerbDictionary {
 public:
  // Loads one file (either format, detected line by line). Problems go to
  // `errors` ("file:line: message"); returns false when the file is unreadable.
  bool load_file(const std::string& path, std::vector<std::string>& errors);
  bool load_files(const std::vector<std::string>& paths, std::vector<std::string>& errors);
  // Every data/verbs/*.verbs.txt (empty when there are none).
  static VerbDictionary builtin();

  // Forms whose head word is `upper_form` (e.g. "RESTORED"); empty when none.
  const std::vector<VerbForm>* forms(std::string_view upper_form) const;
  const std::vector<Verb>& verbs() const { return verbs_; }
  const std::vector<VerbBlock>& blocks() const { return blocks_; }
  // The code of verb `v` when no pattern matches: its own, else its block's.
  const CodePair& default_code(const Verb& v) const { return !v.code.empty() ? v.code : blocks_[v.block].code; }
  // The one-word verbs written `upper_form` ("SABOTAGING"), no multi-word form.
  std::vector<const Verb*> word_verbs(std::string_view upper_form) const;
  // The default code of the first of word_verbs(upper_form) that codes an
  // event; "" when none does (no code, or "---").
  std::string word_code(std::string_view upper_form) const;
  // Phrases of a synset (each a token list, may hold "&NAME" references).
  const std::vector<std::vector<std::string>>* synset(const std::string& name) const;
  size_t pattern_count() const;
  bool empty() const { return verbs_.empty(); }

  // Building (used by the readers).
  uint32_t add_block(const std::string& name, CodePair code);
  // Adds a verb: `words` upper case, `head` the index of the inflected word,
  // `irregular` extra forms of the whole phrase (same shape), regular forms
  // generated unless `regular` is false.
  void add_verb(uint32_t block, const std::vector<std::string>& words, size_t head, CodePair code,
                const std::vector<std::vector<std::string>>& irregular, bool regular = true);
  void add_pattern(uint32_t block, Pattern p);
  void add_synset_phrase(const std::string& name, std::vector<std::string> phrase);

 private:
  std::vector<Verb> verbs_;
  std::vector<VerbBlock> blocks_;
  std::unordered_map<std::string, std::vector<VerbForm>> forms_;
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> synsets_;
  uint32_t order_ = 0;
  void add_form(const std::string& head_form, VerbForm f);
};

// Regular inflections of an upper-case verb: base, -S/-ES/-IES, -ED/-D/-IED,
// -ING (final E dropped, final consonant doubled), all candidates.
std::vector<std::string> regular_forms(const std::string& base);
// "032:033" -> {"032","033"}; "064" -> {"064",""}.
CodePair parse_code(std::string_view s);

}  // namespace dyad::events
