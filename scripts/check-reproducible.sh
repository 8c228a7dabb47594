#!/usr/bin/env bash
# Builds the same commit again and fails if any byte differs from the first build.
#   check-reproducible.sh        builds twice into two temporary folders
#   check-reproducible.sh DIR    compares DIR (a build of this very tree, as `npm test` has just
#                                made in dist/) with one new build, which saves a build
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -ge 1 ]; then
  first=$1
  [ -f "$first/index.html" ] || { echo "no build in $first/ to compare with" >&2; exit 1; }
else
  first="$tmp/a"
  OUT_DIR="$first" npx astro build --silent >/dev/null
fi
OUT_DIR="$tmp/b" npx astro build --silent >/dev/null
if diff -r "$first" "$tmp/b" >"$tmp/diff.txt"; then
  echo "reproducible: two builds are byte-identical ($(find "$first" -type f | wc -l) files)"
else
  echo "NOT reproducible: two builds of the same commit differ:" >&2
  head -40 "$tmp/diff.txt" >&2
  exit 1
fi
