// A string in 16 bytes for the many short strings of an annotation (a token's
// form and lemma): up to 15 bytes sit inside the object, longer ones on the
// heap. It reads like std::string (size, find, substr, ==, +) and turns into a
// std::string_view or a std::string where one is asked for. std::string takes
// 32 bytes; a token keeps two of them, so a 1 MB text (170k tokens) saves
// about 5 MB.
#pragma once

#include <compare>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

namespace dyad::base {

class SmallString {
 public:
  static constexpr size_t kInline = 15;
  static constexpr size_t npos = std::string_view::npos;

  SmallString() noexcept { set_inline({}); }
  explicit SmallString(std::string_view s) { assign(s); }
  SmallString(const SmallString& o) { assign(o.view()); }
  SmallString(SmallString&& o) noexcept {
    std::memcpy(buf_, o.buf_, sizeof buf_);
    o.set_inline({});
  }
  ~SmallString() { free_heap(); }

  SmallString& operator=(const SmallString& o) {
    if (this != &o) replace(o.view());
    return *this;
  }
  SmallString& operator=(SmallString&& o) noexcept {
    if (this != &o) {
      free_heap();
      std::memcpy(buf_, o.buf_, sizeof buf_);
      o.set_inline({});
    }
    return *this;
  }
  SmallString& operator=(std::string_view s) {
    replace(s);
    return *this;
  }
  SmallString& operator=(const std::string& s) { return *this = std::string_view(s); }
  SmallString& operator=(const char* s) { return *this = std::string_view(s); }

  size_t size() const noexcept { return on_heap() ? heap_size() : kInline - size_t(uint8_t(buf_[kInline])); }
  size_t length() const noexcept { return size(); }
  bool empty() const noexcept { return size() == 0; }
  const char* data() const noexcept { return on_heap() ? heap_ptr() : buf_; }
  const char* c_str() const noexcept { return data(); }  // always NUL-terminated
  const char* begin() const noexcept { return data(); }
  const char* end() const noexcept { return data() + size(); }
  char operator[](size_t i) const noexcept { return data()[i]; }
  char front() const noexcept { return data()[0]; }
  char back() const noexcept { return data()[size() - 1]; }

  std::string_view view() const noexcept { return {data(), size()}; }
  operator std::string_view() const noexcept { return view(); }
  operator std::string() const { return std::string(view()); }
  std::string str() const { return std::string(view()); }

  // As std::string's: substr copies.
  std::string substr(size_t pos = 0, size_t n = npos) const { return std::string(view().substr(pos, n)); }
  size_t find(std::string_view s, size_t pos = 0) const noexcept { return view().find(s, pos); }
  size_t find(char c, size_t pos = 0) const noexcept { return view().find(c, pos); }
  size_t rfind(std::string_view s, size_t pos = npos) const noexcept { return view().rfind(s, pos); }
  size_t rfind(char c, size_t pos = npos) const noexcept { return view().rfind(c, pos); }
  size_t find_first_of(std::string_view s, size_t pos = 0) const noexcept { return view().find_first_of(s, pos); }
  size_t find_first_not_of(std::string_view s, size_t pos = 0) const noexcept {
    return view().find_first_not_of(s, pos);
  }
  size_t find_last_of(std::string_view s, size_t pos = npos) const noexcept { return view().find_last_of(s, pos); }
  bool starts_with(std::string_view s) const noexcept { return view().starts_with(s); }
  bool starts_with(char c) const noexcept { return view().starts_with(c); }
  bool ends_with(std::string_view s) const noexcept { return view().ends_with(s); }
  bool ends_with(char c) const noexcept { return view().ends_with(c); }
  int compare(std::string_view s) const noexcept { return view().compare(s); }
  int compare(size_t pos, size_t n, std::string_view s) const { return view().substr(pos, n).compare(s); }

  friend bool operator==(const SmallString& a, const SmallString& b) noexcept { return a.view() == b.view(); }
  friend bool operator==(const SmallString& a, std::string_view b) noexcept { return a.view() == b; }
  friend std::strong_ordering operator<=>(const SmallString& a, const SmallString& b) noexcept {
    return a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const SmallString& a, std::string_view b) noexcept {
    return a.view() <=> b;
  }
  friend std::string operator+(const SmallString& a, std::string_view b) { return a.str().append(b); }
  friend std::string operator+(std::string_view a, const SmallString& b) { return std::string(a).append(b.view()); }
  friend std::string operator+(const SmallString& a, const SmallString& b) { return a.str().append(b.view()); }
  friend std::string operator+(const SmallString& a, char c) { return a.str() + c; }
  friend std::string operator+(char c, const SmallString& b) { return std::string(1, c).append(b.view()); }
  friend std::ostream& operator<<(std::ostream& o, const SmallString& s) { return o << s.view(); }

 private:
  // Inline: the bytes, zero-filled, and in the last byte 15 - size (a
  // 15-byte string ends in that 0). Heap: the pointer, the size and kHeap.
  static constexpr uint8_t kHeap = 0xFF;
  char buf_[16];

  bool on_heap() const noexcept { return uint8_t(buf_[kInline]) == kHeap; }
  const char* heap_ptr() const noexcept {
    const char* p;
    std::memcpy(&p, buf_, sizeof p);
    return p;
  }
  size_t heap_size() const noexcept {
    uint32_t n;
    std::memcpy(&n, buf_ + sizeof(char*), sizeof n);
    return n;
  }
  void set_inline(std::string_view s) noexcept {
    std::memset(buf_, 0, sizeof buf_);
    if (!s.empty()) std::memcpy(buf_, s.data(), s.size());  // an empty view's data may be null
    buf_[kInline] = static_cast<char>(kInline - s.size());
  }
  void assign(std::string_view s) {
    if (s.size() <= kInline) return set_inline(s);
    char* p = new char[s.size() + 1];
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = 0;
    uint32_t n = static_cast<uint32_t>(s.size());
    std::memcpy(buf_, &p, sizeof p);
    std::memcpy(buf_ + sizeof(char*), &n, sizeof n);
    buf_[kInline] = static_cast<char>(kHeap);
  }
  // Assigns `s`, which may point into this string's own bytes.
  void replace(std::string_view s) {
    SmallString tmp(s);
    *this = std::move(tmp);
  }
  void free_heap() noexcept {
    if (on_heap()) delete[] heap_ptr();
  }
};

static_assert(sizeof(SmallString) == 16);

}  // namespace dyad::base
