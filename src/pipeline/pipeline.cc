// The pipeline: per-document stages in order, then duplicate detection over
// the batch. Files are read and processed in parallel with TBB.
#include "pipeline/pipeline.h"

#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include <atomic>
#include <filesystem>
#include <mutex>

#include "dedup/near_dup.h"
#include "doc/hash.h"
#include "ingest/assemble.h"
#include "ingest/boilerplate.h"
#include "ingest/metadata.h"
#include "ingest/normalize.h"
#include "ingest/page_chrome.h"
#include "ingest/paragraphs.h"
#include "ingest/repeats.h"
#include "pipeline/pieces.h"
#include "pipeline/stage_clock.h"
#include "time/chronology.h"

namespace dyad {

Document document_from_text(const std::string& text, const std::string& path) {
  Document d;
  d.path = path;
  d.id = std::filesystem::path(path).stem().string();
  d.format = "text";
  d.raw = text;
  d.hash = content_hash(d.raw);
  std::string err;
  if (!ingest::decode_text(d, err)) {
    d.norm.clear();
    d.norm_map = OffsetMap();
  }
  return d;
}

void process_document(Document& doc, const StageOptions& stages) {
  auto run = [&stages](const char* name, auto&& stage) { run_stage(stages, name, stage); };
  run("normalize", [&] { ingest::normalize(doc); });
  run("paragraphs", [&] { ingest::split_paragraphs(doc); });
  run("page_chrome", [&] { ingest::mark_page_chrome(doc); });
  run("boilerplate", [&] { ingest::mark_boilerplate(doc); });
  run("repeats", [&] { ingest::mark_repeats(doc); });
  run("assemble", [&] { ingest::assemble(doc); });
  run("metadata", [&] { ingest::extract_metadata(doc); });
  if (stages.time || stages.events) run("time", [&] { doc.chronology = time::find_chronology(doc); });
  bool actors = stages.actors || stages.events;
  // A very long text whose language layer nobody asked to keep: piece by piece.
  if (actors && !stages.language && doc.text.size() >= kPiecewiseText) return analyse_in_pieces(doc, stages);
  run_text_stages(doc, stages);
}

Batch run_batch(const std::vector<std::string>& paths, const BatchOptions& opt) {
  Batch batch;
  std::vector<std::string> files = ingest::expand_paths(paths, batch.errors);
  batch.files = files.size();
  int jobs = opt.jobs <= 0 ? static_cast<int>(std::thread::hardware_concurrency()) : opt.jobs;
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, std::max(1, jobs));
  std::vector<std::vector<Document>> per_file(files.size());
  std::vector<std::vector<ingest::ReadError>> per_file_errors(files.size());
  std::atomic<size_t> done{0};
  std::mutex progress_mu;
  tbb::parallel_for(size_t(0), files.size(), [&](size_t i) {
    ingest::read_file(files[i], opt.read, per_file[i], per_file_errors[i]);
    for (auto& d : per_file[i]) {
      if (d.hash.empty()) d.hash = content_hash(d.raw);
      process_document(d, opt.stages);
    }
    size_t n = ++done;
    if (opt.progress) {
      std::lock_guard<std::mutex> lock(progress_mu);
      opt.progress(n, files.size());
    }
  });
  for (size_t i = 0; i < files.size(); ++i) {
    for (auto& d : per_file[i]) batch.docs.push_back(std::move(d));
    for (auto& e : per_file_errors[i]) batch.errors.push_back(std::move(e));
  }
  if (opt.known)
    dedup::mark_duplicates(batch.docs, *opt.known);
  else
    dedup::mark_duplicates(batch.docs);
  return batch;
}

}  // namespace dyad
