#include "core/dicom/IsolatedPixelDecoding.h"

#include "core/util/Error.h"
#include "core/util/IsolatedWorker.h"
#include "core/util/Parallel.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>

namespace heaorta {
namespace {

// A JPEG 2000 slice decodes in well under a second; a codec silent this long has hung.
constexpr std::chrono::milliseconds kDecoderTimeout{30000};
constexpr std::size_t kFilesPerChild = 32;

using Job = IsolatedPixelDecoding::Job;

std::size_t sliceBytes(const DicomPixelDecoder::Target& t) { return static_cast<std::size_t>(t.frame->rows) * t.frame->columns * sizeof(int16_t); }

// What came back from one child: per file, in any order, "<index> ok <clamped>" followed by one
// message per slice, or "<index> <error code>\n<message>".
struct ChunkAnswers {
  explicit ChunkAnswers(const std::vector<const Job*>& jobs) : jobs(jobs), done(jobs.size(), false) {}

  void receive(std::string&& message) {
    if (pending) {
      const DicomPixelDecoder::Target& target = jobs[*pending]->second[slice];
      std::memcpy(target.destination, message.data(), std::min(message.size(), sliceBytes(target)));
      if (++slice == jobs[*pending]->second.size()) finish(*pending);
      return;
    }
    char* rest = nullptr;
    const std::size_t index = std::strtoull(message.c_str(), &rest, 10);
    if (index >= jobs.size() || *rest != ' ') return;
    const std::string answer(rest + 1);
    if (answer.compare(0, 3, "ok ") == 0) {
      clamped += std::strtoull(answer.c_str() + 3, nullptr, 10);
      pending = index;
      slice = 0;
    } else if (!refused) {
      refused.emplace(HeaortaError::decode(answer));
    }
  }

  void finish(std::size_t index) {
    done[index] = true;
    pending.reset();
    if (fileDone) fileDone();
  }

  const std::vector<const Job*>& jobs;
  std::vector<bool> done;
  std::optional<std::size_t> pending;  // the file whose slices are arriving
  std::size_t slice = 0;
  std::size_t clamped = 0;
  std::optional<HeaortaError> refused;
  std::function<void()> fileDone;
};

// Decodes `jobs` in one child process, `threads` files at a time inside it.
IsolatedWorker::Outcome decodeInChild(ChunkAnswers& answers, int threads, const IsolatedPixelDecoding::DecodeFile& decodeFile) {
  const std::vector<const Job*>& jobs = answers.jobs;
  return IsolatedWorker::run(
      [&](const IsolatedWorker::Emit& emit) {
        std::mutex sending;
        parallelFor(
            jobs.size(),
            [&](std::size_t j) {
              std::string answer;
              try {
                answer = std::to_string(j) + " ok " + std::to_string(decodeFile(jobs[j]->first, jobs[j]->second));
              } catch (const HeaortaError& e) {
                const std::lock_guard<std::mutex> lock(sending);
                emit(std::to_string(j) + ' ' + e.encode());
                return;
              }
              const std::lock_guard<std::mutex> lock(sending);
              emit(answer);
              for (const DicomPixelDecoder::Target& t : jobs[j]->second)
                emit(std::string(reinterpret_cast<const char*>(t.destination), sliceBytes(t)));
            },
            threads);
      },
      [&](std::string&& message) { answers.receive(std::move(message)); }, kDecoderTimeout);
}

std::size_t decodeChunk(const std::vector<const Job*>& jobs, int threads, const std::function<void()>& fileDone,
                        const IsolatedPixelDecoding::DecodeFile& decodeFile) {
  ChunkAnswers answers(jobs);
  answers.fileDone = fileDone;
  const IsolatedWorker::Outcome outcome = decodeInChild(answers, threads, decodeFile);
  if (answers.refused) throw *answers.refused;
  std::size_t clamped = answers.clamped;
  if (outcome.kind == IsolatedWorker::Outcome::Finished && std::all_of(answers.done.begin(), answers.done.end(), [](bool d) { return d; }))
    return clamped;
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    if (answers.done[j]) continue;
    if (outcome.kind == IsolatedWorker::Outcome::Unavailable) {  // no process to spare: decode here
      clamped += decodeFile(jobs[j]->first, jobs[j]->second);
      if (fileDone) fileDone();
      continue;
    }
    // Which file stopped the child: each one left, alone in a child of its own.
    const std::vector<const Job*> one{jobs[j]};
    ChunkAnswers alone(one);
    alone.fileDone = fileDone;
    const IsolatedWorker::Outcome again = decodeInChild(alone, 1, decodeFile);
    if (alone.refused) throw *alone.refused;
    if (!alone.done[0])
      throw HeaortaError(ErrorCode::InvalidInput,
                         IsolatedPixelDecoding::tr("%1: the image decoder stopped on this file (%2)")
                             .arg(QString::fromStdString(jobs[j]->first.string()),
                                  QString::fromStdString((again.kind == IsolatedWorker::Outcome::Finished ? outcome : again).describe())));
    clamped += alone.clamped;
  }
  return clamped;
}

}  // namespace

bool IsolatedPixelDecoding::needsCodec(const DicomFrameHeader& frame) { return !DicomPixelDecoder::isNative(frame.transferSyntaxUid); }

std::size_t IsolatedPixelDecoding::decode(const std::vector<const Job*>& jobs, int threads, const std::function<void()>& fileDone,
                                          const DecodeFile& decodeFile) {
  // One child at a time, decoding on all threads inside it: this process forks only while no other
  // thread of ours is working (a fork taken while another thread holds an allocator's lock leaves
  // the child waiting for it forever, as AddressSanitizer's allocator showed).
  std::size_t clamped = 0;
  for (std::size_t from = 0; from < jobs.size(); from += kFilesPerChild) {
    const std::vector<const Job*> chunk(jobs.begin() + static_cast<std::ptrdiff_t>(from),
                                        jobs.begin() + static_cast<std::ptrdiff_t>(std::min(jobs.size(), from + kFilesPerChild)));
    clamped += decodeChunk(chunk, threads, fileDone, decodeFile);
  }
  return clamped;
}

}  // namespace heaorta
