#pragma once

#include "core/pacs/PacsClient.h"

#include <QByteArray>

namespace heaorta {

// The results of PACS operations as bytes, for the child process that talked to the PACS to hand
// them to its parent (IsolatedPacsCall).
namespace PacsWire {

QByteArray fromEcho(double milliseconds);
double toEcho(const QByteArray& bytes);
QByteArray fromMatches(const PacsMatches& matches);
PacsMatches toMatches(const QByteArray& bytes);
QByteArray fromRetrieve(const PacsRetrieveResult& result);
PacsRetrieveResult toRetrieve(const QByteArray& bytes);
QByteArray fromStore(const PacsStoreResult& result);
PacsStoreResult toStore(const QByteArray& bytes);

}  // namespace PacsWire
}  // namespace heaorta
