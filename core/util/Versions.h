#pragma once

#include <QString>
#include <utility>
#include <vector>

namespace heaorta {

// Name and version of each library core/ is built on (Qt, ITK, GDCM, Eigen), for About boxes and
// reports; higher layers add their own.
std::vector<std::pair<QString, QString>> coreLibraryVersions();

}  // namespace heaorta
