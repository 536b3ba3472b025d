<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CellInput</name>
    <message>
        <source>“%1”不是数字 / “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>件数须为整数：“%1” / a count must be a whole number: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>件数不能为负数：“%1” / a count cannot be negative: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>此单元格在原文中无出处（%1）：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>表一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? 无法核验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ 错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ 警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>算式与数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议值</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>采用建议值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;问题&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把建议值作为一次可撤销的修改写入单元格 (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 项</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>没有问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderImportDialog</name>
    <message>
        <source>打开文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>正在导入 %n 个文件…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>用“文件 › 打开”或把报告拖到这里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就绪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开文件夹(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭报告(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用建议值(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一个问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一个问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言将在重新启动后生效 / the language applies after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹中没有报告文件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消：导入 %1 个，失败 %2 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入 %1 个，失败 %2 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年报审核台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度报告 (*.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”有未保存的修改。放弃这些修改并关闭？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 份报告有未保存的修改（工作区尚未启用，修改只在内存中）。放弃修改并退出？</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>修改 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改报告信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知单元格 %1 / unknown cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一单元格出现两次 / the same cell appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改未能保存 / the edit could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>粘贴 %n 个单元格</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>此问题没有建议值 / this finding has no suggested value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>导入失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未识别机关）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListPanel</name>
    <message>
        <source>筛选：机关、年度、文件…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>&lt;span style=&apos;color:#b01c1c&apos;&gt;✖&lt;/span&gt; 错误&#x3000;&lt;span style=&apos;color:#b07000&apos;&gt;▲&lt;/span&gt; 警告&#x3000;&lt;span style=&apos;color:#204a8a&apos;&gt;?&lt;/span&gt; 无法核验（斜线）&#x3000;&lt;span style=&apos;color:#1f5fbf&apos;&gt;◥&lt;/span&gt; 已修改（粗体）&#x3000;&lt;span style=&apos;color:#c07000&apos;&gt;┅&lt;/span&gt; 存疑&#x3000;&lt;i&gt;斜体&lt;/i&gt; 推算&#x3000;▦ 缺失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2 年度&#x3000;%3 版格式&#x3000;&lt;span style=&apos;color:#666&apos;&gt;%4（%5）&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未识别机关）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>已读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存疑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>占位符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法核验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原文：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原值：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原文中无出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>粘贴被拒绝：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
