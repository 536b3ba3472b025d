#!/usr/bin/env python3
"""Writes N report files for the batch benchmarks: the five bundled samples and variants of them.

Each file is a sample with its agency name numbered ("…（样本 17）") and, for every other file,
one count in table 2 raised by one, so files differ in bytes (the workspace stores each) and
some reports have findings. Usage: make-reports.py OUTDIR [N=10000]
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
samples = sorted((root / "tests/data/samples").glob("*.txt"))
out = pathlib.Path(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
out.mkdir(parents=True, exist_ok=True)
texts = [s.read_text(encoding="utf-8") for s in samples]
for i in range(count):
    text = texts[i % len(texts)]
    # The agency line is the report's title: number it.
    text = re.sub(r"(政府信息公开工作年度报告)", r"（样本 %d）\1" % i, text, count=1)
    if i % 2:
        # One printed count in table 2 changes: the rules catch it.
        start = text.find("三、收到和处理政府信息公开申请情况")
        m = re.compile(r"(?<![\d.])(\d{1,3})(?![\d.])").search(text, max(start, 0))
        if m:
            text = text[: m.start()] + str(int(m.group(1)) + 1) + text[m.end():]
    (out / ("r%05d.txt" % i)).write_text(text, encoding="utf-8")
print(f"{count} reports in {out}")
