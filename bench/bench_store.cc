// Benchmark of the store: documents put per second inside one transaction
// (the way `dyad ingest` writes), with the FTS5 index maintained.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

#include "pipeline/pipeline.h"
#include "store/store.h"

namespace {

void BM_StorePut(benchmark::State& st) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad-bench-store-" + std::to_string(std::random_device{}()));
  std::filesystem::create_directories(dir);
  dyad::store::Store db((dir / "b.sqlite").string());
  std::string body =
      "Envoys Resume Talks\n\nGENEVA - Envoys of the two states resumed talks on the disputed border on "
      "Monday, a spokesman said, after a pause of three months in which shelling continued.\n\n"
      "The United Nations welcomed the meeting and urged both governments to agree on a ceasefire.\n";
  dyad::Document proto = dyad::document_from_text(body, "b.txt");
  dyad::process_document(proto);
  std::string sig(512, 'x');
  size_t n = 0;
  db.begin();
  for (auto _ : st) {
    dyad::Document d = proto;
    d.id = "doc" + std::to_string(n);
    d.hash = "h" + std::to_string(n++);
    db.put(d, sig);
  }
  db.commit();
  st.SetItemsProcessed(static_cast<int64_t>(st.iterations()));
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_StorePut);

}  // namespace
