#!/usr/bin/env bash
# Times `ingest` as a whole process on the ingest benchmark's sheets, next to the peer on the same files
# (README, Performance, "Seventh pass"). Run the benchmark once first, which leaves its generated plans and
# sheets under target/benchmark:
#   ./mvnw -o -Pbenchmark test -Dtest=IngestBenchmark -Dbenchmark.sheets=1000 -Dbenchmark.consolidate=false -Dbenchmark.peer=false
#   src/test/benchmark/whole-ingest-benchmark.sh .                                   # target/quality-progress (start script)
#   LAUNCHER="java -jar target/quality-progress.jar" src/test/benchmark/whole-ingest-benchmark.sh .
# ROUNDS (default 2) timed runs, SETTLE seconds of rest before each (below). Works in a scratch folder (WORK, default /tmp/quality-whole-benchmark): a config
# with the benchmark's offices, one untimed `ingest` that creates the database and loads every plan, a copy of
# that database; then for each round the copy is put back, the sheets are dropped (older than the settle time)
# and `ingest` is timed (wall, and CPU from /usr/bin/time). Receipts as .xlsx only unless ARGS says otherwise
# (below). Then the peer, timed the same.
set -uo pipefail
repo=$(cd "$1" && pwd)
bench="$repo/target/benchmark"
work=${WORK:-/tmp/quality-whole-benchmark}
rounds=${ROUNDS:-2}
# ARGS: options for the timed runs, instead of .xlsx receipts only; e.g. ARGS="--quality.output.office.processes=1"
# times the default formats (LibreOffice's .ods and PDF) with one office process.
args=${ARGS---quality.output.formats=xlsx}
launcher=${LAUNCHER:-$repo/target/quality-progress}
# Paths relative to the repository (the runs happen in the scratch folder).
case "$launcher" in
  /* | "java -jar /"*) ;;
  "java -jar "*) launcher="java -jar $repo/${launcher#java -jar }" ;;
  *) launcher="$repo/$launcher" ;;
esac
if [ ! -d "$bench/plans" ] || [ ! -d "$bench/archive" ]; then
  echo "no $bench/plans and archive: run the ingest benchmark first" >&2
  exit 2
fi
rm -rf "$work" && mkdir -p "$work/sheets"
# Plans keep their times: files changed a while ago, as a service's plans are (a plan whose size and time are as
# stored is not read again).
cp -rp "$bench/plans" "$work/"
cp -r "$repo/input-templates" "$work/"
# One sheet per office, named as the office dropped it (the archive name without its time and hash prefix).
for folder in "$bench"/archive/*/*/*/; do
  office=$(basename "$folder")
  sheet=$(find "$folder" -maxdepth 1 -name '*.xlsx' | head -1)
  [ -n "$sheet" ] || continue
  mkdir -p "$work/sheets/$office"
  cp "$sheet" "$work/sheets/$office/$(basename "$sheet" | sed -E 's/^[0-9-]+_[0-9a-f]+_//')"
done
offices=$(ls "$work/sheets" | wc -l)
# The repository's config with the benchmark's offices (and the demo users' offices) as the office tree.
python3 - "$repo/config/application.yml" "$work/config/application.yml" "$work/sheets" <<'EOF'
import os, sys
source, target, sheets = sys.argv[1:]
lines = open(source, encoding="utf-8").read().split("\n")
start = lines.index("  offices:")
end = start + 1
while end < len(lines) and (lines[end].startswith("    ") or not lines[end].strip() or lines[end].startswith("  #")):
    end += 1
tree = ["  offices:", "    - code: BENCH", "      name: 效能測試主管機關"]
for code, name, parent in [("MOJ", "法務部", None), ("MOJ-AEA", "法務部行政執行署", "MOJ"), ("TPE-CA", "TPE-CA", None),
                           ("AEA-TPE", "AEA-TPE", "MOJ-AEA"), ("AEA-TXG", "AEA-TXG", "MOJ-AEA")]:
    tree += [f"    - code: {code}", f"      name: {name}"] + ([f"      parent: {parent}"] if parent else [])
for code in sorted(os.listdir(sheets)):
    number = int(code.split("-")[1])
    tree += [f"    - code: {code}", f"      name: 效能測試第{number}分署", "      parent: BENCH"]
text = "\n".join(lines[:start] + tree + lines[end:]).replace("    plans: input-templates/plans", "    plans: plans")
os.makedirs(os.path.dirname(target), exist_ok=True)
open(target, "w", encoding="utf-8").write(text)
EOF
cd "$work"
mkdir inbox
$launcher ingest --quality.output.formats=xlsx > setup.log 2>&1 < /dev/null || { echo "setup failed: see $work/setup.log" >&2; exit 1; }
cp -a data data.prepared
echo "offices and sheets: $offices; database prepared with their plans"
timer=(); [ -x /usr/bin/time ] && timer=(/usr/bin/time -f "cpu %U s user %S s sys" -o time.txt)
for round in $(seq "$rounds"); do
  rm -rf data output archive inbox logs && cp -a data.prepared data && mkdir inbox && cp -rp sheets/. inbox/
  find inbox -type f -exec touch -d '-1 day' {} +
  sync
  # SETTLE seconds (default 0) before the timed run: ext4 without a journal skips inodes deleted in the last
  # minute when it allocates new ones, so a run right after the previous round's files were removed creates its
  # own more slowly (README, "Twelfth pass"). SETTLE=65 compares rounds on a settled disk.
  sleep "${SETTLE:-0}"
  start=$(date +%s.%N)
  "${timer[@]}" $launcher ingest $args > round-$round.log 2>&1 < /dev/null
  code=$?
  end=$(date +%s.%N)
  job=$(grep -hoE "Step: \[[a-zA-Z]+\] executed in [0-9hms]+" logs/*.log 2>/dev/null | sed -E 's/Step: \[([a-zA-Z]+)\] executed in /\1 /' | tr '\n' ' ')
  echo "ingest round $round: exit $code, wall $(echo "$end - $start" | bc) s, $(cat time.txt 2>/dev/null); $job"
  grep -m1 "收件 " round-$round.log
done
if /usr/bin/python3 -c "import openpyxl, pandas" 2>/dev/null; then
  start=$(date +%s.%N)
  /usr/bin/python3 "$repo/src/test/benchmark/consolidate_peer.py" sheets peer-master.xlsx
  end=$(date +%s.%N)
  echo "peer (whole process): wall $(echo "$end - $start" | bc) s"
else
  echo "peer not run: /usr/bin/python3 lacks openpyxl or pandas (apt-get install python3-openpyxl python3-pandas)"
fi
