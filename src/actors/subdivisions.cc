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

// The listed countries (alpha-3) and, for each, the subdivision types to read, the names
// ("-Delta") to leave out and the words news copy writes after a name ("+State": "Kano State").
struct Listed {
  std::set<std::string> types, left_out, suffixes;
};
std::map<std::string, Listed> listed_types() {
  std::map<std::string, Listed> out;
  for (const auto& line : base::load_word_list("actors/subdivisions.txt")) {
    auto parts = base::bar_fields(line);
    for (size_t i = 1; i < parts.size(); ++i) {
      Listed& l = out[parts[0]];
      if (parts[i].starts_with('-')) l.left_out.insert(parts[i].substr(1));
      else if (parts[i].starts_with('+')) l.suffixes.insert(parts[i].substr(1));
      else l.types.insert(parts[i]);
    }
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

std::vector<Subdivision> load_subdivisions(const std::map<std::string, std::string>& alpha3_by_alpha2,
                                           std::string& warning) {
  auto types = listed_types();
  if (types.empty()) return {};
  const char* path = std::getenv("DYAD_ISO_3166_2");
  std::ifstream in(path ? path : "/usr/share/iso-codes/json/iso_3166-2.json");
  const auto json = in ? nlohmann::json::parse(in, nullptr, false) : nlohmann::json(nlohmann::json::value_t::discarded);
  if (json.is_discarded() || !json.contains("3166-2")) {
    warning = "iso-codes: iso_3166-2.json unreadable; no states or provinces";
    return {};
  }
  std::vector<Subdivision> out;
  std::map<std::string, int> seen;  // name -> how many listed countries use it
  for (const auto& s : json.at("3166-2")) {
    if (s.contains("parent")) continue;  // first level only
    std::string code = s.value("code", "");
    auto a3 = alpha3_by_alpha2.find(code.substr(0, code.find('-')));
    auto t = a3 == alpha3_by_alpha2.end() ? types.end() : types.find(a3->second);
    std::string name = plain_name(s.value("name", ""));
    if (t == types.end() || !t->second.types.count(s.value("type", "")) || name.empty() ||
        t->second.left_out.count(name))
      continue;
    Subdivision sub{a3->second, {name}};
    if (std::string bare = without_accents(name); bare != name) sub.names.push_back(bare);
    for (const auto& n : sub.names) ++seen[n];
    out.push_back(std::move(sub));
  }
  std::erase_if(out, [&](const Subdivision& s) { return seen[s.names.back()] > 1; });
  for (Subdivision& sub : out) {
    const size_t plain = sub.names.size();
    for (const std::string& suffix : types[sub.country].suffixes)
      for (size_t k = 0; k < plain; ++k) sub.names.push_back(sub.names[k] + " " + suffix);
  }
  return out;
}

}  // namespace dyad::actors
