#pragma once

#include <QString>
#include <functional>
#include <vector>

namespace heaorta {

// Produces a text again in the language installed now: the workstation's language can change
// after a result was made, and what it says must follow.
using TextSource = std::function<QString()>;

// Something a reader must know about a result: a stable machine code and a translated message.
struct Notice {
  Notice() = default;
  Notice(QString c, QString m, TextSource s = {}) : code(std::move(c)), message(std::move(m)), source(std::move(s)) {}

  QString code;       // e.g. "non-uniform-spacing"; stable, for scripts
  QString message;    // translated when the notice was made, for people
  TextSource source;  // optional: the same message in today's language

  QString text() const { return source ? source() : message; }
  static Notice translatable(const QString& code, TextSource source) {
    QString now = source();
    return {code, std::move(now), std::move(source)};
  }
};

using Notices = std::vector<Notice>;

}  // namespace heaorta
