#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace heaorta {

struct WindowLevel {
  double window = 400;
  double level = 40;
  bool operator==(const WindowLevel& o) const { return window == o.window && level == o.level; }
};

// A HU interval painted over the CT (calcium >= threshold, fat window).
struct HuHighlight {
  bool enabled = false;
  int lowHu = 0;
  int highHu = 0;
  QColor color;
};

enum class WindowPreset { Mediastinum, Calcium, Fat, Bone, Lung, Custom };

class WindowPresets {
  Q_DECLARE_TR_FUNCTIONS(heaorta::WindowPresets)

 public:
  static WindowLevel windowLevel(WindowPreset preset);
  static QString name(WindowPreset preset);  // translated
  static QString key(WindowPreset preset);   // stable, for settings
  static WindowPreset fromKey(const QString& key);
  static const WindowPreset all[5];
};

}  // namespace heaorta
