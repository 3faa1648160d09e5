// Tag repairs on the trained core's output (see tag_repairs.h).
#include "lang/tag_repairs.h"

#include "base/text.h"

#include <cctype>
#include <string>

namespace dyad::lang {

namespace {

bool has_tag(const LexEntry& e, Tag t) {
  for (const auto& [tag, p] : e.tags)
    if (tag == t) return true;
  return false;
}

// "China is committed to ...", "the town was damaged": the trained tagger
// follows EWT, which tags many participles after "be" as adjectives; the Penn
// Treebank, which the readers above expect, calls them VBN. A copula's
// predicate tagged JJ becomes VBN when the Penn lexicon has the word as a
// participle more often than as anything else, unless a degree adverb
// ("very", "so", "too", "more") or an infinitive ("determined to act") marks
// it as an adjective.
void participle_predicates(std::vector<Token>& tokens, const Sentence& s, const Resources& res) {
  for (uint32_t i = s.first; i < s.last; ++i) {
    Token& t = tokens[i];
    if (t.tag != Tag::JJ) continue;
    bool copula = false, degree = false;
    for (uint32_t k = s.first; k < s.last; ++k) {
      if (tokens[k].head != static_cast<int32_t>(i)) continue;
      const std::string& f = tokens[k].form;
      if (tokens[k].deprel == DepRel::cop && (f == "is" || f == "are" || f == "was" || f == "were" || f == "be" ||
                                             f == "been" || f == "being" || f == "'s" || f == "'re" || f == "am"))
        copula = true;
      if (tokens[k].deprel == DepRel::xcomp) degree = true;  // "determined to mend ties": an adjective
      if (tokens[k].deprel == DepRel::advmod && (f == "very" || f == "so" || f == "too" || f == "more" ||
                                                 f == "most" || f == "less" || f == "least" || f == "quite"))
        degree = true;
    }
    if (!copula || degree) continue;
    auto it = res.lexicon.find(t.form);
    if (it != res.lexicon.end() && it->second.top == Tag::VBN) t.tag = Tag::VBN;
  }
}

bool opens_noun_phrase(Tag t) {
  return t == Tag::NNP || t == Tag::NNPS || t == Tag::DT || t == Tag::PRP || t == Tag::NN || t == Tag::NNS ||
         t == Tag::JJ || t == Tag::PRPS;
}

// '"...," comments Robin Biesbroek', '"...," says veteran analyst X': in
// quotative inversion the word right after the closing quotation mark of a
// quotation ending in a comma (or "?" / "!") and before the speaker's noun
// phrase is the verb of saying. A word tagged as a noun there that the Penn
// lexicon knows as a verb form of the same shape (-s: VBZ, else VBD) is that verb.
void inverted_frame_verbs(std::vector<Token>& tokens, const Sentence& s, const Resources& res) {
  for (uint32_t i = s.first + 2; i + 1 < s.last; ++i) {
    Token& t = tokens[i];
    if ((t.tag != Tag::NN && t.tag != Tag::NNS) || tokens[i - 1].tag != Tag::RQuote) continue;
    const std::string& p = tokens[i - 2].form;
    if (p != "," && p != "?" && p != "!") continue;
    if (!opens_noun_phrase(tokens[i + 1].tag)) continue;
    auto it = res.lexicon.find(t.form);
    if (it == res.lexicon.end()) continue;
    Tag v = t.tag == Tag::NNS ? Tag::VBZ : Tag::VBD;
    if (has_tag(it->second, v)) t.tag = v;
  }
}

// "the American Music Awards": a capitalised plural noun that continues a
// run of proper nouns is part of the name, NNPS in the Penn Treebank.
void plural_name_words(std::vector<Token>& tokens, const Sentence& s) {
  for (uint32_t i = s.first + 1; i < s.last; ++i) {
    Token& t = tokens[i];
    if (t.tag == Tag::NNS && tokens[i - 1].tag == Tag::NNP && !t.form.empty() &&
        std::isupper(static_cast<unsigned char>(t.form[0])))
      t.tag = Tag::NNPS;
  }
}

// "three assists", "two sides": a verb in -s agrees with a singular subject (numeral_plural_at).
void numeral_plurals(std::vector<Token>& tokens, const Sentence& s) {
  for (uint32_t i = s.first + 1; i < s.last; ++i)
    if (numeral_plural_at(tokens, i, s.first)) tokens[i].tag = Tag::NNS;
}

}  // namespace

void repair_parsed_tags(std::vector<Token>& tokens, const Sentence& s, const Resources& res) {
  participle_predicates(tokens, s, res);
  inverted_frame_verbs(tokens, s, res);
  plural_name_words(tokens, s);
  numeral_plurals(tokens, s);
}

// "The European Space Agency", "Big Machine": the Penn Treebank tags every
// word of a proper name NNP, adjectives included, where EWT keeps them JJ. A
// capitalised adjective inside a name of two or more words that ends in a
// proper noun is NNP.
void repair_name_tags(Annotation& a) {
  for (const Name& n : a.names) {
    if (n.last - n.first < 2 || a.tokens[n.last - 1].tag != Tag::NNP) continue;
    for (uint32_t i = n.first; i + 1 < n.last; ++i) {
      Token& t = a.tokens[i];
      if (t.tag == Tag::JJ && !t.form.empty() && std::isupper(static_cast<unsigned char>(t.form[0]))) {
        t.tag = Tag::NNP;
        t.lemma = t.form;
      }
    }
  }
}

bool numeral_plural_at(const std::vector<Token>& tokens, uint32_t i, uint32_t first) {
  if (i <= first || tokens[i].tag != Tag::VBZ || !plural_numeral(tokens[i - 1].form)) return false;
  return i - 1 == first || !is_noun(tokens[i - 2].tag);
}

bool plural_numeral(std::string_view w) {
  static const char* const words[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
                                      "thousand", "dozens", "hundreds", "thousands"};
  std::string low = base::lower_ascii(w);
  for (const char* x : words)
    if (low == x) return true;
  return false;
}

}  // namespace dyad::lang
