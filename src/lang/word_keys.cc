// Word attributes for the tagger and parser features.
#include "lang/word_keys.h"

#include <string>

#include "lang/perceptron.h"

namespace dyad::lang {

namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

char shape_char(unsigned char c) {
  if (is_upper(c)) return 'X';
  if (is_lower(c) || c >= 0x80) return 'x';
  if (is_digit(c)) return 'd';
  return static_cast<char>(c);
}

// Numbers become a class: "1999" and "2005" look alike, so do "3.5" and "12.75".
std::string normalise_number(std::string_view w) {
  bool digits = false, letters = false;
  for (unsigned char c : w) {
    digits |= is_digit(c);
    letters |= is_upper(c) || is_lower(c);
  }
  if (!digits || letters) return std::string(w);
  if (w.size() == 4 && (w[0] == '1' || w[0] == '2')) return "!YEAR";
  std::string s(w);
  for (char& c : s)
    if (is_digit(static_cast<unsigned char>(c))) c = '0';
  return s.size() > 8 ? "!LONGNUM" : s;
}

}  // namespace

WordKeys word_keys(std::string_view form) {
  WordKeys k;
  std::string norm = normalise_number(form);
  std::string low = norm;
  bool any_lower = false, any_upper = false;
  for (char& c : low) {
    unsigned char u = static_cast<unsigned char>(c);
    any_upper |= is_upper(u);
    any_lower |= is_lower(u);
    if (is_upper(u)) c = static_cast<char>(c - 'A' + 'a');
    if (is_digit(u)) k.flags |= kDigit;
    if (c == '-') k.flags |= kHyphen;
  }
  if (!form.empty() && is_upper(static_cast<unsigned char>(form[0]))) k.flags |= kCapital;
  k.punct = !form.empty();
  for (unsigned char c : form) k.punct = k.punct && !is_upper(c) && !is_lower(c) && !is_digit(c) && c < 0x80;
  if (any_upper && !any_lower) k.flags |= kAllCaps;
  k.form = hash_string(norm);
  k.lower = hash_string(low);
  std::string_view l = low;
  k.prefix = hash_string(l.substr(0, 1));
  k.prefix3 = hash_string(l.substr(0, 3));
  size_t hy = l.rfind('-');
  if (hy != std::string_view::npos && hy > 0 && hy + 1 < l.size()) k.tail = hash_string(l.substr(hy + 1));
  k.suffix2 = hash_string(l.substr(l.size() > 2 ? l.size() - 2 : 0));
  k.suffix3 = hash_string(l.substr(l.size() > 3 ? l.size() - 3 : 0));
  k.suffix4 = hash_string(l.substr(l.size() > 4 ? l.size() - 4 : 0));
  std::string shape;
  for (unsigned char c : form) {
    char s = shape_char(c);
    if (shape.size() >= 2 && shape.back() == s && shape[shape.size() - 2] == s) continue;
    shape.push_back(s);
    if (shape.size() > 12) break;
  }
  k.shape = hash_string(shape);
  return k;
}

std::vector<WordKeys> word_keys(const std::vector<std::string_view>& forms) {
  std::vector<WordKeys> out;
  out.reserve(forms.size());
  for (auto f : forms) out.push_back(word_keys(f));
  return out;
}

WordKeys boundary_keys(int which) {
  static const WordKeys kKeys[3] = {word_keys("<S>"), word_keys("</S>"), word_keys("<ROOT>")};
  return kKeys[which < 0 || which > 2 ? 0 : which];
}

}  // namespace dyad::lang
