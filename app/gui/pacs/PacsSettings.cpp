#include "app/gui/pacs/PacsSettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace heaorta {

QString PacsSettings::defaultRetrieveFolder() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("retrieved"));
}

PacsSettings PacsSettings::load() {
  QSettings settings;
  settings.beginGroup(QStringLiteral("pacs"));
  PacsSettings s;
  s.caller.aeTitle = settings.value(QStringLiteral("localAeTitle"), s.caller.aeTitle).toString();
  s.caller.timeoutSeconds = settings.value(QStringLiteral("timeoutSeconds"), s.caller.timeoutSeconds).toInt();
  s.retrieveFolder = settings.value(QStringLiteral("retrieveFolder"), defaultRetrieveFolder()).toString();
  s.retrieveWithMove = settings.value(QStringLiteral("retrieveWithMove"), false).toBool();
  s.movePort = static_cast<quint16>(settings.value(QStringLiteral("movePort"), s.movePort).toUInt());
  const int count = settings.beginReadArray(QStringLiteral("nodes"));
  for (int i = 0; i < count; ++i) {
    settings.setArrayIndex(i);
    PacsNode node;
    node.aeTitle = settings.value(QStringLiteral("aeTitle")).toString();
    node.host = settings.value(QStringLiteral("host")).toString();
    node.port = static_cast<quint16>(settings.value(QStringLiteral("port"), 104).toUInt());
    node.tls.enabled = settings.value(QStringLiteral("tls"), false).toBool();
    node.tls.caCertificateFile = settings.value(QStringLiteral("tlsCa")).toString();
    node.tls.certificateFile = settings.value(QStringLiteral("tlsCertificate")).toString();
    node.tls.privateKeyFile = settings.value(QStringLiteral("tlsKey")).toString();
    s.nodes.push_back(node);
  }
  settings.endArray();
  return s;
}

void PacsSettings::save() const {
  QSettings settings;
  settings.beginGroup(QStringLiteral("pacs"));
  settings.setValue(QStringLiteral("localAeTitle"), caller.aeTitle);
  settings.setValue(QStringLiteral("timeoutSeconds"), caller.timeoutSeconds);
  settings.setValue(QStringLiteral("retrieveFolder"), retrieveFolder);
  settings.setValue(QStringLiteral("retrieveWithMove"), retrieveWithMove);
  settings.setValue(QStringLiteral("movePort"), movePort);
  settings.remove(QStringLiteral("nodes"));
  settings.beginWriteArray(QStringLiteral("nodes"), static_cast<int>(nodes.size()));
  for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
    settings.setArrayIndex(i);
    const PacsNode& node = nodes[static_cast<std::size_t>(i)];
    settings.setValue(QStringLiteral("aeTitle"), node.aeTitle);
    settings.setValue(QStringLiteral("host"), node.host);
    settings.setValue(QStringLiteral("port"), node.port);
    settings.setValue(QStringLiteral("tls"), node.tls.enabled);
    settings.setValue(QStringLiteral("tlsCa"), node.tls.caCertificateFile);
    settings.setValue(QStringLiteral("tlsCertificate"), node.tls.certificateFile);
    settings.setValue(QStringLiteral("tlsKey"), node.tls.privateKeyFile);
  }
  settings.endArray();
}

}  // namespace heaorta
