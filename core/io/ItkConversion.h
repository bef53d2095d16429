#pragma once

#include "core/model/ImageGeometry.h"

#include <itkImage.h>

namespace heaorta {

// Geometry transfer between our grids and ITK images (both LPS, same axis conventions).
template <typename TImage>
void applyGeometry(const ImageGeometry& geometry, TImage* image) {
  typename TImage::RegionType region;
  typename TImage::SizeType size;
  typename TImage::SpacingType spacing;
  typename TImage::PointType origin;
  typename TImage::DirectionType direction;
  for (unsigned a = 0; a < 3; ++a) {
    size[a] = static_cast<itk::SizeValueType>(geometry.size[a]);
    spacing[a] = geometry.spacing[a];
    origin[a] = geometry.origin[a];
    for (unsigned b = 0; b < 3; ++b) direction(a, b) = geometry.direction(a, b);
  }
  region.SetSize(size);
  image->SetRegions(region);
  image->SetSpacing(spacing);
  image->SetOrigin(origin);
  image->SetDirection(direction);
}

template <typename TImage>
ImageGeometry geometryOf(const TImage* image) {
  ImageGeometry g;
  const auto size = image->GetLargestPossibleRegion().GetSize();
  for (unsigned a = 0; a < 3; ++a) {
    g.size[a] = static_cast<int>(size[a]);
    g.spacing[a] = image->GetSpacing()[a];
    g.origin[a] = image->GetOrigin()[a];
    for (unsigned b = 0; b < 3; ++b) g.direction(a, b) = image->GetDirection()(a, b);
  }
  return g;
}

// An ITK image that reads `voxels` in place (no copy, no new pages): for writers, which only read.
template <typename TPixel>
typename itk::Image<TPixel, 3>::Pointer wrapAsItkImage(const ImageGeometry& geometry, const TPixel* voxels) {
  auto image = itk::Image<TPixel, 3>::New();
  applyGeometry(geometry, image.GetPointer());
  image->GetPixelContainer()->SetImportPointer(const_cast<TPixel*>(voxels), geometry.voxelCount(), false);
  return image;
}

}  // namespace heaorta
