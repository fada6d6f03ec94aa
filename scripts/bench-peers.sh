#!/usr/bin/env bash
# Throughput of Herald's text stages beside spaCy's tokenizer and sentence splitter on the same
# files, in the same run, on one core each.
#   scripts/bench-peers.sh [DIR_OR_FILES...]   (default: PolNeAR train texts)
set -euo pipefail
source "$(dirname "$0")/common.sh"
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$shared/eval/quotes/polnear/train/text")


"$herald" bench --runs 5 "${inputs[@]}" | tee "$work/herald.txt"
"$herald" bench --runs 5 --json "${inputs[@]}" > "$work/herald.json"
files=()
for input in "${inputs[@]}"; do
  if [ -d "$input" ]; then while IFS= read -r f; do files+=("$f"); done < <(find "$input" -type f -name '*.txt' | sort)
  else files+=("$input"); fi
done
"$venv/bin/python" "$shared/tools/peers/spacy_sentences.py" "${files[@]}" > /dev/null 2> "$work/spacy.txt"
tail -n 1 "$work/spacy.txt"
"$venv/bin/python" "$shared/tools/peers/spacy_ner.py" "${files[@]}" > /dev/null 2> "$work/spacy-ner.txt"
tail -n 1 "$work/spacy-ner.txt"
python3 - "$work/herald.json" "$work/spacy.txt" "$work/spacy-ner.txt" <<'PY'
import json, re, sys
herald = json.load(open(sys.argv[1]))
def stage(name):
    return next(s for s in herald["stages"] if s["stage"] == name)["megabytesPerSecond"] * 1024
def peer(path):
    return float(re.search(r"([0-9.]+) KB/s", open(path).read().strip().splitlines()[-1]).group(1))
text, whole = stage("read+clean+tokenize+split"), stage("all stages, one core")
senter, ner = peer(sys.argv[2]), peer(sys.argv[3])
print(f"herald read+clean+tokenize+split: {text / 1024:.1f} MB/s per core; spaCy tokenizer+senter: {senter / 1024:.3f} MB/s; ratio {text / senter:.0f}x")
print(f"herald all stages (to entities): {whole / 1024:.2f} MB/s per core; spaCy NER alone: {ner:.1f} KB/s; ratio {whole / ner:.0f}x")
PY
