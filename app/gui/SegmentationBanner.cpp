#include "app/gui/SegmentationBanner.h"

#include "app/gui/StudySession.h"

namespace heaorta {

SegmentationBanner::SegmentationBanner(StudySession* session, QWidget* parent) : QLabel(parent), session_(session) {
  setObjectName(QStringLiteral("segmentationBanner"));
  setWordWrap(true);
  setMargin(6);
  connect(session_, &StudySession::labelsReplaced, this, &SegmentationBanner::refresh);
  connect(session_, &StudySession::opened, this, &SegmentationBanner::refresh);
  connect(session_, &StudySession::closed, this, &SegmentationBanner::refresh);
  refresh();
}

void SegmentationBanner::refresh() {
  if (!session_->labels()) {
    hide();
    return;
  }
  QStringList cautions;
  bool warn = false;
  for (const Notice& n : session_->segmentationNotices()) {
    cautions << n.text();
    warn = warn || n.code == QLatin1String("fallback-segmenter") || n.code == QLatin1String("untrained-model") ||
           n.code == QLatin1String("contrast-detected") || n.code.endsWith(QLatin1String("-not-found"));
  }
  setText(tr("Masks made by: %1").arg(session_->segmenter()) +
          (cautions.isEmpty() ? QString() : QStringLiteral("\n") + cautions.join(QLatin1Char('\n'))));
  setStyleSheet(warn ? QStringLiteral("background: #fff3cd; color: #664d03; border: 1px solid #e0c36a;")
                     : QStringLiteral("background: #e7f1ff; color: #084298; border: 1px solid #9ec5fe;"));
  show();
}

}  // namespace heaorta
