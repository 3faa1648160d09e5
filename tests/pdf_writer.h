// Test helper: writes small, valid PDF files by hand (one text object per
// line, Helvetica, correct xref table), so PDF tests need no fixture binaries.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace dyad::testing {

// A PDF whose pages hold the given lines of text (ASCII; parentheses and
// backslashes are escaped).
inline std::string make_pdf(const std::vector<std::vector<std::string>>& pages) {
  std::vector<std::string> objs;  // objects 1..n
  size_t n_pages = pages.size();
  // 1 catalog, 2 page tree, 3 font, then (page, content) pairs.
  objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (size_t i = 0; i < n_pages; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n_pages) + " >>");
  objs.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  for (size_t i = 0; i < n_pages; ++i) {
    objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents " +
                   std::to_string(5 + 2 * i) + " 0 R >>");
    std::string stream = "BT /F1 11 Tf 14 TL 72 720 Td\n";
    for (const auto& line : pages[i]) {
      std::string esc;
      for (char c : line) {
        if (c == '(' || c == ')' || c == '\\') esc += '\\';
        esc += c;
      }
      stream += "(" + esc + ") Tj T*\n";
    }
    stream += "ET";
    objs.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                   "\nendstream");
  }
  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace dyad::testing
