#!/usr/bin/env bash
# Start-up benchmark (not a test): wall time from process start to the first answer, median of N runs.
#   tests/RoleBot.Benchmarks/startup/run.sh ask        `ask` on the default knowledge, hybrid and lexical (warm vector cache)
#   tests/RoleBot.Benchmarks/startup/run.sh restart    restart of an unchanged 10k-passage synthetic knowledge, hybrid,
#                                                      Knowledge:IndexPath set (index and vectors reused from disk)
#   options: --runs N (default 10)  --work DIR (where the 10k folder and its index live; default /tmp/rolebot-startup)
# The first restart run builds the 10k knowledge with the real model (minutes: ~5 ms per text); it is not timed and is
# skipped when the index already exists.
set -euo pipefail
cd "$(dirname "$0")/../../.."
what=${1:-ask}; shift || true
runs=10; work=/tmp/rolebot-startup
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift ;;
    --work) work=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

dotnet build src/RoleBot -c Release -v quiet -nologo >/dev/null
bot=src/RoleBot/bin/Release/net10.0/RoleBot.dll
question="does an MLE need Spark?"

# Median wall time of "$@" over $runs runs, after one untimed run (disk cache, vector cache).
median() {
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    echo "$(date +%s.%N) - $start" | bc
  done | sort -n | awk '{t[NR]=$1} END {m=(NR%2)?t[(NR+1)/2]:(t[NR/2]+t[NR/2+1])/2; printf "median %.2f s, min %.2f s, max %.2f s over %d runs\n", m, t[1], t[NR], NR}'
}

echo "$(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg)"
case "$what" in
  ask)
    echo -n "ask, hybrid:  "; median dotnet "$bot" ask "$question"
    echo -n "ask, lexical: "; median dotnet "$bot" ask --no-semantic "$question"
    ;;
  restart)
    mkdir -p "$work"
    if [ ! -f "$work/index/rolebot.fingerprint" ]; then
      dotnet run -c Release --project tests/RoleBot.Benchmarks -- synthetic-folder "$work/k10k" 10000
      echo "first build of 10k passages (embeds every passage and sentence once; not timed)"
      Knowledge__IndexPath="$work/index" dotnet "$bot" ask --knowledge "$work/k10k" "$question" >/dev/null
    fi
    echo -n "restart, 10k passages, hybrid: "; Knowledge__IndexPath="$work/index" median dotnet "$bot" ask --knowledge "$work/k10k" "$question"
    ;;
  *) echo "unknown measurement $what (ask or restart)" >&2; exit 2 ;;
esac
