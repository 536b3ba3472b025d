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
            <numerusform>%n agency</numerusform>
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
    <name>DocumentPane</name>
    <message>
        <source>此单元格在原文中无出处（%1）：%2</source>
        <translation>This cell has no source in the document (%1): %2</translation>
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
        <source>? 无法核验</source>
        <translation>? unverifiable</translation>
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
        <translation>No report is open</translation>
    </message>
    <message>
        <source>无法撤销修改 #%1 / cannot revert edit #%1</source>
        <translation>Cannot revert edit #%1</translation>
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
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>界面语言将在重新启动后生效 / the language applies after a restart</source>
        <translation>The language applies after a restart</translation>
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
        <source>年度报告 (*.txt);;所有文件 (*)</source>
        <translation>Annual reports (*.txt);;All files (*)</translation>
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
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
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
        <source>撤销修改 #%1</source>
        <translation>Reverts edit #%1</translation>
    </message>
    <message>
        <source>由修改 #%1 更正</source>
        <translation>Fixed by edit #%1</translation>
    </message>
    <message>
        <source>修改 #%1 后问题重新出现</source>
        <translation>Reappeared after edit #%1</translation>
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
</context>
<context>
    <name>ReportListPanel</name>
    <message>
        <source>筛选：机关、年度、文件…</source>
        <translation>Filter: agency, year, file…</translation>
    </message>
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
        <source>&lt;b&gt;%1&lt;/b&gt;　%2 年度　%3 版格式　&lt;span style='color:#666'&gt;%4（%5）&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;　year %2　%3 edition　&lt;span style='color:#666'&gt;%4 (%5)&lt;/span&gt;</translation>
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
    <message>
        <source>&lt;span style='color:#b01c1c'&gt;✖&lt;/span&gt; 错误　&lt;span style='color:#b07000'&gt;▲&lt;/span&gt; 警告　&lt;span style='color:#204a8a'&gt;?&lt;/span&gt; 无法核验（斜线）　&lt;span style='color:#1f5fbf'&gt;◥&lt;/span&gt; 已修改（粗体）　&lt;span style='color:#c07000'&gt;┅&lt;/span&gt; 存疑　&lt;i&gt;斜体&lt;/i&gt; 推算　▦ 缺失　&lt;span style='color:#4a7a4a'&gt;✓&lt;/span&gt; 已处理</source>
        <translation>&lt;span style='color:#b01c1c'&gt;✖&lt;/span&gt; error　&lt;span style='color:#b07000'&gt;▲&lt;/span&gt; warning　&lt;span style='color:#204a8a'&gt;?&lt;/span&gt; unverifiable (hatched)　&lt;span style='color:#1f5fbf'&gt;◥&lt;/span&gt; edited (bold)　&lt;span style='color:#c07000'&gt;┅&lt;/span&gt; suspect　&lt;i&gt;italic&lt;/i&gt; inferred　▦ missing　&lt;span style='color:#4a7a4a'&gt;✓&lt;/span&gt; decided</translation>
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
        <source>无法核验</source>
        <translation>unverifiable</translation>
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
</TS>
