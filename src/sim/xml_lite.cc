// A small recursive XML element reader with line numbers (see xml_lite.h).
#include "sim/xml_lite.h"

#include <fmt/format.h>

#include "sim/scenario.h"

namespace dyad::sim {

const XmlElement* XmlElement::child(const std::string& n) const {
  for (const auto& c : children)
    if (c.name == n) return &c;
  return nullptr;
}

std::vector<const XmlElement*> XmlElement::all(const std::string& n) const {
  std::vector<const XmlElement*> out;
  for (const auto& c : children)
    if (c.name == n) out.push_back(&c);
  return out;
}

namespace {

struct Parser {
  const std::string& s;
  const std::string& path;
  size_t pos = 0;
  int line = 1;

  [[noreturn]] void fail(const std::string& msg) const { throw ScenarioError(path, line, msg); }
  bool starts(const char* p) const { return s.compare(pos, std::char_traits<char>::length(p), p) == 0; }
  void advance(size_t k) {
    for (size_t i = 0; i < k && pos < s.size(); ++i, ++pos)
      if (s[pos] == '\n') ++line;
  }
  void skip_to(const char* end) {
    size_t e = s.find(end, pos);
    if (e == std::string::npos) fail(fmt::format("unterminated markup (no '{}')", end));
    advance(e - pos + std::char_traits<char>::length(end));
  }
  // Skips whitespace, comments, declarations and processing instructions.
  void skip_misc() {
    for (;;) {
      while (pos < s.size() && std::isspace(static_cast<unsigned char>(s[pos]))) advance(1);
      if (starts("<!--")) skip_to("-->");
      else if (starts("<?")) skip_to("?>");
      else if (starts("<!")) skip_to(">");
      else return;
    }
  }
  std::string decode(const std::string& raw) const {
    std::string out;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '&') { out += raw[i]; continue; }
      size_t e = raw.find(';', i);
      std::string ent = e == std::string::npos ? "" : raw.substr(i + 1, e - i - 1);
      if (ent == "amp") out += '&';
      else if (ent == "lt") out += '<';
      else if (ent == "gt") out += '>';
      else if (ent == "quot") out += '"';
      else if (ent == "apos") out += '\'';
      else { out += '&'; continue; }
      i = e;
    }
    size_t b = out.find_first_not_of(" \t\r\n"), en = out.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? "" : out.substr(b, en - b + 1);
  }
  XmlElement element() {
    if (!starts("<")) fail("expected an element");
    XmlElement el;
    el.line = line;
    advance(1);
    size_t b = pos;
    while (pos < s.size() && !std::isspace(static_cast<unsigned char>(s[pos])) && s[pos] != '>' &&
           s[pos] != '/')
      advance(1);
    el.name = s.substr(b, pos - b);
    if (el.name.empty()) fail("element without a name");
    size_t close = s.find('>', pos);
    if (close == std::string::npos) fail(fmt::format("unterminated tag <{}>", el.name));
    bool empty = s[close - 1] == '/';
    advance(close - pos + 1);
    if (empty) return el;
    std::string raw;
    for (;;) {
      if (pos >= s.size()) fail(fmt::format("element <{}> is never closed", el.name));
      if (starts("<!--")) skip_to("-->");
      else if (starts("<![CDATA[")) {
        size_t e = s.find("]]>", pos);
        if (e == std::string::npos) fail("unterminated CDATA");
        raw += s.substr(pos + 9, e - pos - 9);
        advance(e - pos + 3);
      } else if (starts("</")) {
        advance(2);
        size_t e = s.find('>', pos);
        std::string name = e == std::string::npos ? "" : s.substr(pos, e - pos);
        while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
        if (name != el.name) fail(fmt::format("</{}> closes <{}>", name, el.name));
        advance(e - pos + 1);
        break;
      } else if (starts("<")) el.children.push_back(element());
      else {
        raw += s[pos];
        advance(1);
      }
    }
    el.text = decode(raw);
    return el;
  }
};

}  // namespace

XmlElement parse_xml(const std::string& text, const std::string& path) {
  Parser p{text, path};
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) p.pos = 3;
  p.skip_misc();
  if (p.pos >= text.size()) p.fail("no root element");
  XmlElement root = p.element();
  p.skip_misc();
  if (p.pos < text.size()) p.fail("text after the root element");
  return root;
}

}  // namespace dyad::sim
