#!/usr/bin/env bash
# HTML article extraction: Herald and trafilatura on the same pages, in the same run.
#   scripts/eval-extraction.sh [scrapinghub|wcxb-dev|wcxb-test ...]   (default: all three)
set -euo pipefail
source "$(dirname "$0")/common.sh"
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(scrapinghub wcxb-dev wcxb-test)
for suite in "${suites[@]}"; do
  case "$suite" in
    scrapinghub) args=(--benchmark scrapinghub) ;;
    wcxb-dev) args=(--benchmark wcxb --split dev) ;;
    wcxb-test) args=(--benchmark wcxb --split test) ;;
    *) echo "unknown suite $suite" >&2; exit 2 ;;
  esac
  "$herald" eval extraction --shared "$shared" "${args[@]}" --list "$work/$suite.list" >&2
  mapfile -t pages < "$work/$suite.list"
  "$venv/bin/python" "$shared/tools/peers/trafilatura_extract.py" "${pages[@]}" > "$work/trafilatura-$suite.jsonl" 2> "$work/trafilatura-$suite.err"
  tail -n 1 "$work/trafilatura-$suite.err"
  "$herald" eval extraction --shared "$shared" "${args[@]}" --peer "$work/trafilatura-$suite.jsonl"
done
