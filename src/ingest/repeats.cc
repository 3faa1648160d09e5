// Repeated blocks: later copies of a paragraph already seen in the document
// are marked Repeated. Short paragraphs (a lone word, a date) are exempt,
// since those repeat legitimately.
#include "ingest/repeats.h"

#include <string>
#include <unordered_set>

#include "base/text.h"

namespace dyad::ingest {

namespace {

// Lower-cased letters and digits only, so spacing and punctuation differences
// do not hide a repeat.
std::string fingerprint(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 'A' && u <= 'Z') r += static_cast<char>(u | 0x20);
    else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) r += c;
  }
  return r;
}

}  // namespace

void mark_repeats(Document& doc) {
  std::unordered_set<std::string> seen;
  for (auto& p : doc.paras) {
    if (!para_kind_kept(p.kind)) continue;
    std::string f = fingerprint(doc.para_text(p));
    if (f.size() < 24) continue;
    if (!seen.insert(f).second) p.kind = ParaKind::Repeated;
  }
}

}  // namespace dyad::ingest
