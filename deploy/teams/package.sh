#!/usr/bin/env bash
# Builds the Teams app package: manifest.json (placeholders filled), color.png and outline.png at the zip root.
# Usage: deploy/teams/package.sh <MicrosoftAppId> <bot host, e.g. rolebot.example.com> [output.zip]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="${1:-${MICROSOFT_APP_ID:-}}"
host="${2:-${BOT_HOST:-}}"
out="$(realpath -m "${3:-$here/rolebot-teams.zip}")"

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$app_id" =~ $guid ]]; then
  echo "usage: $0 <MicrosoftAppId (GUID)> <bot host> [output.zip]" >&2
  exit 2
fi
host="${host#https://}"; host="${host%%/*}"
if [[ -z "$host" ]]; then
  echo "usage: $0 <MicrosoftAppId (GUID)> <bot host> [output.zip]" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s/{{MICROSOFT_APP_ID}}/$app_id/g" -e "s/{{BOT_HOST}}/$host/g" "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"
if grep -q '{{' "$work/manifest.json"; then
  echo "manifest.json still has placeholders" >&2
  exit 1
fi
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/manifest.json"

# Files at the zip root: a folder inside the zip makes Teams fail with "Error while extracting package".
rm -f "$out"
(cd "$work" && python3 -m zipfile -c "$out.tmp" manifest.json color.png outline.png)
mv "$out.tmp" "$out"
echo "wrote $out (upload it in Teams: Apps > Manage your apps > Upload an app)"
