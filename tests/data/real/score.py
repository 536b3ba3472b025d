#!/usr/bin/env python3
"""Scores `nianbao-cli check --json` against the truth files of tests/data/real (dev tooling).

usage: score.py CLI [FILE.txt ...]   (default: every *.txt beside this script)

Per file and in total: cells right, cells wrong while marked `read`, ambiguous cells the tool
marked (not `read`), and the agency/year. A certain cell is right when its value equals the truth
(null for an empty cell); an ambiguous cell is right when its value is the `likely` one.
"""
import json, os, subprocess, sys
from decimal import Decimal

here = os.path.dirname(os.path.abspath(__file__))
cli = sys.argv[1]
files = sys.argv[2:] or sorted(os.path.join(here, f) for f in os.listdir(here) if f.endswith('.txt'))


def num(v):
    return None if v is None else Decimal(str(v))


tot = dict(cells=0, right=0, wrong_read=0, amb=0, amb_marked=0, meta_ok=0, files=0)
verbose = os.environ.get('VERBOSE')
for path in files:
    truth_path = path[:-4] + '.truth.json'
    if not os.path.exists(truth_path):
        continue
    truth = json.load(open(truth_path, encoding='utf-8'))
    out = subprocess.run([cli, 'check', '--json', path], capture_output=True)
    rep = json.loads(out.stdout)[0]
    cells = rep.get('cells', {})
    right = wrong_read = amb = amb_marked = 0
    problems = []
    for key, t in truth['cells'].items():
        c = cells.get(key, {})
        value, status = num(c.get('value')), c.get('status', 'missing')
        if isinstance(t, dict) and 'ambiguous' in t:
            amb += 1
            ok = value == num(t.get('likely'))
            amb_marked += status != 'read'
            if status == 'read':
                problems.append(f'{key}: ambiguous but read {value}')
        elif isinstance(t, dict):
            ok = value == num(t['value']) and status == t.get('status', status)
        else:
            ok = value == num(t)
            if not ok and status == 'read':
                wrong_read += 1
        right += ok
        if not ok:
            problems.append(f'{key}: {status} {value} (raw {c.get("raw")!r}) truth {t}')
    n = len(truth['cells'])
    agency_ok = (rep.get('agency') == truth['agency']) if truth.get('agency_in_text') else (
        rep.get('agency') in (None, truth['agency']))
    year_ok = rep.get('year') == truth['year']
    print(f'{os.path.basename(path)}: {right}/{n} right, {wrong_read} wrong+read, '
          f'ambiguous {amb_marked}/{amb} marked, agency {"ok" if agency_ok else "WRONG " + str(rep.get("agency"))}, '
          f'year {"ok" if year_ok else "WRONG " + str(rep.get("year"))}, edition {rep.get("edition")}')
    if verbose:
        for p in problems:
            print('   ', p)
    tot['cells'] += n; tot['right'] += right; tot['wrong_read'] += wrong_read
    tot['amb'] += amb; tot['amb_marked'] += amb_marked; tot['meta_ok'] += agency_ok and year_ok
    tot['files'] += 1
print(f"TOTAL: {tot['right']}/{tot['cells']} right ({100.0 * tot['right'] / max(1, tot['cells']):.1f} %), "
      f"{tot['wrong_read']} wrong while read, ambiguous marked {tot['amb_marked']}/{tot['amb']}, "
      f"metadata right in {tot['meta_ok']}/{tot['files']}")
