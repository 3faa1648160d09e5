// Parses PETRARCH validation XML with a small tolerant scanner (the files
// mix XML with free-form comments, so no strict XML parser is used).
#include "petrarch/unit_records.h"

#include <cctype>
#include <string_view>

namespace dyad::events {

namespace {

std::string strip_comments(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t c = s.find("<!--", i);
    if (c == std::string::npos) { out.append(s, i, std::string::npos); break; }
    out.append(s, i, c - i);
    size_t e = s.find("-->", c + 4);
    if (e == std::string::npos) break;
    i = e + 3;
  }
  return out;
}

std::string decode(std::string_view s) {
  std::string o;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<std::string_view, char> ents[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [e, ch] : ents)
        if (s.substr(i, e.size()) == e) { o += ch; i += e.size() - 1; done = true; break; }
      if (done) continue;
    }
    o += s[i];
  }
  return o;
}

std::string collapse(std::string_view s) {
  std::string o;
  bool sp = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) { sp = !o.empty(); continue; }
    if (sp) o += ' ';
    sp = false;
    o += c;
  }
  return o;
}

// Value of attribute `name` in a tag's attribute text (quotes " or ').
bool attr(std::string_view tag, std::string_view name, std::string& out) {
  size_t i = 0;
  while (i < tag.size()) {
    size_t p = tag.find(name, i);
    if (p == std::string_view::npos) return false;
    bool start_ok = p == 0 || !std::isalnum(static_cast<unsigned char>(tag[p - 1]));
    size_t k = p + name.size();
    while (k < tag.size() && tag[k] == ' ') ++k;
    if (start_ok && k < tag.size() && tag[k] == '=') {
      ++k;
      while (k < tag.size() && tag[k] == ' ') ++k;
      if (k < tag.size() && (tag[k] == '"' || tag[k] == '\'')) {
        char q = tag[k];
        size_t e = tag.find(q, k + 1);
        if (e == std::string_view::npos) return false;
        out = decode(tag.substr(k + 1, e - k - 1));
        return true;
      }
    }
    i = p + 1;
  }
  return false;
}

std::string element_text(std::string_view body, std::string_view name) {
  std::string open = "<" + std::string(name) + ">", close = "</" + std::string(name) + ">";
  size_t a = body.find(open);
  if (a == std::string_view::npos) return "";
  a += open.size();
  size_t b = body.find(close, a);
  if (b == std::string_view::npos) return "";
  return std::string(body.substr(a, b - a));
}

}  // namespace

UnitFile parse_unit_records(const std::string& xml_in, size_t* skipped) {
  UnitFile f;
  std::string xml = strip_comments(xml_in);
  std::string env = element_text(xml, "Environment");
  f.verbfile = collapse(element_text(env, "Verbfile"));
  f.actorfile = collapse(element_text(env, "Actorfile"));
  f.agentfile = collapse(element_text(env, "Agentfile"));
  f.discardfile = collapse(element_text(env, "Discardfile"));
  size_t i = 0, bad = 0;
  while (true) {
    size_t s = xml.find("<Sentence ", i);
    if (s == std::string::npos) break;
    size_t te = xml.find('>', s);
    size_t e = xml.find("</Sentence>", s);
    if (te == std::string::npos || e == std::string::npos) { ++bad; break; }
    if (te > e) {  // an opening tag cut short by the closing one: no record
      ++bad;
      i = e + 11;
      continue;
    }
    std::string_view tag(xml.data() + s + 10, te - s - 10);
    std::string_view body(xml.data() + te + 1, e - te - 1);
    UnitRecord r;
    attr(tag, "id", r.id);
    attr(tag, "date", r.date);
    attr(tag, "category", r.category);
    std::string en;
    r.enabled = attr(tag, "sentence", en) && (en == "true" || en == "True");
    size_t k = 0;
    while (true) {
      size_t c = body.find("<EventCoding", k);
      if (c == std::string_view::npos) break;
      size_t ce = body.find('>', c);
      if (ce == std::string_view::npos) break;
      std::string_view ctag = body.substr(c + 12, ce - c - 12);
      r.has_coding = true;
      std::string v;
      if (attr(ctag, "noevents", v)) r.noevents = true;
      else if (attr(ctag, "error", v)) r.error = v;
      else {
        ExpectedEvent ev;
        attr(ctag, "sourcecode", ev.source);
        attr(ctag, "targetcode", ev.target);
        attr(ctag, "eventcode", ev.code);
        r.expected.push_back(std::move(ev));
      }
      k = ce + 1;
    }
    r.text = collapse(decode(element_text(body, "Text")));
    r.parse = element_text(body, "Parse");
    if (r.id.empty()) ++bad;
    else f.records.push_back(std::move(r));
    i = e + 11;
  }
  if (skipped) *skipped = bad;
  return f;
}

}  // namespace dyad::events
