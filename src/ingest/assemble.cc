// Joins the kept paragraphs into the clean text, mapping it to the raw bytes.
#include "ingest/assemble.h"

#include <algorithm>

namespace dyad::ingest {

void assemble(Document& doc) {
  TextBuilder b;
  doc.text_paras.clear();
  // Reserved from a count, not doubled (a text of short lines has a paragraph
  // every few bytes): a paragraph and the blank line before it are two segments.
  size_t kept = static_cast<size_t>(std::count_if(doc.paras.begin(), doc.paras.end(),
                                                  [](const Paragraph& p) { return para_kind_kept(p.kind); }));
  doc.text_paras.reserve(kept);
  b.reserve(doc.norm.size() + 2 * kept, 2 * kept);
  for (const auto& p : doc.paras) {
    if (!para_kind_kept(p.kind)) continue;
    if (!b.empty()) b.emit("\n\n", p.span.start, 0);
    size_t s = b.size();
    b.copy(doc.norm, p.span.start, p.span.size());
    doc.text_paras.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(b.size())});
  }
  OffsetMap m = b.take_map();
  doc.text = b.take_text();
  doc.text_map = OffsetMap::compose(m, doc.norm_map);
}

}  // namespace dyad::ingest
