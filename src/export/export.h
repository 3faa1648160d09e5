// The export layer: events (Phoenix/ICEWS-style columns), dyad series per
// period and the network of a window (GraphML for Gephi), as CSV (RFC 4180),
// JSON Lines or GraphML, written to a stream. Used by `dyad export` and the
// terminal's /api/export, so a file saved from either holds the same rows.
#pragma once

#include <ostream>
#include <string>

#include "store/queries.h"

namespace dyad::exporter {

struct Options {
  std::string what = "events";  // events | dyads | network
  std::string format = "csv";   // csv | jsonl | graphml (network only)
  std::string from, to;         // date window (inclusive prefixes), "" = open
  std::string granularity = "month";  // dyad series: day | week | month
  bool rollup = false;
  int min_events = 1;           // network: smallest edge kept
};

// "" when the options are valid, else what is wrong with them.
std::string check(const Options& o);
// Writes the export; the options must pass check(). Throws store::StoreError.
void write(const store::Queries& q, const Options& o, std::ostream& os);
// The file name and MIME type of an export ("dyad-events.csv", "text/csv").
std::string file_name(const Options& o);
std::string mime_type(const Options& o);

}  // namespace dyad::exporter
