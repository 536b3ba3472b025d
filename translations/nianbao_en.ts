<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于年报审核台</source>
        <translation>About Nianbao</translation>
    </message>
    <message>
        <source>年报审核台 Nianbao</source>
        <translation>Nianbao review desk</translation>
    </message>
    <message>
        <source>版本 %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>审核、更正并校验政府信息公开工作年度报告：原文与三张统计表并排，每个不一致的单元格即时标出，每次修改和决定都记入工作区。</source>
        <translation>Review, correct and validate annual reports on government information disclosure: the document beside its three statistical tables, every inconsistent cell marked at once, every edit and decision recorded in the workspace.</translation>
    </message>
    <message>
        <source>许可证：GPL-3.0-or-later（GNU 通用公共许可证第 3 版或任何更新版本）。本程序为自由软件，不提供任何担保。许可证全文和第三方组件见其他两页。</source>
        <translation>Licence: GPL-3.0-or-later (the GNU General Public License, version 3 or any later version). This program is free software and comes with ABSOLUTELY NO WARRANTY. The full licence text and the third-party components are on the other two tabs.</translation>
    </message>
    <message>
        <source>依据的格式</source>
        <translation>Format editions checked</translation>
    </message>
    <message>
        <source>运行环境</source>
        <translation>Running on</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>第三方组件</source>
        <translation>Third-Party Components</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>%1 版：%2，%3</source>
        <translation>%1 edition: %2, %3</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1（编译时 %2）</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>ICU %1</source>
        <translation>ICU %1</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AcrossYearsModel</name>
    <message>
        <source>（无此项）</source>
        <translation>(no such cell)</translation>
    </message>
    <message>
        <source>%1 年没有报告（不推算）</source>
        <translation>No report for %1 (not estimated)</translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>与上年相比：%1%2</source>
        <translation>Against the year before: %1%2</translation>
    </message>
    <message>
        <source>跨年度核对：%1</source>
        <translation>Cross-year check: %1</translation>
    </message>
    <message>
        <source>双击打开该年度报告</source>
        <translation>Double-click to open this year’s report</translation>
    </message>
    <message>
        <source>%1
无报告</source>
        <translation>%1
no report</translation>
    </message>
    <message>
        <source>%1
%2 版</source>
        <translation>%1
%2 edition</translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>“%1”不是数字 / “%1” is not a number</source>
        <translation>"%1" is not a number</translation>
    </message>
    <message>
        <source>件数须为整数：“%1” / a count must be a whole number: “%1”</source>
        <translation>a count must be a whole number: "%1"</translation>
    </message>
    <message>
        <source>件数不能为负数：“%1” / a count cannot be negative: “%1”</source>
        <translation>a count cannot be negative: "%1"</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>存疑，原文行不完整</source>
        <translation>suspect: damaged row in the source</translation>
    </message>
    <message>
        <source>推断，原文未印</source>
        <translation>inferred: not printed</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>有未处理的错误</source>
        <translation>in an open error</translation>
    </message>
    <message>
        <source>总计为空，以各列之和代替</source>
        <translation>blank total, the sum of the columns used</translation>
    </message>
    <message>
        <source>数值超出范围</source>
        <translation>value out of range</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>办理结果（件数）</source>
        <translation>Outcomes (requests)</translation>
    </message>
    <message>
        <source>办理结果（占总计的比例）</source>
        <translation>Outcomes (share of the total)</translation>
    </message>
    <message>
        <source>新收与上年结转申请</source>
        <translation>New and carried-over requests</translation>
    </message>
    <message>
        <source>行政复议结果</source>
        <translation>Administrative reviews by result</translation>
    </message>
    <message>
        <source>行政诉讼结果</source>
        <translation>Lawsuits by result</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>占（七）总计 %</source>
        <translation>% of (7) total</translation>
    </message>
    <message>
        <source>件</source>
        <translation>requests</translation>
    </message>
    <message>
        <source>斜线：数字存疑（悬停查看单元格）</source>
        <translation>Hatched: figure in doubt (hover for the cells)</translation>
    </message>
    <message>
        <source>
无报告</source>
        <translation>
no report</translation>
    </message>
    <message numerus="yes">
        <source>
%n 份</source>
        <translation>
            <numerusform>
%n report</numerusform>
            <numerusform>
%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>本年度没有报告（不推算）</source>
        <translation>No report this year (not estimated)</translation>
    </message>
    <message>
        <source>未填报</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>%1%（%2 / （七）总计 %3）</source>
        <translation>%1% (%2 / (7) total %3)</translation>
    </message>
    <message>
        <source>%1，（七）总计为空或为 0，无法计算比例</source>
        <translation>%1; (7) total blank or 0: no share</translation>
    </message>
    <message>
        <source>%1 件</source>
        <translation>%1 requests</translation>
    </message>
    <message>
        <source>报告：%1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>%1 份报告合计（%2 份填报此项）</source>
        <translation>Sum of %1 reports (%2 report this figure)</translation>
    </message>
    <message>
        <source>存疑的单元格：</source>
        <translation>Cells in doubt:</translation>
    </message>
    <message>
        <source>……另有 %1 处</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>&lt;i&gt;单击打开报告并选中这些单元格&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click to open the report with these cells selected&lt;/i&gt;</translation>
    </message>
    <message>
        <source>数字取自各报告的当前值（含人工修改）；斜线表示所用单元格存疑。</source>
        <translation>Figures are the reports’ current values (edits included); hatched: a cell used is in doubt.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>当前报告的机关</source>
        <translation>Agency of the current report</translation>
    </message>
    <message>
        <source>列表中选中报告的机关（合计）</source>
        <translation>Agencies of the selected reports (summed)</translation>
    </message>
    <message>
        <source>工作区全部机关（合计）</source>
        <translation>All agencies of the workspace (summed)</translation>
    </message>
    <message>
        <source>表二（总计列）</source>
        <translation>Table 2 (total column)</translation>
    </message>
    <message>
        <source>表二（全部）</source>
        <translation>Table 2 (all cells)</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>Table 3</translation>
    </message>
    <message>
        <source>表一</source>
        <translation>Table 1</translation>
    </message>
    <message>
        <source>导出图表…</source>
        <translation>Export Chart…</translation>
    </message>
    <message>
        <source>保存为 PNG 或 SVG</source>
        <translation>Save as PNG or SVG</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>（无数据）</source>
        <translation>(no data)</translation>
    </message>
    <message numerus="yes">
        <source>%n 个机关合计</source>
        <translation>
            <numerusform>%n agency summed</numerusform>
            <numerusform>%n agencies summed</numerusform>
        </translation>
    </message>
    <message>
        <source>当前报告没有机关或年度：在“编辑 › 报告信息”中填写</source>
        <translation>The current report has no agency or year: set them in Edit › Report Info</translation>
    </message>
    <message>
        <source>没有可统计的报告</source>
        <translation>No reports to chart</translation>
    </message>
    <message>
        <source>逐年对照：选择一份有机关和年度的报告</source>
        <translation>Across the years: choose a report with an agency and a year</translation>
    </message>
    <message>
        <source>逐年对照：%1（▲▼ 与上年之差；红底为跨年度核对问题；双击打开该年度）</source>
        <translation>Across the years: %1 (▲▼ difference to the year before; red: cross-year finding; double-click opens the year)</translation>
    </message>
    <message>
        <source>导出图表</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>图表.png</source>
        <translation>chart.png</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</source>
        <translation>PNG image (*.png);;SVG vector image (*.svg)</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>导出失败：%1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>CrossYearValidator</name>
    <message>
        <source>同一机关%1年的报告不在本组报告中（此前最近的是%2年）：本年“上年结转”无法与上年核对，也不与更早的年度比较</source>
        <translation>No %1 report of the same agency in this set (the latest before it is %2): this year's carried-over figures cannot be checked, and are not compared with an older year</translation>
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
        <translation>This cell has no source in the document (%1): %2</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>(未命名)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>%1: DOCX 文件已损坏（无法解压） / corrupt DOCX (cannot unzip)</source>
        <translation>%1: corrupt DOCX (cannot unzip)</translation>
    </message>
    <message>
        <source>%1: DOCX 解压后超过 200 MB（疑似压缩炸弹），已拒绝 / DOCX expands past 200 MB (zip bomb?), refused</source>
        <translation>%1: DOCX expands past 200 MB (zip bomb?), refused</translation>
    </message>
    <message>
        <source>%1: 不是 Word 文档（缺少 word/document.xml） / not a Word document (no word/document.xml)</source>
        <translation>%1: not a Word document (no word/document.xml)</translation>
    </message>
    <message>
        <source>%1: DOCX 内容已损坏（%2） / corrupt DOCX content (%2)</source>
        <translation>%1: corrupt DOCX content (%2)</translation>
    </message>
    <message>
        <source>%1: 文档没有正文 / the document has no text</source>
        <translation>%1: the document has no text</translation>
    </message>
    <message>
        <source>文档中没有表格 / no table in the document</source>
        <translation>no table in the document</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>当前报告</source>
        <translation>Current report</translation>
    </message>
    <message numerus="yes">
        <source>选中的报告（%n 份）</source>
        <translation>
            <numerusform>Selected reports (%n)</numerusform>
            <numerusform>Selected reports (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>筛选后的列表（%n 份）</source>
        <translation>
            <numerusform>Filtered list (%n)</numerusform>
            <numerusform>Filtered list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>整个工作区（%n 份）</source>
        <translation>
            <numerusform>Whole workspace (%n)</numerusform>
            <numerusform>Whole workspace (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>报告：</source>
        <translation>Reports:</translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV 明细表（.csv）</source>
        <translation>CSV long table (.csv)</translation>
    </message>
    <message>
        <source>JSON（.json）</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>表头语言：</source>
        <translation>Header language:</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请选择报告和文件。</source>
        <translation>Choose the reports and the file.</translation>
    </message>
    <message numerus="yes">
        <source>正在导出 %n 份报告…</source>
        <translation>
            <numerusform>Exporting %n report…</numerusform>
            <numerusform>Exporting %n reports…</numerusform>
        </translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>已取消，未写入任何文件。</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
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
        <translation>Find in the original</translation>
    </message>
    <message>
        <source>上一个 (Shift+Enter)</source>
        <translation>Previous (Shift+Enter)</translation>
    </message>
    <message>
        <source>下一个 (Enter)</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>无结果</source>
        <translation>No match</translation>
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
        <translation>Table 1</translation>
    </message>
    <message>
        <source>表二</source>
        <translation>Table 2</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>Table 3</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>info</translation>
    </message>
    <message>
        <source>? %1 · 无法核验</source>
        <translation>? %1 · unverifiable</translation>
    </message>
    <message>
        <source>✖ 错误</source>
        <translation>✖ error</translation>
    </message>
    <message>
        <source>▲ 警告</source>
        <translation>▲ warning</translation>
    </message>
    <message>
        <source>ℹ 提示</source>
        <translation>ℹ info</translation>
    </message>
    <message>
        <source>提取存疑：本行原文受损或行标签仅模糊匹配，数值须对照原文核对</source>
        <translation>Extraction in doubt: the row is damaged in the source or its label matched only fuzzily; check the values against the document</translation>
    </message>
    <message>
        <source>提取：原文中找不到此表</source>
        <translation>Extraction: the table is not in the document</translation>
    </message>
    <message>
        <source>提取：此表只找到一部分</source>
        <translation>Extraction: only part of the table was found</translation>
    </message>
    <message>
        <source>提取时的说明</source>
        <translation>Remark of the extraction</translation>
    </message>
    <message>
        <source>其他检查</source>
        <translation>Other check</translation>
    </message>
    <message>
        <source> — 对照原文：读数无误请按空格键“确认读数”，否则改正数值</source>
        <translation> — check the document: if the values were read right press Space (Accept as read), else correct them</translation>
    </message>
    <message>
        <source>规则 %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b01c1c'&gt;✖&lt;/span&gt; 错误&#x3000;&lt;span style='color:#b07000'&gt;▲&lt;/span&gt; 警告&#x3000;ℹ 提示&#x3000;&lt;span style='color:#204a8a'&gt;?&lt;/span&gt; 无法核验（斜线）&#x3000;&lt;span style='background:#f6c4c4'&gt;&amp;nbsp;深色&amp;nbsp;&lt;/span&gt; 建议改正或已修改的格&#x3000;&lt;span style='background:#fbe8e8'&gt;&amp;nbsp;浅色&amp;nbsp;&lt;/span&gt; 同一规则的其他格&#x3000;&lt;span style='color:#1f5fbf'&gt;◥&lt;/span&gt; 已修改（粗体）&#x3000;&lt;span style='color:#c07000'&gt;┅&lt;/span&gt; 存疑&#x3000;&lt;i&gt;斜体&lt;/i&gt; 推算&#x3000;▦ 缺失&#x3000;&lt;span style='color:#4a7a4a'&gt;✓&lt;/span&gt; 已处理</source>
        <translation>&lt;span style='color:#b01c1c'&gt;✖&lt;/span&gt; error &amp;nbsp;&lt;span style='color:#b07000'&gt;▲&lt;/span&gt; warning &amp;nbsp;ℹ info &amp;nbsp;&lt;span style='color:#204a8a'&gt;?&lt;/span&gt; unverifiable (hatched) &amp;nbsp;&lt;span style='background:#f6c4c4'&gt;&amp;nbsp;strong&amp;nbsp;&lt;/span&gt; suggested or edited cell &amp;nbsp;&lt;span style='background:#fbe8e8'&gt;&amp;nbsp;light&amp;nbsp;&lt;/span&gt; other cells of the rule &amp;nbsp;&lt;span style='color:#1f5fbf'&gt;◥&lt;/span&gt; edited (bold) &amp;nbsp;&lt;span style='color:#c07000'&gt;┅&lt;/span&gt; suspect &amp;nbsp;&lt;i&gt;italic&lt;/i&gt; inferred &amp;nbsp;▦ missing &amp;nbsp;&lt;span style='color:#4a7a4a'&gt;✓&lt;/span&gt; decided</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>表一</source>
        <translation>Table 1</translation>
    </message>
    <message>
        <source>表二</source>
        <translation>Table 2</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>Table 3</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>算式与数值</source>
        <translation>Formula and numbers</translation>
    </message>
    <message>
        <source>应为</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实为</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>建议值</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>确认为原文错误</source>
        <translation>Confirmed: error in the published report</translation>
    </message>
    <message>
        <source>已忽略</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>已更正</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>已处理、问题已不存在（%1）</source>
        <translation>Handled, no longer present (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
    <message>
        <source>%1，%2，%3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>修改 #%1</source>
        <translation>Edit #%1</translation>
    </message>
    <message>
        <source>%1，%2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>%1 · %2（%3）</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>规则 %1</source>
        <translation>rule %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>采用建议值</source>
        <translation>Apply suggestion</translation>
    </message>
    <message>
        <source>&lt;b&gt;问题&lt;/b&gt;</source>
        <translation>&lt;b&gt;Findings&lt;/b&gt;</translation>
    </message>
    <message>
        <source>把建议值作为一次可撤销的修改写入单元格 (Ctrl+Shift+A)</source>
        <translation>Write the suggested value into the cell as an undoable edit (Ctrl+Shift+A)</translation>
    </message>
    <message numerus="yes">
        <source>%n 项</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>没有问题</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>确认为原文错误</source>
        <translation>Confirm error in report</translation>
    </message>
    <message>
        <source>忽略…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>按处理决定筛选</source>
        <translation>Filter by decision</translation>
    </message>
    <message>
        <source>说明（忽略时必填）</source>
        <translation>Note (required to dismiss)</translation>
    </message>
    <message>
        <source>原报告本身有误：保留原值并在导出中报告 (Ctrl+Shift+C)</source>
        <translation>The published report itself is wrong: keep the original value and report it in the export (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>不是问题：须写明理由 (Ctrl+Shift+D)</source>
        <translation>Not a problem: a reason is required (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>撤回决定，问题重新待处理 (Ctrl+Shift+R)</source>
        <translation>Withdraw the decision; the finding is open again (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>%1 / %2 项</source>
        <translation>%1 / %2 items</translation>
    </message>
    <message>
        <source>只有工作区中的报告可以记录决定</source>
        <translation>Decisions can only be recorded for reports in a workspace</translation>
    </message>
    <message>
        <source>请先选择一个问题</source>
        <translation>Select a finding first</translation>
    </message>
    <message numerus="yes">
        <source>已记录：%1（%n 项）</source>
        <translation>
            <numerusform>Recorded: %1 (%n finding)</numerusform>
            <numerusform>Recorded: %1 (%n findings)</numerusform>
        </translation>
    </message>
    <message>
        <source>忽略问题</source>
        <translation>Dismiss Finding</translation>
    </message>
    <message>
        <source>为什么这不是问题？（必填）</source>
        <translation>Why is this not a problem? (required)</translation>
    </message>
    <message>
        <source>忽略问题必须写明理由</source>
        <translation>A reason is required to dismiss a finding</translation>
    </message>
    <message>
        <source>确认读数</source>
        <translation>Accept as read</translation>
    </message>
    <message>
        <source>原文就是这样印的：存疑的数值按读数确认，记入修改记录 (空格)</source>
        <translation>The document prints it so: accept the suspect values as read, logged in the history (Space)</translation>
    </message>
    <message>
        <source>? 错误 · 无法核验</source>
        <translation>? error · unverifiable</translation>
    </message>
    <message numerus="yes">
        <source>已确认读数：%n 个单元格</source>
        <translation>
            <numerusform>Accepted as read: %n cell</numerusform>
            <numerusform>Accepted as read: %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderImportDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>正在导入 %n 个文件…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>Import Reports</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>清空（空白）</source>
        <translation>Clear (blank)</translation>
    </message>
    <message>
        <source>设为占位符 /</source>
        <translation>Set placeholder /</translation>
    </message>
    <message>
        <source>确认读数</source>
        <translation>Accept as read</translation>
    </message>
    <message>
        <source>采用建议值</source>
        <translation>Apply suggestion</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>History…</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>用户指南(&amp;G)</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <source>键盘快捷键(&amp;K)…</source>
        <translation>&amp;Keyboard Shortcuts…</translation>
    </message>
    <message>
        <source>关于年报审核台(&amp;A)…</source>
        <translation>&amp;About Nianbao…</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>（缺失）</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>输入</source>
        <translation>Typed</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>采用建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>撤销修改</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>原值 → 新值</source>
        <translation>Old → New</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>表一</source>
        <translation>Table 1</translation>
    </message>
    <message>
        <source>表二</source>
        <translation>Table 2</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>Table 3</translation>
    </message>
    <message>
        <source>%1：原提取 %2，新提取 %3，保留人工值 %4</source>
        <translation>%1: was extracted as %2, now extracted as %3; the auditor's %4 is kept</translation>
    </message>
    <message>
        <source>机关分组键</source>
        <translation>Agency key</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>确认读数</source>
        <translation>accepted as read</translation>
    </message>
    <message>
        <source>规则 %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>决定（随修改 #%1）</source>
        <translation>decision (with edit #%1)</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>decision</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>撤销此修改</source>
        <translation>Revert this edit</translation>
    </message>
    <message>
        <source>筛选修改记录…</source>
        <translation>Filter history…</translation>
    </message>
    <message>
        <source>以一次新的、记入日志的修改恢复所选修改之前的值</source>
        <translation>Restore the value from before the selected edit, as a new logged edit</translation>
    </message>
    <message>
        <source>&lt;b&gt;修改记录&lt;/b&gt;（%1）</source>
        <translation>&lt;b&gt;History&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;修改记录&lt;/b&gt;（%1 / %2）</source>
        <translation>&lt;b&gt;History&lt;/b&gt; (%1 / %2)</translation>
    </message>
    <message>
        <source>没有打开的报告 / no report is open</source>
        <translation>no report is open</translation>
    </message>
    <message>
        <source>无法撤销修改 #%1 / cannot revert edit #%1</source>
        <translation>cannot revert edit #%1</translation>
    </message>
    <message>
        <source>撤销修改 #%1</source>
        <translation>Revert Edit #%1</translation>
    </message>
    <message>
        <source>备注（可不填）：</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>撤销此修改…</source>
        <translation>Revert this edit…</translation>
    </message>
    <message>
        <source>转到单元格</source>
        <translation>Go to cell</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message>
        <source>(未命名)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>%1: 文件为空 / file is empty</source>
        <translation>%1: file is empty</translation>
    </message>
    <message>
        <source>%1: 无法识别网页的文本编码 / unknown text encoding of the web page</source>
        <translation>%1: unknown text encoding of the web page</translation>
    </message>
    <message>
        <source>%1: 无法解析网页 / cannot parse the page</source>
        <translation>%1: cannot parse the page</translation>
    </message>
    <message>
        <source>%1: 网页中没有表格（年报的三张统计表缺失或为图片） / no table in the page (the report's tables are missing or images)</source>
        <translation>%1: no table in the page (the report's tables are missing or images)</translation>
    </message>
    <message numerus="yes">
        <source>按 %1 解码时有 %n 处无效字节，已替换为 U+FFFD / %n invalid byte sequence(s) for %1 replaced by U+FFFD</source>
        <translation>
            <numerusform>%n invalid byte sequence(s) for %1 replaced by U+FFFD</numerusform>
            <numerusform>%n invalid byte sequence(s) for %1 replaced by U+FFFD</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>(无文件名): 文件不存在 / file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>%1: 符号链接无法解析（循环或目标不存在） / symbolic link cannot be resolved (a loop or a missing target)</source>
        <translation>%1: symbolic link cannot be resolved (a loop or a missing target)</translation>
    </message>
    <message>
        <source>%1: 文件不存在 / file not found</source>
        <translation>%1: file not found</translation>
    </message>
    <message>
        <source>%1: 这是一个文件夹，不是文件 / is a directory, not a file</source>
        <translation>%1: is a directory, not a file</translation>
    </message>
    <message>
        <source>%1: 不是普通文件 / not a regular file</source>
        <translation>%1: not a regular file</translation>
    </message>
    <message>
        <source>%1: 文件过大（%2 MB，上限 200 MB） / file too large (%2 MB, limit 200 MB)</source>
        <translation>%1: file too large (%2 MB, limit 200 MB)</translation>
    </message>
    <message>
        <source>%1: 无法读取文件（%2） / cannot read file (%2)</source>
        <translation>%1: cannot read file (%2)</translation>
    </message>
    <message>
        <source>(未命名)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>%1: 旧版 Word (.doc) 文件无法读取，请另存为 .docx 或 PDF / old Word .doc files are not supported: save it as .docx or PDF</source>
        <translation>%1: old Word .doc files are not supported: save it as .docx or PDF</translation>
    </message>
    <message>
        <source>%1: 压缩文件中没有 Word 文档（word/document.xml） / a zip archive that is not a Word .docx document</source>
        <translation>%1: a zip archive that is not a Word .docx document</translation>
    </message>
    <message>
        <source>%1: 无法导入（%2） / cannot import (%2)</source>
        <translation>%1: cannot import (%2)</translation>
    </message>
    <message>
        <source>%1: 无法识别的文件格式 / unknown file format</source>
        <translation>%1: unknown file format</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>关闭报告(&amp;C)</source>
        <translation>&amp;Close Report</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>采用建议值(&amp;A)</source>
        <translation>&amp;Apply Suggestion</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>下一个问题</source>
        <translation>Next Finding</translation>
    </message>
    <message>
        <source>上一个问题</source>
        <translation>Previous Finding</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>实际大小</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>文件夹中没有报告文件：%1</source>
        <translation>No report files in the folder: %1</translation>
    </message>
    <message>
        <source>已取消：导入 %1 个，失败 %2 个</source>
        <translation>Cancelled: %1 imported, %2 failed</translation>
    </message>
    <message>
        <source>导入 %1 个，失败 %2 个</source>
        <translation>%1 imported, %2 failed</translation>
    </message>
    <message>
        <source>撤销 %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做 %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>年报审核台</source>
        <translation>Nianbao review desk</translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation>Open Reports</translation>
    </message>
    <message>
        <source>年度报告 (%1);;所有文件 (*)</source>
        <translation>Annual reports (%1);;All files (*)</translation>
    </message>
    <message>
        <source>用“文件 › 导入报告”或把报告拖到这里</source>
        <translation>Use File › Import Reports or drop reports here</translation>
    </message>
    <message>
        <source>导入报告(&amp;O)…</source>
        <translation>&amp;Import Reports…</translation>
    </message>
    <message>
        <source>导入文件夹(&amp;D)…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>审核(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>确认为原文错误</source>
        <translation>Confirm Error in Published Report</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>忽略（须填写说明）…</source>
        <translation>Dismiss (Reason Required)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>重新打开问题</source>
        <translation>Reopen Finding</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>问题列表</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>新建工作区(&amp;N)…</source>
        <translation>&amp;New Workspace…</translation>
    </message>
    <message>
        <source>打开工作区(&amp;W)…</source>
        <translation>Open &amp;Workspace…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>最近的工作区</source>
        <translation>Recent Workspaces</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>打开工作区</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <source>新建工作区</source>
        <translation>New Workspace</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>工作区为只读</source>
        <translation>The workspace is read-only</translation>
    </message>
    <message>
        <source>年报工作区 (*.nianbao);;所有文件 (*)</source>
        <translation>Nianbao workspaces (*.nianbao);;All files (*)</translation>
    </message>
    <message>
        <source>年报工作区 (*.nianbao)</source>
        <translation>Nianbao workspaces (*.nianbao)</translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>Import Reports</translation>
    </message>
    <message>
        <source>导入：新增 %1，更新 %2，未变 %3，失败 %4</source>
        <translation>Import: %1 added, %2 updated, %3 unchanged, %4 failed</translation>
    </message>
    <message>
        <source>%1（只读）</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>导入文件夹</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <source>重新导入的冲突</source>
        <translation>Re-import Conflicts</translation>
    </message>
    <message numerus="yes">
        <source>源文件已更改并重新提取。%n 处人工修改下的提取值变了：人工值已保留，请逐一核对。</source>
        <translation>
            <numerusform>The source file changed and was extracted again. The extracted value under %n edited cell changed: the auditor's value was kept; please check it.</numerusform>
            <numerusform>The source file changed and was extracted again. The extracted values under %n edited cells changed: the auditor's values were kept; please check each one.</numerusform>
        </translation>
    </message>
    <message>
        <source>报告信息(&amp;I)…</source>
        <translation>Report &amp;Info…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>只有工作区中的报告可以修改报告信息</source>
        <translation>Only reports in a workspace have editable report info</translation>
    </message>
    <message>
        <source>报告信息</source>
        <translation>Report Info</translation>
    </message>
    <message>
        <source>没有报告 %1</source>
        <translation>No report %1</translation>
    </message>
    <message>
        <source>记入每次修改和决定的审核人（编辑 › 审核人）</source>
        <translation>The reviewer recorded with every edit and decision (Edit › Reviewer)</translation>
    </message>
    <message>
        <source>审核人(&amp;W)…</source>
        <translation>Re&amp;viewer…</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>记入每次修改和决定的审核人（留空则用系统用户名 %1）：</source>
        <translation>Reviewer recorded with every edit and decision (empty: the system user name %1):</translation>
    </message>
    <message>
        <source>审核人：%1</source>
        <translation>Reviewer: %1</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>粘贴(&amp;P)</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>确认读数（存疑的数值按原文读数确认）</source>
        <translation>Accept as read (the suspect values as the document prints them)</translation>
    </message>
    <message>
        <source>界面语言：%1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>界面语言将在重新启动后生效</source>
        <translation>The language applies after a restart</translation>
    </message>
    <message>
        <source>&lt;b&gt;只读&lt;/b&gt;：%1 修改和决定都不会被保存。</source>
        <translation>&lt;b&gt;Read-only&lt;/b&gt;: %1 Edits and decisions are not saved.</translation>
    </message>
    <message>
        <source>%1 与工作区中的 %2 内容相同</source>
        <translation>%1 has the same bytes as %2 in the workspace</translation>
    </message>
    <message numerus="yes">
        <source>，%n 个已在工作区中（未添加副本）</source>
        <translation>
            <numerusform>, %n already in the workspace (no copy added)</numerusform>
            <numerusform>, %n already in the workspace (no copies added)</numerusform>
        </translation>
    </message>
    <message>
        <source>已在工作区中</source>
        <translation>Already in the workspace</translation>
    </message>
    <message numerus="yes">
        <source>%n 个文件与工作区中已有的报告字节完全相同，没有添加副本；已打开已有的报告。</source>
        <translation>
            <numerusform>%n file has the same bytes as a report already in the workspace: no copy was added, the report is shown.</numerusform>
            <numerusform>%n files have the same bytes as reports already in the workspace: no copies were added, the report is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
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
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>%1: PDF 文件已损坏，无法打开 / corrupt PDF, cannot open it</source>
        <translation>%1: corrupt PDF, cannot open it</translation>
    </message>
    <message>
        <source>%1: PDF 已加密（需要密码），无法读取 / encrypted PDF (password protected), cannot read it</source>
        <translation>%1: encrypted PDF (password protected), cannot read it</translation>
    </message>
    <message>
        <source>%1: PDF 没有页面 / the PDF has no pages</source>
        <translation>%1: the PDF has no pages</translation>
    </message>
    <message>
        <source>%1: 扫描版 PDF：没有文字层，无法读取（需要 OCR） / scanned PDF: no text layer (OCR needed)</source>
        <translation>%1: scanned PDF: no text layer (OCR needed)</translation>
    </message>
    <message>
        <source>%1: PDF 中的表格没有文字层（表格是图片，需要 OCR） / the PDF's tables have no text layer (they are images; OCR needed)</source>
        <translation>%1: the PDF's tables have no text layer (they are images; OCR needed)</translation>
    </message>
    <message>
        <source>只读取了前 %1 页的文字（共 %2 页） / text read from the first %1 of %2 pages</source>
        <translation>text read from the first %1 of %2 pages</translation>
    </message>
    <message numerus="yes">
        <source>已删除 %n 行页眉页脚 / removed %n running header/footer line(s)</source>
        <translation>
            <numerusform>removed %n running header/footer line(s)</numerusform>
            <numerusform>removed %n running header/footer line(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
</context>
<context>
    <name>ReportAudit</name>
    <message>
        <source>没有修改记录 #%1 / no edit #%1</source>
        <translation>No edit #%1</translation>
    </message>
    <message>
        <source>撤销修改 #%1 / revert of edit #%1</source>
        <extracomment>stored: an edit's note in the log (bilingual, shown by language in the desk)</extracomment>
        <translation>没有修改记录 #%1 / no edit #%1&lt;/source&gt;
        &lt;translation&gt;No edit #%1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;撤销修改 #%1 / revert of edit #%1</translation>
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
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>修改报告信息</source>
        <translation>Edit report details</translation>
    </message>
    <message>
        <source>未知单元格 %1 / unknown cell %1</source>
        <translation>unknown cell %1</translation>
    </message>
    <message>
        <source>同一单元格出现两次 / the same cell appears twice</source>
        <translation>the same cell appears twice</translation>
    </message>
    <message>
        <source>修改未能保存 / the edit could not be saved</source>
        <translation>the edit could not be saved</translation>
    </message>
    <message numerus="yes">
        <source>粘贴 %n 个单元格</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>此问题没有建议值 / this finding has no suggested value</source>
        <translation>this finding has no suggested value</translation>
    </message>
    <message>
        <source>所选单元格中没有存疑的读数 / no suspect value among the selected cells</source>
        <translation>no suspect value among the selected cells</translation>
    </message>
    <message numerus="yes">
        <source>确认读数 %n 个单元格</source>
        <translation>
            <numerusform>Accept %n cell as read</numerusform>
            <numerusform>Accept %n cells as read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportInfoDialog</name>
    <message>
        <source>报告信息</source>
        <translation>Report Info</translation>
    </message>
    <message>
        <source>提取值：%1</source>
        <translation>Extracted: %1</translation>
    </message>
    <message>
        <source>（未识别）</source>
        <translation>(not found)</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%1 版格式</source>
        <translation>%1 edition</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>修改理由（记入修改记录）</source>
        <translation>Reason for the change (logged in the history)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>同一机关各年度的报告按机关键归并（图表、跨年度核对）。留空则由机关名称得出；机关改名或简称不同时在此填写同一个键。</source>
        <translation>The agency key groups an agency’s years (charts, cross-year checks). Empty: derived from the agency name; give the same key when the agency was renamed or is printed under a short name.</translation>
    </message>
    <message>
        <source>机关键</source>
        <translation>Agency key</translation>
    </message>
    <message>
        <source>自动：%1</source>
        <translation>Automatic: %1</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>（未识别机关）</source>
        <translation>(agency not found)</translation>
    </message>
    <message>
        <source>待审</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>此报告不在工作区中</source>
        <translation>This report is not in the workspace</translation>
    </message>
    <message>
        <source>%1 于 %2 设定</source>
        <translation>Set by %1 on %2</translation>
    </message>
    <message>
        <source>审核中</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edits</translation>
    </message>
    <message>
        <source>格式</source>
        <comment>list header, short</comment>
        <translation>Ed.</translation>
    </message>
    <message>
        <source>错误</source>
        <comment>list header, short</comment>
        <translation>Err.</translation>
    </message>
    <message>
        <source>警告</source>
        <comment>list header, short</comment>
        <translation>Warn.</translation>
    </message>
    <message>
        <source>审核状态</source>
        <comment>list header, short</comment>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ReportListPanel</name>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>按审核状态筛选</source>
        <translation>Filter by review state</translation>
    </message>
    <message>
        <source>审核状态：</source>
        <translation>Review state:</translation>
    </message>
    <message>
        <source>设定所选报告的审核状态（记入修改记录）</source>
        <translation>Set the review state of the selected report (recorded in the history)</translation>
    </message>
    <message>
        <source>设为“%1”</source>
        <translation>Set to "%1"</translation>
    </message>
    <message>
        <source>筛选：机关（也可用拼音或首字母）、年度、文件…</source>
        <translation>Filter: agency (pinyin or initials too), year, file…</translation>
    </message>
    <message>
        <source>通过审核</source>
        <translation>Approve</translation>
    </message>
    <message numerus="yes">
        <source>“%1”还有 %n 个未处理的问题。仍要设为“已通过”吗？</source>
        <translation>
            <numerusform>"%1" still has %n open problem. Approve it anyway?</numerusform>
            <numerusform>"%1" still has %n open problems. Approve it anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>未通过：%1 还有未处理的问题</source>
        <translation>Not approved: %1 has open problems</translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>报告 %1 的原始文件不在工作区中 / the source of report %1 is missing</source>
        <translation>the source of report %1 is missing from the workspace</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>表一</source>
        <translation>Table 1</translation>
    </message>
    <message>
        <source>表二</source>
        <translation>Table 2</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>Table 3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2 年度&#x3000;%3 版格式&#x3000;&lt;span style='color:#666'&gt;%4（%5）&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#x3000;year %2&#x3000;%3 edition&#x3000;&lt;span style='color:#666'&gt;%4 (%5)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>（未识别机关）</source>
        <translation>(agency not found)</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b07000'&gt;⚠&lt;/span&gt; %n 处重新导入冲突 &lt;a href='#conflicts'&gt;查看&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;span style='color:#b07000'&gt;⚠&lt;/span&gt; %n re-import conflict &lt;a href='#conflicts'&gt;Show&lt;/a&gt;</numerusform>
            <numerusform>&lt;span style='color:#b07000'&gt;⚠&lt;/span&gt; %n re-import conflicts &lt;a href='#conflicts'&gt;Show&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>重新导入的冲突</source>
        <translation>Re-import Conflicts</translation>
    </message>
    <message>
        <source>源文件重新导入后，下列人工修改下的提取值变了。人工值已保留；核对后可标记为已核对。</source>
        <translation>The source was imported again and the extracted values under these edited cells changed. The auditor's values were kept; mark them as checked once you have looked at them.</translation>
    </message>
    <message>
        <source>标记为已核对…</source>
        <translation>Mark as Checked…</translation>
    </message>
    <message>
        <source>标记为已核对</source>
        <translation>Mark as Checked</translation>
    </message>
    <message>
        <source>说明（可选）：</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>此单元格没有建议值</source>
        <translation>No suggested value for this cell</translation>
    </message>
    <message>
        <source>此单元格有多个不同的建议值，请在问题列表中选择</source>
        <translation>Several suggested values for this cell: choose one in the findings</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>按名称或按键筛选</source>
        <translation>Filter by name or key</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>已读取</source>
        <translation>read</translation>
    </message>
    <message>
        <source>存疑</source>
        <translation>suspect</translation>
    </message>
    <message>
        <source>推算</source>
        <translation>inferred</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>占位符</source>
        <translation>placeholder</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>已修改</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>原文：%1</source>
        <translation>Source text: %1</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>原值：%1（%2）</source>
        <translation>Original value: %1 (%2)</translation>
    </message>
    <message>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>原文中无出处</source>
        <translation>no source in the document</translation>
    </message>
    <message>
        <source>粘贴被拒绝：%1</source>
        <translation>Paste refused: %1</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 %2：%3（%4）</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>… 共 %1 次</source>
        <translation>… %1 edits in total</translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>(无文件名): 文件不存在 / file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>%1: 符号链接无法解析（循环或目标不存在） / symbolic link cannot be resolved (a loop or a missing target)</source>
        <translation>%1: symbolic link cannot be resolved (a loop or a missing target)</translation>
    </message>
    <message>
        <source>%1: 文件不存在 / file not found</source>
        <translation>%1: file not found</translation>
    </message>
    <message>
        <source>%1: 这是一个文件夹，不是文件 / is a directory, not a file</source>
        <translation>%1: is a directory, not a file</translation>
    </message>
    <message>
        <source>%1: 不是普通文件 / not a regular file</source>
        <translation>%1: not a regular file</translation>
    </message>
    <message>
        <source>%1: 文件过大（%2 MB，上限 50 MB） / file too large (%2 MB, limit 50 MB)</source>
        <translation>%1: file too large (%2 MB, limit 50 MB)</translation>
    </message>
    <message>
        <source>%1: 无法读取文件（%2） / cannot read file (%2)</source>
        <translation>%1: cannot read file (%2)</translation>
    </message>
    <message>
        <source>(未命名)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>%1: 文件为空 / file is empty</source>
        <translation>%1: file is empty</translation>
    </message>
    <message>
        <source>%1: 不是文本文件（看起来是 %2 文件） / not a text file (looks like %2)</source>
        <translation>%1: not a text file (looks like %2)</translation>
    </message>
    <message>
        <source>%1: 不是文本文件（含二进制数据） / not a text file (binary data)</source>
        <translation>%1: not a text file (binary data)</translation>
    </message>
    <message>
        <source>%1: 无法识别文本编码（支持 UTF-8、UTF-16、GB18030） / unknown text encoding (UTF-8, UTF-16 and GB18030 are supported)</source>
        <translation>%1: unknown text encoding (UTF-8, UTF-16 and GB18030 are supported)</translation>
    </message>
    <message>
        <source>%1: 文件为空（只有空白字符） / file is empty (whitespace only)</source>
        <translation>%1: file is empty (whitespace only)</translation>
    </message>
    <message>
        <source>%1: 文件没有正文（只有转换残留） / file has no text (converter artefacts only)</source>
        <translation>%1: file has no text (converter artefacts only)</translation>
    </message>
    <message numerus="yes">
        <source>按 %1 解码时有 %n 处无效字节，已替换为 U+FFFD / %n invalid byte sequence(s) for %1 replaced by U+FFFD</source>
        <translation>
            <numerusform>%n invalid byte sequence(s) for %1 replaced by U+FFFD</numerusform>
            <numerusform>%n invalid byte sequence(s) for %1 replaced by U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>文本含 %n 个无法识别的字符（U+FFFD） / %n unreadable character(s) (U+FFFD) in the text</source>
        <translation>
            <numerusform>%n unreadable character(s) (U+FFFD) in the text</numerusform>
            <numerusform>%n unreadable character(s) (U+FFFD) in the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已删除报告前的 %n 行网页导航 / removed %n line(s) of web navigation before the report</source>
        <translation>
            <numerusform>removed %n line(s) of web navigation before the report</numerusform>
            <numerusform>removed %n line(s) of web navigation before the report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>zh_CN</source>
        <extracomment>The language code of this translation: "en" in the English one.</extracomment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>zh</source>
        <comment>the user guide's language: translate as the code of this translation (en)</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>用户指南</source>
        <translation>User Guide</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>工作区已存在，不会覆盖 / already exists: not overwritten</source>
        <translation>already exists: not overwritten</translation>
    </message>
    <message>
        <source>无法创建工作区 / cannot create workspace: %1</source>
        <translation>cannot create workspace: %1</translation>
    </message>
    <message>
        <source>文件夹不存在 / folder not found</source>
        <translation>folder not found</translation>
    </message>
    <message>
        <source>无法创建工作区 / cannot create workspace</source>
        <translation>cannot create workspace</translation>
    </message>
    <message>
        <source>无法打开工作区 / cannot open workspace: %1</source>
        <translation>cannot open workspace: %1</translation>
    </message>
    <message>
        <source>以只读方式打开 / opened read-only</source>
        <translation>opened read-only</translation>
    </message>
    <message>
        <source>工作区文件不可写，现以只读方式打开 / the workspace file is not writable: opened read-only</source>
        <translation>the workspace file is not writable: opened read-only</translation>
    </message>
    <message>
        <source>工作区所在文件夹不可写，现以只读方式打开 / the workspace's folder is not writable: opened read-only</source>
        <translation>the workspace's folder is not writable: opened read-only</translation>
    </message>
    <message>
        <source>无法在工作区旁创建锁文件（磁盘已满或无权限），现以只读方式打开 / cannot create the lock file beside the workspace (disk full or no permission): opened read-only</source>
        <translation>cannot create the lock file beside the workspace (disk full or no permission): opened read-only</translation>
    </message>
    <message>
        <source>工作区已在别处打开（%1 上的进程 %2），现以只读方式打开 / The workspace is open elsewhere (process %2 on %1): opened read-only</source>
        <translation>The workspace is open elsewhere (process %2 on %1): opened read-only</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>工作区格式较旧，需以读写方式打开一次以升级 / old workspace format: open it read-write once to upgrade it</source>
        <translation>old workspace format: open it read-write once to upgrade it</translation>
    </message>
    <message>
        <source>；-wal 文件中尚未写入的修改不显示 / changes still in the -wal file are not shown</source>
        <translation>changes still in the -wal file are not shown</translation>
    </message>
    <message>
        <source>工作区文件已损坏，现以只读方式打开；请用 nianbao-cli workspace recover 复制可读部分 / the workspace file is damaged: opened read-only; copy what is readable with nianbao-cli workspace recover</source>
        <translation>the workspace file is damaged: opened read-only; copy what is readable with nianbao-cli workspace recover</translation>
    </message>
    <message>
        <source>工作区未打开 / no workspace is open</source>
        <translation>no workspace is open</translation>
    </message>
    <message>
        <source>工作区为只读，不能修改 / the workspace is read-only: change refused (%1)</source>
        <translation>the workspace is read-only: change refused (%1)</translation>
    </message>
    <message>
        <source>报告 %1 的 %2 已是 %3，未记录修改 / %2 of report %1 is already %3: nothing recorded</source>
        <translation>%2 of report %1 is already %3: nothing recorded</translation>
    </message>
    <message>
        <source>%1过长：%2 字，最多 %3 / %1 too long: %2 characters, at most %3</source>
        <translation>%1 too long: %2 characters, at most %3</translation>
    </message>
    <message>
        <source>报告 %1 没有单元格 %2 / report %1 has no cell %2</source>
        <translation>report %1 has no cell %2</translation>
    </message>
    <message>
        <source>说明 / note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>机关名称 / agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>年份无效：%1 / invalid year</source>
        <translation>invalid year: %1</translation>
    </message>
    <message>
        <source>版本无效：%1（应为 2019 或 2021）/ invalid edition</source>
        <translation>invalid edition: %1 (2019 or 2021)</translation>
    </message>
    <message>
        <source>没有报告 %1 / no report %1</source>
        <translation>no report %1</translation>
    </message>
    <message>
        <source>没有修改记录 %1 / no edit %1</source>
        <translation>no edit %1</translation>
    </message>
    <message>
        <source>撤销修改 #%1 / revert of edit #%1</source>
        <extracomment>stored: an edit's note in the log (bilingual, shown by language in the desk)</extracomment>
        <translation>撤销修改 #%1 / revert of edit #%1</translation>
    </message>
    <message>
        <source>忽略发现必须填写说明 / dismissing a finding needs a note</source>
        <translation>dismissing a finding needs a note</translation>
    </message>
    <message>
        <source>缺少发现编号 / no finding id</source>
        <translation>no finding id</translation>
    </message>
    <message>
        <source>报告 %1 没有修改记录 %2 / report %1 has no edit %2</source>
        <translation>report %1 has no edit %2</translation>
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
        <translation>--user is too long (at most %1 characters)</translation>
    </message>
    <message>
        <source>%1: 工作区中没有报告 %2（或名称不唯一，请用编号）/ no report %2 in the workspace (or the name is ambiguous: use its id)</source>
        <translation>%1: no report %2 in the workspace (or the name is ambiguous: use its id)</translation>
    </message>
    <message>
        <source>无效的审核状态 %1（pending|in_review|approved|returned）/ invalid state</source>
        <translation>invalid state %1 (pending|in_review|approved|returned)</translation>
    </message>
    <message>
        <source>%1: 报告 %2 没有单元格 %3 / no cell %3 in this report's edition</source>
        <translation>%1: report %2 has no cell %3 in its edition</translation>
    </message>
    <message>
        <source>%1: 值为空；清空单元格请写 null / empty value: write null to clear the cell</source>
        <translation>%1: empty value: write null to clear the cell</translation>
    </message>
    <message>
        <source>%1: 报告 %2 的 %3 已是 %4，未记录修改 / %3 of report %2 is already %4: nothing recorded</source>
        <translation>%1: %3 of report %2 is already %4: nothing recorded</translation>
    </message>
    <message>
        <source>decision must be confirm, dismiss, fix or reopen</source>
        <translation>decision must be confirm, dismiss, fix or reopen</translation>
    </message>
    <message>
        <source>%1: 报告 %2 没有发现 %3 / report %2 has no finding %3</source>
        <translation>%1: report %2 has no finding %3</translation>
    </message>
    <message>
        <source>工作区文件已损坏，请用 nianbao-cli workspace recover 复制可读部分 / the workspace file is damaged: copy what is readable with nianbao-cli workspace recover</source>
        <translation>the workspace file is damaged: copy what is readable with nianbao-cli workspace recover</translation>
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
        <translation>disk full</translation>
    </message>
    <message>
        <source>文件已损坏 / file damaged</source>
        <translation>file damaged</translation>
    </message>
    <message>
        <source>文件被另一程序锁定 / file locked by another program</source>
        <translation>file locked by another program</translation>
    </message>
    <message>
        <source>文件或文件夹只读 / file or folder is read-only</source>
        <translation>file or folder is read-only</translation>
    </message>
    <message>
        <source>没有权限 / permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>读写错误 / input/output error</source>
        <translation>input/output error</translation>
    </message>
    <message>
        <source>无法打开文件 / cannot open the file</source>
        <translation>cannot open the file</translation>
    </message>
    <message>
        <source>引用的记录不存在或数据不一致 / a referenced record does not exist</source>
        <translation>a referenced record does not exist</translation>
    </message>
    <message>
        <source>数据库错误 / database error</source>
        <translation>database error</translation>
    </message>
</context>
<context>
    <name>WorkspaceImporter</name>
    <message>
        <source>无法导入 / cannot import</source>
        <translation>cannot import</translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <source>无法打开工作区 / cannot open workspace: %1</source>
        <translation>cannot open workspace: %1</translation>
    </message>
    <message>
        <source>符号链接无法解析（循环或目标不存在）/ symbolic link cannot be resolved (a loop or a missing target)</source>
        <translation>symbolic link cannot be resolved (a loop or a missing target)</translation>
    </message>
    <message>
        <source>文件不存在 / file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>这是文件夹 / this is a folder</source>
        <translation>this is a folder</translation>
    </message>
    <message>
        <source>无法读取 / cannot read (%1)</source>
        <translation>cannot read (%1)</translation>
    </message>
    <message>
        <source>没有读取权限 / permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>不是年报工作区（不是 SQLite 数据库）/ not a Nianbao workspace (not an SQLite database)</source>
        <translation>not a Nianbao workspace (not an SQLite database)</translation>
    </message>
    <message>
        <source>文件头已损坏 / corrupt header</source>
        <translation>corrupt header</translation>
    </message>
    <message>
        <source>文件被截断或已损坏 / file truncated or corrupt</source>
        <translation>file truncated or corrupt</translation>
    </message>
    <message>
        <source>不是年报工作区（其他程序的 SQLite 数据库）/ not a Nianbao workspace (an SQLite database of another program)</source>
        <translation>not a Nianbao workspace (an SQLite database of another program)</translation>
    </message>
    <message>
        <source>工作区由较新版本的年报创建（格式 %1，本程序支持至 %2），请升级 / created by a newer Nianbao (schema %1, this build reads up to %2): please upgrade</source>
        <translation>created by a newer Nianbao (schema %1, this build reads up to %2): please upgrade</translation>
    </message>
    <message>
        <source>工作区未创建完成 / incomplete workspace (no schema version)</source>
        <translation>incomplete workspace (no schema version)</translation>
    </message>
    <message>
        <source>无法升级工作区格式 %1 → %2 / cannot upgrade the workspace format %1 → %2: </source>
        <translation>cannot upgrade the workspace format %1 → %2:</translation>
    </message>
    <message>
        <source>表 %1 的结构与格式 %2 不符 / table %1 does not match schema %2</source>
        <translation>table %1 does not match schema %2</translation>
    </message>
</context>
</TS>
