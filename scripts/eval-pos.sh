#!/usr/bin/env bash
# Part-of-speech accuracy on UD English EWT test: Herald and spaCy en_core_web_sm on the same gold tokens.
#   scripts/eval-pos.sh [TREEBANK.conllu]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${HERALD_SHARED:-$here/../shared}
treebank=${1:-$shared/train/ud_english_ewt/en_ewt-ud-test.conllu}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product herald >&2
herald=$(swift build -c release --show-bin-path)/herald
venv=$(bash "$shared/tools/peers/setup.sh")
"$venv/bin/python" "$here/scripts/spacy_pos.py" "$treebank" > "$work/spacy-pos.jsonl"
"$herald" eval pos "$treebank" --peer "$work/spacy-pos.jsonl"
