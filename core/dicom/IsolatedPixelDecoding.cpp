#include "core/dicom/IsolatedPixelDecoding.h"

#include "core/util/Error.h"
#include "core/util/IsolatedBatch.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

namespace heaorta {
namespace {

// A JPEG 2000 slice decodes in well under a second; a codec silent this long has hung.
constexpr std::chrono::milliseconds kDecoderTimeout{30000};
constexpr std::size_t kFilesPerChild = 32;

using Job = IsolatedPixelDecoding::Job;

std::size_t sliceBytes(const DicomPixelDecoder::Target& t) { return static_cast<std::size_t>(t.frame->rows) * t.frame->columns * sizeof(int16_t); }

}  // namespace

bool IsolatedPixelDecoding::needsCodec(const DicomFrameHeader& frame) { return !DicomPixelDecoder::isNative(frame.transferSyntaxUid); }

std::size_t IsolatedPixelDecoding::decode(const std::vector<const Job*>& jobs, int threads, const std::function<void()>& fileDone,
                                          const DecodeFile& decodeFile) {
  // One child at a time, decoding on all threads inside it: this process forks only while no other
  // thread of ours is working (a fork taken while another thread holds an allocator's lock leaves
  // the child waiting for it forever, as AddressSanitizer's allocator showed). Per file the child
  // answers 'c' and the clamped count followed by 's' and one slice per target, or 'e' and a refusal.
  std::vector<std::size_t> clamped(jobs.size(), 0), slice(jobs.size(), 0);
  std::optional<HeaortaError> refused;
  IsolatedBatch::Items items;
  items.count = jobs.size();
  items.perChild = kFilesPerChild;
  items.threads = threads;
  items.idleTimeout = kDecoderTimeout;
  items.run = [&](std::size_t i, const IsolatedBatch::Send& send) {
    try {
      send('c' + std::to_string(decodeFile(jobs[i]->first, jobs[i]->second)));
    } catch (const HeaortaError& e) {
      send('e' + e.encode());
      return;
    }
    for (const DicomPixelDecoder::Target& t : jobs[i]->second) send('s' + std::string(reinterpret_cast<const char*>(t.destination), sliceBytes(t)));
  };
  items.receive = [&](std::size_t i, std::string&& part) {
    if (part.empty()) return;
    if (part[0] == 'c') {
      clamped[i] = std::strtoull(part.c_str() + 1, nullptr, 10);
      slice[i] = 0;
    } else if (part[0] == 's' && slice[i] < jobs[i]->second.size()) {
      const DicomPixelDecoder::Target& target = jobs[i]->second[slice[i]++];
      std::memcpy(target.destination, part.data() + 1, std::min(part.size() - 1, sliceBytes(target)));
    } else if (part[0] == 'e' && !refused) {
      refused.emplace(HeaortaError::decode(part.substr(1)));
    }
  };
  items.answered = [&](std::size_t) {
    if (fileDone) fileDone();
  };
  items.lost = [&](std::size_t i, const IsolatedWorker::Outcome& how) {
    throw HeaortaError(ErrorCode::InvalidInput, tr("%1: the image decoder stopped on this file (%2)")
                                                    .arg(QString::fromStdString(jobs[i]->first.string()), QString::fromStdString(how.describe())));
  };
  items.runHere = [&](std::size_t i) {
    clamped[i] = decodeFile(jobs[i]->first, jobs[i]->second);
    if (fileDone) fileDone();
  };
  items.beforeChild = [&] {
    if (refused) throw *refused;
  };
  IsolatedBatch::run(items);
  if (refused) throw *refused;
  std::size_t total = 0;
  for (const std::size_t c : clamped) total += c;
  return total;
}

}  // namespace heaorta
