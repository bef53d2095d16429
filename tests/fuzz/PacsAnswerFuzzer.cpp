// A C-FIND answer as a PACS sends it (a data set in the default DIMSE encoding, implicit VR little
// endian), parsed by DCMTK and converted by PacsAnswer (its character set to UTF-8 included): any
// bytes, never a crash, a hang or a leak.
#include "core/pacs/PacsAnswer.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcistrmb.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  DcmInputBufferStream stream;
  stream.setBuffer(data, static_cast<offile_off_t>(size));
  stream.setEos();
  DcmDataset answer;
  answer.transferInit();
  const OFCondition read = answer.read(stream, EXS_LittleEndianImplicit);
  answer.transferEnd();
  if (read.good()) heaorta::PacsAnswer::match(answer);
  return 0;
}
