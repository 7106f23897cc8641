#!/usr/bin/env bash
# Answer quality on documents written by others: runs `eval` on each question set against its corpus, in hybrid and
# lexical mode. The corpora stay outside the repository; pass their parent folder (default: ../shared next to the repo).
#   tests/eval/run.sh [SHARED_DIR] [--no-semantic]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${1:-../shared}
shift || true
dotnet build src/RoleBot -c Release -v q -nologo >/dev/null
rolebot() { dotnet src/RoleBot/bin/Release/net10.0/RoleBot.dll "$@"; }
run() { # name knowledge questions
  echo "== $1"
  rolebot eval --knowledge "$2" "$3" "${@:4}"
}
run "source articles (seeds)" "$shared/seeds" tests/eval/seeds.jsonl "$@"
run "role handbooks" "$shared/corpora/role-handbooks" tests/eval/role-handbooks.jsonl "$@"
run "team handbooks" "$shared/corpora/team-handbooks" tests/eval/team-handbooks.jsonl "$@"
# Second sets: written by another author after the first ones, from the same documents, to see how far tuning on the
# first sets carries over.
run "role handbooks, second set" "$shared/corpora/role-handbooks" tests/eval/role-handbooks-second.jsonl "$@"
run "team handbooks, second set" "$shared/corpora/team-handbooks" tests/eval/team-handbooks-second.jsonl "$@"
# Third to eighth corpora: 30 real documents each, by organisations in neither ../shared corpus, gathered in the ninth to
# thirteenth sessions by another author from the public repositories listed in tests/eval/*-corpus.manifest.tsv (file,
# repository, path, commit), with questions written without seeing RoleBot's answers. The documents stay outside the
# repository: THIRD_CORPUS … EIGHTH_CORPUS name their folders (default ../corpus3 … ../corpus8 next to the repository);
# a set whose folder is missing is skipped.
third=${THIRD_CORPUS:-../corpus3}
fourth=${FOURTH_CORPUS:-../corpus4}
fifth=${FIFTH_CORPUS:-../corpus5}
sixth=${SIXTH_CORPUS:-../corpus6}
seventh=${SEVENTH_CORPUS:-../corpus7}
eighth=${EIGHTH_CORPUS:-../corpus8}
if [ -d "$third" ]; then run "third corpus" "$third" tests/eval/third-corpus.jsonl "$@"; else echo "== third corpus: $third not found, skipped"; fi
if [ -d "$fourth" ]; then run "fourth corpus" "$fourth" tests/eval/fourth-corpus.jsonl "$@"; else echo "== fourth corpus: $fourth not found, skipped"; fi
if [ -d "$fifth" ]; then run "fifth corpus" "$fifth" tests/eval/fifth-corpus.jsonl "$@"; else echo "== fifth corpus: $fifth not found, skipped"; fi
if [ -d "$sixth" ]; then run "sixth corpus" "$sixth" tests/eval/sixth-corpus.jsonl "$@"; else echo "== sixth corpus: $sixth not found, skipped"; fi
if [ -d "$seventh" ]; then run "seventh corpus" "$seventh" tests/eval/seventh-corpus.jsonl "$@"; else echo "== seventh corpus: $seventh not found, skipped"; fi
if [ -d "$eighth" ]; then run "eighth corpus (held out)" "$eighth" tests/eval/eighth-corpus.jsonl "$@"; else echo "== eighth corpus: $eighth not found, skipped"; fi
run "default knowledge (own gold)" knowledge tests/RoleBot.Knowledge.Tests/Cases/gold.jsonl "$@"
run "raw article sample (own gold)" tests/RoleBot.TestKit/Samples/raw tests/RoleBot.TestKit/Samples/raw/gold.jsonl "$@"
