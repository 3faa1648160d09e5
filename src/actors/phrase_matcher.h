// A compiled multi-pattern matcher for dictionary phrases: many literal byte
// strings compiled once (Hyperscan) into an immutable database that several
// threads scan at the same time. Built without Hyperscan, ok() is false and
// callers use their own lookup.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::actors {

class PhraseMatcher {
 public:
  // Compiles the literal `patterns`; a pattern's id is its index.
  explicit PhraseMatcher(const std::vector<std::string>& patterns);
  ~PhraseMatcher();
  PhraseMatcher(const PhraseMatcher&) = delete;
  PhraseMatcher& operator=(const PhraseMatcher&) = delete;

  bool ok() const { return db_ != nullptr; }
  const std::string& error() const { return error_; }
  size_t size() const { return count_; }

  // Calls on_match(ctx, id, end) for every occurrence of every pattern in
  // `text` (`end` = byte offset just past it). Thread-safe.
  using Callback = void (*)(void* ctx, uint32_t id, size_t end);
  void scan(std::string_view text, Callback on_match, void* ctx) const;

  // "hyperscan" or "none".
  static const char* engine();

 private:
  void* db_ = nullptr;  // hs_database_t*
  size_t count_ = 0;
  std::string error_;
};

}  // namespace dyad::actors
