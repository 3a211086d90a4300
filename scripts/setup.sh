#!/usr/bin/env bash
# Installs what Flagpost needs on a fresh Debian machine: Debian's Chromium and Firefox ESR (never a
# tool's own browser download), and the project's npm packages. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
# Screenshots need a font that covers the seven UI languages.
[ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "setup: Flagpost needs these Debian packages: ${missing[*]}" >&2
    echo "setup: run this script as root (or install sudo), or run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' 2>/dev/null; then
  echo "setup: Flagpost needs Node.js 20.19 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

# Reinstall npm packages only when package-lock.json changed since the last install.
stamp=node_modules/.flagpost-lock.sha256
if [ ! -f "$stamp" ] || ! sha256sum --status -c "$stamp" 2>/dev/null; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund
  sha256sum package-lock.json > "$stamp"
fi
echo "setup: ready (chromium $(chromium --version 2>/dev/null | awk '{print $2}'), firefox-esr $(firefox-esr --version 2>/dev/null | awk '{print $3}'), node $(node --version))"
