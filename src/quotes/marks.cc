// Pairs quotation marks into quoted spans, one pass per paragraph (see marks.h).
#include "quotes/marks.h"

#include <cctype>

namespace dyad::quotes {

namespace {

bool letter(unsigned char c) { return std::isalpha(c) || c >= 0x80; }

// "WATCH:", "VIDEO:" at a paragraph start: two or more capitals then a colon.
bool caption_start(std::string_view t, size_t ps, size_t pe) {
  size_t i = ps;
  while (i < pe && (t[i] == ' ' || t[i] == '\t')) ++i;
  size_t s = i;
  while (i < pe && i < s + 12 && std::isupper(static_cast<unsigned char>(t[i]))) ++i;
  return i - s >= 2 && i < pe && t[i] == ':';
}

void finish_paragraph(std::string_view text, size_t ps, size_t pe, size_t from, std::vector<QuotedSpan>& out) {
  bool caption = caption_start(text, ps, pe);
  size_t s = ps, e = pe;
  auto outer = [&](size_t k) {
    unsigned char c = text[k];
    return c == ' ' || c >= 0x80 || c == '"';
  };
  // "3. "Not some irregular channel"": a list number before a quotation that fills the rest
  // of the paragraph makes it a numbered heading.
  size_t n = s;
  while (n < e && (text[n] == ' ' || (text[n] >= '0' && text[n] <= '9'))) ++n;
  if (n > s && n < e && (text[n] == '.' || text[n] == ')') && n - s <= 3 && text[s] >= '0' && text[s] <= '9') s = n + 1;
  while (s < e && outer(s)) ++s;
  while (e > s && outer(e - 1)) --e;
  size_t keep = from;
  for (size_t q = from; q < out.size(); ++q) {
    auto r = out[q];
    while (r.start < r.end && text[r.start] == ' ') ++r.start;
    while (r.end > r.start && text[r.end - 1] == ' ') --r.end;
    if (r.end <= r.start || r.end - r.start > kMaxQuoteBytes) continue;  // empty, or a run-away mark
    r.heading = r.start <= s + 1 && r.end + 1 >= e;
    r.caption = caption;
    out[keep++] = r;
  }
  out.resize(keep);
}

}  // namespace

bool mark_at(std::string_view t, size_t i, unsigned char third) {
  return i + 2 < t.size() && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
         (unsigned char)t[i + 2] == third;
}

std::vector<QuotedSpan> quoted_spans(std::string_view text) {
  std::vector<QuotedSpan> out;
  size_t ps = 0;
  uint32_t para = 0;
  while (ps <= text.size()) {
    size_t pe = text.find('\n', ps);
    if (pe == std::string_view::npos) pe = text.size();
    long open = -1, open_single = -1;
    size_t before = out.size();
    for (size_t i = ps; i < pe; ++i) {
      unsigned char ch = text[i];
      if (ch != 0xE2 && ch != '"') continue;  // every mark starts with one of these bytes
      // Two curly singles typed for a double (‘‘ ... ’’): one mark of six bytes.
      bool twin_open = mark_at(text, i, 0x98) && mark_at(text, i + 3, 0x98);
      bool twin_close = mark_at(text, i, 0x99) && mark_at(text, i + 3, 0x99);
      if (twin_open || twin_close) {
        if (twin_open && open < 0) {
          open = long(i + 6);
          open_single = -1;
        } else if (twin_close && open >= 0) {
          out.push_back({uint32_t(open), uint32_t(i), para});
          open = -1;
          open_single = -1;
        }
        i += 5;
      } else if (mark_at(text, i, 0x9C) || (ch == '"' && open < 0)) {  // opening double
        if (open < 0) open = long(i + (ch == '"' ? 1 : 3));
        if (ch != '"') i += 2;
      } else if (mark_at(text, i, 0x9D) || ch == '"') {  // closing double
        if (open >= 0) {
          out.push_back({.start = uint32_t(open), .end = uint32_t(i), .para = para});
          open = -1;
          open_single = -1;
        } else if (out.size() == before) {  // opening mark lost at the paragraph start
          size_t s = ps;
          while (s < i && (text[s] == ' ' || text[s] == '\t')) ++s;
          if (i > s) out.push_back({.start = uint32_t(s), .end = uint32_t(i), .para = para});
        }
        if (ch != '"') i += 2;
      } else if (mark_at(text, i, 0x98) && open < 0 && open_single < 0) {
        open_single = long(i + 3);
        i += 2;
      } else if (mark_at(text, i, 0x99) && open < 0 && open_single >= 0) {
        bool apostrophe = i + 3 < pe && letter((unsigned char)text[i + 3]);
        if (!apostrophe) {
          out.push_back({.start = uint32_t(open_single), .end = uint32_t(i), .para = para, .single = true});
          open_single = -1;
        }
        i += 2;
      }
    }
    if (open >= 0 && size_t(open) < pe)
      out.push_back({.start = uint32_t(open), .end = uint32_t(pe), .para = para, .open_end = true});
    finish_paragraph(text, ps, pe, before, out);
    if (pe == text.size()) break;
    if (pe > ps) ++para;  // blank lines between paragraphs do not count
    ps = pe + 1;
  }
  return out;
}

}  // namespace dyad::quotes
