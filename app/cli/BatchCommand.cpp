#include "app/cli/BatchCommand.h"

#include "app/cli/ExitCodes.h"
#include "app/cli/ScoredStudy.h"
#include "app/cli/SegmentCommand.h"
#include "core/batch/BatchPlan.h"
#include "core/batch/BatchResultsFile.h"
#include "core/dicom/DicomSeriesLoader.h"
#include "core/io/VolumeFileIO.h"
#include "core/quant/QuantResultJson.h"
#include "core/quant/QuantificationEngine.h"
#include "core/util/Error.h"
#include "core/util/IdentifierScrubber.h"
#include "core/util/KeyedPseudonyms.h"
#include "segmentation/SegmenterFactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <chrono>
#include <future>
#include <optional>
#include <unistd.h>

namespace heaorta::cli {
namespace {

QString seconds(double s) { return QString::number(s, 'f', 2); }

struct Loaded {
  std::optional<Volume> volume;
  QString error;
  double seconds = 0;
};

Loaded load(const BatchItem& item) {
  Loaded l;
  QElapsedTimer timer;
  timer.start();
  try {
    NullProgress quiet;
    l.volume = item.files.empty() ? VolumeFileIO::readVolume(item.input) : DicomSeriesLoader::load(item.files, {}, quiet);
  } catch (const HeaortaError& e) {
    l.error = e.message();
  } catch (const std::exception& e) {
    l.error = QString::fromLocal8Bit(e.what());
  }
  l.seconds = timer.nsecsElapsed() / 1e9;
  return l;
}

// What one series' row says first; then the scores (empty when there are none).
struct Outcome {
  QString status;  // ok, segmentation_failed, score_not_computed, error
  QString error;
  QString segmenter;
  double load = 0, segment = 0, score = 0;
};

// What a row may say about a series: its identifiers as they are, or keyed pseudonyms of them
// (--pseudonymise); error messages and paths without the patient's name, ID or birth date.
class RowIdentity {
 public:
  explicit RowIdentity(std::optional<KeyedPseudonyms> pseudonyms) : pseudonyms_(std::move(pseudonyms)) {}
  QString key(const BatchItem& item) const {
    if (!pseudonyms_) return item.key;
    return item.seriesInstanceUid.empty() ? QStringLiteral("P-") + QString::fromStdString(pseudonyms_->token(item.key.toStdString()))
                                          : QString::fromStdString(pseudonyms_->uid(item.seriesInstanceUid));
  }
  QString uid(const std::string& uid) const { return QString::fromStdString(pseudonyms_ ? pseudonyms_->uid(uid) : uid); }
  QString input(const BatchItem& item) const {
    return pseudonyms_ ? QStringLiteral("P-") + QString::fromStdString(pseudonyms_->token(item.input.string()))
                       : scrubber(item).scrub(QString::fromStdString(item.input.string()));
  }
  QString error(const BatchItem& item, const QString& error) const {
    QString text = scrubber(item).scrub(error);
    if (pseudonyms_) text.replace(QString::fromStdString(item.input.string()), input(item));  // the path is not in the file either
    return text;
  }

 private:
  static IdentifierScrubber scrubber(const BatchItem& item) {
    IdentifierScrubber s;
    s.add(item.patientName, item.patientId, item.birthDate);
    return s;
  }
  std::optional<KeyedPseudonyms> pseudonyms_;
};

QString row(const BatchItem& item, const Outcome& o, const QuantResult* result, const RowIdentity& identity) {
  QStringList cells = {csvQuoted(identity.key(item)),
                       identity.uid(item.studyInstanceUid),
                       identity.uid(item.seriesInstanceUid),
                       o.status,
                       csvQuoted(identity.error(item, o.error)),
                       csvQuoted(o.segmenter),
                       seconds(o.load),
                       seconds(o.segment),
                       seconds(o.score)};
  if (result) {
    cells << csvRow(identity.input(item), *result);
  } else {
    cells << csvQuoted(identity.input(item));
    const int rest = static_cast<int>(csvHeader().count(QLatin1Char(',')));
    for (int i = 0; i < rest; ++i) cells << QString();
  }
  return cells.join(QLatin1Char(','));
}

// A terminal gets one updating line; a log gets one line per series.
class BatchProgress {
 public:
  explicit BatchProgress(int total) : total_(total), terminal_(::isatty(STDERR_FILENO)) { timer_.start(); }
  void finished(int done, const QString& key, const QString& status, QTextStream& err) {
    const double elapsed = timer_.nsecsElapsed() / 1e9;
    const double eta = done > 0 ? elapsed / done * (total_ - done) : 0;
    const int width = 30;
    const int filled = total_ > 0 ? width * done / total_ : width;
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    const QString line =
        BatchCommand::tr("[%1] %2/%3 %4 %5 (about %6 s left)").arg(bar).arg(done).arg(total_).arg(key.right(24), status).arg(qRound(eta));
    if (terminal_)
      err << '\r' << line << "\x1b[K" << (done == total_ ? "\n" : "") << Qt::flush;
    else
      err << line << '\n' << Qt::flush;
  }
  double elapsed() const { return timer_.nsecsElapsed() / 1e9; }

 private:
  int total_;
  bool terminal_;
  QElapsedTimer timer_;
};

}  // namespace

QString BatchCommand::header() {
  return QStringLiteral("series_key,study_instance_uid,series_instance_uid,status,error,segmenter,load_s,segment_s,score_s,") + csvHeader();
}

int BatchCommand::merge(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(tr("Join the CSV files of shards into one: one header, every series once, sorted."));
  parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The merged CSV."), tr("file")});
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, -1, out, err, &exitCode)) return exitCode;
  if (!StudyOptions::hasOutput(parser, err, &exitCode)) return exitCode;
  std::vector<std::filesystem::path> inputs;
  for (const QString& p : parser.positionalArguments()) inputs.push_back(p.toStdString());
  try {
    const int rows = BatchResultsFile::merge(inputs, parser.value(QStringLiteral("output")).toStdString());
    out << tr("Merged %n series into %1", nullptr, rows).arg(parser.value(QStringLiteral("output"))) << '\n';
    return Ok;
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
}

int BatchCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  if (arguments.size() > 1 && arguments[1] == QLatin1String("merge")) return merge(arguments.mid(1), out, err);
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The results CSV (appended to; finished series are skipped)."), tr("file")});
  parser.addOption({QStringLiteral("shard"), tr("Work only on shard i of N (e.g. 2/8): deterministic, disjoint, covering."), tr("i/N")});
  parser.addOption({QStringLiteral("pseudonymise"),
                    tr("Write keyed pseudonyms instead of UIDs and paths; the file's bytes are the secret key (the same key gives the same "
                       "pseudonyms, so shards and reruns still join)."),
                    tr("key-file")});
  ScoredStudy::addSettingsOptions(parser);
  SegmentCommand::addOptions(parser);
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;
  if (!StudyOptions::hasOutput(parser, err, &exitCode)) return exitCode;
  try {
    const QuantSettings settings = ScoredStudy::settingsFrom(parser);
    std::optional<KeyedPseudonyms> pseudonyms;
    if (parser.isSet(QStringLiteral("pseudonymise"))) {
      QFile keyFile(parser.value(QStringLiteral("pseudonymise")));
      QByteArray key;
      if (!keyFile.open(QIODevice::ReadOnly) || (key = keyFile.readAll()).size() < 16)
        throw HeaortaError(ErrorCode::InvalidInput,
                           tr("%1: cannot be read, or holds fewer than 16 bytes (the pseudonyms' key)").arg(keyFile.fileName()));
      pseudonyms.emplace(key);
    }
    const RowIdentity identity(std::move(pseudonyms));
    NullProgress quiet;
    BatchPlan::Plan plan = BatchPlan::make(parser.positionalArguments().front().toStdString(), quiet);
    std::vector<BatchItem> items = std::move(plan.items);
    if (parser.isSet(QStringLiteral("shard"))) {
      const QStringList s = parser.value(QStringLiteral("shard")).split(QLatin1Char('/'));
      if (s.size() != 2) throw HeaortaError(ErrorCode::InvalidInput, tr("--shard takes i/N, e.g. 2/8"));
      items = BatchPlan::shard(items, s[0].toInt(), s[1].toInt());
    }
    BatchResultsFile results(parser.value(QStringLiteral("output")).toStdString(), header());
    if (results.repairedTornRow()) err << tr("The last row was cut off (power loss?) and was removed; that series runs again.") << '\n';
    std::vector<const BatchItem*> pending;
    for (const BatchItem& item : items)
      if (!results.doneKeys().count(identity.key(item))) pending.push_back(&item);
    const int alreadyDone = static_cast<int>(items.size() - pending.size());

    // The model (or the fallback) is made once for the whole run.
    Notices factoryNotices;
    const std::unique_ptr<Segmenter> segmenter = SegmenterFactory::create(SegmentCommand::choiceFrom(parser), &factoryNotices);
    BatchProgress progress(static_cast<int>(pending.size()));
    int ok = 0, failedSegmentation = 0, errors = 0;
    // Pipelined: the next series decodes on its own thread while this one is segmented and scored.
    std::future<Loaded> next;
    if (!pending.empty()) next = std::async(std::launch::async, load, *pending.front());
    for (std::size_t i = 0; i < pending.size(); ++i) {
      const BatchItem& item = *pending[i];
      Loaded loaded = next.get();
      if (i + 1 < pending.size()) next = std::async(std::launch::async, load, *pending[i + 1]);
      Outcome o;
      o.load = loaded.seconds;
      o.segmenter = segmenter->name();  // the stable key once it has run
      std::optional<QuantResult> result;
      if (!loaded.volume) {
        o.status = QStringLiteral("error");
        o.error = loaded.error;
      } else {
        try {
          QElapsedTimer timer;
          timer.start();
          SegmentationResult segmented;
          try {
            segmented = segmenter->segment(*loaded.volume, quiet);
          } catch (const HeaortaError& e) {
            // The segmenter gave up (no lungs, not a chest CT): a failed segmentation, said as such.
            o.segment = timer.nsecsElapsed() / 1e9;
            o.status = QStringLiteral("segmentation_failed");
            o.error = e.message();
            throw;
          }
          o.segment = timer.nsecsElapsed() / 1e9;
          o.segmenter = segmented.segmenterKey;
          timer.restart();
          Notices notices = factoryNotices;
          notices.insert(notices.end(), segmented.notices.begin(), segmented.notices.end());
          QuantificationEngine engine(*loaded.volume, segmented.labels, nullptr, segmented.bone.empty() ? nullptr : &segmented.bone, settings);
          engine.setExtraNotices(notices);
          engine.computeAll();
          result = engine.result();
          o.score = timer.nsecsElapsed() / 1e9;
          const int code = ScoredStudy::exitCodeFor(*result);
          o.status = code == Ok                   ? QStringLiteral("ok")
                     : code == SegmentationFailed ? QStringLiteral("segmentation_failed")
                                                  : QStringLiteral("score_not_computed");
        } catch (const HeaortaError& e) {
          if (o.status.isEmpty()) o.status = QStringLiteral("error");
          if (o.error.isEmpty()) o.error = e.message();
        }
      }
      (o.status == QLatin1String("ok") ? ok : o.status == QLatin1String("error") ? errors : failedSegmentation)++;
      results.append(identity.key(item), row(item, o, result ? &*result : nullptr, identity));
      progress.finished(static_cast<int>(i + 1), identity.key(item), o.status, err);
    }
    const double hours = progress.elapsed() / 3600;
    out << tr("%1 series: %2 scored, %3 with a failed segmentation or no score, %4 errors, %5 already done; %6 series per hour")
               .arg(items.size())
               .arg(ok)
               .arg(failedSegmentation)
               .arg(errors)
               .arg(alreadyDone)
               .arg(pending.empty() || hours <= 0 ? QStringLiteral("-") : QString::number(pending.size() / hours, 'f', 0))
        << '\n';
    if (plan.notEligible > 0)
      out << tr("%n series were not eligible (not CT, localizers, or fewer than 10 images).", nullptr, plan.notEligible) << '\n';
    out << tr("Results: %1").arg(parser.value(QStringLiteral("output"))) << '\n';
    return errors > 0 ? InvalidInput : Ok;
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
}

}  // namespace heaorta::cli
