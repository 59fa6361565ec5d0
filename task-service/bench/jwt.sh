#!/usr/bin/env bash
# Prints an RS256 bearer token for a demo account, signed with the repository's development key (.data/keys), with
# the claims web-ui issues, in the organisation ORGANISATION (default SNV, the Department).
# Usage: jwt.sh USERNAME ROLE [OFFICER_ID UNIT]
set -euo pipefail
KEY="${KEY:-$(dirname "$0")/../../.data/keys/jwt-private.pem}"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
claims="\"iss\":\"urn:snv-hungyen:web-ui\",\"upn\":\"$1\",\"groups\":[\"$2\"],\"iat\":$now,\"exp\":$((now + 7200))"
claims="$claims,\"organisation\":\"${ORGANISATION:-SNV}\""
[ -z "${3:-}" ] || claims="$claims,\"officerId\":$3,\"unit\":\"$4\""
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{%s}' "$claims" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
