// Page chrome: finds the article inside text flattened from a whole web page
// and marks everything around it (navigation, cookie notices, share buttons,
// related links, footers, comments) as ParaKind::Chrome.
//
// Each paragraph gets a "prose" score from its own text: long lines of
// running prose (many words, function words, sentence punctuation) score up,
// short link-like lines, furniture phrases (data/web/) and legal or cookie
// lines score down. The article is the contiguous run of paragraphs with the
// largest total score (maximum-sum subarray), so short in-article lines such
// as subheadings survive between prose; a short interruption between prose
// paragraphs costs little. Trailer headings ("Related articles", "Most
// popular") weigh heavily; comment headings ("12 Comments", "jane says:")
// also damp the prose after them. Lines said twice on the page are rarely
// the article. Prose standing around the site's copyright notice is its fine
// print; the summaries of teaser cards (a headline said twice, then a
// sentence) are furniture. A data list right after the run (dates, results,
// amounts) is kept with it up to the next furniture. Inside the run only
// clear furniture and inline related boxes are marked. Nothing is marked
// unless the text shows it is a page (enough chrome around the run), so plain
// article files pass untouched. Linear in the text size.
#include "ingest/page_chrome.h"

#include <algorithm>
#include <unordered_map>

#include "ingest/page_lexicon.h"

namespace dyad::ingest {

namespace {

// What describe() counts in a line; prose_score() reads it.
struct LineCounts {
  uint32_t words = 0;
  uint32_t stops = 0;
  uint32_t caps = 0;       // words starting with an upper-case ASCII letter
  uint32_t lowers = 0;     // words starting with a lower-case ASCII letter, not function words
  uint32_t numbers = 0;    // all-digit words
  uint32_t phrase_hits = 0;
  uint32_t cjk = 0;        // CJK characters (U+3000..U+9FFF)
  bool end_punct : 1 = false;  // ends a sentence (. ! ? … : ; or a closing quote after one)
  bool chrome_line : 1 = false;
  bool trailer : 1 = false;    // a heading that starts related links or comments
  bool comments : 1 = false;   // a heading that starts reader comments
  bool legal : 1 = false;      // ©, "All rights reserved", cookie notices...
  bool url : 1 = false;        // holds a web address (its parts are not words of prose)
  bool mid_colon : 1 = false;  // a colon inside the line, as in headlines ("Brexit: ...")
  bool continued : 1 = false;  // no final punctuation and the next line goes on in lower case
};

// What the page-level passes read of a line once it is scored: a text of
// short lines keeps one a line (24 bytes).
struct LineInfo {
  double score = 0;
  uint32_t words = 0, stops = 0, numbers = 0;
  bool chrome_line : 1 = false;
  bool trailer : 1 = false;
  bool comments : 1 = false;
  bool legal : 1 = false;
  bool phrase_hits : 1 = false;  // a furniture phrase in it
};

LineInfo scored(const LineCounts& c, double score) {
  LineInfo li;
  li.score = score;
  li.words = c.words;
  li.stops = c.stops;
  li.numbers = c.numbers;
  li.chrome_line = c.chrome_line;
  li.trailer = c.trailer;
  li.comments = c.comments;
  li.legal = c.legal;
  li.phrase_hits = c.phrase_hits > 0;
  return li;
}

bool ends_sentence(std::string_view t) {
  // Skip closing quotes and brackets, then look at the last character.
  size_t e = t.size();
  for (int guard = 0; guard < 4 && e > 0; ++guard) {
    unsigned char c = static_cast<unsigned char>(t[e - 1]);
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') { --e; continue; }
    // ” ’ » (UTF-8 E2 80 9D, E2 80 99, C2 BB)
    if (e >= 3 && static_cast<unsigned char>(t[e - 3]) == 0xE2 &&
        static_cast<unsigned char>(t[e - 2]) == 0x80 &&
        (c == 0x9D || c == 0x99)) { e -= 3; continue; }
    if (e >= 2 && static_cast<unsigned char>(t[e - 2]) == 0xC2 && c == 0xBB) { e -= 2; continue; }
    break;
  }
  if (e == 0) return false;
  char c = t[e - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  // … (E2 80 A6), 。！？ (E3 80 82, EF BC 81, EF BC 9F)
  if (e >= 3) {
    std::string_view tail = t.substr(e - 3, 3);
    if (tail == "\xE2\x80\xA6" || tail == "\xE3\x80\x82" || tail == "\xEF\xBC\x81" ||
        tail == "\xEF\xBC\x9F")
      return true;
  }
  return false;
}

void describe(std::string_view t, const PageLexicon& lex, std::string& buf,
              std::vector<std::string_view>& words, LineCounts& li) {
  page_words(t, buf, words);
  li.words = static_cast<uint32_t>(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    const PageLexicon::WordInfo* e = lex.find(w);
    bool stop = e && e->stop;
    if (stop) ++li.stops;
    if (w.find_first_not_of("0123456789") == std::string_view::npos) ++li.numbers;
    size_t off = static_cast<size_t>(w.data() - buf.data());
    if (t[off] >= 'A' && t[off] <= 'Z') ++li.caps;
    else if (!stop && t[off] >= 'a' && t[off] <= 'z') ++li.lowers;
    if (e && lex.phrase_at(words, i, *e)) ++li.phrase_hits;
  }
  li.end_punct = ends_sentence(t);
  li.url = t.find("://") != std::string_view::npos || t.find("www.") != std::string_view::npos;
  if (size_t c = t.find(':'); c != std::string_view::npos && c + 1 < t.size()) li.mid_colon = true;
  if (t.find("\xC2\xA9") != std::string_view::npos) li.legal = true;  // ©
  if (!words.empty() && words.size() <= 16) {
    std::string key = page_key(words, false);
    std::string bare = page_key(words, true);
    if (words.size() <= 8)
      li.chrome_line =
          lex.chrome_lines.count(key) || (!bare.empty() && lex.chrome_lines.count(bare));
    const bool colon = t.back() == ':';
    li.comments = lex.comments.match(key, bare, words.size(), li.end_punct, colon);
    li.trailer = li.comments || lex.trailers.match(key, bare, words.size(), li.end_punct, colon);
  }
  // Chinese and Japanese run words together: count their characters.
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c >= 0xE3 && c <= 0xE9) { ++li.cjk; i += 2; }
  }
}

double base_score(const LineCounts& li);

// How much a paragraph looks like article prose (positive) or furniture (negative).
double prose_score(const LineCounts& li) {
  if (li.words == 0) return -1.0;
  if (li.trailer) return -6.0;
  if (li.chrome_line) return -2.0;
  LineCounts e = li;  // CJK text: two characters count as a word; no function-word test
  if (li.cjk >= 8) {
    e.words = li.words + li.cjk / 2;
    e.stops = std::max(li.stops, e.words / 4);
    e.lowers = std::max(li.lowers, e.words / 2);
  }
  return base_score(e);
}

double base_score(const LineCounts& li) {
  const double w = li.words;
  const double stop_ratio = li.stops / w;
  const double cap_ratio = li.caps / w;
  double s;
  if (li.words >= 6 && li.end_punct && stop_ratio >= 0.1) {
    s = 1.0 + std::min(w, 80.0) * 0.15;
  } else if (li.words >= 8 && li.continued && stop_ratio >= 0.1) {
    s = std::min(w, 80.0) * 0.08;  // prose broken mid-sentence (PDF-like lines)
  } else if (li.words >= 20 && stop_ratio >= 0.2 && !li.url) {
    s = std::min(w, 80.0) * 0.04;  // a paragraph that lacks its full stop
  } else if (li.words >= 12 && stop_ratio >= 0.2 && cap_ratio <= 0.15 && !li.mid_colon) {
    s = std::min(w, 80.0) * 0.03;  // a list item in sentence form
  } else if (li.words >= 12 && stop_ratio >= 0.2) {
    s = -0.3;  // a long headline or teaser ("Topic: what happened")
  } else if (li.words >= 10 && li.end_punct) {
    s = 0.3 + std::min(w, 80.0) * (li.words >= 20 ? 0.08 : 0.04);
  } else if (li.words >= 12 && li.lowers * 2 >= li.words && (li.end_punct || li.continued)) {
    s = std::min(w, 80.0) * 0.05;  // running text in a language without listed function words
  } else if (li.words >= 4 && cap_ratio > 0.6 && !li.end_punct && li.numbers == 0) {
    s = -1.5;  // Title Case link text
  } else if (li.words >= 3 && li.lowers * 10 >= li.words * 3) {
    s = -0.3;  // a fragment of text (list item, short line), not a link
  } else {
    s = -1.0;
  }
  if (li.words >= 4 && li.numbers * 5 >= li.words * 2 && s < 0)
    s = -0.1;  // a row of a table of figures
  else if (li.numbers * 2 > li.words && li.words < 12)
    s = std::min(s, -1.0);
  if (li.phrase_hits) {
    if (li.words >= 25) s -= 3.0 * li.phrase_hits;
    else s = std::min(s * 0.3, s) - 2.5 * li.phrase_hits;
  }
  if (li.legal) s = std::min(s, -3.0);
  return s;
}

// A paragraph that holds the site's copyright or legal notice: a © line with
// a furniture phrase ("All rights reserved") or of sentence length, not a
// photo credit such as "(Image: © NASA/ESA/J. Smith)".
bool legal_notice(const LineInfo& li) {
  return li.legal && (li.phrase_hits > 0 || li.words >= 12);
}

// Fine print: a site's disclaimers stand around its copyright notice, so the
// prose directly before and after a legal notice (no other line between)
// is the page footer, never the article. An article may end on its agency's
// copyright line, but its prose never goes on after one.
void mark_fine_print(std::vector<LineInfo>& info) {
  const size_t n = info.size();
  for (size_t i = 1; i + 1 < n; ++i) {
    if (!legal_notice(info[i]) || info[i - 1].score <= 0 || info[i + 1].score <= 0) continue;
    for (size_t k = i; k-- > 0 && info[k].score > 0;) info[k].score = -2.0;
    for (size_t k = i + 1; k < n && info[k].score > 0; ++k) info[k].score = -2.0;
  }
}

// A line of data: terse (few function words), a figure among at least three
// words and either a second figure or in-line punctuation ("June 9 – Tampa,
// FL @ Arena", "Rockledge 14 11 6 15 — 44", "1 cup rice, 2 eggs"); a counter
// under a link ("9h 104") or a headline with a number is not one.
bool data_line(std::string_view t, const LineInfo& li) {
  if (li.words < 3 || li.stops * 3 >= li.words) return false;
  if (t.find_first_of("0123456789") == std::string_view::npos) return false;
  if (li.numbers >= 2) return true;
  return t.find_first_of(",;([@") != std::string_view::npos ||
         t.find("\xE2\x80\x93") != std::string_view::npos ||   // en dash
         t.find("\xE2\x80\x94") != std::string_view::npos;     // em dash
}

// A line that ends the article's container: related links, furniture,
// sign-up or legal text.
bool hard_line(const LineInfo& li) {
  return li.trailer || li.chrome_line || li.legal || li.phrase_hits > 0;
}

// Data lists close many articles (tour dates, results, a menu of amounts):
// short lines of figures that score as furniture one by one. When the lines
// right after the article, up to the next furniture, mostly carry figures,
// they are the article's list, kept with it (at least four lines, half of
// them data lines). Returns the new last paragraph of the article.
size_t extend_over_data_list(const Document& doc, const std::vector<LineInfo>& info, size_t last) {
  constexpr size_t kMinItems = 4;
  size_t end = last + 1, with_data = 0;
  while (end < info.size() && !hard_line(info[end]) && info[end].words > 0) {
    with_data += data_line(doc.para_text(doc.paras[end]), info[end]);
    ++end;
  }
  const size_t items = end - last - 1;
  if (end >= info.size() || items < kMinItems || with_data * 2 < items) return last;
  return end - 1;
}

// Teaser cards: a list of links to other stories shows each headline twice
// (the picture's link and the title's) with the story's summary under it.
// A short line said twice within three lines, then a prose line, is such a
// card; when a page has two or more, each summary is furniture.
void mark_teaser_cards(const Document& doc, std::vector<LineInfo>& info) {
  const size_t n = info.size();
  std::vector<size_t> summaries;
  for (size_t i = 0; i + 2 < n; ++i) {
    if (info[i].words < 3 || info[i].score > 0.5) continue;
    std::string_view head = doc.para_text(doc.paras[i]);
    for (size_t k = i + 1; k <= i + 2 && k + 1 < n; ++k) {
      if (doc.para_text(doc.paras[k]) != head) continue;
      if (info[k + 1].score > 0) summaries.push_back(k + 1);
      break;
    }
  }
  if (summaries.size() < 2) return;
  for (size_t j : summaries) info[j].score = -1.0;
}

}  // namespace

void mark_page_chrome(Document& doc) {
  const size_t n = doc.paras.size();
  if (n < 3) return;
  const PageLexicon& lex = PageLexicon::get();
  std::vector<LineInfo> info(n);
  std::string buf;
  std::vector<std::string_view> words;
  for (size_t i = 0; i < n; ++i) {
    LineCounts c;
    describe(doc.para_text(doc.paras[i]), lex, buf, words, c);
    // A long line without final punctuation is prose broken mid-sentence when
    // the next line goes on in lower case; otherwise it is a headline or link.
    if (i + 1 < n) {
      std::string_view next = doc.para_text(doc.paras[i + 1]);
      c.continued = !c.end_punct && !next.empty() && next[0] >= 'a' && next[0] <= 'z';
    }
    info[i] = scored(c, prose_score(c));
  }
  mark_fine_print(info);
  mark_teaser_cards(doc, info);
  // A paragraph said twice on the page (header and footer copies, teasers)
  // is rarely article prose; prose after a trailer heading is more likely
  // comments or teasers.
  // Only the prose lines' texts are counted (a page of a million short lines
  // needs no table of them all).
  std::unordered_map<std::string_view, uint32_t> seen;
  for (size_t i = 0; i < n; ++i)
    if (info[i].score > 0) seen.emplace(doc.para_text(doc.paras[i]), 0);
  for (size_t i = 0; i < n && !seen.empty(); ++i)
    if (auto it = seen.find(doc.para_text(doc.paras[i])); it != seen.end()) ++it->second;
  double damp = 1.0;
  for (size_t i = 0; i < n; ++i) {
    if (info[i].comments) damp = std::max(0.125, damp * 0.5);
    if (info[i].score <= 0) continue;
    info[i].score *= damp;
    if (seen[doc.para_text(doc.paras[i])] > 1) info[i].score *= 0.25;
  }

  // A short interruption between two prose paragraphs (an ad slot, a photo
  // caption, a subheading) costs at most kGapCap, unless it opens related links or
  // comments or holds sign-up, cookie or legal text.
  constexpr size_t kShortGap = 3;
  constexpr double kGapCap = -3.0;
  for (size_t i = 0; i < n;) {
    if (info[i].score > 0) { ++i; continue; }
    size_t j = i;
    double sum = 0;
    bool hard = false;
    while (j < n && info[j].score <= 0) {
      sum += info[j].score;
      hard |= info[j].trailer || info[j].phrase_hits > 0 || info[j].legal;
      ++j;
    }
    if (i > 0 && j < n && j - i <= kShortGap && !hard && sum < kGapCap)
      for (size_t k = i; k < j; ++k) info[k].score *= kGapCap / sum;
    i = j;
  }

  // Maximum-sum contiguous run (Kadane).
  double best = 0, cur = 0;
  size_t best_a = 0, best_b = 0, cur_a = 0;
  bool found = false;
  for (size_t i = 0; i < n; ++i) {
    if (cur <= 0) { cur = 0; cur_a = i; }
    cur += info[i].score;
    if (cur > best) { best = cur; best_a = cur_a; best_b = i; found = true; }
  }
  if (!found) return;
  best_b = extend_over_data_list(doc, info, best_b);

  // Is this a page at all? Count the furniture outside the run.
  size_t outside = 0, outside_chrome = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i >= best_a && i <= best_b) continue;
    if (info[i].words < 8) ++outside;
    if (info[i].chrome_line || info[i].trailer || info[i].legal || info[i].phrase_hits)
      ++outside_chrome;
  }
  const bool page = outside_chrome >= 2 || outside >= 12;  // `outside`: short lines only
  if (!page) return;

  // Outside the run everything is chrome; inside it, furniture lines and an
  // inline related-links box (a trailer heading and the link lines under it,
  // up to the next prose paragraph).
  bool in_box = false;
  for (size_t i = 0; i < n; ++i) {
    Paragraph& p = doc.paras[i];
    const bool inside = i >= best_a && i <= best_b;
    if (info[i].trailer) in_box = true;
    else if (info[i].score > 0) in_box = false;
    if (p.kind != ParaKind::Body) continue;
    if (!inside || info[i].chrome_line || in_box) p.kind = ParaKind::Chrome;
  }
}

}  // namespace dyad::ingest
