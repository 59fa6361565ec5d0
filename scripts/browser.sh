#!/usr/bin/env bash
# Debian's Chromium, its ChromeDriver and its translations (so that date fields read dd/MM/yyyy in Vietnamese) for
# the browser tests, installed when missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -f /usr/lib/chromium/locales/vi.pak ]; then
  say "Chromium present: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi
command -v apt-get >/dev/null || fail "Chromium is missing and there is no apt-get: install chromium, chromium-driver and chromium-l10n"
[ "$(id -u)" = 0 ] || fail "Chromium is missing: run as root so that apt-get can install chromium, chromium-driver and chromium-l10n"
say "installing Chromium, ChromeDriver and Chromium's translations with apt-get"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver chromium-l10n > /dev/null
say "installed $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
