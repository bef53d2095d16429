#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <filesystem>
#include <set>

namespace heaorta {

// A cohort's results CSV that survives Ctrl+C, kill -9 and power loss: each row is appended with
// one write() and fsynced, so a row is there whole or not at all; a row torn by power loss (no
// final newline) is cut off when the file is opened again. The first column is the series key;
// keys already present are done and are skipped by a rerun.
class BatchResultsFile {
  Q_DECLARE_TR_FUNCTIONS(heaorta::BatchResultsFile)

 public:
  // Creates the file with `header`, or opens it (the header must match). Throws HeaortaError.
  BatchResultsFile(const std::filesystem::path& file, const QString& header);
  ~BatchResultsFile();
  BatchResultsFile(const BatchResultsFile&) = delete;
  BatchResultsFile& operator=(const BatchResultsFile&) = delete;

  const std::set<QString>& doneKeys() const { return done_; }
  bool repairedTornRow() const { return repaired_; }
  void append(const QString& key, const QString& row);  // `row` starts with the key's cell

  // Joins shard outputs: one header, every key once (the first row seen wins), sorted by key.
  // Returns the number of rows written. Throws HeaortaError.
  static int merge(const std::vector<std::filesystem::path>& inputs, const std::filesystem::path& output);
  // The first cell of a CSV row (unquoted).
  static QString keyOf(const QString& row);

 private:
  std::filesystem::path file_;
  int fd_ = -1;
  std::set<QString> done_;
  bool repaired_ = false;
};

}  // namespace heaorta
