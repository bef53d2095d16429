#pragma once

#include <QCoreApplication>

class QWidget;

namespace heaorta {

// Versions of the application and every library it runs on, and their licences.
class AboutDialog {
  Q_DECLARE_TR_FUNCTIONS(heaorta::AboutDialog)

 public:
  static QString text();
  static void show(QWidget* parent);
};

}  // namespace heaorta
