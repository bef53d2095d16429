#pragma once

#include "core/util/Error.h"

namespace heaorta::cli {

// Exit codes scripts can rely on (documented in the README).
enum ExitCode {
  Ok = 0,
  InternalError = 1,
  UsageError = 2,
  InvalidInput = 3,
  NotFound = 4,
  PermissionDenied = 5,
  WriteFailed = 6,
  Cancelled = 7,
  ModelInvalid = 8,
  ScoreNotComputed = 9,     // ran, but the coronary score could not be computed (no heart label)
  SegmentationFailed = 10,  // ran, but the masks failed the segmentation check: no risk verdict
};

inline int exitCodeFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::Unsupported: return InvalidInput;
    case ErrorCode::NotFound: return NotFound;
    case ErrorCode::PermissionDenied: return PermissionDenied;
    case ErrorCode::WriteFailed: return WriteFailed;
    case ErrorCode::Cancelled: return Cancelled;
    case ErrorCode::ModelInvalid: return ModelInvalid;
  }
  return InternalError;
}

}  // namespace heaorta::cli
