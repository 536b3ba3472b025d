#!/usr/bin/env python3
"""Scores `nianbao-cli check --json` on generated reports against their truth (dev tooling).

usage: score.py CLI FILE.{pdf,html,docx} ... [-v]

NAME.truth.json is looked up beside each file, then in this folder (cell key -> value; null for
a cell printed empty or as a placeholder, which must come out blank or placeholder). Prints per
file the cells right and the cells wrong while marked `read`; -v lists the cells not right.
"""
import json, os, subprocess, sys
from decimal import Decimal

here = os.path.dirname(os.path.abspath(__file__))
cli = sys.argv[1]
verbose = '-v' in sys.argv


def num(v):
    return None if v is None else Decimal(str(v))


for path in [a for a in sys.argv[2:] if a != '-v']:
    name = os.path.splitext(os.path.basename(path))[0] + '.truth.json'
    truth_path = os.path.join(os.path.dirname(path), name)
    if not os.path.exists(truth_path):
        truth_path = os.path.join(here, name)
    truth = json.load(open(truth_path, encoding='utf-8'))
    out = json.loads(subprocess.run([cli, 'check', '--json', path], capture_output=True).stdout)[0]
    cells = out.get('cells') or {}
    right = wrong = 0
    problems = []
    for key, want in truth.items():
        c = cells.get(key, {})
        status = c.get('status', 'missing')
        if want is None:
            ok = c.get('value') is None and status in ('blank', 'placeholder')
        else:
            ok = num(c.get('value')) == num(want)
        right += ok
        wrong += status == 'read' and not ok
        if not ok:
            problems.append(f'  {key}: {status} {c.get("value")} truth {want}')
    print(f'{os.path.basename(path)}: {right}/{len(truth)} right, {wrong} wrong while read '
          f'{out.get("error") or ""}')
    if verbose:
        print('\n'.join(problems))
