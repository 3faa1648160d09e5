// Words of the typed layer values (values.h): the one place they are spelled.
#include "doc/values.h"

#include <array>
#include <utility>

namespace dyad {

namespace {

template <typename E, size_t N>
std::optional<E> find_word(const std::array<std::pair<E, const char*>, N>& table, std::string_view word) {
  for (const auto& [value, name] : table)
    if (word == name) return value;
  return std::nullopt;
}

template <typename E, size_t N>
const char* word_of(const std::array<std::pair<E, const char*>, N>& table, E value) {
  for (const auto& [v, name] : table)
    if (v == value) return name;
  return "";
}

constexpr std::array<std::pair<Quad, const char*>, 4> kQuadNames{{
    {Quad::VerbalCooperation, "verbal cooperation"},
    {Quad::MaterialCooperation, "material cooperation"},
    {Quad::VerbalConflict, "verbal conflict"},
    {Quad::MaterialConflict, "material conflict"},
}};

constexpr std::array<std::pair<Modality, const char*>, 7> kModalities{{
    {Modality::Asserted, "asserted"},
    {Modality::Reported, "reported"},
    {Modality::Alleged, "alleged"},
    {Modality::Denied, "denied"},
    {Modality::Negated, "negated"},
    {Modality::Hypothetical, "hypothetical"},
    {Modality::Planned, "planned"},
}};

constexpr std::array<std::pair<MentionKind, const char*>, 6> kMentionKinds{{
    {MentionKind::Person, "person"},
    {MentionKind::Country, "country"},
    {MentionKind::Government, "government"},
    {MentionKind::Military, "military"},
    {MentionKind::Location, "location"},
    {MentionKind::Group, "group"},
}};

constexpr std::array<std::pair<TimexType, const char*>, 4> kTimexTypes{{
    {TimexType::Date, "DATE"},
    {TimexType::Time, "TIME"},
    {TimexType::Duration, "DURATION"},
    {TimexType::Set, "SET"},
}};

constexpr std::array<std::pair<TimelineKind, const char*>, 2> kTimelineKinds{{
    {TimelineKind::Chronology, "chronology"},
    {TimelineKind::Event, "event"},
}};

}  // namespace

const char* to_string(Quad q) { return q == Quad::Neutral ? "verbal cooperation" : word_of(kQuadNames, q); }

std::optional<Quad> parse_quad(std::string_view name) {
  if (name == "neutral") return Quad::Neutral;
  return find_word(kQuadNames, name);
}

const char* to_string(Modality m) { return word_of(kModalities, m); }

std::optional<Modality> parse_modality(std::string_view word) { return find_word(kModalities, word); }

const char* to_string(MentionKind k) { return word_of(kMentionKinds, k); }

std::optional<MentionKind> parse_mention_kind(std::string_view word) { return find_word(kMentionKinds, word); }

const char* to_string(TimelineKind k) { return word_of(kTimelineKinds, k); }
const char* to_string(TimexType t) { return word_of(kTimexTypes, t); }
std::optional<TimexType> parse_timex_type(std::string_view word) { return find_word(kTimexTypes, word); }

std::optional<TimelineKind> parse_timeline_kind(std::string_view word) { return find_word(kTimelineKinds, word); }

}  // namespace dyad
