#include "core/util/Versions.h"

#include <Eigen/Core>
#include <gdcmVersion.h>
#include <itkVersion.h>
#include <QtGlobal>

namespace heaorta {

std::vector<std::pair<QString, QString>> coreLibraryVersions() {
  return {{QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
          {QStringLiteral("ITK"), QString::fromStdString(itk::Version::GetITKVersion())},
          {QStringLiteral("GDCM"), QString::fromLatin1(gdcm::Version::GetVersion())},
          {QStringLiteral("Eigen"), QStringLiteral("%1.%2.%3").arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION)}};
}

}  // namespace heaorta
