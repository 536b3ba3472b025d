#!/usr/bin/env python3
"""Fills the mechanical entries of the .ts files after lupdate (see ui/CMakeLists.txt).

The core's messages are bilingual in one string ("a.txt: 文件为空 / file is empty"); the desk
shows one language, so nianbao_zh_CN.ts gets the Chinese half and nianbao_en.ts the English half
of each. Texts the core stores (context ExtractNotes and ReportAudit, and messages whose comment
says "stored") keep both halves in both files: the desk picks the half when it shows them. The
Chinese UI strings are their own translation in nianbao_zh_CN.ts.

Only entries marked unfinished are touched, and only when the rule is certain; what is left
(English translations of Chinese-only UI strings) is for a person, and test_translations fails
until it is done. Usage: python3 translations/fill-ts.py  (from the project root)
"""
import html
import re
import sys

STORED_CONTEXTS = {"ExtractNotes", "ReportAudit"}
HAN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def split(text):
    """(zh, en) of a bilingual text, or None; the same rule as UiLanguage::split()."""
    p = text.find("/")
    while p > 0:
        if p + 1 < len(text) and text[p + 1] == " ":
            left, right = text[:p], text[p + 1:]
            if HAN.search(left) and not HAN.search(right):
                first = 0
                while first < len(left) and not HAN.match(left[first]):
                    first += 1
                # What stands before the Chinese up to its last ": " (a file name) is shared.
                prefix = left[:first]
                cut = prefix.rfind(": ")
                shared = prefix[:cut + 2] if cut >= 0 else ""
                return left.strip(), shared + right.strip()
        p = text.find("/", p + 1)
    return None


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d+|n)", text)))


# The texts are XML-escaped, so [^<]* keeps a match inside one message (".*?" could run on from
# a finished message to the next unfinished one).
MESSAGE = re.compile(r"(<message(?: numerus=\"yes\")?>\s*<source>([^<]*)</source>\s*"
                     r"(?:<comment>[^<]*</comment>\s*)?(?:<extracomment>([^<]*)</extracomment>\s*)?)"
                     r"<translation type=\"unfinished\">(.*?)</translation>", re.S)


def fill(path, chinese):
    text = open(path, encoding="utf-8").read()
    left = 0
    out = []
    pos = 0
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        name = context.group(1)
        body_start, body_end = context.span(2)
        out.append(text[pos:body_start])

        def one(m):
            nonlocal left
            head, source, comment, old = m.group(1), html.unescape(m.group(2)), m.group(3) or "", m.group(4)
            stored = name in STORED_CONTEXTS or comment.startswith("stored")
            halves = split(source)
            if stored:
                value = source
            elif halves and placeholders(halves[0 if chinese else 1]) == placeholders(source):
                value = halves[0] if chinese else halves[1]
            elif halves:  # a half without one of the arguments: both halves, shown as they are
                value = source
            elif chinese:
                value = source
            else:
                left += 1
                return m.group(0)
            escaped = html.escape(value, quote=False)
            if "<numerusform>" in old:
                forms = old.count("<numerusform>")
                return head + "<translation>" + "".join(
                    "<numerusform>%s</numerusform>" % escaped for _ in range(max(forms, 1))) + "</translation>"
            return head + "<translation>" + escaped + "</translation>"

        out.append(MESSAGE.sub(one, text[body_start:body_end]))
        pos = body_end
    out.append(text[pos:])
    result = "".join(out).replace("&quot;", '"').replace("&apos;", "'")
    open(path, "w", encoding="utf-8").write(result)
    return left


if __name__ == "__main__":
    zh = fill("translations/nianbao_zh_CN.ts", True)
    en = fill("translations/nianbao_en.ts", False)
    print("left for a person: zh_CN %d, en %d" % (zh, en))
    sys.exit(0)
