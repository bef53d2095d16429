#include "app/cli/TextDescriptions.h"

#include <QCoreApplication>

namespace heaorta::cli {
namespace {

QString str(const std::string& s) { return QString::fromStdString(s); }
QString num(double v, int decimals = 2) { return QString::number(v, 'f', decimals); }

}  // namespace

QString TextDescriptions::orUnknown(const std::string& value) { return value.empty() ? tr("unknown") : str(value); }

QString TextDescriptions::orUnknown(const std::optional<double>& value, int decimals) { return value ? num(*value, decimals) : tr("unknown"); }

QString TextDescriptions::seriesTitle(const DicomSeriesInfo& series) {
  const QString number = series.seriesNumber ? QString::number(*series.seriesNumber) : QStringLiteral("-");
  return QStringLiteral("#%1 \"%2\"").arg(number, str(series.description));
}

void TextDescriptions::describeIndex(const DicomIndex& index, QTextStream& out) {
  out << tr("Files examined: %1, skipped: %2").arg(index.filesExamined).arg(index.skipped.size()) << '\n';
  for (const auto& s : index.skipped) out << "  " << tr("skipped %1: %2").arg(str(s.file.string()), s.reason) << '\n';
  for (const auto& p : index.patients) {
    out << tr("Patient %1 (ID %2, sex %3)").arg(orUnknown(p.name), orUnknown(p.patientId), orUnknown(p.sex)) << '\n';
    for (const auto& st : p.studies) {
      out << "  " << tr("Study %1 \"%2\" (UID %3)").arg(orUnknown(st.date), str(st.description), orUnknown(st.studyInstanceUid)) << '\n';
      for (const auto& se : st.series)
        out << "    "
            << tr("Series %1: %2, %n image(s), %3 x %4, slice thickness %5 mm (UID %6)", nullptr, static_cast<int>(se.imageCount))
                   .arg(seriesTitle(se), orUnknown(se.modality))
                   .arg(se.columns)
                   .arg(se.rows)
                   .arg(orUnknown(se.sliceThicknessMm, 2), orUnknown(se.seriesInstanceUid))
            << '\n';
    }
  }
}

QString TextDescriptions::describeMetadata(const ScanMetadata& m) {
  QStringList parts;
  parts << tr("kVp %1").arg(orUnknown(m.kvp, 0));
  parts << tr("slice thickness %1 mm").arg(orUnknown(m.sliceThicknessMm, 2));
  parts << tr("slice increment %1 mm").arg(orUnknown(m.sliceIncrementMm, 2));
  parts << tr("kernel %1").arg(orUnknown(m.convolutionKernel));
  parts << (m.contrastAgentRecorded() ? tr("contrast agent: %1").arg(str(m.contrastAgent)) : tr("no contrast agent recorded"));
  parts << tr("manufacturer %1 %2").arg(orUnknown(m.manufacturer), str(m.manufacturerModel));
  parts << tr("patient age %1, sex %2").arg(orUnknown(m.patientAge), orUnknown(m.patientSex));
  parts << tr("study date %1").arg(orUnknown(m.studyDate));
  return parts.join(QStringLiteral("; "));
}

void TextDescriptions::describeVolume(const Volume& volume, QTextStream& out) {
  const ImageGeometry& g = volume.geometry();
  const HuRange hu = volume.huRange();
  out << tr("Volume (%1)").arg(orUnknown(volume.metadata().sourceFormat)) << '\n';
  out << "  " << tr("Size: %1 x %2 x %3 voxels").arg(g.size[0]).arg(g.size[1]).arg(g.size[2]) << '\n';
  out << "  " << tr("Spacing: %1 x %2 x %3 mm").arg(num(g.spacing[0], 3), num(g.spacing[1], 3), num(g.spacing[2], 3)) << '\n';
  out << "  " << tr("Origin: (%1, %2, %3) mm (LPS)").arg(num(g.origin[0]), num(g.origin[1]), num(g.origin[2])) << '\n';
  QStringList axes;
  for (int c = 0; c < 3; ++c)
    axes << QStringLiteral("(%1, %2, %3)").arg(num(g.direction(0, c), 4), num(g.direction(1, c), 4), num(g.direction(2, c), 4));
  out << "  " << tr("Orientation: %1, axes %2").arg(str(g.orientationCode()), axes.join(QStringLiteral(" "))) << '\n';
  out << "  " << tr("HU range: %1 to %2").arg(hu.min).arg(hu.max) << '\n';
  out << "  " << tr("Scoring metadata: %1").arg(describeMetadata(volume.metadata())) << '\n';
  for (const auto& n : volume.metadata().loadNotices) out << "  " << tr("Notice: %1").arg(n.message) << '\n';
}

}  // namespace heaorta::cli
