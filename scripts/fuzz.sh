#!/usr/bin/env bash
# Fuzzes every input format a stranger can hand Mosaic (fuzz/fuzz_targets: the relay wire
# format, share and device codes, log envelopes, portfolio files, backups, images, baked
# badges) from the committed corpus, SECONDS_PER_TARGET each (default 20). Installs cargo-fuzz
# if missing; needs the nightly toolchain. New inputs go to a temporary directory, so the
# committed corpus stays small. Not part of scripts/test.sh: a cold cargo-fuzz install plus the
# sanitizer build takes well over 3 minutes on a 2-core machine. What CI does instead: the
# workspace test `fuzz_corpus` (tests/fuzz/corpus.rs) replays every committed input through
# the same target bodies (fuzz/src/lib.rs) on stable.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${SECONDS_PER_TARGET:-20}
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for t in $(cargo +nightly fuzz list); do
  mkdir -p "$tmp/$t"
  echo "=== $t (${secs}s)"
  if ! cargo +nightly fuzz run "$t" "$tmp/$t" "corpus/$t" -- -max_total_time="$secs" \
      -print_final_stats=1 >"$tmp/$t.log" 2>&1; then
    status=1
    tail -40 "$tmp/$t.log"
  fi
  grep -E "^(stat::number_of_executed_units|Done )" "$tmp/$t.log" || true
done
exit $status
