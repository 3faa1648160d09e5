// Names of the Universal Dependencies part-of-speech tags and relations.
#include "lang/ud_labels.h"

namespace dyad::lang {

namespace {
constexpr const char* kUposNames[kUposCount] = {"ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET",
                                                "INTJ", "NOUN", "NUM",   "PART",  "PRON",  "PROPN",
                                                "PUNCT", "SCONJ", "SYM", "VERB",  "X"};
constexpr const char* kDepNames[kDepRelCount] = {
    "_",         "acl",        "acl:relcl",   "advcl",      "advcl:relcl", "advmod",      "amod",
    "appos",     "aux",        "aux:pass",    "case",       "cc",          "cc:preconj",  "ccomp",
    "compound",  "compound:prt", "conj",      "cop",        "csubj",       "csubj:outer", "csubj:pass",
    "dep",       "det",        "det:predet",  "discourse",  "dislocated",  "expl",        "fixed",
    "flat",      "flat:foreign", "goeswith",  "iobj",       "list",        "mark",        "nmod",
    "nmod:desc", "nmod:npmod", "nmod:poss",   "nmod:tmod",  "nmod:unmarked", "nsubj",     "nsubj:outer",
    "nsubj:pass", "nummod",    "obj",         "obl",        "obl:agent",   "obl:npmod",   "obl:tmod",
    "obl:unmarked", "orphan",  "parataxis",   "punct",      "reparandum",  "root",        "vocative",
    "xcomp"};

bool find_name(std::string_view name, const char* const* names, int n, int& out) {
  for (int i = 0; i < n; ++i) {
    if (name == names[i]) {
      out = i;
      return true;
    }
  }
  return false;
}
}  // namespace

const char* upos_name(Upos u) {
  int i = static_cast<int>(u);
  return i >= 0 && i < kUposCount ? kUposNames[i] : "X";
}

bool parse_upos(std::string_view name, Upos& out) {
  int i = 0;
  if (!find_name(name, kUposNames, kUposCount, i)) return false;
  out = static_cast<Upos>(i);
  return true;
}

const char* deprel_name(DepRel r) {
  int i = static_cast<int>(r);
  return i >= 0 && i < kDepRelCount ? kDepNames[i] : "_";
}

bool parse_deprel(std::string_view name, DepRel& out) {
  int i = 0;
  if (find_name(name, kDepNames, kDepRelCount, i) && i > 0) {
    out = static_cast<DepRel>(i);
    return true;
  }
  size_t colon = name.find(':');
  if (colon == std::string_view::npos) return false;
  return parse_deprel(name.substr(0, colon), out);
}

}  // namespace dyad::lang
