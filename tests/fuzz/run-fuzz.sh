#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a bounded time, seeded with
# the sample reports and the regression corpus. Used by .ci/run; by hand for longer runs:
#   tests/fuzz/run-fuzz.sh [SECONDS_PER_TARGET=30] [BUILD_DIR=build-fuzz]
# A crash leaves its input as crash-* in the build folder; add it to tests/fuzz/regression/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-30}"
build="${2:-build-fuzz}"
CC=clang CXX=clang++ cmake -S . -B "${build}" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNIANBAO_FUZZ=ON > /dev/null
cmake --build "${build}" --target fuzz_import fuzz_extract
corpus="$(mktemp -d)"
trap 'rm -rf "${corpus}"' EXIT
cp tests/data/samples/*.txt tests/fuzz/regression/* "${corpus}/"
for target in fuzz_import fuzz_extract; do
    echo "fuzz: ${target} for ${seconds} s"
    (cd "${build}" && "./tests/fuzz/${target}" -max_total_time="${seconds}" -timeout=20 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "${corpus}" 2>&1 | tail -12)
done
echo "fuzz: 2 passed, 0 failed"
