#!/usr/bin/env bash
# Times `ingest` as a whole process on the demo's first submissions (README, Performance, "Whole-process start").
# Run `java -jar target/quality-progress.jar demo` once first (its archive holds the sheets), then e.g.
#   src/test/benchmark/whole-ingest.sh .                                       # java -jar target/quality-progress.jar
#   LAUNCHER=target/quality-progress src/test/benchmark/whole-ingest.sh .      # the start script
#   src/test/benchmark/whole-ingest.sh . --quality.output.formats=xlsx        # receipts as .xlsx only
# JAR=<other jar> times another build. Works in a scratch folder (WORK, default /tmp/quality-whole-ingest):
# one untimed `ingest` creates its database, then the sheets are dropped with their original times and the
# second `ingest` is timed (wall, and CPU from /usr/bin/time when present).
set -uo pipefail
repo=$(cd "$1" && pwd); shift
jar=${JAR:-$repo/target/quality-progress.jar}
launcher=${LAUNCHER:+$(cd "$(dirname "$LAUNCHER")" && pwd)/$(basename "$LAUNCHER")}
work=${WORK:-/tmp/quality-whole-ingest}
run() { if [ -n "$launcher" ]; then "$launcher" "$@"; else java -jar "$jar" "$@"; fi; }
rm -rf "$work" && mkdir -p "$work/inbox"
cp -r "$repo/config" "$repo/input-templates" "$work/"
cd "$work"
run ingest "$@" > first.log 2>&1 < /dev/null
find "$repo/demo/archive" -type f -name '*.xlsx' ! -name '*審查意見*' | while read -r f; do
  office=$(basename "$(dirname "$f")"); name=$(basename "$f" | sed -E 's/^[0-9-]+_[0-9a-f]+_//')
  mkdir -p "inbox/$office"; cp -p "$f" "inbox/$office/$name"
done
echo "sheets: $(find inbox -type f | wc -l)"
timer=(); [ -x /usr/bin/time ] && timer=(/usr/bin/time -f "cpu %U s user %S s sys" -o time.txt)
start=$(date +%s.%N)
"${timer[@]}" bash -c "$(declare -f run); launcher='$launcher'; jar='$jar'; run ingest $*" > second.log 2>&1 < /dev/null
code=$?
end=$(date +%s.%N)
echo "exit $code, wall $(echo "$end - $start" | bc) s, $(cat time.txt 2>/dev/null)"
tail -1 second.log
