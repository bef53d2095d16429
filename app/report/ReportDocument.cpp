#include "app/report/ReportDocument.h"

#include "app/report/RiskScaleImage.h"
#include "core/dicom/DicomValues.h"
#include "core/quant/MesaPercentile.h"
#include "core/quant/ResultPresenter.h"

#include <QTextDocument>
#include <QUrl>

namespace heaorta {
namespace {

const QUrl kScaleUrl(QStringLiteral("report://risk-scale.png"));
const QUrl kLesionUrl(QStringLiteral("report://lesion.png"));
const QUrl kView3dUrl(QStringLiteral("report://view3d.png"));

QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString row(const QString& name, const QString& value) { return QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>").arg(esc(name), value); }

QString orDash(const std::string& s) { return s.empty() ? QStringLiteral("-") : esc(s); }

QString dicomDate(const std::string& d) { return orDash(dicom::dateForDisplay(d)); }

QString dicomTime(const std::string& t) {
  if (t.size() < 4) return {};
  return QStringLiteral(" %1:%2").arg(QString::fromStdString(t.substr(0, 2)), QString::fromStdString(t.substr(2, 2)));
}

QString millimetres(const std::optional<double>& v) {
  return v ? ReportDocument::tr("%1 mm").arg(ResultPresenter::number(*v, 2)) : QStringLiteral("-");
}

QString sexName(const std::string& s) {
  if (s == "F") return ReportDocument::tr("female");
  if (s == "M") return ReportDocument::tr("male");
  return orDash(s);
}

// Reference values reported with the original system (CLINICAL.md).
QString fatReference(const QuantResult& r) {
  if (!r.fat.computed) return {};
  const double v = r.fat.volumeMl;
  const QString where = v > 250   ? ReportDocument::tr("above 250 mL, where risk starts to rise")
                        : v > 125 ? ReportDocument::tr("above the population mean; some studies use 125 mL as a cut-off")
                                  : ReportDocument::tr("within the usual range");
  return ReportDocument::tr("Reference: population mean about 100 mL; risk rises above about 250 mL. This value: %1.").arg(where);
}

}  // namespace

QFont ReportDocument::font(double pointSize) {
  QFont f;
  f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK TC")});
  f.setPointSizeF(pointSize);
  return f;
}

QString ReportDocument::html(const ReportContent& c, int scaleWidth, int keyWidth) {
  const QuantResult& r = c.result;
  const ResultPresenter present(r);
  const ScanMetadata& s = c.scan;
  const bool verdict = present.verdictGiven();
  QString h;
  h += QStringLiteral(
      "<html><head><style>"
      "h1 { font-size: 17pt; margin: 0; } h2 { font-size: 12pt; margin-top: 10px; margin-bottom: 3px; color: #1f3b63; }"
      "td { padding: 1px 6px 1px 0; vertical-align: top; } td.k { color: #555555; }"
      ".withheld { color: #b71c1c; font-weight: bold; } .small { font-size: 8pt; color: #444444; }"
      ".tier { font-size: 13pt; font-weight: bold; }"
      "</style></head><body>");
  h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Coronary calcium and heart CT report")));
  if (!s.institution.empty()) h += QStringLiteral("<p>%1</p>").arg(esc(s.institution));

  // Identification.
  const std::optional<int> age = s.patientAgeYears();
  h += QStringLiteral("<table width='100%'><tr><td width='50%'><table>");
  h += row(tr("Patient"), orDash(dicom::personNameForDisplay(s.patientName)));
  h += row(tr("Patient ID"), orDash(s.patientId));
  h += row(tr("Birth date"), dicomDate(s.patientBirthDate));
  h += row(tr("Sex / age"), QStringLiteral("%1 / %2").arg(sexName(s.patientSex), age ? QString::number(*age) : QStringLiteral("-")));
  h += row(tr("Study"), dicomDate(s.studyDate) + dicomTime(s.studyTime) + QStringLiteral(" · ") + orDash(s.studyDescription));
  h += row(tr("Accession"), orDash(s.accessionNumber));
  h += QStringLiteral("</table></td><td width='50%'><table>");
  h += row(tr("Scanner"), esc(QString::fromStdString(s.manufacturer + " " + s.manufacturerModel).trimmed()));
  h += row(tr("Series"), orDash(s.seriesDescription));
  h += row(tr("Tube voltage"), s.kvp ? tr("%1 kVp").arg(ResultPresenter::number(*s.kvp, 0)) : QStringLiteral("-"));
  h += row(tr("Slice thickness / increment"), millimetres(s.sliceThicknessMm) + QStringLiteral(" / ") +
                                                  millimetres(s.sliceIncrementMm ? s.sliceIncrementMm : std::optional<double>(r.sliceIncrementMm)));
  h += row(tr("Kernel"), orDash(s.convolutionKernel));
  h += QStringLiteral("</table></td></tr></table>");

  // The verdict first, for the patient.
  h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Heart attack and stroke risk from coronary calcium")));
  h += QStringLiteral("<p><img src='%1' width='%2'></p>").arg(kScaleUrl.toString()).arg(scaleWidth);
  if (verdict) {
    h += QStringLiteral("<p class='tier'>%1</p>").arg(esc(present.verdict()));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("People with this coronary calcium score have %1 (heart attack, stroke or cardiac death). %2")
                          .arg(present.eventRate(), present.advice())));
  } else {
    h += QStringLiteral("<p class='withheld'>%1</p>").arg(esc(present.verdict()));
    for (const Notice& n : r.verdictWithheldBecause()) h += QStringLiteral("<p class='withheld'>· %1</p>").arg(esc(n.text()));
  }

  // Coronary calcium.
  h += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Coronary artery calcium")));
  h += row(tr("Agatston score"), QStringLiteral("<b>%1</b>").arg(esc(present.cacValue())));
  if (present.scoreComputed()) {
    const CalciumTotals& cac = r.coronary();
    h += row(tr("Volume score"), esc(tr("%1 mm³").arg(ResultPresenter::number(cac.volumeMm3))));
    h += row(tr("Mass score"), esc(tr("%1 mg").arg(ResultPresenter::number(cac.massMg, 2))));
    QStringList arteries;
    for (Artery a : {Artery::LM, Artery::LAD, Artery::LCX, Artery::RCA, Artery::Other, Artery::Unassigned})
      arteries << QStringLiteral("%1 %2").arg(ResultPresenter::arteryName(a), present.arteryValue(a));
    h += row(tr("Per artery"), esc(arteries.join(QStringLiteral(" · "))));
    h += row(tr("Lesions"), esc(tr("%n calcified lesion(s); vessels with calcium: %1", nullptr, cac.lesions).arg(r.vesselsWithCalcium)));
    if (verdict) h += row(tr("CAC-DRS"), esc(present.cacDrs()));
    const bool leftMain = r.arteries[static_cast<int>(Artery::LM)].agatston > 0;
    h += row(tr("Left main"), esc(leftMain ? tr("calcified (left main involvement)") : tr("no calcium assigned to the left main")));
    if (verdict && cac.agatston > 1000)
      h += row(tr("Note"), QStringLiteral("<b>%1</b>").arg(esc(tr("Score over 1000: extensive coronary calcification."))));
    const MesaPercentile mesa = MesaPercentile::place(verdict ? std::optional<double>(cac.agatston) : std::nullopt, age, s.patientSex);
    h += row(tr("Age/sex percentile"), esc(mesa.describe()) + QStringLiteral("<br><span class='small'>%1</span>")
                                                                  .arg(esc(tr("Chinese-American participants are the reference group for "
                                                                              "Taiwanese patients. Lead with the score itself: it predicts "
                                                                              "events better than the percentile."))));
  }
  h += QStringLiteral("</table>");

  // Aorta and fat.
  h += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Aortic calcium and pericardial fat")));
  h += row(tr("Aortic calcium (Agatston)"), esc(present.aorticCalcium()));
  // Fat is measured inside the heart label: no reading of it when the masks failed.
  const bool fatValid = r.fat.computed && r.segmentationValid();
  h += row(tr("Pericardial fat"), esc(fatValid || !r.fat.computed ? present.pericardialFat() : tr("%1 (not valid)").arg(present.pericardialFat())) +
                                      (fatValid ? QStringLiteral("<br><span class='small'>%1</span>").arg(esc(fatReference(r))) : QString()));
  h += QStringLiteral("</table>");

  // Key images.
  if (!c.lesionImage.isNull() || !c.view3d.isNull()) {
    h += QStringLiteral("<h2 style='page-break-before: always'>%1</h2><table><tr>").arg(esc(tr("Key images")));
    if (!c.lesionImage.isNull())
      h += QStringLiteral("<td><img src='%1' width='%2'><br><span class='small'>%3</span></td>")
               .arg(kLesionUrl.toString())
               .arg(keyWidth)
               .arg(esc(c.lesionCaption));
    if (!c.view3d.isNull())
      h += QStringLiteral("<td><img src='%1' width='%2'><br><span class='small'>%3</span></td>")
               .arg(kView3dUrl.toString())
               .arg(keyWidth)
               .arg(esc(tr("3D view of the masks and calcium.")));
    h += QStringLiteral("</tr></table>");
  } else if (present.scoreComputed()) {
    h += QStringLiteral("<p class='small'>%1</p>").arg(esc(tr("No calcified lesion: no key image.")));
  }

  // How the numbers were made.
  h += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Method")));
  h += row(tr("Masks"), esc(c.segmenter.isEmpty() ? tr("from a label file") : c.segmenter));
  h += row(tr("Reader edits"), esc(c.edits.edited() ? c.edits.summary() : tr("none: the masks are as the machine made them")));
  h += row(tr("Settings"), esc(present.settings()));
  h += QStringLiteral("</table>");
  const QStringList cautions = present.cautions();
  if (!cautions.isEmpty()) {
    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Cautions")));
    for (const QString& line : cautions) h += QStringLiteral("<li>%1</li>").arg(esc(line));
    h += QStringLiteral("</ul>");
  }

  // Sign-off and disclaimer.
  h += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Sign-off")));
  h += row(tr("Reader"), c.reader.isEmpty() ? esc(tr("not signed")) : esc(c.reader));
  h += row(tr("Signed"),
           c.reader.isEmpty() || !c.signedAt.isValid() ? QStringLiteral("-") : esc(c.signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
  h += QStringLiteral("</table>");
  const QString produced = c.reader.isEmpty() ? tr("This report was produced by software from a CT scan; no reader has signed it.")
                                              : tr("This report was produced by software from a CT scan and checked by the reader named above.");
  h += QStringLiteral("<p class='small'>%1 %2</p>")
           .arg(esc(produced), esc(tr("It supports and does not replace a physician's judgement. The calcium score is defined for non-contrast CT "
                                      "at 120 kVp; on non-gated or thick-slice chest CT it may underestimate the calcium. The age/sex percentile "
                                      "is approximate; the absolute score predicts events better. Source of the percentile: %1")
                                       .arg(MesaPercentile().source())));
  h += QStringLiteral("</body></html>");
  return h;
}

std::unique_ptr<QTextDocument> ReportDocument::build(const ReportContent& c, double pageWidthPx) {
  auto doc = std::make_unique<QTextDocument>();
  doc->setDefaultFont(font(8.5));
  const ResultPresenter present(c.result);
  const int scaleWidth = int(pageWidthPx * 0.9);
  doc->addResource(QTextDocument::ImageResource, kScaleUrl, RiskScaleImage::render(c.result, present.verdictGiven(), scaleWidth * 2));
  if (!c.lesionImage.isNull()) doc->addResource(QTextDocument::ImageResource, kLesionUrl, c.lesionImage);
  if (!c.view3d.isNull()) doc->addResource(QTextDocument::ImageResource, kView3dUrl, c.view3d);
  // Image widths in layout pixels: the scale across the page, the key images side by side.
  const int keyWidth = int(pageWidthPx * (c.lesionImage.isNull() || c.view3d.isNull() ? 0.55 : 0.45));
  doc->setHtml(html(c, scaleWidth, keyWidth));
  return doc;
}

}  // namespace heaorta
