<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
    <name>DocumentPane</name>
    <message>
        <source>此单元格在原文中无出处（%1）：%2</source>
        <translation>This cell has no source in the document (%1): %2</translation>
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
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
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
</context>
<context>
    <name>FolderImportDialog</name>
    <message>
        <source>打开文件夹</source>
        <translation>Open Folder</translation>
    </message>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>用“文件 › 打开”或把报告拖到这里</source>
        <translation>Use File › Open or drop reports here</translation>
    </message>
    <message>
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>打开文件夹(&amp;D)…</source>
        <translation>Open &amp;Folder…</translation>
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
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
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
        <source>年度报告 (*.txt);;所有文件 (*)</source>
        <translation>Annual reports (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>关闭报告</source>
        <translation>Close Report</translation>
    </message>
    <message>
        <source>“%1”有未保存的修改。放弃这些修改并关闭？</source>
        <translation>"%1" has unsaved edits. Discard them and close?</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <source>%n 份报告有未保存的修改（工作区尚未启用，修改只在内存中）。放弃修改并退出？</source>
        <translation>
            <numerusform>%n report has unsaved edits (edits live in memory only). Discard them and quit?</numerusform>
            <numerusform>%n reports have unsaved edits (edits live in memory only). Discard them and quit?</numerusform>
        </translation>
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
</context>
<context>
    <name>ReportListPanel</name>
    <message>
        <source>筛选：机关、年度、文件…</source>
        <translation>Filter: agency, year, file…</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>&lt;span style='color:#b01c1c'&gt;✖&lt;/span&gt; 错误　&lt;span style='color:#b07000'&gt;▲&lt;/span&gt; 警告　&lt;span style='color:#204a8a'&gt;?&lt;/span&gt; 无法核验（斜线）　&lt;span style='color:#1f5fbf'&gt;◥&lt;/span&gt; 已修改（粗体）　&lt;span style='color:#c07000'&gt;┅&lt;/span&gt; 存疑　&lt;i&gt;斜体&lt;/i&gt; 推算　▦ 缺失</source>
        <translation>&lt;span style='color:#b01c1c'&gt;✖&lt;/span&gt; error　&lt;span style='color:#b07000'&gt;▲&lt;/span&gt; warning　&lt;span style='color:#204a8a'&gt;?&lt;/span&gt; unverifiable (hatched)　&lt;span style='color:#1f5fbf'&gt;◥&lt;/span&gt; edited (bold)　&lt;span style='color:#c07000'&gt;┅&lt;/span&gt; suspect　&lt;i&gt;italic&lt;/i&gt; inferred　▦ missing</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt;　%2 年度　%3 版格式　&lt;span style='color:#666'&gt;%4（%5）&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;　year %2　%3 edition　&lt;span style='color:#666'&gt;%4 (%5)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>（未识别机关）</source>
        <translation>(agency not found)</translation>
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
</context>
</TS>