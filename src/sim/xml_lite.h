// A small XML element reader for scenario files: elements, their text and the
// line each starts on (attributes are skipped; comments, the declaration and
// a byte-order mark are allowed). Enough for KTAB's smpSchema.xsd documents.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace dyad::sim {

struct XmlElement {
  std::string name;
  std::string text;  // character data directly inside, entities decoded, trimmed
  int line = 0;
  std::vector<XmlElement> children;

  // First child named `n`, or nullptr.
  const XmlElement* child(const std::string& n) const;
  std::vector<const XmlElement*> all(const std::string& n) const;
};

// Parses `text`; throws ScenarioError naming `path` and the line on malformed XML.
XmlElement parse_xml(const std::string& text, const std::string& path);

}  // namespace dyad::sim
