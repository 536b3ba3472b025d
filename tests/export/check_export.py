#!/usr/bin/python3
"""Reads back the files of one export (xlsx, CSV, JSON) and checks them against each other,
against the documented JSON schema and against what the QtTest that wrote them expects.

Usage: check_export.py EXPECT.json   (written by tst_export.cpp)
Exit status 0 when every check passes; otherwise each failed check is printed.
"""
import csv
import json
import re
import sys
from collections import OrderedDict

import jsonschema
import openpyxl

FAILURES = []
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def check(condition, message):
    if not condition:
        FAILURES.append(message)
    return condition


def json_value_text(value):
    return "" if value is None else str(value)


def check_json(expect, data):
    with open(expect["schema"], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(data))
    check(not errors, "JSON does not match its schema: %s" % "; ".join(e.message for e in errors[:5]))
    # Stable key order: the order the schema lists as required.
    check(list(data.keys()) == schema["required"], "JSON top-level key order: %s" % list(data.keys()))
    report_order = schema["definitions"]["report"]["required"]
    cell_order = schema["definitions"]["cell"]["required"]
    for r in data["reports"]:
        check(list(r.keys()) == report_order, "JSON report key order: %s" % list(r.keys()))
        for c in r["cells"]:
            if not check(list(c.keys()) == cell_order, "JSON cell key order: %s" % list(c.keys())):
                break
            if c["type"] == "decimal" and c["value"] is not None:
                check(isinstance(c["value"], str), "amount %s is not exact text" % c["key"])
            if c["type"] != "decimal" and c["value"] is not None and c["status"] != "suspect":
                check(isinstance(c["value"], int), "count %s is not an integer" % c["key"])
    editions = sorted({r["edition"] for r in data["reports"]})
    check(editions == expect["editions"], "editions %s, expected %s" % (editions, expect["editions"]))
    check(data["language"] == expect["lang"], "language %s" % data["language"])
    check(data["reviewer"] == expect["reviewer"], "reviewer %s" % data["reviewer"])

    agencies = [r["agency"] for r in data["reports"]]
    check(expect["agency"] in agencies, "agency %r not kept as text: %s" % (expect["agency"], agencies))
    edited = expect["edited"]
    found = False
    for r in data["reports"]:
        for c in r["cells"]:
            if c["key"] == edited["key"] and c["original"] is not None and r["agency"] == expect["agency"]:
                found = True
                check(json_value_text(c["value"]) == edited["new"], "edited value %s" % c["value"])
                check(json_value_text(c["original"]["value"]) == edited["old"],
                      "original value %s" % c["original"])
                check(c["edited_by"] == expect["reviewer"], "edited_by %s" % c["edited_by"])
                check(c["status"] == "edited", "edited status %s" % c["status"])
    check(found, "edited cell %s not marked in the JSON" % edited["key"])
    decisions = [f["decision"] for r in data["reports"] for f in r["findings"] if f["decision"]]
    decisions += [d["decision"] for r in data["reports"] for d in r["orphaned_decisions"]]
    check(any(d["decision"] == "dismissed" and d["note"] == expect["dismiss_note"] for d in decisions),
          "dismissed decision with its note missing: %s" % decisions)
    statuses = {c["status"] for r in data["reports"] for c in r["cells"]}
    for s in ("suspect", "missing", "inferred", "edited", "placeholder"):
        check(s in statuses, "no %s cell in the export" % s)


def long_rows(data):
    """The long table as the JSON tells it: (agency, key, value text) per report × cell."""
    rows = []
    for r in data["reports"]:
        for c in r["cells"]:
            rows.append((r["agency"] or "", c["key"], json_value_text(c["value"]), c))
    return rows


def check_csv(expect, data):
    with open(expect["csv"], "rb") as f:
        raw = f.read()
    check(raw.startswith(b"\xef\xbb\xbf"), "CSV has no UTF-8 BOM")
    check(b"\r\n" in raw, "CSV lines do not end with CRLF")
    with open(expect["csv"], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    check(header[0] == ("报告编号" if expect["lang"] == "zh" else "report id"), "CSV header %s" % header[:3])
    check(len(header) == 16, "CSV has %d columns" % len(header))
    expected = long_rows(data)
    check(len(rows) - 1 == len(expected), "CSV rows %d, JSON cells %d" % (len(rows) - 1, len(expected)))
    for fields in rows:
        for field in fields:
            if field.startswith(DANGEROUS):
                check(NUMBER.match(field) is not None, "CSV text cell starts like a formula: %r" % field)
    for fields, (agency, key, value, _) in zip(rows[1:], expected):
        shown = ("'" + agency) if agency.startswith(DANGEROUS) else agency
        if not check(fields[1] == shown and fields[8] == key and fields[9] == value,
                     "CSV row %s differs from JSON: %s / %s %s" % (key, fields[1:10], agency, value)):
            break


def merged_at(ws, text):
    """Width (columns) of the merged ranges whose top-left cell holds `text`."""
    widths = []
    for rng in ws.merged_cells.ranges:
        if ws.cell(rng.min_row, rng.min_col).value == text:
            widths.append(rng.max_col - rng.min_col + 1)
    return widths


def check_xlsx(expect, data):
    wb = openpyxl.load_workbook(expect["xlsx"])
    zh = expect["lang"] == "zh"
    fixed = (["数据明细", "表一汇总", "表二汇总", "表三汇总", "问题清单", "修改记录", "关于"] if zh else
             ["Data", "Table 1 summary", "Table 2 summary", "Table 3 summary", "Findings", "Edit log", "About"])
    check(wb.sheetnames[:7] == fixed, "sheet names %s" % wb.sheetnames[:7])
    check(len(wb.sheetnames) == 7 + len(data["reports"]), "one sheet per report: %s" % wb.sheetnames)
    check(wb.properties.creator == expect["reviewer"], "author %s" % wb.properties.creator)
    check(bool(wb.properties.title), "no workbook title")

    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                check(cell.data_type != "f", "formula in %s!%s" % (ws.title, cell.coordinate))
                if isinstance(cell.value, str):
                    check(not cell.value.startswith(DANGEROUS),
                          "text cell starts like a formula: %s!%s %r" % (ws.title, cell.coordinate, cell.value))

    long = wb[fixed[0]]
    check(long.freeze_panes == "A2", "long sheet frozen at %s" % long.freeze_panes)
    check(bool(long.auto_filter.ref) and long.auto_filter.ref.startswith("A1:"),
          "long sheet autofilter %s" % long.auto_filter.ref)
    expected = long_rows(data)
    check(long.max_row - 1 == len(expected), "long sheet rows %d, cells %d" % (long.max_row - 1, len(expected)))
    for values, (agency, key, value, c) in zip(long.iter_rows(min_row=2, values_only=True), expected):
        got = values[9]
        if value == "":
            ok = got is None
        else:
            ok = isinstance(got, (int, float)) and abs(float(got) - float(value)) < 1e-9
        if not check(ok and values[8] == key, "long sheet %s: %r, JSON %r" % (key, got, value)):
            break
        shown = ("'" + agency) if agency.startswith(DANGEROUS) else agency
        if not check((values[1] or "") == shown, "long sheet agency %r" % values[1]):
            break

    summary = wb[fixed[2]]
    check(summary.max_row == 3 + len(data["reports"]), "table 2 summary rows %d" % summary.max_row)
    findings = wb[fixed[4]]
    total = sum(len(r["findings"]) + len(r["orphaned_decisions"]) for r in data["reports"])
    check(findings.max_row == 1 + total, "findings rows %d, expected %d" % (findings.max_row, 1 + total))
    log = wb[fixed[5]]
    check(log.max_row == 1 + sum(len(r["edits"]) for r in data["reports"]), "edit log rows %d" % log.max_row)
    about = wb[fixed[6]]
    shas = {c for row in about.iter_rows(values_only=True) for c in row if isinstance(c, str)}
    for r in data["reports"]:
        check(r["file"]["sha256"] in shas, "SHA-256 of %s not on the about sheet" % r["file"]["name"])

    edited = expect["edited"]
    prefix = ("原值 %s → 现值 %s" if zh else "was %s → now %s") % (edited["old"], edited["new"])
    for ws, r in zip(wb.worksheets[7:], data["reports"]):
        # The printed layout: merged multi-level headers of tables 2 and 3.
        check(7 in merged_at(ws, "申请人情况"), "%s: 申请人情况 not merged over 7 columns" % ws.title)
        check(10 in merged_at(ws, "行政诉讼"), "%s: 行政诉讼 not merged over 10 columns" % ws.title)
        check(5 in merged_at(ws, "行政复议"), "%s: 行政复议 not merged over 5 columns" % ws.title)
        comments = [c.comment.text for row in ws.iter_rows() for c in row if c.comment]
        edits = [c for c in r["cells"] if c["original"] is not None]
        marker = "原值" if zh else "was "
        check(len([t for t in comments if t.startswith(marker)]) == len(edits),
              "%s: %d edit comments for %d edited cells" % (ws.title, len(comments), len(edits)))
        if r["agency"] == expect["agency"]:
            check(any(t.startswith(prefix) and expect["reviewer"] in t for t in comments),
                  "%s: no comment %r with the reviewer: %s" % (ws.title, prefix, comments[:3]))
        open_rules = {f["rule"] for f in r["findings"] if f["decision"] is None and f["cells"]}
        for rule in open_rules:
            check(any(rule in t for t in comments), "%s: rule %s not in any comment" % (ws.title, rule))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        expect = json.load(f, object_pairs_hook=OrderedDict)
    with open(expect["json"], encoding="utf-8") as f:
        data = json.load(f, object_pairs_hook=OrderedDict)
    check_json(expect, data)
    check_csv(expect, data)
    check_xlsx(expect, data)
    for failure in FAILURES[:40]:
        print("FAIL:", failure)
    print("%d checks failed" % len(FAILURES))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
