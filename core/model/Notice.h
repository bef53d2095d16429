#pragma once

#include <QString>
#include <vector>

namespace heaorta {

// Something a reader must know about a result: a stable machine code and a translated message.
struct Notice {
  QString code;     // e.g. "non-uniform-spacing"; stable, for scripts
  QString message;  // translated, for people
};

using Notices = std::vector<Notice>;

}  // namespace heaorta
