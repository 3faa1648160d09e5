// PDF reader: extracts the text of each page with poppler (reading order),
// pages joined by form feeds. The extracted text becomes the document's raw
// text so offsets stay meaningful; the hash stays that of the file bytes.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>
#include <string>

#include "doc/hash.h"
#include "ingest/decode.h"
#include "ingest/read.h"

namespace dyad::ingest {

namespace {

// poppler keeps global state; documents are read one at a time.
std::mutex g_poppler_mu;

void quiet_poppler(const std::string&, void*) {}

bool ends_with_eof_marker(const std::string& bytes) {
  size_t from = bytes.size() > 1024 ? bytes.size() - 1024 : 0;
  return bytes.find("%%EOF", from) != std::string::npos;
}

}  // namespace

bool read_pdf(Document& doc, std::string& err) {
  if (doc.hash.empty()) doc.hash = content_hash(doc.raw);
  if (doc.raw.rfind("%PDF-", 1024) == std::string::npos) {
    err = "not a PDF (no %PDF- header)";
    return false;
  }
  bool complete = ends_with_eof_marker(doc.raw);
  std::string text;
  {
    std::lock_guard<std::mutex> lock(g_poppler_mu);
    poppler::set_debug_error_function(quiet_poppler, nullptr);
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(doc.raw.data(), static_cast<int>(doc.raw.size())));
    if (!pdf) {
      err = complete ? "truncated or corrupt PDF (cannot be opened)"
                     : "truncated or corrupt PDF (file ends early)";
      return false;
    }
    if (pdf->is_locked()) {
      err = "encrypted PDF (password required)";
      return false;
    }
    int pages = pdf->pages();
    if (pages <= 0) {
      err = "truncated or corrupt PDF (no pages)";
      return false;
    }
    for (int i = 0; i < pages; ++i) {
      std::unique_ptr<poppler::page> page(pdf->create_page(i));
      if (i > 0) text += '\f';
      if (!page) continue;
      poppler::byte_array utf8 =
          page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
      std::string t(utf8.begin(), utf8.end());
      while (!t.empty() && (t.back() == '\n' || t.back() == ' ' || t.back() == '\f')) t.pop_back();
      text += t;
      // A small compressed file can hold pages of text past what 32-bit offsets reach.
      err = text_size_problem(text.size());
      if (!err.empty()) return false;
    }
  }
  if (is_blank(text)) {
    err = complete ? "PDF has no text layer (scanned images?)" : "truncated or corrupt PDF (no text)";
    return false;
  }
  if (!complete) doc.warnings.push_back("PDF truncated (no %%EOF): text may be incomplete");
  doc.raw = std::move(text);
  doc.norm.clear();
  decode_to_utf8(doc.raw, doc.norm, doc.norm_map, doc.warnings);
  return true;
}

}  // namespace dyad::ingest
