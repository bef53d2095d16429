#pragma once

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <unistd.h>

// The readers under test take files: each input is written to one file in memory (/dev/shm), named
// by the process and the suffix (the readers pick their format by it).
inline std::string fuzzFile(const uint8_t* data, std::size_t size, const char* suffix) {
  const std::string path = "/dev/shm/heaorta-fuzz-" + std::to_string(getpid()) + suffix;
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}
