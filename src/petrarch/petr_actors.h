// PETRARCH-style actor coding over a token sequence, for the event coder and
// `dyad validate`: actor phrases with dated codes (and multi-actor codes
// "FRO/BIL/SAM"), agent phrases with plurals, !MACRO!s and prefix/suffix
// codes ([~GOV], [NGO~]), combined within a noun phrase group the way
// TABARI/PETRARCH do ("Gondor's government" -> GONGOV, "the ambassadors of
// Arnor and Gondor" -> ARNGOV, GONGOV, "a senior official" -> ---GOV).
// Reads the .actors/.agents files itself because the codes depend on the
// record's date and on agent order, which actors::Dictionary does not keep.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/types.h"
#include "lang/annotation.h"

namespace dyad::events {

class PetrActors {
 public:
  // Readers; problems go to `errors`. False when the file is unreadable.
  bool load_actors(const std::string& path, std::vector<std::string>& errors);
  bool load_agents(const std::string& path, std::vector<std::string>& errors);
  void read_actors(std::istream& in, const std::string& name, std::vector<std::string>& errors);
  void read_agents(std::istream& in, const std::string& name, std::vector<std::string>& errors);

  // Actor mentions of one annotated text; `date` is YYYYMMDD or YYYY-MM-DD
  // ("" = undated). Each mention's token range is its whole compound group
  // (members of "Fornost and Gondor" share one range), so the coder treats
  // the group as one argument.
  std::vector<ActorMention> recognize(const lang::Annotation& a, const std::string& date) const;

  size_t actor_count() const { return actors_.size(); }
  size_t agent_count() const { return agents_.size(); }
  // Every word of every actor and agent phrase (upper case): lets a tagger
  // treat them as nouns.
  bool is_phrase_word(std::string_view upper_word) const { return words_.count(std::string(upper_word)) > 0; }

 private:
  struct DatedCode {
    std::string code;
    long from = 0, to = 99999999;  // YYYYMMDD, inclusive
    bool dated = false;
  };
  struct Actor {
    std::vector<DatedCode> codes;
  };
  struct Agent {
    std::string code;
    bool prefix = false;  // [NGO~]: goes before the actor code
  };
  struct Phrase {
    std::vector<std::string> words;
    int32_t actor = -1, agent = -1;
  };
  std::vector<Actor> actors_;
  std::vector<Agent> agents_;
  std::unordered_map<std::string, std::vector<Phrase>> by_first_;  // longest first
  std::unordered_map<std::string, std::vector<std::string>> macros_;
  std::unordered_map<std::string, int> words_;
  void add_phrase(std::vector<std::string> words, int32_t actor, int32_t agent);
  const Phrase* longest(const std::vector<std::string>& toks, size_t i, size_t end) const;
  std::vector<std::string> codes_of(const Actor& a, long date) const;
};

// "950601" -> 19950601, "20100109" -> 20100109; 0 when not a date.
long petr_date(std::string_view s);

}  // namespace dyad::events
