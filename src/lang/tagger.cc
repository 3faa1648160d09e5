// Viterbi tagging over the Lingua lexicon (see tagger.h).
#include "lang/tagger.h"
#include "base/text.h"
#include "lang/lemma.h"
#include "lang/tag_repairs.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>

namespace dyad::lang {

namespace {

constexpr int kMaxCand = 12;

struct Cands {
  int n = 0;
  Tag tag[kMaxCand];
  float emit[kMaxCand];
  void add(Tag t, float e) {
    for (int i = 0; i < n; ++i) {
      if (tag[i] == t) {
        tag[i] = t;
        emit[i] = std::max(emit[i], e);
        return;
      }
    }
    if (n < kMaxCand) {
      tag[n] = t;
      emit[n] = e;
      ++n;
    }
  }
};

bool punct_tag(const std::string& f, Tag& t) {
  if (f == ",") t = Tag::Comma;
  else if (f == "." || f == "?" || f == "!") t = Tag::Period;
  else if (f == ":" || f == ";" || f == "--" || f == "..." || f == "-") t = Tag::Colon;
  else if (f == "``" || f == "`") t = Tag::LQuote;
  else if (f == "''") t = Tag::RQuote;
  else if (f == "-LRB-" || f == "-LSB-" || f == "-LCB-") t = Tag::LRB;
  else if (f == "-RRB-" || f == "-RSB-" || f == "-RCB-") t = Tag::RRB;
  else if (f == "$" || f == "\xC2\xA3" || f == "\xE2\x82\xAC" || f == "\xC2\xA5" || f == "US$" || f == "A$" || f == "C$") t = Tag::Dollar;
  else if (f == "#") t = Tag::Hash;
  else return false;
  return true;
}

bool is_number(const std::string& f) {
  bool digit = false;
  for (char c : f) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ',' && c != '.' && c != '/' && c != '-' && c != ':') return false;
  }
  return digit;
}


void add_entry(Cands& c, const LexEntry& e, float bonus = 0) {
  for (auto& [t, lp] : e.tags) c.add(t, lp + bonus);
}

// The tags of the lower-case word a form stands for. Capitalised away from the sentence start
// (`mid_sentence_capital`) a form the lexicon lacks as such is more likely a name than the
// common word.
void add_lower_case(Cands& c, const LexEntry& e, bool mid_sentence_capital) {
  add_entry(c, e, mid_sentence_capital ? -3.0f : 0.0f);
  if (mid_sentence_capital) c.add(Tag::NNP, -10.0f);
}

void unknown(Cands& c, const std::string& f, const Resources& res) {
  std::string key(1, shape_class(f));
  std::string lw = base::lower_ascii(f);
  for (int k = std::min<int>(5, static_cast<int>(lw.size()) - 1); k >= 0; --k) {
    key.resize(1);
    key += lw.substr(lw.size() - k);
    auto it = res.suffix_model.find(key);
    if (it == res.suffix_model.end()) continue;
    // Unknown words are rare: scale down against known words' emissions.
    for (auto& [t, lp] : it->second) c.add(t, lp - 12.0f);
    return;
  }
  c.add(Tag::NN, -12.0f);
}

// The American spelling of a British one, the lexicon's: "-ise(d|s)", "-ising", "-isation(s)"
// become "-ize..." ("criticised" -> "criticized"); "-yse..." "-yze..." ("analysed"); "-our..."
// "-or..." ("labour", "favoured"). "" when the word has no such ending.
std::string american_spelling(const std::string& w) {
  static const std::pair<std::string_view, std::string_view> endings[] = {
      {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"},   {"ised", "ized"},
      {"ises", "izes"},         {"ise", "ize"},         {"ysing", "yzing"},   {"ysed", "yzed"},
      {"yses", "yzes"},         {"yse", "yze"},         {"ouring", "oring"}, {"oured", "ored"},
      {"ours", "ors"},          {"our", "or"}};
  for (const auto& [uk, us] : endings)
    if (w.size() > uk.size() + 2 && w.ends_with(uk)) return w.substr(0, w.size() - uk.size()) + std::string(us);
  return {};
}

void candidates(Cands& c, const Token& tok, bool initial, const Resources& res) {
  const std::string& f = tok.form;
  Tag pt;
  if (punct_tag(f, pt)) {
    c.add(pt, 0);
    return;
  }
  auto fx = res.fixed_tags.find(f);
  if (fx != res.fixed_tags.end()) {
    c.add(fx->second, 0);
    return;
  }
  const auto& lex = res.lexicon;
  auto it = lex.find(f);
  bool cap = !f.empty() && std::isupper(static_cast<unsigned char>(f[0]));
  if (it != lex.end()) add_entry(c, it->second);
  if (cap && (initial || it == lex.end())) {
    auto lt = lex.find(base::lower_ascii(f));
    if (lt != lex.end()) add_lower_case(c, lt->second, !initial);
  }
  if (c.n > 0) return;
  // A British spelling the lexicon lacks takes the tags of its American one.
  if (std::string us = american_spelling(base::lower_ascii(f)); !us.empty())
    if (auto ut = lex.find(us); ut != lex.end()) {
      add_lower_case(c, ut->second, cap && !initial);
      return;
    }
  if (is_number(f)) {
    auto nt = lex.find("*NUM*");
    if (nt != lex.end()) add_entry(c, nt->second);
    else c.add(Tag::CD, 0);
    return;
  }
  // Hyphenated: the last part's tags, with adjectives favoured.
  unknown(c, f, res);
}

bool in_lexicon(const Token& t, const Resources& res) {
  return res.lexicon.count(t.form) > 0 || res.lexicon.count(base::lower_ascii(t.form)) > 0;
}

// A lower-case word in -ed whose base WordNet lists as a verb ("abducted": "abduct", "freed":
// "free", "stopped": "stop").
bool regular_past_of_verb(const Token& t, const Resources& res) {
  const std::string& f = t.form;
  if (f.size() < 5 || !std::islower(static_cast<unsigned char>(f[0])) || !f.ends_with("ed")) return false;
  const auto& verbs = res.wn_index[1];
  std::string base = f.substr(0, f.size() - 2);
  if (verbs.count(base) || verbs.count(base + "e")) return true;
  size_t n = base.size();
  return n > 2 && base[n - 1] == base[n - 2] && verbs.count(base.substr(0, n - 1));
}

bool has_tag(const Token& t, Tag tag, const Resources& res) {
  auto it = res.lexicon.find(t.form);
  if (it == res.lexicon.end()) it = res.lexicon.find(base::lower_ascii(t.form));
  if (it == res.lexicon.end()) return false;
  for (auto& [x, lp] : it->second.tags)
    if (x == tag) return true;
  return false;
}

// A form that can be a simple past: the lexicon says so, or it lists only the participle of a
// regular verb ("arrested: vbn" in a lexicon counted from a small sample), whose past is the same.
bool can_be_past(const Token& t, const Resources& res) {
  return has_tag(t, Tag::VBD, res) || (has_tag(t, Tag::VBN, res) && base::lower_ascii(t.form).ends_with("ed"));
}

// A form that can be a past participle: the lexicon says so, or it is a regular past in -ed,
// whose participle is the same ("sank" is no participle). A word in -ed the lexicon never
// counted ("looted") is taken for a regular verb's form, past and participle alike.
bool can_be_participle(const Token& t, const Resources& res) {
  bool ed = base::lower_ascii(t.form).ends_with("ed");
  return has_tag(t, Tag::VBN, res) || (ed && (has_tag(t, Tag::VBD, res) || !in_lexicon(t, res)));
}

bool is_form_of(const Token& t, std::initializer_list<const char*> forms) {
  std::string l = base::lower_ascii(t.form);
  for (const char* f : forms)
    if (l == f) return true;
  return false;
}

// A form of "be" or "get", the auxiliaries of the passive.
bool is_be_or_get(const Token& t) {
  return is_form_of(t, {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "get", "gets", "got",
                        "getting"});
}

// "said in a report released Tuesday", "in a statement issued on Monday": a past form right
// after the common noun of a prepositional phrase, in a clause whose verb came before the
// preposition, and followed by a time or another preposition rather than an object, is a
// participle describing that noun.
bool reduced_relative_in_phrase(const std::vector<Token>& toks, size_t b, size_t i, size_t e, const Resources& res) {
  if (i < b + 3 || i + 1 >= e || !has_tag(toks[i], Tag::VBN, res)) return false;
  if (toks[i - 1].tag != Tag::NN && toks[i - 1].tag != Tag::NNS) return false;
  size_t k = i - 1;
  while (k > b && (toks[k - 1].tag == Tag::DT || toks[k - 1].tag == Tag::JJ || toks[k - 1].tag == Tag::NN ||
                   toks[k - 1].tag == Tag::PRPS || toks[k - 1].tag == Tag::CD))
    --k;
  if (k == b || toks[k - 1].tag != Tag::IN) return false;
  // The clause's finite verb, before the preposition with no comma or other preposition between
  // ("a statement issued by the ministry of finance said today": "said" is the clause's own).
  size_t q = k - 1;
  while (q > b && !is_verb(toks[q - 1].tag) && toks[q - 1].tag != Tag::MD && toks[q - 1].tag != Tag::Comma &&
         toks[q - 1].tag != Tag::IN)
    --q;
  if (q == b) return false;
  if (!is_finite(toks[q - 1].tag)) return false;
  static const char* const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                     "sunday", "late", "early", "earlier", "last", "this", "yesterday", "today"};
  const Token& n = toks[i + 1];
  if (n.tag == Tag::IN || n.tag == Tag::Comma) return true;
  std::string l = base::lower_ascii(n.form);
  for (const char* d : days)
    if (l == d) return true;
  return false;
}

bool is_noun_or_pronoun(Tag t) { return t == Tag::PRP || is_noun(t); }

// A verb of speech ("said", "told") under its current tag.
bool speech_verb(const Token& t, const Resources& res) {
  return res.speech_verbs.count(lemmatize(t.form, t.tag, res)) > 0;
}

// A tag that opens a noun phrase: a determiner, a possessive, a number, an adjective or a noun.
bool object_start(Tag t) {
  return t == Tag::DT || t == Tag::PRPS || t == Tag::CD || t == Tag::PRP || is_adj(t) || is_noun(t);
}

// "Chinese troops encroached on Indian territory.": a form in -ed after its subject, with a
// preposition after it, reads as a participle describing the noun ("a report released on
// Monday"), but a sentence needs a finite verb: with no other verb or modal in the sentence
// [b, e), the form at `i` is that verb. Participles in -ing or -ed elsewhere are no finite verb
// ("prisoners rioted at a jail, setting fire to their beds"), nor is a verb of speech after a
// comma that follows the form: it attributes the sentence (", police said").
bool only_verb(const std::vector<Token>& toks, size_t b, size_t i, size_t e, const Resources& res) {
  bool comma = false;
  for (size_t k = b; k < e; ++k) {
    const Tag x = toks[k].tag;
    comma |= k > i && x == Tag::Comma;
    if (k == i || !(is_verb(x) || x == Tag::MD) || x == Tag::VBG || x == Tag::VBN) continue;
    if (comma && is_finite(x) && speech_verb(toks[k], res)) continue;
    return false;
  }
  return true;
}

// "responsible for bombing a convoy", "after meeting the president": a form in -ing right
// after a preposition, with a determiner, possessive or number opening the next noun phrase,
// is a gerund taking that phrase as its object; a noun in -ing is not followed by a second
// determiner ("the meeting", "a building" end their phrase). The form must be a verb's
// (WordNet finds its stem: "bombing", not "morning").
bool gerund_with_object(const std::vector<Token>& toks, size_t i, size_t e, Tag pt, const Resources& res) {
  const Token& t = toks[i];
  if (t.tag != Tag::NN || pt != Tag::IN || i + 1 >= e) return false;
  std::string low = base::lower_ascii(t.form);
  if (!low.ends_with("ing") || lemmatize(low, Tag::VBG, res) == low) return false;
  Tag nt = toks[i + 1].tag;
  return nt == Tag::DT || nt == Tag::PRPS || nt == Tag::CD;
}

// Whether the finite form at `j`, after a past form and its phrases, is the clause's verb. A
// past that could be a participle itself is only when nothing the clause still needs follows
// it: in "the board said in a memo released Friday that fees would rise" (a later "that" or
// finite verb), "released" describes the memo and "said" is the verb.
bool clause_verb(const std::vector<Token>& toks, size_t j, size_t e, const Resources& res) {
  if (toks[j].tag != Tag::VBD || !can_be_participle(toks[j], res)) return true;
  for (size_t k = j + 1; k < e; ++k) {
    if (is_finite(toks[k].tag) || is_form_of(toks[k], {"that"})) return false;
  }
  return true;
}

// "A jet shot down over the border crashed", "soldiers killed in the raid were buried": a past
// form right after the clause's subject noun, with only particles, adverbs, adjectives and
// prepositional phrases between it and a finite verb, is a participle describing the noun (a
// reduced relative clause); the finite verb is the clause's own. A bare noun phrase or pronoun
// between ("officials said Monday the army would") may be that verb's subject, and then the
// past form is the verb; so may a comma, a conjunction or a relative word, before the noun or
// after the past form.
bool reduced_relative_before_verb(const std::vector<Token>& toks, size_t b, size_t i, size_t e,
                                  const Resources& res) {
  const Token& t = toks[i];
  if (t.tag != Tag::VBD || i == b || i + 2 >= e || !can_be_participle(t, res)) return false;
  Tag before = toks[i - 1].tag;
  if (before != Tag::NN && before != Tag::NNS && before != Tag::NNP && before != Tag::NNPS) return false;
  for (size_t k = b; k < i; ++k)
    if (is_verb(toks[k].tag) || toks[k].tag == Tag::MD || toks[k].tag == Tag::Comma) return false;
  // "the village that troops shelled on Monday lies ...": a relative word or "that" before the
  // noun opens a clause whose subject the noun is, and the past form is that clause's verb.
  if (subject_after_relative_word(toks, b, i)) return false;
  Tag next = toks[i + 1].tag;
  if (next != Tag::RP && next != Tag::RB && next != Tag::IN && next != Tag::JJ) return false;
  bool in_phrase = false;  // inside a preposition's noun phrase
  bool headed = false;     // whose noun has come (a second phrase opening after it is an object)
  for (size_t j = i + 1; j < e; ++j) {
    Tag x = toks[j].tag;
    if (is_finite(x)) return j > i + 1 && clause_verb(toks, j, e, res);
    // "said on Monday that the army would": a conjunction opening a clause ends the search.
    if (x == Tag::IN && is_form_of(toks[j], {"that", "whether", "if", "because", "although", "though", "while",
                                             "as", "since", "after", "before", "when", "until", "unless", "once"}))
      return false;
    if (x == Tag::IN || x == Tag::TO) {
      in_phrase = true;
      headed = false;
      continue;
    }
    bool opens = x == Tag::DT || x == Tag::CD || x == Tag::PRPS || is_adj(x);
    if (opens && headed) return false;
    headed = headed || (in_phrase && is_noun(x));
    bool np_word = opens || x == Tag::POS || is_noun(x);
    if (np_word && in_phrase) continue;
    if (!in_phrase && (x == Tag::RP || is_adv(x) || is_adj(x))) continue;  // "shot down", "shot dead"
    return false;
  }
  return false;
}

// "agreed to a truce brokered by Qatar", "rejected a plan drafted by the envoys": a past form
// that can be a participle, right after the noun of its clause's object (the clause's finite
// verb before that noun phrase, at most a preposition between) and followed by "by" and a noun
// phrase that is no number ("rose by 5 percent"), is a participle describing that noun (a
// reduced passive relative): the clause has its verb. Not after a verb of speech with no
// preposition between, where the noun may open the reported clause as its subject.
bool passive_relative_on_object(const std::vector<Token>& toks, size_t b, size_t i, size_t e, const Resources& res) {
  if (i < b + 2 || i + 2 >= e || !is_form_of(toks[i + 1], {"by"}) || !can_be_participle(toks[i], res)) return false;
  Tag after_by = toks[i + 2].tag;
  if (!(after_by == Tag::DT || after_by == Tag::NNP || after_by == Tag::NNPS || after_by == Tag::PRPS ||
        after_by == Tag::JJ))
    return false;
  if (toks[i - 1].tag != Tag::NN && toks[i - 1].tag != Tag::NNS) return false;
  size_t k = i - 1;
  while (k > b && (toks[k - 1].tag == Tag::DT || is_adj(toks[k - 1].tag) || toks[k - 1].tag == Tag::NN ||
                   toks[k - 1].tag == Tag::PRPS || toks[k - 1].tag == Tag::CD))
    --k;
  if (k == b) return false;
  bool preposition = toks[k - 1].tag == Tag::IN || toks[k - 1].tag == Tag::TO;
  size_t v = preposition ? k - 1 : k;
  while (v > b && is_adv(toks[v - 1].tag)) --v;
  if (v == b || !is_finite(toks[v - 1].tag)) return false;
  return preposition || !speech_verb(toks[v - 1], res);
}

// "Army helicopter shot down by rebels", "two soldiers killed by a roadside bomb": headlines and
// quoted claims drop the passive's "be". A past form that can be a participle, right after its
// subject noun with no verb before it in the sentence, and followed (past particles and adverbs)
// by "by" and a noun phrase that is no number, is that passive's participle, the phrase its agent
// (an active past followed by "by" and a noun phrase, "played by the rules", is rare in the
// treebank: a handful against hundreds of participles).
bool headline_passive(const std::vector<Token>& toks, size_t b, size_t i, size_t e, const Resources& res) {
  const Token& t = toks[i];
  if (t.tag != Tag::VBD || i == b || !can_be_participle(t, res) || is_be_or_get(t)) return false;
  if (!is_noun(toks[i - 1].tag)) return false;
  for (size_t k = b; k < i; ++k)
    if (is_verb(toks[k].tag) || toks[k].tag == Tag::MD) return false;
  size_t j = i + 1;
  while (j < e && (toks[j].tag == Tag::RP || is_adv(toks[j].tag))) ++j;
  if (j + 1 >= e || !is_form_of(toks[j], {"by"})) return false;
  const Tag agent = toks[j + 1].tag;
  return agent == Tag::DT || agent == Tag::PRPS || is_adj(agent) || is_noun(agent);
}

// "a phone call he made": a present form without -s agrees with a plural or with "I", "you",
// "we", "they", never with a singular noun phrase opened by "a", "an", "each", "every" or
// "another"; a word read so right after such a phrase's singular noun is the phrase's own head.
bool head_of_singular_phrase(const std::vector<Token>& toks, size_t b, size_t i, const Resources& res) {
  if (toks[i].tag != Tag::VBP || i < b + 2 || !has_tag(toks[i], Tag::NN, res)) return false;
  if (is_form_of(toks[i], {"are", "have", "do", "'re", "'ve"})) return false;
  if (toks[i - 1].tag != Tag::NN && toks[i - 1].tag != Tag::NNP) return false;
  size_t k = i - 1;
  while (k > b && (toks[k - 1].tag == Tag::NN || toks[k - 1].tag == Tag::NNP || toks[k - 1].tag == Tag::CD ||
                   is_adj(toks[k - 1].tag)))
    --k;
  return k > b && toks[k - 1].tag == Tag::DT && is_form_of(toks[k - 1], {"a", "an", "each", "every", "another"});
}

// "..., and that helps the economy": "that" right after a coordinator, before a finite verb, is
// a demonstrative standing for what was said, not a relative pronoun (a relative follows the noun
// it describes), unless a relative word came before it in the sentence, which this "that" may
// repeat ("a plan that helps A and that hurts B").
bool demonstrative_after_conjunction(const std::vector<Token>& toks, size_t b, size_t i, size_t e) {
  const Token& t = toks[i];
  if (!is_form_of(t, {"that"}) || (t.tag != Tag::WDT && t.tag != Tag::IN) || i == b || i + 1 >= e) return false;
  if (toks[i - 1].tag != Tag::CC) return false;
  Tag next = toks[i + 1].tag;
  if (!(next == Tag::VBZ || next == Tag::VBD || next == Tag::VBP || next == Tag::MD)) return false;
  for (size_t k = b; k + 1 < i; ++k)
    if (toks[k].tag == Tag::WDT || toks[k].tag == Tag::WP) return false;
  return true;
}

// Contextual fixes for what a bigram model gets wrong: past tense against
// past participle (decided by the auxiliary to the left), plural nouns read
// as verbs before a verb, base forms after modals and "to".
void fix(std::vector<Token>& toks, size_t b, size_t e, const Resources& res) {
  for (size_t i = b; i < e; ++i) {
    Token& t = toks[i];
    size_t p = i;  // previous token, skipping adverbs
    while (p > b && (toks[p - 1].tag == Tag::RB || toks[p - 1].form == "n't")) --p;
    bool has_prev = p > b;
    const Token* prev = has_prev ? &toks[p - 1] : nullptr;
    Tag pt = has_prev ? prev->tag : Tag::Period;
    if ((pt == Tag::MD || pt == Tag::TO) && t.tag == Tag::VBP) t.tag = Tag::VB;
    // A bare verb right after a subject-only pronoun ("we strongly oppose")
    // is a present tense: "I", "we" and "they" are never the object that a
    // bare infinitive follows ("let them go").
    const bool after_subject_pronoun = pt == Tag::PRP && is_form_of(*prev, {"i", "we", "they"});
    if (t.tag == Tag::VB && after_subject_pronoun) t.tag = Tag::VBP;
    // "they detail how ...": no noun follows a subject pronoun; a word in lower case WordNet
    // knows as a verb is its present tense there, though the lexicon counted it only as a noun
    // (a capitalised one is a name's: "The We Company").
    if (t.tag == Tag::NN && after_subject_pronoun && std::islower(static_cast<unsigned char>(t.form[0])) &&
        res.wn_index[1].count(t.form))
      t.tag = Tag::VBP;
    bool aux_be_have = has_prev && (is_be_or_get(*prev) ||
                                    is_form_of(*prev, {"has", "have", "had", "having", "'ve", "'d"}));
    if (t.tag == Tag::VBD && aux_be_have) t.tag = Tag::VBN;
    // "had abducted": after "be" or "have", a word in -ed read as a noun is a regular verb's
    // participle when WordNet knows its base as a verb (the lexicon's counts can miss it).
    if (aux_be_have && is_noun(t.tag) && regular_past_of_verb(t, res)) t.tag = Tag::VBN;
    // "This helped Kenya": a demonstrative right before a verb stands alone as its noun phrase.
    const bool demonstrative_alone = pt == Tag::DT && is_form_of(*prev, {"this", "that", "these", "those"});
    if (t.tag == Tag::VBN && has_prev && !aux_be_have &&
        (is_noun_or_pronoun(pt) || demonstrative_alone) &&
        i + 1 < e && toks[i + 1].tag != Tag::IN && toks[i + 1].tag != Tag::Comma && can_be_past(t, res)) {
      // "crowds trashed its embassy", "he prepared to": a finite verb after its subject.
      // "Israel said Egyptian troops attacked militants": a verb of speech before the subject
      // opens a new clause ("that" left out) when the past form has an object of its own.
      bool clause_has_verb = false;
      for (size_t k = i; k-- > b;) {
        Tag x = toks[k].tag;
        if (x == Tag::Comma || x == Tag::IN || x == Tag::WDT || x == Tag::WP || x == Tag::CC) break;
        if (is_verb(x) || x == Tag::MD) {
          clause_has_verb = !(object_start(toks[i + 1].tag) && is_finite(x) && speech_verb(toks[k], res));
          break;
        }
      }
      if (!clause_has_verb) t.tag = Tag::VBD;
    }
    if (t.tag == Tag::VBN && has_prev && !aux_be_have && is_noun_or_pronoun(pt) && i + 1 < e &&
        toks[i + 1].tag == Tag::IN && base::lower_ascii(t.form).ends_with("ed") && only_verb(toks, b, i, e, res))
      t.tag = Tag::VBD;
    // ... and a past form after that subject is the clause's own verb, not a participle.
    if (t.tag == Tag::VBN && has_prev && !aux_be_have && is_noun_or_pronoun(pt) && can_be_past(t, res) &&
        subject_after_relative_word(toks, b, i))
      t.tag = Tag::VBD;
    if (t.tag == Tag::VBD && reduced_relative_in_phrase(toks, b, i, e, res)) t.tag = Tag::VBN;
    if (reduced_relative_before_verb(toks, b, i, e, res)) t.tag = Tag::VBN;
    if (t.tag == Tag::VBD && passive_relative_on_object(toks, b, i, e, res)) t.tag = Tag::VBN;
    if (headline_passive(toks, b, i, e, res)) t.tag = Tag::VBN;
    if (head_of_singular_phrase(toks, b, i, res)) t.tag = Tag::NN;
    if (t.tag == Tag::VBD && can_be_participle(t, res) && joined_to_passive(toks, b, i)) t.tag = Tag::VBN;
    if (t.tag == Tag::VBN && i + 1 < e && object_start(toks[i + 1].tag) && can_be_past(t, res) &&
        joined_to_past(toks, b, i))
      t.tag = Tag::VBD;
    // "The company branded the lawsuit ...": no adjective stands between a noun and a determiner
    // or possessive; a form in -ed there whose base is a verb is the subject's past tense.
    if (t.tag == Tag::JJ && has_prev && is_noun_or_pronoun(pt) && i + 1 < e &&
        (toks[i + 1].tag == Tag::DT || toks[i + 1].tag == Tag::PRPS) && regular_past_of_verb(t, res))
      t.tag = Tag::VBD;
    if (t.tag == Tag::VBZ && i + 1 < e && has_prev &&
        (pt == Tag::IN || pt == Tag::DT || pt == Tag::JJ || pt == Tag::PRPS || pt == Tag::CD) &&
        (is_verb(toks[i + 1].tag) || toks[i + 1].tag == Tag::MD) && has_tag(t, Tag::NNS, res))
      t.tag = Tag::NNS;
    // "volleyball crowds burned", "army attacks killed": after a noun, a word in -s that a
    // past form follows is the plural head of a compound, that past its verb (a verb in -s is
    // not followed by a bare past; the auxiliaries "has", "is" are no plural nouns).
    // A participle that modifies the next noun ("bans imported cars") is no such past.
    if (t.tag == Tag::VBZ && i + 1 < e && has_prev && (pt == Tag::NN || pt == Tag::NNP) &&
        !is_form_of(t, {"is", "has", "was", "does", "gets"}) && has_tag(t, Tag::NNS, res) &&
        (toks[i + 1].tag == Tag::VBD || toks[i + 1].tag == Tag::VBN) &&
        !(i + 2 < e && (is_noun(toks[i + 2].tag) || is_adj(toks[i + 2].tag))))
      t.tag = Tag::NNS;
    // "three assists": after a spelled-out number above one, a word in -s is a plural noun.
    if (numeral_plural_at(toks, static_cast<uint32_t>(i), static_cast<uint32_t>(b))) t.tag = Tag::NNS;
    if (gerund_with_object(toks, i, e, pt, res)) t.tag = Tag::VBG;
    if (t.tag == Tag::RB && is_form_of(t, {"about"}) && i + 1 < e && toks[i + 1].tag == Tag::TO) t.tag = Tag::IN;
    if (demonstrative_after_conjunction(toks, b, i, e)) t.tag = Tag::DT;
  }
}

}  // namespace

bool joined_to_passive(const std::vector<Token>& toks, size_t first, size_t i) {
  if (i < first + 3 || !is_form_of(toks[i - 1], {"and", "or"})) return false;
  size_t k = i - 1;
  while (k > first && (toks[k - 1].tag == Tag::RP || is_adv(toks[k - 1].tag))) --k;
  if (k < first + 2 || toks[k - 1].tag != Tag::VBN) return false;
  size_t a = k - 1;
  while (a > first && is_adv(toks[a - 1].tag)) --a;
  return a > first && is_be_or_get(toks[a - 1]);
}

bool joined_to_past(const std::vector<Token>& toks, size_t first, size_t i) {
  if (i < first + 3 || !is_form_of(toks[i - 1], {"and", "or", "but"})) return false;
  for (size_t k = i - 1; k-- > first;) {
    const Tag x = toks[k].tag;
    if (x == Tag::Colon || x == Tag::WDT || x == Tag::WP || x == Tag::CC) return false;
    if (is_verb(x) || x == Tag::MD) return x == Tag::VBD;
  }
  return false;
}

bool subject_after_relative_word(const std::vector<Token>& toks, size_t first, size_t i) {
  size_t k = i;
  while (k > first && (is_noun_or_pronoun(toks[k - 1].tag) || is_adj(toks[k - 1].tag) || toks[k - 1].tag == Tag::DT ||
                       toks[k - 1].tag == Tag::CD || toks[k - 1].tag == Tag::POS || toks[k - 1].tag == Tag::PRPS))
    --k;
  if (k == i || k == first) return false;
  const Token& w = toks[k - 1];
  return w.tag == Tag::WDT || w.tag == Tag::WP || is_form_of(w, {"that"});
}

void tag_sentence(std::vector<Token>& toks, const Sentence& s, const Resources& res) {
  const size_t b = s.first, e = s.last, n = e - b;
  if (n == 0) return;
  std::vector<Cands> cand(n);
  bool initial = true;
  for (size_t i = 0; i < n; ++i) {
    candidates(cand[i], toks[b + i], initial, res);
    const std::string& f = toks[b + i].form;
    initial = f == "``" || f == "`" || f == ":" || f == "--" || f == "-LRB-";
  }
  // Viterbi.
  std::vector<float> score(n * kMaxCand);
  std::vector<uint8_t> back(n * kMaxCand);
  const auto& T = res.trans;
  for (int k = 0; k < cand[0].n; ++k)
    score[k] = T[static_cast<int>(Tag::Period)][static_cast<int>(cand[0].tag[k])] + cand[0].emit[k];
  for (size_t i = 1; i < n; ++i) {
    const Cands& pc = cand[i - 1];
    const Cands& cc = cand[i];
    for (int k = 0; k < cc.n; ++k) {
      int to = static_cast<int>(cc.tag[k]);
      float best = -1e30f;
      int arg = 0;
      for (int j = 0; j < pc.n; ++j) {
        float v = score[(i - 1) * kMaxCand + j] + T[static_cast<int>(pc.tag[j])][to];
        if (v > best) {
          best = v;
          arg = j;
        }
      }
      score[i * kMaxCand + k] = best + cc.emit[k];
      back[i * kMaxCand + k] = static_cast<uint8_t>(arg);
    }
  }
  int arg = 0;
  float best = -1e30f;
  for (int k = 0; k < cand[n - 1].n; ++k) {
    if (score[(n - 1) * kMaxCand + k] > best) {
      best = score[(n - 1) * kMaxCand + k];
      arg = k;
    }
  }
  for (size_t i = n; i-- > 0;) {
    toks[b + i].tag = cand[i].tag[arg];
    arg = back[i * kMaxCand + arg];
  }
  fix(toks, b, e, res);
}

}  // namespace dyad::lang
