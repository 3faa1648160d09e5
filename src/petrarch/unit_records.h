// Reader for PETRARCH/TABARI validation files (PETR.UnitTest.records.xml,
// GigaWord.sample.PETR.xml): the <Environment> block naming the dictionaries
// and each <Sentence> with its date, id, category, whether it is enabled,
// the expected <EventCoding> triples (or noevents / error markers), <Text>
// and the Penn <Parse>.
#pragma once

#include <string>
#include <vector>

namespace dyad::events {

struct ExpectedEvent {
  std::string source, target, code;
};

struct UnitRecord {
  std::string id, date, category;  // date as written ("19950101")
  bool enabled = false;            // sentence="true"
  bool noevents = false;           // <EventCoding noevents="True">
  std::string error;               // <EventCoding error="..."> ("" if none)
  bool has_coding = false;         // at least one <EventCoding> element
  std::vector<ExpectedEvent> expected;
  std::string text;                // whitespace collapsed, entities decoded
  std::string parse;               // bracketed tree as written
};

struct UnitFile {
  std::string verbfile, actorfile, agentfile, discardfile;  // as named in <Environment>
  std::vector<UnitRecord> records;
};

// Parses the file's text. Never throws; malformed records are skipped and
// counted in `skipped`.
UnitFile parse_unit_records(const std::string& xml, size_t* skipped = nullptr);

}  // namespace dyad::events
