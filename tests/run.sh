#!/usr/bin/env bash
# Runs every test, after installing what the tests need on a fresh Debian/Ubuntu machine: Chromium (browser tests),
# redis-server (Redis state tests) and the Web Chat bundle with offline-directline (tests/webchat/setup.sh).
# The README's test command and CI's (.ci/run) are this script. Extra arguments go to `dotnet test`, e.g.
#   tests/run.sh -- --filter-class '*KnowledgeReloadTests'
# Prints "N passed, N failed" last; exits non-zero when a test failed or none ran.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export Logging__LogLevel__Default=Warning

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v redis-server >/dev/null || need+=(redis-server)
if ((${#need[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "installing ${need[*]} (apt-get)"
  $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
  $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need[@]}"
fi

tests/webchat/setup.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet restore RoleBot.sln
set +e
dotnet test --solution RoleBot.sln --no-restore "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
passed=$(awk '/^ *succeeded:/{s+=$2} END{print s+0}' "$log")
failed=$(awk '/^ *failed:/{s+=$2} END{print s+0}' "$log")
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then
  echo "no tests ran"; exit 8
fi
exit "$rc"
