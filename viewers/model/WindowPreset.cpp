#include "viewers/model/WindowPreset.h"

namespace heaorta {

const WindowPreset WindowPresets::all[5] = {WindowPreset::Mediastinum, WindowPreset::Calcium, WindowPreset::Fat, WindowPreset::Bone,
                                            WindowPreset::Lung};

WindowLevel WindowPresets::windowLevel(WindowPreset preset) {
  switch (preset) {
    case WindowPreset::Mediastinum:
      return {400, 40};
    case WindowPreset::Calcium:
      return {800, 200};
    case WindowPreset::Fat:
      return {400, -60};
    case WindowPreset::Bone:
      return {2000, 500};
    case WindowPreset::Lung:
      return {1500, -600};
    case WindowPreset::Custom:
      break;
  }
  return {400, 40};
}

QString WindowPresets::name(WindowPreset preset) {
  switch (preset) {
    case WindowPreset::Mediastinum:
      return tr("Mediastinum");
    case WindowPreset::Calcium:
      return tr("Calcium");
    case WindowPreset::Fat:
      return tr("Fat");
    case WindowPreset::Bone:
      return tr("Bone");
    case WindowPreset::Lung:
      return tr("Lung");
    case WindowPreset::Custom:
      break;
  }
  return tr("Custom");
}

QString WindowPresets::key(WindowPreset preset) {
  switch (preset) {
    case WindowPreset::Mediastinum:
      return QStringLiteral("mediastinum");
    case WindowPreset::Calcium:
      return QStringLiteral("calcium");
    case WindowPreset::Fat:
      return QStringLiteral("fat");
    case WindowPreset::Bone:
      return QStringLiteral("bone");
    case WindowPreset::Lung:
      return QStringLiteral("lung");
    case WindowPreset::Custom:
      break;
  }
  return QStringLiteral("custom");
}

WindowPreset WindowPresets::fromKey(const QString& key) {
  for (WindowPreset p : all)
    if (WindowPresets::key(p) == key) return p;
  return WindowPreset::Custom;
}

}  // namespace heaorta
