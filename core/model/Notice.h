#pragma once

#include <QString>
#include <functional>
#include <vector>

namespace heaorta {

// Produces a text again in the language installed now: the workstation's language can change
// after a result was made, and what it says must follow.
using TextSource = std::function<QString()>;

// Something a reader must know about a result: a stable machine code and a translated message.
// A caution qualifies the result; a failure means there is no result to believe (the masks are not
// what they claim to be), and no verdict may be drawn from it.
struct Notice {
  enum class Level { Caution, Failure };

  Notice() = default;
  Notice(QString c, QString m, TextSource s = {}, Level l = Level::Caution)
      : code(std::move(c)), message(std::move(m)), source(std::move(s)), level(l) {}

  QString code;       // e.g. "non-uniform-spacing"; stable, for scripts
  QString message;    // translated when the notice was made, for people
  TextSource source;  // optional: the same message in today's language
  Level level = Level::Caution;

  bool failure() const { return level == Level::Failure; }

  QString text() const { return source ? source() : message; }
  static Notice translatable(const QString& code, TextSource source) {
    QString now = source();
    return {code, std::move(now), std::move(source)};
  }
};

using Notices = std::vector<Notice>;

}  // namespace heaorta
