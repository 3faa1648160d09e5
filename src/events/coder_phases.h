// The phases of the event coder (coder.cc runs them in this order for each
// sentence and each dictionary verb in it):
//   1. actors     sentence_actors   mentions of the sentence grouped into units (coordinations)
//   2. predicate  find_predicate    the verb (phrase) of the dictionary that stands at a token
//   3. pattern    match_pattern     the voice, the most specific pattern of its blocks and its code
//   4. arguments  find_arguments    subject, "by" agent, reach of the verb, pronoun subject
//   5. roles      assign_roles      source and target units (patients of violence, places as targets)
//                 pronoun_object    "on them": the object pronoun's antecedent as target
//   6. pairs      actor_pairs       the source -> target code pairs (compounds, domestic targets)
//   7. reframe    reported_demand   "X said Y must ..." coded as X's demand on Y
//   8. emit       emit_events       events (both directions of paired codes), never one twice
// The modality of each event is read later (modality.cc), from its verb group.
// Every phase reads the lang::Annotation layers (noun phrases, verb groups,
// clauses) and the actor mentions; none reads another's internals beyond the
// Site it fills. Internal to src/events (and its tests).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "events/coder.h"

namespace dyad::events::coder {

// The upper-case form of a token (base::upper_ascii, under the coder's short name).
inline std::string upper(std::string_view s) { return base::upper_ascii(s); }
bool is_aux(const std::string& u);   // auxiliaries and modals, upper case
bool is_be(const std::string& u);    // forms of be / get, upper case
bool is_topic_preposition(const std::string& u);  // about, regarding, concerning (upper case)
// Prepositions of means, time or manner whose gerund adjoins a clause ("after meeting", "by
// warning it", "while criticising"), upper case.
bool is_adjoining_preposition(const std::string& u);
bool cameo_code(const std::string& c);  // digits (2+) and an optional letter variant

// A group of actor mentions acting as one argument ("Fornost and Gondor").
struct Unit {
  uint32_t first = 0, last = 0;
  std::vector<int32_t> mentions;
};

// Units a pattern bound: $ source, + target, % compound (-1 when none).
struct State {
  int src = -1, tgt = -1, comp = -1;
  bool passive = false;  // the verb is passive: the object slot after it stands empty
};

// One sentence being coded: its upper-case words, actor units and noun-phrase
// boundaries.
struct Ctx {
  const lang::Annotation& a;
  const VerbDictionary& d;
  const std::vector<ActorMention>& mentions;
  const SentenceIndex& idx;
  uint32_t si = 0;
  bool documents = false;      // coding documents (CoderMode::Documents), not unit records
  std::vector<std::string> U{};  // upper-case forms of the sentence's tokens, indexed by token - sb
  uint32_t sb = 0, se = 0;
  std::vector<int32_t> ms{};     // the sentence's coded mentions, in text order
  std::vector<Unit> units{};
  std::vector<int> unit_start{}, unit_end{};  // token -> unit starting / ending (exclusive end) there
  std::vector<int> np_start{}, np_end{};

  const std::string& up(uint32_t i) const { return U[i - sb]; }
  // Every mention (coded or not) and clause of sentence `k` (this one by default).
  std::span<const int32_t> mentions_in(uint32_t k) const { return idx.mentions[k]; }
  std::span<const int32_t> sentence_mentions() const { return idx.mentions[si]; }
  std::span<const uint32_t> clauses_in(uint32_t k) const { return idx.clauses[k]; }
  std::span<const uint32_t> sentence_clauses() const { return idx.clauses[si]; }
  // A compound slot (%) takes a unit of two or more different actors only.
  bool compound_unit(int u) const;
  // Token q is the TO of an infinitive ("to send", "to quickly send").
  bool infinitive_to(uint32_t q) const;
  // Token q is the preposition of a time adjunct ("on Monday", "in June",
  // "in 1967"): a date, never the argument a pattern's preposition names.
  bool time_adjunct(uint32_t q) const;
  // Token q opens an adverbial clause ("until foreign troops leave", "because talks failed"):
  // a subordinator with a finite verb after it before the next comma.
  bool adverbial_clause_at(uint32_t q) const;
  // Token q is AS / AFTER / BEFORE / SINCE with a subject and its finite verb right after it.
  bool subject_clause_at(uint32_t q) const;
  // Pattern matching: the upper part (after the verb) and the lower part (before it, leftwards).
  void seq_ends(const std::vector<std::string>& ph, size_t k, uint32_t q, int depth, std::vector<uint32_t>& ends) const;
  void synset_ends(const std::string& name, uint32_t q, int depth, std::vector<uint32_t>& ends) const;
  bool upper_match(const Pattern& p, size_t k, uint32_t pos, State& st) const;
  bool lower_match(const Pattern& p, size_t k, uint32_t pos, State& st) const;
  // The clause whose verb group holds token i of the sentence, or null.
  const lang::Clause* clause_at(uint32_t i) const;
  // The first unit overlapping tokens [f, l), -1 when none.
  int unit_overlapping(uint32_t f, uint32_t l) const;
  // "The Turkish and Greek sides of the island": an actor inside an OF chain
  // belongs to the chain's head; returns the head's first token.
  uint32_t of_head(uint32_t f) const;
  // The distinct codes of a unit (none for -1).
  std::vector<std::string> codes_of(int u) const;
};

// What the phases find for one verb of the sentence.
struct Site {
  uint32_t i = 0;                    // the dictionary word
  uint32_t vfirst = 0, vlast = 0;    // the verb phrase [vfirst, vlast)
  const VerbForm* vf = nullptr;
  std::vector<const VerbForm*> cands;  // every entry of that form
  const Pattern* best = nullptr;     // the pattern that matched (nullptr: the block's default)
  State st;
  const VerbBlock* block = nullptr;
  CodePair code;
  bool passive = false;
  int subj = -1;                     // subject unit
  bool has_subject = false;          // a subject was found (even one naming no actor)
  uint32_t scope_end = 0;            // the verb's reach ends here
  std::string pronoun_source;        // the actor a pronoun subject refers to
  std::string speaker_source;        // "I"/"we" inside a quotation: its speaker
  int by = -1;                       // "by" agent unit of a passive
  bool object_relative = false;      // the verb's clause is an object relative ("whom X took")
  uint32_t relative_word = 0;        // its "whom" / "that" / "which"
  int relative_object = -1;          // the unit of its antecedent, the verb's object (-1: none)
  bool patient_subject = false;      // the subject suffers the act (passive violence)
  int agent = -1;
  std::string place_source, place_target;  // countries of places standing in for actors
  std::string pronoun_target;        // the actor an object pronoun ("them", "him") refers to
  int src = -1, tgt = -1;            // source and target units
  bool agent_unnamed = false;        // a passive with no "by" agent: the source is unknown
  bool mishap_subject = false;       // the subject is a mishap ("a flood killed"): no one inflicts it
  std::vector<std::pair<std::string, std::string>> pairs;  // source -> target codes
  bool forward_only = false;         // code only the first of a paired code
};

// 1. Units of the sentence's actor mentions; false when the sentence is not coded.
bool sentence_actors(Ctx& c, const CoderOptions& opt);
// 2. The dictionary verb at token i (false: none, or one inside another event's reach).
bool find_predicate(const Ctx& c, uint32_t i, uint32_t covered_until, Site& v);
// 3. The verb's voice (passive_voice) and its best pattern and code (false: the verb codes nothing here).
bool passive_voice(const Ctx& c, const Site& v);
bool match_pattern(const Ctx& c, Site& v);
// 4. Subject, reach and agent of the verb.
void find_arguments(const Ctx& c, const CoderOptions& opt, Site& v);
// 5. Source and target units (false: no event, e.g. violence with no agent and no place).
bool assign_roles(const Ctx& c, const CoderOptions& opt, Site& v);
// 5a. "urged Ukraine (not) to investigate": the infinitive's act is the content of an
// appeal to its source (data/events/appeal_verbs.txt), no event of its own.
bool appeal_content(const Ctx& c, const Site& v);
// 5b. "threatened to use force on them": an object pronoun's antecedent as
// target when no actor is (documents).
void pronoun_object(const Ctx& c, const CoderOptions& opt, Site& v);
// Roots 18-20 (assault, fight, mass violence): in documents such an act with
// no target and no place codes nothing.
bool force_root(const std::string& code);
// A verb of fighting whose other party is the subject's partner ("clash", "fight":
// data/events/reciprocal_verbs.txt).
bool reciprocal_verb(const std::string& lemma);
// 6. The code pairs of the event.
void actor_pairs(const Ctx& c, const CoderOptions& opt, Site& v);
// 7. "X said Y must ...": X's demand (100) on Y replaces Y's act.
void reported_demand(const Ctx& c, Site& v);
// 8. The events, appended to out (no triple twice since first_event).
void emit_events(const Ctx& c, const Site& v, size_t first_event, std::vector<Event>& out);

}  // namespace dyad::events::coder
