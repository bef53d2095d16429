#pragma once

#include "core/pacs/PacsQuery.h"

class DcmDataset;

namespace heaorta {

// What one C-FIND answer from a PACS says (a data set from the network: outside data). Its values
// are converted to UTF-8 from the character set it declares; an unknown set leaves the bytes as
// they came (names may show oddly, UIDs are intact).
class PacsAnswer {
 public:
  static PacsMatch match(DcmDataset& answer);
};

}  // namespace heaorta
