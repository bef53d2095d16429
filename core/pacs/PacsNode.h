#pragma once

#include <QCoreApplication>
#include <QString>

namespace heaorta {

// How we secure an association: DICOM over TLS (PS3.15 Annex B, BCP 195 profile).
struct PacsTls {
  bool enabled = false;
  QString caCertificateFile;  // PEM; the PACS's certificate must chain to it
  QString certificateFile;    // PEM; ours, when the PACS asks for client certificates
  QString privateKeyFile;     // PEM; the key of certificateFile
};

// A remote DICOM application entity (a PACS) and how to reach it.
struct PacsNode {
  Q_DECLARE_TR_FUNCTIONS(heaorta::PacsNode)

 public:
  QString aeTitle;
  QString host;
  quint16 port = 104;
  PacsTls tls;

  // "AET@HOST:PORT"; throws HeaortaError(InvalidInput) naming what is wrong.
  static PacsNode parse(const QString& text);
  QString toString() const;  // AET@HOST:PORT
  // Empty when usable, otherwise why not (AE titles are 1-16 characters of the default repertoire).
  static QString aeTitleProblem(const QString& aeTitle);
};

// Who we are on the network and how long we wait for the peer.
struct PacsCaller {
  QString aeTitle = QStringLiteral("HEAORTA");
  int timeoutSeconds = 30;  // connect, association and each DIMSE message
};

}  // namespace heaorta
