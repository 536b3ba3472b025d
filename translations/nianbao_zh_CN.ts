<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于年报审核台</source>
        <translation>关于年报审核台</translation>
    </message>
    <message>
        <source>年报审核台 Nianbao</source>
        <translation>年报审核台 Nianbao</translation>
    </message>
    <message>
        <source>版本 %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>审核、更正并校验政府信息公开工作年度报告：原文与三张统计表并排，每个不一致的单元格即时标出，每次修改和决定都记入工作区。</source>
        <translation>审核、更正并校验政府信息公开工作年度报告：原文与三张统计表并排，每个不一致的单元格即时标出，每次修改和决定都记入工作区。</translation>
    </message>
    <message>
        <source>许可证：GPL-3.0-or-later（GNU 通用公共许可证第 3 版或任何更新版本）。本程序为自由软件，不提供任何担保。许可证全文和第三方组件见其他两页。</source>
        <translation>许可证：GPL-3.0-or-later（GNU 通用公共许可证第 3 版或任何更新版本）。本程序为自由软件，不提供任何担保。许可证全文和第三方组件见其他两页。</translation>
    </message>
    <message>
        <source>依据的格式</source>
        <translation>依据的格式</translation>
    </message>
    <message>
        <source>运行环境</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>许可证</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>第三方组件</source>
        <translation>第三方组件</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>%1 版：%2，%3</source>
        <translation>%1 版：%2，%3</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1（编译时 %2）</source>
        <translation>Qt %1（编译时 %2）</translation>
    </message>
    <message>
        <source>ICU %1</source>
        <translation>ICU %1</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AcrossYearsModel</name>
    <message>
        <source>（无此项）</source>
        <translation>（无此项）</translation>
    </message>
    <message>
        <source>%1 年没有报告（不推算）</source>
        <translation>%1 年没有报告（不推算）</translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>与上年相比：%1%2</source>
        <translation>与上年相比：%1%2</translation>
    </message>
    <message>
        <source>跨年度核对：%1</source>
        <translation>跨年度核对：%1</translation>
    </message>
    <message>
        <source>双击打开该年度报告</source>
        <translation>双击打开该年度报告</translation>
    </message>
    <message>
        <source>%1
无报告</source>
        <translation>%1
无报告</translation>
    </message>
    <message>
        <source>%1
%2 版</source>
        <translation>%1
%2 版</translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>“%1”不是数字 / “%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>件数须为整数：“%1” / a count must be a whole number: “%1”</source>
        <translation>件数须为整数：“%1”</translation>
    </message>
    <message>
        <source>件数不能为负数：“%1” / a count cannot be negative: “%1”</source>
        <translation>件数不能为负数：“%1”</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>存疑，原文行不完整</source>
        <translation>存疑，原文行不完整</translation>
    </message>
    <message>
        <source>推断，原文未印</source>
        <translation>推断，原文未印</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>有未处理的错误</source>
        <translation>有未处理的错误</translation>
    </message>
    <message>
        <source>总计为空，以各列之和代替</source>
        <translation>总计为空，以各列之和代替</translation>
    </message>
    <message>
        <source>数值超出范围</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>办理结果（件数）</source>
        <translation>办理结果（件数）</translation>
    </message>
    <message>
        <source>办理结果（占总计的比例）</source>
        <translation>办理结果（占总计的比例）</translation>
    </message>
    <message>
        <source>新收与上年结转申请</source>
        <translation>新收与上年结转申请</translation>
    </message>
    <message>
        <source>行政复议结果</source>
        <translation>行政复议结果</translation>
    </message>
    <message>
        <source>行政诉讼结果</source>
        <translation>行政诉讼结果</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>占（七）总计 %</source>
        <translation>占（七）总计 %</translation>
    </message>
    <message>
        <source>件</source>
        <translation>件</translation>
    </message>
    <message>
        <source>斜线：数字存疑（悬停查看单元格）</source>
        <translation>斜线：数字存疑（悬停查看单元格）</translation>
    </message>
    <message>
        <source>
无报告</source>
        <translation>
无报告</translation>
    </message>
    <message numerus="yes">
        <source>
%n 份</source>
        <translation>
            <numerusform>
%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>本年度没有报告（不推算）</source>
        <translation>本年度没有报告（不推算）</translation>
    </message>
    <message>
        <source>未填报</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>%1%（%2 / （七）总计 %3）</source>
        <translation>%1%（%2 / （七）总计 %3）</translation>
    </message>
    <message>
        <source>%1，（七）总计为空或为 0，无法计算比例</source>
        <translation>%1，（七）总计为空或为 0，无法计算比例</translation>
    </message>
    <message>
        <source>%1 件</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>报告：%1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>%1 份报告合计（%2 份填报此项）</source>
        <translation>%1 份报告合计（%2 份填报此项）</translation>
    </message>
    <message>
        <source>存疑的单元格：</source>
        <translation>存疑的单元格：</translation>
    </message>
    <message>
        <source>……另有 %1 处</source>
        <translation>……另有 %1 处</translation>
    </message>
    <message>
        <source>&lt;i&gt;单击打开报告并选中这些单元格&lt;/i&gt;</source>
        <translation>&lt;i&gt;单击打开报告并选中这些单元格&lt;/i&gt;</translation>
    </message>
    <message>
        <source>数字取自各报告的当前值（含人工修改）；斜线表示所用单元格存疑。</source>
        <translation>数字取自各报告的当前值（含人工修改）；斜线表示所用单元格存疑。</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>当前报告的机关</source>
        <translation>当前报告的机关</translation>
    </message>
    <message>
        <source>列表中选中报告的机关（合计）</source>
        <translation>列表中选中报告的机关（合计）</translation>
    </message>
    <message>
        <source>工作区全部机关（合计）</source>
        <translation>工作区全部机关（合计）</translation>
    </message>
    <message>
        <source>表二（总计列）</source>
        <translation>表二（总计列）</translation>
    </message>
    <message>
        <source>表二（全部）</source>
        <translation>表二（全部）</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>表三</translation>
    </message>
    <message>
        <source>表一</source>
        <translation>表一</translation>
    </message>
    <message>
        <source>导出图表…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>保存为 PNG 或 SVG</source>
        <translation>保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>（无数据）</source>
        <translation>（无数据）</translation>
    </message>
    <message numerus="yes">
        <source>%n 个机关合计</source>
        <translation>
            <numerusform>%n 个机关合计</numerusform>
        </translation>
    </message>
    <message>
        <source>当前报告没有机关或年度：在“编辑 › 报告信息”中填写</source>
        <translation>当前报告没有机关或年度：在“编辑 › 报告信息”中填写</translation>
    </message>
    <message>
        <source>没有可统计的报告</source>
        <translation>没有可统计的报告</translation>
    </message>
    <message>
        <source>逐年对照：选择一份有机关和年度的报告</source>
        <translation>逐年对照：选择一份有机关和年度的报告</translation>
    </message>
    <message>
        <source>逐年对照：%1（▲▼ 与上年之差；红底为跨年度核对问题；双击打开该年度）</source>
        <translation>逐年对照：%1（▲▼ 与上年之差；红底为跨年度核对问题；双击打开该年度）</translation>
    </message>
    <message>
        <source>导出图表</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>图表.png</source>
        <translation>图表.png</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>导出失败：%1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>CrossYearValidator</name>
    <message>
        <source>同一机关%1年的报告不在本组报告中（此前最近的是%2年）：本年“上年结转”无法与上年核对，也不与更早的年度比较</source>
        <translation>同一机关%1年的报告不在本组报告中（此前最近的是%2年）：本年“上年结转”无法与上年核对，也不与更早的年度比较</translation>
    </message>
    <message>
        <source>No %1 report of the same agency in this set (the latest before it is %2): this year's carried-over figures cannot be checked, and are not compared with an older year</source>
        <translation>No %1 report of the same agency in this set (the latest before it is %2): this year's carried-over figures cannot be checked, and are not compared with an older year</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>此单元格在原文中无出处（%1）：%2</source>
        <translation>此单元格在原文中无出处（%1）：%2</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>(未命名)</source>
        <translation>(未命名)</translation>
    </message>
    <message>
        <source>%1: DOCX 文件已损坏（无法解压） / corrupt DOCX (cannot unzip)</source>
        <translation>%1: DOCX 文件已损坏（无法解压）</translation>
    </message>
    <message>
        <source>%1: DOCX 解压后超过 200 MB（疑似压缩炸弹），已拒绝 / DOCX expands past 200 MB (zip bomb?), refused</source>
        <translation>%1: DOCX 解压后超过 200 MB（疑似压缩炸弹），已拒绝</translation>
    </message>
    <message>
        <source>%1: 不是 Word 文档（缺少 word/document.xml） / not a Word document (no word/document.xml)</source>
        <translation>%1: 不是 Word 文档（缺少 word/document.xml）</translation>
    </message>
    <message>
        <source>%1: DOCX 内容已损坏（%2） / corrupt DOCX content (%2)</source>
        <translation>%1: DOCX 内容已损坏（%2）</translation>
    </message>
    <message>
        <source>%1: 文档没有正文 / the document has no text</source>
        <translation>%1: 文档没有正文</translation>
    </message>
    <message>
        <source>文档中没有表格 / no table in the document</source>
        <translation>文档中没有表格</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>当前报告</source>
        <translation>当前报告</translation>
    </message>
    <message numerus="yes">
        <source>选中的报告（%n 份）</source>
        <translation>
            <numerusform>选中的报告（%n 份）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>筛选后的列表（%n 份）</source>
        <translation>
            <numerusform>筛选后的列表（%n 份）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>整个工作区（%n 份）</source>
        <translation>
            <numerusform>整个工作区（%n 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>报告：</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV 明细表（.csv）</source>
        <translation>CSV 明细表（.csv）</translation>
    </message>
    <message>
        <source>JSON（.json）</source>
        <translation>JSON（.json）</translation>
    </message>
    <message>
        <source>格式：</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>表头语言：</source>
        <translation>表头语言：</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>请选择报告和文件。</source>
        <translation>请选择报告和文件。</translation>
    </message>
    <message numerus="yes">
        <source>正在导出 %n 份报告…</source>
        <translation>
            <numerusform>正在导出 %n 份报告…</numerusform>
        </translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>已取消，未写入任何文件。</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ExtractNotes</name>
    <message>
        <source>本行仅有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns</source>
        <translation>本行仅有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns</translation>
    </message>
    <message>
        <source>本行有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns</source>
        <translation>本行有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns</translation>
    </message>
    <message>
        <source>行标签后没有数值 / no values after the row label</source>
        <translation>行标签后没有数值 / no values after the row label</translation>
    </message>
    <message>
        <source>行标签仅模糊匹配：“%1” / row label matched only fuzzily: "%1"</source>
        <translation>行标签仅模糊匹配：“%1” / row label matched only fuzzily: "%1"</translation>
    </message>
    <message>
        <source>数值与行标签在原文中分开印出，按顺序与本行合计配对 / the values were printed apart from the row label and paired with it by order and the row's sums</source>
        <translation>数值与行标签在原文中分开印出，按顺序与本行合计配对 / the values were printed apart from the row label and paired with it by order and the row's sums</translation>
    </message>
    <message>
        <source>由连写数字“%1”按本表合计唯一拆分 / split from the run "%1" by the table's sums</source>
        <translation>由连写数字“%1”按本表合计唯一拆分 / split from the run "%1" by the table's sums</translation>
    </message>
    <message>
        <source>连写数字“%1”有多种拆分都符合本表勾稽关系，此为最可能的一种；本格也可能为 %2 / the run "%1" splits in several ways that fit the table's sums: this is the most plausible; this cell could also be %2</source>
        <translation>连写数字“%1”有多种拆分都符合本表勾稽关系，此为最可能的一种；本格也可能为 %2 / the run "%1" splits in several ways that fit the table's sums: this is the most plausible; this cell could also be %2</translation>
    </message>
    <message>
        <source>连写数字“%1”的任何拆分都不满足本表勾稽关系，此为违背最少的一种 / no split of the run "%1" satisfies the table's sums: this one breaks the fewest</source>
        <translation>连写数字“%1”的任何拆分都不满足本表勾稽关系，此为违背最少的一种 / no split of the run "%1" satisfies the table's sums: this one breaks the fewest</translation>
    </message>
    <message>
        <source>连写数字“%1”的拆分过多，无法全部核对 / the run "%1" has too many splits to check them all</source>
        <translation>连写数字“%1”的拆分过多，无法全部核对 / the run "%1" has too many splits to check them all</translation>
    </message>
    <message>
        <source>本行仅印出 %1 个数值，应为 %2 个（空单元格未印出），位置按本表勾稽关系推定 / the row prints %1 of %2 values (empty cells left out): placed by the table's sums</source>
        <translation>本行仅印出 %1 个数值，应为 %2 个（空单元格未印出），位置按本表勾稽关系推定 / the row prints %1 of %2 values (empty cells left out): placed by the table's sums</translation>
    </message>
    <message>
        <source>原文此格未印数值（空单元格未印出）/ nothing printed for this cell (empty cells left out)</source>
        <translation>原文此格未印数值（空单元格未印出）/ nothing printed for this cell (empty cells left out)</translation>
    </message>
    <message>
        <source>连写数字“%1”无法唯一拆分 / the run "%1" cannot be split uniquely</source>
        <translation>连写数字“%1”无法唯一拆分 / the run "%1" cannot be split uniquely</translation>
    </message>
    <message>
        <source>表3未印出，原文称“%1”，推定各项为 0 / table 3 is not printed; the report says "%1": every cell taken as 0</source>
        <translation>表3未印出，原文称“%1”，推定各项为 0 / table 3 is not printed; the report says "%1": every cell taken as 0</translation>
    </message>
    <message>
        <source>表3未印出，按原文“%1”推定为 0，请确认</source>
        <translation>表3未印出，按原文“%1”推定为 0，请确认</translation>
    </message>
    <message>
        <source>table 3 is not printed: its cells are taken as 0 from "%1"; please confirm</source>
        <translation>table 3 is not printed: its cells are taken as 0 from "%1"; please confirm</translation>
    </message>
    <message>
        <source>数值超过 12 位，超出范围 / number out of range (more than 12 digits)</source>
        <translation>数值超过 12 位，超出范围 / number out of range (more than 12 digits)</translation>
    </message>
    <message>
        <source>原文单位：元</source>
        <translation>原文单位：元</translation>
    </message>
    <message>
        <source>合计为 0，推定为 0 / forced to 0 by a zero total</source>
        <translation>合计为 0，推定为 0 / forced to 0 by a zero total</translation>
    </message>
    <message>
        <source>“%1”仅印为一行，其值记为小计，子项缺失</source>
        <translation>“%1”仅印为一行，其值记为小计，子项缺失</translation>
    </message>
    <message>
        <source>"%1" is printed as a single row: its values are kept as the subtotal, the sub-rows are missing</source>
        <translation>"%1" is printed as a single row: its values are kept as the subtotal, the sub-rows are missing</translation>
    </message>
    <message>
        <source>未找到表%1，其单元格均记为缺失</source>
        <translation>未找到表%1，其单元格均记为缺失</translation>
    </message>
    <message>
        <source>table %1 not found: all its cells are missing</source>
        <translation>table %1 not found: all its cells are missing</translation>
    </message>
    <message>
        <source>表%1不完整：%2 个单元格缺失</source>
        <translation>表%1不完整：%2 个单元格缺失</translation>
    </message>
    <message>
        <source>table %1 is incomplete: %2 cells are missing</source>
        <translation>table %1 is incomplete: %2 cells are missing</translation>
    </message>
    <message>
        <source>%1：%2 个单元格存疑（%3）</source>
        <translation>%1：%2 个单元格存疑（%3）</translation>
    </message>
    <message>
        <source>%1: %2 cells are suspect (%3)</source>
        <translation>%1: %2 cells are suspect (%3)</translation>
    </message>
    <message>
        <source>表一与表二的格式版本不一致</source>
        <translation>表一与表二的格式版本不一致</translation>
    </message>
    <message>
        <source>原文在此数字处中断，数字可能不完整 / the text stops at this number; it may be cut off</source>
        <translation>本行仅有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns&lt;/source&gt;
        &lt;translation&gt;本行仅有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;本行有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns&lt;/source&gt;
        &lt;translation&gt;本行有 %1 个数值，应为 %2 个 / row has %1 values for %2 columns&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;行标签后没有数值 / no values after the row label&lt;/source&gt;
        &lt;translation&gt;行标签后没有数值 / no values after the row label&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;行标签仅模糊匹配：“%1” / row label matched only fuzzily: "%1"&lt;/source&gt;
        &lt;translation&gt;行标签仅模糊匹配：“%1” / row label matched only fuzzily: "%1"&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;数值与行标签在原文中分开印出，按顺序与本行合计配对 / the values were printed apart from the row label and paired with it by order and the row's sums&lt;/source&gt;
        &lt;translation&gt;数值与行标签在原文中分开印出，按顺序与本行合计配对 / the values were printed apart from the row label and paired with it by order and the row's sums&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;由连写数字“%1”按本表合计唯一拆分 / split from the run "%1" by the table's sums&lt;/source&gt;
        &lt;translation&gt;由连写数字“%1”按本表合计唯一拆分 / split from the run "%1" by the table's sums&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;连写数字“%1”有多种拆分都符合本表勾稽关系，此为最可能的一种；本格也可能为 %2 / the run "%1" splits in several ways that fit the table's sums: this is the most plausible; this cell could also be %2&lt;/source&gt;
        &lt;translation&gt;连写数字“%1”有多种拆分都符合本表勾稽关系，此为最可能的一种；本格也可能为 %2 / the run "%1" splits in several ways that fit the table's sums: this is the most plausible; this cell could also be %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;连写数字“%1”的任何拆分都不满足本表勾稽关系，此为违背最少的一种 / no split of the run "%1" satisfies the table's sums: this one breaks the fewest&lt;/source&gt;
        &lt;translation&gt;连写数字“%1”的任何拆分都不满足本表勾稽关系，此为违背最少的一种 / no split of the run "%1" satisfies the table's sums: this one breaks the fewest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;连写数字“%1”的拆分过多，无法全部核对 / the run "%1" has too many splits to check them all&lt;/source&gt;
        &lt;translation&gt;连写数字“%1”的拆分过多，无法全部核对 / the run "%1" has too many splits to check them all&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;本行仅印出 %1 个数值，应为 %2 个（空单元格未印出），位置按本表勾稽关系推定 / the row prints %1 of %2 values (empty cells left out): placed by the table's sums&lt;/source&gt;
        &lt;translation&gt;本行仅印出 %1 个数值，应为 %2 个（空单元格未印出），位置按本表勾稽关系推定 / the row prints %1 of %2 values (empty cells left out): placed by the table's sums&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;原文此格未印数值（空单元格未印出）/ nothing printed for this cell (empty cells left out)&lt;/source&gt;
        &lt;translation&gt;原文此格未印数值（空单元格未印出）/ nothing printed for this cell (empty cells left out)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;连写数字“%1”无法唯一拆分 / the run "%1" cannot be split uniquely&lt;/source&gt;
        &lt;translation&gt;连写数字“%1”无法唯一拆分 / the run "%1" cannot be split uniquely&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;表3未印出，原文称“%1”，推定各项为 0 / table 3 is not printed; the report says "%1": every cell taken as 0&lt;/source&gt;
        &lt;translation&gt;表3未印出，原文称“%1”，推定各项为 0 / table 3 is not printed; the report says "%1": every cell taken as 0&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;表3未印出，按原文“%1”推定为 0，请确认&lt;/source&gt;
        &lt;translation&gt;表3未印出，按原文“%1”推定为 0，请确认&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;table 3 is not printed: its cells are taken as 0 from "%1"; please confirm&lt;/source&gt;
        &lt;translation&gt;table 3 is not printed: its cells are taken as 0 from "%1"; please confirm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;数值超过 12 位，超出范围 / number out of range (more than 12 digits)&lt;/source&gt;
        &lt;translation&gt;数值超过 12 位，超出范围 / number out of range (more than 12 digits)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;原文单位：元&lt;/source&gt;
        &lt;translation&gt;原文单位：元&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;合计为 0，推定为 0 / forced to 0 by a zero total&lt;/source&gt;
        &lt;translation&gt;合计为 0，推定为 0 / forced to 0 by a zero total&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;“%1”仅印为一行，其值记为小计，子项缺失&lt;/source&gt;
        &lt;translation&gt;“%1”仅印为一行，其值记为小计，子项缺失&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;"%1" is printed as a single row: its values are kept as the subtotal, the sub-rows are missing&lt;/source&gt;
        &lt;translation&gt;"%1" is printed as a single row: its values are kept as the subtotal, the sub-rows are missing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;未找到表%1，其单元格均记为缺失&lt;/source&gt;
        &lt;translation&gt;未找到表%1，其单元格均记为缺失&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;table %1 not found: all its cells are missing&lt;/source&gt;
        &lt;translation&gt;table %1 not found: all its cells are missing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;表%1不完整：%2 个单元格缺失&lt;/source&gt;
        &lt;translation&gt;表%1不完整：%2 个单元格缺失&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;table %1 is incomplete: %2 cells are missing&lt;/source&gt;
        &lt;translation&gt;table %1 is incomplete: %2 cells are missing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1：%2 个单元格存疑（%3）&lt;/source&gt;
        &lt;translation&gt;%1：%2 个单元格存疑（%3）&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1: %2 cells are suspect (%3)&lt;/source&gt;
        &lt;translation&gt;%1: %2 cells are suspect (%3)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;表一与表二的格式版本不一致&lt;/source&gt;
        &lt;translation&gt;表一与表二的格式版本不一致&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;原文在此数字处中断，数字可能不完整 / the text stops at this number; it may be cut off</translation>
    </message>
    <message>
        <source>表%1所在区域过长（%2 个字符），只读取其前 %3 个字符</source>
        <translation>表%1所在区域过长（%2 个字符），只读取其前 %3 个字符</translation>
    </message>
    <message>
        <source>the region of table %1 is too long (%2 characters): only its first %3 are read</source>
        <translation>the region of table %1 is too long (%2 characters): only its first %3 are read</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>在原文中查找</source>
        <translation>在原文中查找</translation>
    </message>
    <message>
        <source>上一个 (Shift+Enter)</source>
        <translation>上一个 (Shift+Enter)</translation>
    </message>
    <message>
        <source>下一个 (Enter)</source>
        <translation>下一个 (Enter)</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>无结果</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>表一</source>
        <translation>表一</translation>
    </message>
    <message>
        <source>表二</source>
        <translation>表二</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>表三</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>? %1 · 无法核验</source>
        <translation>? %1 · 无法核验</translation>
    </message>
    <message>
        <source>✖ 错误</source>
        <translation>✖ 错误</translation>
    </message>
    <message>
        <source>▲ 警告</source>
        <translation>▲ 警告</translation>
    </message>
    <message>
        <source>ℹ 提示</source>
        <translation>ℹ 提示</translation>
    </message>
    <message>
        <source>提取存疑：本行原文受损或行标签仅模糊匹配，数值须对照原文核对</source>
        <translation>提取存疑：本行原文受损或行标签仅模糊匹配，数值须对照原文核对</translation>
    </message>
    <message>
        <source>提取：原文中找不到此表</source>
        <translation>提取：原文中找不到此表</translation>
    </message>
    <message>
        <source>提取：此表只找到一部分</source>
        <translation>提取：此表只找到一部分</translation>
    </message>
    <message>
        <source>提取时的说明</source>
        <translation>提取时的说明</translation>
    </message>
    <message>
        <source>其他检查</source>
        <translation>其他检查</translation>
    </message>
    <message>
        <source> — 对照原文：读数无误请按空格键“确认读数”，否则改正数值</source>
        <translation> — 对照原文：读数无误请按空格键“确认读数”，否则改正数值</translation>
    </message>
    <message>
        <source>规则 %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b01c1c'&gt;✖&lt;/span&gt; 错误&#x3000;&lt;span style='color:#b07000'&gt;▲&lt;/span&gt; 警告&#x3000;ℹ 提示&#x3000;&lt;span style='color:#204a8a'&gt;?&lt;/span&gt; 无法核验（斜线）&#x3000;&lt;span style='background:#f6c4c4'&gt;&amp;nbsp;深色&amp;nbsp;&lt;/span&gt; 建议改正或已修改的格&#x3000;&lt;span style='background:#fbe8e8'&gt;&amp;nbsp;浅色&amp;nbsp;&lt;/span&gt; 同一规则的其他格&#x3000;&lt;span style='color:#1f5fbf'&gt;◥&lt;/span&gt; 已修改（粗体）&#x3000;&lt;span style='color:#c07000'&gt;┅&lt;/span&gt; 存疑&#x3000;&lt;i&gt;斜体&lt;/i&gt; 推算&#x3000;▦ 缺失&#x3000;&lt;span style='color:#4a7a4a'&gt;✓&lt;/span&gt; 已处理</source>
        <translation>&lt;span style='color:#b01c1c'&gt;✖&lt;/span&gt; 错误&#x3000;&lt;span style='color:#b07000'&gt;▲&lt;/span&gt; 警告&#x3000;ℹ 提示&#x3000;&lt;span style='color:#204a8a'&gt;?&lt;/span&gt; 无法核验（斜线）&#x3000;&lt;span style='background:#f6c4c4'&gt;&amp;nbsp;深色&amp;nbsp;&lt;/span&gt; 建议改正或已修改的格&#x3000;&lt;span style='background:#fbe8e8'&gt;&amp;nbsp;浅色&amp;nbsp;&lt;/span&gt; 同一规则的其他格&#x3000;&lt;span style='color:#1f5fbf'&gt;◥&lt;/span&gt; 已修改（粗体）&#x3000;&lt;span style='color:#c07000'&gt;┅&lt;/span&gt; 存疑&#x3000;&lt;i&gt;斜体&lt;/i&gt; 推算&#x3000;▦ 缺失&#x3000;&lt;span style='color:#4a7a4a'&gt;✓&lt;/span&gt; 已处理</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>表一</source>
        <translation>表一</translation>
    </message>
    <message>
        <source>表二</source>
        <translation>表二</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>表三</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>算式与数值</source>
        <translation>算式与数值</translation>
    </message>
    <message>
        <source>应为</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>实为</source>
        <translation>实为</translation>
    </message>
    <message>
        <source>建议值</source>
        <translation>建议值</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>确认为原文错误</source>
        <translation>确认为原文错误</translation>
    </message>
    <message>
        <source>已忽略</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>已更正</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>已处理、问题已不存在（%1）</source>
        <translation>已处理、问题已不存在（%1）</translation>
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
    <message>
        <source>%1，%2，%3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>修改 #%1</source>
        <translation>修改 #%1</translation>
    </message>
    <message>
        <source>%1，%2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>%1 · %2（%3）</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>规则 %1</source>
        <translation>规则 %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>采用建议值</source>
        <translation>采用建议值</translation>
    </message>
    <message>
        <source>&lt;b&gt;问题&lt;/b&gt;</source>
        <translation>&lt;b&gt;问题&lt;/b&gt;</translation>
    </message>
    <message>
        <source>把建议值作为一次可撤销的修改写入单元格 (Ctrl+Shift+A)</source>
        <translation>把建议值作为一次可撤销的修改写入单元格 (Ctrl+Shift+A)</translation>
    </message>
    <message numerus="yes">
        <source>%n 项</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>没有问题</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>确认为原文错误</source>
        <translation>确认为原文错误</translation>
    </message>
    <message>
        <source>忽略…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>按处理决定筛选</source>
        <translation>按处理决定筛选</translation>
    </message>
    <message>
        <source>说明（忽略时必填）</source>
        <translation>说明（忽略时必填）</translation>
    </message>
    <message>
        <source>原报告本身有误：保留原值并在导出中报告 (Ctrl+Shift+C)</source>
        <translation>原报告本身有误：保留原值并在导出中报告 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>不是问题：须写明理由 (Ctrl+Shift+D)</source>
        <translation>不是问题：须写明理由 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>撤回决定，问题重新待处理 (Ctrl+Shift+R)</source>
        <translation>撤回决定，问题重新待处理 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>%1 / %2 项</source>
        <translation>%1 / %2 项</translation>
    </message>
    <message>
        <source>只有工作区中的报告可以记录决定</source>
        <translation>只有工作区中的报告可以记录决定</translation>
    </message>
    <message>
        <source>请先选择一个问题</source>
        <translation>请先选择一个问题</translation>
    </message>
    <message numerus="yes">
        <source>已记录：%1（%n 项）</source>
        <translation>
            <numerusform>已记录：%1（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>忽略问题</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <source>为什么这不是问题？（必填）</source>
        <translation>为什么这不是问题？（必填）</translation>
    </message>
    <message>
        <source>忽略问题必须写明理由</source>
        <translation>忽略问题必须写明理由</translation>
    </message>
    <message>
        <source>确认读数</source>
        <translation>确认读数</translation>
    </message>
    <message>
        <source>原文就是这样印的：存疑的数值按读数确认，记入修改记录 (空格)</source>
        <translation>原文就是这样印的：存疑的数值按读数确认，记入修改记录 (空格)</translation>
    </message>
    <message>
        <source>? 错误 · 无法核验</source>
        <translation>? 错误 · 无法核验</translation>
    </message>
    <message numerus="yes">
        <source>已确认读数：%n 个单元格</source>
        <translation>
            <numerusform>已确认读数：%n 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderImportDialog</name>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>正在导入 %n 个文件…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>导入报告</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>复制</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>清空（空白）</source>
        <translation>清空（空白）</translation>
    </message>
    <message>
        <source>设为占位符 /</source>
        <translation>设为占位符 /</translation>
    </message>
    <message>
        <source>确认读数</source>
        <translation>确认读数</translation>
    </message>
    <message>
        <source>采用建议值</source>
        <translation>采用建议值</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>修改记录…</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>用户指南(&amp;G)</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>键盘快捷键(&amp;K)…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>关于年报审核台(&amp;A)…</source>
        <translation>关于年报审核台(&amp;A)…</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>机关</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>（缺失）</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>输入</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>采用建议</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <source>撤销修改</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>命令行</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>单元格</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>原值 → 新值</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>表一</source>
        <translation>表一</translation>
    </message>
    <message>
        <source>表二</source>
        <translation>表二</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>表三</translation>
    </message>
    <message>
        <source>%1：原提取 %2，新提取 %3，保留人工值 %4</source>
        <translation>%1：原提取 %2，新提取 %3，保留人工值 %4</translation>
    </message>
    <message>
        <source>机关分组键</source>
        <translation>机关分组键</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>确认读数</source>
        <translation>确认读数</translation>
    </message>
    <message>
        <source>规则 %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>决定（随修改 #%1）</source>
        <translation>决定（随修改 #%1）</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>撤销此修改</source>
        <translation>撤销此修改</translation>
    </message>
    <message>
        <source>筛选修改记录…</source>
        <translation>筛选修改记录…</translation>
    </message>
    <message>
        <source>以一次新的、记入日志的修改恢复所选修改之前的值</source>
        <translation>以一次新的、记入日志的修改恢复所选修改之前的值</translation>
    </message>
    <message>
        <source>&lt;b&gt;修改记录&lt;/b&gt;（%1）</source>
        <translation>&lt;b&gt;修改记录&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;修改记录&lt;/b&gt;（%1 / %2）</source>
        <translation>&lt;b&gt;修改记录&lt;/b&gt;（%1 / %2）</translation>
    </message>
    <message>
        <source>没有打开的报告 / no report is open</source>
        <translation>没有打开的报告</translation>
    </message>
    <message>
        <source>无法撤销修改 #%1 / cannot revert edit #%1</source>
        <translation>无法撤销修改 #%1</translation>
    </message>
    <message>
        <source>撤销修改 #%1</source>
        <translation>撤销修改 #%1</translation>
    </message>
    <message>
        <source>备注（可不填）：</source>
        <translation>备注（可不填）：</translation>
    </message>
    <message>
        <source>撤销此修改…</source>
        <translation>撤销此修改…</translation>
    </message>
    <message>
        <source>转到单元格</source>
        <translation>转到单元格</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message>
        <source>(未命名)</source>
        <translation>(未命名)</translation>
    </message>
    <message>
        <source>%1: 文件为空 / file is empty</source>
        <translation>%1: 文件为空</translation>
    </message>
    <message>
        <source>%1: 无法识别网页的文本编码 / unknown text encoding of the web page</source>
        <translation>%1: 无法识别网页的文本编码</translation>
    </message>
    <message>
        <source>%1: 无法解析网页 / cannot parse the page</source>
        <translation>%1: 无法解析网页</translation>
    </message>
    <message>
        <source>%1: 网页中没有表格（年报的三张统计表缺失或为图片） / no table in the page (the report's tables are missing or images)</source>
        <translation>%1: 网页中没有表格（年报的三张统计表缺失或为图片）</translation>
    </message>
    <message numerus="yes">
        <source>按 %1 解码时有 %n 处无效字节，已替换为 U+FFFD / %n invalid byte sequence(s) for %1 replaced by U+FFFD</source>
        <translation>
            <numerusform>按 %1 解码时有 %n 处无效字节，已替换为 U+FFFD</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>(无文件名): 文件不存在 / file not found</source>
        <translation>(无文件名): 文件不存在</translation>
    </message>
    <message>
        <source>%1: 符号链接无法解析（循环或目标不存在） / symbolic link cannot be resolved (a loop or a missing target)</source>
        <translation>%1: 符号链接无法解析（循环或目标不存在）</translation>
    </message>
    <message>
        <source>%1: 文件不存在 / file not found</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message>
        <source>%1: 这是一个文件夹，不是文件 / is a directory, not a file</source>
        <translation>%1: 这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: 不是普通文件 / not a regular file</source>
        <translation>%1: 不是普通文件</translation>
    </message>
    <message>
        <source>%1: 文件过大（%2 MB，上限 200 MB） / file too large (%2 MB, limit 200 MB)</source>
        <translation>%1: 文件过大（%2 MB，上限 200 MB）</translation>
    </message>
    <message>
        <source>%1: 无法读取文件（%2） / cannot read file (%2)</source>
        <translation>%1: 无法读取文件（%2）</translation>
    </message>
    <message>
        <source>(未命名)</source>
        <translation>(未命名)</translation>
    </message>
    <message>
        <source>%1: 旧版 Word (.doc) 文件无法读取，请另存为 .docx 或 PDF / old Word .doc files are not supported: save it as .docx or PDF</source>
        <translation>%1: 旧版 Word (.doc) 文件无法读取，请另存为 .docx 或 PDF</translation>
    </message>
    <message>
        <source>%1: 压缩文件中没有 Word 文档（word/document.xml） / a zip archive that is not a Word .docx document</source>
        <translation>%1: 压缩文件中没有 Word 文档（word/document.xml）</translation>
    </message>
    <message>
        <source>%1: 无法导入（%2） / cannot import (%2)</source>
        <translation>%1: 无法导入（%2）</translation>
    </message>
    <message>
        <source>%1: 无法识别的文件格式 / unknown file format</source>
        <translation>%1: 无法识别的文件格式</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>就绪</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>关闭报告(&amp;C)</source>
        <translation>关闭报告(&amp;C)</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>采用建议值(&amp;A)</source>
        <translation>采用建议值(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>下一个问题</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <source>上一个问题</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>实际大小</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>文件夹中没有报告文件：%1</source>
        <translation>文件夹中没有报告文件：%1</translation>
    </message>
    <message>
        <source>已取消：导入 %1 个，失败 %2 个</source>
        <translation>已取消：导入 %1 个，失败 %2 个</translation>
    </message>
    <message>
        <source>导入 %1 个，失败 %2 个</source>
        <translation>导入 %1 个，失败 %2 个</translation>
    </message>
    <message>
        <source>撤销 %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>重做 %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>年报审核台</source>
        <translation>年报审核台</translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>年度报告 (%1);;所有文件 (*)</source>
        <translation>年度报告 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>用“文件 › 导入报告”或把报告拖到这里</source>
        <translation>用“文件 › 导入报告”或把报告拖到这里</translation>
    </message>
    <message>
        <source>导入报告(&amp;O)…</source>
        <translation>导入报告(&amp;O)…</translation>
    </message>
    <message>
        <source>导入文件夹(&amp;D)…</source>
        <translation>导入文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>审核(&amp;R)</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>确认为原文错误</source>
        <translation>确认为原文错误</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>忽略（须填写说明）…</source>
        <translation>忽略（须填写说明）…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>重新打开问题</source>
        <translation>重新打开问题</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>问题列表</source>
        <translation>问题列表</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>新建工作区(&amp;N)…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>打开工作区(&amp;W)…</source>
        <translation>打开工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>最近的工作区</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>打开工作区</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>新建工作区</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>工作区为只读</source>
        <translation>工作区为只读</translation>
    </message>
    <message>
        <source>年报工作区 (*.nianbao);;所有文件 (*)</source>
        <translation>年报工作区 (*.nianbao);;所有文件 (*)</translation>
    </message>
    <message>
        <source>年报工作区 (*.nianbao)</source>
        <translation>年报工作区 (*.nianbao)</translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>导入：新增 %1，更新 %2，未变 %3，失败 %4</source>
        <translation>导入：新增 %1，更新 %2，未变 %3，失败 %4</translation>
    </message>
    <message>
        <source>%1（只读）</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>导入文件夹</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>重新导入的冲突</source>
        <translation>重新导入的冲突</translation>
    </message>
    <message numerus="yes">
        <source>源文件已更改并重新提取。%n 处人工修改下的提取值变了：人工值已保留，请逐一核对。</source>
        <translation>
            <numerusform>源文件已更改并重新提取。%n 处人工修改下的提取值变了：人工值已保留，请逐一核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>报告信息(&amp;I)…</source>
        <translation>报告信息(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>只有工作区中的报告可以修改报告信息</source>
        <translation>只有工作区中的报告可以修改报告信息</translation>
    </message>
    <message>
        <source>报告信息</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>没有报告 %1</source>
        <translation>没有报告 %1</translation>
    </message>
    <message>
        <source>记入每次修改和决定的审核人（编辑 › 审核人）</source>
        <translation>记入每次修改和决定的审核人（编辑 › 审核人）</translation>
    </message>
    <message>
        <source>审核人(&amp;W)…</source>
        <translation>审核人(&amp;W)…</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>记入每次修改和决定的审核人（留空则用系统用户名 %1）：</source>
        <translation>记入每次修改和决定的审核人（留空则用系统用户名 %1）：</translation>
    </message>
    <message>
        <source>审核人：%1</source>
        <translation>审核人：%1</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>粘贴(&amp;P)</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>确认读数（存疑的数值按原文读数确认）</source>
        <translation>确认读数（存疑的数值按原文读数确认）</translation>
    </message>
    <message>
        <source>界面语言：%1</source>
        <translation>界面语言：%1</translation>
    </message>
    <message>
        <source>界面语言将在重新启动后生效</source>
        <translation>界面语言将在重新启动后生效</translation>
    </message>
    <message>
        <source>&lt;b&gt;只读&lt;/b&gt;：%1 修改和决定都不会被保存。</source>
        <translation>&lt;b&gt;只读&lt;/b&gt;：%1 修改和决定都不会被保存。</translation>
    </message>
    <message>
        <source>%1 与工作区中的 %2 内容相同</source>
        <translation>%1 与工作区中的 %2 内容相同</translation>
    </message>
    <message numerus="yes">
        <source>，%n 个已在工作区中（未添加副本）</source>
        <translation>
            <numerusform>，%n 个已在工作区中（未添加副本）</numerusform>
        </translation>
    </message>
    <message>
        <source>已在工作区中</source>
        <translation>已在工作区中</translation>
    </message>
    <message numerus="yes">
        <source>%n 个文件与工作区中已有的报告字节完全相同，没有添加副本；已打开已有的报告。</source>
        <translation>
            <numerusform>%n 个文件与工作区中已有的报告字节完全相同，没有添加副本；已打开已有的报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>图表</source>
        <translation>就绪&lt;/source&gt;
        &lt;translation&gt;就绪&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;文件(&amp;F)&lt;/source&gt;
        &lt;translation&gt;文件(&amp;F)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+Shift+O&lt;/source&gt;
        &lt;translation&gt;Ctrl+Shift+O&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;关闭报告(&amp;C)&lt;/source&gt;
        &lt;translation&gt;关闭报告(&amp;C)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;退出(&amp;Q)&lt;/source&gt;
        &lt;translation&gt;退出(&amp;Q)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;编辑(&amp;E)&lt;/source&gt;
        &lt;translation&gt;编辑(&amp;E)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;撤销(&amp;U)&lt;/source&gt;
        &lt;translation&gt;撤销(&amp;U)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;重做(&amp;R)&lt;/source&gt;
        &lt;translation&gt;重做(&amp;R)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;采用建议值(&amp;A)&lt;/source&gt;
        &lt;translation&gt;采用建议值(&amp;A)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+Shift+A&lt;/source&gt;
        &lt;translation&gt;Ctrl+Shift+A&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;下一个问题&lt;/source&gt;
        &lt;translation&gt;下一个问题&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;上一个问题&lt;/source&gt;
        &lt;translation&gt;上一个问题&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;视图(&amp;V)&lt;/source&gt;
        &lt;translation&gt;视图(&amp;V)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;放大&lt;/source&gt;
        &lt;translation&gt;放大&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;缩小&lt;/source&gt;
        &lt;translation&gt;缩小&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;实际大小&lt;/source&gt;
        &lt;translation&gt;实际大小&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+0&lt;/source&gt;
        &lt;translation&gt;Ctrl+0&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;文件夹中没有报告文件：%1&lt;/source&gt;
        &lt;translation&gt;文件夹中没有报告文件：%1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;已取消：导入 %1 个，失败 %2 个&lt;/source&gt;
        &lt;translation&gt;已取消：导入 %1 个，失败 %2 个&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;导入 %1 个，失败 %2 个&lt;/source&gt;
        &lt;translation&gt;导入 %1 个，失败 %2 个&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;撤销 %1&lt;/source&gt;
        &lt;translation&gt;撤销 %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;撤销&lt;/source&gt;
        &lt;translation&gt;撤销&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;重做 %1&lt;/source&gt;
        &lt;translation&gt;重做 %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;重做&lt;/source&gt;
        &lt;translation&gt;重做&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;年报审核台&lt;/source&gt;
        &lt;translation&gt;年报审核台&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;打开报告&lt;/source&gt;
        &lt;translation&gt;打开报告&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;年度报告 (%1);;所有文件 (*)&lt;/source&gt;
        &lt;translation&gt;年度报告 (%1);;所有文件 (*)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;用“文件 › 导入报告”或把报告拖到这里&lt;/source&gt;
        &lt;translation&gt;用“文件 › 导入报告”或把报告拖到这里&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;导入报告(&amp;O)…&lt;/source&gt;
        &lt;translation&gt;导入报告(&amp;O)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;导入文件夹(&amp;D)…&lt;/source&gt;
        &lt;translation&gt;导入文件夹(&amp;D)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;审核(&amp;R)&lt;/source&gt;
        &lt;translation&gt;审核(&amp;R)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;确认为原文错误&lt;/source&gt;
        &lt;translation&gt;确认为原文错误&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+Shift+C&lt;/source&gt;
        &lt;translation&gt;Ctrl+Shift+C&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;忽略（须填写说明）…&lt;/source&gt;
        &lt;translation&gt;忽略（须填写说明）…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+Shift+D&lt;/source&gt;
        &lt;translation&gt;Ctrl+Shift+D&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;重新打开问题&lt;/source&gt;
        &lt;translation&gt;重新打开问题&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+Shift+R&lt;/source&gt;
        &lt;translation&gt;Ctrl+Shift+R&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;问题列表&lt;/source&gt;
        &lt;translation&gt;问题列表&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+Shift+F&lt;/source&gt;
        &lt;translation&gt;Ctrl+Shift+F&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;修改记录&lt;/source&gt;
        &lt;translation&gt;修改记录&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+Shift+H&lt;/source&gt;
        &lt;translation&gt;Ctrl+Shift+H&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;新建工作区(&amp;N)…&lt;/source&gt;
        &lt;translation&gt;新建工作区(&amp;N)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;打开工作区(&amp;W)…&lt;/source&gt;
        &lt;translation&gt;打开工作区(&amp;W)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+Shift+W&lt;/source&gt;
        &lt;translation&gt;Ctrl+Shift+W&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;最近的工作区&lt;/source&gt;
        &lt;translation&gt;最近的工作区&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;（无）&lt;/source&gt;
        &lt;translation&gt;（无）&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;打开工作区&lt;/source&gt;
        &lt;translation&gt;打开工作区&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;新建工作区&lt;/source&gt;
        &lt;translation&gt;新建工作区&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;只读&lt;/source&gt;
        &lt;translation&gt;只读&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;工作区为只读&lt;/source&gt;
        &lt;translation&gt;工作区为只读&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;年报工作区 (*.nianbao);;所有文件 (*)&lt;/source&gt;
        &lt;translation&gt;年报工作区 (*.nianbao);;所有文件 (*)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;年报工作区 (*.nianbao)&lt;/source&gt;
        &lt;translation&gt;年报工作区 (*.nianbao)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;导入报告&lt;/source&gt;
        &lt;translation&gt;导入报告&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;导入：新增 %1，更新 %2，未变 %3，失败 %4&lt;/source&gt;
        &lt;translation&gt;导入：新增 %1，更新 %2，未变 %3，失败 %4&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1（只读）&lt;/source&gt;
        &lt;translation&gt;%1（只读）&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;导入文件夹&lt;/source&gt;
        &lt;translation&gt;导入文件夹&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;重新导入的冲突&lt;/source&gt;
        &lt;translation&gt;重新导入的冲突&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;源文件已更改并重新提取。%n 处人工修改下的提取值变了：人工值已保留，请逐一核对。&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;源文件已更改并重新提取。%n 处人工修改下的提取值变了：人工值已保留，请逐一核对。&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;报告信息(&amp;I)…&lt;/source&gt;
        &lt;translation&gt;报告信息(&amp;I)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+I&lt;/source&gt;
        &lt;translation&gt;Ctrl+I&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;只有工作区中的报告可以修改报告信息&lt;/source&gt;
        &lt;translation&gt;只有工作区中的报告可以修改报告信息&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;报告信息&lt;/source&gt;
        &lt;translation&gt;报告信息&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;没有报告 %1&lt;/source&gt;
        &lt;translation&gt;没有报告 %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;记入每次修改和决定的审核人（编辑 › 审核人）&lt;/source&gt;
        &lt;translation&gt;记入每次修改和决定的审核人（编辑 › 审核人）&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;审核人(&amp;W)…&lt;/source&gt;
        &lt;translation&gt;审核人(&amp;W)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;审核人&lt;/source&gt;
        &lt;translation&gt;审核人&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;记入每次修改和决定的审核人（留空则用系统用户名 %1）：&lt;/source&gt;
        &lt;translation&gt;记入每次修改和决定的审核人（留空则用系统用户名 %1）：&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;审核人：%1&lt;/source&gt;
        &lt;translation&gt;审核人：%1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;导出(&amp;E)…&lt;/source&gt;
        &lt;translation&gt;导出(&amp;E)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ctrl+Shift+E&lt;/source&gt;
        &lt;translation&gt;Ctrl+Shift+E&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;复制(&amp;C)&lt;/source&gt;
        &lt;translation&gt;复制(&amp;C)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;粘贴(&amp;P)&lt;/source&gt;
        &lt;translation&gt;粘贴(&amp;P)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;确认读数（存疑的数值按原文读数确认）&lt;/source&gt;
        &lt;translation&gt;确认读数（存疑的数值按原文读数确认）&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;界面语言：%1&lt;/source&gt;
        &lt;translation&gt;界面语言：%1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;界面语言将在重新启动后生效&lt;/source&gt;
        &lt;translation&gt;界面语言将在重新启动后生效&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&lt;b&gt;只读&lt;/b&gt;：%1 修改和决定都不会被保存。&lt;/source&gt;
        &lt;translation&gt;&lt;b&gt;只读&lt;/b&gt;：%1 修改和决定都不会被保存。&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 与工作区中的 %2 内容相同&lt;/source&gt;
        &lt;translation&gt;%1 与工作区中的 %2 内容相同&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;，%n 个已在工作区中（未添加副本）&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;，%n 个已在工作区中（未添加副本）&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;已在工作区中&lt;/source&gt;
        &lt;translation&gt;已在工作区中&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n 个文件与工作区中已有的报告字节完全相同，没有添加副本；已打开已有的报告。&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n 个文件与工作区中已有的报告字节完全相同，没有添加副本；已打开已有的报告。&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;图表</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>(未命名)</source>
        <translation>(未命名)</translation>
    </message>
    <message>
        <source>%1: PDF 文件已损坏，无法打开 / corrupt PDF, cannot open it</source>
        <translation>%1: PDF 文件已损坏，无法打开</translation>
    </message>
    <message>
        <source>%1: PDF 已加密（需要密码），无法读取 / encrypted PDF (password protected), cannot read it</source>
        <translation>%1: PDF 已加密（需要密码），无法读取</translation>
    </message>
    <message>
        <source>%1: PDF 没有页面 / the PDF has no pages</source>
        <translation>%1: PDF 没有页面</translation>
    </message>
    <message>
        <source>%1: 扫描版 PDF：没有文字层，无法读取（需要 OCR） / scanned PDF: no text layer (OCR needed)</source>
        <translation>%1: 扫描版 PDF：没有文字层，无法读取（需要 OCR）</translation>
    </message>
    <message>
        <source>%1: PDF 中的表格没有文字层（表格是图片，需要 OCR） / the PDF's tables have no text layer (they are images; OCR needed)</source>
        <translation>%1: PDF 中的表格没有文字层（表格是图片，需要 OCR）</translation>
    </message>
    <message>
        <source>只读取了前 %1 页的文字（共 %2 页） / text read from the first %1 of %2 pages</source>
        <translation>只读取了前 %1 页的文字（共 %2 页）</translation>
    </message>
    <message numerus="yes">
        <source>已删除 %n 行页眉页脚 / removed %n running header/footer line(s)</source>
        <translation>
            <numerusform>已删除 %n 行页眉页脚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>上一页</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>放大</translation>
    </message>
</context>
<context>
    <name>ReportAudit</name>
    <message>
        <source>没有修改记录 #%1 / no edit #%1</source>
        <translation>没有修改记录 #%1 / no edit #%1</translation>
    </message>
    <message>
        <source>撤销修改 #%1 / revert of edit #%1</source>
        <extracomment>stored: an edit's note in the log (bilingual, shown by language in the desk)</extracomment>
        <translation>撤销修改 #%1 / revert of edit #%1</translation>
    </message>
    <message>
        <source>确认读数（修改 #%1）/ value accepted as read (edit #%1)</source>
        <extracomment>stored: the note of an automatic decision (bilingual, shown by language in the desk)</extracomment>
        <translation>确认读数（修改 #%1）/ value accepted as read (edit #%1)</translation>
    </message>
    <message>
        <source>由修改 #%1 更正 / fixed by edit #%1</source>
        <translation>由修改 #%1 更正 / fixed by edit #%1</translation>
    </message>
    <message>
        <source>修改 #%1 后问题重新出现 / the problem reappeared after edit #%1</source>
        <extracomment>stored: the note of an automatic decision (bilingual, shown by language in the desk)</extracomment>
        <translation>修改 #%1 后问题重新出现 / the problem reappeared after edit #%1</translation>
    </message>
    <message>
        <source>修改 #%1 出现新的问题，审核状态改回审核中 / edit #%1 reopened a problem: back to in review</source>
        <extracomment>stored: the note of an automatic state change (bilingual, shown by language in the desk)</extracomment>
        <translation>修改 #%1 出现新的问题，审核状态改回审核中 / edit #%1 reopened a problem: back to in review</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>修改 %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>修改报告信息</source>
        <translation>修改报告信息</translation>
    </message>
    <message>
        <source>未知单元格 %1 / unknown cell %1</source>
        <translation>未知单元格 %1</translation>
    </message>
    <message>
        <source>同一单元格出现两次 / the same cell appears twice</source>
        <translation>同一单元格出现两次</translation>
    </message>
    <message>
        <source>修改未能保存 / the edit could not be saved</source>
        <translation>修改未能保存</translation>
    </message>
    <message numerus="yes">
        <source>粘贴 %n 个单元格</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>此问题没有建议值 / this finding has no suggested value</source>
        <translation>此问题没有建议值</translation>
    </message>
    <message>
        <source>所选单元格中没有存疑的读数 / no suspect value among the selected cells</source>
        <translation>所选单元格中没有存疑的读数</translation>
    </message>
    <message numerus="yes">
        <source>确认读数 %n 个单元格</source>
        <translation>
            <numerusform>确认读数 %n 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportInfoDialog</name>
    <message>
        <source>报告信息</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>提取值：%1</source>
        <translation>提取值：%1</translation>
    </message>
    <message>
        <source>（未识别）</source>
        <translation>（未识别）</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>%1 版格式</source>
        <translation>%1 版格式</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>修改理由（记入修改记录）</source>
        <translation>修改理由（记入修改记录）</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>同一机关各年度的报告按机关键归并（图表、跨年度核对）。留空则由机关名称得出；机关改名或简称不同时在此填写同一个键。</source>
        <translation>报告信息&lt;/source&gt;
        &lt;translation&gt;报告信息&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;提取值：%1&lt;/source&gt;
        &lt;translation&gt;提取值：%1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;（未识别）&lt;/source&gt;
        &lt;translation&gt;（未识别）&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;机关&lt;/source&gt;
        &lt;translation&gt;机关&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;（未知）&lt;/source&gt;
        &lt;translation&gt;（未知）&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;年度&lt;/source&gt;
        &lt;translation&gt;年度&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 版格式&lt;/source&gt;
        &lt;translation&gt;%1 版格式&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;格式&lt;/source&gt;
        &lt;translation&gt;格式&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;修改理由（记入修改记录）&lt;/source&gt;
        &lt;translation&gt;修改理由（记入修改记录）&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;说明&lt;/source&gt;
        &lt;translation&gt;说明&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;同一机关各年度的报告按机关键归并（图表、跨年度核对）。留空则由机关名称得出；机关改名或简称不同时在此填写同一个键。</translation>
    </message>
    <message>
        <source>机关键</source>
        <translation>机关键</translation>
    </message>
    <message>
        <source>自动：%1</source>
        <translation>自动：%1</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>导入失败</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>（未识别机关）</source>
        <translation>（未识别机关）</translation>
    </message>
    <message>
        <source>待审</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>此报告不在工作区中</source>
        <translation>此报告不在工作区中</translation>
    </message>
    <message>
        <source>%1 于 %2 设定</source>
        <translation>%1 于 %2 设定</translation>
    </message>
    <message>
        <source>审核中</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>格式</source>
        <comment>list header, short</comment>
        <translation>格式</translation>
    </message>
    <message>
        <source>错误</source>
        <comment>list header, short</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <comment>list header, short</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>审核状态</source>
        <comment>list header, short</comment>
        <translation>审核状态</translation>
    </message>
</context>
<context>
    <name>ReportListPanel</name>
    <message>
        <source>全部状态</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>按审核状态筛选</source>
        <translation>按审核状态筛选</translation>
    </message>
    <message>
        <source>审核状态：</source>
        <translation>审核状态：</translation>
    </message>
    <message>
        <source>设定所选报告的审核状态（记入修改记录）</source>
        <translation>设定所选报告的审核状态（记入修改记录）</translation>
    </message>
    <message>
        <source>设为“%1”</source>
        <translation>设为“%1”</translation>
    </message>
    <message>
        <source>筛选：机关（也可用拼音或首字母）、年度、文件…</source>
        <translation>筛选：机关（也可用拼音或首字母）、年度、文件…</translation>
    </message>
    <message>
        <source>通过审核</source>
        <translation>通过审核</translation>
    </message>
    <message numerus="yes">
        <source>“%1”还有 %n 个未处理的问题。仍要设为“已通过”吗？</source>
        <translation>
            <numerusform>“%1”还有 %n 个未处理的问题。仍要设为“已通过”吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>未通过：%1 还有未处理的问题</source>
        <translation>未通过：%1 还有未处理的问题</translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>报告 %1 的原始文件不在工作区中 / the source of report %1 is missing</source>
        <translation>报告 %1 的原始文件不在工作区中</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>表一</source>
        <translation>表一</translation>
    </message>
    <message>
        <source>表二</source>
        <translation>表二</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>表三</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2 年度&#x3000;%3 版格式&#x3000;&lt;span style='color:#666'&gt;%4（%5）&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2 年度&#x3000;%3 版格式&#x3000;&lt;span style='color:#666'&gt;%4（%5）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>（未识别机关）</source>
        <translation>（未识别机关）</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>修改记录</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b07000'&gt;⚠&lt;/span&gt; %n 处重新导入冲突 &lt;a href='#conflicts'&gt;查看&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;span style='color:#b07000'&gt;⚠&lt;/span&gt; %n 处重新导入冲突 &lt;a href='#conflicts'&gt;查看&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>重新导入的冲突</source>
        <translation>重新导入的冲突</translation>
    </message>
    <message>
        <source>源文件重新导入后，下列人工修改下的提取值变了。人工值已保留；核对后可标记为已核对。</source>
        <translation>源文件重新导入后，下列人工修改下的提取值变了。人工值已保留；核对后可标记为已核对。</translation>
    </message>
    <message>
        <source>标记为已核对…</source>
        <translation>标记为已核对…</translation>
    </message>
    <message>
        <source>标记为已核对</source>
        <translation>标记为已核对</translation>
    </message>
    <message>
        <source>说明（可选）：</source>
        <translation>说明（可选）：</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>此单元格没有建议值</source>
        <translation>此单元格没有建议值</translation>
    </message>
    <message>
        <source>此单元格有多个不同的建议值，请在问题列表中选择</source>
        <translation>此单元格有多个不同的建议值，请在问题列表中选择</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>按名称或按键筛选</source>
        <translation>按名称或按键筛选</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>已读取</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>存疑</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>推算</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>占位符</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>已修改</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>原文：%1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>原值：%1（%2）</source>
        <translation>原值：%1（%2）</translation>
    </message>
    <message>
        <source>空</source>
        <translation>空</translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>原文中无出处</source>
        <translation>原文中无出处</translation>
    </message>
    <message>
        <source>粘贴被拒绝：%1</source>
        <translation>粘贴被拒绝：%1</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>%1 %2：%3（%4）</source>
        <translation>%1 %2：%3（%4）</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>… 共 %1 次</source>
        <translation>… 共 %1 次</translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>(无文件名): 文件不存在 / file not found</source>
        <translation>(无文件名): 文件不存在</translation>
    </message>
    <message>
        <source>%1: 符号链接无法解析（循环或目标不存在） / symbolic link cannot be resolved (a loop or a missing target)</source>
        <translation>%1: 符号链接无法解析（循环或目标不存在）</translation>
    </message>
    <message>
        <source>%1: 文件不存在 / file not found</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message>
        <source>%1: 这是一个文件夹，不是文件 / is a directory, not a file</source>
        <translation>%1: 这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: 不是普通文件 / not a regular file</source>
        <translation>%1: 不是普通文件</translation>
    </message>
    <message>
        <source>%1: 文件过大（%2 MB，上限 50 MB） / file too large (%2 MB, limit 50 MB)</source>
        <translation>%1: 文件过大（%2 MB，上限 50 MB）</translation>
    </message>
    <message>
        <source>%1: 无法读取文件（%2） / cannot read file (%2)</source>
        <translation>%1: 无法读取文件（%2）</translation>
    </message>
    <message>
        <source>(未命名)</source>
        <translation>(未命名)</translation>
    </message>
    <message>
        <source>%1: 文件为空 / file is empty</source>
        <translation>%1: 文件为空</translation>
    </message>
    <message>
        <source>%1: 不是文本文件（看起来是 %2 文件） / not a text file (looks like %2)</source>
        <translation>%1: 不是文本文件（看起来是 %2 文件）</translation>
    </message>
    <message>
        <source>%1: 不是文本文件（含二进制数据） / not a text file (binary data)</source>
        <translation>%1: 不是文本文件（含二进制数据）</translation>
    </message>
    <message>
        <source>%1: 无法识别文本编码（支持 UTF-8、UTF-16、GB18030） / unknown text encoding (UTF-8, UTF-16 and GB18030 are supported)</source>
        <translation>%1: 无法识别文本编码（支持 UTF-8、UTF-16、GB18030）</translation>
    </message>
    <message>
        <source>%1: 文件为空（只有空白字符） / file is empty (whitespace only)</source>
        <translation>%1: 文件为空（只有空白字符）</translation>
    </message>
    <message>
        <source>%1: 文件没有正文（只有转换残留） / file has no text (converter artefacts only)</source>
        <translation>%1: 文件没有正文（只有转换残留）</translation>
    </message>
    <message numerus="yes">
        <source>按 %1 解码时有 %n 处无效字节，已替换为 U+FFFD / %n invalid byte sequence(s) for %1 replaced by U+FFFD</source>
        <translation>
            <numerusform>按 %1 解码时有 %n 处无效字节，已替换为 U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>文本含 %n 个无法识别的字符（U+FFFD） / %n unreadable character(s) (U+FFFD) in the text</source>
        <translation>
            <numerusform>文本含 %n 个无法识别的字符（U+FFFD）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已删除报告前的 %n 行网页导航 / removed %n line(s) of web navigation before the report</source>
        <translation>
            <numerusform>已删除报告前的 %n 行网页导航</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>zh_CN</source>
        <extracomment>The language code of this translation: "en" in the English one.</extracomment>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>zh</source>
        <comment>the user guide's language: translate as the code of this translation (en)</comment>
        <translation>zh</translation>
    </message>
    <message>
        <source>用户指南</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>工作区已存在，不会覆盖 / already exists: not overwritten</source>
        <translation>工作区已存在，不会覆盖</translation>
    </message>
    <message>
        <source>无法创建工作区 / cannot create workspace: %1</source>
        <translation>无法创建工作区：%1</translation>
    </message>
    <message>
        <source>文件夹不存在 / folder not found</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>无法创建工作区 / cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>无法打开工作区 / cannot open workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>以只读方式打开 / opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>工作区文件不可写，现以只读方式打开 / the workspace file is not writable: opened read-only</source>
        <translation>工作区文件不可写，现以只读方式打开</translation>
    </message>
    <message>
        <source>工作区所在文件夹不可写，现以只读方式打开 / the workspace's folder is not writable: opened read-only</source>
        <translation>工作区所在文件夹不可写，现以只读方式打开</translation>
    </message>
    <message>
        <source>无法在工作区旁创建锁文件（磁盘已满或无权限），现以只读方式打开 / cannot create the lock file beside the workspace (disk full or no permission): opened read-only</source>
        <translation>无法在工作区旁创建锁文件（磁盘已满或无权限），现以只读方式打开</translation>
    </message>
    <message>
        <source>工作区已在别处打开（%1 上的进程 %2），现以只读方式打开 / The workspace is open elsewhere (process %2 on %1): opened read-only</source>
        <translation>工作区已在别处打开（%1 上的进程 %2），现以只读方式打开</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>工作区格式较旧，需以读写方式打开一次以升级 / old workspace format: open it read-write once to upgrade it</source>
        <translation>工作区格式较旧，需以读写方式打开一次以升级</translation>
    </message>
    <message>
        <source>；-wal 文件中尚未写入的修改不显示 / changes still in the -wal file are not shown</source>
        <translation>；-wal 文件中尚未写入的修改不显示</translation>
    </message>
    <message>
        <source>工作区文件已损坏，现以只读方式打开；请用 nianbao-cli workspace recover 复制可读部分 / the workspace file is damaged: opened read-only; copy what is readable with nianbao-cli workspace recover</source>
        <translation>工作区文件已损坏，现以只读方式打开；请用 nianbao-cli workspace recover 复制可读部分</translation>
    </message>
    <message>
        <source>工作区未打开 / no workspace is open</source>
        <translation>工作区未打开</translation>
    </message>
    <message>
        <source>工作区为只读，不能修改 / the workspace is read-only: change refused (%1)</source>
        <translation>工作区为只读，不能修改（%1）</translation>
    </message>
    <message>
        <source>报告 %1 的 %2 已是 %3，未记录修改 / %2 of report %1 is already %3: nothing recorded</source>
        <translation>报告 %1 的 %2 已是 %3，未记录修改</translation>
    </message>
    <message>
        <source>%1过长：%2 字，最多 %3 / %1 too long: %2 characters, at most %3</source>
        <translation>%1过长：%2 字，最多 %3</translation>
    </message>
    <message>
        <source>报告 %1 没有单元格 %2 / report %1 has no cell %2</source>
        <translation>报告 %1 没有单元格 %2</translation>
    </message>
    <message>
        <source>说明 / note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>机关名称 / agency</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>年份无效：%1 / invalid year</source>
        <translation>年份无效：%1</translation>
    </message>
    <message>
        <source>版本无效：%1（应为 2019 或 2021）/ invalid edition</source>
        <translation>版本无效：%1（应为 2019 或 2021）</translation>
    </message>
    <message>
        <source>没有报告 %1 / no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
    <message>
        <source>没有修改记录 %1 / no edit %1</source>
        <translation>没有修改记录 %1</translation>
    </message>
    <message>
        <source>撤销修改 #%1 / revert of edit #%1</source>
        <extracomment>stored: an edit's note in the log (bilingual, shown by language in the desk)</extracomment>
        <translation>撤销修改 #%1 / revert of edit #%1</translation>
    </message>
    <message>
        <source>忽略发现必须填写说明 / dismissing a finding needs a note</source>
        <translation>忽略发现必须填写说明</translation>
    </message>
    <message>
        <source>缺少发现编号 / no finding id</source>
        <translation>缺少发现编号</translation>
    </message>
    <message>
        <source>报告 %1 没有修改记录 %2 / report %1 has no edit %2</source>
        <translation>报告 %1 没有修改记录 %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>--edit needs an edit id</source>
        <translation>--edit needs an edit id</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>--user 过长（最多 %1 字）/ --user is too long (at most %1 characters)</source>
        <translation>--user 过长（最多 %1 字）</translation>
    </message>
    <message>
        <source>%1: 工作区中没有报告 %2（或名称不唯一，请用编号）/ no report %2 in the workspace (or the name is ambiguous: use its id)</source>
        <translation>%1: 工作区中没有报告 %2（或名称不唯一，请用编号）</translation>
    </message>
    <message>
        <source>无效的审核状态 %1（pending|in_review|approved|returned）/ invalid state</source>
        <translation>无效的审核状态 %1（pending|in_review|approved|returned）</translation>
    </message>
    <message>
        <source>%1: 报告 %2 没有单元格 %3 / no cell %3 in this report's edition</source>
        <translation>%1: 报告 %2 没有单元格 %3</translation>
    </message>
    <message>
        <source>%1: 值为空；清空单元格请写 null / empty value: write null to clear the cell</source>
        <translation>%1: 值为空；清空单元格请写 null</translation>
    </message>
    <message>
        <source>%1: 报告 %2 的 %3 已是 %4，未记录修改 / %3 of report %2 is already %4: nothing recorded</source>
        <translation>%1: 报告 %2 的 %3 已是 %4，未记录修改</translation>
    </message>
    <message>
        <source>decision must be confirm, dismiss, fix or reopen</source>
        <translation>decision must be confirm, dismiss, fix or reopen</translation>
    </message>
    <message>
        <source>%1: 报告 %2 没有发现 %3 / report %2 has no finding %3</source>
        <translation>%1: 报告 %2 没有发现 %3</translation>
    </message>
    <message>
        <source>工作区文件已损坏，请用 nianbao-cli workspace recover 复制可读部分 / the workspace file is damaged: copy what is readable with nianbao-cli workspace recover</source>
        <translation>工作区文件已损坏，请用 nianbao-cli workspace recover 复制可读部分</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copied</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>lost reports</source>
        <translation>lost reports</translation>
    </message>
</context>
<context>
    <name>WorkspaceError</name>
    <message>
        <source>磁盘已满 / disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>文件已损坏 / file damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>文件被另一程序锁定 / file locked by another program</source>
        <translation>文件被另一程序锁定</translation>
    </message>
    <message>
        <source>文件或文件夹只读 / file or folder is read-only</source>
        <translation>文件或文件夹只读</translation>
    </message>
    <message>
        <source>没有权限 / permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>读写错误 / input/output error</source>
        <translation>读写错误</translation>
    </message>
    <message>
        <source>无法打开文件 / cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>引用的记录不存在或数据不一致 / a referenced record does not exist</source>
        <translation>引用的记录不存在或数据不一致</translation>
    </message>
    <message>
        <source>数据库错误 / database error</source>
        <translation>数据库错误</translation>
    </message>
</context>
<context>
    <name>WorkspaceImporter</name>
    <message>
        <source>无法导入 / cannot import</source>
        <translation>无法导入</translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <source>无法打开工作区 / cannot open workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>符号链接无法解析（循环或目标不存在）/ symbolic link cannot be resolved (a loop or a missing target)</source>
        <translation>符号链接无法解析（循环或目标不存在）</translation>
    </message>
    <message>
        <source>文件不存在 / file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>这是文件夹 / this is a folder</source>
        <translation>这是文件夹</translation>
    </message>
    <message>
        <source>无法读取 / cannot read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>没有读取权限 / permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <source>不是年报工作区（不是 SQLite 数据库）/ not a Nianbao workspace (not an SQLite database)</source>
        <translation>不是年报工作区（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>文件头已损坏 / corrupt header</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <source>文件被截断或已损坏 / file truncated or corrupt</source>
        <translation>文件被截断或已损坏</translation>
    </message>
    <message>
        <source>不是年报工作区（其他程序的 SQLite 数据库）/ not a Nianbao workspace (an SQLite database of another program)</source>
        <translation>不是年报工作区（其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>工作区由较新版本的年报创建（格式 %1，本程序支持至 %2），请升级 / created by a newer Nianbao (schema %1, this build reads up to %2): please upgrade</source>
        <translation>工作区由较新版本的年报创建（格式 %1，本程序支持至 %2），请升级</translation>
    </message>
    <message>
        <source>工作区未创建完成 / incomplete workspace (no schema version)</source>
        <translation>工作区未创建完成</translation>
    </message>
    <message>
        <source>无法升级工作区格式 %1 → %2 / cannot upgrade the workspace format %1 → %2: </source>
        <translation>无法升级工作区格式 %1 → %2</translation>
    </message>
    <message>
        <source>表 %1 的结构与格式 %2 不符 / table %1 does not match schema %2</source>
        <translation>表 %1 的结构与格式 %2 不符</translation>
    </message>
</context>
</TS>
