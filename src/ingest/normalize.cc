// Normalisation of decoded text: character-level repairs first (line ends,
// archive quote wrapping and escapes, stray HTML tags and entities, odd
// spaces), then line-level repairs (PDF wrapping, hyphens, page-start
// artefacts), then Unicode NFC. Each pass builds a new text with a map, and
// the maps are composed so doc.norm_map always points at doc.raw.
#include "ingest/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <unordered_set>

#include "base/text.h"

namespace dyad::ingest {

namespace {

// Tags that scrapes leave in text; anything else that looks like a tag is kept.
bool is_stray_tag(std::string_view name) {
  static const char* kTags[] = {"u", "b", "i", "em", "strong", "a", "span", "br", "p", "div",
                                "sup", "sub", "font", "small", "big", "strike", "s", "mark",
                                "cite", "abbr", "ins", "del", "li", "ul", "ol", "h1", "h2",
                                "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption",
                                "img", "hr", "tr", "td", "th", "table", "tbody", "section"};
  for (const char* t : kTags)
    if (name == t) return true;
  return false;
}

bool tag_breaks_line(std::string_view name) {
  return name == "br" || name == "p" || name == "div" || name == "li" || name == "h1" ||
         name == "h2" || name == "h3" || name == "h4" || name == "h5" || name == "h6" ||
         name == "blockquote" || name == "tr" || name == "hr" || name == "section";
}

// Parses a tag at s[i] == '<'; returns its length (0 when it is not a stray tag).
size_t stray_tag_at(std::string_view s, size_t i, std::string& name) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '/') ++j;
  size_t n0 = j;
  while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
  if (j == n0) return 0;
  name = base::lower_ascii(s.substr(n0, j - n0));
  if (!is_stray_tag(name)) return 0;
  size_t limit = std::min(s.size(), i + 400);
  for (size_t k = j; k < limit; ++k) {
    if (s[k] == '>') return k + 1 - i;
    if (s[k] == '<' || s[k] == '\n') return 0;
  }
  return 0;
}

// True when the whole text is wrapped in quotes with \" escapes inside, as
// some archive exports deliver it.
bool is_quote_wrapped(std::string_view s, size_t& first, size_t& last) {
  first = 0;
  while (first < s.size() && std::isspace(static_cast<unsigned char>(s[first]))) ++first;
  last = s.size();
  while (last > first && std::isspace(static_cast<unsigned char>(s[last - 1]))) --last;
  if (last - first < 2 || s[first] != '"' || s[last - 1] != '"') return false;
  --last;
  return s.find("\\\"") != std::string_view::npos;
}

// Pass 1: characters.
void repair_characters(const std::string& in, TextBuilder& b) {
  size_t first = 0, last = in.size();
  bool wrapped = is_quote_wrapped(in, first, last);
  size_t escapes = 0;
  for (size_t p = in.find("\\\""); p != std::string::npos; p = in.find("\\\"", p + 2)) ++escapes;
  bool unescape = wrapped || escapes >= 2;
  size_t i = wrapped ? first + 1 : 0;
  size_t end = wrapped ? last : in.size();
  if (wrapped) b.emit("", 0, first + 1);
  size_t run = i;  // start of the pending copied run
  auto flush = [&](size_t upto) {
    if (upto > run) b.copy(in, run, upto - run);
  };
  std::string name;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    size_t len = 0;
    std::string rep;
    bool replace = false;
    if (c == '\r') {
      len = (i + 1 < end && in[i + 1] == '\n') ? 2 : 1;
      rep = "\n";
      replace = true;
    } else if (c == '\f') {
      len = 1, rep = "\n", replace = true;
    } else if (c == '\t' || c == '\v') {
      len = 1, rep = " ", replace = true;
    } else if (c == '\\' && unescape && i + 1 < end && (in[i + 1] == '"' || in[i + 1] == '\\')) {
      len = 2, rep = std::string(1, in[i + 1]), replace = true;
    } else if (c == '<') {
      len = stray_tag_at(in, i, name);
      if (len) {
        replace = true;
        rep = tag_breaks_line(name) ? "\n" : "";
      }
    } else if (c == '&') {
      len = base::decode_entity(in, i, rep);
      replace = len > 0;
    } else if (c == 0xC2 && i + 1 < end && static_cast<unsigned char>(in[i + 1]) == 0xA0) {
      len = 2, rep = " ", replace = true;  // no-break space
    } else if (c == 0xE2 && i + 2 < end) {
      unsigned char c1 = static_cast<unsigned char>(in[i + 1]);
      unsigned char c2 = static_cast<unsigned char>(in[i + 2]);
      if (c1 == 0x80 && (c2 == 0x8B || c2 == 0x8C || c2 == 0x8D || c2 == 0xAF))
        len = 3, rep = c2 == 0xAF ? " " : "", replace = true;  // zero-width, narrow nbsp
      else if (c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9))
        len = 3, rep = "\n", replace = true;  // line / paragraph separator
      else if (c1 == 0x80 && c2 >= 0x80 && c2 <= 0x8A)
        len = 3, rep = " ", replace = true;  // typographic spaces
    } else if (c == 0xEF && i + 2 < end && static_cast<unsigned char>(in[i + 1]) == 0xBB &&
               static_cast<unsigned char>(in[i + 2]) == 0xBF) {
      len = 3, rep = "", replace = true;  // byte order mark
    } else if (c < 0x20 && c != '\n') {
      len = 1, rep = "", replace = true;  // other control characters
    }
    if (replace) {
      flush(i);
      b.emit(rep, i, len);
      i += len;
      run = i;
    } else {
      ++i;
    }
  }
  flush(end);
}

const std::unordered_set<std::string>& compound_tails() {
  static const std::unordered_set<std::string> words = base::load_word_set("cleaning/hyphen_compounds.txt");
  return words;
}

// 32-bit like every offset (texts stop at 4 GiB): a text of short lines
// holds one a line while its wrapping is measured.
struct Line {
  uint32_t start, end;  // trimmed content in the pass-1 text
  uint32_t raw_start;   // start before trimming leading spaces
  uint32_t width = 0;   // characters
};

bool ends_sentence(std::string_view l) {
  // Strip closing quotes and brackets.
  while (!l.empty()) {
    if (base::ends_with(l, "\xE2\x80\x9D") || base::ends_with(l, "\xE2\x80\x99")) {
      l.remove_suffix(3);
      continue;
    }
    char c = l.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      l.remove_suffix(1);
      continue;
    }
    break;
  }
  if (l.empty()) return false;
  char c = l.back();
  return c == '.' || c == '?' || c == '!' || c == ':';
}

// Pass 2: lines. Rejoins hard-wrapped lines when the document is wrapped.
void repair_lines(const std::string& in, TextBuilder& b) {
  std::vector<Line> lines;
  lines.reserve(size_t(std::count(in.begin(), in.end(), '\n')) + 1);
  size_t pos = 0;
  while (pos <= in.size()) {
    size_t nl = in.find('\n', pos);
    if (nl == std::string::npos) nl = in.size();
    size_t s = pos, e = nl;
    while (s < e && in[s] == ' ') ++s;
    while (e > s && in[e - 1] == ' ') --e;
    size_t width = base::utf8_length(std::string_view(in).substr(s, e - s));
    lines.push_back({uint32_t(s), uint32_t(e), uint32_t(pos), uint32_t(std::min<size_t>(width, UINT32_MAX))});
    if (nl == in.size()) break;
    pos = nl + 1;
  }
  // Is the document hard-wrapped? Measure the line width (in characters).
  std::vector<uint32_t> widths;  // of the non-empty lines; only their 90th percentile is used
  widths.reserve(lines.size());
  for (const auto& l : lines)
    if (l.end > l.start) widths.push_back(l.width);
  size_t wrap_width = 0;
  if (widths.size() >= 4) {
    auto nth = widths.begin() + ptrdiff_t(widths.size() * 9 / 10);
    std::nth_element(widths.begin(), nth, widths.end());
    size_t w = *nth;
    std::vector<uint32_t>().swap(widths);
    if (w >= 40 && w <= 220) {
      // Lines followed by another non-empty line: most must be near full width.
      size_t pairs = 0, full = 0;
      for (size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].end == lines[i].start || lines[i + 1].end == lines[i + 1].start) continue;
        ++pairs;
        size_t len = lines[i].width;
        if (len * 4 >= w * 3) ++full;
      }
      if (pairs >= 3 && full * 2 >= pairs) wrap_width = w;
    }
  }
  const auto& tails = compound_tails();
  bool pending_blank = false;
  bool first = true;
  size_t last = 0;
  size_t out_line_start = 0;  // where the current output line begins
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.end == l.start) {
      pending_blank = !first;
      continue;
    }
    std::string_view cur = std::string_view(in).substr(l.start, l.end - l.start);
    if (!first) {
      bool join = false;
      size_t prev_end = b.size();
      std::string_view prev_text;  // the previous output line
      // The output line starts after the last newline we emitted: line
      // copies never hold one, so tracking it keeps this step O(1).
      prev_text = std::string_view(b.str()).substr(out_line_start);
      const Line& pl = lines[last];  // the previous non-empty line
      if (wrap_width && !pending_blank && pl.end > pl.start) {
        size_t plen = pl.width;
        bool prev_full = plen * 10 >= wrap_width * 6;
        unsigned char c0 = static_cast<unsigned char>(cur[0]);
        bool next_lower = std::islower(c0) != 0;
        char pc = prev_text.empty() ? ' ' : prev_text.back();
        bool prev_open = std::islower(static_cast<unsigned char>(pc)) || pc == ',' || pc == ';' || pc == '-';
        if (prev_full && !(ends_sentence(prev_text) && l.raw_start < l.start && !next_lower))
          join = true;
        else if (prev_open || next_lower)
          join = true;
      }
      // A wrapped line too few to measure a width (a wire story of two or three lines): prose that
      // stops without closing its sentence and goes on in lower case on the next line.
      if (!join && !wrap_width && !pending_blank && prev_text.size() >= 40 && !ends_sentence(prev_text) &&
          std::islower(static_cast<unsigned char>(cur[0])))
        join = true;
      // A sentence cut by a stray blank line (web scrapes): prose that stops
      // mid-sentence and goes on in lower case.
      if (!join && pending_blank && prev_text.size() >= 40 && std::islower(static_cast<unsigned char>(cur[0]))) {
        char pc = prev_text.back();
        if (std::islower(static_cast<unsigned char>(pc)) || pc == ',' || pc == ';') join = true;
      }
      if (join) {
        // Hyphen at the line end?
        if (prev_text.size() >= 2 && prev_text.back() == '-' &&
            std::isalpha(static_cast<unsigned char>(prev_text[prev_text.size() - 2])) &&
            std::isalpha(static_cast<unsigned char>(cur[0]))) {
          size_t k = prev_text.size() - 1;
          while (k > 0 && std::isalpha(static_cast<unsigned char>(prev_text[k - 1]))) --k;
          std::string head(prev_text.substr(k, prev_text.size() - 1 - k));
          size_t t = 0;
          while (t < cur.size() && (std::isalpha(static_cast<unsigned char>(cur[t])))) ++t;
          std::string tail = base::lower_ascii(cur.substr(0, t));
          bool keep = std::isupper(static_cast<unsigned char>(head[0])) ||
                      std::isupper(static_cast<unsigned char>(cur[0])) || tails.count(tail) > 0;
          if (keep) {
            b.emit("", pl.end, l.start - pl.end);
          } else {
            // Drop the hyphen: rewrite "-\n" as nothing.
            b.truncate(prev_end - 1);
            b.emit("", pl.end - 1, l.start - (pl.end - 1));
          }
        } else {
          b.emit(" ", pl.end, l.start - pl.end);
        }
        b.copy(in, l.start, l.end - l.start);
        last = i;
        continue;
      }
      b.emit(pending_blank ? "\n\n" : "\n", pl.end, l.start - pl.end);
      out_line_start = b.size();
    } else if (l.start > 0) {
      b.emit("", 0, l.start);
    }
    b.copy(in, l.start, l.end - l.start);
    last = i;
    first = false;
    pending_blank = false;
  }
}

// Pass 3: NFC, line by line where needed.
void to_nfc(const std::string& in, TextBuilder& b) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(st);
  size_t pos = 0;
  while (pos < in.size()) {
    size_t nl = in.find('\n', pos);
    size_t e = nl == std::string::npos ? in.size() : nl + 1;
    std::string_view line = std::string_view(in).substr(pos, e - pos);
    bool ascii = std::all_of(line.begin(), line.end(), [](char c) { return (c & 0x80) == 0; });
    if (!ascii && U_SUCCESS(st)) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), line.size()));
      UErrorCode e2 = U_ZERO_ERROR;
      if (!nfc->isNormalized(u, e2) && U_SUCCESS(e2)) {
        icu::UnicodeString n = nfc->normalize(u, e2);
        std::string out;
        n.toUTF8String(out);
        b.emit(out, pos, e - pos);
        pos = e;
        continue;
      }
    }
    b.copy(in, pos, e - pos);
    pos = e;
  }
}

}  // namespace

void normalize(Document& doc) {
  auto apply = [&doc](auto&& pass) {
    TextBuilder b;
    pass(doc.norm, b);
    OffsetMap m = b.take_map();
    doc.norm = b.take_text();
    doc.norm_map = OffsetMap::compose(m, doc.norm_map);
  };
  apply(repair_characters);
  apply(repair_lines);
  apply(to_nfc);
}

}  // namespace dyad::ingest
