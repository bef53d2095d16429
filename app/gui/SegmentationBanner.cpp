#include "app/gui/SegmentationBanner.h"

#include "app/gui/StudySession.h"

namespace heaorta {

SegmentationBanner::SegmentationBanner(StudySession* session, QWidget* parent) : WrappingLabel(parent), session_(session) {
  setObjectName(QStringLiteral("segmentationBanner"));
  setMargin(6);
  connect(session_, &StudySession::labelsReplaced, this, &SegmentationBanner::refresh);
  connect(session_, &StudySession::opened, this, &SegmentationBanner::refresh);
  connect(session_, &StudySession::closed, this, &SegmentationBanner::refresh);
  refresh();
}

void SegmentationBanner::setFailures(const Notices& failures) {
  QStringList before, after;
  for (const Notice& n : failures_) before << n.code;
  for (const Notice& n : failures) after << n.code;
  failures_ = failures;
  if (before != after) refresh();  // results change on every brush dab; the banner rarely does
}

void SegmentationBanner::refresh() {
  if (!session_->labels()) {
    hide();
    return;
  }
  if (!failures_.empty()) {
    QStringList lines{tr("Segmentation failed: these masks are not a result, and no risk verdict is given. Correct or replace them.")};
    for (const Notice& n : failures_) lines << n.text();
    lines << tr("Masks made by: %1").arg(session_->segmenter());
    for (const Notice& n : session_->segmentationNotices()) lines << n.text();
    setText(lines.join(QLatin1Char('\n')));
    setStyleSheet(QStringLiteral("background: #f8d7da; color: #842029; border: 1px solid #f1aeb5; font-weight: bold;"));
    show();
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
