#pragma once

#include "core/pacs/PacsNode.h"

#include <QString>
#include <vector>

namespace heaorta {

// The PACS nodes a reader configured, our AE title and time-out, and where retrieved studies go;
// saved per user (QSettings, group "pacs").
struct PacsSettings {
  std::vector<PacsNode> nodes;
  PacsCaller caller;
  QString retrieveFolder;  // retrieved studies land in <folder>/<StudyInstanceUID>
  // C-GET by default (the PACS needs to know nothing of us); C-MOVE to our storage SCP on movePort
  // for PACSs that do not offer C-GET (they must know our AE title, host and this port).
  bool retrieveWithMove = false;
  quint16 movePort = 11112;

  static PacsSettings load();
  void save() const;
  static QString defaultRetrieveFolder();
};

}  // namespace heaorta
