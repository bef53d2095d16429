#include "core/io/VolumeImageIO.h"

#include <itkMetaImageIO.h>
#include <itkNiftiImageIO.h>
#include <itkNrrdImageIO.h>

namespace heaorta {

itk::ImageIOBase::Pointer imageIOFor(VolumeFileFormat format) {
  switch (format) {
    case VolumeFileFormat::NIfTI:
      return itk::NiftiImageIO::New().GetPointer();
    case VolumeFileFormat::NRRD:
      return itk::NrrdImageIO::New().GetPointer();
    case VolumeFileFormat::MetaImage:
      return itk::MetaImageIO::New().GetPointer();
    case VolumeFileFormat::Unknown:
      break;
  }
  return nullptr;
}

}  // namespace heaorta
