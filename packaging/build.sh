#!/usr/bin/env bash
# One-folder PyInstaller build: $DIST/ml-interview/ml-interview (+ its _internal/ folder), carrying
# the speech engines, the Whisper tiny.en model, the Piper voice and the question packs.
# Usage: packaging/build.sh [PYTHON]    (default .venv/bin/python; DIST=dist WORK=build/pyinstaller)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}
"$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install --quiet "pyinstaller==6.22.3"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/ml-interview.spec
echo "build: $DIST/ml-interview ($(du -sh "$DIST/ml-interview" | cut -f1)) in $(( $(date +%s) - start )) s"
