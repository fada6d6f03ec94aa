#!/usr/bin/env bash
# Throughput of Herald's text stages beside spaCy's tokenizer and sentence splitter on the same
# files, in the same run, on one core each.
#   scripts/bench-peers.sh [DIR_OR_FILES...]   (default: PolNeAR train texts)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${HERALD_SHARED:-$here/../shared}
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$shared/eval/quotes/polnear/train/text")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product herald >&2
herald=$(swift build -c release --show-bin-path)/herald
venv=$(bash "$shared/tools/peers/setup.sh")

"$herald" bench --runs 5 "${inputs[@]}" | tee "$work/herald.txt"
"$herald" bench --runs 5 --json "${inputs[@]}" > "$work/herald.json"
files=()
for input in "${inputs[@]}"; do
  if [ -d "$input" ]; then while IFS= read -r f; do files+=("$f"); done < <(find "$input" -type f -name '*.txt' | sort)
  else files+=("$input"); fi
done
"$venv/bin/python" "$shared/tools/peers/spacy_sentences.py" "${files[@]}" > /dev/null 2> "$work/spacy.txt"
tail -n 1 "$work/spacy.txt"
python3 - "$work/herald.json" "$work/spacy.txt" <<'PY'
import json, re, sys
herald = json.load(open(sys.argv[1]))
stage = next(s for s in herald["stages"] if s["stage"] == "read+clean+tokenize+split")
line = open(sys.argv[2]).read().strip().splitlines()[-1]
spacy_kbs = float(re.search(r"([0-9.]+) KB/s", line).group(1))
herald_kbs = stage["megabytesPerSecond"] * 1024
print(f"herald read+clean+tokenize+split: {herald_kbs / 1024:.1f} MB/s per core; "
      f"spaCy tokenizer+senter: {spacy_kbs / 1024:.3f} MB/s per core; ratio {herald_kbs / spacy_kbs:.0f}x")
PY
