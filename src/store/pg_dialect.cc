// Rewrites the store's SQLite-dialect statements for PostgreSQL and FTS5
// queries as tsquery text (pg_dialect.h). Literals are copied untouched.
#include "store/pg_dialect.h"

#include <algorithm>
#include <cctype>

namespace dyad::store {

namespace {

bool ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The identifier `w` for PostgreSQL: `end` is reserved there (a column name
// here), json_each of an array is dyad_json_each (pg_schema.h), and LIKE is
// ILIKE (SQLite's LIKE ignores ASCII case).
std::string pg_word(const std::string& w, bool qualified) {
  if (qualified) return w;
  if (w == "end") return "\"end\"";
  if (w == "json_each") return "dyad_json_each";
  if (w == "LIKE") return "ILIKE";
  return w;
}

}  // namespace

PgSql to_postgres(std::string_view s) {
  PgSql out;
  int anonymous = 0;
  char prev = ' ';  // last non-space character copied
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '\'' || c == '"') {  // literal or quoted identifier, '' / "" doubled inside
      size_t j = i + 1;
      while (j < s.size() && !(s[j] == c && (j + 1 >= s.size() || s[j + 1] != c))) j += s[j] == c ? 2 : 1;
      j = std::min(s.size(), j + 1);
      out.sql.append(s.substr(i, j - i));
      prev = c;
      i = j;
    } else if (c == '?') {
      size_t j = i + 1;
      int n = 0;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) n = n * 10 + (s[j++] - '0');
      if (j == i + 1) n = ++anonymous;
      else anonymous = std::max(anonymous, n);
      auto at = std::find(out.params.begin(), out.params.end(), n);
      if (at == out.params.end()) at = out.params.insert(out.params.end(), n);
      out.sql += '$' + std::to_string(at - out.params.begin() + 1);
      prev = '0';
      i = j;
    } else if (ident_start(c)) {
      size_t j = i;
      while (j < s.size() && ident_char(s[j])) ++j;
      out.sql += pg_word(std::string(s.substr(i, j - i)), prev == '.');
      prev = 'a';
      i = j;
    } else {
      out.sql += c;
      if (!std::isspace(static_cast<unsigned char>(c))) prev = c;
      ++i;
    }
  }
  return out;
}

namespace {

// `text` as one quoted tsquery operand (the text parser splits it into the
// same lexemes as the documents; several are joined by <->).
std::string operand(const std::string& text, bool prefix) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += "''";
    else if (c == '\\') out += "\\\\";
    else out += c;
  }
  out += '\'';
  if (prefix) out += ":*";
  return out;
}

bool has_word_char(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); });
}

}  // namespace

std::optional<std::string> tsquery_from_fts5(const std::string& q) {
  std::string out;
  int depth = 0;
  bool want_operand = true;  // at the start, after an operator or '('
  std::string pending_op;    // operator before the next operand ("&" when implicit)
  auto put_operand = [&](const std::string& text) {
    if (!want_operand) out += " & ";
    else if (!pending_op.empty()) out += pending_op;
    pending_op.clear();
    out += text;
    want_operand = false;
  };
  for (size_t i = 0; i < q.size();) {
    char c = q[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '(') {
      if (!want_operand) out += " & ";
      out += pending_op + "(";
      pending_op.clear();
      ++depth;
      want_operand = true;
      ++i;
    } else if (c == ')') {
      if (want_operand || depth == 0) return std::nullopt;
      out += ")";
      --depth;
      ++i;
    } else if (c == '"') {
      size_t j = i + 1;
      std::string phrase;
      for (; j < q.size(); ++j) {
        if (q[j] == '"') {
          if (j + 1 < q.size() && q[j + 1] == '"') { phrase += '"'; ++j; continue; }
          break;
        }
        phrase += q[j];
      }
      if (j >= q.size()) return std::nullopt;  // unterminated
      bool prefix = j + 1 < q.size() && q[j + 1] == '*';
      i = j + 1 + (prefix ? 1 : 0);
      if (has_word_char(phrase)) put_operand(operand(phrase, prefix));
    } else {
      size_t j = i;
      while (j < q.size() && !std::isspace(static_cast<unsigned char>(q[j])) && q[j] != '(' && q[j] != ')' && q[j] != '"') ++j;
      std::string w = q.substr(i, j - i);
      i = j;
      if (w == "AND" || w == "OR" || w == "NOT") {
        if (want_operand) return std::nullopt;
        pending_op = w == "AND" ? " & " : w == "OR" ? " | " : " & !";
        want_operand = true;
        out += "";
        continue;
      }
      bool prefix = w.size() > 1 && w.back() == '*';
      if (prefix) w.pop_back();
      // FTS5 barewords are letters, digits, '_' and non-ASCII; anything else
      // is a syntax error there.
      for (char ch : w)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || (ch & 0x80))) return std::nullopt;
      if (has_word_char(w)) put_operand(operand(w, prefix));
    }
  }
  if (depth != 0 || (want_operand && !pending_op.empty())) return std::nullopt;
  return out;
}

std::string tsquery_words(const std::string& q, bool prefix) {
  std::string out, word;
  auto flush = [&] {
    if (has_word_char(word)) out += (out.empty() ? "" : " & ") + operand(word, prefix);
    word.clear();
  };
  for (char c : q) {
    if (std::isspace(static_cast<unsigned char>(c))) flush();
    else word += c;
  }
  flush();
  return out;
}

std::string tsquery_text(const std::string& q) {
  auto t = tsquery_from_fts5(q);
  return t ? *t : tsquery_words(q);
}

}  // namespace dyad::store
