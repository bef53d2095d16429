#include "core/edit/LabelDelta.h"

#include <QDataStream>
#include <QIODevice>

namespace heaorta {

LabelDeltaBuilder::LabelDeltaBuilder(const VoxelBox& box) { delta_.box_ = box; }

void LabelDeltaBuilder::push(uint8_t before, uint8_t after) {
  if (before == after) before = after = 0;  // skip runs carry no values
  std::vector<LabelDelta::Run>& runs = delta_.runs_;
  if (!runs.empty() && runs.back().before == before && runs.back().after == after)
    ++runs.back().length;
  else
    runs.push_back({1, before, after});
  if (before != after) ++delta_.changed_;
}

LabelDelta LabelDeltaBuilder::finish() {
  delta_.runs_.shrink_to_fit();
  return std::move(delta_);
}

LabelDelta LabelDelta::between(const VoxelBox& box, const std::vector<uint8_t>& before, const std::vector<uint8_t>& after) {
  LabelDeltaBuilder builder(box);
  for (std::size_t q = 0; q < before.size(); ++q) builder.push(before[q], after[q]);
  return builder.finish();
}

void LabelDelta::forEachChange(const std::function<void(int, int, int, uint8_t, uint8_t)>& visit) const {
  if (box_.empty()) return;
  const int nx = box_.extent(0), ny = box_.extent(1);
  std::size_t q = 0;
  for (const Run& run : runs_) {
    if (run.before != run.after)
      for (std::size_t r = q; r < q + run.length; ++r) {
        const int i = static_cast<int>(r % nx), j = static_cast<int>((r / nx) % ny), k = static_cast<int>(r / (static_cast<std::size_t>(nx) * ny));
        visit(box_.min[0] + i, box_.min[1] + j, box_.min[2] + k, run.before, run.after);
      }
    q += run.length;
  }
}

void LabelDelta::write(LabelMap& labels, bool before) const {
  if (box_.empty()) return;
  const int nx = box_.extent(0), ny = box_.extent(1);
  std::size_t q = 0;
  for (const Run& run : runs_) {
    if (run.before != run.after) {
      const uint8_t value = before ? run.before : run.after;
      std::size_t r = q;
      const std::size_t end = q + run.length;
      while (r < end) {
        // Write row pieces: a run may span rows of the box.
        const int i = static_cast<int>(r % nx), j = static_cast<int>((r / nx) % ny), k = static_cast<int>(r / (static_cast<std::size_t>(nx) * ny));
        const std::size_t inRow = std::min<std::size_t>(end - r, static_cast<std::size_t>(nx - i));
        uint8_t* row = &labels.at(box_.min[0] + i, box_.min[1] + j, box_.min[2] + k);
        std::fill(row, row + inRow, value);
        r += inRow;
      }
    }
    q += run.length;
  }
}

QByteArray LabelDelta::serialize() const {
  QByteArray bytes;
  QDataStream out(&bytes, QIODevice::WriteOnly);
  out.setByteOrder(QDataStream::LittleEndian);
  for (int a = 0; a < 3; ++a) out << qint32(box_.min[a]) << qint32(box_.max[a]);
  out << quint32(runs_.size());
  for (const Run& r : runs_) out << quint32(r.length) << quint8(r.before) << quint8(r.after);
  return bytes;
}

LabelDelta LabelDelta::deserialize(const QByteArray& bytes, bool* ok) {
  QDataStream in(bytes);
  in.setByteOrder(QDataStream::LittleEndian);
  LabelDelta d;
  for (int a = 0; a < 3; ++a) {
    qint32 lo = 0, hi = 0;
    in >> lo >> hi;
    d.box_.min[a] = lo;
    d.box_.max[a] = hi;
  }
  quint32 count = 0;
  in >> count;
  std::size_t total = 0;
  const std::size_t maxRuns = static_cast<std::size_t>(bytes.size()) / 6;
  if (count > maxRuns) count = 0, in.setStatus(QDataStream::ReadCorruptData);
  d.runs_.reserve(count);
  for (quint32 n = 0; n < count && in.status() == QDataStream::Ok; ++n) {
    quint32 length = 0;
    quint8 before = 0, after = 0;
    in >> length >> before >> after;
    d.runs_.push_back({length, before, after});
    total += length;
    if (before != after) d.changed_ += length;
  }
  *ok = in.status() == QDataStream::Ok && total == d.box_.voxelCount();
  return d;
}

}  // namespace heaorta
