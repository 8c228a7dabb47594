#!/usr/bin/env bash
# Builds the same commit twice into two folders and fails if any byte differs.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
OUT_DIR="$tmp/a" npx astro build --silent >/dev/null
OUT_DIR="$tmp/b" npx astro build --silent >/dev/null
if diff -r "$tmp/a" "$tmp/b" >"$tmp/diff.txt"; then
  echo "reproducible: two builds are byte-identical ($(find "$tmp/a" -type f | wc -l) files)"
else
  echo "NOT reproducible: two builds of the same commit differ:" >&2
  head -40 "$tmp/diff.txt" >&2
  exit 1
fi
