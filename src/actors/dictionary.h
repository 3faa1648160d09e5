// The actor dictionary: countries (ISO names from Debian's iso-codes plus
// data/actors/countries.txt), demonyms, capitals, seats of power,
// organisations, armed groups, ethnic groups, people with dated roles, role
// words and titles, compiled once into a token-phrase matcher (a hash trie
// over lower-cased tokens, verified after a compiled multi-pattern scan,
// phrase_matcher.h). PETRARCH dictionaries can be merged in (petrarch_dict.h).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad::actors {

// Place: a city or province that is never an actor itself, only located in a country.
enum class EntryType : uint8_t { Country, Demonym, Capital, Seat, Organisation, Group, Ethnic, Person, Place };

struct Entry {
  EntryType type = EntryType::Country;
  std::string code;      // CAMEO code (country entries: ISO alpha-3)
  std::string name;      // readable display name
  std::string kind;      // igo, armed group, think tank, person ...
  std::string country;   // ISO alpha-3 or ""
  std::string role;      // people: role held
  std::string from, to;  // people: dates of the role ("" = open)
};

class PhraseMatcher;

// Where dictionary phrases start in one token sequence, found by one scan of
// the compiled matcher: bit n-1 of phrase_lengths[i] is set when a phrase of
// n tokens starts at token i (agent_lengths: role words). Not valid when the
// dictionary is not compiled; lookups then use the hash path.
struct Candidates {
  bool valid = false;
  std::vector<uint32_t> phrase_lengths, agent_lengths;
};

struct Match {
  uint32_t length = 0;               // tokens
  std::vector<uint32_t> entries;     // indices into Dictionary::entries
};

class Dictionary {
 public:
  // Loads data/actors/* and the ISO names; `warnings` says what was missing.
  static Dictionary load_default();
  // The process-wide default dictionary (loaded once, read-only).
  static const Dictionary& get();

  void add(Entry e, const std::vector<std::string>& phrases);
  void add_agent(const std::string& phrase, const std::string& agent);
  void add_title(const std::string& phrase, const std::string& agent);
  void add_portfolio(const std::string& phrase, const std::string& agent);

  // Compiles every phrase and role word into the multi-pattern matcher
  // (once, after the last add; load_default and the PETRARCH loader do it).
  // Adding afterwards drops the compiled matcher until compile() again.
  void compile();
  bool compiled() const { return matcher_ != nullptr; }
  size_t pattern_count() const { return pattern_tokens_ ? pattern_tokens_->size() : 0; }
  // One scan of the compiled matcher over a document's tokens.
  Candidates scan(const std::vector<std::string_view>& tokens) const;

  // Longest phrase starting at tokens[i] (token texts as in the document).
  // Empty match when none. With valid candidates only their lengths are tried.
  Match longest(const std::vector<std::string_view>& tokens, size_t i) const;
  Match longest(const std::vector<std::string_view>& tokens, size_t i, const Candidates& cand) const;
  // Agent code of a role word/phrase starting at tokens[i] and its length, or "".
  std::string agent_at(const std::vector<std::string_view>& tokens, size_t i, uint32_t& length) const;
  std::string agent_at(const std::vector<std::string_view>& tokens, size_t i, uint32_t& length,
                       const Candidates& cand) const;
  // Agent of a title at tokens[i] ("-" for Mr./Dr.), "" when not a title.
  std::string title_at(const std::vector<std::string_view>& tokens, size_t i, uint32_t& length) const;
  // A portfolio after a title's "of" at tokens[i] ("Agriculture", "Foreign Affairs"): the
  // agent it gives its holder ("-" to keep the title's), "" when none.
  std::string portfolio_at(const std::vector<std::string_view>& tokens, size_t i, uint32_t& length) const;

  const std::vector<Entry>& entries() const { return entries_; }
  // Readable name of a country code, "" when unknown.
  std::string country_name(const std::string& iso3) const;
  std::string demonym(const std::string& iso3) const;
  // A CAMEO region code ("WST", "EUR") read from data/actors/regions.txt.
  bool region(const std::string& code) const;
  // People entries whose display name is `name`.
  std::vector<uint32_t> people_named(const std::string& name) const;
  // "President Macron": the one person of that surname (the last word of a name they go by)
  // who holds `role` (lower case, as people.txt writes it) on `date` (any of their terms when
  // `date` is empty); nullptr when no one or more than one does.
  const Entry* office_holder(const std::string& surname, const std::string& role, const std::string& date) const;

  std::vector<std::string> warnings;

 private:
  struct Phrase {
    std::vector<uint32_t> entries;
    bool exact_case = false;
    bool lower_ok = false;   // the phrase may start lower case in text
    std::string surface;   // as written in the dictionary (for exact-case checks)
  };
  std::unordered_map<std::string, Phrase> phrases_;
  std::unordered_map<std::string, std::string> agents_, titles_, portfolios_;
  std::unordered_map<std::string, std::string> country_names_, demonyms_;
  std::unordered_set<std::string> regions_;
  std::unordered_map<std::string, uint8_t> first_words_;  // first word -> max phrase length
  // Marks before a first word in first_words_ for titles and portfolios.
  static constexpr char kTitle = '\x02', kPortfolio = '\x03';
  // The value `table` holds for the longest phrase of its `kind` at tokens[i], and its length.
  std::string phrase_at(const std::unordered_map<std::string, std::string>& table, char kind,
                        const std::vector<std::string_view>& tokens, size_t i, uint32_t& length) const;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<uint32_t>> people_by_surname_;  // person entries
  // States and provinces from ISO 3166-2 (subdivisions.h) as places, after
  // places.txt: a name already in the dictionary is not added again. The map
  // is ISO 3166-1's, read once for the country names.
  void add_subdivisions(const std::map<std::string, std::string>& alpha3_by_alpha2);
  // CAMEO's regions (data/actors/regions.txt): their adjectives and plurals as demonyms of the
  // region's code, their display names as its name.
  void add_regions();
  // Compiled matcher (shared by copies; immutable) and, per pattern id, its
  // token count with bit 7 set for role words.
  std::shared_ptr<const PhraseMatcher> matcher_;
  std::shared_ptr<const std::vector<uint8_t>> pattern_tokens_;
  std::shared_ptr<const std::vector<uint32_t>> pattern_bytes_;
  Match longest_with_mask(const std::vector<std::string_view>& tokens, size_t i, uint32_t mask) const;
  std::string agent_with_mask(const std::vector<std::string_view>& tokens, size_t i, uint32_t mask,
                              uint32_t& length) const;
};

// Lower-cases ASCII and maps the typographic apostrophe to "'".
std::string fold_token(std::string_view t);
// Splits a dictionary phrase into tokens the way the language core splits text
// ("Putin's" -> "Putin", "'s").
std::vector<std::string> phrase_tokens(std::string_view phrase);
// Role-date check: is `date` (YYYY[-MM[-DD]] or "") within [from, to]?
bool date_within(const std::string& date, const std::string& from, const std::string& to);

}  // namespace dyad::actors
