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

bool has(std::string_view w, size_t at, std::string_view what) { return w.substr(at, what.size()) == what; }

// After the last sentence-final mark (. ? !) that a space and a capital
// follow, or a space, an opening quotation mark and a capital: a piece cut
// there seldom starts inside a quotation (whose marks would then pair the
// wrong way round, and its quotations be lost).
size_t after_sentence_end(std::string_view w) {
  for (size_t sp = w.rfind(' '); sp != npos && sp > 0; sp = w.rfind(' ', sp - 1)) {
    char mark = w[sp - 1];
    if (mark != '.' && mark != '?' && mark != '!') continue;
    size_t k = sp + 1;
    if (k < w.size() && (w[k] == '"' || w[k] == '\'')) k += 1;
    else if (has(w, k, "\xE2\x80\x9C") || has(w, k, "\xE2\x80\x98")) k += 3;  // “ ‘
    if (k < w.size() && std::isupper(static_cast<unsigned char>(w[k]))) return sp;
  }
  return npos;
}

}  // namespace

size_t piece_cut(std::string_view text, size_t from, size_t piece) {
  if (from >= text.size() || text.size() - from < 2 * piece) return text.size();
  std::string_view window = text.substr(from + piece, piece);
  size_t at = window.rfind("\n\n");
  if (at == npos) at = after_sentence_line(window);
  if (at == npos) at = after_sentence_end(window);
  if (at == npos) at = window.find_last_of(" \t\n");
  if (at == npos) return from + 2 * piece;
  return from + piece + at + 1;
}

}  // namespace dyad::base
