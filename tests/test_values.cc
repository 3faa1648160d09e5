// The words of the Document's typed values (doc/values.h, doc/mentions.h):
// each value has one word at the edges (contract JSON, store columns), the
// word reads back to the value, and an unknown word is no value.
#include <gtest/gtest.h>

#include "doc/mentions.h"
#include "doc/values.h"

namespace dyad {
namespace {

TEST(Values, QuadWordsRoundTrip) {
  const std::pair<Quad, const char*> rows[] = {
      {Quad::VerbalCooperation, "verbal cooperation"},
      {Quad::MaterialCooperation, "material cooperation"},
      {Quad::VerbalConflict, "verbal conflict"},
      {Quad::MaterialConflict, "material conflict"},
  };
  for (const auto& [q, word] : rows) {
    EXPECT_STREQ(to_string(q), word);
    EXPECT_EQ(parse_quad(word), q) << word;
  }
  // Class 0 is written as the contract's verbal cooperation and read back by its own name.
  EXPECT_STREQ(to_string(Quad::Neutral), "verbal cooperation");
  EXPECT_EQ(parse_quad("neutral"), Quad::Neutral);
  EXPECT_EQ(parse_quad("cooperation"), std::nullopt);
}

TEST(Values, ModalityWordsRoundTrip) {
  const std::pair<Modality, const char*> rows[] = {
      {Modality::Asserted, "asserted"}, {Modality::Reported, "reported"},         {Modality::Alleged, "alleged"},
      {Modality::Denied, "denied"},     {Modality::Negated, "negated"},           {Modality::Hypothetical, "hypothetical"},
      {Modality::Planned, "planned"},
  };
  for (const auto& [m, word] : rows) {
    EXPECT_STREQ(to_string(m), word);
    EXPECT_EQ(parse_modality(word), m) << word;
  }
  EXPECT_EQ(parse_modality("Asserted"), std::nullopt);
}

TEST(Values, TimelineKindWordsRoundTrip) {
  const std::pair<TimelineKind, const char*> rows[] = {
      {TimelineKind::Chronology, "chronology"},
      {TimelineKind::Event, "event"},
  };
  for (const auto& [k, word] : rows) {
    EXPECT_STREQ(to_string(k), word);
    EXPECT_EQ(parse_timeline_kind(word), k) << word;
  }
  EXPECT_EQ(parse_timeline_kind("events"), std::nullopt);
}

TEST(Values, QuoteTypeHasTwoWords) {
  // {type, contract `type`, contract `kind`}
  const std::tuple<QuoteType, const char*, const char*> rows[] = {
      {QuoteType::Direct, "direct", "direct"},
      {QuoteType::Mixed, "mixed", "partial"},
      {QuoteType::Indirect, "indirect", "indirect"},
  };
  for (const auto& [t, type_word, kind_word] : rows) {
    EXPECT_STREQ(quote_type_name(t), type_word);
    EXPECT_STREQ(quote_kind_word(t), kind_word);
  }
}

TEST(Values, MentionKindWordsKeepOtherLabels) {
  // {word given, kind, label kept, word written}
  const std::tuple<const char*, MentionKind, const char*, const char*> rows[] = {
      {"person", MentionKind::Person, "", "person"},
      {"country", MentionKind::Country, "", "country"},
      {"government", MentionKind::Government, "", "government"},
      {"military", MentionKind::Military, "", "military"},
      {"location", MentionKind::Location, "", "location"},
      {"group", MentionKind::Group, "", "group"},
      {"igo", MentionKind::Other, "igo", "igo"},
      {"description", MentionKind::Other, "description", "description"},
      {"", MentionKind::Other, "", ""},
  };
  for (const auto& [word, kind, label, written] : rows) {
    ActorMention m;
    m.set_kind(word);
    EXPECT_EQ(m.kind, kind) << word;
    EXPECT_EQ(m.kind_label, label) << word;
    EXPECT_EQ(m.kind_word(), written) << word;
    Quote q;
    q.set_speaker_kind(word);
    EXPECT_EQ(q.speaker_kind, kind) << word;
    EXPECT_EQ(q.speaker_kind_word(), written) << word;
  }
}

}  // namespace
}  // namespace dyad
