#!/usr/bin/env bash
# Part-of-speech accuracy on UD English EWT test: Herald and spaCy en_core_web_sm on the same gold tokens.
#   scripts/eval-pos.sh [TREEBANK.conllu]
set -euo pipefail
source "$(dirname "$0")/common.sh"
treebank=${1:-$shared/train/ud_english_ewt/en_ewt-ud-test.conllu}
"$venv/bin/python" "$here/scripts/spacy_pos.py" "$treebank" > "$work/spacy-pos.jsonl"
"$herald" eval pos "$treebank" --peer "$work/spacy-pos.jsonl"
