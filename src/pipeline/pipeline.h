// The pipeline: runs every per-document stage in order, then the corpus
// stages (duplicate detection) over a batch, in parallel when asked.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "doc/document.h"
#include "ingest/read.h"

namespace dyad {

namespace dedup {
class Index;  // src/dedup/lsh_index.h
}
namespace actors {
class Dictionary;  // src/actors/dictionary.h
}
namespace events {
class VerbDictionary;  // src/events/verb_dictionary.h
}

// A Document holding `text` as its raw bytes, decoded, as read from `path`.
Document document_from_text(const std::string& text, const std::string& path);

// Which optional stages run after the ingest stages.
struct StageOptions {
  bool language = false;  // sentences, tokens, tags, phrases, clauses (doc.lang)
  bool time = true;       // time expressions (doc.timexes, src/time/)
  bool actors = true;     // actors and quotes (doc.actors, doc.quotes); turns language on
  bool events = true;      // events, their modality and dates, the timeline; turns actors on
  // Actor dictionary to use (e.g. with PETRARCH files, --actors); null = the default.
  std::shared_ptr<const actors::Dictionary> actor_dictionary;
  // Verb dictionary to use (e.g. CAMEO.2.0.txt, --verbs); null = the default.
  std::shared_ptr<const events::VerbDictionary> verb_dictionary;
  // Called after each stage with its name and the seconds it took (the
  // adversarial benchmark finds the stage that grows too fast); null = none.
  std::function<void(const char* stage, double seconds)> on_stage;
};

// normalize -> paragraphs -> page chrome -> boilerplate -> repeats ->
// assemble -> metadata, then the optional stages. Never throws on bad text.
void process_document(Document& doc, const StageOptions& stages = {});

struct BatchOptions {
  int jobs = 1;                  // worker threads (TBB); 0 = all cores
  ingest::ReadOptions read;
  StageOptions stages;
  // Documents already stored: new documents that repeat one of them are
  // marked duplicates of it, and the batch's kept documents are added.
  dedup::Index* known = nullptr;
  // Called with (files done, files total) as the batch advances.
  std::function<void(size_t, size_t)> progress;
};

struct Batch {
  std::vector<Document> docs;             // in input order
  std::vector<ingest::ReadError> errors;  // one per bad file or line
  size_t files = 0;
};

// Reads and processes every file under `paths`; documents come back in
// input order whatever the number of jobs.
Batch run_batch(const std::vector<std::string>& paths, const BatchOptions& opt);

}  // namespace dyad
