<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../gui/review_workspace.py" line="106"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="98"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="134"/>
        <source>政策解读第 {n} 版（{chars} 字）</source>
        <translation>Interpretation version {n} ({chars} characters)</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="147"/>
        <source>已签名</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="147"/>
        <source>未签名</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="153"/>
        <source>层级：{v}</source>
        <translation>Level: {v}</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="154"/>
        <source>结论：{v}</source>
        <translation>Decision: {v}</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="155"/>
        <source>审核人：{v}（{role}）</source>
        <translation>Reviewer: {v} ({role})</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="156"/>
        <source>意见：{v}</source>
        <translation>Comment: {v}</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="156"/>
        <location filename="../../gui/history_view.py" line="158"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="157"/>
        <source>签名：{v}</source>
        <translation>Signature: {v}</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="158"/>
        <source>审核的发布包内容（SHA-256）：{v}</source>
        <translation>Reviewed bundle content (SHA-256): {v}</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="159"/>
        <source>条目内容（SHA-256）：{v}</source>
        <translation>Item content (SHA-256): {v}</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="247"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="265"/>
        <location filename="../../gui/history_view.py" line="372"/>
        <source>复制所选行</source>
        <translation>Copy selected rows</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="271"/>
        <source>选中一行，在这里查看全文</source>
        <translation>Select a row to read it in full here</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="277"/>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="331"/>
        <source>共 {n} 条</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="333"/>
        <source>{shown} / {n} 条</source>
        <translation>{shown} of {n}</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="373"/>
        <source>复制全部</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <location filename="../../gui/passphrase.py" line="18"/>
        <source>为 %1 的新签名密钥设置口令（至少 8 个字符）：</source>
        <translation>Set a passphrase for the new signing key of %1 (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../../gui/passphrase.py" line="18"/>
        <source>%1 的签名密钥口令：</source>
        <translation>Passphrase of the signing key of %1:</translation>
    </message>
    <message>
        <location filename="../../gui/passphrase.py" line="21"/>
        <location filename="../../gui/passphrase.py" line="28"/>
        <location filename="../../gui/passphrase.py" line="31"/>
        <location filename="../../gui/passphrase.py" line="37"/>
        <source>签名密钥口令</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <location filename="../../gui/passphrase.py" line="28"/>
        <source>口令至少需要 8 个字符。</source>
        <translation>The passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../gui/passphrase.py" line="31"/>
        <source>再输入一次口令：</source>
        <translation>Enter the passphrase again:</translation>
    </message>
    <message>
        <location filename="../../gui/passphrase.py" line="37"/>
        <source>两次输入的口令不一致，请重新输入。</source>
        <translation>The two passphrases differ; please enter them again.</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="103"/>
        <source>政策文件页</source>
        <translation>Policy page</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="104"/>
        <source>解读页</source>
        <translation>Interpretation page</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="105"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="106"/>
        <source>在浏览器中打开</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="107"/>
        <source>用系统浏览器打开当前页面（与网站上显示的一样）</source>
        <translation>Open this page in the system browser (as the website will show it)</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="178"/>
        <location filename="../../gui/review_form.py" line="171"/>
        <location filename="../../gui/review_form.py" line="281"/>
        <source>未选择条目</source>
        <translation>No item selected</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="190"/>
        <location filename="../../gui/preview_pane.py" line="299"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="200"/>
        <source>正在生成预览…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="232"/>
        <source>预览未能生成：{reason}</source>
        <translation>The preview could not be rendered: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="235"/>
        <source>预览未能生成</source>
        <translation>The preview could not be rendered</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="262"/>
        <source>网站效果预览（{seconds:.1f} 秒）</source>
        <translation>Website preview ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="297"/>
        <source>政务公开发布前检查报告</source>
        <translation>Pre-publication check report</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="297"/>
        <source>资料库条目 {sid}</source>
        <translation>Library item {sid}</translation>
    </message>
    <message>
        <location filename="../../gui/preview_pane.py" line="324"/>
        <source>检查未能完成</source>
        <translation>The check could not be completed</translation>
    </message>
    <message>
        <location filename="../../gui/review_dialogs.py" line="23"/>
        <source>打开送审包</source>
        <translation>Open review package</translation>
    </message>
    <message>
        <location filename="../../gui/review_dialogs.py" line="23"/>
        <source>送审包 (*.zip);;所有文件 (*)</source>
        <translation>Review packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="53"/>
        <source>打开检查报告</source>
        <translation>Open check report</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="54"/>
        <source>在浏览器中打开可打印的检查报告</source>
        <translation>Open the printable check report in the browser</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="57"/>
        <source>检查发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="57"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="90"/>
        <source>✓ 没有发现问题</source>
        <translation>✓ No problems found</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="94"/>
        <source>检查：{block} 项阻断（警告 {warn}，提示 {info}）</source>
        <translation>Check: {block} blocking ({warn} warnings, {info} notes)</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="96"/>
        <source>检查：没有阻断问题（警告 {warn}，提示 {info}）</source>
        <translation>Check: nothing blocking ({warn} warnings, {info} notes)</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="98"/>
        <source>检查：没有发现问题</source>
        <translation>Check: no problems found</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="114"/>
        <source>（已由 {who} 接受：{reason}）</source>
        <translation>(accepted by {who}: {reason})</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="119"/>
        <source>依据：{c}</source>
        <translation>Basis: {c}</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="121"/>
        <source>修改：{fix}</source>
        <translation>Fix: {fix}</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="143"/>
        <source>复制问题</source>
        <translation>Copy problem</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="144"/>
        <source>接受此项（写明理由）…</source>
        <translation>Accept this finding (give a reason)…</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="158"/>
        <source>接受检查结果</source>
        <translation>Accept a finding</translation>
    </message>
    <message>
        <location filename="../../gui/review_findings.py" line="159"/>
        <source>接受后此项不再阻断审核通过，并记入审计日志。
{message}

接受的理由：</source>
        <translation>Once accepted, this finding no longer blocks approval, and the acceptance is written to the audit log.
{message}

Reason for accepting:</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="95"/>
        <source>信息名称</source>
        <translation>Information name</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="96"/>
        <source>内容摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="97"/>
        <source>拟公开方式</source>
        <translation>Disclosure method</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="98"/>
        <source>公开范围</source>
        <translation>Disclosure scope</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="99"/>
        <source>公开时间</source>
        <translation>Disclosure time</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="100"/>
        <location filename="../../gui/review_workspace.py" line="105"/>
        <source>保密审查</source>
        <translation>Confidentiality review</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="104"/>
        <source>不予公开的内容</source>
        <translation>Withheld content</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="104"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="104"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="113"/>
        <source>添加一项</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="114"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="115"/>
        <source>没有不予公开的内容时留空。</source>
        <translation>Leave empty when nothing is withheld.</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="117"/>
        <source>不予公开的部分</source>
        <translation>Withheld parts</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="123"/>
        <source>退回时必须写明意见，经办人会看到；通过时可以不写。</source>
        <translation>A return needs a comment, which the clerk will read; an approval may go without one.</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="126"/>
        <source>审核意见</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="147"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="148"/>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="186"/>
        <source>审核层级：{level}</source>
        <translation>Review level: {level}</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="187"/>
        <source>本库要求：{levels}</source>
        <translation>This library requires: {levels}</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="190"/>
        <source>{level}已由 {who} {decision}</source>
        <translation>{level} already {decision} by {who}</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="200"/>
        <source>本资料库没有您的签名密钥，不能签署审核结论。请在 设置 → 签名密钥 中创建科室负责人的签名密钥。</source>
        <translation>This library has no signing key of yours, so you cannot sign review decisions. Create a section head&apos;s signing key in Settings → Signing key.</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="203"/>
        <source>您的签名密钥角色是{role}，审核需要{reviewer}的密钥（设置 → 签名密钥）。</source>
        <translation>Your signing key is for the role {role}; reviewing needs a key of a {reviewer} (Settings → Signing key).</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="254"/>
        <source>请填写信息名称。</source>
        <translation>Please fill in the information name.</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="257"/>
        <source>不予公开的第 {n} 项需要写明内容、理由和依据。</source>
        <translation>Withheld item {n} needs its content, reason and basis.</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="283"/>
        <source>没有可用的签名密钥</source>
        <translation>No usable signing key</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="287"/>
        <source>正在检查，检查完成后才能通过…</source>
        <translation>Checking; approval is possible once the check is done…</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="291"/>
        <source>等 {n} 项</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <location filename="../../gui/review_form.py" line="292"/>
        <source>有阻断问题未解决，不能通过：{first}{more}。可以退回经办人修改。</source>
        <translation>Blocking problems remain, so it cannot be approved: {first}{more}. You can return it to the clerk for correction.</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="49"/>
        <source>送审包</source>
        <translation>Review package</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="49"/>
        <source>本库</source>
        <translation>This library</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="54"/>
        <source>（未署名）</source>
        <translation>(unsigned)</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="55"/>
        <source>经办人 {who} 送来</source>
        <translation>sent by clerk {who}</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="55"/>
        <source>经办人 {who} 提交</source>
        <translation>submitted by clerk {who}</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="87"/>
        <location filename="../../gui/review_workspace.py" line="182"/>
        <location filename="../../gui/review_workspace.py" line="319"/>
        <source>（无标题）</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="91"/>
        <source>文件：{name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="127"/>
        <source>（无文号）</source>
        <translation>(no document number)</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="169"/>
        <source>打开送审包…</source>
        <translation>Open review package…</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="170"/>
        <source>打开经办人发来的送审包文件（.zip），也可以把文件拖到窗口里</source>
        <translation>Open a review package file (.zip) sent by a clerk; you can also drop files on the window</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="180"/>
        <source>没有待审核的条目。

经办人发来的送审包可以用“打开送审包…”打开，或拖到窗口里。</source>
        <translation>Nothing awaits review.

Review packages from clerks can be opened with &quot;Open review package…&quot; or dropped on the window.</translation>
    </message>
    <message>
        <location filename="../../gui/review_queue.py" line="207"/>
        <source>待审核（{n}）</source>
        <translation>Awaiting review ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="60"/>
        <source>不是送审包文件（应为 .zip）</source>
        <translation>Not a review package (a .zip is expected)</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="82"/>
        <source>无法读取文件：{e}</source>
        <translation>Cannot read the file: {e}</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="94"/>
        <source>已打开 {n} 个送审包</source>
        <translation>Opened {n} review packages</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="97"/>
        <source>其中 {n} 个以前打开过</source>
        <translation>{n} of them were opened before</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="101"/>
        <source>{name} 的条目状态是“{status}”，不在待审核队列中</source>
        <translation>The item of {name} is &quot;{status}&quot;, so it is not in the review queue</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="111"/>
        <source>{n} 个文件未能打开（未导入任何内容）：</source>
        <translation>{n} files could not be opened (nothing was imported):</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="164"/>
        <source>第 {sid} 条</source>
        <translation>Item {sid}</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="166"/>
        <source>{name}{level}已{decision}，还需要另一位科室负责人复审。</source>
        <translation>{name}: {level} {decision}; a second section head still has to review it.</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="170"/>
        <source>{name}已退回。</source>
        <translation>{name} was returned.</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="172"/>
        <source>{name}已审核通过。</source>
        <translation>{name} was approved.</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="174"/>
        <source>含初审结论的送审包已写出，请交复审人：{path}</source>
        <translation>The review package with the first review decision is written; give it to the second reviewer: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="176"/>
        <location filename="../../gui/review_workspace.py" line="396"/>
        <source>回复文件已写出，请发回经办人：{path}</source>
        <translation>The answer file is written; send it back to the clerk: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="178"/>
        <source>但回复文件未能写出：{reason}</source>
        <translation>but the answer file could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/review_tasks.py" line="180"/>
        <source>经办人会在自己的列表中看到退回意见。</source>
        <translation>The clerk will see the return comment in their list.</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="116"/>
        <source>打开所在文件夹</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="117"/>
        <source>重新写出回复文件…</source>
        <translation>Write the answer file again…</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="118"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="133"/>
        <source>从左侧选择一个待审核条目。

经办人发来的送审包（.zip）可以用 文件 → 打开，或拖到窗口里。</source>
        <translation>Select an item awaiting review on the left.

Review packages (.zip) from clerks can be opened with File → Open, or dropped on the window.</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="186"/>
        <source>来自送审包 {name} · {sender}</source>
        <translation>From review package {name} · {sender}</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="219"/>
        <source>未能读取条目</source>
        <translation>The item could not be read</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="242"/>
        <source>正在校验并打开 {n} 个文件…</source>
        <translation>Verifying and opening {n} files…</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="248"/>
        <source>正在校验并打开（{done}/{total}）：{name}</source>
        <translation>Verifying and opening ({done}/{total}): {name}</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="269"/>
        <location filename="../../gui/review_workspace.py" line="276"/>
        <source>送审包未能打开</source>
        <translation>The review package could not be opened</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="289"/>
        <source>无法监视文件夹：{path}</source>
        <translation>Cannot watch the folder: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="299"/>
        <source>退回时请写明退回意见，经办人会看到它。</source>
        <translation>Please write why it is returned; the clerk will read it.</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="305"/>
        <source>没有可用的签名密钥，请先在 设置 → 签名密钥 中创建。</source>
        <translation>No usable signing key; create one first in Settings → Signing key.</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="313"/>
        <location filename="../../gui/review_workspace.py" line="388"/>
        <source>选择保存回复文件（发回经办人）的文件夹</source>
        <translation>Choose the folder for the answer file (to send back to the clerk)</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="315"/>
        <source>已取消：没有选择保存回复文件的文件夹。</source>
        <translation>Cancelled: no folder was chosen for the answer file.</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="317"/>
        <source>{level}结论“{decision}”</source>
        <translation>{level} decision &quot;{decision}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="318"/>
        <source>以 {who} 的签名记录{what}？

《{title}》

签名后不能更改（一事一审）。</source>
        <translation>Record the {what} signed by {who}?

&quot;{title}&quot;

Once signed it cannot be changed (one review per item).</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="321"/>
        <source>确认审核结论</source>
        <translation>Confirm the review decision</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="327"/>
        <source>已取消签名。</source>
        <translation>Signing cancelled.</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="336"/>
        <source>正在签名并记录审核结论，请稍候…</source>
        <translation>Signing and recording the decision, please wait…</translation>
    </message>
    <message>
        <location filename="../../gui/review_workspace.py" line="405"/>
        <source>回复文件仍未能写出：{reason}</source>
        <translation>The answer file still could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="155"/>
        <source>无法打开资料库</source>
        <translation>Cannot open the library</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <location filename="../../gui/checks_tab.py" line="36"/>
        <source>阻断</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="37"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="38"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="49"/>
        <source>字段“{name}”</source>
        <translation>Field &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="56"/>
        <source>详情“{name}”</source>
        <translation>Details “{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="58"/>
        <source>详情“{name}”第 {row} 行</source>
        <translation>Details “{name}”, row {row}</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="64"/>
        <source>解读形式</source>
        <translation>Interpretation forms</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="66"/>
        <source>解读“{section}”</source>
        <translation>Interpretation &quot;{section}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="68"/>
        <source>政策解读</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="70"/>
        <source>“{name}”</source>
        <translation>&quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="74"/>
        <source>全文</source>
        <translation>Whole text</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="103"/>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="104"/>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="109"/>
        <location filename="../../gui/checks_tab.py" line="269"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="109"/>
        <location filename="../../gui/checks_tab.py" line="272"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="119"/>
        <source>双击一项可跳到对应的字段、原文段落或解读部分。</source>
        <translation>Double-click a finding to go to its field, passage of the original or part of the interpretation.</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="156"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="176"/>
        <source>检查未能完成</source>
        <translation>The check could not be completed</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="203"/>
        <source>（已接受：{reason}）</source>
        <translation>(accepted: {reason})</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="216"/>
        <source>未选择条目</source>
        <translation>No item selected</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="227"/>
        <source>状态：{status}。阻断 {block}，警告 {warn}，提示 {info}</source>
        <translation>Status: {status}. {block} blocking, {warn} warnings, {info} notes</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="233"/>
        <source>有 {block} 项阻断问题，改正后才能提交审核（另有警告 {warn}，提示 {info}）</source>
        <translation>{block} blocking problems must be fixed before submitting for review ({warn} warnings, {info} notes)</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="236"/>
        <source>没有阻断问题，可以提交审核（警告 {warn}，提示 {info}）</source>
        <translation>Nothing blocking: it can be submitted for review ({warn} warnings, {info} notes)</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="273"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="274"/>
        <source>修改</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="275"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="296"/>
        <source>正在提交审核…</source>
        <translation>Submitting for review…</translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="309"/>
        <source>已提交审核，等待科室负责人审核。</source>
        <translation>Submitted for review; waiting for the section head.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../gui/detail_rows.py" line="41"/>
        <source>如 2024-06-04 或 2024年6月4日</source>
        <translation>e.g. 2024-06-04</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="43"/>
        <source>座谈</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="44"/>
        <source>问卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="45"/>
        <source>征求意见</source>
        <translation>Call for comments</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="46"/>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="47"/>
        <source>领导信箱</source>
        <translation>Leaders&apos; mailbox</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="48"/>
        <source>网上咨询</source>
        <translation>Online consultation</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="49"/>
        <source>大数据分析</source>
        <translation>Big-data analysis</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="50"/>
        <source>政府开放日</source>
        <translation>Government open day</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="55"/>
        <source>项目名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="56"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="57"/>
        <source>设立收费的文件名称和文号</source>
        <translation>The title and document number of the documents that set the fee</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="58"/>
        <source>执收部门</source>
        <translation>Collecting department</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="59"/>
        <source>资金管理方式</source>
        <translation>Fund management</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="60"/>
        <source>如 缴入国库、财政专户</source>
        <translation>e.g. paid into the treasury, or a special fiscal account</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="61"/>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="64"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="65"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="66"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="67"/>
        <source>持续多日时填写；如 2024-06-04</source>
        <translation>When it ran over several days; e.g. 2024-06-04</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="68"/>
        <source>直接利害关系人</source>
        <translation>Stakeholders heard</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="69"/>
        <source>听取意见的直接利害关系人，如 沿线居民代表12人</source>
        <translation>The directly affected stakeholders who were heard, e.g. 12 residents&apos; representatives along the route</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="70"/>
        <source>参与人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="71"/>
        <source>情况摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="114"/>
        <source>添加行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="115"/>
        <source>删除行</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="116"/>
        <source>删除选中的行</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <location filename="../../gui/detail_rows.py" line="166"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="35"/>
        <source>草案标题</source>
        <translation>Draft title</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="36"/>
        <source>征集开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="37"/>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="38"/>
        <source>起草说明</source>
        <translation>Drafting explanation</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="39"/>
        <source>反馈渠道</source>
        <translation>Feedback channel</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="40"/>
        <location filename="../../gui/details_forms.py" line="243"/>
        <source>征求结果</source>
        <translation>Consultation result</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="41"/>
        <source>征求结果文件</source>
        <translation>Result file</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="42"/>
        <source>征求结果发布日期</source>
        <translation>Result published on</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="43"/>
        <source>收到意见条数</source>
        <translation>Opinions received</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="44"/>
        <source>解读发布日期</source>
        <translation>Interpretation published on</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="45"/>
        <source>重大政策</source>
        <translation>Major policy</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="46"/>
        <source>重大行政决策</source>
        <translation>Major administrative decision</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="47"/>
        <source>公众参与</source>
        <translation>Public participation</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="48"/>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="122"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="236"/>
        <source>征求意见稿</source>
        <translation>Consultation draft</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="237"/>
        <source>征求意见稿的标题</source>
        <translation>The title of the consultation draft</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="240"/>
        <source>起草说明已随草案一并公布</source>
        <translation>The drafting explanation is published with the draft</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="241"/>
        <source>通信地址、电子邮箱、电话或网上留言入口</source>
        <translation>Postal address, email, telephone or online message form</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="242"/>
        <source>征集时间不少于1个月（开始当日不计入）；必须有文件正文和起草说明。</source>
        <translation>The consultation runs at least 1 month (the opening day not counted); the draft text and the drafting explanation are required.</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="244"/>
        <source>收到的意见及采纳情况；没有收到意见也要写明</source>
        <translation>The opinions received and whether they were adopted; say so if none were received</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="245"/>
        <source>或填写载有征求结果的文件名</source>
        <translation>Or the name of the file that holds the result</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="248"/>
        <source>征集截止后，有无反馈意见都要公布征求结果。</source>
        <translation>After the consultation closes, a result is published whether or not opinions were received.</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="256"/>
        <source>从 CSV 导入…</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="258"/>
        <source>用 CSV 表格（UTF-8 或 GBK）中的行替换表中现有的行</source>
        <translation>Replace the rows of the table by those of a CSV file (UTF-8 or GBK)</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="261"/>
        <source>每个收费项目一行，项目名称、依据（文件名称和文号）、执收部门必填。CSV 的表头为 项目名称,依据,执收部门,资金管理方式,标准（或 name,basis,department,fund_management,standard）。</source>
        <translation>One row per fee; the item, its basis (document title and number) and the collecting department are required. A CSV file&apos;s header row is name,basis,department,fund_management,standard (or the Chinese column names).</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="268"/>
        <source>解读与决策</source>
        <translation>Interpretation and decision</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="270"/>
        <source>重大政策（计入重大政策解读率）</source>
        <translation>Major policy (counted in the major-policy interpretation rate)</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="271"/>
        <source>重大行政决策（公众参与为必经程序）</source>
        <translation>Major administrative decision (public participation is mandatory)</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="272"/>
        <source>解读与政策不在同一天发布时，填写解读发布日期。</source>
        <translation>Enter the interpretation&apos;s publication date when it is not published the same day as the policy.</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="274"/>
        <source>重大行政决策须记录公众参与：方式、日期和听取意见的直接利害关系人。双击单元格填写。</source>
        <translation>A major administrative decision records its public participation: the method, the date and the directly affected stakeholders heard. Double-click a cell to fill it in.</translation>
    </message>
    <message>
        <location filename="../../gui/details_forms.py" line="287"/>
        <source>类别为重大行政决策的条目总是重大行政决策</source>
        <translation>An item of the kind major administrative decision always is one</translation>
    </message>
    <message>
        <location filename="../../gui/details_tab.py" line="73"/>
        <location filename="../../gui/details_tab.py" line="149"/>
        <source>未选择条目</source>
        <translation>No item selected</translation>
    </message>
    <message>
        <location filename="../../gui/details_tab.py" line="117"/>
        <source>“{title}”的详情：{reason}</source>
        <translation>Details of “{title}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/details_tab.py" line="153"/>
        <source>（无标题）</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../gui/details_tab.py" line="161"/>
        <source>详情无法在此编辑：{reason}</source>
        <translation>The details cannot be edited here: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/details_tab.py" line="163"/>
        <source>已发布的条目不能直接修改，请导入新版本。</source>
        <translation>A published item cannot be changed; import a new version.</translation>
    </message>
    <message>
        <location filename="../../gui/details_tab.py" line="179"/>
        <source>未保存：{reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/details_tab.py" line="242"/>
        <source>导入收费项目</source>
        <translation>Import fee items</translation>
    </message>
    <message>
        <location filename="../../gui/details_tab.py" line="244"/>
        <source>CSV 表格 (*.csv);;所有文件 (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DiffTab</name>
    <message>
        <location filename="../../gui/diff_tab.py" line="72"/>
        <source>选择原政策文件…</source>
        <translation>Choose the earlier policy file…</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="81"/>
        <source>只看有变化的条款</source>
        <translation>Only changed clauses</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="104"/>
        <source>选中一行，查看逐字对照（删去的划线，新增的加下划线）</source>
        <translation>Select a row to compare word by word (deletions struck through, additions underlined)</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="107"/>
        <source>对照后，这里给出变化的概述，可修改后插入解读</source>
        <translation>After comparing, a summary of the changes appears here; edit it and insert it into the interpretation</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="109"/>
        <source>插入到“新旧政策差异”</source>
        <translation>Insert into &quot;Differences from the earlier policy&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="116"/>
        <source>变化概述</source>
        <translation>Summary of changes</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="142"/>
        <source>尚未选择原政策</source>
        <translation>No earlier policy chosen</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="144"/>
        <source>如果这份文件修订或替代了以前的政策，选择原政策文件，生成新旧对照表。</source>
        <translation>If this document revises or replaces an earlier policy, choose the earlier file to build a comparison table.</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="154"/>
        <source>选择原政策文件</source>
        <translation>Choose the earlier policy file</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="155"/>
        <source>政策文件 ({0})</source>
        <translation>Policy files ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="167"/>
        <source>资料库中的原政策</source>
        <translation>Earlier policy in the library</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="168"/>
        <source>原政策：{0}</source>
        <translation>Earlier policy: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="169"/>
        <source>正在读取并对照两份文件…</source>
        <translation>Reading and comparing the two files…</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="182"/>
        <source>无法对照：{0}</source>
        <translation>Cannot compare: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="200"/>
        <source>已插入到解读的“新旧政策差异”部分。</source>
        <translation>Inserted into the &quot;Differences from the earlier policy&quot; part of the interpretation.</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="209"/>
        <source>未能插入：{0}</source>
        <translation>Could not insert: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="234"/>
        <source>共 {0} 处：{1}</source>
        <translation>{0} changes: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="42"/>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="43"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="44"/>
        <source>修改</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="45"/>
        <source>移动</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="46"/>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="57"/>
        <source>未变的条款不着色</source>
        <translation>Unchanged clauses are not coloured</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="58"/>
        <source>图例：</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="101"/>
        <source>变化</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="102"/>
        <source>新条款</source>
        <translation>New clause</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="103"/>
        <source>新政策内容</source>
        <translation>New policy text</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="104"/>
        <source>原条款</source>
        <translation>Earlier clause</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="105"/>
        <source>原政策内容</source>
        <translation>Earlier policy text</translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="106"/>
        <source>相似度</source>
        <translation>Similarity</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/errors.py" line="59"/>
        <source>出现意外错误</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="61"/>
        <source>程序遇到一个意外错误。您的修改已自动保存，可以继续工作。
如果问题反复出现，请复制下面的报告发给技术支持。</source>
        <translation>The program met an unexpected error. Your changes were saved automatically and you can keep working.
If it happens again, copy the report below and send it to technical support.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="73"/>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="122"/>
        <source>无法完成操作</source>
        <translation>The operation could not be completed</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <location filename="../../gui/field_editors.py" line="125"/>
        <source>如 2024-06-04</source>
        <translation>e.g. 2024-06-04</translation>
    </message>
    <message>
        <location filename="../../gui/field_editors.py" line="128"/>
        <source>从日历选择</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location filename="../../gui/field_editors.py" line="164"/>
        <source>（未选择）</source>
        <translation>(not chosen)</translation>
    </message>
</context>
<context>
    <name>FieldsTab</name>
    <message>
        <location filename="../../gui/fields_tab.py" line="38"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="39"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="40"/>
        <source>发文机关标志</source>
        <translation>Issuer mark</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="41"/>
        <source>发文机关署名</source>
        <translation>Issuing authorities</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="42"/>
        <source>成文日期</source>
        <translation>Date written</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="43"/>
        <source>文种</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="44"/>
        <source>主送机关</source>
        <translation>Main recipients</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="45"/>
        <source>签发人</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="46"/>
        <source>公开属性</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="47"/>
        <source>有效性</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="48"/>
        <source>施行日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="49"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="50"/>
        <source>有效期（年）</source>
        <translation>Valid for (years)</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="51"/>
        <source>暂行/试行</source>
        <translation>Provisional / trial</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="52"/>
        <source>规范性文件登记号</source>
        <translation>Normative document registration no.</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="53"/>
        <source>索引号</source>
        <translation>Index number</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="54"/>
        <source>主题分类</source>
        <translation>Subject category</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="55"/>
        <source>发布机构</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="56"/>
        <source>发布日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="57"/>
        <source>附件说明</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="58"/>
        <source>抄送机关</source>
        <translation>Copied to</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="59"/>
        <source>印发机关</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="60"/>
        <source>印发日期</source>
        <translation>Print date</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="61"/>
        <source>份号</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="62"/>
        <source>密级和保密期限</source>
        <translation>Classification and period</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="63"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="67"/>
        <source>公文要素</source>
        <translation>Document elements</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="71"/>
        <source>公开与有效性</source>
        <translation>Disclosure and validity</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="83"/>
        <source>政府信息公开目录</source>
        <translation>Government information catalogue</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="87"/>
        <source>版头与版记</source>
        <translation>Header and footer</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="131"/>
        <source>全部确认</source>
        <translation>Confirm all</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="133"/>
        <source>核对无误后，把所有提取出的值记为已确认</source>
        <translation>After checking, record every extracted value as confirmed</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="183"/>
        <source>标题含“暂行”或“试行”</source>
        <translation>Title contains &quot;暂行&quot; or &quot;试行&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="195"/>
        <source>多项用“；”分隔</source>
        <translation>Separate several with &quot;；&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="197"/>
        <source>如 昌府办字〔2024〕26号</source>
        <translation>e.g. 昌府办字〔2024〕26号</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="199"/>
        <source>提交审核时自动编号</source>
        <translation>Numbered automatically on submission</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="235"/>
        <source>（无标题）</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="237"/>
        <source>未选择条目</source>
        <translation>No item selected</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="250"/>
        <source>扫描件：原件没有文字层，无法自动提取。请对照右侧的页面图像手工填写各项信息。</source>
        <translation>Scanned document: the original has no text layer, so nothing could be extracted. Fill in each field by hand from the page image on the right.</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="254"/>
        <source>已发布的条目不能直接修改，请导入新版本。</source>
        <translation>A published item cannot be changed; import a new version.</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="268"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="270"/>
        <source>{who} 确认于 {at}</source>
        <translation>Confirmed by {who} at {at}</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="277"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="281"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="285"/>
        <source>低，请核对</source>
        <translation>Low, please check</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="288"/>
        <source>提取置信度 {share}；聚焦此项可在右侧原文中看到出处</source>
        <translation>Extraction confidence {share}; focus the field to see its source in the original on the right</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="293"/>
        <source>待填</source>
        <translation>To fill in</translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="308"/>
        <source>建议：</source>
        <translation>Suggestion: </translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="331"/>
        <source>不合 GB/T 9704：</source>
        <translation>Not in GB/T 9704 form: </translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="367"/>
        <source>“{title}”的{field}：{text}</source>
        <translation>{field} of “{title}”: {text}</translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message>
        <location filename="../../gui/interp_forms.py" line="35"/>
        <source>图片/图解</source>
        <translation>Image / infographic</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="36"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="37"/>
        <source>互动直播</source>
        <translation>Live Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="38"/>
        <source>简明问答</source>
        <translation>Plain-language Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="39"/>
        <source>现场宣讲</source>
        <translation>Public briefing</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="47"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="50"/>
        <source>解读形式 {0}/{1}：{2} ✓</source>
        <translation>Interpretation forms {0}/{1}: {2} ✓</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="52"/>
        <source>解读形式 {0}/{1}：{2}，还差 {3} 种</source>
        <translation>Interpretation forms {0}/{1}: {2}; {3} more needed</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="66"/>
        <source>添加图片/图解…</source>
        <translation>Add image / infographic…</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="67"/>
        <source>添加视频…</source>
        <translation>Add video…</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="68"/>
        <source>记录互动直播</source>
        <translation>Record a live Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="69"/>
        <source>记录现场宣讲</source>
        <translation>Record a public briefing</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="74"/>
        <source>添加问答</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="83"/>
        <source>&lt;b&gt;简明问答&lt;/b&gt;（回答了的问题计为一种形式）</source>
        <translation>&lt;b&gt;Plain-language Q&amp;amp;A&lt;/b&gt; (answered questions count as one form)</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="146"/>
        <source>选择图片或图解</source>
        <translation>Choose an image or infographic</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="147"/>
        <source>图片 ({0})</source>
        <translation>Images ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="149"/>
        <source>选择视频</source>
        <translation>Choose a video</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="150"/>
        <source>视频 ({0})</source>
        <translation>Videos ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="170"/>
        <source>标题或说明</source>
        <translation>Title or description</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="172"/>
        <source>时间、地点、主讲人或直播链接</source>
        <translation>Time, place, speaker or live-stream link</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="179"/>
        <source>删除这种形式</source>
        <translation>Remove this form</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="188"/>
        <source>记录要点：讲了什么、回答了哪些问题</source>
        <translation>Key points: what was said, which questions were answered</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="203"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="208"/>
        <source>删除这条问答</source>
        <translation>Remove this question</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="211"/>
        <source>问</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="218"/>
        <source>用通俗的话回答</source>
        <translation>Answer in plain words</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/history_view.py" line="47"/>
        <source>解读版本</source>
        <translation>Interpretation versions</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="48"/>
        <source>字段修改</source>
        <translation>Field changes</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="49"/>
        <source>操作日志</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="50"/>
        <location filename="../../gui/history_view.py" line="60"/>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="53"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="54"/>
        <source>确认字段</source>
        <translation>Field confirmed</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="55"/>
        <source>重新识别</source>
        <translation>Extracted again</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="56"/>
        <source>保存解读</source>
        <translation>Interpretation saved</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="57"/>
        <source>关联</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="58"/>
        <source>补充信息</source>
        <translation>Details added</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="59"/>
        <source>状态变更</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="61"/>
        <source>收到审核结论</source>
        <translation>Review decision received</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="62"/>
        <source>打开包文件</source>
        <translation>Open package file</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="63"/>
        <source>生成包文件</source>
        <translation>Package file written</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="64"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="65"/>
        <source>上传</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="66"/>
        <source>接受检查结果</source>
        <translation>Accept a finding</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="67"/>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="70"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="71"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="72"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="73"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../gui/importing.py" line="71"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="79"/>
        <source>正在导入 {done}/{total}</source>
        <translation>Importing {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="89"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="91"/>
        <source>已导入 {ok} 个文件，{bad} 个未能导入。</source>
        <translation>Imported {ok} files; {bad} could not be imported.</translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="97"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="97"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="109"/>
        <source>已导入；扫描件没有文字层，请对照页面图像手工填写</source>
        <translation>Imported; a scan has no text layer, so fill in the fields from the page image</translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="178"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>InterpretationTab</name>
    <message>
        <location filename="../../gui/interp_panels.py" line="29"/>
        <source>原文·{0}</source>
        <translation>Original · {0}</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="31"/>
        <source>原文·第{0}页</source>
        <translation>Original · page {0}</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="32"/>
        <source>原文</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="46"/>
        <source>在原文中查看出处</source>
        <translation>Show the source in the original</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="103"/>
        <location filename="../../gui/interpretation_tab.py" line="330"/>
        <source>“{0}”的参考素材</source>
        <translation>Material for &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="104"/>
        <source>摘自原文，供参考：插入后请用通俗的话改写，不要照搬。</source>
        <translation>Taken from the original for reference: after inserting, rewrite it in plain words rather than copying it.</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="106"/>
        <source>原文中没有找到这一部分的素材，请自行撰写。</source>
        <translation>No material for this part was found in the original; please write it yourself.</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="115"/>
        <source>插入</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="117"/>
        <source>插入到正在编辑的部分的光标处</source>
        <translation>Insert at the cursor in the part being edited</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="141"/>
        <source>为专业术语各写一句通俗的解释；常见的词可以不解释。</source>
        <translation>Explain each technical term in one plain sentence; common words need no explanation.</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="146"/>
        <source>添加关键词</source>
        <translation>Add a keyword</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="148"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="193"/>
        <source>通俗解释</source>
        <translation>Plain explanation</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="194"/>
        <source>“{0}”的解释</source>
        <translation>Explanation of &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="199"/>
        <source>删除这个关键词</source>
        <translation>Remove this keyword</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="64"/>
        <source>解读标题</source>
        <translation>Interpretation title</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="75"/>
        <source>参考素材</source>
        <translation>Reference material</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="76"/>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="77"/>
        <source>形式与问答</source>
        <translation>Forms and Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="84"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="128"/>
        <source>未选择文件</source>
        <translation>No file selected</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="139"/>
        <source>已发布的条目不能直接修改，如需修改请导入新版本。</source>
        <translation>A published item cannot be changed; to change it, import a new version.</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="143"/>
        <source>正在读取原文…</source>
        <translation>Reading the original…</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="144"/>
        <source>正在分析原文…</source>
        <translation>Analysing the original…</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="246"/>
        <source>正在存入 {0}…</source>
        <translation>Storing {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="296"/>
        <source>原文没有可比对的文字（扫描件？），无法计算照搬比例</source>
        <translation>The original has no text to compare (a scan?), so the copied share cannot be measured</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="306"/>
        <source>无法读取原文：{0}</source>
        <translation>Cannot read the original: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="331"/>
        <source>在“新旧对照”中选择原政策文件，可生成变化概述并插入这里。</source>
        <translation>Choose the earlier policy file in &quot;Old vs new&quot; to generate a summary of changes and insert it here.</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="354"/>
        <source>已自动保存 {0}</source>
        <translation>Saved automatically at {0}</translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="361"/>
        <source>未能保存：{0}（修改仍在，将自动重试）</source>
        <translation>Could not save: {0} (the changes are kept and saving will be retried)</translation>
    </message>
</context>
<context>
    <name>KeyPages</name>
    <message>
        <location filename="../../gui/key_pages.py" line="41"/>
        <source>公钥文件 (*.json)</source>
        <translation>Public key files (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="62"/>
        <source>生成签名密钥(&amp;G)</source>
        <translation>&amp;Generate signing key</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="64"/>
        <source>导出公钥(&amp;E)…</source>
        <translation>&amp;Export public key…</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="66"/>
        <source>把公钥文件交给同事，由对方在“信任的审核人”中导入</source>
        <translation>Give the public key file to colleagues; they import it under &quot;Trusted reviewers&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="72"/>
        <source>审核结论用科室负责人的私钥签名；上传员和经办人用导入的公钥核对签名。私钥保存在系统密钥环中；没有密钥环时保存为口令加密的文件，签名时输入口令。</source>
        <translation>Review decisions are signed with the section head&apos;s private key; uploaders and clerks check the signature with the imported public key. The private key is kept in the system keyring, or, without a keyring, in a passphrase-protected file whose passphrase is asked when signing.</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="94"/>
        <source>本资料库还没有 {name} 的签名密钥。</source>
        <translation>This library has no signing key of {name} yet.</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="99"/>
        <source>系统密钥环</source>
        <translation>the system keyring</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="101"/>
        <source>口令加密的密钥文件</source>
        <translation>a passphrase-protected key file</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="104"/>
        <source>{name}（{role}）的签名密钥，私钥保存在{where}。</source>
        <translation>Signing key of {name} ({role}); the private key is kept in {where}.</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="108"/>
        <source>指纹：{fp}</source>
        <translation>Fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="111"/>
        <source>密钥登记的角色是{key_role}，与当前角色{role}不同；审核签名需要科室负责人的密钥。</source>
        <translation>The key is registered for the role {key_role}, not the current role {role}; signing reviews needs a section head&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="126"/>
        <source>已生成签名密钥。</source>
        <translation>Signing key generated.</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="128"/>
        <source>未生成签名密钥（已取消）。</source>
        <translation>No signing key generated (cancelled).</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="138"/>
        <source>导出公钥</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="147"/>
        <source>公钥已导出到 {path}</source>
        <translation>Public key exported to {path}</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="158"/>
        <source>只有这里列出的人签名的审核结论才被承认。导入同事用“导出公钥”得到的文件；核对指纹时最好当面或电话确认。</source>
        <translation>Only review decisions signed by the people listed here are accepted. Import the file a colleague made with &quot;Export public key&quot;; confirm the fingerprint with them in person or by phone.</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="168"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="169"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="170"/>
        <source>指纹</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="171"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="179"/>
        <source>导入公钥文件(&amp;I)…</source>
        <translation>&amp;Import public key file…</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="198"/>
        <source>本人</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="200"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="202"/>
        <source>可信审核人名单</source>
        <translation>Trusted reviewers list</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="211"/>
        <source>导入同事的公钥文件</source>
        <translation>Import a colleague&apos;s public key file</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="212"/>
        <source>公钥文件 (*.json);;所有文件 (*)</source>
        <translation>Public key files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/key_pages.py" line="224"/>
        <source>已信任 {name}（{role}），指纹 {fp}</source>
        <translation>Now trusting {name} ({role}), fingerprint {fp}</translation>
    </message>
</context>
<context>
    <name>LibraryReport</name>
    <message>
        <location filename="../../gui/library_report.py" line="72"/>
        <source>资料库检查</source>
        <translation>Library check</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="73"/>
        <location filename="../../gui/library_report.py" line="136"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="75"/>
        <source>程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="75"/>
        <location filename="../../gui/library_report.py" line="104"/>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="76"/>
        <source>条目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="76"/>
        <source>修改</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="86"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="86"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="87"/>
        <source>最后更新</source>
        <translation>Last update</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="87"/>
        <source>已过天数</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="88"/>
        <source>更新要求</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="88"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="90"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="90"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="91"/>
        <source>重大政策解读率</source>
        <translation>Major policies interpreted</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="91"/>
        <source>解读同日发布率</source>
        <translation>Interpretations same day</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="92"/>
        <source>意见征集达标率</source>
        <translation>Consultations ≥ 30 days</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="95"/>
        <source>重大政策解读率 = 有解读的（规范性文件 + 标为重大的政策）÷ 全部（应达到 100%）；同日发布率 = 与文件同日发布的解读 ÷ 有解读的政策；征集达标率 = 征集期不少于 30 天的意见征集 ÷ 全部。</source>
        <translation>Major policies interpreted = (normative documents + policies marked major) with an interpretation ÷ all of them (should be 100%); interpretations same day = interpretations published on the policy&apos;s day ÷ policies with an interpretation; consultations ≥ 30 days = consultations open at least 30 days ÷ all consultations.</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="105"/>
        <source>栏目更新</source>
        <translation>Column updates</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="108"/>
        <source>考核指标</source>
        <translation>Assessment figures</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="109"/>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="111"/>
        <source>导入栏目清单…</source>
        <translation>Import column list…</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="113"/>
        <source>网站的栏目清单（CSV，第一行：栏目,类型,最后更新日期），用于检查栏目是否按时更新</source>
        <translation>The site&apos;s column list (CSV, first line: 栏目,类型,最后更新日期), to check that every column is updated in time</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="146"/>
        <source>检查未能完成</source>
        <translation>The check could not finish</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="157"/>
        <source>{n} 项{severity}</source>
        <translation>{n} × {severity}</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="160"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="162"/>
        <source>未发现问题</source>
        <translation>no findings</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="165"/>
        <source>截至 {day}：{found}</source>
        <translation>As of {day}: {found}</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="184"/>
        <source>双击打开这个条目</source>
        <translation>Double-click to open this item</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="192"/>
        <source>选中一项问题，这里显示依据和修改方法。</source>
        <translation>Select a finding to see its basis and how to fix it here.</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="198"/>
        <source>依据：{c}</source>
        <translation>Basis: {c}</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="199"/>
        <source>修改：{fix}</source>
        <translation>Fix: {fix}</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="202"/>
        <source>双击这一行打开条目。</source>
        <translation>Double-click the row to open the item.</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="208"/>
        <source>{n} 天内</source>
        <translation>within {n} days</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="234"/>
        <source>导入栏目清单</source>
        <translation>Import column list</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="236"/>
        <source>栏目清单 (*.csv)</source>
        <translation>Column list (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="247"/>
        <source>已导入 {n} 个栏目，正在重新检查…</source>
        <translation>{n} columns imported, checking again…</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="264"/>
        <source>空白</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="265"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/library_report.py" line="265"/>
        <source>正常</source>
        <translation>Up to date</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/menus.py" line="52"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="58"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="61"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="67"/>
        <source>搜索标题、文号、正文…</source>
        <translation>Search titles, numbers, text…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="68"/>
        <source>搜索标题、文号、正文（Ctrl+F）</source>
        <translation>Search titles, document numbers and text (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="73"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="79"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="86"/>
        <source>{title}(&amp;{n})</source>
        <translation>&amp;{n} {title}</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="95"/>
        <source>资料库检查与考核指标(&amp;W)…</source>
        <translation>Library check and assessment figures(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="97"/>
        <source>栏目更新、过期条目、解读发布情况和考核指标</source>
        <translation>Column updates, expired items, interpretation publication and the assessment figures</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="100"/>
        <source>关怀模式(&amp;C)</source>
        <translation>&amp;Care mode</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="103"/>
        <source>更大的字号和行距、高对比度、醒目的焦点框</source>
        <translation>Larger text and line spacing, high contrast, a clear focus frame</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="107"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="108"/>
        <source>设置(&amp;P)…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="112"/>
        <source>签名密钥(&amp;K)…</source>
        <translation>Signing &amp;key…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="115"/>
        <source>信任的审核人(&amp;T)…</source>
        <translation>&amp;Trusted reviewers…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="119"/>
        <source>资料库信息(&amp;L)…</source>
        <translation>&amp;Library information…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="122"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="126"/>
        <source>使用说明(&amp;U)</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="132"/>
        <source>快捷键(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="135"/>
        <source>关于 PolicyPress(&amp;A)</source>
        <translation>&amp;About PolicyPress</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="144"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="154"/>
        <source>{role} · {name}</source>
        <translation>{role} · {name}</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="189"/>
        <location filename="../../gui/menus.py" line="193"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="193"/>
        <source>菜单</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="193"/>
        <source>功能</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="204"/>
        <source>菜单标题后括号中的字母：按 Alt 加该字母打开菜单。</source>
        <translation>The underlined letter of a menu title: press Alt with that letter to open the menu.</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="222"/>
        <source>资料库信息</source>
        <translation>Library information</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="223"/>
        <source>资料库位置：{path}
条目数：{n}

换用其他资料库：启动前设置环境变量 POLICYPRESS_HOME。</source>
        <translation>Library location: {path}
Items: {n}

To use another library, set the environment variable POLICYPRESS_HOME before starting.</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="231"/>
        <source>1. 导入公文：把文件或文件夹拖进窗口，或用 文件 → 导入（Ctrl+I）。
2. 在“文件信息”中对照右侧原文核对各项；改动自动保存，核对无误后点“全部确认”。
3. 在“政策解读”中撰写解读，可参考右侧素材；“新旧对照”比较原政策。
4. 在“检查”中逐项改正阻断问题（双击可跳到出处），然后“提交审核”（Ctrl+Enter）。
5. 科室负责人在另一台电脑上时：文件 → 生成送审包，把文件交给他；送回的文件用 文件 → 打开。</source>
        <translation>1. Import documents: drop files or folders on the window, or use File → Import (Ctrl+I).
2. In &quot;Document&quot;, check each field against the original on the right; changes save automatically; when all is right, click &quot;Confirm all&quot;.
3. Write the interpretation in &quot;Interpretation&quot;, with the material on the right; &quot;Old vs new&quot; compares with the earlier policy.
4. In &quot;Checks&quot;, fix each blocking problem (double-click to go to it), then &quot;Submit for review&quot; (Ctrl+Enter).
5. When the section head works on another computer: File → Make review package, and give them the file; open what comes back with File → Open.</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="239"/>
        <source>1. 打开经办人送来的送审包：文件 → 打开（Ctrl+O）、把文件拖进窗口，或在设置中指定收件文件夹。
2. 对照网站预览和检查报告审阅内容，填写保密审查表。
3. 通过或退回（退回时写明意见），结论用您的签名密钥签名，结果文件交回经办人或上传员。</source>
        <translation>1. Open the review packages clerks send: File → Open (Ctrl+O), drop the files on the window, or set an inbox folder in Settings.
2. Read the content in the website preview beside the check report, and fill in the confidentiality review form.
3. Approve or return it (a return needs a comment); the decision is signed with your signing key, and the answer file goes back to the clerk or on to the uploader.</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="245"/>
        <source>1. 打开审核通过的包：文件 → 打开（Ctrl+O）或把文件拖进窗口；每个包都会校验签名和内容。
2. 导出到文件夹（U 盘），或上传到设置中填写的网站。
3. 上传中断后可以继续；上传记录保存在资料库中。</source>
        <translation>1. Open approved packages: File → Open (Ctrl+O) or drop the files on the window; each one is verified, signature and content.
2. Export them to a folder (a USB stick), or upload them to the website set in Settings.
3. An interrupted upload resumes where it stopped; the upload log is kept in the library.</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="256"/>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="265"/>
        <source>关于 PolicyPress</source>
        <translation>About PolicyPress</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="266"/>
        <source>PolicyPress {version}
政策文件与政策解读发布助手</source>
        <translation>PolicyPress {version}
Publishing assistant for policy documents and their interpretations</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="50"/>
        <location filename="../../gui/clerk_page.py" line="95"/>
        <source>政策解读</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="52"/>
        <location filename="../../gui/clerk_page.py" line="95"/>
        <source>新旧对照</source>
        <translation>Old vs new</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="55"/>
        <location filename="../../gui/clerk_page.py" line="96"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="57"/>
        <location filename="../../gui/clerk_page.py" line="96"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="94"/>
        <source>文件信息</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="94"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="96"/>
        <location filename="../../gui/clerk_page.py" line="230"/>
        <source>检查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="103"/>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="104"/>
        <source>导入一个或多个公文文件</source>
        <translation>Import one or more official documents</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="106"/>
        <source>导入文件夹(&amp;D)…</source>
        <translation>Import fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="108"/>
        <source>打开退回或审核通过的包(&amp;O)…</source>
        <translation>&amp;Open returned or approved package…</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="109"/>
        <source>打开科室负责人送回的文件，查看审核意见</source>
        <translation>Open the file the section head sent back and read the review comment</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="110"/>
        <source>提交审核(&amp;S)</source>
        <translation>&amp;Submit for review</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="111"/>
        <source>没有阻断问题时，提交科室负责人审核</source>
        <translation>Submit to the section head for review once nothing blocks</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="113"/>
        <source>生成送审包(&amp;B)…</source>
        <translation>Make review &amp;package…</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="114"/>
        <source>把待审核的条目写成送审包文件，交给另一台电脑上的科室负责人</source>
        <translation>Write the item awaiting review as a review package file for a section head on another computer</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="117"/>
        <source>全部确认(&amp;A)</source>
        <translation>Confirm &amp;all</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="120"/>
        <source>重新检查(&amp;K)</source>
        <translation>Chec&amp;k again</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="122"/>
        <source>刷新列表(&amp;L)</source>
        <translation>Refresh &amp;list</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="124"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="124"/>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="125"/>
        <source>生成送审包</source>
        <translation>Make review package</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="139"/>
        <source>从左侧列表选择一个条目，
或把公文文件（.docx .doc .wps .pdf .ofd）拖到窗口里导入。</source>
        <translation>Select an item in the list on the left,
or drop official documents (.docx .doc .wps .pdf .ofd) on the window to import them.</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="146"/>
        <source>导入文件…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="186"/>
        <source>审核退回（{reviewer}，{time}）：{comment}</source>
        <translation>Returned by the reviewer ({reviewer}, {time}): {comment}</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="211"/>
        <source>已自动保存 {time}</source>
        <translation>Saved automatically at {time}</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="223"/>
        <source> · 检查：{block} 阻断，{warn} 警告</source>
        <translation> · Checks: {block} blocking, {warn} warnings</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="228"/>
        <source>检查 ({n} 阻断)</source>
        <translation>Checks ({n} blocking)</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="276"/>
        <source>已提交审核</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="285"/>
        <source>把送审包保存到</source>
        <translation>Save the review package to</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="291"/>
        <source>不能生成送审包</source>
        <translation>Cannot make the review package</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="295"/>
        <source>送审包已保存：{path}</source>
        <translation>Review package saved: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="301"/>
        <source>打开退回或审核通过的包</source>
        <translation>Open returned or approved package</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="302"/>
        <source>PolicyPress 包 (*.zip);;所有文件 (*)</source>
        <translation>PolicyPress packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="317"/>
        <source>无法打开 {name}</source>
        <translation>Cannot open {name}</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="323"/>
        <source>已打开 {name}：第 {id} 条现为“{status}”</source>
        <translation>Opened {name}: item {id} is now &quot;{status}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="347"/>
        <source>导入公文文件</source>
        <translation>Import official documents</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="348"/>
        <source>公文文件 ({patterns});;所有文件 (*)</source>
        <translation>Official documents ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="354"/>
        <source>导入文件夹中的公文</source>
        <translation>Import the documents in a folder</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="360"/>
        <source>正在导入，请等这一批完成</source>
        <translation>Importing; please wait until this batch is done</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="364"/>
        <source>没有找到可导入的文件</source>
        <translation>No importable files found</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="371"/>
        <source>已导入 {ok} 个文件</source>
        <translation>Imported {ok} files</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="373"/>
        <source>，{bad} 个未能导入</source>
        <translation>, {bad} could not be imported</translation>
    </message>
    <message>
        <location filename="../../gui/clerk_page.py" line="375"/>
        <source>（已取消其余文件）</source>
        <translation> (the remaining files were cancelled)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63"/>
        <source>PolicyPress 政策文件发布助手</source>
        <translation>PolicyPress policy publishing assistant</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129"/>
        <source>找不到文件</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="138"/>
        <source>有内容未能保存</source>
        <translation>Some input could not be saved</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139"/>
        <source>以下内容未能保存，关闭窗口后将丢失：

{lines}

返回修改，还是放弃这些内容并退出？</source>
        <translation>The following could not be saved and will be lost when the window closes:

{lines}

Go back and correct it, or discard it and quit?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>返回修改</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>放弃并退出</source>
        <translation>Discard and quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>个人资料未能全部保存</source>
        <translation>The profile was not saved completely</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="256"/>
        <source>签名密钥已就绪，指纹 {fp}（设置 → 签名密钥 可导出公钥）</source>
        <translation>Signing key ready, fingerprint {fp} (Settings → Signing key exports the public key)</translation>
    </message>
</context>
<context>
    <name>OriginalityMeter</name>
    <message>
        <location filename="../../gui/interp_meter.py" line="107"/>
        <source>照搬原文</source>
        <translation>Copied from the original</translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="110"/>
        <source>正在读取原文…</source>
        <translation>Reading the original…</translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="132"/>
        <source>{0}%，超过上限 {1}%，请用自己的话改写标出的段落</source>
        <translation>{0}%, above the limit of {1}%: rewrite the marked passages in your own words</translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="135"/>
        <source>{0}%，接近上限 {1}%</source>
        <translation>{0}%, close to the limit of {1}%</translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="138"/>
        <source>{0}%（上限 {1}%）</source>
        <translation>{0}% (limit {1}%)</translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="178"/>
        <source>照搬 {0}%</source>
        <translation>Copied {0}%</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../gui/profile.py" line="26"/>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="27"/>
        <source>科室负责人</source>
        <translation>Section head</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="28"/>
        <source>上传员</source>
        <translation>Uploader</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="31"/>
        <source>导入公文、撰写政策解读、提交审核并生成送审包</source>
        <translation>Imports documents, writes interpretations, submits them and makes review packages</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="32"/>
        <source>预览送审包、作保密审查，通过或退回</source>
        <translation>Previews review packages, does the confidentiality review, approves or returns</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="33"/>
        <source>校验审核通过的包，导出或上传到网站</source>
        <translation>Verifies approved packages, exports them or uploads them to the website</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="126"/>
        <source>欢迎使用 PolicyPress</source>
        <translation>Welcome to PolicyPress</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="126"/>
        <source>个人资料</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="129"/>
        <source>请填写您的信息。角色决定窗口中提供哪些功能；以后可在“设置”中修改。</source>
        <translation>Please tell us who you are. The role decides what the window offers; you can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="131"/>
        <source>角色决定窗口中提供哪些功能。</source>
        <translation>The role decides what the window offers.</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="141"/>
        <source>例如：长江区人民政府办公室</source>
        <translation>e.g. General Office of the Changjiang District Government</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="143"/>
        <source>9 位组织机构代码或 18 位统一社会信用代码</source>
        <translation>9-character organisation code or 18-character unified social credit code</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="149"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="150"/>
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="151"/>
        <source>单位(&amp;U)</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="152"/>
        <source>机构代码(&amp;C)</source>
        <translation>Organisation &amp;code</translation>
    </message>
    <message>
        <location filename="../../gui/profile.py" line="174"/>
        <source>请填写姓名（签名和审计记录中使用）。</source>
        <translation>Please fill in your name (used in signatures and the audit log).</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <location filename="../../gui/recent.py" line="44"/>
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../gui/recent.py" line="56"/>
        <source>（没有）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/recent.py" line="59"/>
        <source>清除列表</source>
        <translation>Clear list</translation>
    </message>
</context>
<context>
    <name>RolePages</name>
    <message>
        <location filename="../../gui/role_pages.py" line="39"/>
        <source>“{title}”功能尚未完成，将在后续版本提供。</source>
        <translation>&quot;{title}&quot; is not finished yet; it will come in a later version.</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="46"/>
        <source>此版本还不能打开包文件</source>
        <translation>This version cannot open package files yet</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="92"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="93"/>
        <source>刷新(&amp;L)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="103"/>
        <source>打开包文件</source>
        <translation>Open package file</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="104"/>
        <source>PolicyPress 包 (*.zip);;所有文件 (*)</source>
        <translation>PolicyPress packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="119"/>
        <source>这里只能打开 .zip 包文件</source>
        <translation>Only .zip package files can be opened here</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="140"/>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="141"/>
        <source>打开送审包(&amp;O)…</source>
        <translation>&amp;Open review package…</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="142"/>
        <source>打开经办人送来的送审包，预览并审核</source>
        <translation>Open a review package sent by a clerk, preview it and review it</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="153"/>
        <source>上传</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="154"/>
        <source>打开上传包(&amp;O)…</source>
        <translation>&amp;Open upload package…</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="155"/>
        <source>打开审核通过的包，校验后导出或上传</source>
        <translation>Open an approved package, verify it, then export or upload it</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="160"/>
        <source>生成上传包(&amp;G)</source>
        <translation>&amp;Generate upload package</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="160"/>
        <source>校验(&amp;V)</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="161"/>
        <source>导出到文件夹(&amp;E)…</source>
        <translation>&amp;Export to folder…</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="161"/>
        <source>上传(&amp;U)</source>
        <translation>&amp;Upload</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="183"/>
        <source>不能上传</source>
        <translation>Cannot upload</translation>
    </message>
    <message>
        <location filename="../../gui/role_pages.py" line="186"/>
        <source>请在 设置 → 上传网站 中填写网站地址和令牌。</source>
        <translation>Please fill in the website address and token in Settings → Website.</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <location filename="../../gui/interp_sections.py" line="21"/>
        <source>为什么出台：上位政策依据、要解决的问题、起草过程</source>
        <translation>Why it was issued: the higher-level policy basis, the problems it solves, how it was drafted</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="22"/>
        <source>要达到什么目标、完成哪些任务</source>
        <translation>What it aims to achieve and which tasks it sets</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="23"/>
        <source>政策的主要内容，用通俗的话分条概括</source>
        <translation>The main content of the policy, summarised point by point in plain words</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="24"/>
        <source>专业术语及其含义（也可在右侧“关键词”中逐个解释）</source>
        <translation>Technical terms and their meaning (they can also be explained one by one under &quot;Keywords&quot; on the right)</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="25"/>
        <source>适用于哪些地区、人群或单位</source>
        <translation>Which areas, people or organisations it applies to</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="26"/>
        <source>具体的条件、标准、金额、期限</source>
        <translation>The concrete conditions, standards, amounts and time limits</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="27"/>
        <source>群众和企业能得到哪些实惠，怎样办理</source>
        <translation>What people and businesses gain from it, and how to apply</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="28"/>
        <source>与原政策相比有哪些变化（可在“新旧对照”中生成）</source>
        <translation>What changed from the earlier policy (can be generated in &quot;Old vs new&quot;)</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="47"/>
        <source>解读的八个要素</source>
        <translation>The eight elements of an interpretation</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="114"/>
        <source>{0} 字</source>
        <translation>{0} characters</translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="119"/>
        <source>（过多）</source>
        <translation>(too long)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../gui/settings_table.py" line="37"/>
        <source>个人资料</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="38"/>
        <source>资料库</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="39"/>
        <source>上传网站</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="40"/>
        <source>文件夹</source>
        <translation>Folders</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="41"/>
        <source>界面</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="57"/>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="58"/>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="59"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="62"/>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="63"/>
        <source>科室负责人</source>
        <translation>Section head</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="64"/>
        <source>上传员</source>
        <translation>Uploader</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="69"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="70"/>
        <source>签名和审计记录中使用</source>
        <translation>Used in signatures and the audit log</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="71"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="72"/>
        <source>改变角色后窗口随之改变</source>
        <translation>The window changes with the role</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="73"/>
        <source>发布机构</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="74"/>
        <source>单位名称，也是网站上的发布机构</source>
        <translation>Name of the organisation; also the publisher shown on the website</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="75"/>
        <source>机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="76"/>
        <source>9 位组织机构代码或 18 位统一社会信用代码，用于索引号</source>
        <translation>9-character organisation code or 18-character unified social credit code, used in index numbers</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="77"/>
        <source>索引号规则</source>
        <translation>Index number scheme</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="78"/>
        <source>manual 表示由网站分配；默认 {org}/{year}-{serial:05d}</source>
        <translation>manual: the website assigns them; default {org}/{year}-{serial:05d}</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="79"/>
        <source>审核层级</source>
        <translation>Review levels</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="80"/>
        <source>初审</source>
        <translation>First review</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="81"/>
        <source>初审+复审</source>
        <translation>First review + second review</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="82"/>
        <source>可信审核人名单</source>
        <translation>Trusted reviewers list</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="83"/>
        <source>可选：统一下发的审核人公钥名单文件</source>
        <translation>Optional: a file of reviewers&apos; public keys distributed centrally</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="84"/>
        <source>主题分类表</source>
        <translation>Subject category table</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="85"/>
        <source>可选：本地的主题分类表；留空使用内置分类</source>
        <translation>Optional: a local subject category table; leave empty for the built-in one</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="86"/>
        <source>发布原稿不清理</source>
        <translation>Publish the original draft uncleaned</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="87"/>
        <source>否（发布清理过的副本）</source>
        <translation>No (publish the cleaned copy)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="88"/>
        <source>是（发布导入时的原文件）</source>
        <translation>Yes (publish the file as imported)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="89"/>
        <source>网站地址</source>
        <translation>Website address</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="90"/>
        <source>上传接口地址，以 http:// 或 https:// 开头</source>
        <translation>The upload address, starting with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="91"/>
        <source>上传方式</source>
        <translation>Upload method</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="92"/>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="93"/>
        <source>HTTP 接收接口</source>
        <translation>HTTP receiving endpoint</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="94"/>
        <source>令牌</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="95"/>
        <source>保存在系统密钥环中，不写入资料库</source>
        <translation>Kept in the system keyring, never in the library</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="96"/>
        <source>收件文件夹</source>
        <translation>Inbox folder</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="97"/>
        <source>科室负责人：放入这里的送审包自动出现在待审核列表</source>
        <translation>Section head: review packages put here appear in the review queue by themselves</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="98"/>
        <source>发件文件夹</source>
        <translation>Outbox folder</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="99"/>
        <source>生成的送审包、审核结果和上传包写到这里（如 U 盘）</source>
        <translation>Review packages, answers and upload packages are written here (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="100"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="101"/>
        <source>关怀模式</source>
        <translation>Care mode</translation>
    </message>
    <message>
        <location filename="../../gui/settings_table.py" line="102"/>
        <source>更大的字号和行距、高对比度、醒目的焦点框</source>
        <translation>Larger text and line spacing, high contrast, a clear focus frame</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="96"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="143"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="153"/>
        <source>签名密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="155"/>
        <source>信任的审核人</source>
        <translation>Trusted reviewers</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="212"/>
        <source>本机没有系统密钥环</source>
        <translation>No system keyring on this computer</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="215"/>
        <source>本机没有可用的系统密钥环，令牌不能在这里保存（也绝不写入资料库或配置文件）。上传时请用命令行的 --token-file 文件，或环境变量 POLICYPRESS_TOKEN 提供令牌。</source>
        <translation>This computer has no usable system keyring, so the token cannot be kept here (and it is never written to the library or the settings file). When uploading, give the token with the command line&apos;s --token-file file or the POLICYPRESS_TOKEN environment variable.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="225"/>
        <source>已保存在系统密钥环中（不显示）；输入新令牌可替换</source>
        <translation>Kept in the system keyring (not shown); type a new token to replace it</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="228"/>
        <source>令牌按网站的主机名保存在系统密钥环中。</source>
        <translation>The token is kept in the system keyring under the website&apos;s host name.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="258"/>
        <source>请填写姓名（签名和审计记录中使用）。</source>
        <translation>Please fill in your name (used in signatures and the audit log).</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="308"/>
        <source>请先填写网站地址：令牌按网站的主机名保存。</source>
        <translation>Fill in the website address first: the token is kept under the website&apos;s host name.</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../gui/source_pane.py" line="76"/>
        <source>原文</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="78"/>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="79"/>
        <source>页面</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="106"/>
        <location filename="../../gui/source_pane.py" line="123"/>
        <source>选中一个条目后，这里显示它的原文。</source>
        <translation>Select an item to see its original here.</translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="128"/>
        <source>正在读取原文…</source>
        <translation>Reading the original…</translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="172"/>
        <source>—— 第 {page} 页 ——</source>
        <translation>—— page {page} ——</translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="219"/>
        <source>原文没有可显示的文字。</source>
        <translation>The original has no text to show.</translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="248"/>
        <source>正在显示第 {page} 页…</source>
        <translation>Showing page {page}…</translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="301"/>
        <source>第 {page} / {total} 页</source>
        <translation>Page {page} / {total}</translation>
    </message>
</context>
<context>
    <name>SubmissionList</name>
    <message>
        <location filename="../../gui/submission_list.py" line="28"/>
        <source>按最近编辑</source>
        <translation>Recently edited</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="29"/>
        <source>按文号</source>
        <translation>By document number</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="30"/>
        <source>按标题</source>
        <translation>By title</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="31"/>
        <source>按状态</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="32"/>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="48"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="51"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="136"/>
        <source>找到 {n} 条</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="138"/>
        <source>共 {n} 条</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="142"/>
        <source>没有找到匹配的条目</source>
        <translation>No matching items</translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="145"/>
        <source>还没有条目。
把公文文件拖到窗口里，或用 文件 → 导入。</source>
        <translation>No items yet.
Drop official documents on the window, or use File → Import.</translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../../gui/submissions_model.py" line="30"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="31"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="32"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="33"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="34"/>
        <source>最近编辑</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="50"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="51"/>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="52"/>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="53"/>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="54"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="55"/>
        <source>已上传</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="56"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="57"/>
        <source>已失效</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="60"/>
        <source>政策文件</source>
        <translation>Policy document</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="61"/>
        <source>意见征集</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="62"/>
        <source>收费清单</source>
        <translation>Fee list</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="63"/>
        <source>政务动态</source>
        <translation>Government news</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="64"/>
        <source>重大行政决策</source>
        <translation>Major administrative decision</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="87"/>
        <source>今天 {time}</source>
        <translation>Today {time}</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="89"/>
        <source>昨天 {time}</source>
        <translation>Yesterday {time}</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="181"/>
        <source>（无标题）</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="183"/>
        <source>（无文号）</source>
        <translation>(no document number)</translation>
    </message>
</context>
<context>
    <name>UploadModels</name>
    <message>
        <location filename="../../gui/upload_models.py" line="41"/>
        <source>待上传</source>
        <translation>To upload</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="42"/>
        <location filename="../../gui/upload_models.py" line="52"/>
        <source>已上传</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="43"/>
        <source>不能上传</source>
        <translation>Cannot upload</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="46"/>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="47"/>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="48"/>
        <source>送审包</source>
        <translation>Review package</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="49"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="53"/>
        <source>网站上已有</source>
        <translation>Already on the website</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="54"/>
        <source>校验未通过</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="55"/>
        <source>不是发布包</source>
        <translation>Not a publication package</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="56"/>
        <source>未尝试</source>
        <translation>Not attempted</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="57"/>
        <source>令牌被拒绝</source>
        <translation>Token refused</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="58"/>
        <source>网站空间已满</source>
        <translation>Website storage full</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="59"/>
        <source>网络中断</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="60"/>
        <source>网站出错</source>
        <translation>Website error</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="61"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="62"/>
        <source>被网站拒绝</source>
        <translation>Refused by the website</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="63"/>
        <source>核对不符</source>
        <translation>Mismatch</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="64"/>
        <source>包已改动</source>
        <translation>Package changed</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="65"/>
        <source>包不能上传</source>
        <translation>Package cannot be uploaded</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="121"/>
        <location filename="../../gui/upload_models.py" line="270"/>
        <source>索引号</source>
        <translation>Index number</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="122"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="123"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="124"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="125"/>
        <source>校验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="126"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="212"/>
        <source>（无索引号）</source>
        <translation>(no index number)</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="214"/>
        <source>（无标题）</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="239"/>
        <source>上传包：{0}</source>
        <translation>Upload package: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="241"/>
        <source>尚未生成上传包</source>
        <translation>No upload package yet</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="268"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="269"/>
        <source>上传包</source>
        <translation>Upload package</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="271"/>
        <source>网站</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="272"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="273"/>
        <source>发送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../gui/upload_models.py" line="274"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UploadPanels</name>
    <message>
        <location filename="../../gui/upload_panels.py" line="32"/>
        <source>已生成，校验通过</source>
        <translation>Generated and verified</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="33"/>
        <source>校验通过，已列入待上传</source>
        <translation>Verified and queued for upload</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="34"/>
        <source>这是“{0}”，不是审核通过的发布包，不能上传（先审后发）</source>
        <translation>This is a &quot;{0}&quot;, not an approved publication package; it cannot be uploaded (review before publishing)</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="37"/>
        <source>校验未通过：{0}</source>
        <translation>Verification failed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="38"/>
        <location filename="../../gui/upload_panels.py" line="41"/>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="39"/>
        <source>已导出到 {0}，副本校验通过</source>
        <translation>Exported to {0}; the copy verified</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="40"/>
        <source>未导出：{0}</source>
        <translation>Not exported: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="69"/>
        <source>校验与结果</source>
        <translation>Verification and result</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="84"/>
        <source>选择列表中的上传包查看校验结果，或打开收到的上传包。</source>
        <translation>Select an upload package in the list to see its verification, or open a package you received.</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="98"/>
        <source>✓ 校验通过：{0}</source>
        <translation>✓ Verified: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="101"/>
        <source>✗ 校验未通过（{0} 项问题）：{1}</source>
        <translation>✗ Verification failed ({0} problems): {1}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="110"/>
        <source>类型：{0}</source>
        <translation>Type: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="113"/>
        <source>审核：{0} · {1}（{2}）{3}，{4}</source>
        <translation>Review: {0} · {1} ({2}) {3}, {4}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="118"/>
        <source>包完整，内容与审核记录一致，签名来自可信审核人。</source>
        <translation>The package is complete, its content matches the review record, and the signature is from a trusted reviewer.</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="155"/>
        <source>上传进度</source>
        <translation>Upload progress</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="167"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="168"/>
        <source>停止上传；已传完的文件下次不会重传</source>
        <translation>Stop uploading; files already sent are not sent again next time</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="170"/>
        <source>当前上传包</source>
        <translation>Current package</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="171"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="188"/>
        <source>没有进行中的上传。</source>
        <translation>No upload in progress.</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="198"/>
        <source>正在校验并连接网站…</source>
        <translation>Verifying and connecting to the website…</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="213"/>
        <source>正在上传 {0}/{1}：{2}
{3}</source>
        <translation>Uploading {0}/{1}: {2}
{3}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="218"/>
        <source>本包 {0} / {1}</source>
        <translation>This package {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="224"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="233"/>
        <source>已发送 {0}，跳过 {1}（网站上已有，未重传）</source>
        <translation>Sent {0}, skipped {1} (already on the website, not sent again)</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="243"/>
        <source>网站拒绝了上传令牌（HTTP {0}）：请在“设置 → 上传网站”中检查令牌是否正确、是否过期</source>
        <translation>The website refused the upload token (HTTP {0}): check in &quot;Settings → Website&quot; that the token is right and has not expired</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="248"/>
        <source>网站服务器存储空间已满（HTTP 507），请联系网站管理员</source>
        <translation>The website server&apos;s storage is full (HTTP 507); please contact the website administrator</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="250"/>
        <source>网络中断，上传未完成：已传完的文件已记下，再点“上传”会从中断处继续</source>
        <translation>The connection was lost before the upload finished: the files already sent are recorded, and &quot;Upload&quot; again continues from where it stopped</translation>
    </message>
    <message>
        <location filename="../../gui/upload_panels.py" line="252"/>
        <source>已取消上传：已传完的文件已记下，再点“上传”会从中断处继续</source>
        <translation>Upload cancelled: the files already sent are recorded, and &quot;Upload&quot; again continues from where it stopped</translation>
    </message>
</context>
<context>
    <name>UploadWorkspace</name>
    <message>
        <location filename="../../gui/upload_steps.py" line="72"/>
        <source>正在生成上传包…</source>
        <translation>Generating upload packages…</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="80"/>
        <source>正在导出并校验副本…</source>
        <translation>Exporting and verifying the copies…</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="93"/>
        <source>等待上传</source>
        <translation>Waiting to upload</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="96"/>
        <source>正在上传到 {0} …</source>
        <translation>Uploading to {0} …</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="167"/>
        <source>已生成 {0} 个上传包，保存在 {1}</source>
        <translation>Generated {0} upload packages in {1}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="169"/>
        <source>未能生成上传包</source>
        <translation>Could not generate the upload package</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="189"/>
        <source>校验通过</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="191"/>
        <source>校验未通过：{0}</source>
        <translation>Verification failed: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="198"/>
        <source>已校验 {0} 个上传包，{1} 个未通过</source>
        <translation>Verified {0} upload packages; {1} failed</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="209"/>
        <source>已打开 {0} 个上传包：{1} 个校验通过，{2} 个未通过</source>
        <translation>Opened {0} upload packages: {1} verified, {2} failed</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="225"/>
        <source>已导出 {0} 个上传包到 {1}，副本均已校验</source>
        <translation>Exported {0} upload packages to {1}; every copy verified</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="229"/>
        <source>导出未完成：{0} 个成功，{1} 个失败</source>
        <translation>Export incomplete: {0} succeeded, {1} failed</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="240"/>
        <source>上传中 {0}%</source>
        <translation>Uploading {0}%</translation>
    </message>
    <message>
        <location filename="../../gui/upload_steps.py" line="252"/>
        <source>已上传 {0} 个上传包：发送 {1}，跳过 {2}（网站上已有）</source>
        <translation>Uploaded {0} upload packages: {1} sent, {2} skipped (already on the website)</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="105"/>
        <source>打开上传包…</source>
        <translation>Open upload package…</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="106"/>
        <source>生成上传包</source>
        <translation>Generate upload package</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="107"/>
        <source>校验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="108"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="109"/>
        <source>上传</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="111"/>
        <source>只看待上传</source>
        <translation>Only those to upload</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="113"/>
        <source>打开收到的上传包（.zip），校验后列入清单</source>
        <translation>Open a received upload package (.zip); it is verified and then listed</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="114"/>
        <source>为所选的已通过条目生成上传包</source>
        <translation>Generate upload packages for the selected approved items</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="115"/>
        <source>重新校验所选上传包；未选择时打开文件校验</source>
        <translation>Verify the selected upload packages again; with none selected, open files to verify</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="116"/>
        <source>把所选上传包复制到文件夹或 U 盘，并校验副本</source>
        <translation>Copy the selected upload packages to a folder or USB stick and verify the copies</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="117"/>
        <source>把所选上传包上传到“设置”中的网站</source>
        <translation>Upload the selected upload packages to the website set in Settings</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="138"/>
        <source>还没有待上传的内容。
已通过审核的条目会列在这里；收到的上传包（.zip）可以拖到这里，或点“打开上传包…”。</source>
        <translation>Nothing to upload yet.
Approved items are listed here; drop received upload packages (.zip) here, or click &quot;Open upload package…&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="166"/>
        <source>上传记录</source>
        <translation>Upload log</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="232"/>
        <source>尚未生成上传包：点“生成上传包”，或直接“导出”/“上传”（会先生成）。</source>
        <translation>No upload package yet: click &quot;Generate upload package&quot;, or simply &quot;Export&quot; / &quot;Upload&quot; (it is generated first).</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="248"/>
        <source>打开上传包</source>
        <translation>Open upload package</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="260"/>
        <source>正在处理其他任务，完成后接着打开 {0} 个文件</source>
        <translation>Busy with another task; {0} files will be opened after it</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="265"/>
        <source>正在校验 {0} 个文件…</source>
        <translation>Verifying {0} files…</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="272"/>
        <source>请先在列表中选择已通过的条目</source>
        <translation>Select approved items in the list first</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="285"/>
        <source>所选条目还没有上传包：请先点“生成上传包”</source>
        <translation>The selected items have no upload package yet: click &quot;Generate upload package&quot; first</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="288"/>
        <source>正在校验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="294"/>
        <source>请先在列表中选择要导出的条目</source>
        <translation>Select the items to export in the list first</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="298"/>
        <source>导出到文件夹（如 U 盘）</source>
        <translation>Export to a folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="308"/>
        <source>请先在列表中选择要上传的条目</source>
        <translation>Select the items to upload in the list first</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="318"/>
        <source>尚未设置上传网站：请在“设置 → 上传网站”中填写网站地址和上传方式（WebDAV 或 HTTP）</source>
        <translation>No upload website set: fill in the website address and upload method (WebDAV or HTTP) in &quot;Settings → Website&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="323"/>
        <source>上传设置有误：{0}（设置 → 上传网站）</source>
        <translation>The upload settings are wrong: {0} (Settings → Website)</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="329"/>
        <source>所选条目中有 {0} 个已经上传过。仍要再上传一次吗？网站上已有的文件不会重传。</source>
        <translation>{0} of the selected items were uploaded before. Upload them again? Files already on the website are not sent again.</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="332"/>
        <source>再次上传</source>
        <translation>Upload again</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="369"/>
        <source>选择存放上传包的文件夹</source>
        <translation>Choose the folder for upload packages</translation>
    </message>
    <message>
        <location filename="../../gui/upload_workspace.py" line="386"/>
        <source>上传包 (*.zip);;所有文件 (*)</source>
        <translation>Upload packages (*.zip);;All files (*)</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <location filename="../../gui/workspace_tabs.py" line="36"/>
        <source>“{title}”功能尚未完成，将在后续版本提供。</source>
        <translation>&quot;{title}&quot; is not finished yet; it will come in a later version.</translation>
    </message>
</context>
</TS>
