#!/usr/bin/env bash
# Renders the first pages of the demo's half-year report (2024-H1) and of one monthly assessment form (officer.cchc.1,
# March 2024) to PNG in docs/screenshots/, so that a reader can judge the layout (docs/documents.md). Needs a running
# demo system (./run.sh --detach), LibreOffice (soffice) and poppler-utils (pdftoppm). Not part of CI.
#
# Usage: scripts/render-documents.sh [port base]   (default $SNV_PORT_BASE, else 8080, as run.sh)
set -euo pipefail

BASE=${1:-${SNV_PORT_BASE:-8080}}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/docs/screenshots"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for tool in soffice pdftoppm curl; do
  command -v "$tool" >/dev/null || { echo "render-documents: $tool is missing (apt-get install libreoffice-writer poppler-utils curl)" >&2; exit 1; }
done

token() {
  curl -sf -X POST "http://127.0.0.1:$BASE/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"demo\"}" | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4
}

director=$(token director)
curl -sf -H "Authorization: Bearer $director" -o "$WORK/report-2024-H1.docx" \
  "http://127.0.0.1:$((BASE + 2))/api/reports/results?plan=KH-SNV-2024&period=2024-H1&format=docx"

officer=$(token officer.cchc.1)
officer_id=$(curl -sf -H "Authorization: Bearer $officer" \
  "http://127.0.0.1:$((BASE + 3))/api/evaluations/2024-03/officers" | grep -o '"officerId":[0-9]*' | head -1 | cut -d: -f2)
curl -sf -H "Authorization: Bearer $officer" -o "$WORK/form-2024-03.docx" \
  "http://127.0.0.1:$((BASE + 3))/api/evaluations/2024-03/officers/$officer_id/form?format=docx"

# a profile of its own, so that a LibreOffice already open elsewhere does not take the conversion over
soffice -env:UserInstallation="file://$WORK/profile" --headless --convert-to pdf --outdir "$WORK" \
  "$WORK/report-2024-H1.docx" "$WORK/form-2024-03.docx" >/dev/null

mkdir -p "$OUT"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$WORK/report-2024-H1.pdf" "$OUT/document-report-2024-H1-page1"
pdftoppm -png -r 60 -f 2 -l 2 -singlefile "$WORK/report-2024-H1.pdf" "$OUT/document-report-2024-H1-page2"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$WORK/form-2024-03.pdf" "$OUT/document-form-2024-03-page1"
echo "render-documents: $(ls "$OUT"/document-*.png | wc -l) pictures in $OUT"
