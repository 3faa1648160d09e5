// Article boilerplate: classifies the paragraphs around the article body.
// Lines recognisable anywhere (URL lines, "Related article:", promo lines,
// photo credits, copyright lines) are marked first, then the trailing block of
// archive fields, then the top of the article (headline, standfirst, byline,
// date line, bullet summary), captions next to credits, and finally a
// dateline is cut from the first body paragraph into doc.meta.dateline.
#include "ingest/boilerplate.h"

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/meta_date.h"
#include "ingest/meta_lines.h"
#include "ingest/meta_names.h"
#include "ingest/meta_sources.h"
#include "base/text.h"

namespace dyad::ingest {

namespace {

constexpr size_t kTopZone = 10;     // paragraphs searched for header furniture
constexpr size_t kMaxTitleWords = 25;
constexpr size_t kMaxSubtitles = 2;
constexpr size_t kMaxSubtitleWords = 70;
constexpr size_t kMaxCaptionWords = 25;
constexpr size_t kProseWords = 30;  // a paragraph this long is article prose

bool title_like(std::string_view t) {
  if (t.empty() || t.size() > 250 || count_words(t, kMaxTitleWords) > kMaxTitleWords) return false;
  std::string_view core = t;  // a sentence in quotes ends with '."' too
  while (!core.empty() && (core.back() == '"' || core.back() == ' ')) core.remove_suffix(1);
  while (core.size() >= 3 && (base::ends_with(core, "\xE2\x80\x9D") || base::ends_with(core, "\xE2\x80\x99")))
    core.remove_suffix(3);
  if (core.empty()) return false;
  char last = core.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  unsigned char first = static_cast<unsigned char>(t[0]);
  if (first >= 'a' && first <= 'z') return false;
  if (t.find("http") != std::string_view::npos || t.find("www.") != std::string_view::npos) return false;
  return !is_bullet_line(t) && !is_date_line(t) && !is_byline(t);
}

bool is_furniture(ParaKind k) {
  return k == ParaKind::Byline || k == ParaKind::Date || k == ParaKind::Credit;
}

}  // namespace

void mark_boilerplate(Document& doc) {
  std::vector<size_t> ids;
  for (size_t i = 0; i < doc.paras.size(); ++i)
    if (doc.paras[i].kind == ParaKind::Body) ids.push_back(i);
  const size_t n = ids.size();
  if (n == 0) return;
  auto text = [&](size_t k) { return doc.para_text(doc.paras[ids[k]]); };
  auto kind = [&](size_t k) -> ParaKind& { return doc.paras[ids[k]].kind; };

  // 1. Lines recognisable wherever they stand.
  for (size_t k = 0; k < n; ++k) {
    std::string_view t = text(k);
    if (count_words(t, 35) > 35) continue;  // long prose: none of these tests can match
    if (is_url_line(t)) kind(k) = ParaKind::Url;
    else if (is_related_line(t)) kind(k) = ParaKind::Related;
    else if (is_promo_line(t)) kind(k) = ParaKind::Promo;
    else if (is_credit_line(t)) kind(k) = ParaKind::Credit;
    else if (is_captioned_photo(t)) kind(k) = ParaKind::Caption;
    else if (is_copyright_line(t)) kind(k) = ParaKind::Trailer;
  }

  // 2. The trailing block: archive fields after the last body paragraph.
  for (size_t k = n; k-- > 0;) {
    ParaKind kk = kind(k);
    if (kk != ParaKind::Body) continue;
    std::string_view t = text(k);
    if (count_words(t, 80) <= 80 && is_trailer_field(t)) {
      kind(k) = ParaKind::Trailer;
      continue;
    }
    break;
  }

  // 3. The top of the article.
  const size_t top = std::min(n, kTopZone);
  size_t title = n;
  if (!doc.paras.empty() && doc.paras[0].kind == ParaKind::Chrome) {
    // A web page: its first line is the page title; the headline is the
    // paragraph near the top that repeats it.
    std::string head = split_page_title(doc.para_text(doc.paras[0])).head;
    for (size_t k = 0; k < std::min(n, kTopZone); ++k) {
      if (kind(k) == ParaKind::Body && count_words(text(k)) >= kProseWords) break;  // the body began
      if (kind(k) != ParaKind::Body || !title_like(text(k))) continue;
      if (similar_headlines(text(k), head)) {
        kind(k) = ParaKind::Title;
        title = k;
        break;
      }
    }
  } else if (n > 1 && kind(0) == ParaKind::Body && title_like(text(0)) && !find_dateline(text(0))) {
    kind(0) = ParaKind::Title;
    title = 0;
  }
  size_t first_furniture = n;
  for (size_t k = 0; k < top; ++k) {
    if (kind(k) != ParaKind::Body) {
      if (is_furniture(kind(k)) && first_furniture == n) first_furniture = k;
      continue;
    }
    std::string_view t = text(k);
    if (is_date_line(t)) kind(k) = ParaKind::Date;
    else if (is_byline(t)) kind(k) = ParaKind::Byline;
    else if (title < n && k > title && is_bullet_line(t)) kind(k) = ParaKind::Summary;
    if (is_furniture(kind(k)) && first_furniture == n) first_furniture = k;
  }
  // Standfirst: prose between the headline and the byline/date.
  if (title < n && first_furniture < n && first_furniture > title + 1 &&
      first_furniture - title - 1 <= kMaxSubtitles) {
    bool ok = true;
    for (size_t k = title + 1; k < first_furniture; ++k)
      ok = ok && (kind(k) == ParaKind::Body || kind(k) == ParaKind::Summary) &&
           count_words(text(k), kMaxSubtitleWords) <= kMaxSubtitleWords;
    if (ok)
      for (size_t k = title + 1; k < first_furniture; ++k)
        if (kind(k) == ParaKind::Body) kind(k) = ParaKind::Subtitle;
  }

  // 4. Captions: a short line right before a photo credit.
  for (size_t k = 1; k < n; ++k) {
    if (kind(k) != ParaKind::Credit || kind(k - 1) != ParaKind::Body) continue;
    std::string_view c = text(k - 1);
    if (count_words(c, kMaxCaptionWords) <= kMaxCaptionWords) kind(k - 1) = ParaKind::Caption;
  }

  // 5. Dateline at the start of the first body paragraph.
  for (size_t k = 0; k < n; ++k) {
    if (kind(k) != ParaKind::Body) continue;
    std::string_view t = text(k);
    if (auto d = find_dateline(t)) {
      doc.meta.dateline = d->place;
      if (d->agency) {
        if (auto pub = publication_in(*d->agency)) doc.meta.source = *pub;
        else doc.meta.source = *d->agency;
      }
      if (d->date) doc.meta.published = iso_date(*d->date);
      doc.paras[ids[k]].span.start += static_cast<uint32_t>(d->length);
    }
    break;
  }
}

}  // namespace dyad::ingest
