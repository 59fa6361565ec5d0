#!/usr/bin/env bash
# Debian's Chromium and its ChromeDriver for the browser tests, installed when missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "Chromium present: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi
command -v apt-get >/dev/null || fail "Chromium is missing and there is no apt-get: install chromium and chromium-driver"
[ "$(id -u)" = 0 ] || fail "Chromium is missing: run as root so that apt-get can install chromium and chromium-driver"
say "installing Chromium and ChromeDriver with apt-get"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver > /dev/null
say "installed $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
