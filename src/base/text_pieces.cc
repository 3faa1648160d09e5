// Cutting a long text into pieces at paragraph, sentence or word breaks.
#include "base/text_pieces.h"

#include <cctype>

namespace dyad::base {

namespace {

constexpr size_t npos = std::string_view::npos;

size_t after_sentence_line(std::string_view w) {
  for (size_t nl = w.rfind('\n'); nl != npos && nl > 0; nl = w.rfind('\n', nl - 1))
    if (w[nl - 1] == '.' || w[nl - 1] == '?' || w[nl - 1] == '!') return nl;
  return npos;
}

size_t after_full_stop(std::string_view w) {
  for (size_t dot = w.rfind(". "); dot != npos && dot > 0; dot = w.rfind(". ", dot - 1))
    if (dot + 2 < w.size() && std::isupper(static_cast<unsigned char>(w[dot + 2]))) return dot + 1;
  return npos;
}

}  // namespace

size_t piece_cut(std::string_view text, size_t from, size_t piece) {
  if (from >= text.size() || text.size() - from < 2 * piece) return text.size();
  std::string_view window = text.substr(from + piece, piece);
  size_t at = window.rfind("\n\n");
  if (at == npos) at = after_sentence_line(window);
  if (at == npos) at = after_full_stop(window);
  if (at == npos) at = window.find_last_of(" \t\n");
  if (at == npos) return from + 2 * piece;
  return from + piece + at + 1;
}

}  // namespace dyad::base
