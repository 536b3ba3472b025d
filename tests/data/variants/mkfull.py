import json,random,sys
spec=json.load(open('/work/main/resources/spec/format-spec.json'))
edn=sys.argv[1]; seed=int(sys.argv[2]); big=int(sys.argv[3]) if len(sys.argv)>3 else 0
ed=spec['editions'][edn]; rnd=random.Random(seed)
choices=[0,0,0,1,2,3,5,12,40] if not big else [0,0,1,3,17,250,1204]
truth={}
h=['<html><head><meta charset="utf-8"><style>td{border:1px solid #000;font-size:10pt;padding:2px} table{border-collapse:collapse}</style></head><body>']
year=2019 if edn=='2019' else 2022
h.append('<p style="text-align:center">某市某区教育局%d年政府信息公开工作年度报告</p>'%year)
h.append('<p>一、总体情况</p><p>%d年，某市某区教育局认真贯彻落实《条例》。</p>'%year)
h.append('<p>二、主动公开政府信息情况</p><table>')
t1=ed['t1']
for b in t1['blocks']:
    cols=b['columns']
    h.append('<tr><td colspan="%d">%s</td></tr>'%(len(cols)+1,b['title']))
    h.append('<tr><td>信息内容</td>'+''.join('<td>%s</td>'%c['label'] for c in cols)+'</tr>')
    for r in b['rows']:
        vals=[]
        for c in cols:
            if c.get('type')=='decimal' or c['id'] in ('fee_amount','procurement_amount'):
                v=round(rnd.random()*500,2); txt=('%.2f'%v).rstrip('0').rstrip('.')
            elif c['id']=='change':
                v=rnd.choice([-3,0,2,5]); txt=str(v)
            else:
                v=rnd.choice(choices); txt=str(v)
            truth['t1.r.%s.c.%s'%(r['id'],c['id'])]=float(txt) if '.' in txt else int(txt)
            vals.append(txt)
        h.append('<tr><td>%s</td>'%r['label']+''.join('<td>%s</td>'%v for v in vals)+'</tr>')
h.append('</table>')
t2=ed['t2']; cols=t2['columns']; rows=t2['rows']
data=[r for r in rows if r['data_row']]
outcome=[r['id'] for r in data if r['id'] not in ('new_received','carried_over','results_total','carry_forward')]
vals={}
for r in data: vals[r['id']]=[rnd.choice(choices) for _ in range(6)]
vals['results_total']=[sum(vals[o][c] for o in outcome) for c in range(6)]
vals['carried_over']=[rnd.choice([0,1,2]) for c in range(6)]
vals['carry_forward']=[rnd.choice([0,1]) for c in range(6)]
vals['new_received']=[max(0,vals['results_total'][c]+vals['carry_forward'][c]-vals['carried_over'][c]) for c in range(6)]
for c in range(6):
    if vals['results_total'][c]+vals['carry_forward'][c]-vals['carried_over'][c]<0: vals['carried_over'][c]=vals['results_total'][c]+vals['carry_forward'][c]
for k in vals: vals[k]=vals[k]+[sum(vals[k])]
for r in data:
    for c,cd in enumerate(cols): truth['t2.r.%s.c.%s'%(r['id'],cd['id'])]=vals[r['id']][c]
hl=t2['header_layout']
h.append('<p>三、收到和处理政府信息公开申请情况</p><table>')
h.append('<tr><td colspan="3" rowspan="3">%s</td><td colspan="7">申请人情况</td></tr>'%hl['top_left_cell']['text'])
h.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
h.append('<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>')
spans=hl['group_rowspans']; opened=set()
for r in data:
    cells=[]
    for p in r['parents']:
        if p not in opened:
            opened.add(p); n=spans.get(p,1)
            if edn=='2019' and p=='三、本年度办理结果': n=20
            cells.append('<td rowspan="%d">%s</td>'%(n,p))
    colspan=3-len(r['parents'])
    cells.append('<td colspan="%d">%s</td>'%(colspan,r['label']) if colspan>1 else '<td>%s</td>'%r['label'])
    cells+=['<td>%d</td>'%v for v in vals[r['id']]]
    h.append('<tr>'+''.join(cells)+'</tr>')
h.append('</table>')
t3=ed['t3']; c3=t3['columns']
v3=[rnd.choice([0,0,1,2]) for _ in range(15)]
for g in range(3): v3[g*5+4]=sum(v3[g*5:g*5+4])
for i,cd in enumerate(c3): truth['t3.r.cases.c.%s'%cd['id']]=v3[i]
h.append('<p>四、政府信息公开行政复议、行政诉讼情况</p><table>')
h.append('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>')
h.append('<tr>'+''.join('<td rowspan="2">%s</td>'%x for x in ['结果维持','结果纠正','其他结果','尚未审结','总计'])+'<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>')
h.append('<tr>'+''.join('<td>%s</td>'%x for x in ['结果维持','结果纠正','其他结果','尚未审结','总计']*2)+'</tr>')
h.append('<tr>'+''.join('<td>%d</td>'%v for v in v3)+'</tr></table>')
h.append('<p>五、存在的主要问题及改进情况</p><p>一是公开质量有待提高。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>')
name='full_%s_%d%s'%(edn,seed,'b' if big else '')
open(name+'.html','w').write('\n'.join(h))
json.dump(truth,open(name+'.truth.json','w'),ensure_ascii=False)
print(name)
