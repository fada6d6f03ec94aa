#!/usr/bin/env bash
# Herald's HTML parser beside libxml2's (through lxml, what trafilatura stands on), on the same pages, in
# the same run, on one core each: parsing alone, and Herald's whole HTML reader (parsing, boilerplate,
# article, metadata) against libxml2's parsing alone. Herald is measured before and after the peer, and
# each ratio is against the mean of the two (this machine's speed drifts).
#   scripts/bench-html.sh [DIR_OR_FILES...]   (default: WCXB dev pages)
set -euo pipefail
source "$(dirname "$0")/common.sh"
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$shared/eval/extraction/wcxb/dev/html")

"$herald" bench --runs 5 --json "${inputs[@]}" > "$work/before.json"
"$venv/bin/python" "$here/scripts/libxml2_parse.py" "${inputs[@]}" | tee "$work/libxml2.txt"
"$herald" bench --runs 5 --json "${inputs[@]}" > "$work/after.json"
python3 - "$work/before.json" "$work/after.json" "$work/libxml2.txt" <<'PY'
import json, re, sys
runs = [json.load(open(path)) for path in sys.argv[1:3]]
peer = float(re.search(r"([0-9.]+) MB/s", open(sys.argv[3]).read()).group(1))
for label, name in (("herald html parsing", "  of which html parsing"), ("herald html-reader (whole)", "html-reader")):
    ours = [next(s for s in run["stages"] if s["stage"] == name)["megabytesPerSecond"] for run in runs]
    mean = sum(ours) / 2
    print(f"{label}: {mean:.1f} MB/s per core (before / after the peer: {ours[0]:.1f} / {ours[1]:.1f}); "
          f"libxml2 parsing alone {peer:.1f} MB/s; ratio {mean / peer:.1f}x ({min(ours) / peer:.1f}x to {max(ours) / peer:.1f}x)")
PY
