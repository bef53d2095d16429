#include "core/dicom/IsolatedPixelDecoding.h"

#include "core/util/Error.h"
#include "core/util/IsolatedWorker.h"
#include "core/util/Parallel.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

namespace heaorta {
namespace {

// A JPEG 2000 slice decodes in well under a second; a codec silent this long has hung.
constexpr std::chrono::milliseconds kDecoderTimeout{30000};
constexpr std::size_t kFilesPerChild = 32;

std::size_t sliceBytes(const DicomPixelDecoder::Target& t) { return static_cast<std::size_t>(t.frame->rows) * t.frame->columns * sizeof(int16_t); }

// The parent's side of one child: per file an answer ("ok <clamped>" or "<error code>\n<message>"),
// then, after "ok", one message per target with its decoded slice.
class ChunkReceiver {
 public:
  explicit ChunkReceiver(const std::vector<const IsolatedPixelDecoding::Job*>& jobs) : jobs_(jobs) {}

  void receive(std::string&& message) {
    if (next_ >= jobs_.size()) return;
    const IsolatedPixelDecoding::Job& job = *jobs_[next_];
    if (slice_ < 0) {
      if (message.compare(0, 3, "ok ") == 0) {
        clamped_ += std::strtoull(message.c_str() + 3, nullptr, 10);
        slice_ = 0;
      } else if (!refused_) {
        const std::size_t split = message.find('\n');
        refused_.emplace(static_cast<ErrorCode>(std::atoi(message.substr(0, split).c_str())), QString::fromStdString(message.substr(split + 1)));
        ++next_;
      }
      if (slice_ < 0 || !job.second.empty()) return;
    } else {
      const DicomPixelDecoder::Target& target = job.second[static_cast<std::size_t>(slice_)];
      std::memcpy(target.destination, message.data(), std::min(message.size(), sliceBytes(target)));
      if (static_cast<std::size_t>(++slice_) < job.second.size()) return;
    }
    slice_ = -1;
    ++next_;
    if (fileDone_) fileDone_();
  }

  std::function<void()> fileDone_;
  std::size_t next_ = 0;  // the file being answered
  int slice_ = -1;        // its next slice, or -1 while its answer is awaited
  std::size_t clamped_ = 0;
  std::optional<HeaortaError> refused_;

 private:
  const std::vector<const IsolatedPixelDecoding::Job*>& jobs_;
};

std::size_t decodeChunk(const std::vector<const IsolatedPixelDecoding::Job*>& jobs, const std::function<void()>& fileDone,
                        const IsolatedPixelDecoding::DecodeFile& decodeFile) {
  ChunkReceiver receiver(jobs);
  receiver.fileDone_ = fileDone;
  const IsolatedWorker::Outcome outcome = IsolatedWorker::run(
      [&](const IsolatedWorker::Emit& emit) {
        for (const IsolatedPixelDecoding::Job* job : jobs) {
          try {
            const std::size_t clamped = decodeFile(job->first, job->second);
            emit("ok " + std::to_string(clamped));
            for (const DicomPixelDecoder::Target& t : job->second) emit(std::string(reinterpret_cast<const char*>(t.destination), sliceBytes(t)));
          } catch (const HeaortaError& e) {
            emit(std::to_string(static_cast<int>(e.code())) + '\n' + e.message().toStdString());
            return;  // the load fails on the first bad file
          }
        }
      },
      [&](std::string&& message) { receiver.receive(std::move(message)); }, kDecoderTimeout);
  if (receiver.refused_) throw *receiver.refused_;
  if (outcome.kind == IsolatedWorker::Outcome::Unavailable) {  // no process to spare: decode here
    std::size_t clamped = receiver.clamped_;
    for (std::size_t j = receiver.next_; j < jobs.size(); ++j) {
      clamped += decodeFile(jobs[j]->first, jobs[j]->second);
      if (fileDone) fileDone();
    }
    return clamped;
  }
  if (outcome.kind != IsolatedWorker::Outcome::Finished || receiver.next_ < jobs.size()) {
    const std::size_t at = std::min(receiver.next_, jobs.size() - 1);
    throw HeaortaError(ErrorCode::InvalidInput,
                       IsolatedPixelDecoding::tr("%1: the image decoder stopped on this file (%2)")
                           .arg(QString::fromStdString(jobs[at]->first.string()), QString::fromStdString(outcome.describe())));
  }
  return receiver.clamped_;
}

}  // namespace

bool IsolatedPixelDecoding::needsCodec(const DicomFrameHeader& frame) {
  return frame.transferSyntaxUid != "1.2.840.10008.1.2" && frame.transferSyntaxUid != "1.2.840.10008.1.2.1";
}

std::size_t IsolatedPixelDecoding::decode(const std::vector<const Job*>& jobs, int threads, const std::function<void()>& fileDone,
                                          const DecodeFile& decodeFile) {
  if (jobs.empty()) return 0;
  const std::size_t children =
      std::max<std::size_t>(1, threads > 0 ? static_cast<std::size_t>(threads) : static_cast<std::size_t>(workerThreadCount()));
  const std::size_t perChild = std::clamp<std::size_t>((jobs.size() + children - 1) / children, 1, kFilesPerChild);
  const std::size_t chunks = (jobs.size() + perChild - 1) / perChild;
  std::atomic<std::size_t> clamped{0};
  parallelFor(
      chunks,
      [&](std::size_t c) {
        const std::vector<const Job*> chunk(jobs.begin() + static_cast<std::ptrdiff_t>(c * perChild),
                                            jobs.begin() + static_cast<std::ptrdiff_t>(std::min(jobs.size(), (c + 1) * perChild)));
        clamped += decodeChunk(chunk, fileDone, decodeFile);
      },
      static_cast<int>(children));
  return clamped;
}

}  // namespace heaorta
