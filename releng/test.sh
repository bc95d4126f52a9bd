#!/usr/bin/env bash
# Builds Vinculo and runs the whole test suite: core tests on a real embedded Derby and UI tests
# that drive the real workbench under a virtual X display (Xvfb).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
"$root/releng/prerequisites.sh" test
cd "$root"
exec xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -B verify "$@"
