#include "core/pacs/PacsNode.h"

#include "core/util/Error.h"

namespace heaorta {

QString PacsNode::aeTitleProblem(const QString& aeTitle) {
  if (aeTitle.trimmed().isEmpty()) return tr("the AE title is empty");
  if (aeTitle.size() > 16) return tr("the AE title \"%1\" is longer than 16 characters").arg(aeTitle);
  for (const QChar c : aeTitle) {
    if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('\\'))
      return tr("the AE title \"%1\" has a character DICOM does not allow (control, backslash or non-ASCII)").arg(aeTitle);
  }
  return {};
}

PacsNode PacsNode::parse(const QString& text) {
  const auto invalid = [&text](const QString& why) {
    return HeaortaError(ErrorCode::InvalidInput, tr("The PACS node \"%1\" is not AET@HOST:PORT: %2.").arg(text, why));
  };
  const int at = text.indexOf(QLatin1Char('@'));
  const int colon = text.lastIndexOf(QLatin1Char(':'));
  if (at <= 0 || colon < at + 2) throw invalid(tr("expected an AE title, '@', a host, ':' and a port"));
  PacsNode node;
  node.aeTitle = text.left(at);
  node.host = text.mid(at + 1, colon - at - 1);
  bool ok = false;
  const uint port = text.mid(colon + 1).toUInt(&ok);
  if (!ok || port == 0 || port > 65535) throw invalid(tr("the port must be a number from 1 to 65535"));
  node.port = static_cast<quint16>(port);
  if (const QString problem = aeTitleProblem(node.aeTitle); !problem.isEmpty()) throw invalid(problem);
  return node;
}

QString PacsNode::toString() const { return QStringLiteral("%1@%2:%3").arg(aeTitle, host).arg(port); }

}  // namespace heaorta
