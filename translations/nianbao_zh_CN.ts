<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于年报审核台</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年报审核台 Nianbao</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>版本 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>审核、更正并校验政府信息公开工作年度报告：原文与三张统计表并排，每个不一致的单元格即时标出，每次修改和决定都记入工作区。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>许可证：GPL-3.0-or-later（GNU 通用公共许可证第 3 版或任何更新版本）。本程序为自由软件，不提供任何担保。许可证全文和第三方组件见其他两页。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>依据的格式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>运行环境</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>关于</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>许可证</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>第三方组件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>关于 Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 版：%2，%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt %1（编译时 %2）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ICU %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>“%1”不是数字 / “%1” is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>件数须为整数：“%1” / a count must be a whole number: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>件数不能为负数：“%1” / a count cannot be negative: “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>此单元格在原文中无出处（%1）：%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>在原文中查找</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>上一个 (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>下一个 (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无结果</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>表一</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>表二</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>表三</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>? 无法核验</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ 错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▲ 警告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>算式与数值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应为</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>实为</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>建议值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>待处理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>确认为原文错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已忽略</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已更正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已处理、问题已不存在（%1）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1，%2，%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>修改 #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1，%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>处理</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>采用建议值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;问题&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>把建议值作为一次可撤销的修改写入单元格 (Ctrl+Shift+A)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n 项</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>没有问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>确认为原文错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>忽略…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重新打开</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>按处理决定筛选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>说明（忽略时必填）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>原报告本身有误：保留原值并在导出中报告 (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>不是问题：须写明理由 (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤回决定，问题重新待处理 (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>只有工作区中的报告可以记录决定</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>请先选择一个问题</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>已记录：%1（%n 项）</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>忽略问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>为什么这不是问题？（必填）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>忽略问题必须写明理由</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderImportDialog</name>
    <message>
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>正在导入 %n 个文件…</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>用户指南(&amp;G)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>键盘快捷键(&amp;K)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>关于年报审核台(&amp;A)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>关于 Qt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>机关</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>格式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>审核状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（空）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（缺失）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>输入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>粘贴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>采用建议</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤销修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤销</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重做</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>命令行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>用户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>单元格</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>原值 → 新值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>表一</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>表二</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>表三</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1：原提取 %2，新提取 %3，保留人工值 %4</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>机关分组键</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>撤销此修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>筛选修改记录…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>以一次新的、记入日志的修改恢复所选修改之前的值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;修改记录&lt;/b&gt;（%1）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;修改记录&lt;/b&gt;（%1 / %2）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>没有打开的报告 / no report is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法撤销修改 #%1 / cannot revert edit #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤销修改 #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>备注（可不填）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤销此修改…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>转到单元格</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>就绪</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>关闭报告(&amp;C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>采用建议值(&amp;A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>下一个问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>上一个问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>实际大小</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>界面语言将在重新启动后生效 / the language applies after a restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>文件夹中没有报告文件：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已取消：导入 %1 个，失败 %2 个</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导入 %1 个，失败 %2 个</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤销 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤销</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重做 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重做</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年报审核台</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>打开报告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年度报告 (%1);;所有文件 (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>用“文件 › 导入报告”或把报告拖到这里</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导入报告(&amp;O)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导入文件夹(&amp;D)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>审核(&amp;R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>确认为原文错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>忽略（须填写说明）…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重新打开问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>问题列表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>修改记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>新建工作区(&amp;N)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>打开工作区(&amp;W)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>最近的工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>打开工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>新建工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>只读</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>工作区为只读</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年报工作区 (*.nianbao);;所有文件 (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年报工作区 (*.nianbao)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导入报告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导入：新增 %1，更新 %2，未变 %3，失败 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1（只读）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导入文件夹</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重新导入的冲突</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>源文件已更改并重新提取。%n 处人工修改下的提取值变了：人工值已保留，请逐一核对。</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>报告信息(&amp;I)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>只有工作区中的报告可以修改报告信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>报告信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>没有报告 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>记入每次修改和决定的审核人（编辑 › 审核人）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>审核人(&amp;W)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>审核人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>记入每次修改和决定的审核人（留空则用系统用户名 %1）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>审核人：%1</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>年度报告 (*.txt);;所有文件 (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>上一页</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>下一页</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportAudit</name>
    <message>
        <source>没有修改记录 #%1 / no edit #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤销修改 #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>由修改 #%1 更正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>修改 #%1 后问题重新出现</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>修改 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>修改报告信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未知单元格 %1 / unknown cell %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>同一单元格出现两次 / the same cell appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>修改未能保存 / the edit could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>粘贴 %n 个单元格</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>此问题没有建议值 / this finding has no suggested value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportInfoDialog</name>
    <message>
        <source>报告信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>提取值：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（未识别）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>机关</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（未知）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 版格式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>格式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>修改理由（记入修改记录）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>导入失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（未识别机关）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>待审</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>机关</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>格式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>警告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>审核状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>此报告不在工作区中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 于 %2 设定</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>审核中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已通过</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>退回</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportListPanel</name>
    <message>
        <source>筛选：机关、年度、文件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>按审核状态筛选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>审核状态：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>设定所选报告的审核状态（记入修改记录）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>设为“%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>报告 %1 的原始文件不在工作区中 / the source of report %1 is missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>表一</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>表二</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>表三</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　%2 年度　%3 版格式　&lt;span style='color:#666'&gt;%4（%5）&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（未识别机关）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>修改记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:#b01c1c'&gt;✖&lt;/span&gt; 错误　&lt;span style='color:#b07000'&gt;▲&lt;/span&gt; 警告　&lt;span style='color:#204a8a'&gt;?&lt;/span&gt; 无法核验（斜线）　&lt;span style='color:#1f5fbf'&gt;◥&lt;/span&gt; 已修改（粗体）　&lt;span style='color:#c07000'&gt;┅&lt;/span&gt; 存疑　&lt;i&gt;斜体&lt;/i&gt; 推算　▦ 缺失　&lt;span style='color:#4a7a4a'&gt;✓&lt;/span&gt; 已处理</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b07000'&gt;⚠&lt;/span&gt; %n 处重新导入冲突 &lt;a href='#conflicts'&gt;查看&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>重新导入的冲突</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>源文件重新导入后，下列人工修改下的提取值变了。人工值已保留；核对后可标记为已核对。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>标记为已核对…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>标记为已核对</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>说明（可选）：</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>其他</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>按名称或按键筛选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>快捷键</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>已读取</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>存疑</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>推算</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>空白</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>占位符</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>缺失</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无法核验</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>警告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>状态：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>原文：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>原值：%1（%2）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>备注：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>原文中无出处</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>粘贴被拒绝：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>修改记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2：%3（%4）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… 共 %1 次</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>zh</source>
        <comment>the user guide's language: translate as the code of this translation (en)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>用户指南</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>浏览…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>当前报告</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>选中的报告（%n 份）</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>筛选后的列表（%n 份）</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>整个工作区（%n 份）</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>报告：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV 明细表（.csv）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON（.json）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>格式：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>表头语言：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>文件：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>打开文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>导出到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>请选择报告和文件。</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>正在导出 %n 份报告…</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已取消，未写入任何文件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>正在取消…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
