#!/usr/bin/env python3
"""Check the hand-written truth files (*.truth.json) in this directory.

stdlib only.  For every truth file:
  * the edition's cell keys (format-spec.json, editions.<ed>.tables) are all
    present, nothing extra, in spec order;
  * every entry is well-formed (number / null / ambiguous / inferred) and has the
    cell's type (non-negative integer, signed integer for 2019 本年增/减,
    non-negative decimal for amounts); "likely" is one of the candidates;
  * every rule instance of the edition (format-spec.json rules[].instances) is
    evaluated, following format-spec.json evaluation_policy:
      - mode "certain": numbers, nulls and inferred values only; an instance that
        touches an ambiguous cell is "undecided";
      - mode "likely":  ambiguous cells replaced by their "likely" value
        (likely null -> the cell is treated as empty).
    A "fail" in mode "certain" is a published inconsistency (the report's own
    numbers break the rule), not an extraction problem.
  * soft / cross-year checks are printed for information: X_T2_CARRY_CHAIN,
    X_T1_IN_FORCE_CHAIN_2021, S_T1_2019_PUBLISHED_LE_TOTAL.

Usage: python3 check_truth.py [--spec PATH] [--verbose]
Exit status 1 if a truth file is malformed (missing keys, bad types); rule
failures are reported but do not change the exit status.
"""
import glob
import json
import os
import re
import sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SPEC = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'resources', 'spec', 'format-spec.json'))
COLS = ['natural_person', 'commercial_enterprise', 'research_institution',
        'social_welfare_org', 'legal_service_org', 'other_org', 'total']

UNDECIDED = object()


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def cell_types(spec, ed):
    out = OrderedDict()
    for t in ('t1', 't2', 't3'):
        for c in spec['editions'][ed][t]['cells']:
            out[c['key']] = c.get('type', 'integer')
    return out


def type_ok(v, typ):
    if v is None:
        return True
    if not is_num(v):
        return False
    if typ == 'integer':
        return isinstance(v, int) and v >= 0
    if typ == 'signed_integer':
        return isinstance(v, int)
    if typ == 'decimal':
        return v >= 0
    return True


def classify(entry):
    """-> (kind, certain_value, likely_value)"""
    if entry is None:
        return 'null', None, None
    if is_num(entry):
        return 'certain', entry, entry
    if isinstance(entry, dict) and 'ambiguous' in entry:
        return 'ambiguous', UNDECIDED, entry.get('likely')
    if isinstance(entry, dict) and entry.get('status') == 'inferred':
        return 'inferred', entry.get('value'), entry.get('value')
    return 'bad', UNDECIDED, UNDECIDED


def validate(doc, spec, problems):
    ed = doc.get('edition')
    if ed not in spec['editions']:
        problems.append('unknown edition %r' % ed)
        return None
    types = cell_types(spec, ed)
    cells = doc.get('cells', {})
    missing = [k for k in types if k not in cells]
    extra = [k for k in cells if k not in types]
    if missing:
        problems.append('missing keys: %s' % missing)
    if extra:
        problems.append('extra keys: %s' % extra)
    if not missing and not extra and list(cells) != list(types):
        problems.append('keys not in spec order')
    for field in ('file', 'agency', 'agency_in_text', 'year', 'edition', 'tables'):
        if field not in doc:
            problems.append('missing field %s' % field)
    for k, e in cells.items():
        typ = types.get(k, 'integer')
        kind, val, lik = classify(e)
        if kind == 'bad':
            problems.append('%s: malformed entry %r' % (k, e))
        elif kind == 'certain' and not type_ok(val, typ):
            problems.append('%s: %r is not a valid %s' % (k, val, typ))
        elif kind == 'inferred' and (not type_ok(val, typ) or not e.get('why')):
            problems.append('%s: bad inferred entry %r' % (k, e))
        elif kind == 'ambiguous':
            cands = e['ambiguous']
            if not isinstance(cands, list) or len(cands) < 2:
                problems.append('%s: ambiguous needs >= 2 candidates' % k)
            for c in cands:
                if not type_ok(c, typ):
                    problems.append('%s: candidate %r is not a valid %s' % (k, c, typ))
            if lik is not None and lik not in cands:
                problems.append('%s: likely %r not among candidates' % (k, lik))
            if not e.get('why'):
                problems.append('%s: ambiguous entry without why' % k)
    return types


def parse_side(s):
    return [t.strip() for t in s.split('+')]


def evaluate(instance, kind, values):
    """values: key -> number | None | UNDECIDED.  Returns (status, detail)."""
    lhs, rhs = instance.split('==')
    L, R = parse_side(lhs), parse_side(rhs)
    keys = L + R
    vals = {k: values[k] for k in keys}
    if any(v is UNDECIDED for v in vals.values()):
        return 'undecided', ''
    if kind == 'printed':   # balance rule
        if all(vals[k] is None for k in keys):
            return 'empty', ''
    else:                   # structural: one target on the left
        target = L[0]
        addends = R
        if vals[target] is None and all(vals[k] is None for k in addends):
            return 'empty', ''
        if vals[target] is None:
            return 'unverifiable', 'target empty'
        if all(vals[k] is None for k in addends) and vals[target] != 0:
            return 'unverifiable', 'only the total is filled'
    z = lambda k: 0 if vals[k] is None else vals[k]
    ls, rs = sum(z(k) for k in L), sum(z(k) for k in R)
    if ls == rs:
        return 'pass', ''
    short = lambda ks: ' + '.join('%s' % ('·' if vals[k] is None else vals[k]) for k in ks)
    return 'fail', '%s = %s  !=  %s = %s' % (short(L), ls, short(R), rs)


def short_instance(inst):
    # shorten "t2.r.new_received.c.natural_person + ..." for display
    m = re.findall(r't\d\.r\.([a-z0-9_]+)\.c\.([a-z0-9_]+)', inst)
    rows = {r for r, _ in m}
    cols = {c for _, c in m}
    if len(cols) == 1:
        return 'column %s' % cols.pop()
    if len(rows) == 1:
        return 'row %s' % rows.pop()
    return inst[:60]


def main():
    args = sys.argv[1:]
    spec_path = DEFAULT_SPEC
    verbose = '--verbose' in args
    if '--spec' in args:
        spec_path = args[args.index('--spec') + 1]
    spec = json.load(open(spec_path, encoding='utf-8'))
    rules = [r for r in spec['rules'] if r.get('instances')]
    files = sorted(glob.glob(os.path.join(HERE, '*.truth.json')))
    if not files:
        print('no truth files found in', HERE)
        return 1
    bad = False
    docs = {}
    grand = defaultdict(lambda: defaultdict(int))
    print('spec:', os.path.relpath(spec_path, HERE))
    print()
    for path in files:
        doc = json.load(open(path, encoding='utf-8'), object_pairs_hook=OrderedDict)
        name = os.path.basename(path)
        problems = []
        types = validate(doc, spec, problems)
        src = os.path.join(HERE, doc.get('file', ''))
        if not os.path.exists(src):
            problems.append('source text %s not found next to the truth file' % doc.get('file'))
        docs[name] = doc
        print('=' * 78)
        print('%s  [%s, %s, edition %s, agency_in_text=%s, tables=%s]' % (
            name, doc.get('agency'), doc.get('year'), doc.get('edition'),
            doc.get('agency_in_text'), ','.join('%s:%s' % kv for kv in doc.get('tables', {}).items())))
        if problems:
            bad = True
            for p in problems:
                print('  PROBLEM:', p)
            if types is None:
                continue
        counts = defaultdict(int)
        certain_vals, likely_vals = {}, {}
        for k, e in doc['cells'].items():
            kind, val, lik = classify(e)
            counts[kind] += 1
            certain_vals[k] = val
            likely_vals[k] = lik
        print('  cells: %d total | certain %d | null %d | ambiguous %d | inferred %d' % (
            len(doc['cells']), counts['certain'], counts['null'], counts['ambiguous'], counts['inferred']))
        ed = doc['edition']
        for mode, values in (('certain', certain_vals), ('likely', likely_vals)):
            line = []
            fails = []
            for r in rules:
                if ed not in r['editions']:
                    continue
                st = defaultdict(int)
                for inst in r['instances']:
                    s, detail = evaluate(inst, r['kind'], values)
                    st[s] += 1
                    grand[mode][s] += 1
                    if s == 'fail':
                        fails.append('%s %s: %s' % (r['id'], short_instance(inst), detail))
                    elif verbose and s in ('unverifiable', 'undecided'):
                        fails.append('(%s) %s %s %s' % (s, r['id'], short_instance(inst), detail))
                line.append('%s %s' % (r['id'], '/'.join('%s=%d' % (k, st[k]) for k in
                                                          ('pass', 'fail', 'unverifiable', 'empty', 'undecided') if st[k])))
            print('  [%s] ' % mode + '; '.join(line))
            for f in fails:
                print('      FAIL ' + f if not f.startswith('(') else '      ' + f)
        # soft check inside one report
        if ed == '2019':
            for row in ('regulations', 'normative_docs'):
                p, t = certain_vals['t1.r.%s.c.published_this_year' % row], certain_vals['t1.r.%s.c.total_public' % row]
                if is_num(p) and is_num(t) and p > t:
                    print('  soft S_T1_2019_PUBLISHED_LE_TOTAL fails for %s: %s > %s' % (row, p, t))
    # cross-year soft checks
    print('=' * 78)
    print('cross-year soft checks (same agency, consecutive years; information only)')
    by_agency = defaultdict(dict)
    for name, d in docs.items():
        by_agency[d['agency']][d['year']] = d
    for ag, years in sorted(by_agency.items()):
        for y in sorted(years):
            if y - 1 not in years:
                continue
            cur, prev = years[y], years[y - 1]
            for mode in ('certain', 'likely'):
                pick = (lambda e: classify(e)[1]) if mode == 'certain' else (lambda e: classify(e)[2])
                msgs = []
                for c in COLS:
                    a = pick(cur['cells']['t2.r.carried_over.c.%s' % c])
                    b = pick(prev['cells']['t2.r.carry_forward.c.%s' % c])
                    if a is UNDECIDED or b is UNDECIDED:
                        msgs.append('%s undecided' % c)
                    elif (a or 0) != (b or 0):
                        msgs.append('%s: carried_over(%d)=%s vs carry_forward(%d)=%s' % (c, y, a, y - 1, b))
                print('  %s %d←%d X_T2_CARRY_CHAIN [%s]: %s' % (ag, y, y - 1, mode, 'ok' if not msgs else '; '.join(msgs)))
                if cur['edition'] == '2021' and prev['edition'] == '2021':
                    for row in ('regulations', 'normative_docs'):
                        i0 = pick(prev['cells']['t1.r.%s.c.in_force' % row])
                        i1 = pick(cur['cells']['t1.r.%s.c.in_force' % row])
                        iss = pick(cur['cells']['t1.r.%s.c.issued' % row])
                        rep = pick(cur['cells']['t1.r.%s.c.repealed' % row])
                        if UNDECIDED in (i0, i1, iss, rep) or None in (i0, i1, iss, rep):
                            res = 'undecided'
                        else:
                            res = '%s + %s - %s = %s vs in_force %s -> %s' % (
                                i0, iss, rep, i0 + iss - rep, i1, 'ok' if i0 + iss - rep == i1 else 'off')
                        print('      X_T1_IN_FORCE_CHAIN_2021 %s [%s]: %s' % (row, mode, res))
    print('=' * 78)
    for mode in ('certain', 'likely'):
        print('all rule instances [%s]: %s' % (mode, ', '.join('%s=%d' % kv for kv in sorted(grand[mode].items()))))
    if bad:
        print('MALFORMED truth file(s), see PROBLEM lines')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
