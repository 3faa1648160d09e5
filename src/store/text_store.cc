// Store::pack_texts and Store::load_packer (store.h): the SQLite store's
// clean texts packed with a dictionary trained on its first megabyte of
// documents (text_codec.h).
#include <string_view>
#include <vector>

#include "store/statement.h"
#include "store/store.h"
#include "store/text_codec.h"

namespace dyad::store {

namespace {
constexpr long long kSampleBytes = 8ll << 20;  // texts a dictionary is trained on, at most
}  // namespace

void Store::load_packer() {
  Statement st(handle(), "SELECT dict FROM text_dicts ORDER BY n DESC LIMIT 1");
  if (st.step()) packer_ = std::make_unique<TextPacker>(std::string(st.view(0)));
}

void Store::pack_texts() {
  if (backend() != Backend::SQLite) return;
  if (!packer_) load_packer();
  if (plain_bytes_ < 0) {
    Statement st(handle(), "SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM documents WHERE typeof(text) = 'text'");
    plain_bytes_ = st.step() ? st.integer(0) : 0;
  }
  if (!train_at_) train_at_ = static_cast<long long>(kTextTrainBytes);
  if (plain_bytes_ == 0 || (!packer_ && plain_bytes_ < train_at_)) return;
  exec("SAVEPOINT pack_texts");
  try {
    if (!packer_) {
      std::vector<std::string> texts;
      {
        Statement st(handle(), "SELECT text FROM documents WHERE typeof(text) = 'text' ORDER BY rowid");
        for (long long bytes = 0; bytes < kSampleBytes && st.step(); bytes += static_cast<long long>(texts.back().size()))
          texts.push_back(st.text(0));
      }
      std::string dict = train_text_dictionary(std::vector<std::string_view>(texts.begin(), texts.end()));
      if (dict.empty()) {  // zstd found too little to learn: tried again on twice the text
        train_at_ = 2 * plain_bytes_;
        exec("RELEASE pack_texts");
        return;
      }
      auto packer = std::make_unique<TextPacker>(dict);
      Statement ins(handle(), "INSERT OR IGNORE INTO text_dicts (id, dict) VALUES (?1, ?2)");
      ins.bind(1, static_cast<long long>(packer->id())).bind_blob(2, dict);
      ins.step();
      packer_ = std::move(packer);
    }
    std::vector<long long> rows;
    {
      Statement st(handle(), "SELECT rowid FROM documents WHERE typeof(text) = 'text'");
      while (st.step()) rows.push_back(st.integer(0));
    }
    Statement read(handle(), "SELECT text FROM documents WHERE rowid = ?1");
    Statement write(handle(), "UPDATE documents SET text = ?1 WHERE rowid = ?2");
    for (long long row : rows) {
      read.reset();
      read.bind(1, row);
      if (!read.step()) continue;
      std::string packed = packer_->pack(read.view(0));
      write.reset();
      write.bind_blob(1, packed).bind(2, row);
      write.step();
    }
    plain_bytes_ = 0;
    compact_due_ = !rows.empty();
    exec("RELEASE pack_texts");
  } catch (...) {
    packer_.reset();
    exec("ROLLBACK TO pack_texts");
    exec("RELEASE pack_texts");
    throw;
  }
}

}  // namespace dyad::store
