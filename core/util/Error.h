#pragma once

#include <QString>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace heaorta {

// Why an operation on user input failed. Scripts see these as exit codes (see app/cli).
enum class ErrorCode {
  InvalidInput,  // the data is not what it claims or cannot be used
  Unsupported,   // valid, but something we refuse (non-CT, tilt without correction, ...)
  NotFound,      // no such file, or nothing loadable in it
  PermissionDenied,
  WriteFailed,
  Cancelled,
  ModelInvalid,  // segmentation model file or card rejected
  // DICOM networking (core/pacs): each is its own exit code so scripts can retry the right ones.
  PeerUnreachable,         // nothing answers at that host and port (PACS down, wrong port, no route)
  PeerTimeout,             // connected, but the peer stopped answering within the time-out
  AssociationRejected,     // the peer refused us (unknown AE title, not allowed)
  PeerFailed,              // the peer answered a request with a failure status
  TransferIncomplete,      // a retrieve or store stopped midway; nothing partial was kept as complete
  SecureConnectionFailed,  // TLS handshake, certificate or key problem
};

// A failure with a translated message that names the file and the problem.
class HeaortaError : public std::runtime_error {
 public:
  HeaortaError(ErrorCode code, const QString& message) : std::runtime_error(message.toStdString()), code_(code), message_(message) {}

  ErrorCode code() const { return code_; }
  const QString& message() const { return message_; }

  // As text and back: how a child process (IsolatedWorker) reports a refusal to its parent.
  std::string encode() const { return std::to_string(static_cast<int>(code_)) + '\n' + message_.toStdString(); }
  static HeaortaError decode(const std::string& text) {
    const std::size_t split = text.find('\n');
    return {static_cast<ErrorCode>(std::atoi(text.substr(0, split).c_str())), QString::fromStdString(text.substr(split + 1))};
  }

 private:
  ErrorCode code_;
  QString message_;
};

}  // namespace heaorta
