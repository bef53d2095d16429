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
  PeerUnreachable = 11,
  PeerTimeout = 12,
  AssociationRejected = 13,
  PeerFailed = 14,
  TransferIncomplete = 15,
  SecureConnectionFailed = 16,
};

inline int exitCodeFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::Unsupported:
      return InvalidInput;
    case ErrorCode::NotFound:
      return NotFound;
    case ErrorCode::PermissionDenied:
      return PermissionDenied;
    case ErrorCode::WriteFailed:
      return WriteFailed;
    case ErrorCode::Cancelled:
      return Cancelled;
    case ErrorCode::ModelInvalid:
      return ModelInvalid;
    case ErrorCode::PeerUnreachable:
      return PeerUnreachable;
    case ErrorCode::PeerTimeout:
      return PeerTimeout;
    case ErrorCode::AssociationRejected:
      return AssociationRejected;
    case ErrorCode::PeerFailed:
      return PeerFailed;
    case ErrorCode::TransferIncomplete:
      return TransferIncomplete;
    case ErrorCode::SecureConnectionFailed:
      return SecureConnectionFailed;
  }
  return InternalError;
}

}  // namespace heaorta::cli
