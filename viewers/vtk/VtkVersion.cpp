#include "viewers/vtk/VtkVersion.h"

#include <vtkVersion.h>

namespace heaorta {

QString vtkVersionString() { return QString::fromLatin1(vtkVersion::GetVTKVersion()); }

}  // namespace heaorta
