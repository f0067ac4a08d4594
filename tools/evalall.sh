#!/usr/bin/env bash
# Runs every shared scorer on the dev sets of ../shared/data with a built CLI jar, one JVM a set.
#   tools/evalall.sh [JAR] [OUTDIR]    (defaults: examples/cli/target/newsmodel.jar, target/eval)
# Figures go to OUTDIR/*.txt, the tool's output to OUTDIR/*.jsonl (compare two runs with
# tools/samemodel.py OLD NEW).
set -u
cd "$(dirname "$0")/.."
JAR=$(realpath "${1:-examples/cli/target/newsmodel.jar}"); OUT=${2:-target/eval}; mkdir -p "$OUT"
S=../shared/score; D=../shared/data
[ -d "$D" ] || { echo "no gold data at $D" >&2; exit 2; }
CLI="java -jar $JAR parse --format text"
run() { python3 $S/run_parse.py "$1" "$CLI" -o "$OUT/$2.jsonl" >/dev/null 2>&1; }
run $D/quotes/polnear-dev.jsonl qdev && python3 $S/quotes.py $D/quotes/polnear-dev.jsonl $OUT/qdev.jsonl > $OUT/quotes-dev.txt 2>&1
run $D/persons/m2e2.jsonl m2e2 && python3 $S/persons.py $D/persons/m2e2.jsonl $OUT/m2e2.jsonl > $OUT/persons.txt 2>&1
for e in gum wikigold; do
  run $D/entities/$e.jsonl $e && python3 $S/entities.py $D/entities/$e.jsonl $OUT/$e.jsonl > $OUT/ent-$e.txt 2>&1
done
run $D/meetings/dev.jsonl meet && python3 $S/meetings.py $D/meetings/dev.jsonl $OUT/meet.jsonl > $OUT/meetings.txt 2>&1
for s in naeb readability wcxb-dev; do
  java -jar "$JAR" parse --format html $D/content/$s/html/ > $OUT/c-$s.jsonl 2>/dev/null
  python3 $S/content.py $D/content/$s/gold.jsonl $OUT/c-$s.jsonl > $OUT/content-$s.txt 2>&1
done
echo "figures in $OUT/*.txt"
