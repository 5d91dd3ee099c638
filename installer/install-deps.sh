#!/usr/bin/env bash
# Installs every build, run and test dependency of perfdash on Debian 12.
# Idempotent: packages already present are left alone and apt is not touched.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 libgl-dev libqt6opengl6-dev
  libcurl4-openssl-dev libsqlite3-dev libpq-dev libhiredis-dev libcpp-httplib-dev libyaml-dev
  protobuf-compiler libprotobuf-dev libsnappy-dev
  # run
  qt6-qpa-plugins libqt6svg6 fonts-noto-cjk fonts-lato ca-certificates
  # test: real servers, exposition-format checker, display, fuzzing, load peer
  postgresql-15 postgresql-contrib redis-server prometheus prometheus-pushgateway python3-prometheus-client
  xvfb xauth clang libclang-rt-14-dev wrk curl bc openssl
  # test: reading the acceptance reports (pdftotext, pdftoppm)
  poppler-utils
  # packaging (dpkg-shlibdeps) and its test: desktop entry, AppStream, man page, file types
  dpkg-dev desktop-file-utils appstream groff-base man-db file
  # benchmark peers of the load engine (tests/bench/load.sh)
  nginx-light hey python3-locust
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has empty package lists; refresh them if older than a day or absent.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
  "${sudo_cmd[@]}" apt-get update -q
fi
# The Debian postgresql package would start a cluster on port 5432; the tests start their own.
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" || {
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
echo "install-deps: done"
