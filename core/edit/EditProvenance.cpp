#include "core/edit/EditProvenance.h"

#include <QJsonDocument>

namespace heaorta {
namespace {

QString labelKeyString(uint8_t label) { return QString::fromLatin1(labelKey(label)); }

}  // namespace

void EditProvenance::account(const EditStep& step, const LabelMap& baseline, bool forward) {
  // A voxel counts as added to L when it is L now and was not in the baseline, and removed from
  // L when the baseline had L and it is not L now; each change moves those counts by one.
  step.labels.forEachChange([&](int i, int j, int k, uint8_t before, uint8_t after) {
    if (!forward) std::swap(before, after);
    const uint8_t base = baseline.at(i, j, k);
    if (before != base) --added_[before];
    if (after != base) ++added_[after];
    removed_[base] += static_cast<uint64_t>(after != base) - static_cast<uint64_t>(before != base);
  });
  arteryVoxels_ += forward ? static_cast<int64_t>(step.arteries.size()) : -static_cast<int64_t>(step.arteries.size());
}

bool EditProvenance::edited() const { return !editedLabels().empty() || arteryVoxels_ != 0; }

std::vector<uint8_t> EditProvenance::editedLabels() const {
  std::vector<uint8_t> labels;
  for (int l = 1; l < 256; ++l)
    if (added_[l] || removed_[l]) labels.push_back(static_cast<uint8_t>(l));
  return labels;
}

QJsonObject EditProvenance::toJson() const {
  QJsonObject labels;
  for (const uint8_t l : editedLabels())
    labels[labelKeyString(l)] = QJsonObject{{"label", l}, {"added_voxels", qint64(added_[l])}, {"removed_voxels", qint64(removed_[l])}};
  return {{"edited_by_reader", edited()}, {"labels", labels}, {"lesion_voxels_reassigned", qint64(arteryVoxels_)}};
}

EditProvenance EditProvenance::fromJson(const QJsonObject& json) {
  EditProvenance p;
  const QJsonObject labels = json[QStringLiteral("labels")].toObject();
  for (auto it = labels.begin(); it != labels.end(); ++it) {
    const QJsonObject o = it.value().toObject();
    const int l = o[QStringLiteral("label")].toInt(-1);
    if (l < 1 || l > 255) continue;
    p.added_[l] = static_cast<uint64_t>(o[QStringLiteral("added_voxels")].toInteger());
    p.removed_[l] = static_cast<uint64_t>(o[QStringLiteral("removed_voxels")].toInteger());
  }
  p.arteryVoxels_ = json[QStringLiteral("lesion_voxels_reassigned")].toInteger();
  return p;
}

QString EditProvenance::summary() const {
  if (!edited()) return {};
  QStringList parts;
  for (const uint8_t l : editedLabels()) parts << EditStep::tr("%1 +%2/-%3 voxels").arg(labelKeyString(l)).arg(added_[l]).arg(removed_[l]);
  if (arteryVoxels_ != 0) parts << EditStep::tr("lesion assignments changed");
  return EditStep::tr("Masks corrected by a reader: %1").arg(parts.join(QStringLiteral(", ")));
}

}  // namespace heaorta
