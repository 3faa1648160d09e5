// HTML reader: parses a page with gumbo and keeps its main text, one block
// element per line, mapped back to the bytes of the page; <title> and <meta>
// tags become hints. Deeply nested pages (HTML bombs) are read by a plain
// tag-stripping scan instead, since the parser slows down quadratically.
#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/decode.h"
#include "ingest/read.h"
#include "base/text.h"

namespace dyad::ingest {

using base::ends_with;
using base::lower_ascii;

namespace {

// Nesting beyond this is read without the parser.
constexpr size_t kMaxParseDepth = 2000;

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose content is never main text.
bool dropped_element(std::string_view t) {
  return one_of(t, {"script", "style", "noscript", "nav", "footer", "aside", "form", "iframe",
                    "svg", "template", "button", "select", "object", "canvas", "math",
                    "textarea", "dialog"});
}

// 2 = paragraph break (blank line), 1 = line break, 0 = inline.
int break_kind(std::string_view t) {
  if (one_of(t, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul",
                 "ol", "dl", "hr", "article", "section", "main", "figure", "header"}))
    return 2;
  if (one_of(t, {"div", "li", "br", "tr", "dt", "dd", "figcaption", "caption", "address",
                 "center", "details", "summary", "fieldset", "legend", "body", "html", "option"}))
    return 1;
  return 0;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

size_t utf8_char_len(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// Builds the page text: collapses white space, turns block boundaries into
// line breaks and keeps the map to the (decoded) page bytes.
class Emitter {
 public:
  explicit Emitter(std::string_view src) : src_(src) {}

  void request_break(int kind) { pending_break_ = std::max(pending_break_, kind); }
  void request_space() { pending_space_ = true; }

  // Text whose decoded form is `text` and whose source is src_[off, off+orig_len).
  void text(std::string_view text, size_t off, size_t orig_len, bool pre) {
    std::string_view orig = src_.substr(std::min(off, src_.size()), orig_len);
    size_t i = 0, j = 0;
    while (i < text.size()) {
      if (is_space(text[i])) {
        while (i < text.size() && is_space(text[i])) {
          if (pre && text[i] == '\n') request_break(1);
          ++i;
        }
        while (j < orig.size() && is_space(orig[j])) ++j;
        pending_space_ = true;
        continue;
      }
      // A run of non-space characters copied as is.
      size_t i0 = i, j0 = j;
      while (i < text.size() && j < orig.size() && !is_space(text[i]) && text[i] == orig[j] &&
             orig[j] != '&')
        ++i, ++j;
      if (i > i0) {
        flush(off + j0);
        copy(off + j0, i - i0);
        continue;
      }
      if (j < orig.size() && orig[j] == '&') {
        // An entity: its source length, and the decoded code points it gave.
        // A numeric reference takes all its digits, however many (the parser
        // does); a name at most 40 characters.
        size_t k = j + 1;
        bool numeric = k < orig.size() && orig[k] == '#';
        while (k < orig.size() && (numeric || k - j < 40) &&
               (std::isalnum(static_cast<unsigned char>(orig[k])) || orig[k] == '#'))
          ++k;
        if (k < orig.size() && orig[k] == ';') ++k;
        size_t elen = k - j;
        if (text.compare(i, elen, orig.substr(j, elen)) == 0) {  // not decoded
          flush(off + j);
          copy(off + j, elen);
          i += elen, j += elen;
          continue;
        }
        size_t dlen = 0;
        for (int cps = 1; cps <= 2 && i + dlen < text.size(); ++cps) {
          dlen += utf8_char_len(static_cast<unsigned char>(text[i + dlen]));
          bool end_both = i + dlen >= text.size() && k >= orig.size();
          bool synced = i + dlen < text.size() && k < orig.size() &&
                        (text[i + dlen] == orig[k] || (is_space(text[i + dlen]) && is_space(orig[k])));
          if (end_both || synced) break;
        }
        dlen = std::min(dlen, text.size() - i);
        std::string_view piece = text.substr(i, dlen);
        if (piece == "\xC2\xA0") {  // &nbsp; is a space here
          pending_space_ = true;
        } else {
          flush(off + j);
          emit(piece, off + j, elen);
        }
        i += dlen, j += elen;
        continue;
      }
      // Out of step with the source: the rest maps to the rest of the node.
      size_t rest = i;
      while (rest < text.size()) {
        size_t e = rest;
        while (e < text.size() && !is_space(text[e])) ++e;
        if (e > rest) {
          flush(off + j);
          emit(text.substr(rest, e - rest), off + j, orig.size() - j);
        }
        while (e < text.size() && is_space(text[e])) pending_space_ = true, ++e;
        rest = e;
      }
      break;
    }
  }

  // Raw source text (no entity decoding; the normaliser decodes entities).
  void raw_text(size_t from, size_t to) {
    size_t i = from;
    while (i < to) {
      if (is_space(src_[i])) {
        pending_space_ = true;
        ++i;
        continue;
      }
      size_t s = i;
      while (i < to && !is_space(src_[i])) ++i;
      flush(s);
      copy(s, i - s);
    }
  }

  TextBuilder& builder() { return b_; }

 private:
  // Writes the pending separator before content that starts at source
  // offset `at`; the separator stands for the source bytes since the last
  // content (tags, white space), so span ends map exactly.
  void flush(size_t at) {
    if (!b_.empty()) {
      const char* sep = pending_break_ == 2 ? "\n\n" : pending_break_ == 1 ? "\n"
                        : pending_space_       ? " " : "";
      if (at >= last_end_) b_.emit(sep, last_end_, at - last_end_);
      else b_.emit(sep, at, 0);
    }
    pending_break_ = 0;
    pending_space_ = false;
  }
  void copy(size_t from, size_t len) {
    b_.copy(src_, from, len);
    last_end_ = from + len;
  }
  void emit(std::string_view s, size_t in, size_t in_len) {
    b_.emit(s, in, in_len);
    last_end_ = in + in_len;
  }

  std::string_view src_;
  TextBuilder b_;
  int pending_break_ = 0;
  bool pending_space_ = false;
  size_t last_end_ = 0;  // source offset after the last content written
};

std::string attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? repair_utf8(a->value) : std::string();
}

// "2021-03-16T09:00:00Z" -> "2021-03-16"; other forms are kept as given
// (only ten ASCII bytes are ever cut off: "2021-05-0\u00CB2" is kept whole, not
// cut inside its letter).
std::string iso_date(std::string s) {
  s = base::trim_ascii(s);
  auto digits = [&s](size_t a, size_t b) {
    for (size_t i = a; i < b; ++i)
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  if (s.size() >= 10 && digits(0, 4) && s[4] == '-' && digits(5, 7) && s[7] == '-' && digits(8, 10))
    return s.substr(0, 10);
  return s;
}

struct PageHints {
  std::string title, og_title, canonical, og_url, published, site;
  bool has_h1 = false;
};

void read_meta(const GumboElement& e, PageHints& h) {
  std::string key = lower_ascii(attr(e, "property"));
  if (key.empty()) key = lower_ascii(attr(e, "name"));
  if (key.empty()) key = lower_ascii(attr(e, "itemprop"));
  std::string val = base::trim_ascii(attr(e, "content"));
  if (val.empty()) return;
  if (key == "og:url" && h.og_url.empty()) h.og_url = val;
  else if (key == "og:title" && h.og_title.empty()) h.og_title = val;
  else if (key == "og:site_name" && h.site.empty()) h.site = val;
  else if ((key == "article:published_time" || key == "datepublished" || key == "pubdate") &&
           h.published.empty())
    h.published = iso_date(val);
}

// Concatenated text of a node's descendants (for <title>).
std::string inner_text(const GumboNode* n) {
  std::string out;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty()) {
    const GumboNode* c = stack.back();
    stack.pop_back();
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) {
      out += repair_utf8(c->v.text.text);
    } else if (c->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& ch = c->v.element.children;
      for (size_t k = ch.length; k-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[k]));
    }
  }
  std::string col;
  for (char ch : out) {
    if (is_space(ch)) {
      if (!col.empty() && col.back() != ' ') col += ' ';
    } else {
      col += ch;
    }
  }
  return base::trim_ascii(col);
}

bool hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
  if (lower_ascii(attr(e, "aria-hidden")) == "true") return true;
  std::string style = lower_ascii(attr(e, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos;
}

// Walks the tree with an explicit stack (no recursion, whatever the depth).
void walk(const GumboNode* root, Emitter& em, PageHints& h) {
  struct Item {
    const GumboNode* node;
    bool exit;
    bool pre;
    int in_article;
  };
  std::vector<Item> stack{{root, false, false, 0}};
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const GumboNode* n = it.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      const GumboText& t = n->v.text;
      // gumbo turns an out-of-range character reference (&#x41aCCCCC...) into
      // a broken UTF-8 sequence; it reads as U+FFFD like other bad references.
      em.text(repair_utf8(t.text), t.start_pos.offset, t.original_text.length, it.pre);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector* children =
        n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    bool pre = it.pre;
    int in_article = it.in_article;
    if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& e = n->v.element;
      std::string_view tag = gumbo_normalized_tagname(e.tag);
      int brk = break_kind(tag);
      if (it.exit) {
        em.request_break(brk);
        continue;
      }
      if (tag == "title") {
        if (h.title.empty()) h.title = inner_text(n);
        continue;
      }
      if (tag == "meta") {
        read_meta(e, h);
        continue;
      }
      if (tag == "link") {
        if (lower_ascii(attr(e, "rel")) == "canonical" && h.canonical.empty())
          h.canonical = base::trim_ascii(attr(e, "href"));
        continue;
      }
      if (tag == "h1") h.has_h1 = true;
      if (dropped_element(tag) || hidden(e)) continue;
      if (tag == "header" && in_article == 0) continue;  // site header; an article's is kept
      if (tag == "article" || tag == "main") ++in_article;
      if (tag == "pre") pre = true;
      if (tag == "td" || tag == "th" || tag == "img") em.request_space();
      em.request_break(brk);
      stack.push_back({n, true, pre, in_article});
    }
    for (size_t k = children->length; k-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(children->data[k]), false, pre, in_article});
  }
}

// Rough depth of element nesting, counting only elements that need a closing tag.
size_t nesting_depth(std::string_view s) {
  size_t depth = 0, max_depth = 0, i = 0;
  std::string name;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    ++i;
    if (i >= s.size()) break;
    bool close = s[i] == '/';
    if (close) ++i;
    size_t n0 = i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    if (i == n0) continue;
    name = lower_ascii(s.substr(n0, i - n0));
    size_t gt = s.find('>', i);
    if (gt == std::string_view::npos) break;
    bool self_closing = gt > 0 && s[gt - 1] == '/';
    i = gt + 1;
    if (one_of(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                      "param", "source", "track", "wbr", "p", "li", "td", "th", "tr", "dt", "dd",
                      "option"}) ||
        self_closing)
      continue;
    if (close) {
      if (depth) --depth;
    } else {
      max_depth = std::max(max_depth, ++depth);
    }
  }
  return max_depth;
}

// The page without the parser: text between tags, script and style skipped,
// block tags as line breaks.
void strip_tags(std::string_view s, Emitter& em) {
  size_t i = 0;
  std::string name;
  while (i < s.size()) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) lt = s.size();
    em.raw_text(i, lt);
    if (lt >= s.size()) break;
    size_t gt = s.find('>', lt);
    if (gt == std::string_view::npos) break;
    size_t n0 = lt + 1 + (lt + 1 < s.size() && s[lt + 1] == '/' ? 1 : 0), n1 = n0;
    while (n1 < gt && std::isalnum(static_cast<unsigned char>(s[n1]))) ++n1;
    name = lower_ascii(s.substr(n0, n1 - n0));
    i = gt + 1;
    bool opening = s[lt + 1] != '/';
    if (opening && one_of(name, {"script", "style", "noscript", "template", "svg", "title"})) {
      std::string lower_close = "</" + name;
      size_t k = i;
      // Case-insensitive search for the closing tag.
      while (k < s.size()) {
        k = s.find("</", k);
        if (k == std::string_view::npos) break;
        if (lower_ascii(s.substr(k, lower_close.size())) == lower_close) break;
        k += 2;
      }
      if (k == std::string_view::npos) break;
      i = k;
      continue;
    }
    em.request_break(break_kind(name));
  }
}

}  // namespace

bool read_html(Document& doc, std::string& err) {
  err = text_size_problem(doc.raw.size());
  if (!err.empty()) return false;
  if (is_blank(doc.raw)) {
    err = "empty file";
    return false;
  }
  err = binary_reason(doc.raw);
  if (!err.empty()) return false;
  std::string page;
  OffsetMap page_map;  // page -> raw
  decode_to_utf8(doc.raw, page, page_map, doc.warnings);

  Emitter em(page);
  PageHints h;
  size_t depth = nesting_depth(page);
  if (depth > kMaxParseDepth) {
    doc.warnings.push_back("HTML nested too deeply (" + std::to_string(depth) +
                           " levels): read without the parser");
    strip_tags(page, em);
  } else {
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;  // recording parse errors is quadratic on bad pages
    GumboOutput* out = gumbo_parse_with_options(&opt, page.data(), page.size());
    if (!out) {
      err = "HTML parser failed";
      return false;
    }
    walk(out->document, em, h);
    gumbo_destroy_output(&opt, out);
  }
  TextBuilder& b = em.builder();
  doc.norm = b.take_text();
  doc.norm_map = OffsetMap::compose(b.take_map(), page_map);
  if (is_blank(doc.norm)) {
    err = "no text in HTML page";
    return false;
  }
  // Hints from the head.
  std::string title = !h.og_title.empty() ? h.og_title : h.title;
  if (!h.has_h1 && !title.empty()) {
    for (const char* sep : {" | ", " - ", " — ", " – "}) {
      std::string suffix = std::string(sep) + h.site;
      if (!h.site.empty() && title.size() > suffix.size() && ends_with(title, suffix))
        title.resize(title.size() - suffix.size());
    }
    doc.hints.title = title;
  }
  if (!h.canonical.empty()) doc.hints.url = h.canonical;
  else if (!h.og_url.empty()) doc.hints.url = h.og_url;
  if (!h.published.empty()) doc.hints.published = h.published;
  if (!h.site.empty()) doc.hints.source = h.site;
  return true;
}

}  // namespace dyad::ingest
