// Streaming JSON output: a sink that takes one array element at a time, and a
// writer that prints an object of arrays as it goes, byte for byte what
// nlohmann::json::dump(indent) prints for the same tree, without holding the
// tree (the contract of a long document can be 100x its text; issue 20).
#pragma once

#include <functional>
#include <ostream>
#include <string_view>

#include <nlohmann/json.hpp>

namespace dyad {

// Receives the elements of an array one by one.
using JsonSink = std::function<void(nlohmann::json&&)>;

// The elements `each(sink)` gives, as one array.
template <class Each>
nlohmann::json json_array(Each&& each) {
  nlohmann::json out = nlohmann::json::array();
  each([&out](nlohmann::json&& j) { out.push_back(std::move(j)); });
  return out;
}

// Writes one JSON object whose members come in the order they are added (the
// caller adds them in key order, as nlohmann's std::map objects print).
// `indent` < 0: compact, as dump(); else pretty, as dump(indent).
class JsonObjectWriter {
 public:
  JsonObjectWriter(std::ostream& os, int indent) : os_(os), indent_(indent) {}
  // A member whose value is written whole.
  void member(std::string_view key, const nlohmann::json& value);
  // A member whose value is an array: `each(sink)` gives its elements.
  template <class Each>
  void array_member(std::string_view key, Each&& each) {
    begin_array(key);
    each([this](nlohmann::json&& j) { element(j); });
    end_array();
  }
  // Closes the object ("{}" when it has no member).
  void finish();

 private:
  void key(std::string_view k);
  void begin_array(std::string_view k);
  void element(const nlohmann::json& j);
  void end_array();
  // `j` dumped as it would print nested `depth` levels deep.
  void nested(const nlohmann::json& j, int depth);

  std::ostream& os_;
  int indent_;
  bool first_member_ = true;
  bool first_element_ = true;
};

}  // namespace dyad
