// Engine (engine.h): the pipeline's public API (src/pipeline/) and the store
// (src/store/) driven for the Python module.
#include "engine.h"

#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include <stdexcept>
#include <thread>

#include "actors/petrarch_dict.h"
#include "dedup/near_dup.h"
#include "doc/hash.h"
#include "events/stage.h"
#include "ingest/read.h"
#include "pipeline/contract.h"
#include "store/store.h"

namespace dyad::python {

namespace {

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "; ") + l;
  return out;
}

int job_count(int jobs) { return jobs <= 0 ? static_cast<int>(std::thread::hardware_concurrency()) : jobs; }

}  // namespace

Engine::Engine(const EngineConfig& c) {
  actors::DictionaryFiles files{c.actors, c.agents, c.default_actors};
  if (!files.empty()) {
    std::vector<std::string> errors;
    stages_.actor_dictionary = actors::build_dictionary(files, errors);
    if (!errors.empty()) throw std::invalid_argument("actor dictionary: " + joined(errors));
  }
  if (!c.verbs.empty() || !c.default_verbs) {
    std::vector<std::string> warnings;
    bool ok = true;
    stages_.verb_dictionary = events::build_verbs(c.verbs, c.default_verbs, warnings, ok);
    if (!ok) throw std::invalid_argument("verb dictionary: " + joined(warnings));
  }
  // One short document through every stage loads the default dictionaries,
  // lexicons and tables now rather than in the first call.
  Document warm = document_from_text("Officials in Paris said on 3 May 2020 that France would meet Germany.",
                                     "warm-up");
  process_document(warm, stages_);
}

Analysis Engine::analyze_texts(const std::vector<std::string>& texts, const std::vector<std::string>& ids,
                               bool with_text, int jobs) const {
  Analysis out;
  std::vector<Document> docs;
  docs.reserve(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    Document d;
    d.id = d.path = ids[i];
    d.format = "text";
    d.raw = texts[i];
    d.hash = content_hash(d.raw);
    std::string err;
    if (!ingest::decode_text(d, err)) {
      out.errors.push_back({"text " + std::to_string(i) + " (id '" + ids[i] + "')", err});
      continue;
    }
    docs.push_back(std::move(d));
  }
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, std::max(1, job_count(jobs)));
  tbb::parallel_for(size_t(0), docs.size(), [&](size_t i) { process_document(docs[i], stages_); });
  dedup::mark_duplicates(docs);
  out.contract = contract_json(docs, with_text);
  return out;
}

Analysis Engine::analyze_files(const std::vector<std::string>& paths, bool with_text, int jobs) const {
  BatchOptions opt;
  opt.jobs = jobs;
  opt.stages = stages_;
  Batch batch = run_batch(paths, opt);
  Analysis out;
  for (const auto& e : batch.errors) out.errors.push_back({e.path, e.message});
  out.contract = contract_json(batch.docs, with_text);
  return out;
}

IngestCounts Engine::ingest(const std::vector<std::string>& paths, const std::string& db_path, int jobs,
                            bool refresh_model) const {
  IngestCounts c;
  store::Store db(db_path);
  std::vector<ingest::ReadError> errors;
  std::vector<std::string> files = ingest::expand_paths(paths, errors);
  c.files = files.size();
  for (const auto& e : errors) c.errors.push_back({e.path, e.message});
  dedup::Index known;  // stored documents, so a new copy of one is its duplicate
  for (const auto& s : db.signatures())
    if (auto sig = dedup::Signature::from_bytes(s.signature)) known.add(s.id, *sig, s.id);
  constexpr size_t kChunk = 512;  // as `dyad ingest`: committed chunk by chunk
  for (size_t at = 0; at < files.size(); at += kChunk) {
    std::vector<std::string> part(files.begin() + static_cast<long>(at),
                                  files.begin() + static_cast<long>(std::min(files.size(), at + kChunk)));
    BatchOptions opt;
    opt.jobs = jobs;
    opt.known = &known;
    opt.stages = stages_;
    opt.stages.language = opt.stages.actors = opt.stages.time = opt.stages.events = true;
    Batch batch = run_batch(part, opt);
    for (const auto& e : batch.errors) c.errors.push_back({e.path, e.message});
    db.begin();
    for (const auto& d : batch.docs) {
      ++c.documents;
      switch (db.put(d, dedup::signature(d.text).to_bytes())) {
        case store::PutResult::Inserted: ++c.inserted; break;
        case store::PutResult::Updated: ++c.updated; break;
        case store::PutResult::Unchanged:
          ++c.unchanged;
          if (db.id_for_hash(d.hash) == d.id && !db.has_layers(d.id)) db.put_layers(d);
          break;
      }
      if (d.duplicate_of) ++c.duplicates;
    }
    db.commit();
  }
  if (refresh_model) db.refresh_model();
  return c;
}

}  // namespace dyad::python
