#!/usr/bin/env bash
# Installs what tests/web/test_browser.py needs: Debian's chromium, node and npm, and the pinned
# axe-core from tests/web/package-lock.json into tests/web/node_modules. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
fi

# npm ci installs exactly the locked axe-core version.
if [ ! -f tests/web/node_modules/axe-core/axe.min.js ]; then
  npm ci --prefix tests/web --no-audit --no-fund --loglevel=error
fi
test -f tests/web/node_modules/axe-core/axe.min.js
echo "browser-deps: $(chromium --version 2>/dev/null | head -1); axe-core $(node -p "require('./tests/web/node_modules/axe-core/package.json').version")"
