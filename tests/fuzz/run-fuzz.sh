#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each, seeded with the sample reports
# and the regression corpus. Used by .ci/run with a fixed seed and a fixed number of runs, so CI
# sees exactly what a local run of the same command sees; by hand, a random seed for longer runs:
#   tests/fuzz/run-fuzz.sh [RUNS_PER_TARGET=5000] [BUILD_DIR=build-fuzz] [SEED=1 (0 = random)]
# A crash leaves its input as crash-* in the build folder; add it to tests/fuzz/regression/.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5000}"
build="${2:-build-fuzz}"
seed="${3:-1}"
CC=clang CXX=clang++ cmake -S . -B "${build}" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNIANBAO_FUZZ=ON > /dev/null
cmake --build "${build}" --target fuzz_import fuzz_extract
corpus="$(mktemp -d)"
trap 'rm -rf "${corpus}"' EXIT
cp tests/data/samples/*.txt tests/fuzz/regression/* "${corpus}/"
for target in fuzz_import fuzz_extract; do
    echo "fuzz: ${target}, ${runs} runs, seed ${seed}"
    (cd "${build}" && "./tests/fuzz/${target}" -runs="${runs}" -seed="${seed}" -timeout=120 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "${corpus}" 2>&1 | tail -12)
done
echo "fuzz: 2 passed, 0 failed"
