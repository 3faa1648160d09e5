// Names of the Penn tags, clause kinds and tenses.
#include "lang/annotation.h"

namespace dyad::lang {

namespace {
constexpr const char* kTagNames[kTagCount] = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
    "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
    "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".", ":", "``", "''", "-LRB-", "-RRB-",
    "$", "#"};
}  // namespace

const char* tag_name(Tag t) {
  int i = static_cast<int>(t);
  return i >= 0 && i < kTagCount ? kTagNames[i] : "?";
}

bool parse_tag(std::string_view name, Tag& out) {
  for (int i = 0; i < kTagCount; ++i) {
    if (name == kTagNames[i]) {
      out = static_cast<Tag>(i);
      return true;
    }
  }
  return false;
}

const char* name_type_name(NameType t) {
  switch (t) {
    case NameType::Person: return "PER";
    case NameType::Organisation: return "ORG";
    case NameType::Location: return "LOC";
    default: return "MISC";
  }
}

const char* clause_kind_name(ClauseKind k) {
  switch (k) {
    case ClauseKind::Main: return "main";
    case ClauseKind::Reported: return "reported";
    case ClauseKind::Relative: return "relative";
    case ClauseKind::Subordinate: return "subordinate";
    case ClauseKind::Coordinate: return "coordinate";
    case ClauseKind::Nonfinite: return "nonfinite";
  }
  return "?";
}

const char* tense_name(Tense t) {
  switch (t) {
    case Tense::None: return "none";
    case Tense::Past: return "past";
    case Tense::Present: return "present";
    case Tense::Future: return "future";
  }
  return "?";
}

}  // namespace dyad::lang
