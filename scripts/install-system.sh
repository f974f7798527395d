#!/usr/bin/env bash
# System packages aicc needs: tesseract (OCR of scanned PDFs, jpn+eng), a CJK font (PDF reports),
# chromium (the browser test of the HTML report) and poppler-utils (pdftoppm, for looking at PDFs).
# Installs only what is missing. Needs root (or sudo) for apt-get.
set -euo pipefail
packages=(tesseract-ocr tesseract-ocr-jpn tesseract-ocr-eng fonts-noto-cjk chromium poppler-utils)
missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "error: need root to apt-get install: ${missing[*]}" >&2; exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
