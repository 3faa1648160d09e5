// Reads TABARI/PETRARCH actor and agent dictionaries into a Dictionary.
#include "actors/petrarch_dict.h"
#include "actors/agents.h"
#include "base/text.h"

#include <algorithm>
#include <cstring>
#include <fstream>

namespace dyad::actors {

namespace {

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Reads lines with `<!-- ... -->` blocks and `#` comments removed.
class Lines {
 public:
  explicit Lines(std::istream& in) : in_(in) {}
  bool next(std::string& out) {
    std::string line;
    while (std::getline(in_, line)) {
      ++number;
      std::string kept;
      size_t i = 0;
      while (i < line.size()) {
        if (in_comment_) {
          size_t e = line.find("-->", i);
          if (e == std::string::npos) { i = line.size(); break; }
          in_comment_ = false;
          i = e + 3;
          continue;
        }
        size_t c = line.find("<!--", i);
        size_t h = line.find('#', i);
        if (h != std::string::npos && (c == std::string::npos || h < c)) {
          kept += line.substr(i, h - i);
          break;
        }
        if (c == std::string::npos) {
          kept += line.substr(i);
          break;
        }
        kept += line.substr(i, c - i);
        in_comment_ = true;
        i = c + 4;
      }
      out = kept;
      return true;
    }
    return false;
  }
  size_t number = 0;

 private:
  std::istream& in_;
  bool in_comment_ = false;
};

// Splits "NAME [A] [B >x]" into the name part and the bracket contents.
std::string split_codes(const std::string& line, std::vector<std::string>& codes) {
  std::string name;
  size_t i = 0;
  while (i < line.size()) {
    size_t o = line.find('[', i);
    if (o == std::string::npos) {
      name += line.substr(i);
      break;
    }
    name += line.substr(i, o - i);
    size_t c = line.find(']', o);
    if (c == std::string::npos) break;
    codes.push_back(base::trim_ascii(std::string_view(line).substr(o + 1, c - o - 1)));
    i = c + 1;
  }
  return base::trim_ascii(name);
}

// A dictionary name ("VLADIMIR_V._PUTIN_", "ISLAMIC_ARMY_OF_ADEN_(IAA)_") as
// space-separated words, parenthesised parts dropped.
std::vector<std::string> name_words(const std::string& raw) {
  std::vector<std::string> words;
  std::string w;
  int depth = 0;
  for (char c : raw) {
    if (c == '(') { ++depth; continue; }
    if (c == ')') { if (depth) --depth; continue; }
    if (depth) continue;
    if (c == '_' || c == ' ' || c == '\t' || c == '+') {
      if (!w.empty()) words.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

// Title case after a word start, '-', '.', '\'' ("BAN KI-MOON" -> "Ban Ki-Moon").
std::string title_case(const std::string& w) {
  std::string out = w;
  bool start = true;
  for (char& c : out) {
    if (is_letter(c)) {
      if (start) c = (c >= 'a' && c <= 'z') ? char(c - 32) : c;
      else c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
      start = false;
    } else {
      start = c == '-' || c == '.' || c == '\'' || c == '/';
    }
  }
  return out;
}

// The phrase as the matcher sees it: words title-cased (so text needs a
// capital, as in news copy), a lone short acronym kept upper case
// ("UN", "US": exact case), a leading "the" dropped.
std::string phrase_of(const std::vector<std::string>& words) {
  size_t from = (words.size() > 1 && base::upper_ascii(words[0]) == "THE") ? 1 : 0;
  if (from >= words.size()) return "";
  if (words.size() - from == 1) {
    size_t letters = 0;
    for (char c : words[from]) letters += is_letter(c);
    if (letters <= 3 || words[from].find('.') != std::string::npos) return base::upper_ascii(words[from]);
  }
  std::string p;
  for (size_t i = from; i < words.size(); ++i) {
    if (i > from) p += ' ';
    p += title_case(words[i]);
  }
  return p;
}

std::string display_of(const std::vector<std::string>& words) {
  std::string p;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) p += ' ';
    p += title_case(words[i]);
  }
  return p;
}

struct Code {
  std::string code, from, to;
  bool dated = false;
};

struct Block {
  std::vector<std::vector<std::string>> names;  // words of each name
  std::vector<Code> codes;
  size_t line = 0;
};

void add_block(const Block& b, Dictionary& dict, PetrarchStats& st) {
  if (b.names.empty() || b.codes.empty()) return;
  std::vector<std::string> phrases;
  for (const auto& w : b.names) {
    std::string p = phrase_of(w);
    if (!p.empty() && std::find(phrases.begin(), phrases.end(), p) == phrases.end()) phrases.push_back(p);
  }
  if (phrases.empty()) return;
  std::string display = display_of(b.names.front());
  bool person = false;
  for (const auto& c : b.codes) person |= c.dated;
  // Dated roles first, the undated (default) code last: the recogniser
  // takes the first role held on the document's date.
  std::vector<const Code*> order;
  for (const auto& c : b.codes)
    if (c.dated) order.push_back(&c);
  for (const auto& c : b.codes)
    if (!c.dated) order.push_back(&c);
  for (const Code* c : order) {
    Entry e;
    e.code = c->code;
    e.name = display;
    std::string prefix = c->code.substr(0, 3);
    std::string rest = c->code.size() > 3 ? c->code.substr(3) : "";
    bool intl = prefix == "IGO" || prefix == "NGO" || prefix == "MNC" || prefix == "IMG" || prefix == "UIS" ||
                prefix == "NGM";
    if (person) {
      e.type = EntryType::Person;
      e.kind = "person";
      e.country = intl ? "" : prefix;
      e.role = agent_kind(rest);
      e.from = c->from;
      e.to = c->to;
    } else if (c->code.size() == 3) {
      e.type = EntryType::Country;
      e.kind = "country";
      e.country = c->code;
    } else if (prefix == "IMG" || agent_kind(rest) == "armed group") {
      e.type = EntryType::Group;
      e.kind = "armed group";
      e.country = intl ? "" : prefix;
    } else {
      e.type = EntryType::Organisation;
      e.kind = prefix == "IGO" ? "igo" : prefix == "NGO" ? "ngo" : prefix == "MNC" ? "business" : agent_kind(rest);
      if (e.kind.empty()) e.kind = "organisation";
      e.country = intl ? "" : prefix;
    }
    dict.add(e, phrases);
  }
  ++st.actors;
  st.phrases += phrases.size();
}

// "RUSGOV >080508" -> code, dates.
bool parse_code(const std::string& s, Code& c) {
  std::vector<std::string> parts;
  for (const auto& w : name_words(s)) parts.push_back(w);
  if (parts.empty()) return false;
  c.code = base::upper_ascii(parts[0]);
  if (!c.code.empty() && c.code[0] == '~') c.code.erase(0, 1);
  if (c.code.empty()) return false;
  if (parts.size() < 2) return true;
  std::string d = parts[1];
  if ((d == ">" || d == "<") && parts.size() > 2) d += parts[2];  // "[EGYGOV > 140608]"
  if (d[0] == '>' || d[0] == '<') {
    std::string date = petrarch_date(d.substr(1));
    if (date.empty()) return false;
    (d[0] == '>' ? c.from : c.to) = date;
  } else {
    size_t dash = d.find('-');
    if (dash == std::string::npos) return false;
    c.from = petrarch_date(d.substr(0, dash));
    c.to = petrarch_date(d.substr(dash + 1));
    if (c.from.empty() || c.to.empty()) return false;
  }
  c.dated = true;
  return true;
}

std::string regular_plural(const std::string& w) {
  if (w.empty()) return w;
  std::string u = base::upper_ascii(w);
  auto ends = [&](const char* s) { return u.size() >= strlen(s) && u.compare(u.size() - strlen(s), strlen(s), s) == 0; };
  if (ends("S") || ends("X") || ends("Z") || ends("CH") || ends("SH")) return w + "ES";
  if (ends("Y") && u.size() > 1 && std::string("AEIOU").find(u[u.size() - 2]) == std::string::npos)
    return w.substr(0, w.size() - 1) + "IES";
  if (ends("MAN")) return w.substr(0, w.size() - 3) + "MEN";
  return w + "S";
}

}  // namespace

std::string petrarch_date(const std::string& s) {
  for (char c : s)
    if (c < '0' || c > '9') return "";
  std::string y, m, d;
  if (s.size() == 8) {
    y = s.substr(0, 4), m = s.substr(4, 2), d = s.substr(6, 2);
  } else if (s.size() == 6) {
    int yy = std::stoi(s.substr(0, 2));
    y = (yy < 30 ? "20" : "19") + s.substr(0, 2);
    m = s.substr(2, 2), d = s.substr(4, 2);
  } else {
    return "";
  }
  if (m < "01" || m > "12" || d < "01" || d > "31") return "";
  return y + "-" + m + "-" + d;
}

void read_petrarch_actors(std::istream& in, const std::string& name, Dictionary& dict, PetrarchStats& st) {
  Lines lines(in);
  std::string line;
  Block cur, prev;
  auto finish = [&] {
    if (cur.names.empty()) return;
    if (cur.codes.empty()) cur.codes = prev.codes;  // "U.N._" under "UN_ [IGOUNO]"
    if (cur.codes.empty()) st.warnings.push_back(name + ":" + std::to_string(cur.line) + ": actor without a code");
    add_block(cur, dict, st);
    prev = std::move(cur);
    cur = Block{};
  };
  while (lines.next(line)) {
    std::string t = base::trim_ascii(line);
    if (t.empty()) continue;
    if (t[0] == '<' || (t[0] == '!' && t.find('=') != std::string::npos)) continue;
    std::vector<std::string> codes;
    std::string nm = split_codes(t, codes);
    if (t[0] == '+') {
      if (cur.names.empty()) {
        st.warnings.push_back(name + ":" + std::to_string(lines.number) + ": synonym before any actor");
        continue;
      }
    } else if (t[0] != '[') {
      finish();
      cur.line = lines.number;
    }
    if (!nm.empty() && nm[0] != '[') {
      auto w = name_words(nm);
      if (!w.empty()) cur.names.push_back(std::move(w));
    }
    for (const auto& c : codes) {
      Code code;
      if (parse_code(c, code)) {
        cur.codes.push_back(code);
        ++st.codes;
      } else {
        st.warnings.push_back(name + ":" + std::to_string(lines.number) + ": bad code [" + c + "]");
      }
    }
  }
  finish();
}

void read_petrarch_agents(std::istream& in, const std::string& name, Dictionary& dict, PetrarchStats& st) {
  Lines lines(in);
  std::string line;
  std::vector<std::pair<std::string, std::vector<std::string>>> macros;
  while (lines.next(line)) {
    std::string t = base::trim_ascii(line);
    if (t.empty() || t[0] == '<') continue;
    if (t[0] == '!' && t.find('=') != std::string::npos) {
      size_t eq = t.find('=');
      std::string key = base::trim_ascii(std::string_view(t).substr(0, eq));
      std::vector<std::string> alts;
      std::string rest = t.substr(eq + 1);
      size_t pos = 0;
      while (pos <= rest.size()) {
        size_t comma = rest.find(',', pos);
        std::string a = base::trim_ascii(std::string_view(rest).substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
        if (!a.empty()) alts.push_back(a);
        if (comma == std::string::npos) break;
        pos = comma + 1;
      }
      macros.emplace_back(key, alts);
      continue;
    }
    std::vector<std::string> codes;
    std::string body = split_codes(t, codes);
    if (codes.empty()) {
      st.warnings.push_back(name + ":" + std::to_string(lines.number) + ": agent without a code");
      continue;
    }
    Code code;
    if (!parse_code(codes[0], code)) {
      st.warnings.push_back(name + ":" + std::to_string(lines.number) + ": bad code [" + codes[0] + "]");
      continue;
    }
    ++st.codes;
    // "PHRASE {PLURAL PLURAL}"
    std::string phrase = body;
    std::vector<std::string> plurals;
    size_t ob = body.find('{');
    if (ob != std::string::npos) {
      size_t cb = body.find('}', ob);
      std::string inside = body.substr(ob + 1, cb == std::string::npos ? std::string::npos : cb - ob - 1);
      phrase = base::trim_ascii(std::string_view(body).substr(0, ob));
      std::string w;
      for (char c : inside + " ") {
        if (c == ' ' || c == '\t') {
          if (!w.empty()) plurals.push_back(w);
          w.clear();
        } else {
          w += c;
        }
      }
    }
    // Expand !MACRO! substitutions.
    std::vector<std::string> forms{phrase};
    for (const auto& [key, alts] : macros) {
      std::vector<std::string> next;
      for (const auto& f : forms) {
        size_t at = f.find(key);
        if (at == std::string::npos) {
          next.push_back(f);
          continue;
        }
        for (const auto& a : alts) next.push_back(f.substr(0, at) + a + f.substr(at + key.size()));
      }
      forms = std::move(next);
    }
    {
      std::vector<std::string> all;
      for (const auto& f : forms) {
        if (f.find('!') != std::string::npos) {
          st.warnings.push_back(name + ":" + std::to_string(lines.number) + ": unknown macro in " + f);
          continue;
        }
        all.push_back(f);
        auto w = name_words(f);
        if (plurals.empty() && !w.empty()) {
          w.back() = regular_plural(w.back());
          std::string p;
          for (size_t i = 0; i < w.size(); ++i) p += (i ? " " : "") + w[i];
          all.push_back(p);
        }
      }
      for (const auto& p : plurals) all.push_back(p);
      for (const auto& f : all) {
        auto w = name_words(f);
        if (w.empty()) continue;
        std::string p;
        for (size_t i = 0; i < w.size(); ++i) p += (i ? " " : "") + w[i];
        dict.add_agent(p, code.code);
        ++st.phrases;
      }
    }
  }
}

std::shared_ptr<const Dictionary> build_dictionary(const DictionaryFiles& files, std::vector<std::string>& errors,
                                                   PetrarchStats* stats) {
  auto d = std::make_shared<Dictionary>(files.use_default ? Dictionary::load_default() : Dictionary{});
  PetrarchStats local;
  PetrarchStats& st = stats ? *stats : local;
  for (const auto& path : files.actors) {
    std::ifstream in(path);
    if (!in) {
      errors.push_back(path + ": cannot read actor dictionary");
      continue;
    }
    read_petrarch_actors(in, path, *d, st);
  }
  for (const auto& path : files.agents) {
    std::ifstream in(path);
    if (!in) {
      errors.push_back(path + ": cannot read agent dictionary");
      continue;
    }
    read_petrarch_agents(in, path, *d, st);
  }
  d->compile();
  return d;
}

}  // namespace dyad::actors
