#!/usr/bin/env bash
# The batch figures of the README (issue 12): `nianbao-cli check` over 10,000 reports (JSON and
# text, one core), peak memory, and `workspace import` of 1,000 and 10,000 reports.
#   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-release --target nianbao-cli
#   benchmarks/batch-bench.sh [build-release] [workdir=/tmp/nianbao-batch]
# Prints wall time, CPU time (user + system) and peak RSS; on a busy machine the CPU time is the
# figure to compare (reports/s = reports / CPU seconds).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-release}"
work="${2:-/tmp/nianbao-batch}"
cli="${build}/app/cli/nianbao-cli"
mkdir -p "${work}"
[ -d "${work}/r10k" ] || python3 benchmarks/make-reports.py "${work}/r10k" 10000
[ -d "${work}/r1k" ] || python3 benchmarks/make-reports.py "${work}/r1k" 1000

measure() { # label, command...
    local label="$1"
    shift
    /usr/bin/time -f "%e %U %S %M" -o "${work}/time" "$@" > "${work}/out" 2> "${work}/err" || true
    tail -n 1 "${work}/time" | awk -v label="${label}" '{ printf "%-34s wall %6.2f s  cpu %6.2f s  peak %7.1f MB\n", label, $1, $2 + $3, $4 / 1024 }'
}

measure "check --json, 10,000, one core" taskset -c 0 "${cli}" check --json "${work}"/r10k/*.txt
measure "check (text), 10,000, one core" taskset -c 0 "${cli}" check "${work}"/r10k/*.txt
measure "check --json, 10,000, all cores" "${cli}" check --json "${work}"/r10k/*.txt
for n in 1k 10k; do
    rm -f "${work}/ws-${n}.nianbao"*
    "${cli}" workspace create "${work}/ws-${n}.nianbao" > /dev/null
    measure "workspace import, ${n}" "${cli}" workspace import "${work}/ws-${n}.nianbao" \
        "${work}/r${n}"/*.txt
done
