#include "core/util/IdentifierScrubber.h"

#include <QRegularExpression>
#include <algorithm>

namespace heaorta {

void IdentifierScrubber::add(const std::string& patientName, const std::string& patientId, const std::string& birthDate) {
  const auto addNeedle = [this](const QString& n) {
    if (n.trimmed().size() >= 3 && !needles_.contains(n.trimmed(), Qt::CaseInsensitive)) needles_ << n.trimmed();
  };
  const QString name = QString::fromStdString(patientName);
  addNeedle(name);
  for (const QString& part : name.split(QRegularExpression(QStringLiteral("[\\^ ,]+")), Qt::SkipEmptyParts)) addNeedle(part);
  addNeedle(QString::fromStdString(patientId));
  const QString date = QString::fromStdString(birthDate);
  addNeedle(date);
  if (date.size() == 8) addNeedle(date.left(4) + QLatin1Char('-') + date.mid(4, 2) + QLatin1Char('-') + date.mid(6));
  // Longest first, so that a full name goes before its parts.
  std::sort(needles_.begin(), needles_.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString IdentifierScrubber::scrub(QString text) const {
  for (const QString& n : needles_) text.replace(n, QStringLiteral("[removed]"), Qt::CaseInsensitive);
  return text;
}

}  // namespace heaorta
