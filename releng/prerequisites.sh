#!/usr/bin/env bash
# Checks (and, as root, installs from Debian's packages) what building and running Vinculo needs:
# a JDK 21+ (Temurin 25 on our machines), GTK 3 for SWT, and for tests Xvfb.
#   prerequisites.sh launch|test
set -euo pipefail
purpose="${1:-test}"
missing=()
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
if [ "$purpose" = test ]; then
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} ..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Vinculo needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
if [ ! -x "${JAVA_HOME:-}/bin/java" ]; then
  echo "No JDK at JAVA_HOME=${JAVA_HOME:-}. Vinculo builds with a JDK 21 or newer (Temurin 25 at" >&2
  echo "/usr/lib/jvm/temurin-25-jdk-amd64 on our machines); set JAVA_HOME to yours." >&2
  exit 1
fi
version=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
if [ "${version%%.*}" -lt 21 ]; then
  echo "JAVA_HOME=$JAVA_HOME is Java $version; Vinculo needs 21 or newer." >&2
  exit 1
fi
