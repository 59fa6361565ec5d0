#!/usr/bin/env bash
# The RS256 key pair web-ui signs tokens with and the services verify them with. Generated at
# the first start when none exists; never committed (.data is ignored by git).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

KEY_DIR="$DATA_DIR/keys"
if [ -s "$KEY_DIR/jwt-private.pem" ] && [ -s "$KEY_DIR/jwt-public.pem" ]; then
  say "signing key present in $KEY_DIR"
  exit 0
fi
command -v openssl >/dev/null || fail "openssl is needed to generate the signing key"
mkdir -p "$KEY_DIR"
umask 077
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEY_DIR/jwt-private.pem" 2>/dev/null
openssl pkey -in "$KEY_DIR/jwt-private.pem" -pubout -out "$KEY_DIR/jwt-public.pem"
chmod 644 "$KEY_DIR/jwt-public.pem"
say "generated a new signing key pair in $KEY_DIR"
