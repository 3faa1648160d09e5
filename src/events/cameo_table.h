// Dyad's CAMEO event code table (data/cameo/codes.tsv): short name, Goldstein
// weight and quad class per code, with lookups that fall back to the nearest
// listed parent code ("1712" unknown -> "171" -> "17").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "doc/values.h"

namespace dyad::events {

// The value `table` holds for the longest prefix (two digits or more) of the
// CAMEO code `code` ("1712" -> "171" -> "17"); nullptr when none.
const std::string* by_code_prefix(const std::unordered_map<std::string, std::string>& table, const std::string& code);

// Quad classes (per root code): the Document's type (doc/values.h).
using Quad = dyad::Quad;

struct CameoCode {
  std::string code;       // "0231"
  double goldstein = 0;   // -10 .. +10
  Quad quad = Quad::Neutral;
  std::string name;       // "Appeal for economic aid"
  std::string root() const { return code.substr(0, 2); }
};

class CameoTable {
 public:
  // Reads a table file (code<TAB>goldstein<TAB>quad<TAB>name; '#' comments).
  // Bad lines are skipped and counted; a missing file gives an empty table.
  static CameoTable load_file(const std::string& path);
  // The table shipped in data/cameo/codes.tsv, loaded once (thread-safe).
  static const CameoTable& builtin();

  // The entry for exactly this code, or nullptr.
  const CameoCode* find(std::string_view code) const;
  // The entry for this code or its nearest listed parent, or nullptr.
  const CameoCode* resolve(std::string_view code) const;
  // Goldstein weight / quad class of a code (via resolve); nullopt if unknown.
  std::optional<double> goldstein(std::string_view code) const;
  std::optional<Quad> quad(std::string_view code) const;

  size_t size() const { return codes_.size(); }
  size_t bad_lines() const { return bad_lines_; }
  const std::vector<CameoCode>& codes() const { return codes_; }

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
  size_t bad_lines_ = 0;
};

// True for a well-formed CAMEO code: 2 to 4 digits, root 01..20.
bool valid_cameo_code(std::string_view code);
// True for roots 17-20 (coerce, assault, fight, mass violence): acts that harm their target.
bool harm_code(std::string_view code);

}  // namespace dyad::events
