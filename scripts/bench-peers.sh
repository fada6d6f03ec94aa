#!/usr/bin/env bash
# Throughput of Herald's text stages beside spaCy's tokenizer and sentence splitter, and of Herald's
# whole pipeline beside spaCy's NER, on the same files, in the same run, on one core each.
# This machine's speed drifts over minutes (a shared virtual machine): Herald is measured before and
# after the peers, and each ratio is against the mean of the two, the two given beside it.
#   scripts/bench-peers.sh [DIR_OR_FILES...]   (default: PolNeAR train texts)
set -euo pipefail
source "$(dirname "$0")/common.sh"
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$shared/eval/quotes/polnear/train/text")


"$herald" bench --runs 5 "${inputs[@]}" | tee "$work/herald.txt"
"$herald" bench --runs 5 --json "${inputs[@]}" > "$work/herald-before.json"
files=()
for input in "${inputs[@]}"; do
  if [ -d "$input" ]; then while IFS= read -r f; do files+=("$f"); done < <(find "$input" -type f -name '*.txt' | sort)
  else files+=("$input"); fi
done
"$venv/bin/python" "$shared/tools/peers/spacy_sentences.py" "${files[@]}" > /dev/null 2> "$work/spacy.txt"
tail -n 1 "$work/spacy.txt"
"$venv/bin/python" "$shared/tools/peers/spacy_ner.py" "${files[@]}" > /dev/null 2> "$work/spacy-ner.txt"
tail -n 1 "$work/spacy-ner.txt"
"$herald" bench --runs 5 --json "${inputs[@]}" > "$work/herald-after.json"
python3 - "$work/herald-before.json" "$work/herald-after.json" "$work/spacy.txt" "$work/spacy-ner.txt" <<'PY'
import json, re, sys
runs = [json.load(open(path)) for path in sys.argv[1:3]]
def stage(name):
    """KB/s of a stage before and after the peers."""
    return [next(s for s in run["stages"] if s["stage"] == name)["megabytesPerSecond"] * 1024 for run in runs]
def peer(path):
    return float(re.search(r"([0-9.]+) KB/s", open(path).read().strip().splitlines()[-1]).group(1))
def line(label, ours, peer_label, theirs, theirs_text):
    mean = sum(ours) / len(ours)
    print(f"{label}: {mean / 1024:.2f} MB/s per core (before / after the peers: {ours[0] / 1024:.2f} / {ours[1] / 1024:.2f}); "
          f"{peer_label}: {theirs_text}; ratio {mean / theirs:.0f}x ({min(ours) / theirs:.0f}x to {max(ours) / theirs:.0f}x)")
senter, ner = peer(sys.argv[3]), peer(sys.argv[4])
line("herald read+clean+tokenize+split", stage("read+clean+tokenize+split"), "spaCy tokenizer+senter", senter, f"{senter / 1024:.3f} MB/s")
line("herald all stages (to entities)", stage("all stages, one core"), "spaCy NER alone", ner, f"{ner:.1f} KB/s")
PY
