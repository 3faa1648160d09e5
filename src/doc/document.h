// The Document: one article as it moves through the pipeline. Each stage reads
// the layers it needs and adds its own; offsets are byte offsets into the
// string they name (raw bytes, normalised text `norm`, or clean text `text`).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/small_string.h"
#include "doc/mentions.h"
#include "doc/offset_map.h"
#include "doc/values.h"

namespace dyad {

namespace lang {
struct Annotation;  // src/lang/annotation.h
}

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
};

// What a paragraph of the normalised text is. Everything but Body (and the
// headline/summary kinds, which are kept) is boilerplate: removed from the
// clean text and recorded.
enum class ParaKind : uint8_t {
  Body,       // article prose
  Title,      // headline (kept out of the body, stored as metadata)
  Subtitle,   // standfirst / dek under the headline
  Summary,    // bullet summary at the top of a web article (kept)
  Byline,     // "By A and B", "Story by ..."
  Date,       // a line that is only a date
  Caption,    // photo caption (a lone name, etc.)
  Credit,     // photo credit ("Photographer: ... via Getty Images")
  Promo,      // "Before it's here, it's on the Bloomberg Terminal."
  Related,    // "Related article: ..."
  Url,        // the page's own URL, "Original url:" lines
  Trailer,    // archive trailers: Credit:, Word count:, Copyright ...
  Chrome,     // web page furniture: navigation, cookie notices, footers, share buttons
  Repeated,   // a block repeated inside the document (kept once)
};

const char* para_kind_name(ParaKind k);
// True when paragraphs of this kind are part of the clean text.
bool para_kind_kept(ParaKind k);

struct Paragraph {
  Span span;                 // in Document::norm
  ParaKind kind = ParaKind::Body;
  bool blank_before = false; // preceded by an empty line in the source layout
};

// Values a container (a JSON Lines record) states about the article. They win
// over what the text itself suggests.
struct Hints {
  std::optional<std::string> id, title, url, published, source;
};

struct Metadata {
  std::optional<std::string> title;
  std::vector<std::string> authors;
  std::optional<std::string> published;  // ISO "YYYY-MM-DD" (or YYYY-MM / YYYY)
  std::optional<std::string> source;     // publication name
  std::optional<std::string> dateline;   // "KABUL, Afghanistan"
  std::optional<std::string> url;
  std::optional<int> stated_word_count;  // "Word count: 1164" in archive trailers
  int word_count = 0;                    // words in the clean text
  std::string language = "und";          // ISO 639-1 code, "und" when unknown
};

// --- Time expressions (src/time/) ---------------------------------------
// A TIMEX3 time expression in the clean text: type DATE / TIME / DURATION /
// SET and its normalised value ("2013-03-22", "P1M", "PRESENT_REF").
// 32 bytes: a text of dates has one every few bytes, and a value ("2013-03-22",
// "P1M") fits the SmallString's 15 bytes.
struct Timex {
  Span span;          // in Document::text
  TimexType type = TimexType::Date;
  base::SmallString value;
};
// --- Events and timeline (src/events/, src/time/) ------------------------
// Where an event's date comes from (docs/time.md): a time expression that
// governs its verb; the context of its sentence, list entry or report;
// the document's publication date (an undated present-tense report); none.
enum class DateKind : uint8_t { None, Explicit, Inherited, Publication };

// One coded event: who did what to whom, with the sentence it came from.
struct Event {
  Span span;                 // the evidence sentence, in Document::text
  uint32_t sentence = 0;     // index into lang->sentences
  std::string source;        // CAMEO actor code of the source
  std::string target;        // CAMEO actor code of the target, "" when none
  int32_t source_mention = -1;  // index into Document::actors, -1 if none
  int32_t target_mention = -1;
  std::string code;          // CAMEO event code ("064", "1721")
  std::optional<Quad> quad;  // from the CAMEO table; nullopt when it does not know the code
  double goldstein = 0;
  std::optional<std::string> date;  // "YYYY[-MM[-DD]]" when the text dates it
  DateKind date_kind = DateKind::None;  // where `date` comes from
  Modality modality = Modality::Asserted;
  std::string location;      // place named as where it happened, "" if none
  Span verb;                 // the verb (phrase) that triggered it, in text
  std::string pattern;       // the dictionary pattern that matched (for review)
};

// One dated entry of the document's timeline: a chronology-list entry or a
// dated statement of a past event.
struct TimelineEntry {
  Span span;                          // in Document::text
  std::string date;                   // "YYYY[-MM[-DD]]"
  std::optional<std::string> end_date;
  std::string text;
  TimelineKind kind = TimelineKind::Chronology;  // a dated list's entry, or a dated past event
};

// ---------------------------------------------------------------------------

struct Document {
  std::string id;        // stable id: JSONL "id", else file stem (+ line number)
  std::string path;      // where it came from ("file.jsonl:12" for JSONL lines)
  std::string format;    // "text", "pdf", "html", "jsonl"
  std::string hash;      // xxh3-128 of the raw bytes, hex
  std::string raw;       // original bytes
  Hints hints;

  std::string norm;      // decoded, repaired text (paragraph per line)
  OffsetMap norm_map;    // norm -> raw
  std::vector<Paragraph> paras;

  std::string text;      // clean text: kept paragraphs joined by blank lines
  OffsetMap text_map;    // text -> raw
  std::vector<Span> text_paras;  // kept paragraphs, in `text`

  Metadata meta;
  std::optional<std::string> duplicate_of;  // id of the copy this one repeats
  // On a kept document that has duplicates: its metadata merged with what the
  // copies state (a field missing here is taken from a copy).
  std::optional<Metadata> merged;
  std::vector<std::string> warnings;

  // Language layers over `text` (sentences, tokens, tags, phrases, clauses);
  // set by the pipeline when a later stage needs them.
  std::shared_ptr<const lang::Annotation> lang;
  // The name finder's names by their bytes in `text` when the language layer
  // is not kept (a very long document analysed in pieces, pipeline/pieces.cc);
  // otherwise empty, and the names are doc.lang's. `type` is the finder's
  // label ("PER", "ORG", "LOC", "MISC": lang::name_type_name, a static string).
  struct FoundName {
    uint32_t start = 0, end = 0;
    const char* type = "";
  };
  std::vector<FoundName> names;

  // Actor mentions and quotations in `text` (src/actors/, src/quotes/), in text order.
  std::vector<ActorMention> actors;
  std::vector<Quote> quotes;

  // Time expressions in `text` (src/time/), in text order.
  std::vector<Timex> timexes;
  // Entries of the chronology lists in `text` (kind Chronology), found once
  // by the time stage; the event dates and the timeline read them.
  std::vector<TimelineEntry> chronology;
  // Events and timeline entries (src/events/, src/time/), in text order.
  std::vector<Event> events;
  std::vector<TimelineEntry> timeline;

  std::string_view para_text(const Paragraph& p) const {
    return std::string_view(norm).substr(p.span.start, p.span.size());
  }
};

}  // namespace dyad
