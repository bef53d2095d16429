#pragma once

#include <QString>
#include <vector>

namespace heaorta {

// A C-FIND in the Study Root information model. Empty fields are not matched on.
struct PacsQuery {
  enum class Level { Study, Series };
  Level level = Level::Study;
  QString patientId;
  QString patientName;       // DICOM wildcards allowed (* and ?)
  QString dateRange;         // YYYYMMDD, YYYYMMDD-, -YYYYMMDD or YYYYMMDD-YYYYMMDD
  QString modality;          // ModalitiesInStudy at study level, Modality at series level
  QString studyInstanceUid;  // required at series level

  // Empty when the query can be sent, otherwise why not.
  QString problem() const;
};

// One C-FIND match; series fields are empty at study level.
struct PacsMatch {
  QString patientName;
  QString patientId;
  QString patientBirthDate;
  QString studyDate;
  QString studyTime;
  QString accessionNumber;
  QString studyDescription;
  QString modalities;  // study level: ModalitiesInStudy; series level: Modality
  QString studyInstanceUid;
  int seriesCount = -1;  // -1: the PACS did not say
  QString seriesInstanceUid;
  QString seriesNumber;
  QString seriesDescription;
  int instanceCount = -1;
};

using PacsMatches = std::vector<PacsMatch>;

}  // namespace heaorta
