#pragma once

#include "core/io/VolumeFileIO.h"

#include <itkImageIOBase.h>

namespace heaorta {

// ITK's reader and writer for a volume file format (null for Unknown): the one place that maps our
// formats to ITK's ImageIO classes.
itk::ImageIOBase::Pointer imageIOFor(VolumeFileFormat format);

}  // namespace heaorta
