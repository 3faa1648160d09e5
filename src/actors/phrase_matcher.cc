// Hyperscan-backed literal multi-pattern matcher (see phrase_matcher.h).
#include "actors/phrase_matcher.h"

#ifdef DYAD_HAVE_HYPERSCAN
#include <hs/hs.h>
#endif

namespace dyad::actors {

#ifdef DYAD_HAVE_HYPERSCAN
namespace {

// One scratch space per thread, grown to fit every database it scans.
struct Scratch {
  hs_scratch_t* s = nullptr;
  ~Scratch() {
    if (s) hs_free_scratch(s);
  }
};
thread_local Scratch tls_scratch;

struct ScanCtx {
  PhraseMatcher::Callback cb;
  void* ctx;
};

int on_hs_match(unsigned id, unsigned long long /*from*/, unsigned long long to, unsigned /*flags*/, void* p) {
  auto* c = static_cast<ScanCtx*>(p);
  c->cb(c->ctx, id, static_cast<size_t>(to));
  return 0;
}

}  // namespace

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& patterns) : count_(patterns.size()) {
  if (patterns.empty()) {
    error_ = "no patterns";
    return;
  }
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned> ids, flags(patterns.size(), 0);
  exprs.reserve(patterns.size());
  for (size_t i = 0; i < patterns.size(); ++i) {
    exprs.push_back(patterns[i].data());
    lens.push_back(patterns[i].size());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(exprs.size()),
                           HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
    error_ = err && err->message ? err->message : "hyperscan compile failed";
    if (err) hs_free_compile_error(err);
    return;
  }
  db_ = db;
}

PhraseMatcher::~PhraseMatcher() {
  if (db_) hs_free_database(static_cast<hs_database_t*>(db_));
}

void PhraseMatcher::scan(std::string_view text, Callback on_match, void* ctx) const {
  if (!db_ || text.empty()) return;
  auto* db = static_cast<hs_database_t*>(db_);
  if (hs_alloc_scratch(db, &tls_scratch.s) != HS_SUCCESS) return;
  ScanCtx c{on_match, ctx};
  hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, tls_scratch.s, on_hs_match, &c);
}

const char* PhraseMatcher::engine() { return "hyperscan"; }

#else

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& patterns) : count_(patterns.size()) {
  error_ = "built without Hyperscan";
}
PhraseMatcher::~PhraseMatcher() = default;
void PhraseMatcher::scan(std::string_view, Callback, void*) const {}
const char* PhraseMatcher::engine() { return "none"; }

#endif

}  // namespace dyad::actors
