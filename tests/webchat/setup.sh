#!/usr/bin/env bash
# Prepares the Web Chat end-to-end test: offline-directline (npm ci from the committed lockfile) and Web Chat's
# prebuilt bundle (dist/webchat.js from botframework-webchat, fetched with npm pack and checked against its integrity).
set -euo pipefail
cd "$(dirname "$0")"

version=4.18.1
integrity="sha512-7jpEUJ7olT62Xm+8eh7BhhIcXVfU2xD4pZDaeBt8K4XcNy6K/83UGIxE9BFkXmHMZ4hDEVOzs5cre07GWuaXzg=="

npm ci --no-audit --no-fund --loglevel=error

if [ -f webchat.js ] && [ -f webchat.version ] && [ "$(cat webchat.version)" = "$version" ]; then
  echo "webchat.js $version already present"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tgz=$(cd "$work" && npm pack "botframework-webchat@$version" --silent | tail -n 1)
actual="sha512-$(openssl dgst -sha512 -binary "$work/$tgz" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "botframework-webchat@$version: integrity mismatch ($actual)" >&2
  exit 1
fi
tar -xzf "$work/$tgz" -C "$work" package/dist/webchat.js
mv "$work/package/dist/webchat.js" webchat.js
echo "$version" > webchat.version
echo "webchat.js $version ready ($(wc -c < webchat.js) bytes)"
