// The stages from language on, over a whole document's text or, for a very
// long document, piece by piece: each piece is a Document of its own for the
// stages, and its results are moved into the whole document's numbering.
#include "pipeline/pieces.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors_json.h"
#include "base/text_pieces.h"
#include "events/stage.h"
#include "lang/annotate.h"
#include "pipeline/stage_clock.h"
#include "quotes/stage.h"
#include "time/chronology.h"
#include "time/tagger.h"
#include "timeline/timeline.h"

namespace dyad {

namespace {

constexpr size_t kPiece = size_t{128} << 10;
// The language layer's memory grows with the tokens of a piece, not its
// bytes: at most this many (about 256 kB of article prose, which has a
// token every 5-6 bytes) in the longest piece a cut may give (2 kPiece).
constexpr size_t kPieceTokens = 48000;
constexpr size_t kMinPiece = size_t{16} << 10;

// Tokens as the tokenizer roughly sees them: a run of letters, digits or
// non-ASCII bytes, or one ASCII punctuation mark.
size_t rough_tokens(std::string_view t) {
  size_t n = 0;
  bool in_word = false;
  for (char ch : t) {
    auto c = static_cast<unsigned char>(ch);
    bool word = std::isalnum(c) || c >= 0x80;
    if (word) {
      n += !in_word;
    } else if (!std::isspace(c)) {
      ++n;
    }
    in_word = word;
  }
  return n;
}

// The piece length for text from `from`: kPiece, shorter where the text is
// dense with tokens (a word on every line, quotation marks everywhere).
size_t piece_length(std::string_view text, size_t from) {
  size_t tokens = rough_tokens(text.substr(from, 2 * kPiece));
  if (tokens <= kPieceTokens) return kPiece;
  return std::max(kMinPiece, kPiece * kPieceTokens / tokens);
}

// Where the results of the pieces before this one end, in the whole document.
struct Numbering {
  uint32_t tokens = 0, sentences = 0;
  int32_t mentions = 0;
  int entities = 0;
};

Span moved(Span s, uint32_t by) { return Span{s.start + by, s.end + by}; }

// Text [from, to) of doc as a document for the language-level stages: the
// metadata, the kept paragraphs and chronology entries inside it, in its
// own bytes.
Document piece_of(const Document& doc, uint32_t from, uint32_t to) {
  Document part;
  part.id = doc.id;
  part.path = doc.path;
  part.format = doc.format;
  part.meta = doc.meta;
  part.text = doc.text.substr(from, to - from);
  // Both lists are in text order: found by binary search, so a text of a
  // million lines in many pieces is not scanned once a piece.
  auto p = std::partition_point(doc.text_paras.begin(), doc.text_paras.end(), [from](const Span& s) { return s.end <= from; });
  for (; p != doc.text_paras.end() && p->start < to; ++p)
    part.text_paras.push_back({std::max(p->start, from) - from, std::min(p->end, to) - from});
  auto c = std::partition_point(doc.chronology.begin(), doc.chronology.end(),
                                [from](const TimelineEntry& e) { return e.span.start < from; });
  for (; c != doc.chronology.end() && c->span.start < to; ++c) {
    if (c->span.end > to) continue;
    part.chronology.push_back(*c);
    part.chronology.back().span = Span{c->span.start - from, c->span.end - from};
  }
  return part;
}

void merge_actors(Document& doc, Document& part, uint32_t from, Numbering& n) {
  int people = 0;
  for (ActorMention& m : part.actors) {
    m.start += from;
    m.end += from;
    m.first_token += n.tokens;
    m.last_token += n.tokens;
    if (m.entity >= 0) {
      people = std::max(people, m.entity + 1);
      m.entity += n.entities;
    }
    doc.actors.push_back(std::move(m));
  }
  n.entities += people;
}

void merge_quotes_and_times(Document& doc, Document& part, uint32_t from) {
  for (Quote& q : part.quotes) {
    q.start += from;
    q.end += from;
    if (q.speaker_start >= 0) q.speaker_start += from;
    if (q.speaker_end >= 0) q.speaker_end += from;
    doc.quotes.push_back(std::move(q));
  }
  for (Timex& t : part.timexes) {
    t.span = moved(t.span, from);
    doc.timexes.push_back(std::move(t));
  }
  for (TimelineEntry& t : part.timeline) {
    t.span = moved(t.span, from);
    doc.timeline.push_back(std::move(t));
  }
}

void merge_events(Document& doc, Document& part, uint32_t from, const Numbering& n) {
  for (Event& e : part.events) {
    e.span = moved(e.span, from);
    e.verb = moved(e.verb, from);
    e.sentence += n.sentences;
    if (e.source_mention >= 0) e.source_mention += n.mentions;
    if (e.target_mention >= 0) e.target_mention += n.mentions;
    doc.events.push_back(std::move(e));
  }
}

void merge_names(Document& doc, const lang::Annotation& a, uint32_t from) {
  for (const lang::Name& name : a.names)
    doc.names.push_back({.start = a.tokens[name.first].span.start + from,
                         .end = a.tokens[name.last - 1].span.end + from,
                         .type = lang::name_type_name(name.type)});
}

// Room in `v` for what the whole text will give, projected from the pieces
// so far (`done` of `total` bytes) when it runs out: a vector that doubles
// holds its old and new buffers at once, and the results of a text dense
// with them (40k quotations a megabyte) met their peak there.
template <class T>
void reserve_projected(std::vector<T>& v, size_t adding, size_t done, size_t total) {
  size_t need = v.size() + adding;
  if (need <= v.capacity() || done == 0) return;
  auto projected = static_cast<size_t>(static_cast<double>(need) * static_cast<double>(total) / static_cast<double>(done) * 1.05);
  v.reserve(std::max(need, projected));
}

void reserve_for(Document& doc, const Document& part, uint32_t from) {
  size_t done = from + part.text.size(), total = doc.text.size();
  reserve_projected(doc.events, part.events.size(), done, total);
  reserve_projected(doc.actors, part.actors.size(), done, total);
  reserve_projected(doc.quotes, part.quotes.size(), done, total);
  reserve_projected(doc.timexes, part.timexes.size(), done, total);
  reserve_projected(doc.timeline, part.timeline.size(), done, total);
  if (part.lang) reserve_projected(doc.names, part.lang->names.size(), done, total);
}

// Moves part's results into doc (they are in text order, and so are the pieces).
void merge_piece(Document& doc, Document& part, uint32_t from, Numbering& n) {
  reserve_for(doc, part, from);
  merge_events(doc, part, from, n);  // before the mentions are counted on
  int32_t mentions = static_cast<int32_t>(part.actors.size());
  merge_actors(doc, part, from, n);
  merge_quotes_and_times(doc, part, from);
  if (part.lang) {
    merge_names(doc, *part.lang, from);
    n.tokens += static_cast<uint32_t>(part.lang->tokens.size());
    n.sentences += static_cast<uint32_t>(part.lang->sentences.size());
  }
  n.mentions += mentions;
}

}  // namespace

void run_text_stages(Document& doc, const StageOptions& stages) {
  bool actors = stages.actors || stages.events;
  if (stages.language || actors)
    run_stage(stages, "lang", [&] { doc.lang = std::make_shared<const lang::Annotation>(lang::annotate(doc.text)); });
  if (stages.time || stages.events)
    run_stage(stages, "time", [&] { doc.timexes = time::tag_timexes(doc.text, doc.meta.published, doc.lang.get()); });
  if (actors) run_stage(stages, "actors", [&] { actors::annotate_actors(doc, stages.actor_dictionary.get()); });
  if (actors) run_stage(stages, "quotes", [&] { quotes::annotate_quotes(doc); });
  if (!stages.events) return;
  run_stage(stages, "events", [&] { events::annotate_events(doc, stages.verb_dictionary.get()); });
  run_stage(stages, "timeline", [&] { time::build_timeline(doc); });
}

void analyse_in_pieces(Document& doc, const StageOptions& stages) {
  Numbering n;
  size_t pieces = 0;
  for (size_t from = 0; from < doc.text.size(); ++pieces) {
    size_t to = base::piece_cut(doc.text, from, piece_length(doc.text, from));
    Document part = piece_of(doc, static_cast<uint32_t>(from), static_cast<uint32_t>(to));
    run_text_stages(part, stages);
    merge_piece(doc, part, static_cast<uint32_t>(from), n);
    from = to;
  }
  time::sort_timeline(doc.timeline);
  doc.warnings.push_back("long text (" + std::to_string(doc.text.size() >> 10) + " kB) analysed in " +
                         std::to_string(pieces) + " pieces: actors, quotes and events are not linked across pieces");
}

}  // namespace dyad
