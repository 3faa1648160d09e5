// The events stage of the pipeline: codes a document's events (coder), then
// gives each its modality, its date, its location (a place the sentence says
// it happened in) and its CAMEO quad class and Goldstein weight (the
// pipeline then builds the document's timeline, src/timeline/).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "doc/document.h"

namespace dyad::events {

class VerbDictionary;  // src/events/verb_dictionary.h

// Dyad's own verb dictionary (data/verbs/*.verbs.txt), loaded once (thread-safe).
const VerbDictionary& default_verbs();

// The verb dictionary a run uses: ours (unless use_default is false) plus the
// given TABARI/PETRARCH verb files. Lines that cannot be read go to
// `warnings`; `ok` is false when a file cannot be read at all.
std::shared_ptr<const VerbDictionary> build_verbs(const std::vector<std::string>& files, bool use_default,
                                                  std::vector<std::string>& warnings, bool& ok);

// coder -> modality -> dates -> locations -> quad/Goldstein. doc.lang and
// doc.actors must be set (the pipeline's language and actors stages);
// `verbs` null = default_verbs().
void annotate_events(Document& doc, const VerbDictionary* verbs = nullptr);

}  // namespace dyad::events
