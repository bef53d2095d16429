// The cohort run on a real Slurm cluster: a single-node cluster from Debian's packages (munge,
// slurmctld, slurmd on loopback, free ports, everything in a temporary folder), then
// packaging/slurm/submit.sh with a 3-task array over a small cohort and the merge job; the merged
// CSV must hold every series exactly once. Skipped, saying why, only where Slurm cannot start.
#include "tests/support/SyntheticDicom.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <csignal>
#include <algorithm>
#include <fstream>
#include <netinet/in.h>
#include <set>
#include <sys/socket.h>
#include <unistd.h>

using namespace heaorta::test;
namespace fs = std::filesystem;

namespace {

int freePort() {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t n = sizeof(a);
  int port = 0;
  if (::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof(a)) == 0 && ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &n) == 0)
    port = ntohs(a.sin_port);
  ::close(s);
  return port;
}

QString readFile(const QString& file) {
  QFile f(file);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

class SlurmClusterTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString conf_;
  QStringList pidFiles_;
  QString skipReason_;

  QString path(const QString& name) const { return tmp_.filePath(name); }

  int run(const QString& program, const QStringList& arguments, QString* output = nullptr) const {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SLURM_CONF"), conf_);
    env.insert(QStringLiteral("HEAORTA"), QString::fromLocal8Bit(qgetenv("HEAORTA_CLI")));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted() || !p.waitForFinished(60000)) return -1;
    if (output) *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  }

  // Starts munged, slurmctld and slurmd; empty on success, else why not.
  QString startCluster() {
    for (const char* tool : {"munged", "slurmctld", "slurmd", "sbatch", "sinfo"})
      if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty() && !QFile::exists(QStringLiteral("/usr/sbin/") + QLatin1String(tool)))
        return QStringLiteral("%1 is not installed (Debian: slurm-wlm, munge)").arg(QLatin1String(tool));
    const QString dir = path(QStringLiteral("slurm"));
    QDir().mkpath(dir + QStringLiteral("/state"));
    QDir().mkpath(dir + QStringLiteral("/spool"));
    QDir().mkpath(dir + QStringLiteral("/munge"));
    const QString key = dir + QStringLiteral("/munge/munge.key");
    {
      QFile k(key);
      if (!k.open(QIODevice::WriteOnly)) return QStringLiteral("cannot write the munge key");
      QByteArray bytes(1024, '\0');
      for (char& c : bytes) c = static_cast<char>(std::rand());
      k.write(bytes);
      k.setPermissions(QFile::ReadOwner);
    }
    const QString socket = dir + QStringLiteral("/munge/munge.socket");
    pidFiles_ << dir + QStringLiteral("/munge/munged.pid");
    QString out;
    if (run(QStringLiteral("munged"),
            {QStringLiteral("--force"), QStringLiteral("--key-file=") + key, QStringLiteral("--socket=") + socket,
             QStringLiteral("--pid-file=") + pidFiles_.back(), QStringLiteral("--log-file=") + dir + QStringLiteral("/munge/munged.log"),
             QStringLiteral("--seed-file=") + dir + QStringLiteral("/munge/seed")},
            &out) != 0)
      return QStringLiteral("munged did not start: ") + out;
    const QString user = QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? "root" : qgetenv("USER"));
    conf_ = dir + QStringLiteral("/slurm.conf");
    std::ofstream(conf_.toStdString()) << "ClusterName=heaortatest\nSlurmctldHost=localhost(127.0.0.1)\n"
                                       << "SlurmctldPort=" << freePort() << "\nSlurmdPort=" << freePort() << "\n"
                                       << "SlurmUser=" << user.toStdString() << "\nAuthType=auth/munge\nCredType=cred/munge\n"
                                       << "AuthInfo=socket=" << socket.toStdString() << "\n"
                                       << "StateSaveLocation=" << dir.toStdString() << "/state\nSlurmdSpoolDir=" << dir.toStdString() << "/spool\n"
                                       << "SlurmctldPidFile=" << dir.toStdString() << "/slurmctld.pid\nSlurmdPidFile=" << dir.toStdString()
                                       << "/slurmd.pid\nSlurmctldLogFile=" << dir.toStdString()
                                       << "/slurmctld.log\nSlurmdLogFile=" << dir.toStdString() << "/slurmd.log\n"
                                       << "ProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\nMpiDefault=none\n"
                                       << "JobAcctGatherType=jobacct_gather/none\nSelectType=select/cons_tres\nSelectTypeParameters=CR_CPU\n"
                                       << "ReturnToService=2\nSchedulerType=sched/builtin\n"
                                       << "NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 RealMemory=4000 State=UNKNOWN\n"
                                       << "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP\n";
    pidFiles_ << dir + QStringLiteral("/slurmctld.pid") << dir + QStringLiteral("/slurmd.pid");
    if (run(QStringLiteral("slurmctld"), {QStringLiteral("-f"), conf_}, &out) != 0) return QStringLiteral("slurmctld did not start: ") + out;
    if (run(QStringLiteral("slurmd"), {QStringLiteral("-f"), conf_, QStringLiteral("-N"), QStringLiteral("localhost")}, &out) != 0)
      return QStringLiteral("slurmd did not start: ") + out + readFile(dir + QStringLiteral("/slurmd.log")).right(400);
    for (int i = 0; i < 60; ++i) {
      if (run(QStringLiteral("sinfo"), {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%T")}, &out) == 0 &&
          out.contains(QStringLiteral("idle")))
        return {};
      QTest::qWait(500);
    }
    return QStringLiteral("the node did not come up: ") + out + readFile(dir + QStringLiteral("/slurmctld.log")).right(400);
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    skipReason_ = startCluster();
  }

  // The daemons are ours alone (their own folder, ports and key): stop them, forcibly if need be.
  void cleanupTestCase() {
    std::vector<pid_t> pids;
    for (const QString& file : pidFiles_)
      if (const pid_t pid = readFile(file).trimmed().toInt(); pid > 0) pids.push_back(pid);
    for (pid_t pid : pids) ::kill(pid, SIGTERM);
    for (int i = 0; i < 30 && std::any_of(pids.begin(), pids.end(), [](pid_t p) { return ::kill(p, 0) == 0; }); ++i) QTest::qWait(100);
    for (pid_t pid : pids) ::kill(pid, SIGKILL);
  }

  void aThreeShardArrayAndItsMergeScoreEverySeriesOnce() {
    if (!skipReason_.isEmpty()) QSKIP(qPrintable(QStringLiteral("Slurm cannot start here: ") + skipReason_));
    // A small cohort: four series (the fallback rejects these phantoms; each still gets its row).
    const fs::path cohort = path(QStringLiteral("cohort")).toStdString();
    std::set<QString> expected;
    for (int s = 1; s <= 4; ++s) {
      SyntheticSeries series;
      series.stackAlongNormal(12, 2.0);
      series.seriesUid = "1.2.826.0.1.3680043.9.7433.88." + std::to_string(s);
      SyntheticDicom::writeSeries(cohort / ("series" + std::to_string(s)), series);
      expected.insert(QString::fromStdString(series.seriesUid));
    }
    const QString results = path(QStringLiteral("results"));
    QString out;
    const QString submit = QString::fromStdString((sourceDir() / "packaging/slurm/submit.sh").string());
    QCOMPARE(run(submit, {QString::fromStdString(cohort.string()), results, QStringLiteral("3"), QStringLiteral("--mem=500")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("array job")), qPrintable(out));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(results + QStringLiteral("/results.csv")), 180000);
    QTRY_VERIFY_WITH_TIMEOUT((run(QStringLiteral("squeue"), {QStringLiteral("-h")}, &out), out.trimmed().isEmpty()), 60000);
    for (int i = 1; i <= 3; ++i) QVERIFY(QFile::exists(results + QStringLiteral("/shard-%1-of-3.csv").arg(i)));
    const QStringList lines = readFile(results + QStringLiteral("/results.csv")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);  // header + four series
    std::multiset<QString> keys;
    for (int i = 1; i < lines.size(); ++i) keys.insert(lines[i].section(QLatin1Char(','), 0, 0).remove(QLatin1Char('"')));
    QCOMPARE(std::set<QString>(keys.begin(), keys.end()), expected);
    QCOMPARE(keys.size(), expected.size());
  }
};

QTEST_GUILESS_MAIN(SlurmClusterTest)
#include "SlurmClusterTest.moc"
