#!/usr/bin/env bash
# Installs everything Heaorta Workstation needs to build, test and run, from Debian 12 packages only.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev
  libvtk9-dev libinsighttoolkit5-dev libgdcm-dev libtorch-dev libeigen3-dev
  libbenchmark-dev
  python3-torch
  xvfb xauth libgl1-mesa-dri xdotool x11-apps
  libdcmtk-dev
  libgdcm-tools dcmtk dicom3tools dcm2niix orthanc curl
  fonts-noto-cjk poppler-utils desktop-file-utils
  slurm-wlm munge
  clang libclang-rt-14-dev
)
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${packages[@]}"
