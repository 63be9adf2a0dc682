#!/usr/bin/env bash
# Regenerates packaging/man/*.1 from the programs' --help and --version (help2man), so the manual
# pages say what the programs accept. Run after changing an option; ctest's man_pages_current
# check fails while a page misses an option.
# Usage: bash packaging/make-man-pages.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
command -v help2man >/dev/null || { echo "make-man-pages: help2man is missing (apt-get install help2man)" >&2; exit 1; }
export PATH="$(cd "$build/app" && pwd):$PATH" QT_QPA_PLATFORM=offscreen
help2man --no-info --section=1 --source="Omega Workbench" \
  --name="performance workbench for the Augur Omega agent fleet" \
  --include="$here/man/omega-workbench.h2m" \
  --output="$here/man/omega-workbench.1" omega-workbench
help2man --no-info --section=1 --source="Omega Workbench" \
  --name="performance workbench for the Augur Omega agent fleet, without a window" \
  --include="$here/man/omega-headless.h2m" \
  --output="$here/man/omega-headless.1" omega-headless
help2man --no-info --section=1 --source="Omega Workbench" \
  --name="discrete-event simulator of the Augur Omega orchestrator, publishing its telemetry" \
  --include="$here/man/omega-fleet-sim.h2m" \
  --output="$here/man/omega-fleet-sim.1" omega-fleet-sim
echo "make-man-pages: wrote $here/man/omega-workbench.1, omega-headless.1 and omega-fleet-sim.1"
