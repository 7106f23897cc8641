#!/usr/bin/env bash
# Load benchmark (not a test): starts RoleBot in Release on a free 127.0.0.1 port with the rate limit off, drives
# GET /api/ask with wrk (Debian package) and prints answers/s, latency percentiles and the server's memory (RSS).
#   tests/RoleBot.Benchmarks/load/run.sh                 30 s run, 32 connections
#   tests/RoleBot.Benchmarks/load/run.sh --soak          5-minute soak, RSS printed every 30 s
#   options: --duration 60s  --connections 64  --threads 1  --no-cache (every request composes its answer)
set -euo pipefail
cd "$(dirname "$0")/../../.."
duration=30s; connections=32; threads=1; sample=10; cache=1000
while (($#)); do
  case "$1" in
    --soak) duration=300s; sample=30 ;;
    --duration) duration=$2; shift ;;
    --connections) connections=$2; shift ;;
    --threads) threads=$2; shift ;;
    --no-cache) cache=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dotnet build src/RoleBot -c Release -o "$work/bin" -v quiet -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Web__AllowAnonymous=true RateLimit__PermitsPerMinute=0 Reload__Enabled=false \
  Answers__CacheSize=$cache Logging__LogLevel__Default=Warning State__FeedbackDatabase="$work/rolebot.db" Knowledge__Path="$PWD/knowledge" \
  dotnet "$work/bin/RoleBot.dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "RoleBot did not become ready:" >&2; cat "$work/server.log" >&2; exit 1; }

rss() { awk '/VmRSS/{printf "%.0f MiB", $2/1024}' "/proc/$server/status"; }
echo "RoleBot pid $server on port $port, $(nproc) cores, answer cache $cache, load average $(cut -d" " -f1-3 /proc/loadavg); warm-up 5 s"
wrk -t"$threads" -c"$connections" -d5s -s tests/RoleBot.Benchmarks/load/ask.lua "http://127.0.0.1:$port" >/dev/null
echo "RSS after warm-up: $(rss)"
started=$(date +%s)
( while sleep "$sample"; do echo "  RSS at +$(( $(date +%s) - started ))s: $(rss)"; done ) &
sampler=$!
wrk -t"$threads" -c"$connections" -d"$duration" --timeout 5s -s tests/RoleBot.Benchmarks/load/ask.lua "http://127.0.0.1:$port" | sed -n '/^answers/,$p'
kill "$sampler" 2>/dev/null || true
echo "RSS at end: $(rss)"
