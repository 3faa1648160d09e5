// The streamed JSON writer prints byte for byte what nlohmann's dump prints
// for the same tree, and the streamed contract equals the built one.
#include <gtest/gtest.h>

#include <sstream>

#include "base/json_stream.h"
#include "dedup/near_dup.h"
#include "pipeline/contract.h"
#include "pipeline/pipeline.h"

using nlohmann::json;

namespace {

// The writer's output for an object holding `tree`'s members, each array
// member given element by element.
std::string streamed(const json& tree, int indent) {
  std::ostringstream os;
  dyad::JsonObjectWriter w(os, indent);
  for (const auto& [key, value] : tree.items()) {
    if (value.is_array()) {
      w.array_member(key, [&value](const dyad::JsonSink& emit) {
        for (const auto& e : value) emit(json(e));
      });
    } else {
      w.member(key, value);
    }
  }
  w.finish();
  return os.str();
}

}  // namespace

TEST(JsonStream, PrintsWhatDumpPrintsAtEveryIndent) {
  json tree = {
      {"empty", json::array()},
      {"flat", {1, 2.5, "x"}},
      {"nested", {{{"a", json::array()}, {"b", json::object()}, {"line\nbreak", "two\nlines \"q\""}},
                  json::array({json::array({1}), json::object({{"k", nullptr}})})}},
      {"scalar", "caf\xC3\xA9"},
      {"object", {{"z", 1}, {"a", {{"deep", {true, false}}}}}},
  };
  for (int indent : {-1, 0, 2, 4}) EXPECT_EQ(streamed(tree, indent), tree.dump(indent)) << "indent " << indent;
}

TEST(JsonStream, EmptyObjectAndEmptyArraysAsDump) {
  EXPECT_EQ(streamed(json::object(), 2), json::object().dump(2));
  json only_empty = {{"a", json::array()}, {"b", json::array()}};
  EXPECT_EQ(streamed(only_empty, 2), only_empty.dump(2));
  EXPECT_EQ(streamed(only_empty, -1), only_empty.dump());
}

TEST(JsonStream, ContractStreamedEqualsTheTreesDump) {
  std::vector<dyad::Document> docs;
  const std::string text =
      "Ministers met in Paris on 3 March 2014. \"We will not give in,\" the president said on Tuesday.\n\n"
      "In 1999 the army left the capital; in 2003 it came back. Officials said talks would resume next week.\n";
  docs.push_back(dyad::document_from_text(text, "first.txt"));
  docs.push_back(dyad::document_from_text(text, "copy.txt"));  // a duplicate: left out of several arrays
  docs.push_back(dyad::document_from_text("", "empty.txt"));
  for (auto& d : docs) dyad::process_document(d);
  dyad::dedup::mark_duplicates(docs);
  for (bool with_text : {false, true}) {
    json tree = dyad::contract_json(docs, with_text);
    ASSERT_FALSE(tree["timex"].empty());
    for (int indent : {-1, 2}) {
      std::ostringstream os;
      dyad::write_contract_json(os, docs, with_text, indent);
      EXPECT_EQ(os.str(), tree.dump(indent)) << "indent " << indent << " with text " << with_text;
    }
  }
}
