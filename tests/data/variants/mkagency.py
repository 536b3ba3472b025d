#!/usr/bin/env python3
"""Whole reports in the forms agencies publish them (README.md in this folder).

usage: mkagency.py EDITION SEED STYLE [OUTDIR]

Writes NAME.html or NAME.docx and NAME.truth.json (cell key -> value; null for a cell printed
empty or as a placeholder), NAME = agency_EDITION_SEED_STYLE. Convert to PDF the way agencies do:
`soffice --headless --convert-to pdf NAME.html|NAME.docx`.

The values are invented and consistent (every rule of the spec holds, apart from placeholders);
the layouts are those of real publications. STYLE is one of the keys of STYLES below.
"""
import io, json, os, random, sys, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = json.load(open(os.path.join(HERE, '..', '..', '..', 'resources', 'spec', 'format-spec.json'),
                      encoding='utf-8'))

# HTML styles: gov web pages. DOCX styles: Word/WPS documents.
STYLES = {
    # a CMS page: layout tables, GB2312, <p>/<span>/<br> in cells, &nbsp; blanks, bordered
    # tables with centred values, group labels one character per line
    'gov': dict(kind='html', charset='gb2312', layout=True, border=True, align='center',
                parts=True, vertical=True, holes=4),
    # LibreOffice printing a plain page: no borders, left-aligned values in narrow columns
    'plain': dict(kind='html', narrow=True, big=True),
    # header cells as <th> in <thead>, table 2 split into two <table>s, an empty first
    # column meant for row numbers
    'split': dict(kind='html', border=True, th=True, split_t2=True, rownum=True, holes=3,
                  align='center'),
    # Word: one table per table, centred, vertical text in group cells, header rows repeated
    # on the next page, a page number in the footer, table 2 and 3 on landscape pages
    'word': dict(kind='docx', center=True, vertical='tbRlV', repeat=True, footer='page',
                 landscape=True, t1merged=True, holes=4),
    # WPS: portrait, narrow group columns wrapping one character per line, "第 N 页 共 M 页"
    # footer high in the margin, placeholders, big numbers
    'wps': dict(kind='docx', center=True, vertical='wrap', repeat=False, footer='pageof',
                landscape=False, t1merged=True, holes=6, big=True, small=True),
    # Word, left-aligned cells, table 1 as separate tables per block
    'wordleft': dict(kind='docx', center=False, vertical='wrap', repeat=True, footer='page',
                     landscape=False, t1merged=False, holes=2),
}

PLACEHOLDERS = ['/', '-', '—', '', '／', '无']


def model(edn, seed, style):
    """Printed text and truth of every cell."""
    ed = SPEC['editions'][edn]
    rnd = random.Random(seed * 1000 + sum(map(ord, style.get('name', ''))))
    big = style.get('big')
    choices = [0, 0, 1, 3, 17, 250, 1204] if big else [0, 0, 0, 1, 2, 3, 5, 12, 40]
    text, truth = {}, {}

    def put(key, value, printed=None):
        truth[key] = value
        text[key] = str(value) if printed is None else printed

    for b in ed['t1']['blocks']:
        for r in b['rows']:
            for c in b['columns']:
                key = 't1.r.%s.c.%s' % (r['id'], c['id'])
                if c.get('type') == 'decimal' or c['id'] in ('fee_amount', 'procurement_amount'):
                    v = round(rnd.random() * (5000 if big else 500), 2)
                    t = ('%.2f' % v).rstrip('0').rstrip('.')
                    put(key, float(t) if '.' in t else int(t), t)
                elif c['id'] == 'change':
                    v = rnd.choice([-12, -3, 0, 2, 5])
                    put(key, v, ('+%d' % v) if v > 0 and rnd.random() < 0.3 else str(v))
                else:
                    put(key, rnd.choice(choices))
    t2 = ed['t2']
    rows = [r for r in t2['rows'] if r['data_row']]
    outcome = [r['id'] for r in rows
               if r['id'] not in ('new_received', 'carried_over', 'results_total', 'carry_forward')]
    v = {r['id']: [rnd.choice(choices) for _ in range(6)] for r in rows}
    v['results_total'] = [sum(v[o][c] for o in outcome) for c in range(6)]
    v['carried_over'] = [rnd.choice([0, 1, 2]) for _ in range(6)]
    v['carry_forward'] = [rnd.choice([0, 1]) for _ in range(6)]
    for c in range(6):
        diff = v['results_total'][c] + v['carry_forward'][c] - v['carried_over'][c]
        if diff < 0:
            v['carried_over'][c] += diff
            diff = 0
        v['new_received'][c] = diff
    for k in v:
        v[k] = v[k] + [sum(v[k])]
    for r in rows:
        for c, cd in enumerate(t2['columns']):
            put('t2.r.%s.c.%s' % (r['id'], cd['id']), v[r['id']][c])
    v3 = [rnd.choice([0, 0, 1, 2, 3]) for _ in range(15)]
    for g in range(3):
        v3[g * 5 + 4] = sum(v3[g * 5:g * 5 + 4])
    for i, cd in enumerate(ed['t3']['columns']):
        put('t3.r.cases.c.%s' % cd['id'], v3[i])
    # Placeholders and empty cells where an agency prints no zero: only in cells holding 0 and
    # not in a total, so the arithmetic of the printed numbers still holds.
    holes = style.get('holes', 0)
    zero = sorted(k for k, x in truth.items() if x == 0 and 'total' not in k
                  and not k.startswith('t3') and '.c.total' not in k)
    for k in rnd.sample(zero, min(holes, len(zero))):
        p = rnd.choice(PLACEHOLDERS)
        if p == '无' and not k.startswith('t1'):
            p = '/'
        put(k, None, p)
    return text, truth


# ---------------------------------------------------------------- HTML

def html_report(edn, text, st):
    ed = SPEC['editions'][edn]
    year = 2019 if edn == '2019' else 2022
    agency = '某市某区教育局'
    align = ' align="%s"' % st['align'] if st.get('align') else ''
    cell_tag = 'th' if st.get('th') else 'td'

    def val(key):
        t = text[key]
        if t == '':
            return '&nbsp;' if st.get('parts') else ''
        if st.get('parts'):
            return '<p align="center"><span lang="EN-US" style="font-size:10.5pt">%s</span></p>' \
                % escape(t)
        return escape(t)

    def label(t, vertical=False):
        if vertical and st.get('vertical'):
            return '<br/>'.join(escape(ch) for ch in t)
        if st.get('parts') and len(t) >= 4 and len(t) <= 8:
            h = len(t) // 2
            return '<p>%s</p><p>%s</p>' % (escape(t[:h]), escape(t[h:]))
        if st.get('parts'):
            return '<span style="font-family:宋体">%s</span>' % escape(t)
        return escape(t)

    def td(content, rs=1, cs=1, tag='td', extra=''):
        a = ''
        if rs > 1:
            a += ' rowspan="%d"' % rs
        if cs > 1:
            a += ' colspan="%d"' % cs
        return '<%s%s%s>%s</%s>' % (tag, a, extra, content, tag)

    table_open = '<table%s cellspacing="0" cellpadding="2"%s>' % (
        ' border="1"' if st.get('border') else '',
        ' style="font-size:10pt"' if st.get('narrow') else ' width="100%"')
    vw = ' width="38"' if st.get('narrow') else ''
    rn = td('&nbsp;') if st.get('rownum') else ''
    h = []
    h.append('<p align="center"><b>%s%d年政府信息公开工作年度报告</b></p>' % (agency, year))
    h.append('<p>一、总体情况</p><p style="text-indent:2em">%d年，%s认真贯彻落实《条例》，'
             '全面推进政务公开。</p>' % (year, agency))
    h.append('<p>二、主动公开政府信息情况</p>')
    h.append(table_open)
    for b in ed['t1']['blocks']:
        cols = b['columns']
        h.append('<tr>%s%s</tr>' % (rn, td(label(b['title']), cs=len(cols) + 1, tag=cell_tag)))
        h.append('<tr>%s%s%s</tr>' % (rn, td(label('信息内容'), tag=cell_tag),
                                      ''.join(td(label(c['label']), tag=cell_tag) for c in cols)))
        for r in b['rows']:
            h.append('<tr>%s%s%s</tr>' % (rn, td(label(r['label'])), ''.join(
                td(val('t1.r.%s.c.%s' % (r['id'], c['id'])), extra=align + vw) for c in cols)))
    h.append('</table>')
    # table 2
    t2 = ed['t2']
    hl = t2['header_layout']
    h.append('<p>三、收到和处理政府信息公开申请情况</p>')
    head = []
    num = td(label('序号'), rs=3, tag=cell_tag) if st.get('rownum') else ''
    head.append('<tr>%s%s%s</tr>' % (num, td(label(hl['top_left_cell']['text']), rs=3, cs=3,
                                                tag=cell_tag),
                                     td(label('申请人情况'), cs=7, tag=cell_tag)))
    head.append('<tr>%s%s%s</tr>' % (td(label('自然人'), rs=2, tag=cell_tag),
                                     td(label('法人或其他组织'), cs=5, tag=cell_tag),
                                     td(label('总计'), rs=2, tag=cell_tag)))
    head.append('<tr>%s</tr>' % ''.join(td(label(x), tag=cell_tag) for x in
                                        ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']))
    data = [r for r in t2['rows'] if r['data_row']]
    spans = dict(hl['group_rowspans'])
    if edn == '2019':
        spans['三、本年度办理结果'] = 20
    split_at = [i for i, r in enumerate(data) if r['id'] == 'denied_state_secret'][0] \
        if st.get('split_t2') else -1
    # group label rows left in the first part of a split table
    bodies = [[]]
    opened = {}
    for i, r in enumerate(data):
        if i == split_at:
            bodies.append([])
        cells = [rn] if rn else []
        for p in r['parents']:
            if p not in opened:
                n = spans.get(p, 1)
                if split_at >= 0 and i < split_at and i + n > split_at:
                    opened[p] = ('split', i + n - split_at)
                    n = split_at - i
                else:
                    opened[p] = ('done', 0)
                cells.append(td(label(p, vertical=n > 4), rs=n))
            elif opened[p][0] == 'split' and i == split_at:
                cells.append(td('', rs=opened[p][1]))
                opened[p] = ('done', 0)
        cs = 3 - len(r['parents'])
        cells.append(td(label(r['label']), cs=cs))
        cells += [td(val('t2.r.%s.c.%s' % (r['id'], c['id'])), extra=align + vw)
                  for c in t2['columns']]
        bodies[-1].append('<tr>%s</tr>' % ''.join(cells))
    for k, body in enumerate(bodies):
        h.append(table_open)
        if k == 0:
            h.append('<thead>%s</thead>' % ''.join(head) if st.get('th') else ''.join(head))
        h.append('<tbody>%s</tbody>' % ''.join(body))
        h.append('</table>')
    # table 3
    t3 = ed['t3']
    h.append('<p>四、政府信息公开行政复议、行政诉讼情况</p>')
    h.append(table_open)
    five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    h.append('<tr>%s%s</tr>' % (td(label('行政复议'), cs=5, tag=cell_tag),
                                td(label('行政诉讼'), cs=10, tag=cell_tag)))
    h.append('<tr>%s%s%s</tr>' % (''.join(td(label(x), rs=2, tag=cell_tag) for x in five),
                                  td(label('未经复议直接起诉'), cs=5, tag=cell_tag),
                                  td(label('复议后起诉'), cs=5, tag=cell_tag)))
    h.append('<tr>%s</tr>' % ''.join(td(label(x), tag=cell_tag) for x in five * 2))
    h.append('<tr>%s</tr>' % ''.join(td(val('t3.r.cases.c.%s' % c['id']), extra=align)
                                     for c in t3['columns']))
    h.append('</table>')
    h.append('<p>五、存在的主要问题及改进情况</p><p style="text-indent:2em">一是公开质量有待提高。</p>'
             '<p>六、其他需要报告的事项</p><p style="text-indent:2em">无。</p>')
    body = '\n'.join(h)
    charset = st.get('charset', 'utf-8')
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<title>%s%d年政府信息公开工作年度报告</title>'
            '<script>var nav = "<table><tr><td>99</td></tr></table>";</script>'
            '<style>td,th{font-size:10.5pt}</style></head><body>' % (charset, agency, year))
    if st.get('layout'):
        page = (head + '<div class="nav">首页 &gt; 政务公开 &gt; 年报</div>'
                '<table width="100%" border="0"><tr><td width="160" valign="top">'
                '<ul class="menu"><li>机构概况</li><li>政策文件</li></ul></td><td>'
                '<table width="100%"><tr><td>' + body + '</td></tr></table></td></tr></table>'
                '<div class="footer">版权所有 某市人民政府 2023</div></body></html>')
    else:
        page = head + body + '</body></html>'
    return page.encode('gb18030' if charset == 'gb2312' else 'utf-8')


# ---------------------------------------------------------------- DOCX

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(t, size=21, bold=False):
    return ('<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
            'w:eastAsia="宋体"/>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r>' % ('<w:b/>' if bold else '', size, size,
                                                          escape(t)))


def para(t, jc=None, size=21, bold=False, indent=False):
    ppr = ''
    if jc or indent:
        ppr = '<w:pPr>%s%s</w:pPr>' % ('<w:ind w:firstLineChars="200" w:firstLine="420"/>'
                                       if indent else '',
                                       '<w:jc w:val="%s"/>' % jc if jc else '')
    return '<w:p>%s%s</w:p>' % (ppr, run(t, size, bold) if t else '')


class DocxTable:
    """A Word table from an HTML-like model: rows of (text, rowspan, colspan, kind)."""

    def __init__(self, widths, st):
        self.widths, self.st, self.rows, self.header_rows = widths, st, [], 0

    def add(self, cells, header=False):
        self.rows.append(cells)
        if header:
            self.header_rows = len(self.rows)

    def xml(self):
        st = self.st
        size = 18 if st.get('small') else 21
        n = len(self.widths)
        occupied = {}  # (row, col) -> (origin row, colspan, vertical) of a vMerge continuation
        out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
               '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
               '<w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/>'
               '</w:tblCellMar></w:tblPr><w:tblGrid>%s</w:tblGrid>' % (
                   sum(self.widths),
                   ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
                           for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')),
                   ''.join('<w:gridCol w:w="%d"/>' % w for w in self.widths))]
        for ri, cells in enumerate(self.rows):
            trpr = '<w:trPr><w:cantSplit/>%s</w:trPr>' % (
                '<w:tblHeader/>' if ri < self.header_rows and st.get('repeat') else '')
            out.append('<w:tr>' + trpr)
            col = 0
            it = iter(cells)
            while col < n:
                if (ri, col) in occupied:
                    cs, vert = occupied[(ri, col)]
                    out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s<w:vMerge/>'
                               '<w:vAlign w:val="center"/>%s</w:tcPr><w:p/></w:tc>' % (
                                   sum(self.widths[col:col + cs]),
                                   '<w:gridSpan w:val="%d"/>' % cs if cs > 1 else '',
                                   '<w:textDirection w:val="tbRlV"/>' if vert else ''))
                    col += cs
                    continue
                try:
                    t, rs, cs, kind = next(it)
                except StopIteration:
                    break
                vert = kind == 'group' and st.get('vertical') == 'tbRlV' and rs > 4
                for k in range(1, rs):
                    occupied[(ri + k, col)] = (cs, vert)
                center = kind in ('value', 'header') and st.get('center', True) or \
                    kind == 'header' or vert
                tcpr = '<w:tcW w:w="%d" w:type="dxa"/>%s%s<w:vAlign w:val="center"/>%s' % (
                    sum(self.widths[col:col + cs]),
                    '<w:gridSpan w:val="%d"/>' % cs if cs > 1 else '',
                    '<w:vMerge w:val="restart"/>' if rs > 1 else '',
                    '<w:textDirection w:val="tbRlV"/>' if vert else '')
                out.append('<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (
                    tcpr, para(t, 'center' if center else None, size)))
                col += cs
            out.append('</w:tr>')
        out.append('</w:tbl>')
        return ''.join(out)


def docx_report(edn, text, st):
    ed = SPEC['editions'][edn]
    year = 2019 if edn == '2019' else 2022
    agency = '某县市场监督管理局'
    land = st.get('landscape')
    portrait = (11906, 16838)
    body = []
    body.append(para('%s%d年政府信息公开工作年度报告' % (agency, year), 'center', 32, True))
    for t in ('一、总体情况', '%d年，%s坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实'
              '《中华人民共和国政府信息公开条例》，全面推进政务公开工作。' % (year, agency)):
        body.append(para(t, indent=not t.startswith('一'), size=24))
    body.append(para('二、主动公开政府信息情况', size=24))

    def value_cell(key):
        return (text[key], 1, 1, 'value')

    # table 1: one table with merged value cells (Word template), or one table per block
    t1w = [2600, 2000, 2000, 2000]
    tables = []
    table = DocxTable(t1w, st) if st.get('t1merged') else None
    for b in ed['t1']['blocks']:
        cols = b['columns']
        if not st.get('t1merged'):
            table = DocxTable([2600] + [6000 // len(cols)] * len(cols), st)
            tables.append(table)
        span = [1] * len(cols)
        if st.get('t1merged'):
            span[-1] = 3 - len(cols) + 1
        table.add([(b['title'], 1, 4 if st.get('t1merged') else len(cols) + 1, 'header')])
        table.add([('信息内容', 1, 1, 'header')] +
                  [(c['label'], 1, s, 'header') for c, s in zip(cols, span)])
        for r in b['rows']:
            table.add([(r['label'], 1, 1, 'label')] +
                      [(text['t1.r.%s.c.%s' % (r['id'], c['id'])], 1, s, 'value')
                       for c, s in zip(cols, span)])
    if st.get('t1merged'):
        tables.append(table)
    for t in tables:
        body.append(t.xml())
        body.append(para(''))
    # table 2 (landscape section when asked)
    if land:
        body.append('<w:p><w:pPr><w:sectPr><w:pgSz w:w="%d" w:h="%d"/>'
                    '<w:pgMar w:top="1440" w:right="1300" w:bottom="1440" w:left="1300" '
                    'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:pPr></w:p>'
                    % portrait)
    body.append(para('三、收到和处理政府信息公开申请情况', size=24))
    t2 = ed['t2']
    hl = t2['header_layout']
    if land:
        widths = [700, 1300, 4200] + [1000] * 7
    elif st.get('vertical') == 'wrap':
        widths = [420, 1000, 2400] + [760] * 7
    else:
        widths = [560, 1100, 2300] + [740] * 7
    tb = DocxTable(widths, st)
    tb.add([(hl['top_left_cell']['text'], 3, 3, 'header'), ('申请人情况', 1, 7, 'header')])
    tb.add([('自然人', 2, 1, 'header'), ('法人或其他组织', 1, 5, 'header'),
            ('总计', 2, 1, 'header')])
    tb.add([(x, 1, 1, 'header') for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']],
           header=True)
    spans = dict(hl['group_rowspans'])
    if edn == '2019':
        spans['三、本年度办理结果'] = 20
    opened = set()
    for r in [r for r in t2['rows'] if r['data_row']]:
        cells = []
        for p in r['parents']:
            if p not in opened:
                opened.add(p)
                cells.append((p, spans.get(p, 1), 1, 'group'))
        cells.append((r['label'], 1, 3 - len(r['parents']), 'label'))
        cells += [value_cell('t2.r.%s.c.%s' % (r['id'], c['id'])) for c in t2['columns']]
        tb.add(cells)
    body.append(tb.xml())
    body.append(para(''))
    body.append(para('四、政府信息公开行政复议、行政诉讼情况', size=24))
    t3 = ed['t3']
    w3 = [860] * 15 if land else [600] * 15
    tb = DocxTable(w3, st)
    five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    tb.add([('行政复议', 1, 5, 'header'), ('行政诉讼', 1, 10, 'header')])
    tb.add([(x, 2, 1, 'header') for x in five] +
           [('未经复议直接起诉', 1, 5, 'header'), ('复议后起诉', 1, 5, 'header')])
    tb.add([(x, 1, 1, 'header') for x in five * 2], header=True)
    tb.add([value_cell('t3.r.cases.c.%s' % c['id']) for c in t3['columns']])
    body.append(tb.xml())
    if land:
        body.append('<w:p><w:pPr><w:sectPr><w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>'
                    '<w:pgMar w:top="1300" w:right="1440" w:bottom="1300" w:left="1440" '
                    'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:pPr></w:p>'
                    % (portrait[1], portrait[0]))
    for t in ('五、存在的主要问题及改进情况', '一是公开的及时性有待提高。二是解读形式还不够丰富。',
              '六、其他需要报告的事项', '本机关未收取信息处理费。'):
        body.append(para(t, indent=not t[0] in '五六', size=24))
    footer_distance = 1700 if st.get('footer') == 'pageof' else 992
    body.append('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>'
                '<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="1440" w:right="1300" '
                'w:bottom="2000" w:left="1300" w:header="851" w:footer="%d" w:gutter="0"/>'
                '</w:sectPr>' % (portrait + (footer_distance,)))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>'
                '%s</w:body></w:document>' % (W, ''.join(body)))

    def field(instr):
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                'xml:space="preserve"> %s </w:instrText></w:r><w:r><w:fldChar '
                'w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar '
                'w:fldCharType="end"/></w:r>' % instr)

    if st.get('footer') == 'pageof':
        foot = run('第 ') + field('PAGE') + run(' 页 共 ') + field('NUMPAGES') + run(' 页')
    else:
        foot = run('- ') + field('PAGE') + run(' -')
    footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s><w:p><w:pPr>'
              '<w:jc w:val="center"/></w:pPr>%s</w:p></w:ftr>' % (W, foot))
    files = {
        '[Content_Types].xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://'
            'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/><Override PartName="/word/footer1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'footer+xml"/></Types>',
        '_rels/.rels':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
            'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        'word/_rels/document.xml.rels':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
            'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdFooter" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
            'Target="footer1.xml"/></Relationships>',
        'word/document.xml': document,
        'word/footer1.xml': footer,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, (2023, 1, 1, 0, 0, 0))  # reproducible bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode('utf-8'))
    return buf.getvalue()


def main():
    edn, seed, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    out = sys.argv[4] if len(sys.argv) > 4 else '.'
    st = dict(STYLES[name], name=name)
    text, truth = model(edn, seed, st)
    base = os.path.join(out, 'agency_%s_%d_%s' % (edn, seed, name))
    if st['kind'] == 'html':
        data, ext = html_report(edn, text, st), '.html'
    else:
        data, ext = docx_report(edn, text, st), '.docx'
    open(base + ext, 'wb').write(data)
    json.dump(truth, open(base + '.truth.json', 'w', encoding='utf-8'), ensure_ascii=False,
              indent=0, sort_keys=True)
    print(base + ext)


if __name__ == '__main__':
    main()
