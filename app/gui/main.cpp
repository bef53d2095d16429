// heaorta-workstation: the GUI. `heaorta-workstation [path]` opens a study folder or volume file.
#include "app/common/Translations.h"
#include "app/gui/MainWindow.h"
#include "app/gui/StudySession.h"
#include "viewers/vtk/VtkOpenGLWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QSurfaceFormat>
#include <QTimer>
#include <functional>

int main(int argc, char** argv) {
  // VTK's OpenGL2 backend needs a core profile context from the start.
  QSurfaceFormat::setDefaultFormat(heaorta::VtkOpenGLWidget::surfaceFormat());
  QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("Heaorta"));
  QCoreApplication::setApplicationName(QStringLiteral("Heaorta Workstation"));
  QCoreApplication::setApplicationVersion(QStringLiteral(HEAORTA_VERSION));

  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("DICOM folder or volume file to open"));
  parser.addOption({QStringLiteral("lang"), QStringLiteral("User interface language (en, zh_TW)"), QStringLiteral("language")});
  parser.process(app);
  const QString language =
      parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : QSettings().value(QStringLiteral("ui/language")).toString();
  heaorta::installTranslations(app, language);

  heaorta::StudySession session;
  // A language change rebuilds the window on the same session: every string is translated anew
  // and the open study, its masks and the scores stay.
  std::function<heaorta::MainWindow*()> createWindow = [&]() {
    auto* window = new heaorta::MainWindow(&session);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &heaorta::MainWindow::languageChangeRequested, &app, [&, window](const QString& lang) {
      window->saveUserSettings();
      heaorta::installTranslations(app, lang);
      heaorta::MainWindow* replacement = createWindow();
      replacement->show();
      window->close();
    });
    return window;
  };
  heaorta::MainWindow* window = createWindow();
  if (!QSettings().contains(QStringLiteral("window/geometry"))) window->resize(1400, 900);
  window->show();
  if (!parser.positionalArguments().isEmpty()) {
    const std::filesystem::path path = parser.positionalArguments().front().toStdString();
    QTimer::singleShot(0, window, [window, path] { window->openPath(path); });
  }
  // Edits a crashed or killed session left behind are offered back.
  QTimer::singleShot(0, window, [window] { window->offerRestore(); });
  return app.exec();
}
