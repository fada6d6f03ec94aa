#!/usr/bin/env bash
# Sentence-boundary F1 of Herald and spaCy (en_core_web_sm: senter, and parser) on a UD treebank,
# measured in the same run on the same texts.
#   scripts/eval-sentences.sh [TREEBANK.conllu]    (default: UD English EWT test)
set -euo pipefail
source "$(dirname "$0")/common.sh"
treebank=${1:-$shared/train/ud_english_ewt/en_ewt-ud-test.conllu}


"$herald" eval sentences "$treebank" --write-texts "$work/texts" >&2
"$venv/bin/python" "$shared/tools/peers/spacy_sentences.py" "$work"/texts/*.txt > "$work/spacy-senter.jsonl"
"$venv/bin/python" "$shared/tools/peers/spacy_sentences.py" --parser "$work"/texts/*.txt > "$work/spacy-parser.jsonl"
"$herald" eval sentences "$treebank" --peer "$work/spacy-senter.jsonl" --peer "$work/spacy-parser.jsonl"
