// Finds quotations and reported speech and attributes them (see quotes.h):
// direct quotations (quoted words, attributed or not), mixed ones (reported
// speech carrying a quoted fragment) and indirect ones (reported speech with a
// reporting verb or "according to" and no marks). Every search is bounded by
// a window, so the work is linear in the text.
#include "quotes/quotes.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "quotes/context.h"
#include "quotes/marks.h"
#include "quotes/speaker.h"

namespace dyad::quotes {

namespace {
using lang::Tag;

inline constexpr size_t kContentWindow = 120;  // tokens of a reported clause examined

int word_count(std::string_view s) {
  int n = 0;
  bool in = false;
  for (unsigned char ch : s) {
    bool l = std::isalnum(ch) || ch >= 0x80;
    if (l && !in) ++n;
    in = l;
  }
  return n;
}

// "The Late Show", "Game of Thrones": every word capitalised but small ones,
// no sentence punctuation: a title or a name, not speech.
bool title_like(std::string_view s) {
  if (s.empty() || s.back() == '.' || s.back() == '?' || s.back() == '!' || s.back() == ',') return false;
  size_t i = 0;
  int words = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    std::string_view w = s.substr(i, j - i);
    if (!w.empty()) {
      ++words;
      bool small = w == "of" || w == "the" || w == "and" || w == "a" || w == "an" || w == "in" || w == "on" ||
                   w == "to" || w == "for" || w == "with" || w == "at" || w == "&";
      if (!small && !std::isupper(static_cast<unsigned char>(w[0])) && !std::isdigit(static_cast<unsigned char>(w[0])))
        return false;
    }
    i = j;
  }
  return words <= 10;
}

struct Finder {
  Context& c;
  std::vector<std::pair<size_t, size_t>> ranges;  // per quoted span: tokens [first, last), marks included
  std::vector<QuotedSpan> spans;
  std::vector<Quote> out;
  Speaker previous;  // the last speaker found
  bool has_previous = false;
  int speaker_para = -10, speaker_sentence = -1;  // where a quotation's `previous` spoke

  bool caption_paragraph(size_t t) const {
    size_t p = t;
    for (size_t k = 0; p > 0 && !c.a.tokens[p].para_start && k < 8; ++k) --p;
    return c.a.tokens[p].para_start || p == 0 ? p + 1 < c.size() && c.lex.caption.count(c.low(p)) &&
                                                    c.tag(p + 1) == Tag::Colon && c.tok(p) != c.low(p)
                                              : false;
  }
  void token_ranges();
  Speaker attribution_of(size_t first, size_t last) const;
  void emit(uint32_t start, uint32_t end, QuoteType type, const Speaker* s);
  void direct_and_mixed();
  bool woven_on(const QuotedSpan& r, size_t first, bool speech_like, bool embedded) const;
  void remember(const Speaker& s, const QuotedSpan& r, size_t first);
  Speaker continued() const;
  size_t run_on_sentences(size_t first, size_t last, const lang::Sentence& sen, size_t& stop) const;
  void indirect();
  std::vector<char> covered;  // tokens inside a quotation emitted
  std::vector<std::pair<size_t, size_t>> clauses;  // token ranges of the reported clauses emitted
  bool nesting = false;  // a report inside a reported clause is being emitted
  void mark_covered();
  bool nested_report(size_t v) const;
  bool object_then(size_t b, size_t e, std::initializer_list<std::string_view> words) const;
  size_t clause_limit(size_t b, size_t sentence_last) const;
  bool interrupted_with_object(size_t v, const lang::Sentence& sen, const Speaker& s) const;
  bool trailing_attribution(size_t b, size_t e) const;
  bool clause_before_attribution(size_t k, size_t after, const lang::Sentence& sen) const;
  size_t past_object(size_t b, size_t hi) const;
  bool overlaps_covered(size_t b, size_t e) const;
  bool reporting_at(size_t v, size_t first) const;
  Speaker caused_speaker(size_t v, size_t first, const Speaker* prev) const;
  Speaker quoted_as_saying(size_t v, size_t first, const Speaker* prev) const;
  bool emit_clause(size_t b, size_t e, const Speaker& s);
  bool according_to(size_t v, const lang::Sentence& sen, const Speaker& s);
  bool reported_clause(size_t v, const lang::Sentence& sen, const Speaker& s);
  bool passive_report(size_t v, const lang::Sentence& sen);
  // "Officers also arrested three men", "he first discussed": a past form the tagger read as a
  // participle right after a subject (adverbs between), with no auxiliary before it.
  bool slipped_past(size_t t, size_t lo) const {
    if (c.tag(t) != Tag::VBN || t <= lo) return false;
    size_t k = t;
    while (k > lo && k + 3 > t && lang::is_adv(c.tag(k - 1))) --k;
    if (k == lo) return false;
    Tag p = c.tag(k - 1);
    return lang::is_noun(p) || p == Tag::PRP || c.name_of[k - 1] >= 0 || c.age_word(k - 1);
  }
  // ", when, in fact, he responded": the comma at `comma` closes a subordinator (and a short
  // parenthetical after it); what follows is the subordinate clause, no attribution.
  bool opened_by_subordinator(size_t comma, size_t lo) const {
    size_t k = comma;  // the comma right after the subordinator
    if (k == lo || !c.lex.subordinator.count(c.low(k - 1))) {
      size_t p = comma;
      for (size_t n = 0; p > lo && n < 4 && c.tag(p - 1) != Tag::Comma; ++n) --p;  // "in fact", "however"
      if (p == lo || p == comma || c.tag(p - 1) != Tag::Comma) return false;
      k = p - 1;
    }
    return k > lo && c.lex.subordinator.count(c.low(k - 1)) && (k - 1 == lo || c.tag(k - 2) == Tag::Comma);
  }
  // "Asked whether he would stay, the minister said: ...": a past participle opening the
  // sentence starts an adjunct that describes the subject after the comma, not what it said
  // ("Killed were three guards" puts "be" right after it and is a clause).
  bool opened_by_participle(size_t lo, size_t comma) const {
    return comma > lo + 1 && c.tag(lo) == Tag::VBN && c.a.tokens[lo + 1].lemma != "be";
  }
  // A participle after a form of "be" or "get" (adverbs and time words between): passive.
  bool passive_participle(size_t t, size_t lo) const {
    if (c.tag(t) != Tag::VBN) return false;
    size_t k = t;
    while (k > lo && k + 3 > t && (lang::is_adv(c.tag(k - 1)) || c.lex.time.count(c.low(k - 1)))) --k;
    return k > lo && (c.a.tokens[k - 1].lemma == "be" || c.a.tokens[k - 1].lemma == "get");
  }
  bool finite_in(size_t b, size_t e) const {
    bool plain_subject = true;  // only a noun phrase (and adverbs) since b or the last comma
    for (size_t t = b; t < e && t < b + kContentWindow; ++t) {
      ++c.steps;
      Tag g = c.tag(t);
      if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) return true;
      if (g == Tag::VBN && plain_subject && t > b && slipped_past(t, b)) return true;
      // "During the search, investigators located ...": a fronted phrase ends at its comma.
      plain_subject = g == Tag::Comma || (plain_subject && (g == Tag::DT || g == Tag::PRP || g == Tag::PRPS || g == Tag::CD ||
                                                          lang::is_noun(g) || lang::is_adj(g) || lang::is_adv(g)));
    }
    return false;
  }
  // A clause with no "that": a subject, then its finite verb ("the aid had been paused"),
  // not a noun phrase object trailing phrases ("reported a loss of $3m on revenue of $9m
  // in the quarter ended ...": the verb there belongs to a phrase of the object).
  bool subject_then_verb(size_t b, size_t e) const {
    int preps = 0;
    for (size_t t = b; t < e && t < b + kContentWindow; ++t) {
      ++c.steps;
      Tag g = c.tag(t);
      // "denies the reports and says ...": a finite verb right after a conjunction is
      // coordinated with the reporting verb; a subject never ends in "and".
      if ((g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) && t > b && c.tag(t - 1) == Tag::CC)
        return false;
      if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) return true;
      // "reports no symptoms at home, and many doctors ...": a comma and a conjunction before
      // any verb end the object; the verb after them belongs to a coordinated clause.
      if (g == Tag::Comma && t + 1 < e && c.tag(t + 1) == Tag::CC) return false;
      // "added a goal as the Bruins beat ...": a noun phrase, then a subordinating conjunction
      // right after it; the finite verb after that is the subordinate clause's, the noun phrase
      // the reporting verb's object.
      if (g == Tag::IN && t > b && lang::is_noun(c.tag(t - 1)) && c.lex.subordinator.count(c.low(t))) return false;
      if (preps == 0 && slipped_past(t, b)) return true;
      if (g == Tag::IN && ++preps > 2) return false;
    }
    return false;
  }
  // A short subject and then its finite verb ("it would", "the road will"), no phrase between.
  bool close_subject(size_t b, size_t e) const {
    for (size_t t = b; t < e && t < b + 5; ++t) {
      Tag g = c.tag(t);
      if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) return t > b;
      if (!(g == Tag::DT || g == Tag::PRP || g == Tag::PRPS || g == Tag::CD || lang::is_noun(g) || lang::is_adj(g)))
        return false;
    }
    return false;
  }
  bool verb_in(size_t b, size_t e) const {
    for (size_t t = b; t < e && t < b + kContentWindow; ++t, ++c.steps)
      if (lang::is_verb(c.tag(t)) || c.tag(t) == Tag::MD) return true;
    return false;
  }
  // "said in a statement that ...", "said Tuesday that ...": the "that" after a short phrase.
  size_t after_that(size_t b, size_t hi) const {
    for (size_t t = b; t < hi && t < b + 8; ++t) {
      if (c.low(t) == "that") return t;
      // "claimed, without evidence, that ...": an aside between commas.
      if (t == b && c.tag(t) == Tag::Comma) {
        size_t k = t + 1;
        while (k < hi && k < t + 8 && c.tag(k) != Tag::Comma && !lang::is_verb(c.tag(k)) && c.quote_of[k] < 0) ++k;
        if (k + 1 < hi && k > t + 1 && c.tag(k) == Tag::Comma && c.low(k + 1) == "that") return k + 1;
      }
      Tag g = c.tag(t);
      // "in a report released Tuesday that": a participle right after the phrase's noun describes it.
      if (g == Tag::VBN && t > b && lang::is_noun(c.tag(t - 1))) continue;
      if (lang::is_verb(g) || g == Tag::MD || g == Tag::Comma || c.quote_of[t] >= 0 || g == Tag::LQuote) break;
    }
    return b;
  }
  // "said in a statement the talks failed", "told reporters on Monday the plan ...": a
  // prepositional phrase of manner, place or time between the verb and its clause.
  size_t past_phrase(size_t b, size_t hi) const {
    size_t t = b;
    for (int hop = 0; hop < 2 && t < hi && c.tag(t) == Tag::IN && c.low(t) != "if" && c.low(t) != "whether"; ++hop) {
      size_t e = t + 1;
      // The phrase's noun phrase ends where a new one starts ("in a statement the plant").
      while (e < hi && e < t + 6 && (c.tag(e) == Tag::DT || c.tag(e) == Tag::PRPS || lang::is_adj(c.tag(e)) ||
                                     lang::is_noun(c.tag(e)) || c.tag(e) == Tag::CD || c.tag(e) == Tag::POS) &&
             !(e > t + 1 && lang::is_noun(c.tag(e - 1)) && (c.tag(e) == Tag::DT || c.tag(e) == Tag::PRPS)))
        ++e;
      if (e == t + 1 || e >= hi || !lang::is_noun(c.tag(e - 1))) break;
      while (e < hi && (c.lex.time.count(c.low(e)) || c.tag(e) == Tag::Comma)) ++e;
      t = e;
    }
    if (t == b || t >= hi) return b;
    // The clause must start there: a subject (or "that") followed by its verb.
    Tag g = c.tag(t);
    bool start = c.low(t) == "that" || g == Tag::DT || g == Tag::PRP || g == Tag::PRPS || lang::is_noun(g) || g == Tag::EX;
    return start ? t : b;
  }
  // "said Wednesday she hoped ...", "said last week the plan ...": a time phrase right after the
  // verb dates the saying; the reported clause starts with the subject after it.
  size_t past_time(size_t b, size_t hi) const {
    size_t t = b;
    for (; t < hi && t < b + 4; ++t) {
      bool day = c.tag(t) == Tag::CD && t > b && c.lex.time.count(c.low(t - 1));  // "May 5"
      if (!c.dated(t) && !day) break;
    }
    if (t == b || t >= hi) return b;
    Tag g = c.tag(t);
    bool start = g == Tag::DT || g == Tag::PRP || g == Tag::PRPS || lang::is_noun(g) || g == Tag::EX;
    return start ? t : b;
  }
  // "earnings that topped estimates": after a noun phrase (no verb before it), "that" followed
  // by a finite verb is a relative pronoun; a complementizer "that" is followed by a subject.
  bool relative_that(size_t b, size_t hi) const {
    size_t t = after_that(b, hi);
    if (t == b || t + 1 >= hi || c.low(t) != "that" || !lang::is_noun(c.tag(t - 1))) return false;
    Tag g = c.tag(t + 1);
    return g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD;
  }
  // "Though many remain peaceful": a clause opened by a subordinating conjunction with no comma
  // inside holds no main clause, so a verb after it is the sentence's own, not an attribution.
  // A preposition opening a phrase of the main clause ("At least 20 people were killed")
  // is no such conjunction.
  bool only_subordinate(size_t b, size_t e) const {
    if (c.tag(b) != Tag::IN || c.low(b) == "that") return false;
    if (c.low(b) == "at" && b + 1 < e && (c.low(b + 1) == "least" || c.low(b + 1) == "most")) return false;
    for (size_t t = b + 1; t < e; ++t)
      if (c.tag(t) == Tag::Comma) return false;
    return true;
  }
  // Between two halves of a quotation, only its attribution ("he said,"): no clause of
  // its own (", adding that ...").
  bool only_attribution(size_t b, size_t e) const {
    if (e > b + 30) return false;
    for (size_t t = b; t < e; ++t)
      if (c.tag(t) == Tag::VBG || c.low(t) == "that") return false;
    return true;
  }
  // A reporting verb's -ing form, also where the tagger read it as a noun ("a statement warning that").
  bool report_ing(size_t t) const {
    if (c.tag(t) == Tag::VBG) return c.lex.report.count(c.a.tokens[t].lemma) > 0;
    std::string w = c.low(t);
    if (c.tag(t) != Tag::NN || w.size() < 5 || w.compare(w.size() - 3, 3, "ing") != 0) return false;
    std::string stem = w.substr(0, w.size() - 3);
    return c.lex.report.count(stem) || c.lex.report.count(stem + "e");
  }
  // ", adding ...", ",” saying ...": a reporting participle after a comma (or a closing mark
  // after one) starts a new report of the same speaker.
  bool new_report(size_t t) const {
    if (t < 2 || !report_ing(t)) return false;
    return comma_before(t);
  }
  // A comma right before `t`, or a closing mark right after a comma ('options,” adding'), both at
  // or after token `lo`.
  bool comma_before(size_t t, size_t lo = 0) const {
    return t >= lo + 1 &&
           (c.tag(t - 1) == Tag::Comma || (t >= lo + 2 && c.tag(t - 1) == Tag::RQuote && c.tag(t - 2) == Tag::Comma));
  }
  // The word at `t` leads straight into the quotation opening at `first`, or over one colon or
  // comma (", saying: “...”").
  bool opens_quotation(size_t t, size_t first) const {
    return t + 1 == first || (t + 2 == first && (c.tok(t + 1) == ":" || c.tag(t + 1) == Tag::Comma));
  }
  // "directives from Xi to “show no mercy”", "a warning from the ministry that “...”": a noun of
  // speech with its source after "from" or "by", then "to" or "that" right before the fragment
  // opening at `first`. The source as the speaker, its "verb" the noun and its verb token the
  // source's last word (the reported part starts at "to"/"that"); not found when none.
  Speaker speech_noun_source(size_t first, size_t lo) const {
    if (first < lo + 4 || !(c.low(first - 1) == "to" || c.low(first - 1) == "that")) return {};
    const size_t end = first - 1;  // past the source's last word
    size_t b = end;
    while (b > lo && (lang::is_noun(c.tag(b - 1)) || lang::is_adj(c.tag(b - 1)) || c.tag(b - 1) == Tag::DT ||
                      c.tag(b - 1) == Tag::POS || c.tag(b - 1) == Tag::PRPS || c.name_of[b - 1] >= 0))
      --b;
    if (b == end || b < lo + 2) return {};
    if (!(c.low(b - 1) == "from" || c.low(b - 1) == "by") || !c.lex.speech_noun.count(c.low(b - 2))) return {};
    Speaker s = speaker_of_span(c, b, end, has_previous ? &previous : nullptr);
    if (!s.found || s.name.empty()) return {};
    s.verb = std::string(c.tok(b - 2));
    s.verb_token = uint32_t(end - 1);
    return s;
  }
  // "a statement warning that", "a letter saying that": a document's words reported.
  bool document_report(size_t t) const {
    Tag g = c.tag(t);
    return (g == Tag::VBG || g == Tag::NN) && t > 0 && t + 1 < c.size() && c.tok(t + 1) == "that" && report_ing(t) &&
           c.lex.document.count(c.low(t - 1));
  }
  // ", while ...", ", although ...": a comma before a contrastive subordinator opens a clause
  // joined to the one before. (A coordinator does not: "..., and" often leads to the
  // quotation's own attribution.)
  bool opens_joined_clause(size_t t) const {
    return c.tag(t) == Tag::Comma && t + 1 < c.size() && contrastive(c.low(t + 1), true);
  }
  // The clause of the verb group starting at `t` (adverbs before it) is a coordinate sharing
  // the subject of a clause whose verb ends before token `b`.
  bool conjoined_before(size_t t, size_t b) const {
    const auto& a = c.a;
    while (t < c.size() && lang::is_adv(c.tag(t))) ++t;
    auto g = std::lower_bound(a.verb_groups.begin(), a.verb_groups.end(), t,
                              [](const lang::VerbGroup& x, size_t k) { return x.first < k; });
    if (g == a.verb_groups.end() || g->first != t) return false;
    const uint32_t vg = uint32_t(g - a.verb_groups.begin());
    auto cl = std::lower_bound(a.clauses.begin(), a.clauses.end(), vg,
                               [](const lang::Clause& x, uint32_t v) { return x.verb < v; });
    if (cl == a.clauses.end() || cl->verb != vg || cl->conjoined_with < 0) return false;
    return a.verb_groups[a.clauses[size_t(cl->conjoined_with)].verb].last <= b;
  }
  // ", while the police ...", ", whereas officials ...": a contrastive subordinator after a
  // comma, followed by its clause's subject (a determiner, a noun or a pronoun).
  bool contrast_with_subject(size_t t) const {
    if (c.tag(t) != Tag::Comma || t + 2 >= c.size() || !contrastive(c.low(t + 1))) return false;
    const Tag n = c.tag(t + 2);
    return n == Tag::DT || n == Tag::PRP || n == Tag::PRPS || lang::is_noun(n);
  }
  // The end of the noun phrase a participle at `t` follows directly, over one aside between
  // dashes ("farmers — young and old — declaring"); SIZE_MAX when a comma or anything but a noun
  // phrase comes before it.
  size_t participle_subject_end(size_t t, size_t lo) const {
    size_t e = t;
    if (e > lo && dash(e - 1)) {
      size_t k = e - 1;
      while (k > lo && k + 10 > e && !dash(k - 1)) --k;
      if (k <= lo + 1 || !dash(k - 1)) return SIZE_MAX;
      e = k - 1;
    }
    return e > lo && (lang::is_noun(c.tag(e - 1)) || c.name_of[e - 1] >= 0) ? e : SIZE_MAX;
  }
  // A question word that opens the content of what was said ("how", "why", "whether",
  // "what"); "when" and "where" more often say when or where the saying was.
  bool content_word(size_t t) const {
    std::string w = c.low(t);
    return w == "how" || w == "why" || w == "whether" || (w == "what" && c.tag(t) == Tag::WP);
  }
  // The end of the reported clause a fragment ending at `last` finishes: a new report right
  // after it, else the clause's end, before a "... and that ..." of a second report.
  size_t fragment_clause_end(size_t last, const lang::Sentence& sen) const {
    size_t e = last < sen.last && new_report(last) ? last : clause_end(last, clause_limit(last, sen.last));
    for (size_t t = last; t + 1 < e; ++t)
      if (c.tag(t) == Tag::CC && c.low(t + 1) == "that") e = t;
    return e;
  }
  // Whether a parenthesis opens in [b, t).
  bool opened_since(size_t b, size_t t) const {
    for (size_t k = b; k < t; ++k)
      if (c.tag(k) == Tag::LRB) return true;
    return false;
  }
  bool dash(size_t t) const {
    std::string_view w = c.tok(t);
    return w == "--" || w == "-" || w == "\u2014" || w == "\u2013";
  }
  size_t clause_end(size_t b, size_t sentence_last) const {
    size_t e = std::min(sentence_last, b + kContentWindow);
    while (e > b && (lang::is_punct(c.tag(e - 1)) || c.tag(e - 1) == Tag::RQuote)) --e;
    return e;
  }
};

void Finder::token_ranges() {
  const auto& tk = c.a.tokens;
  ranges.assign(spans.size(), {0, 0});
  for (size_t q = 0; q < spans.size(); ++q) {
    auto it = std::lower_bound(tk.begin(), tk.end(), spans[q].start,
                               [](const lang::Token& t, uint32_t x) { return t.span.end <= x; });
    size_t first = size_t(it - tk.begin()), last = first;
    while (last < tk.size() && tk[last].span.start < spans[q].end) {
      ++last;
      ++c.steps;
    }
    if (first >= last) continue;
    if (first > 0 && tk[first - 1].tag == Tag::LQuote) --first;
    if (last < tk.size() && tk[last].tag == Tag::RQuote) ++last;
    ranges[q] = {first, last};
    for (size_t t = first; t < last; ++t) c.quote_of[t] = int(q);
  }
}

// The speaker of a quotation at tokens [first, last): a reporting verb after it
// (to the sentence end), then before it, then "according to".
Speaker Finder::attribution_of(size_t first, size_t last) const {
  const Speaker* prev = has_previous ? &previous : nullptr;
  const auto& s2 = c.a.sentences[c.sentence_of[last - 1]];
  const auto& s1 = c.a.sentences[c.sentence_of[first]];
  size_t hi = std::min<size_t>(s2.last, last + kVerbWindow);
  for (size_t t = last; t < hi && c.quote_of[t] < 0; ++t) {
    ++c.steps;
    // ", while the police say ...": a contrasting clause after the quotation reports words
    // of its own.
    if (t > last && opens_joined_clause(t)) break;
    if (c.low(t) == "according" && t + 1 < hi && c.low(t + 1) == "to") return speaker_according_to(c, t, prev);
    // "... "foreign agents" - a term which suggests spying": a relative clause after the
    // quotation describes a noun; its verb reports nothing of the quotation's.
    if (t > last && (c.low(t - 1) == "which" || c.low(t - 1) == "that") && c.tag(t - 1) == Tag::WDT) continue;
    if (is_report_verb(c, t)) {
      Speaker s = speaker_of_verb(c, t, prev);
      if (s.found) return s;
    }
  }
  // ""Is it fixed?" Kern asked.": a question or exclamation ends the sentence, its attribution follows.
  if (hi == s2.last && hi == last && hi < c.size() && !c.a.tokens[hi].para_start && last >= first + 2 &&
      (c.tok(last - 2) == "?" || c.tok(last - 2) == "!")) {
    const auto& n = c.a.sentences[c.sentence_of[hi]];
    for (size_t t = hi; t < n.last && t < hi + 6 && c.quote_of[t] < 0; ++t) {
      ++c.steps;
      if (is_report_verb(c, t) && n.last <= t + 12) {
        Speaker s = speaker_of_verb(c, t, prev);
        if (s.found) return s;
      }
    }
  }
  size_t lo = std::max<size_t>(s1.first, first > kVerbWindow ? first - kVerbWindow : 0);
  for (size_t t = first; t-- > lo && c.quote_of[t] < 0;) {
    ++c.steps;
    if (c.low(t) == "according" && t + 1 < first && c.low(t + 1) == "to") return speaker_according_to(c, t, prev);
    // "X was accused of ... "factcheckUK"", "were told to ...": the subject of a passive
    // reporting verb is who was accused or told, no speaker.
    if (is_report_verb(c, t) && passive_participle(t, lo)) break;
    if (is_report_verb(c, t)) {
      Speaker s = speaker_of_verb(c, t, prev);
      if (s.found) return s;
    }
    // "showed dozens of farmers — young and old — declaring, “...”": a reporting participle
    // right after a noun phrase (no comma between) has that phrase as its subject.
    if (t > lo && opens_quotation(t, first) && c.tag(t) == Tag::VBG && report_ing(t)) {
      size_t e = participle_subject_end(t, lo);
      Speaker s = e != SIZE_MAX ? speaker_of_phrase(c, e - 1, prev) : Speaker{};
      if (s.found) {
        s.verb_token = uint32_t(t);
        s.verb = std::string(c.tok(t));
        return s;
      }
    }
    // ", adding “...”", ", saying “...”": the participle's subject is the main clause's.
    if (document_report(t) || (t > lo && opens_quotation(t, first) && new_report(t))) {
      Speaker s = speaker_of_main_clause(c, t, prev);
      s.verb_token = uint32_t(t);
      s.verb = std::string(c.tok(t));
      if (s.found) return s;
    }
  }
  if (Speaker s = speech_noun_source(first, lo); s.found) return s;
  // "In a statement, the ministry said:" closing the paragraph before the quotation.
  if (first > 1 && c.a.tokens[first].para_start && c.tag(first - 1) == Tag::Colon && c.tok(first - 1) == ":") {
    const auto& p = c.a.sentences[c.sentence_of[first - 1]];
    for (size_t t = first - 1; t-- > p.first && t + kVerbWindow > first && c.quote_of[t] < 0;) {
      ++c.steps;
      if (is_report_verb(c, t)) {
        Speaker s = speaker_of_verb(c, t, prev);
        if (s.found) return s;
      }
    }
  }
  return {};
}

void Finder::emit(uint32_t start, uint32_t end, QuoteType type, const Speaker* s) {
  while (end > start && (c.text[end - 1] == ',' || c.text[end - 1] == ' ')) --end;
  if (end <= start) return;
  Quote q;
  q.start = start;
  q.end = end;
  q.text = std::string(c.text.substr(start, end - start));
  q.type = type;
  q.attribution = "none";
  if (s && s->found) {
    q.speaker = s->name;
    q.speaker_actor = s->actor;
    q.set_speaker_kind(s->kind);
    q.attribution = s->attribution;
    q.verb = s->verb;
    if (s->last > s->first) {
      q.speaker_start = c.a.tokens[s->first].span.start;
      q.speaker_end = c.a.tokens[s->last - 1].span.end;
    }
  }
  out.push_back(std::move(q));
}

// A quoted fragment [first, last) that opens inside sentence `sen` and goes on past its end as
// whole sentences (also the second part of a sentence split by its attribution): the first
// token of the next sentence inside the marks (past an ellipsis), else `last`. The sentence
// must end inside the marks on its own stop, at token `stop` (an ellipsis after it,
// "bullying. …", belongs to neither part).
size_t Finder::run_on_sentences(size_t first, size_t last, const lang::Sentence& sen, size_t& stop) const {
  if (sen.last >= last || sen.last <= first + 1) return last;
  auto ellipsis = [&](size_t k) { return c.low(k) == "\u2026" || c.low(k) == "..."; };
  stop = sen.last - 1;
  while (stop > first && ellipsis(stop)) --stop;
  const std::string& f = c.a.tokens[stop].form;
  if (f != "." && f != "?" && f != "!") return last;
  size_t d = sen.last;
  while (d < last && (ellipsis(d) || lang::is_punct(c.tag(d)))) ++d;
  return d + 2 < last ? d : last;
}

// A quoted fragment at token `first` woven into the sentence right after the previous speaker's,
// in the same paragraph: long enough to be speech (`speech_like`), embedded, double marks
// ('..., says analyst X. That's produced a strategy of "continuous cost-cutting ...."').
bool Finder::woven_on(const QuotedSpan& r, size_t first, bool speech_like, bool embedded) const {
  return has_previous && speech_like && embedded && !r.single && int(r.para) == speaker_para &&
         int(c.sentence_of[first]) == speaker_sentence + 1;
}

// Keeps the speaker of the quotation at token `first` of span `r` for the quotations after it.
void Finder::remember(const Speaker& s, const QuotedSpan& r, size_t first) {
  previous = s;
  has_previous = true;
  speaker_para = int(r.para);
  speaker_sentence = int(c.sentence_of[first]);
}

// The previous speaker, speaking on in a quotation with no attribution of its own.
Speaker Finder::continued() const {
  Speaker s = previous;
  s.attribution = "continued";
  s.first = s.last = 0;
  s.verb.clear();
  return s;
}

void Finder::direct_and_mixed() {
  for (size_t q = 0; q < spans.size(); ++q) {
    const QuotedSpan& r = spans[q];
    auto [first, last] = ranges[q];
    if (first >= last || r.caption) continue;
    std::string_view content = c.text.substr(r.start, r.end - r.start);
    int words = word_count(content);
    if (title_like(content) && words <= 10) continue;  // titles of works, nicknames
    if (r.heading && words <= 5) continue;             // a heading or caption in quotes
    Speaker s = attribution_of(first, last);
    // "her new book, “The Long Way Home.”": a title with the sentence's period inside the marks.
    if (!s.found && words >= 2 && (content.back() == '.' || content.back() == ',') &&
        title_like(content.substr(0, content.size() - 1)))
      continue;
    // A paragraph left open (no closing mark) goes on in the next one, which opens with a
    // mark: its attribution there ("... \n\n“...,” she said.") names this paragraph's speaker.
    if (!s.found && r.open_end && q + 1 < spans.size() && spans[q + 1].para == r.para + 1 &&
        ranges[q + 1].first < ranges[q + 1].second && c.a.tokens[ranges[q + 1].first].para_start) {
      s = attribution_of(ranges[q + 1].first, ranges[q + 1].second);
      if (s.found) {
        s.attribution = "continued";
        s.first = s.last = 0;
      }
    }
    // "says that "A ..." and that "B ..."": a second that-clause coordinated with the first
    // reports the same speaker with the same verb.
    if (!s.found && has_previous && first >= 2 && c.low(first - 1) == "that" && c.tag(first - 2) == Tag::CC &&
        speaker_sentence == int(c.sentence_of[first]))
      s = previous;
    // "a poem called "Winter Solstice,"": marks right after "called" hold a name; what
    // someone calls a thing follows its object ("called it "immaterial"").
    if (s.found && s.verb_token + 1 == first && c.a.tokens[s.verb_token].lemma == "call") continue;
    const auto& sen = c.a.sentences[c.sentence_of[first]];
    // Embedded in a clause ("he said the plan was "very dangerous""): mixed.
    bool embedded = first > sen.first && c.tag(first - 1) != Tag::Colon && c.tag(first - 1) != Tag::Comma &&
                    !c.a.tokens[first].para_start && c.quote_of[first - 1] < 0;
    bool lower = !content.empty() && std::islower(static_cast<unsigned char>(content[0]));
    // "X says “Our orders doubled.”": a capitalised sentence right after the verb is quoted whole.
    if (embedded && !lower && is_report_verb(c, first - 1)) embedded = false;
    // "..., adding “we will be back.”": a whole sentence right after a reporting participle.
    bool sentence_end = !content.empty() && (content.back() == '.' || content.back() == '?' || content.back() == '!');
    if (embedded && s.found && s.verb_token + 1 == first && report_ing(first - 1) && sentence_end) {
      embedded = false;
      lower = false;
    }
    bool sentence_like = words >= 4 && (!lower || content.back() == '.' || content.back() == '?' || content.back() == '!');
    uint32_t start = r.start, end = r.end;
    QuoteType type = QuoteType::Direct;
    if ((embedded || lower) && s.found) {
      type = QuoteType::Mixed;
      // The reported clause around the fragment: after the verb (and "that"), or before the attribution.
      size_t v = s.verb_token;
      if (v < first) {
        // "disputed that A, saying B "..."": the fragment belongs to the nearer report.
        size_t nearer = clause_limit(v + 1, first);
        if (nearer < first && c.tag(nearer) == Tag::Comma) v = nearer + 1;
        size_t b = after_that(v + 1, first);
        // "says that A "..." and that B "...": the fragment's own that-clause.
        for (size_t t = b + 1; t + 1 < first; ++t)
          if (c.low(t + 1) == "that" && c.tag(t) == Tag::CC) b = t + 1;
        while (b < first && (c.low(b) == "that" || c.tag(b) == Tag::Comma)) ++b;
        if (b < first && !(embedded == false && b + 1 >= first)) start = c.a.tokens[b].span.start;
        const size_t e = fragment_clause_end(last, sen);
        // The reported clause runs past the fragment, or ends with it and its closing mark.
        if (e > last || c.tag(last - 1) == Tag::RQuote) end = c.a.tokens[std::max(e, last) - 1].span.end;
        // "said that X "can't do A. … You get B. Just leave it."": the fragment runs on as new
        // sentences; the reported clause ends with its own sentence, the rest is quoted whole.
        size_t stop = 0;
        if (size_t d = run_on_sentences(first, last, sen, stop); d < last) {
          emit(start, c.a.tokens[stop].span.end, type, &s);
          start = c.a.tokens[d].span.start;
          if (e <= last) end = r.end;  // the direct part: the words inside the marks
          type = QuoteType::Direct;
        }
      } else if (embedded) {
        start = c.a.tokens[sen.first].span.start;
      }
    } else if (!s.found) {
      // Continued from the previous paragraph's speaker, or woven into the sentence right after
      // the speaker's; else a quotation nobody is named for.
      const bool woven = woven_on(r, first, words >= 4, embedded);
      if (woven || (sentence_like && has_previous && int(r.para) <= speaker_para + 1 && !r.single && !embedded))
        s = continued();
      else if (!sentence_like || embedded || r.single)
        continue;  // scare quotes, names, short fragments
      if (woven) {  // the reported sentence around the fragment
        type = QuoteType::Mixed;
        start = c.a.tokens[sen.first].span.start;
        end = std::max(end, c.a.tokens[sen.last - 1].span.end);
      }
    }
    if (r.single && words < 3) continue;
    // A sentence split by the attribution ("A," he said, "b.") is one quotation; a new
    // sentence after it ("..., adding, \"The ...") is another.
    if (q + 1 < spans.size() && s.found && ranges[q + 1].first > last &&
        c.sentence_of[ranges[q + 1].first] == c.sentence_of[last - 1] && s.verb_token >= last &&
        s.verb_token < ranges[q + 1].first && content.back() == ',' && only_attribution(last, ranges[q + 1].first) &&
        std::islower(static_cast<unsigned char>(c.text[spans[q + 1].start]))) {
      end = spans[q + 1].end;
      ++q;
      // '"A," he asks, "b? C?"': a new sentence inside the second part is a new quotation.
      auto [f2, l2] = ranges[q];
      size_t stop = 0;
      if (size_t d = run_on_sentences(f2, l2, c.a.sentences[c.sentence_of[f2]], stop); d < l2) {
        emit(start, c.a.tokens[stop].span.end, type, &s);
        start = c.a.tokens[d].span.start;
      }
    }
    emit(start, end, type, &s);
    if (s.found && !s.name.empty()) remember(s, r, first);
  }
}

// Tokens of the quotations found so far (direct and mixed), so reported
// speech around them is not found twice.
void Finder::mark_covered() {
  const auto& tk = c.a.tokens;
  covered.assign(c.size(), 0);
  for (const Quote& q : out) {
    auto it = std::lower_bound(tk.begin(), tk.end(), q.start,
                               [](const lang::Token& t, uint32_t x) { return t.span.end <= x; });
    for (size_t t = size_t(it - tk.begin()); t < tk.size() && tk[t].span.start < q.end; ++t, ++c.steps) covered[t] = 1;
  }
}

// Where the reported clause starting at `b` stops: the sentence end, a colon,
// or a participle of reporting that starts a new report (", warning: ...").
size_t Finder::clause_limit(size_t b, size_t sentence_last) const {
  for (size_t t = b; t < sentence_last && t < b + kContentWindow; ++t) {
    ++c.steps;
    // "the five companies — A, B and C — had been selected": a pair of dashes holds an aside.
    if (c.tag(t) == Tag::Colon && t > b && dash(t)) {
      size_t k = t + 1;
      while (k < sentence_last && k < t + 30 && !(c.tag(k) == Tag::Colon && dash(k))) ++k;
      if (k + 1 < sentence_last && k < t + 30) {
        c.steps += k - t;
        t = k;
        continue;
      }
    }
    if (c.tag(t) == Tag::Colon && t > b) return t;
    // "(... but called it "immaterial") and Y ...": a parenthesis opened before the clause
    // closes the aside the report stands in.
    if (c.tag(t) == Tag::RRB && !opened_since(b, t)) return t;
    // "X said ..., according to Reuters": the outer source is no part of what X said.
    if (t > b && c.tag(t) == Tag::Comma && t + 2 < sentence_last && c.low(t + 1) == "according" && c.low(t + 2) == "to")
      return t;
    if (t > b && c.tag(t - 1) == Tag::Comma && c.tag(t) == Tag::VBG && c.lex.report.count(c.a.tokens[t].lemma))
      return t - 1;
    // "X said A, while the police say B": a contrasting clause with a subject of its own is
    // the writer's, not the speaker's ("while visiting" stays with the report).
    if (t > b && contrast_with_subject(t)) return t;
    // "X said Y would stay and urged Z ...": a verb phrase joined to the reporting clause is X's.
    if (t > b && c.tag(t) == Tag::CC && conjoined_before(t + 1, b)) return t;
  }
  return sentence_last;
}

// "told some of his friends that ...", "urged Vietnam and others in the region to
// ...": the "that" or "to" after the object of tell/urge/warn, else `b`.
size_t Finder::past_object(size_t b, size_t hi) const {
  for (size_t t = b; t < hi && t < b + 10; ++t) {
    ++c.steps;
    if (c.low(t) == "that") return t;
    if (c.low(t) == "to" && t + 1 < hi && c.tag(t + 1) == Tag::VB) return t;
    Tag g = c.tag(t);
    if (lang::is_verb(g) || g == Tag::MD || g == Tag::Colon || g == Tag::LQuote || c.quote_of[t] >= 0) break;
  }
  return b;
}

bool Finder::overlaps_covered(size_t b, size_t e) const {
  for (size_t t = b; t < e; ++t)
    if (covered[t]) return true;
  return false;
}

// "The ruling prompted critics to argue that ...": a reporting verb in the infinitive after the
// object of a verb that causes what it names (causes_speech); that object speaks. Not found
// when the shape is not there.
Speaker Finder::caused_speaker(size_t v, size_t first, const Speaker* prev) const {
  if (c.tag(v) != Tag::VB || v < first + 4 || c.low(v - 1) != "to" || !c.lex.report.count(c.a.tokens[v].lemma))
    return {};
  size_t o = v - 2;  // the object's last token
  Speaker s = c.tag(o) == Tag::PRP ? speaker_of_span(c, o, o + 1, prev) : speaker_of_phrase(c, o, prev);
  if (!s.found || s.first <= first || !lang::is_verb(c.tag(s.first - 1)) ||
      !c.lex.causes_speech.count(c.a.tokens[s.first - 1].lemma))
    return {};
  s.verb_token = uint32_t(v);
  s.verb = std::string(c.tok(v));
  return s;
}

// "The paper quoted a senior official as saying the talks had failed": the object of "quote"
// speaks the clause of the reporting participle after "as" (at `v`). Not found otherwise.
Speaker Finder::quoted_as_saying(size_t v, size_t first, const Speaker* prev) const {
  if (v < first + 3 || c.tag(v) != Tag::VBG || c.low(v - 1) != "as" || !c.lex.report.count(c.a.tokens[v].lemma))
    return {};
  // "The minister was quoted as saying ...": in the passive, the subject of "was quoted" speaks.
  if (c.a.tokens[v - 2].lemma == "quote" && c.tag(v - 2) == Tag::VBN && c.a.tokens[v - 3].lemma == "be") {
    Speaker s = speaker_of_verb(c, v - 2, prev);
    if (!s.found || s.last > v - 3) return {};
    s.verb_token = uint32_t(v);
    s.verb = std::string(c.tok(v));
    return s;
  }
  for (size_t q = v - 2; q > first && q + 10 > v; --q) {
    if (c.a.tokens[q - 1].lemma != "quote" || !lang::is_verb(c.tag(q - 1))) continue;
    Speaker s = speaker_of_span(c, q, v - 1, prev);
    if (!s.found) return {};
    s.verb_token = uint32_t(v);
    s.verb = std::string(c.tok(v));
    return s;
  }
  return {};
}

// A reporting verb that opens reported speech: finite ("said", "has said",
// "will say") or a participle after a comma (", saying ...", ", adding that").
bool Finder::reporting_at(size_t v, size_t first) const {
  Tag g = c.tag(v);
  // "Residents urged to leave said ...", "the man told to wait": a telling or urging verb needs
  // its object; with "to" right after it, it is a passive participle describing a noun.
  if (c.lex.to_report.count(c.a.tokens[v].lemma) && v + 1 < c.size() && c.low(v + 1) == "to") return false;
  size_t a = v;  // the auxiliary before adverbs ("has repeatedly said", "will also say")
  while (a > first && a + 3 > v && lang::is_adv(c.tag(a - 1))) --a;
  bool finite = g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP ||
                (g == Tag::VBN && a > first && c.a.tokens[a - 1].lemma == "have") ||
                (g == Tag::VB && a > first && c.tag(a - 1) == Tag::MD);
  if (finite) return is_report_verb(c, v);
  // "Officials estimated that ...": a past form the tagger read as a participle, with
  // a subject before it and "that" after it (a passive "was estimated that" keeps its auxiliary).
  // "The agency estimates that ...": a present form the tagger read as a plural noun.
  bool noun_read = g == Tag::NNS && c.low(v).back() == 's' && c.lex.report.count(c.a.tokens[v].lemma);
  // "The group state that ...": a present form read as a singular noun, after a noun, with a
  // clause after "that" (a relative "the state that has ..." has its verb right after "that").
  noun_read = noun_read || (g == Tag::NN && c.lex.report.count(c.a.tokens[v].lemma) && v > first &&
                            lang::is_noun(c.tag(v - 1)) && v + 2 < c.size() && !lang::is_verb(c.tag(v + 2)) &&
                            c.tag(v + 2) != Tag::MD);
  // "announced on Sept. 30 that": a date between the verb and "that".
  size_t that = v + 1;
  if (that + 1 < c.size() && (c.low(that) == "on" || c.low(that) == "in")) {
    size_t t = that + 1;
    while (t < c.size() && t < that + 5 && (c.dated(t) || c.tag(t) == Tag::CD)) ++t;
    if (t > that + 1) that = t;
  }
  if (((g == Tag::VBN && is_report_verb(c, v)) || noun_read) && v > first && that < c.size() &&
      c.low(that) == "that") {
    // "The parent company, Acme, announced that": after the comma closing an apposition, a
    // participle with a clause of its own and no auxiliary is the sentence's past verb.
    if (g == Tag::VBN)
      return slipped_past(v, first) ||
             (v > first + 1 && c.tag(v - 1) == Tag::Comma && (lang::is_noun(c.tag(v - 2)) || c.name_of[v - 2] >= 0));
    Tag p = c.tag(v - 1);
    return lang::is_noun(p) || p == Tag::PRP || c.name_of[v - 1] >= 0;
  }
  // "The mayor begged residents to stay": a telling or urging verb the tagger read as a participle,
  // after its subject and before its object (a reduced relative, "residents urged to leave", has
  // no object of its own).
  if (g == Tag::VBN && c.lex.to_report.count(c.a.tokens[v].lemma) && v + 2 < c.size() &&
      (c.tag(v + 1) == Tag::DT || c.tag(v + 1) == Tag::PRP || lang::is_noun(c.tag(v + 1))) && slipped_past(v, first))
    return true;
  // ", saying ...", and "issued a statement warning that ...": the document's words are its issuer's.
  if (v > first && document_report(v)) return true;
  // '... "reviewing its options," adding that ...': the comma may sit inside the closing mark.
  return g == Tag::VBG && comma_before(v, first) && c.lex.report.count(c.a.tokens[v].lemma) > 0;
}

// Emits the reported clause [b, e) when it is one: indirect, or mixed when it
// carries a quoted fragment no quotation took.
bool Finder::emit_clause(size_t b, size_t e, const Speaker& s) {
  if (e <= b || (!nesting && overlaps_covered(b, e))) return false;
  clauses.emplace_back(b, e);
  bool fragment = false;
  for (size_t t = b; t < e && !fragment; ++t) fragment = c.quote_of[t] >= 0;
  emit(c.a.tokens[b].span.start, c.a.tokens[e - 1].span.end, fragment ? QuoteType::Mixed : QuoteType::Indirect, &s);
  for (size_t t = b; t < e; ++t) covered[t] = 1;
  return true;
}

// "According to X, ..." and "..., according to X": the clause before or after.
bool Finder::according_to(size_t v, const lang::Sentence& sen, const Speaker& s) {
  size_t b = sen.first, e;
  if (v <= sen.first + 1) {  // "According to X, ..."
    b = s.last;
    while (b < sen.last && c.tag(b) == Tag::Comma) ++b;
    e = clause_end(b, clause_limit(b, sen.last));
  } else {
    e = v;
    while (e > b && c.tag(e - 1) == Tag::Comma) --e;
  }
  return e > b + 2 && finite_in(b, e) && emit_clause(b, e, s);
}

// [b, e) is only an attribution: a short noun phrase, its finite reporting verb, then time words
// or adverbs ("the White House announced Tuesday", "officials said").
bool Finder::trailing_attribution(size_t b, size_t e) const {
  size_t t = b;
  while (t < e && t < b + 6 && (c.tag(t) == Tag::DT || c.tag(t) == Tag::PRPS || c.tag(t) == Tag::POS ||
                                lang::is_adj(c.tag(t)) || lang::is_noun(c.tag(t)) || c.name_of[t] >= 0))
    ++t;
  if (t == b || t >= e) return false;
  Tag g = c.tag(t);
  if (!(g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP) || !is_report_verb(c, t)) return false;
  for (size_t k = t + 1; k < e; ++k)
    if (!c.lex.time.count(c.low(k)) && !lang::is_adv(c.tag(k))) return false;
  return e <= t + 4;
}

// "The talks, the minister told reporters, would resume": an attribution whose verb has its
// object, set off by commas inside the sentence it reports (a subject before it, the subject's
// verb after it); the whole sentence is what was said.
bool Finder::interrupted_with_object(size_t v, const lang::Sentence& sen, const Speaker& s) const {
  size_t k = std::min<size_t>(s.first, v);
  if (!c.lex.object.count(c.a.tokens[v].lemma) || k < sen.first + 2 || c.tag(k - 1) != Tag::Comma ||
      finite_in(sen.first, k - 1))
    return false;
  size_t r = std::max<size_t>(s.last, v + 1), e = r;
  while (e < sen.last && e < r + 5 && (lang::is_noun(c.tag(e)) || c.tag(e) == Tag::DT || c.tag(e) == Tag::PRPS ||
                                       lang::is_adj(c.tag(e)) || (c.tag(e) == Tag::PRP && e == r) || c.name_of[e] >= 0))
    ++e;
  return e > r && e + 1 < sen.last && c.tag(e) == Tag::Comma && c.tag(e + 1) != Tag::CC && finite_in(e + 1, sen.last);
}

// "The talks failed, the minister said.": the sentence's tokens before the attribution (which
// starts at `k`, after a comma) are a clause of their own, two words or more, and nothing finite
// follows the attribution (ending at `after`) but a relative clause describing the speaker
// ("..., said Jones, who chairs the panel").
bool Finder::clause_before_attribution(size_t k, size_t after, const lang::Sentence& sen) const {
  if (k < sen.first + 3 || c.tag(k - 1) != Tag::Comma || !finite_in(sen.first, k - 1)) return false;
  bool described = after + 1 < sen.last && c.tag(after) == Tag::Comma &&
                   (c.tag(after + 1) == Tag::WP || c.tag(after + 1) == Tag::WDT);
  return (described || !finite_in(after, sen.last)) && !only_subordinate(sen.first, k - 1) &&
         !opened_by_subordinator(k - 1, sen.first) && !opened_by_participle(sen.first, k - 1);
}

// The reported clause of verb `v` with speaker `s`: after the verb (past an
// object of tell/urge and "that"), else before a trailing attribution.
bool Finder::reported_clause(size_t v, const lang::Sentence& sen, const Speaker& s) {
  const std::string& lemma = c.a.tokens[v].lemma;
  if (interrupted_with_object(v, sen, s)) return emit_clause(sen.first, clause_end(sen.first, sen.last), s);
  size_t b = std::max<size_t>(v + 1, s.first > v ? s.last : v + 1);
  bool about_content = false;  // "emailed his editor about how ...": b at the question word
  if (c.lex.object.count(lemma) && b < sen.last && (c.tag(b) == Tag::PRP || lang::is_noun(c.tag(b)) ||
                                                    c.tag(b) == Tag::DT || c.name_of[b] >= 0)) {
    size_t o = past_object(b, sen.last);
    if (o > b && c.low(o) == "to") {
      // "asked the company to unwind the deal": a request or advice, not a report of words said.
      if (!c.lex.to_report.count(lemma)) return false;
      // "urged Vietnam and others to push back": the object is part of what was urged.
      size_t e = clause_end(b, clause_limit(b, sen.last));
      return e > o + 1 && emit_clause(b, e, s);
    }
    if (o > b) {
      b = o;
    } else {
      size_t e = b;
      // The object ends where a new noun phrase starts ("told reporters the talks ...").
      while (e < sen.last && e < b + 8 && (lang::is_noun(c.tag(e)) || c.tag(e) == Tag::DT || lang::is_adj(c.tag(e)) ||
                                           (c.tag(e) == Tag::PRP && e == b) || c.name_of[e] >= 0) &&
             !(e > b && lang::is_noun(c.tag(e - 1)) && (c.tag(e) == Tag::DT || c.tag(e) == Tag::PRPS)))
        ++e;
      // "asked him about the delay", "warned them of the risk": a telling or asking verb's
      // object, then the topic; no clause starts there (a later "that" was found above). A
      // question word after "about" opens what was said about it ("emailed his editor about how
      // hard it was").
      const bool topic = e > b && e < sen.last && (c.low(e) == "about" || c.low(e) == "of");
      if (topic && c.low(e) == "about" && e + 1 < sen.last && content_word(e + 1))
        b = e + 1, about_content = true;
      else if (topic)
        return false;
      // "told reporters how the flood cut off the town", "told police he ...", "told the family
      // there was ...": the object, then the reported clause.
      else if (e < sen.last && e <= b + 3 &&
               (content_word(e) || c.tag(e) == Tag::PRP || c.tag(e) == Tag::DT || c.tag(e) == Tag::EX ||
                lang::is_proper(c.tag(e))))
        b = e;
      // "told the paper in August she ...": a phrase after a short object, then the clause.
      else if (size_t p = e < sen.last && e <= b + 3 && c.tag(e) == Tag::IN ? past_phrase(e, sen.last) : e; p > e)
        b = p;
    }
  }
  // "reported earnings that topped estimates": "that" after the object, then a verb, opens a
  // relative clause of the object; the verb's complement is the noun phrase, not a clause.
  bool relative = relative_that(b, sen.last);
  if (!relative) b = after_that(b, sen.last);
  if (b < sen.last && c.low(b) != "that") b = past_phrase(past_time(b, sen.last), sen.last);
  bool that = b < sen.last && c.low(b) == "that";
  bool to = b < sen.last && c.low(b) == "to" && c.lex.object.count(lemma);
  if (that) ++b;
  size_t e = clause_end(b, clause_limit(b, sen.last));
  // "have agreed upon a pact ..., the White House announced Tuesday": past a phrase and a comma,
  // a subject with its own reporting verb closing the sentence is the sentence's attribution,
  // not what the first verb reported.
  if (!that && b > v + 1 && c.tag(b - 1) == Tag::Comma && trailing_attribution(b, e)) return false;
  // A subordinate clause ("responded. Though many remain ...") is not what was said; "if"/"whether" are.
  bool subordinate = !that && b < sen.last && c.tag(b) == Tag::IN && c.low(b) != "if" && c.low(b) != "whether";
  // Without "that" the clause starts with its subject: "agreed to an interview", "shouted out
  // questions" hold a phrase or a particle, not reported speech.
  if (!that && !to && b < sen.last && (c.tag(b) == Tag::TO || c.tag(b) == Tag::RP)) subordinate = true;
  // "pleaded guilty to charges ...": an adjective with its own complement ("guilty to", "ready
  // for") is a predicate of the subject; an adjective opening a subject comes before its noun.
  if (!that && !to && b + 1 < sen.last && lang::is_adj(c.tag(b)) && (c.tag(b + 1) == Tag::IN || c.tag(b + 1) == Tag::TO))
    subordinate = true;
  // "replied when asked if ...": a clause of time or place says when, not what.
  if (!that && b < sen.last && (c.low(b) == "when" || c.low(b) == "where")) subordinate = true;
  // "said she disagreed": a pronoun and its verb are a clause too.
  bool two = e == b + 2 && c.tag(b) == Tag::PRP && (c.tag(b + 1) == Tag::VBD || c.tag(b + 1) == Tag::VBZ ||
                                                    c.tag(b + 1) == Tag::VBP || c.tag(b + 1) == Tag::MD);
  bool clause = (e > b + 2 || two) && !subordinate && (to || (that ? verb_in(b, e) : subject_then_verb(b, e))) &&
                c.tag(b) != Tag::Comma && c.quote_of[b] < 0 && c.tag(b) != Tag::LQuote;
  // "called the ruling a landmark judgment": an object and what the speaker called it, a
  // judgement in the speaker's words though no clause follows.
  // "described the video as satire": likewise what the speaker said the object is.
  bool called = !that && !to && ((lemma == "call" && object_then(b, e, {"a", "an"})) ||
                                 (lemma == "describe" && object_then(b, e, {"as"})));
  // "announced it will close 149 towers": without "that", a short subject and its finite verb
  // right after still make a clause ("announced a plan to ..." does not).
  // "emailed his editor about how hard it was": a question word after the listener and "about"
  // opens what was said as "that" would; so does one right after the verb ("detail how the
  // virus spread", "described what happened").
  if (c.lex.clause_only.count(lemma) && !that)
    clause = called || (clause && !to && (about_content || content_word(b) || close_subject(b, e)));
  // "wrote a book", "had written a will, it was ...": a verb whose plain object is a work it
  // made reports speech without "that" only when a short subject and its verb follow it.
  if (c.lex.work_object.count(lemma) && !that && !to && !close_subject(b, e)) clause = false;
  if (relative) clause = false;
  // A relative clause's report ("which said officials would ...") has its subject and verb
  // right after the reporting verb; it is never an attribution of the sentence around it.
  if (s.relative) return clause && (that || to || close_subject(b, e)) && emit_clause(b, e, s);
  if (clause) return emit_clause(b, e, s);
  // Before the attribution: "The talks failed, the minister said (in a statement on Monday)."
  size_t k = std::min<size_t>(s.first, v);
  size_t after = std::max<size_t>(s.last, v + 1);
  if (clause_before_attribution(k, after, sen)) return emit_clause(sen.first, k - 1, s);
  // In the middle: "The larger landers, he said, could deliver tools": the whole sentence.
  size_t r = after;
  while (r < sen.last && c.lex.time.count(c.low(r))) ++r;
  // "After that, Ford wrote, and wrote": a conjunction after the comma coordinates the verb;
  // no interrupted clause goes on there.
  if (k > sen.first + 1 && c.tag(k - 1) == Tag::Comma && r + 2 < sen.last && c.tag(r) == Tag::Comma &&
      c.tag(r + 1) != Tag::CC && finite_in(r + 1, sen.last))
    return emit_clause(sen.first, clause_end(sen.first, sen.last), s);
  return false;
}

// Passive reporting, which names no speaker: "Among them were said to be
// pupils", "he is reported to have left" (the sentence), "it was alleged that
// ..." (the clause). Emitted with a null speaker; true when emitted.
bool Finder::passive_report(size_t v, const lang::Sentence& sen) {
  if (c.tag(v) != Tag::VBN || !c.lex.passive.count(c.a.tokens[v].lemma) || v + 2 >= sen.last) return false;
  size_t a = v;
  while (a > sen.first && lang::is_adv(c.tag(a - 1))) --a;
  if (a == sen.first || c.a.tokens[a - 1].lemma != "be") return false;
  size_t b = sen.first, e = 0;
  if (c.low(v + 1) == "to" && (c.tag(v + 2) == Tag::VB || c.a.tokens[v + 2].lemma == "be")) {
    e = clause_end(b, clause_limit(v, sen.last));
  } else if (c.low(v + 1) == "that" && a >= sen.first + 2 && c.low(a - 2) == "it") {
    b = v + 2;
    e = clause_end(b, clause_limit(b, sen.last));
    if (!finite_in(b, e)) return false;
  }
  if (e <= b + 2 || !emit_clause(b, e, Speaker{})) return false;
  out.back().verb = c.span_text(a - 1, v + 1);
  return true;
}

// Reported speech without marks: "X said (that) ...", "..., X said",
// "called the process a sham", "called it a landmark ruling": after "call", a noun phrase, then
// an indefinite one right after its noun, with no verb between [b, e) ("called for a meeting",
// "called off the talks" hold a particle; "called it a day" is rare in news).
// "described the doctored video as satire": likewise, with "as" after the object's noun.
// Both: the object's noun phrase, then one of `words` right after its noun and at least one
// word after that.
bool Finder::object_then(size_t b, size_t e, std::initializer_list<std::string_view> words) const {
  if (b >= e || !(c.tag(b) == Tag::DT || c.tag(b) == Tag::PRP || lang::is_noun(c.tag(b)) || c.name_of[b] >= 0))
    return false;
  for (size_t t = b + 1; t < e && t < b + kContentWindow; ++t) {
    ++c.steps;
    Tag g = c.tag(t);
    if (lang::is_verb(g) || g == Tag::MD || g == Tag::Comma || g == Tag::CC) return false;
    if (std::find(words.begin(), words.end(), c.low(t)) != words.end() &&
        (lang::is_noun(c.tag(t - 1)) || c.tag(t - 1) == Tag::PRP))
      return t + 1 < e;
  }
  return false;
}

// "X said he raised it in August, after Politico reported the aid had been paused": inside a
// reported clause, a subordinate clause whose own subject reports is a report of its own (the
// outer one still holds the whole clause). The verb at `v` opens one: finite, a reporting verb,
// its subject a short noun phrase right after a subordinating conjunction.
bool Finder::nested_report(size_t v) const {
  Tag g = c.tag(v);
  if (!(g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP) || !is_report_verb(c, v)) return false;
  bool inside = std::any_of(clauses.begin(), clauses.end(), [&](const auto& r) { return r.first < v && v < r.second; });
  if (!inside) return false;
  bool noun = false;
  for (size_t k = v; k-- > 0 && k + 7 > v;) {
    ++c.steps;
    Tag t = c.tag(k);
    if (c.lex.subordinator.count(c.low(k)) && (t == Tag::IN || t == Tag::WRB)) return noun && k + 1 < v;
    noun = noun || lang::is_noun(t) || c.name_of[k] >= 0;
    if (!(lang::is_noun(t) || lang::is_adj(t) || t == Tag::DT || t == Tag::POS || c.name_of[k] >= 0 ||
          (t == Tag::IN && c.low(k) == "in") || (t == Tag::IN && c.low(k) == "of")))
      return false;
  }
  return false;
}

// "X told reporters ...", "according to X, ...", ", saying ...". A sentence
// may report several (a report nested in another: "X said ..., after Y
// reported ...").
void Finder::indirect() {
  mark_covered();
  for (size_t si = 0; si < c.a.sentences.size(); ++si) {
    const auto& sen = c.a.sentences[si];
    if (sen.last <= sen.first + 3 || caption_paragraph(sen.first)) continue;
    const Speaker* prev = has_previous ? &previous : nullptr;
    for (size_t v = sen.first; v < sen.last; ++v) {
      ++c.steps;
      if (c.quote_of[v] >= 0) continue;
      nesting = covered[v] && nested_report(v);
      if (covered[v] && !nesting) continue;
      Speaker s;
      bool done = false;
      if (passive_report(v, sen)) {
        continue;
      } else if (c.low(v) == "according" && v + 1 < sen.last && c.low(v + 1) == "to") {
        s = speaker_according_to(c, v, prev);
        done = s.found && according_to(v, sen, s);
      } else if (c.low(v) == "per" && v > sen.first + 3 && c.tag(v - 1) == Tag::Comma && v + 1 < sen.last &&
                 (c.tag(v + 1) == Tag::DT || c.tag(v + 1) == Tag::PRPS || c.name_of[v + 1] >= 0)) {
        // "..., per the company.": "per" as "according to", after the clause (the comma token
        // stands where "according" would).
        s = speaker_according_to(c, v - 1, prev);
        if (s.found && clause_end(s.last, sen.last) <= s.last) {
          s.verb = "per";
          done = according_to(v - 1, sen, s);
        }
      } else if (s = caused_speaker(v, sen.first, prev); s.found) {
        done = reported_clause(v, sen, s);
      } else if (s = quoted_as_saying(v, sen.first, prev); s.found) {
        done = reported_clause(v, sen, s);
      } else if (reporting_at(v, sen.first)) {
        bool ing = c.tag(v) == Tag::VBG || (c.tag(v) == Tag::NN && report_ing(v));
        s = ing ? speaker_of_main_clause(c, v, prev) : speaker_of_verb(c, v, prev);
        if (s.found && ing) {
          s.verb_token = uint32_t(v);
          s.verb = std::string(c.tok(v));
        }
        done = s.found && reported_clause(v, sen, s);
      }
      // A nested report leaves the speaker the sentences after it refer to unchanged.
      if (std::exchange(nesting, false)) continue;
      if (done && !s.name.empty()) {
        previous = s;
        has_previous = true;
        prev = &previous;
      }
    }
  }
}

}  // namespace

std::vector<Quote> find_quotes(std::string_view text, const lang::Annotation& a,
                                       const std::vector<ActorMention>& mentions, size_t* steps) {
  Context c(text, a, mentions);
  Finder f{.c = c, .ranges = {}, .spans = quoted_spans(text), .out = {}, .previous = {}, .has_previous = false,
           .speaker_para = -10, .speaker_sentence = -1, .covered = {}, .clauses = {}, .nesting = false};
  f.token_ranges();
  collect_names(c);
  f.direct_and_mixed();
  f.has_previous = false;
  f.indirect();
  std::stable_sort(f.out.begin(), f.out.end(), [](const Quote& x, const Quote& y) { return x.start < y.start; });
  if (steps) *steps = c.steps;
  return f.out;
}

}  // namespace dyad::quotes
