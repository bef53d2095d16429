#pragma once

#include <QString>

namespace heaorta {

QString vtkVersionString();

}  // namespace heaorta
