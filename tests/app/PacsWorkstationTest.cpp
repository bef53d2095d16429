// The workstation's PACS dialogs against a real PACS (Debian's Orthanc on
// loopback): configure a node and test it, find and retrieve a study into the
// viewer, send the SEG, SR and report back.
#include "app/common/Translations.h"
#include "app/gui/MainWindow.h"
#include "app/gui/StudySession.h"
#include "app/gui/pacs/PacsBrowser.h"
#include "app/gui/pacs/PacsNodesDialog.h"
#include "app/gui/pacs/PacsSendDialog.h"
#include "app/gui/pacs/PacsSettings.h"
#include "core/dicom/DicomSeriesLoader.h"
#include "tests/support/OrthancServer.h"
#include "tests/support/SyntheticDicom.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace heaorta;
using namespace heaorta::test;

namespace {

template <typename T>
T* child(QObject* parent, const char* name) {
  T* found = parent->findChild<T*>(QString::fromLatin1(name));
  if (!found) qFatal("no child %s", name);
  return found;
}

// Replaces a line edit's text as typed (textEdited fires, as it does for a
// reader).
void type(QLineEdit* edit, const QString& text) {
  edit->selectAll();
  QTest::keyClick(edit, Qt::Key_Delete);
  QTest::keyClicks(edit, text);
}

bool isRed(const QLabel* label) { return label->styleSheet().contains(QLatin1String("#b00020")); }

std::vector<std::filesystem::path> filesUnder(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(folder))
    if (e.is_regular_file()) files.push_back(e.path());
  return files;
}

}  // namespace

class PacsWorkstationTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  OrthancServer orthanc_;
  StudySession session_;
  std::unique_ptr<MainWindow> window_;
  int imageCount_ = 0;

  QString retrieveFolder() const { return tmp_.filePath(QStringLiteral("retrieved")); }

 private Q_SLOTS:
  void initTestCase() {
    if (!OrthancServer::installed()) QSKIP("Orthanc is not installed (packaging/install-deps.sh installs it)");
    // The nodes are saved per user: this run's user settings live in a folder
    // of its own.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, tmp_.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("HeaortaPacsTest"));
    installTranslations(*qApp, QStringLiteral("en"));  // the plural forms
    const QString problem = orthanc_.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    imageCount_ = orthanc_.upload(sharedData("chest-ct-noncontrast"));
    QVERIFY(imageCount_ > 0);
    window_ = std::make_unique<MainWindow>(&session_);
    window_->resize(1400, 1000);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
  }

  void nodesDialogTestsAndSavesANode() {
    QVERIFY(PacsSettings::load().nodes.empty());
    PacsNodesDialog dialog(window_.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* test = child<QPushButton>(&dialog, "testConnection");
    auto* result = child<QLabel>(&dialog, "connectionResult");
    QVERIFY(!test->isEnabled());  // nothing to test before a node exists

    // A node where nothing listens: the test says so, in red, and the dialog
    // stays usable.
    QTest::mouseClick(child<QPushButton>(&dialog, "addNode"), Qt::LeftButton);
    type(child<QLineEdit>(&dialog, "nodeAeTitle"), QStringLiteral("ORTHANC"));
    type(child<QLineEdit>(&dialog, "nodeHost"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&dialog, "nodePort")->setValue(freeLoopbackPort());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
    QVERIFY2(result->text().contains(QLatin1String("Cannot reach")) && isRed(result), qPrintable(result->text()));

    // The real PACS answers.
    child<QSpinBox>(&dialog, "nodePort")->setValue(orthanc_.dicomPort());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
    QVERIFY2(result->text().contains(QLatin1String("answered the C-ECHO")) && !isRed(result), qPrintable(result->text()));
    type(child<QLineEdit>(&dialog, "retrieveFolder"), retrieveFolder());
    dialog.grab().save(artefactPath(QStringLiteral("pacs-nodes.png")));

    // A bad AE title keeps the dialog open with the reason; a good one saves.
    type(child<QLineEdit>(&dialog, "localAeTitle"), QStringLiteral("BAD\\AE"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(result->text().startsWith(QLatin1String("Our AE title")) && isRed(result), qPrintable(result->text()));
    type(child<QLineEdit>(&dialog, "localAeTitle"), QStringLiteral("HEAORTA"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const PacsSettings saved = PacsSettings::load();
    QCOMPARE(saved.nodes.size(), std::size_t(1));
    QCOMPARE(saved.nodes[0].toString(), orthanc_.node());
    QCOMPARE(saved.caller.aeTitle, QStringLiteral("HEAORTA"));
    QCOMPARE(saved.retrieveFolder, retrieveFolder());
  }

  void browserRetrievesTheStudyIntoTheViewer() {
    child<QAction>(window_.get(), "pacsQueryAction")->trigger();
    auto* browser = window_->findChild<PacsBrowser*>();
    QVERIFY(browser && browser->isVisible());
    auto* table = child<QTableWidget>(browser, "pacsResults");
    auto* status = child<QLabel>(browser, "pacsStatus");
    QCOMPARE(child<QComboBox>(browser, "pacsNode")->currentText(), orthanc_.node());

    // A patient ID the PACS does not hold: no rows, said.
    type(child<QLineEdit>(browser, "queryPatientId"), QStringLiteral("NO-SUCH-PATIENT"));
    QTest::mouseClick(child<QPushButton>(browser, "searchPacs"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("0 studies found")), 30000);
    QCOMPARE(table->rowCount(), 0);

    child<QLineEdit>(browser, "queryPatientId")->clear();
    QTest::mouseClick(child<QPushButton>(browser, "searchPacs"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("1 study found")), 30000);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("CT"));          // modalities
    QCOMPARE(table->item(0, 8)->text(), QString::number(imageCount_));  // images
    browser->grab().save(artefactPath(QStringLiteral("pacs-browser.png")));

    QSignalSpy opened(window_.get(), &MainWindow::studyOpened);
    QSignalSpy failed(window_.get(), &MainWindow::studyFailed);
    // Cancel on the progress dialog: nothing opens and nothing is left in the
    // retrieve folder.
    QTest::mouseClick(child<QPushButton>(browser, "retrieveStudy"), Qt::LeftButton);
    auto* progress = browser->findChild<QProgressDialog*>();
    QVERIFY(progress);
    progress->findChild<QPushButton*>()->click();  // its Cancel button (the dialog shows after 300 ms)
    QTRY_VERIFY_WITH_TIMEOUT(isRed(status), 60000);
    QVERIFY2(status->text().contains(QLatin1String("cancelled")), qPrintable(status->text()));
    QVERIFY(QDir(retrieveFolder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(child<QPushButton>(browser, "retrieveStudy")->isEnabled());
    QCOMPARE(opened.size(), 0);

    QTest::mouseClick(child<QPushButton>(browser, "retrieveStudy"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 120000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY2(status->text().contains(QStringLiteral("Retrieved %1 images").arg(imageCount_)), qPrintable(status->text()));

    // What the viewer shows is, voxel for voxel, the series that was uploaded.
    NullProgress noProgress;
    std::vector<std::filesystem::path> source = filesUnder(sharedData("chest-ct-noncontrast"));
    const Volume expected = DicomSeriesLoader::load(source, {}, noProgress);
    const std::shared_ptr<const Volume> shown = session_.volume();
    QVERIFY(shown);
    QCOMPARE(shown->size(), expected.size());
    QVERIFY(std::memcmp(shown->data(), expected.data(), expected.geometry().voxelCount() * sizeof(int16_t)) == 0);
    QCOMPARE(int(filesUnder(retrieveFolder().toStdString()).size()), imageCount_);
    browser->close();
  }

  void aPacsThatIsDownIsSaidInTheBrowser() {
    PacsSettings settings = PacsSettings::load();
    PacsNode down = settings.nodes[0];
    down.port = static_cast<quint16>(freeLoopbackPort());
    settings.nodes.push_back(down);
    settings.save();
    PacsBrowser browser(window_.get());
    browser.show();
    child<QComboBox>(&browser, "pacsNode")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&browser, "searchPacs"), Qt::LeftButton);
    auto* status = child<QLabel>(&browser, "pacsStatus");
    QTRY_VERIFY_WITH_TIMEOUT(isRed(status), 30000);
    QVERIFY2(status->text().contains(QLatin1String("Cannot reach")), qPrintable(status->text()));
    QCOMPARE(child<QTableWidget>(&browser, "pacsResults")->rowCount(), 0);
    QVERIFY(child<QPushButton>(&browser, "searchPacs")->isEnabled());
    settings.nodes.pop_back();
    settings.save();
  }

  void sendStoresTheSegSrAndReportInTheStudy() {
    QSignalSpy done(window_.get(), &MainWindow::segmentationFinished);
    QSignalSpy failed(window_.get(), &MainWindow::segmentationFailed);
    window_->segment();
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 120000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(session_.labels());

    child<QAction>(window_.get(), "pacsSendAction")->trigger();
    auto* dialog = window_->findChild<PacsSendDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    for (const char* box : {"sendSeg", "sendSr", "sendReport"}) {
      auto* check = child<QCheckBox>(dialog, box);
      QVERIFY2(check->isEnabled() && check->isChecked(), box);
    }
    type(child<QLineEdit>(dialog, "sendReader"), QStringLiteral("Dr. Test"));
    QSignalSpy sent(dialog, &PacsSendDialog::sent);
    QTest::mouseClick(child<QPushButton>(dialog, "sendToPacs"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 120000);
    auto* status = child<QLabel>(dialog, "sendStatus");
    QCOMPARE(sent.value(0).value(0).toInt(), 3);
    QVERIFY2(status->text().contains(QLatin1String("3 of 3 objects stored")) && !isRed(status), qPrintable(status->text()));
    dialog->grab().save(artefactPath(QStringLiteral("pacs-send.png")));
    QCOMPARE(orthanc_.instanceCount(), imageCount_ + 3);
    // In the CT's own study: the masks, the results and the report
    // (Encapsulated PDF, modality DOC).
    QCOMPARE(orthanc_.studySeriesModalities(),
             (QStringList{QStringLiteral("CT"), QStringLiteral("DOC"), QStringLiteral("SEG"), QStringLiteral("SR")}));
    dialog->close();
  }

  void cleanupTestCase() { window_.reset(); }
};

QTEST_MAIN(PacsWorkstationTest)
#include "PacsWorkstationTest.moc"
