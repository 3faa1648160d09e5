// Reads ISO 3166-2 subdivisions for the countries data/actors/subdivisions.txt
// lists (see subdivisions.h).
#include "actors/subdivisions.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "base/text.h"

namespace dyad::actors {

namespace {

const char* iso_dir() {
  const char* dir = std::getenv("DYAD_ISO_CODES_DIR");
  return dir ? dir : "/usr/share/iso-codes/json";
}

// alpha-2 -> alpha-3 for every ISO 3166-1 country.
std::map<std::string, std::string> alpha3_by_alpha2() {
  std::map<std::string, std::string> out;
  std::ifstream in(std::string(iso_dir()) + "/iso_3166-1.json");
  if (!in) return out;
  const auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.contains("3166-1")) return out;
  for (const auto& c : json.at("3166-1"))
    out[c.value("alpha_2", "")] = c.value("alpha_3", "");
  return out;
}

// The listed countries (alpha-3) and, for each, the subdivision types to read.
std::map<std::string, std::set<std::string>> listed_types() {
  std::map<std::string, std::set<std::string>> out;
  for (const auto& line : base::load_word_list("actors/subdivisions.txt")) {
    auto parts = base::bar_fields(line);
    for (size_t i = 1; i < parts.size(); ++i) out[parts[0]].insert(parts[i]);
  }
  return out;
}

// "Wales [Cymru GB-CYM]" -> "Wales"; names with a comma ("Adygeja,
// Respublika") are ISO's inverted forms that news copy never uses.
std::string plain_name(const std::string& name) {
  if (name.find(',') != std::string::npos) return "";
  return base::trim_ascii(name.substr(0, name.find(" [")));
}

std::string without_accents(const std::string& name) {
  static std::unique_ptr<icu::Transliterator> strip = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, st));
    return U_SUCCESS(st) ? std::move(t) : nullptr;
  }();
  if (!strip) return name;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
  strip->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<Subdivision> load_subdivisions(std::string& warning) {
  auto types = listed_types();
  auto a3 = alpha3_by_alpha2();
  std::ifstream in(std::string(iso_dir()) + "/iso_3166-2.json");
  if (types.empty()) return {};
  if (!in || a3.empty()) {
    warning = "iso-codes: iso_3166-2.json unreadable; no states or provinces";
    return {};
  }
  std::vector<Subdivision> out;
  std::map<std::string, int> seen;  // name -> how many listed countries use it
  const auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.contains("3166-2")) {
    warning = "iso-codes: iso_3166-2.json unreadable; no states or provinces";
    return {};
  }
  for (const auto& s : json.at("3166-2")) {
    if (s.contains("parent")) continue;  // first level only
    std::string code = s.value("code", "");
    std::string country = a3[code.substr(0, code.find('-'))];
    auto t = types.find(country);
    std::string name = plain_name(s.value("name", ""));
    if (t == types.end() || !t->second.count(s.value("type", "")) || name.empty()) continue;
    Subdivision sub{country, {name}};
    if (std::string bare = without_accents(name); bare != name) sub.names.push_back(bare);
    for (const auto& n : sub.names) ++seen[n];
    out.push_back(std::move(sub));
  }
  std::erase_if(out, [&](const Subdivision& s) { return seen[s.names.back()] > 1; });
  return out;
}

}  // namespace dyad::actors
