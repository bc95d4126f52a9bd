#!/usr/bin/env bash
# Builds the Vinculo product if it is not built yet, then starts it on an embedded Derby database
# (in ~/.vinculo/workspace, or $VINCULO_WORKSPACE) that is filled with demo data when empty.
# Extra arguments go to the product, e.g. `releng/launch.sh -nl es` for the Spanish UI.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
"$root/releng/prerequisites.sh" launch
product="$root/releng/org.vinculo.product/target/products/org.vinculo.product/linux/gtk/x86_64/vinculo"
if [ ! -x "$product/vinculo" ] || [ -n "${VINCULO_REBUILD:-}" ]; then
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi
exec "$product/vinculo" -demo "$@"
