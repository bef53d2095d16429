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

  // The language first, so that --help is in it too: --lang, else the one the reader chose last.
  QStringList arguments = QCoreApplication::arguments();
  heaorta::installTranslations(app, heaorta::takeLanguage(arguments, QSettings().value(QStringLiteral("ui/language")).toString()));

  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("path"), QCoreApplication::translate("heaorta::Workstation", "DICOM folder or volume file to open"));
  parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("heaorta::Workstation", "User interface language (en, zh_TW)"),
                    QCoreApplication::translate("heaorta::Workstation", "language")});
  parser.process(app);

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
