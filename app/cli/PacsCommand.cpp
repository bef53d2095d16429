#include "app/cli/PacsCommand.h"

#include "app/cli/ConsoleProgress.h"
#include "app/cli/ExitCodes.h"
#include "core/pacs/PacsClient.h"
#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <csignal>
#include <filesystem>

namespace heaorta::cli {
namespace {

const QStringList kActions{QStringLiteral("echo"), QStringLiteral("find"), QStringLiteral("get"), QStringLiteral("move"), QStringLiteral("store")};

std::atomic<bool> interrupted{false};

// Ctrl+C during a retrieve or store stops it cleanly (the partial study is removed) instead of
// killing the process mid-write.
class InterruptibleProgress final : public ProgressSink {
 public:
  InterruptibleProgress() {
    previous_ = std::signal(SIGINT, [](int) { interrupted.store(true); });
  }
  ~InterruptibleProgress() override { std::signal(SIGINT, previous_); }
  void report(double fraction, const QString& stage) override { console_.report(fraction, stage); }
  bool cancelRequested() const override { return interrupted.load(); }

 private:
  ConsoleProgress console_;
  void (*previous_)(int) = SIG_DFL;
};

QJsonObject toJson(const PacsMatch& m) {
  QJsonObject o{{"patient_name", m.patientName},
                {"patient_id", m.patientId},
                {"patient_birth_date", m.patientBirthDate},
                {"study_date", m.studyDate},
                {"study_time", m.studyTime},
                {"accession_number", m.accessionNumber},
                {"study_description", m.studyDescription},
                {"modalities", m.modalities},
                {"study_instance_uid", m.studyInstanceUid}};
  if (m.seriesCount >= 0) o["series_count"] = m.seriesCount;
  if (m.instanceCount >= 0) o["instance_count"] = m.instanceCount;
  if (!m.seriesInstanceUid.isEmpty()) {
    o["series_instance_uid"] = m.seriesInstanceUid;
    o["series_number"] = m.seriesNumber;
    o["series_description"] = m.seriesDescription;
  }
  return o;
}

QString countText(int n) { return n < 0 ? QStringLiteral("?") : QString::number(n); }

int fail(const HeaortaError& e, QTextStream& err) {
  err << PacsCommand::tr("error: %1").arg(e.message()) << '\n';
  return exitCodeFor(e.code());
}

}  // namespace

int PacsCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  const QString action = arguments.value(1);
  QCommandLineParser parser;
  parser.setApplicationDescription(summary() + QLatin1Char('\n') +
                                   tr("Actions: echo, find, get (C-GET), move (C-MOVE to our own storage SCP), store (C-STORE)."));
  parser.addPositionalArgument(QStringLiteral("action"), tr("echo, find, get, move or store."));
  parser.addOption({QStringLiteral("node"), tr("The PACS: its AE title, host and port."), QStringLiteral("AET@HOST:PORT")});
  parser.addOption({QStringLiteral("local-aet"), tr("Our AE title (default HEAORTA)."), tr("aet"), QStringLiteral("HEAORTA")});
  parser.addOption(
      {QStringLiteral("timeout"), tr("Seconds to wait for the PACS to connect and answer (default 30)."), tr("seconds"), QStringLiteral("30")});
  parser.addOption({QStringLiteral("tls"), tr("Use DICOM over TLS.")});
  parser.addOption({QStringLiteral("tls-ca"), tr("CA certificate (PEM) the PACS's certificate must chain to."), tr("file")});
  parser.addOption({QStringLiteral("tls-cert"), tr("Our certificate (PEM), when the PACS requires one."), tr("file")});
  parser.addOption({QStringLiteral("tls-key"), tr("The private key (PEM) of --tls-cert."), tr("file")});
  parser.addOption({QStringLiteral("level"), tr("find: study (default) or series."), tr("level"), QStringLiteral("study")});
  parser.addOption({QStringLiteral("patient-id"), tr("find: Patient ID."), tr("id")});
  parser.addOption({QStringLiteral("name"), tr("find: patient name (wildcards * and ?)."), tr("name")});
  parser.addOption({QStringLiteral("date"), tr("find: study date or range (YYYYMMDD, YYYYMMDD-YYYYMMDD)."), tr("range")});
  parser.addOption({QStringLiteral("modality"), tr("find: modality (CT)."), tr("modality")});
  parser.addOption({QStringLiteral("study"), tr("find (series level), get, move: Study Instance UID."), tr("uid")});
  parser.addOption({QStringLiteral("series"), tr("get, move: only this Series Instance UID."), tr("uid")});
  parser.addOption({QStringLiteral("json"), tr("find: print JSON instead of a table.")});
  parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("get, move: folder to write the study into."), tr("folder")});
  parser.addOption({QStringLiteral("local-port"), tr("move: port our storage SCP listens on (default 11112)."), tr("port"), QStringLiteral("11112")});
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, -1, out, err, &exitCode)) return exitCode;
  if (!kActions.contains(action)) {
    err << tr("error: unknown pacs action \"%1\" (echo, find, get, move or store)").arg(action) << '\n';
    return UsageError;
  }
  if (!parser.isSet(QStringLiteral("node"))) {
    err << tr("error: --node AET@HOST:PORT is required") << '\n';
    return UsageError;
  }
  try {
    PacsNode node = PacsNode::parse(parser.value(QStringLiteral("node")));
    node.tls.enabled = parser.isSet(QStringLiteral("tls"));
    node.tls.caCertificateFile = parser.value(QStringLiteral("tls-ca"));
    node.tls.certificateFile = parser.value(QStringLiteral("tls-cert"));
    node.tls.privateKeyFile = parser.value(QStringLiteral("tls-key"));
    PacsCaller caller;
    caller.aeTitle = parser.value(QStringLiteral("local-aet"));
    if (const QString problem = PacsNode::aeTitleProblem(caller.aeTitle); !problem.isEmpty()) {
      err << tr("error: --local-aet: %1").arg(problem) << '\n';
      return UsageError;
    }
    bool ok = false;
    caller.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || caller.timeoutSeconds < 1) {
      err << tr("error: --timeout must be a whole number of seconds, 1 or more") << '\n';
      return UsageError;
    }
    if (action == QLatin1String("echo")) return echo(node, caller, out);
    if (action == QLatin1String("find")) return find(parser, node, caller, out, err);
    if (action == QLatin1String("store")) return store(parser, node, caller, out, err);
    return retrieve(action, parser, node, caller, out, err);
  } catch (const HeaortaError& e) {
    return fail(e, err);
  }
}

int PacsCommand::echo(const PacsNode& node, const PacsCaller& caller, QTextStream& out) {
  const double ms = PacsClient(node, caller).echo();
  out << tr("%1 answered C-ECHO in %2 ms (calling AE title %3%4).")
             .arg(node.toString())
             .arg(ms, 0, 'f', 0)
             .arg(caller.aeTitle, node.tls.enabled ? tr(", TLS") : QString())
      << '\n';
  return Ok;
}

int PacsCommand::find(const QCommandLineParser& parser, const PacsNode& node, const PacsCaller& caller, QTextStream& out, QTextStream& err) {
  PacsQuery query;
  const QString level = parser.value(QStringLiteral("level"));
  if (level != QLatin1String("study") && level != QLatin1String("series")) {
    err << tr("error: --level must be study or series") << '\n';
    return UsageError;
  }
  query.level = level == QLatin1String("series") ? PacsQuery::Level::Series : PacsQuery::Level::Study;
  query.patientId = parser.value(QStringLiteral("patient-id"));
  query.patientName = parser.value(QStringLiteral("name"));
  query.dateRange = parser.value(QStringLiteral("date"));
  query.modality = parser.value(QStringLiteral("modality"));
  query.studyInstanceUid = parser.value(QStringLiteral("study"));
  if (const QString problem = query.problem(); !problem.isEmpty()) {
    err << tr("error: %1").arg(problem) << '\n';
    return UsageError;
  }
  const PacsMatches matches = PacsClient(node, caller).find(query);
  if (parser.isSet(QStringLiteral("json"))) {
    QJsonArray array;
    for (const PacsMatch& m : matches) array.append(toJson(m));
    out << QJsonDocument(QJsonObject{{"node", node.toString()}, {"level", level}, {"matches", array}}).toJson();
    return Ok;
  }
  out << tr("%n match(es) on %1", nullptr, static_cast<int>(matches.size())).arg(node.toString()) << '\n';
  for (const PacsMatch& m : matches) {
    if (query.level == PacsQuery::Level::Series) {
      out << QStringLiteral("  #%1  %2  %3  ").arg(m.seriesNumber, -4).arg(m.modalities, -3).arg(m.seriesDescription, -30)
          << tr("%1 image(s)").arg(countText(m.instanceCount)) << "  " << m.seriesInstanceUid << '\n';
    } else {
      out << QStringLiteral("  %1  %2  %3  %4  %5  ")
                 .arg(m.studyDate, -8)
                 .arg(m.patientName, -24)
                 .arg(m.patientId, -12)
                 .arg(m.modalities, -6)
                 .arg(m.studyDescription, -24)
          << tr("%1 series, %2 image(s)").arg(countText(m.seriesCount), countText(m.instanceCount)) << "  " << m.studyInstanceUid << '\n';
    }
  }
  return Ok;
}

int PacsCommand::retrieve(const QString& action, const QCommandLineParser& parser, const PacsNode& node, const PacsCaller& caller, QTextStream& out,
                          QTextStream& err) {
  if (!parser.isSet(QStringLiteral("study")) || !parser.isSet(QStringLiteral("output"))) {
    err << tr("error: %1 needs --study UID and -o FOLDER").arg(action) << '\n';
    return UsageError;
  }
  const std::string study = parser.value(QStringLiteral("study")).toStdString();
  const std::string series = parser.value(QStringLiteral("series")).toStdString();
  const std::filesystem::path output = parser.value(QStringLiteral("output")).toStdString();
  InterruptibleProgress progress;
  PacsClient client(node, caller);
  PacsRetrieveResult result;
  if (action == QLatin1String("get")) {
    result = client.get(study, series, output, progress);
  } else {
    bool ok = false;
    const uint port = parser.value(QStringLiteral("local-port")).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
      err << tr("error: --local-port must be a number from 1 to 65535") << '\n';
      return UsageError;
    }
    result = client.move(study, series, output, static_cast<quint16>(port), progress);
  }
  out << tr("Retrieved %n instance(s) into %1", nullptr, static_cast<int>(result.instanceCount))
             .arg(QString::fromStdString(result.studyFolder.string()))
      << '\n';
  return Ok;
}

int PacsCommand::store(const QCommandLineParser& parser, const PacsNode& node, const PacsCaller& caller, QTextStream& out, QTextStream& err) {
  std::vector<std::filesystem::path> files;
  for (const QString& argument : parser.positionalArguments().mid(1)) {
    const std::filesystem::path path = argument.toStdString();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(path, std::filesystem::directory_options::skip_permission_denied, ec))
        if (entry.is_regular_file(ec)) files.push_back(entry.path());
    } else if (std::filesystem::is_regular_file(path, ec)) {
      files.push_back(path);
    } else {
      err << tr("error: %1 is not a file or folder").arg(argument) << '\n';
      return NotFound;
    }
  }
  if (files.empty()) {
    err << tr("error: store needs one or more DICOM files or folders") << '\n';
    return UsageError;
  }
  InterruptibleProgress progress;
  const PacsStoreResult result = PacsClient(node, caller).store(files, progress);
  for (const QString& failure : result.failures) err << tr("not stored: %1").arg(failure) << '\n';
  out << tr("Stored %1 of %n file(s) on %2", nullptr, static_cast<int>(files.size())).arg(result.stored).arg(node.toString()) << '\n';
  return result.failures.empty() ? Ok : PeerFailed;
}

}  // namespace heaorta::cli
