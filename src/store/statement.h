// A prepared SQLite statement with RAII, typed binds and column reads.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace dyad::store {

class Statement {
 public:
  Statement(sqlite3* db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::string_view v);
  Statement& bind_blob(int i, std::string_view v);
  Statement& bind(int i, long long v);
  Statement& bind_real(int i, double v);
  Statement& bind_null(int i);
  // Steps once: true while a row is available.
  bool step();
  void reset();
  std::string text(int col) const;
  // The column's bytes, valid until the next step or reset.
  std::string_view view(int col) const;
  long long integer(int col) const;
  double real(int col) const;
  bool is_null(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

}  // namespace dyad::store
