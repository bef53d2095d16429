#include "app/gui/AboutDialog.h"

#include "core/util/Versions.h"
#include "segmentation/model/TorchInference.h"
#include "viewers/vtk/VtkVersion.h"

#include <QMessageBox>

namespace heaorta {

QString AboutDialog::text() {
  QString libraries;
  auto versions = coreLibraryVersions();
  versions.emplace_back(QStringLiteral("VTK"), vtkVersionString());
  versions.emplace_back(QStringLiteral("LibTorch"), TorchInference::runtimeVersion().section(QLatin1Char(' '), 1));
  for (const auto& [name, version] : versions) libraries += QStringLiteral("<li>%1 %2</li>").arg(name, version);
  return tr("<h3>Heaorta Workstation %1</h3>"
            "<p>Heart and aorta segmentation, coronary and aortic calcium, pericardial fat and risk on chest CT.</p>"
            "<p><b>Not a substitute for a physician's judgement.</b> Check the masks: the numbers depend on them.</p>"
            "<p>Built with:</p><ul>%2</ul>"
            "<p>Licences: Qt (LGPL 3), VTK (BSD 3-clause), ITK (Apache 2.0), GDCM (BSD), Eigen (MPL 2), "
            "LibTorch (BSD 3-clause). Demo study: TCIA Lung-PET-CT-Dx, CC BY 4.0 (Li P. et al., 2020).</p>")
      .arg(QCoreApplication::applicationVersion(), libraries);
}

void AboutDialog::show(QWidget* parent) { QMessageBox::about(parent, tr("About Heaorta Workstation"), text()); }

}  // namespace heaorta
