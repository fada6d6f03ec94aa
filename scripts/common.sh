# Shared set-up of the evaluation scripts: paths, a scratch folder, the release build, the peers' venv.
# Sourced, not run: sets here, shared, work, herald and venv.
here=$(cd "$(dirname "${BASH_SOURCE[1]}")/.." && pwd)
shared=${HERALD_SHARED:-$here/../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$here" && swift build -c release --product herald) >&2
herald=$(cd "$here" && swift build -c release --show-bin-path)/herald
venv=$(bash "$shared/tools/peers/setup.sh")
