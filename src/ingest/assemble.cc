// Joins the kept paragraphs into the clean text, mapping it to the raw bytes.
#include "ingest/assemble.h"

namespace dyad::ingest {

void assemble(Document& doc) {
  TextBuilder b;
  doc.text_paras.clear();
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
