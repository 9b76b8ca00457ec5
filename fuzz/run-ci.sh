#!/usr/bin/env bash
# Builds the fuzz targets (preset fuzz: clang, libFuzzer, ASan + UBSan) and runs each for a bounded time on a copy of
# its seed corpus in fuzz/corpus/, so the repository's corpus is never changed. Fails on any crash, leak, timeout
# (an input taking more than 2 s) or out-of-memory, and prints the input that did it, ready to copy into
# fuzz/regressions/<target>/. Prints each target's executions (libFuzzer's final stats).
#
#   fuzz/run-ci.sh                        every target, 60 s each
#   HINDSIGHT_FUZZ_SECONDS=600 fuzz/run-ci.sh import template
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${HINDSIGHT_FUZZ_SECONDS:-60}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(import template github_response search_query markdown redaction_patterns time_parsing)
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=()
summary=()
for target in "${targets[@]}"; do
    binary=build/fuzz/fuzz/fuzz_$target
    mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
    cp fuzz/corpus/"$target"/* "$work/$target/corpus/"
    echo "fuzz: $target for ${seconds} s"
    if "$binary" "$work/$target/corpus" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/$target/artifacts/" >"$work/$target/log" 2>&1; then
        result=ok
    else
        result=FAILED
        failed+=("$target")
        tail -n 60 "$work/$target/log"
        for artifact in "$work/$target/artifacts"/*; do
            [ -e "$artifact" ] || continue
            echo "fuzz: $target: $(basename "$artifact") (base64, for fuzz/regressions/$target/):"
            base64 -w 0 "$artifact" | head -c 20000
            echo
        done
    fi
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target/log" | tail -n 1)
    corpus=$(find "$work/$target/corpus" -type f | wc -l)
    summary+=("$(printf '%-18s %-6s %12s executions  %5s inputs in the corpus' "$target" "$result" "${executions:-?}" \
        "$corpus")")
done

echo "fuzz: ${seconds} s per target"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]}" >&2
    exit 1
fi
