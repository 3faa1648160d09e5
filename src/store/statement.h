// A prepared statement with RAII, typed binds and column reads, on either
// back end (connection.h). SQL is written in the SQLite dialect.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "store/connection.h"

namespace dyad::store {

class Statement {
 public:
  Statement(Connection* db, const char* sql) : st_(db->prepare(sql)) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::string_view v) { st_->bind_text(i, v); return *this; }
  Statement& bind_blob(int i, std::string_view v) { st_->bind_blob(i, v); return *this; }
  Statement& bind(int i, long long v) { st_->bind_int(i, v); return *this; }
  Statement& bind_real(int i, double v) { st_->bind_real(i, v); return *this; }
  Statement& bind_null(int i) { st_->bind_null(i); return *this; }
  // Steps once: true while a row is available.
  bool step() { return st_->step(); }
  void reset() { st_->reset(); }
  std::string text(int col) const { return std::string(st_->view(col)); }
  // The column's bytes, valid until the next step or reset.
  std::string_view view(int col) const { return st_->view(col); }
  long long integer(int col) const { return st_->integer(col); }
  double real(int col) const { return st_->real(col); }
  bool is_null(int col) const { return st_->is_null(col); }
  ColumnKind kind(int col) const { return st_->kind(col); }
  // Binds parameter `i` to column `col` of `from`'s current row, keeping its kind.
  Statement& bind_column(int i, const Statement& from, int col) {
    switch (from.kind(col)) {
      case ColumnKind::Null: return bind_null(i);
      case ColumnKind::Integer: return bind(i, from.integer(col));
      case ColumnKind::Real: return bind_real(i, from.real(col));
      case ColumnKind::Text: return bind(i, from.view(col));
      case ColumnKind::Blob: return bind_blob(i, from.view(col));
    }
    return *this;
  }

 private:
  std::unique_ptr<StatementImpl> st_;
};

}  // namespace dyad::store
