#!/usr/bin/env bash
# Entity F1 on CoNLL++ (and UNER EWT test): Herald and spaCy en_core_web_sm on the same texts, same run.
#   scripts/eval-ner.sh [IOB2 FILE...]
set -euo pipefail
source "$(dirname "$0")/common.sh"
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$shared/eval/ner/conllpp/conllpp_test.txt" "$shared/train/uner_english_ewt/en_ewt-ud-test.iob2")
for file in "${files[@]}"; do
  rm -rf "$work/texts"
  "$herald" eval ner "$file" --write-texts "$work/texts" >&2
  "$venv/bin/python" "$shared/tools/peers/spacy_ner.py" "$work"/texts/*.txt > "$work/spacy-ner.jsonl" 2> "$work/spacy.err"
  tail -n 1 "$work/spacy.err"
  "$herald" eval ner "$file" --peer "$work/spacy-ner.jsonl"
done
