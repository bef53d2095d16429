#pragma once

#include "app/report/ReportContent.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <memory>

class QTextDocument;

namespace heaorta {

// The report as a rich-text document in the current language: identification, scanner and
// protocol, the scores, the risk tier on its scale (or why none is given), the MESA percentile, key
// images, how the masks were made and edited, every setting, the cautions, the sign-off and the
// disclaimer. Printing it to a PDF or a printer is ReportWriter's job.
class ReportDocument {
  Q_DECLARE_TR_FUNCTIONS(heaorta::ReportDocument)

 public:
  // `pageWidthPx`: the width the text is laid out in, so images are drawn at their size on paper.
  static std::unique_ptr<QTextDocument> build(const ReportContent& content, double pageWidthPx);
  static QString html(const ReportContent& content, int scaleWidthPx = 600, int keyImageWidthPx = 300);
  // The report's font: DejaVu Sans for Latin text and digits, Noto Sans CJK TC for Chinese. (Qt
  // embeds the CJK font with a text map that loses its digits: a PDF's numbers must stay searchable.)
  static QFont font(double pointSize);
};

}  // namespace heaorta
