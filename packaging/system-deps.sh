#!/usr/bin/env bash
# Installs (as root, or through sudo) the Debian/Ubuntu packages the app and its tests need,
# or says exactly which are missing. Safe to run repeatedly: it does nothing when all are there.
set -euo pipefail
PACKAGES=(
  libpulse0            # QtMultimedia will not import without it
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0
  espeak-ng            # the offline voice behind pyttsx3
  pulseaudio pulseaudio-utils  # virtual microphone in tests
  xvfb xdotool imagemagick     # real-window tests and screenshots
  sox                  # measuring audio
  poppler-utils        # pdftoppm, to look at exported PDFs
  fonts-dejavu-core
  desktop-file-utils appstream  # validating the desktop entry and AppStream metadata
)
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: ${PACKAGES[*]}" >&2
  exit 0
fi
# One dpkg-query for all of them (it runs twice per CI run and on every `make run`/`make test`).
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null || true)
missing=()
for p in "${PACKAGES[@]}"; do
  grep -qx "$p install ok installed" <<<"$installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "system-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "system-deps: missing packages and no root/sudo; run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
