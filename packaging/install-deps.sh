#!/usr/bin/env bash
# Installs the Debian 12 packages Omega Workbench needs to build, test and run.
# Usage (as root): bash packaging/install-deps.sh
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PKGS=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
  libqcustomplot-dev
  cppzmq-dev libzmq3-dev
  libsqlite3-dev
  libprotobuf-dev protobuf-compiler
  zlib1g-dev libzstd-dev
  xvfb xauth
  desktop-file-utils appstream lintian help2man
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
echo "install-deps: all ${#PKGS[@]} packages present"
