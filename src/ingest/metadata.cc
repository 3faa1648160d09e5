// Metadata extraction: reads the paragraphs mark_boilerplate classified
// (headline, byline, date line, trailers, promo and URL lines), the clean
// text and the container's hints, and fills doc.meta. Hints win; a field the
// text does not state stays empty (no date is ever guessed).
#include "ingest/metadata.h"


#include <cctype>
#include <cstdlib>

#include "ingest/language.h"
#include "ingest/meta_date.h"
#include "ingest/meta_lines.h"
#include "ingest/meta_names.h"
#include "ingest/meta_sources.h"
#include "base/text.h"

namespace dyad::ingest {

namespace {

// `s` without the characters of `chars` at either end (spaces and the
// punctuation around a name: not the plain whitespace trim of base/).
std::string trim_chars(std::string_view s, std::string_view chars = " \t,.;:") {
  size_t a = s.find_first_not_of(chars);
  if (a == std::string_view::npos) return {};
  size_t b = s.find_last_not_of(chars);
  return std::string(s.substr(a, b - a + 1));
}

// The holder a copyright line names: "Copyright 2016 Acme Media Inc. All
// rights reserved." -> "Acme Media Inc".
std::string copyright_holder(std::string_view line) {
  std::string s(line);
  std::string f = fold(s);
  for (std::string_view p : {"copyright", "\xC2\xA9", "(c)"}) {
    while (base::starts_with(f, p)) {
      s = trim_chars(std::string_view(s).substr(p.size()), " \t:");
      f = fold(s);
    }
  }
  if (size_t p = base::lower_ascii(s).find("all rights reserved"); p != std::string::npos) s = s.substr(0, p);
  if (auto d = find_date(s)) s = s.substr(0, d->start) + s.substr(d->end);
  // Drop leading/trailing years.
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    std::string w = s.substr(i, j - i);
    bool year = w.size() >= 4 && std::isdigit(static_cast<unsigned char>(w[0])) &&
                std::isdigit(static_cast<unsigned char>(w[3]));
    if (!w.empty() && !year) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    i = j + 1;
  }
  return trim_chars(out, " \t,.;:\"'");
}

// Publication named by "... the position of The Moscow Times."
std::optional<std::string> named_in_notice(std::string_view line) {
  if (auto p = publication_in(line)) return p;
  std::string f = base::lower_ascii(line);  // same offsets as `line`
  for (std::string_view key : {"position of ", "views of "}) {
    size_t p = f.find(key);
    if (p == std::string::npos) continue;
    std::string name = trim_chars(line.substr(p + key.size()));
    if (!name.empty() && count_words(name) <= 6 && std::isupper(static_cast<unsigned char>(name[0])))
      return name;
  }
  return std::nullopt;
}

// Names after "Reporting by" in a wire trailer "(Reporting by A and B; Editing by C)".
std::vector<std::string> reporting_names(std::string_view line) {
  std::string f = base::lower_ascii(line);  // same offsets as `line`
  size_t p = f.find("reporting by ");
  if (p == std::string::npos || (p >= 11 && f.compare(p - 11, 11, "additional ") == 0)) return {};
  std::string_view rest = line.substr(p + 13);
  size_t e = rest.find_first_of(";)");
  if (e != std::string_view::npos) rest = rest.substr(0, e);
  return byline_names(rest);
}

}  // namespace

void extract_metadata(Document& doc) {
  Metadata& m = doc.meta;
  m.word_count = static_cast<int>(count_words(doc.text));
  m.language = detect_language(doc.text);

  std::optional<std::string> title, date_line, byline_date, url, copyright_date;
  std::optional<std::string> src_copyright, src_notice, src_title;
  std::vector<std::string> authors, credit_authors, wire_authors;
  for (const auto& p : doc.paras) {
    std::string_view t = doc.para_text(p);
    switch (p.kind) {
      case ParaKind::Title:
        if (!title) title = std::string(t);
        break;
      case ParaKind::Byline:
        if (authors.empty()) authors = byline_names(t);
        if (!byline_date)
          if (auto d = find_date(t)) byline_date = iso_date(*d);
        break;
      case ParaKind::Date:
        if (!date_line)
          if (auto d = find_date(t)) date_line = iso_date(*d);
        break;
      case ParaKind::Url:
        if (!url) url = url_in(t);
        break;
      case ParaKind::Promo: {
        bool republication = false;
        is_promo_line(t, &republication);
        if (!republication && !src_notice) src_notice = named_in_notice(t);
        break;
      }
      case ParaKind::Trailer: {
        std::string f = fold(t);
        if (base::starts_with(f, "word count:")) {
          int v = std::atoi(std::string(t.substr(11)).c_str());
          if (v > 0) m.stated_word_count = v;
        } else if (base::starts_with(f, "credit:")) {
          std::string_view rest = t.substr(7);
          rest = rest.substr(0, rest.find(';'));
          if (credit_authors.empty()) credit_authors = byline_names(rest);
        } else if (is_copyright_line(t)) {
          if (!copyright_date)
            if (auto d = find_date(t); d && d->day > 0) copyright_date = iso_date(*d);
          if (!src_copyright) {
            if (auto pub = publication_in(t)) src_copyright = pub;
            else if (std::string h = copyright_holder(t); !h.empty()) src_copyright = h;
          }
        } else if (wire_authors.empty()) {
          wire_authors = reporting_names(t);
        }
        break;
      }
      default:
        break;
    }
  }

  // Title: "Headline - Publisher" / "Headline | Publisher" names the source too.
  if (title) {
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      size_t p = title->rfind(sep);
      if (p == std::string::npos) continue;
      std::string tail = title->substr(p + sep.size());
      auto pub = publication_in(tail);
      if (pub && count_words(tail) <= 5) {
        src_title = pub;
        title = title->substr(0, p);
        break;
      }
    }
  }

  // A web page whose first line is its title ("Headline | Site"): the
  // headline when no paragraph was marked as one, and the site's name.
  std::optional<std::string> src_page;
  if (!doc.paras.empty() && doc.paras[0].kind == ParaKind::Chrome) {
    PageTitle pt = split_page_title(doc.para_text(doc.paras[0]));
    if (!title && count_words(pt.head) >= 2 && count_words(pt.head) <= 30) title = pt.head;
    if (pt.site) {
      if (auto pub = publication_in(*pt.site)) src_page = pub;
      else if (count_words(*pt.site) <= 3 && pt.site->size() <= 40 &&
               pt.site->find_first_of(":/=@") == std::string::npos)
        src_page = pt.site;
    }
  }

  m.title = doc.hints.title ? doc.hints.title : title;
  m.url = doc.hints.url ? doc.hints.url : url;
  if (!authors.empty()) m.authors = authors;
  else if (!credit_authors.empty()) m.authors = credit_authors;
  else m.authors = wire_authors;

  std::optional<std::string> url_date = m.url ? date_from_url(*m.url) : std::nullopt;
  if (doc.hints.published) m.published = doc.hints.published;
  else if (date_line) m.published = date_line;
  else if (byline_date) m.published = byline_date;
  else if (url_date && url_date->size() == 10) m.published = url_date;
  else if (copyright_date) m.published = copyright_date;
  // else: keep a full date the dateline stated (set by mark_boilerplate).

  std::optional<std::string> url_source = m.url ? publication_for_url(*m.url) : std::nullopt;
  if (doc.hints.source) m.source = doc.hints.source;
  else if (src_copyright) m.source = src_copyright;
  else if (url_source) m.source = url_source;
  else if (src_notice) m.source = src_notice;
  else if (src_title) m.source = src_title;
  else if (src_page) m.source = src_page;
  // else: keep a wire agency the dateline named (set by mark_boilerplate).
}

}  // namespace dyad::ingest
