// Streaming JSON object-of-arrays writer (see json_stream.h).
#include "base/json_stream.h"

#include <string>

namespace dyad {

void JsonObjectWriter::key(std::string_view k) {
  if (indent_ < 0) {
    os_ << (first_member_ ? "{" : ",");
  } else {
    os_ << (first_member_ ? "{\n" : ",\n") << std::string(indent_, ' ');
  }
  first_member_ = false;
  os_ << nlohmann::json(std::string(k)).dump() << (indent_ < 0 ? ":" : ": ");
}

void JsonObjectWriter::nested(const nlohmann::json& j, int depth) {
  if (indent_ < 0) {
    os_ << j.dump();
    return;
  }
  // A pretty dump's line breaks are all structural (strings escape theirs):
  // each further line moves right by the nesting.
  std::string s = j.dump(indent_);
  std::string pad(static_cast<size_t>(indent_ * depth), ' ');
  size_t from = 0;
  for (size_t nl = s.find('\n'); nl != std::string::npos; nl = s.find('\n', from)) {
    os_.write(s.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    os_ << pad;
    from = nl + 1;
  }
  os_.write(s.data() + from, static_cast<std::streamsize>(s.size() - from));
}

void JsonObjectWriter::member(std::string_view k, const nlohmann::json& value) {
  key(k);
  nested(value, 1);
}

void JsonObjectWriter::begin_array(std::string_view k) {
  key(k);
  os_ << "[";
  first_element_ = true;
}

void JsonObjectWriter::element(const nlohmann::json& j) {
  if (indent_ < 0) {
    if (!first_element_) os_ << ",";
  } else {
    os_ << (first_element_ ? "\n" : ",\n") << std::string(static_cast<size_t>(indent_ * 2), ' ');
  }
  first_element_ = false;
  nested(j, 2);
}

void JsonObjectWriter::end_array() {
  if (indent_ >= 0 && !first_element_) os_ << "\n" << std::string(indent_, ' ');
  os_ << "]";
}

void JsonObjectWriter::finish() {
  if (first_member_) {
    os_ << "{}";
    return;
  }
  if (indent_ >= 0) os_ << "\n";
  os_ << "}";
}

}  // namespace dyad
