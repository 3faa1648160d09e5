// Finds quotations and attributes them to speakers (see quotes.h).
#include "quotes/quotes.h"

#include <algorithm>
#include <string>

#include "actors/dictionary.h"
#include "lang/resources.h"

namespace dyad::quotes {

namespace {

using actors::ActorMention;
using actors::Quote;
using lang::Tag;

struct Raw {
  uint32_t start, end;   // content bytes
  uint32_t para;
  bool single = false;
  bool heading = false;  // the quotation is the whole paragraph
};

bool letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

bool mark_at(std::string_view t, size_t i, unsigned char third) {
  return i + 2 < t.size() && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
         (unsigned char)t[i + 2] == third;
}

std::vector<Raw> quoted_spans(std::string_view text) {
  std::vector<Raw> out;
  size_t ps = 0;
  uint32_t para = 0;
  while (ps <= text.size()) {
    size_t pe = text.find('\n', ps);
    if (pe == std::string_view::npos) pe = text.size();
    long open = -1, open_single = -1;
    size_t before = out.size();
    for (size_t i = ps; i < pe; ++i) {
      unsigned char ch = text[i];
      if (mark_at(text, i, 0x9C) || (ch == '"' && open < 0)) {  // opening double
        if (open < 0) open = long(i + (ch == '"' ? 1 : 3));
        if (ch != '"') i += 2;
      } else if (mark_at(text, i, 0x9D) || ch == '"') {  // closing double
        if (open >= 0) {
          out.push_back({uint32_t(open), uint32_t(i), para});
          open = -1;
        } else if (out.size() == before) {  // opening mark lost
          size_t s = ps;
          while (s < i && (text[s] == ' ' || text[s] == '\t')) ++s;
          if (i > s) out.push_back({uint32_t(s), uint32_t(i), para});
        }
        if (ch != '"') i += 2;
      } else if (mark_at(text, i, 0x98) && open < 0 && open_single < 0) {
        open_single = long(i + 3);
        i += 2;
      } else if (mark_at(text, i, 0x99) && open < 0 && open_single >= 0) {
        bool apostrophe = i + 3 < pe && letter((unsigned char)text[i + 3]);
        if (!apostrophe) {
          out.push_back({uint32_t(open_single), uint32_t(i), para, true});
          open_single = -1;
        }
        i += 2;
      }
    }
    if (open >= 0 && size_t(open) < pe) out.push_back({uint32_t(open), uint32_t(pe), para});
    for (size_t q = before; q < out.size(); ++q) {
      auto& r = out[q];
      while (r.start < r.end && text[r.start] == ' ') ++r.start;
      while (r.end > r.start && text[r.end - 1] == ' ') --r.end;
      size_t s = ps, e = pe;
      while (s < e && (text[s] == ' ' || (unsigned char)text[s] >= 0x80 || text[s] == '"')) ++s;
      while (e > s && (text[e - 1] == ' ' || (unsigned char)text[e - 1] >= 0x80 || text[e - 1] == '"')) --e;
      r.heading = r.start <= s + 1 && r.end + 1 >= e;
    }
    if (pe == text.size()) break;
    ps = pe + 1;
    ++para;
  }
  return out;
}

int word_count(std::string_view s) {
  int n = 0;
  bool in = false;
  for (unsigned char c : s) {
    bool l = letter(c) || (c >= '0' && c <= '9');
    if (l && !in) ++n;
    in = l;
  }
  return n;
}

struct Finder {
  std::string_view text;
  const lang::Annotation& a;
  const std::vector<ActorMention>& ms;
  const lang::StringSet& speech;
  std::vector<int> quote_of;  // token -> raw quote index, -1 outside

  // A speech verb with a subject of its own ("adding", "describing" take the main clause's).
  bool is_speech(size_t t) const {
    return lang::is_verb(a.tokens[t].tag) && a.tokens[t].tag != Tag::VBG && speech.count(a.tokens[t].lemma);
  }
  int mention_at(size_t t) const {
    for (size_t i = 0; i < ms.size(); ++i)
      if (ms[i].first_token <= t && t < ms[i].last_token) return int(i);
    return -1;
  }
  std::string low(size_t t) const { return actors::fold_token(text.substr(a.tokens[t].span.start, a.tokens[t].span.size())); }

  // The person a pronoun before byte `pos` refers to: the last person named
  // outside quotations who is not a possessive modifier ("Trump's pledge").
  int resolve_pronoun(uint32_t pos) const {
    for (int i = int(ms.size()) - 1; i >= 0; --i) {
      const auto& m = ms[i];
      if (m.start >= pos || m.kind != "person") continue;
      if (quote_of[m.first_token] >= 0) continue;
      if (m.last_token < a.tokens.size() && a.tokens[m.last_token].tag == Tag::POS) continue;
      return i;
    }
    return -1;
  }
  // "the Russian diplomat": the last person named of that country.
  int resolve_description(const ActorMention& d) const {
    for (int i = int(ms.size()) - 1; i >= 0; --i) {
      const auto& m = ms[i];
      if (m.start >= d.start || m.kind != "person") continue;
      if (d.country.empty() || m.country == d.country) return i;
    }
    return -1;
  }

  // Speaker of speech verb `v`: sets quote fields; false when none found.
  bool subject_of(size_t v, Quote& q) const {
    auto take = [&](int mi, const char* how) {
      const auto& m = ms[mi];
      q.speaker = m.name;
      q.speaker_actor = m.code;
      q.speaker_kind = m.kind;
      q.attribution = how;
      return true;
    };
    auto from_mention = [&](int mi) {
      const auto& m = ms[mi];
      if (m.kind != "person" && !m.anonymous && m.first_token > 0 && low(m.first_token - 1) == "the" &&
          a.tokens[m.last_token - 1].tag == Tag::NN) {
        int p = resolve_description(m);
        if (p >= 0) return take(p, "description");
      }
      if (m.kind == "location") return false;
      return take(mi, "explicit");
    };
    auto pronoun = [&](size_t t) {
      std::string w = low(t);
      if (w != "he" && w != "she") return false;
      int p = resolve_pronoun(a.tokens[t].span.start);
      if (p < 0) return false;
      return take(p, "pronoun");
    };
    // Left: "X said", "X, a researcher at Y, said".
    if (v > 0) {
      size_t l = v - 1;
      while (l > 0 && (lang::is_adv(a.tokens[l].tag) || a.tokens[l].tag == Tag::MD ||
                       (lang::is_verb(a.tokens[l].tag) && !is_speech(l))) && quote_of[l] < 0)
        --l;
      if (quote_of[l] < 0 && a.tokens[l].tag != Tag::RQuote) {
        if (a.tokens[l].tag == Tag::PRP) {
          if (pronoun(l)) return true;
        } else if (a.tokens[l].tag == Tag::Comma) {
          size_t s = l;
          while (s > 0 && a.tokens[s - 1].tag != Tag::Comma && a.tokens[s - 1].tag != Tag::Period &&
                 quote_of[s - 1] < 0 && a.tokens[s - 1].tag != Tag::RQuote && a.tokens[s - 1].tag != Tag::LQuote)
            --s;
          int best = -1;
          for (size_t t = s; t < l; ++t) {
            int mi = mention_at(t);
            if (mi >= 0 && ms[mi].kind == "person") { best = mi; break; }
          }
          if (best < 0 && s >= 2 && a.tokens[s - 1].tag == Tag::Comma) {
            int mi = mention_at(s - 2);
            if (mi >= 0 && ms[mi].kind == "person") best = mi;
          }
          if (best >= 0) return take(best, "explicit");
        } else {
          int mi = mention_at(l);
          if (mi >= 0 && from_mention(mi)) return true;
        }
      }
    }
    // Right: "said X", "said one senior Afghan official".
    size_t r = v + 1;
    if (r < a.tokens.size() && quote_of[r] < 0) {
      if (a.tokens[r].tag == Tag::PRP) return pronoun(r);
      for (size_t t = r; t < a.tokens.size() && t < r + 3; ++t) {
        int mi = mention_at(t);
        if (mi >= 0) return from_mention(mi);
        if (a.tokens[t].tag != Tag::DT && !lang::is_adj(a.tokens[t].tag)) break;
      }
    }
    return false;
  }
};

}  // namespace

std::vector<Quote> find_quotes(std::string_view text, const lang::Annotation& a, const std::vector<ActorMention>& mentions) {
  std::vector<Quote> out;
  const auto& res = lang::Resources::get();
  Finder f{text, a, mentions, res.speech_verbs, std::vector<int>(a.tokens.size(), -1)};
  std::vector<Raw> raws = quoted_spans(text);
  // Token ranges of the quotations (marks included).
  std::vector<std::pair<size_t, size_t>> tr(raws.size(), {0, 0});
  for (size_t q = 0; q < raws.size(); ++q) {
    size_t first = a.tokens.size(), last = 0;
    for (size_t t = 0; t < a.tokens.size(); ++t) {
      const auto& sp = a.tokens[t].span;
      if (sp.end > raws[q].start && sp.start < raws[q].end) {
        first = std::min(first, t);
        last = t + 1;
      }
    }
    if (first >= last) continue;
    if (first > 0 && (a.tokens[first - 1].tag == Tag::LQuote)) --first;
    if (last < a.tokens.size() && a.tokens[last].tag == Tag::RQuote) ++last;
    tr[q] = {first, last};
    for (size_t t = first; t < last; ++t) f.quote_of[t] = int(q);
  }
  auto sentence_of = [&](size_t t) {
    for (size_t s = 0; s < a.sentences.size(); ++s)
      if (t >= a.sentences[s].first && t < a.sentences[s].last) return s;
    return a.sentences.size() ? a.sentences.size() - 1 : size_t(0);
  };
  int prev_speech = -1;  // index in `out` of the last attributed quotation
  uint32_t prev_para = 0;
  for (size_t q = 0; q < raws.size(); ++q) {
    const Raw& r = raws[q];
    auto [first, last] = tr[q];
    if (first >= last) continue;
    std::string_view content = text.substr(r.start, r.end - r.start);
    int words = word_count(content);
    Quote qu;
    qu.start = r.start;
    qu.end = r.end;
    qu.text = std::string(content);
    size_t s1 = sentence_of(first), s2 = sentence_of(last - 1);
    // Speech verbs after the quotation (to the sentence end or the next one), then before it.
    std::vector<size_t> cands;
    for (size_t t = last; t < a.sentences[s2].last && f.quote_of[t] < 0; ++t)
      if (f.is_speech(t)) cands.push_back(t);
    for (size_t t = first; t-- > a.sentences[s1].first && f.quote_of[t] < 0;)
      if (f.is_speech(t)) cands.push_back(t);
    // A partial quotation inside a sentence: any speech verb of the sentence.
    if (cands.empty() && words <= 8)
      for (size_t t = a.sentences[s1].first; t < a.sentences[s2].last; ++t)
        if (f.quote_of[t] < 0 && f.is_speech(t)) cands.push_back(t);
    bool found = false;
    for (size_t v : cands)
      if (f.subject_of(v, qu)) { found = true; break; }
    if (r.heading && words <= 5) continue;  // a heading or caption in quotes
    if (!found) {
      bool sentence_like = words >= 4 && (std::isupper((unsigned char)content[0]) || content.back() == '.');
      if (sentence_like && prev_speech >= 0 && r.para <= prev_para + 1 && !r.single) {
        qu.speaker = out[prev_speech].speaker;
        qu.speaker_actor = out[prev_speech].speaker_actor;
        qu.speaker_kind = out[prev_speech].speaker_kind;
        qu.attribution = "continued";
      } else {
        continue;  // scare quotes, names, titles
      }
    }
    if (r.single && words < 3) continue;
    bool lower = !content.empty() && content[0] >= 'a' && content[0] <= 'z';
    qu.kind = (lower || words <= 3) ? "partial" : "direct";
    out.push_back(std::move(qu));
    prev_speech = int(out.size()) - 1;
    prev_para = r.para;
  }
  // Reported speech without marks: "<actor> said/denies ...".
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    const auto& sen = a.sentences[s];
    bool has_quote = false;
    for (size_t t = sen.first; t < sen.last; ++t)
      if (f.quote_of[t] >= 0 || a.tokens[t].tag == Tag::LQuote || a.tokens[t].tag == Tag::RQuote) has_quote = true;
    if (has_quote) continue;
    for (size_t v = sen.first + 1; v < sen.last; ++v) {
      Tag tg = a.tokens[v].tag;
      if (!(tg == Tag::VBD || tg == Tag::VBZ || tg == Tag::VBP) || !f.is_speech(v)) continue;
      int mi = f.mention_at(v - 1);
      if (mi < 0 || mentions[mi].code.empty() || mentions[mi].kind == "location") continue;
      if (v + 2 >= sen.last) break;
      Quote qu;
      qu.start = a.tokens[v + 1].span.start;
      size_t e = sen.last;
      while (e > v + 1 && lang::is_punct(a.tokens[e - 1].tag)) --e;
      qu.end = a.tokens[e - 1].span.end;
      qu.text = std::string(text.substr(qu.start, qu.end - qu.start));
      qu.speaker = mentions[mi].name;
      qu.speaker_actor = mentions[mi].code;
      qu.speaker_kind = mentions[mi].kind;
      qu.kind = "indirect";
      qu.attribution = "explicit";
      out.push_back(std::move(qu));
      break;
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Quote& x, const Quote& y) { return x.start < y.start; });
  return out;
}

}  // namespace dyad::quotes
