// Writing and reading the syntax model file.
#include "lang/model_io.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace dyad::lang {

namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'S', 'Y', 'N', '1'};
constexpr uint32_t kVersion = 2;        // name models; syntax models before the beam
constexpr uint32_t kBeamVersion = 3;    // adds the parser's beam width
constexpr uint32_t kTaggerSetVersion = 4;  // adds the tagger's feature set
constexpr uint32_t kSyntaxVersion = 5;     // adds the parser's feature set

template <class T>
void put(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

struct Reader {
  const std::string& buf;
  size_t pos = 0;
  bool ok = true;
  template <class T>
  T get() {
    T v{};
    if (pos + sizeof v > buf.size()) {
      ok = false;
      return v;
    }
    std::memcpy(&v, buf.data() + pos, sizeof v);
    pos += sizeof v;
    return v;
  }
  std::string str() {
    uint8_t n = get<uint8_t>();
    if (pos + n > buf.size()) {
      ok = false;
      return {};
    }
    std::string s = buf.substr(pos, n);
    pos += n;
    return s;
  }
};

void put_linear(std::string& out, const LinearModel& m) {
  put<uint32_t>(out, static_cast<uint32_t>(m.classes));
  put<float>(out, m.scale);
  put<uint32_t>(out, static_cast<uint32_t>(m.rows()));
  // Rows in table order are written with their key; the key is looked up per row.
  std::vector<Feature> key_of(m.rows(), 0);
  m.index.for_each([&](Feature f, uint32_t r) { key_of[r] = f; });
  for (size_t r = 0; r < m.rows(); ++r) {
    put<uint32_t>(out, static_cast<uint32_t>(key_of[r]));
    put<uint8_t>(out, static_cast<uint8_t>(m.start[r + 1] - m.start[r]));
    for (uint32_t e = m.start[r]; e < m.start[r + 1]; ++e) {
      put<uint8_t>(out, static_cast<uint8_t>(m.entries[e].cls));
      put<int16_t>(out, m.entries[e].weight);
    }
  }
}

bool get_linear(Reader& in, LinearModel& m) {
  m.classes = static_cast<int>(in.get<uint32_t>());
  m.scale = in.get<float>();
  uint32_t rows = in.get<uint32_t>();
  if (!in.ok || m.classes <= 0 || m.classes > 255 || rows > (1u << 26)) return false;
  m.index.reserve(rows);
  m.start.reserve(rows + 1);
  m.start.push_back(0);
  // Each row is at least 5 bytes and each entry 3: reserve from what is left of the file.
  m.entries.reserve(std::min<size_t>((in.buf.size() - in.pos) / 3, static_cast<size_t>(rows) * 255));
  const auto* p = reinterpret_cast<const unsigned char*>(in.buf.data());
  size_t pos = in.pos, size = in.buf.size();
  for (uint32_t r = 0; r < rows; ++r) {
    if (pos + 5 > size) return in.ok = false;
    uint32_t key;
    std::memcpy(&key, p + pos, 4);
    uint8_t len = p[pos + 4];
    pos += 5;
    if (pos + 3 * static_cast<size_t>(len) > size) return in.ok = false;
    for (uint8_t e = 0; e < len; ++e, pos += 3) {
      uint8_t cls = p[pos];
      int16_t w;
      std::memcpy(&w, p + pos + 1, 2);
      if (cls >= m.classes) return in.ok = false;
      m.entries.push_back({cls, w});
    }
    m.index.insert(key, r);
    m.start.push_back(static_cast<uint32_t>(m.entries.size()));
  }
  in.pos = pos;
  m.index_spans();
  return true;
}

}  // namespace

bool save_syntax_model(const SyntaxModel& m, const std::string& path, std::string& error) {
  std::string out(kMagic, sizeof kMagic);
  put<uint32_t>(out, kSyntaxVersion);
  put<uint32_t>(out, static_cast<uint32_t>(m.tagger.classes.size()));
  for (const auto& c : m.tagger.classes) {
    put<uint8_t>(out, static_cast<uint8_t>(c.xpos.size()));
    out += c.xpos;
    put<uint8_t>(out, static_cast<uint8_t>(c.upos));
  }
  put<uint8_t>(out, static_cast<uint8_t>(m.tagger.features));
  put_linear(out, m.tagger.model);
  put<uint32_t>(out, static_cast<uint32_t>(m.parser.labels.size()));
  for (DepRel r : m.parser.labels) put<uint8_t>(out, static_cast<uint8_t>(r));
  put<uint8_t>(out, static_cast<uint8_t>(std::clamp(m.parser.beam, 1, 255)));
  put<uint8_t>(out, static_cast<uint8_t>(m.parser.features));
  put_linear(out, m.parser.model);
  std::ofstream f(path, std::ios::binary);
  if (!f || !f.write(out.data(), static_cast<std::streamsize>(out.size()))) {
    error = path + ": cannot write";
    return false;
  }
  return true;
}

namespace {

constexpr char kNameMagic[8] = {'D', 'Y', 'A', 'D', 'N', 'E', 'R', '1'};

// The whole of an open file, read in one block.
std::string read_all(std::ifstream& f) {
  f.seekg(0, std::ios::end);
  std::streamoff n = f.tellg();
  f.seekg(0, std::ios::beg);
  if (n <= 0) return {};
  std::string buf(static_cast<size_t>(n), '\0');
  if (!f.read(buf.data(), n)) buf.resize(static_cast<size_t>(std::max<std::streamsize>(f.gcount(), 0)));
  return buf;
}

bool write_file(const std::string& path, const std::string& out, std::string& error) {
  std::ofstream f(path, std::ios::binary);
  if (!f || !f.write(out.data(), static_cast<std::streamsize>(out.size()))) {
    error = path + ": cannot write";
    return false;
  }
  return true;
}

}  // namespace

bool save_name_model(const NameFinder& f, const std::string& path, std::string& error) {
  std::string out(kNameMagic, sizeof kNameMagic);
  put<uint32_t>(out, kVersion);
  put_linear(out, f.model);
  return write_file(path, out, error);
}

bool load_name_model(const std::string& path, NameFinder& f, std::string& error) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = path + ": cannot open the name model";
    return false;
  }
  std::string buf = read_all(file);
  Reader in{buf};
  if (buf.size() < sizeof kNameMagic || std::memcmp(buf.data(), kNameMagic, sizeof kNameMagic) != 0) {
    error = path + ": not a Dyad name model";
    return false;
  }
  in.pos = sizeof kNameMagic;
  NameFinder out;
  if (in.get<uint32_t>() != kVersion || !get_linear(in, out.model) || in.pos != buf.size() ||
      out.model.classes != kNameLabels) {
    error = path + ": damaged name model (truncated or inconsistent)";
    return false;
  }
  f.model = std::move(out.model);
  f.set_known_labels();
  return true;
}

bool load_syntax_model(const std::string& path, SyntaxModel& m, std::string& error) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    error = path + ": cannot open the syntax model";
    return false;
  }
  std::string buf = read_all(f);
  Reader in{buf};
  if (buf.size() < sizeof kMagic || std::memcmp(buf.data(), kMagic, sizeof kMagic) != 0) {
    error = path + ": not a Dyad syntax model";
    return false;
  }
  in.pos = sizeof kMagic;
  uint32_t version = in.get<uint32_t>();
  if (version < kVersion || version > kSyntaxVersion) {
    error = path + ": unsupported syntax model version";
    return false;
  }
  SyntaxModel out;
  uint32_t nt = in.get<uint32_t>();
  for (uint32_t i = 0; i < nt && in.ok && nt < 1000; ++i) {
    TagClass c;
    c.xpos = in.str();
    c.upos = static_cast<Upos>(in.get<uint8_t>());
    if (static_cast<int>(c.upos) >= kUposCount) in.ok = false;
    c.penn = penn_of_xpos(c.xpos, c.upos);
    out.tagger.classes.push_back(std::move(c));
  }
  out.tagger.features = version >= kTaggerSetVersion ? in.get<uint8_t>() : 1;
  if (out.tagger.features < 1 || out.tagger.features > kTaggerFeatures) in.ok = false;
  bool ok = in.ok && get_linear(in, out.tagger.model);
  uint32_t nl = ok ? in.get<uint32_t>() : 0;
  for (uint32_t i = 0; i < nl && in.ok && nl < 128; ++i) {
    auto r = static_cast<DepRel>(in.get<uint8_t>());
    if (static_cast<int>(r) >= kDepRelCount) in.ok = false;
    if (r == DepRel::root) out.parser.root_label = static_cast<int>(i);
    out.parser.labels.push_back(r);
  }
  if (version >= kBeamVersion) out.parser.beam = std::max<int>(1, in.get<uint8_t>());
  out.parser.features = version >= kSyntaxVersion ? in.get<uint8_t>() : 1;
  if (out.parser.features < 1 || out.parser.features > kParserFeatures) in.ok = false;
  if (const char* beam = std::getenv("DYAD_BEAM"); beam && std::atoi(beam) > 0) out.parser.beam = std::atoi(beam);
  ok = ok && in.ok && get_linear(in, out.parser.model) && in.pos == buf.size();
  if (!ok || out.parser.root_label < 0) {
    error = path + ": damaged syntax model (truncated or inconsistent)";
    return false;
  }
  m = std::move(out);
  return true;
}

}  // namespace dyad::lang
