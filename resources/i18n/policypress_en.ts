<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="90"/>
        <source>无法打开资料库</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <location filename="../../gui/checks_tab.py" line="33"/>
        <source>阻断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="34"/>
        <source>警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="35"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="46"/>
        <source>字段“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="53"/>
        <source>解读形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="55"/>
        <source>解读“{section}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="57"/>
        <source>政策解读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="59"/>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="63"/>
        <source>全文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="92"/>
        <source>重新检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="93"/>
        <source>提交审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="98"/>
        <location filename="../../gui/checks_tab.py" line="257"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="98"/>
        <location filename="../../gui/checks_tab.py" line="258"/>
        <source>位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="108"/>
        <source>双击一项可跳到对应的字段、原文段落或解读部分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="145"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="165"/>
        <source>检查未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="192"/>
        <source>（已接受：{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="205"/>
        <source>未选择条目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="216"/>
        <source>状态：{status}。阻断 {block}，警告 {warn}，提示 {info}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="222"/>
        <source>有 {block} 项阻断问题，改正后才能提交审核（另有警告 {warn}，提示 {info}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="225"/>
        <source>没有阻断问题，可以提交审核（警告 {warn}，提示 {info}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="259"/>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="260"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="261"/>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="282"/>
        <source>正在提交审核…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/checks_tab.py" line="295"/>
        <source>已提交审核，等待科室负责人审核。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffTab</name>
    <message>
        <location filename="../../gui/diff_tab.py" line="71"/>
        <source>选择原政策文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="80"/>
        <source>只看有变化的条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="103"/>
        <source>选中一行，查看逐字对照（删去的划线，新增的加下划线）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="106"/>
        <source>对照后，这里给出变化的概述，可修改后插入解读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="108"/>
        <source>插入到“新旧政策差异”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="115"/>
        <source>变化概述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="141"/>
        <source>尚未选择原政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="143"/>
        <source>如果这份文件修订或替代了以前的政策，选择原政策文件，生成新旧对照表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="153"/>
        <source>选择原政策文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="154"/>
        <source>政策文件 ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="166"/>
        <source>资料库中的原政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="167"/>
        <source>原政策：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="168"/>
        <source>正在读取并对照两份文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="181"/>
        <source>无法对照：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="199"/>
        <source>已插入到解读的“新旧政策差异”部分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="207"/>
        <source>未能插入：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/diff_tab.py" line="231"/>
        <source>共 {0} 处：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="43"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="44"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="45"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="46"/>
        <source>移动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="47"/>
        <source>未变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="58"/>
        <source>未变的条款不着色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="59"/>
        <source>图例：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="102"/>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="103"/>
        <source>新条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="104"/>
        <source>新政策内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="105"/>
        <source>原条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="106"/>
        <source>原政策内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_difftable.py" line="107"/>
        <source>相似度</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/errors.py" line="52"/>
        <source>出现意外错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="54"/>
        <source>程序遇到一个意外错误。您的修改已自动保存，可以继续工作。
如果问题反复出现，请复制下面的报告发给技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="66"/>
        <source>复制报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="115"/>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <location filename="../../gui/field_editors.py" line="122"/>
        <source>如 2024-06-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/field_editors.py" line="125"/>
        <source>从日历选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/field_editors.py" line="161"/>
        <source>（未选择）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsTab</name>
    <message>
        <location filename="../../gui/fields_tab.py" line="37"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="38"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="39"/>
        <source>发文机关标志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="40"/>
        <source>发文机关署名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="41"/>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="42"/>
        <source>文种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="43"/>
        <source>主送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="44"/>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="45"/>
        <source>公开属性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="46"/>
        <source>有效性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="47"/>
        <source>施行日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="48"/>
        <source>有效期至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="49"/>
        <source>有效期（年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="50"/>
        <source>暂行/试行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="51"/>
        <source>规范性文件登记号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="52"/>
        <source>索引号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="53"/>
        <source>主题分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="54"/>
        <source>发布机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="55"/>
        <source>发布日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="56"/>
        <source>附件说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="57"/>
        <source>抄送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="58"/>
        <source>印发机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="59"/>
        <source>印发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="60"/>
        <source>份号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="61"/>
        <source>密级和保密期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="62"/>
        <source>紧急程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="66"/>
        <source>公文要素</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="70"/>
        <source>公开与有效性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="82"/>
        <source>政府信息公开目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="86"/>
        <source>版头与版记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="130"/>
        <source>全部确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="132"/>
        <source>核对无误后，把所有提取出的值记为已确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="182"/>
        <source>标题含“暂行”或“试行”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="194"/>
        <source>多项用“；”分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="196"/>
        <source>如 昌府办字〔2024〕26号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="198"/>
        <source>提交审核时自动编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="234"/>
        <source>（无标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="236"/>
        <source>未选择条目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="249"/>
        <source>扫描件：原件没有文字层，无法自动提取。请对照右侧的页面图像手工填写各项信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="253"/>
        <source>已发布的条目不能直接修改，请导入新版本。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="267"/>
        <source>已确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="269"/>
        <source>{who} 确认于 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="276"/>
        <source>高</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="280"/>
        <source>中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="284"/>
        <source>低，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="287"/>
        <source>提取置信度 {share}；聚焦此项可在右侧原文中看到出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="292"/>
        <source>待填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="307"/>
        <source>建议：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/fields_tab.py" line="330"/>
        <source>不合 GB/T 9704：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message>
        <location filename="../../gui/interp_forms.py" line="35"/>
        <source>图片/图解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="36"/>
        <source>视频</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="37"/>
        <source>互动直播</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="38"/>
        <source>简明问答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="39"/>
        <source>现场宣讲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="47"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="50"/>
        <source>解读形式 {0}/{1}：{2} ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="52"/>
        <source>解读形式 {0}/{1}：{2}，还差 {3} 种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="66"/>
        <source>添加图片/图解…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="67"/>
        <source>添加视频…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="68"/>
        <source>记录互动直播</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="69"/>
        <source>记录现场宣讲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="74"/>
        <source>添加问答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="83"/>
        <source>&lt;b&gt;简明问答&lt;/b&gt;（回答了的问题计为一种形式）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="146"/>
        <source>选择图片或图解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="147"/>
        <source>图片 ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="149"/>
        <source>选择视频</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="150"/>
        <source>视频 ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="170"/>
        <source>标题或说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="172"/>
        <source>时间、地点、主讲人或直播链接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="179"/>
        <source>删除这种形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="188"/>
        <source>记录要点：讲了什么、回答了哪些问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="203"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="208"/>
        <source>删除这条问答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="211"/>
        <source>问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_forms.py" line="218"/>
        <source>用通俗的话回答</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../gui/importing.py" line="70"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="78"/>
        <source>正在导入 {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="88"/>
        <source>导入结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="90"/>
        <source>已导入 {ok} 个文件，{bad} 个未能导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="96"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="96"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="104"/>
        <source>已导入；扫描件没有文字层，请对照页面图像手工填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/importing.py" line="173"/>
        <source>正在取消…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterpretationTab</name>
    <message>
        <location filename="../../gui/interp_panels.py" line="29"/>
        <source>原文·{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="31"/>
        <source>原文·第{0}页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="32"/>
        <source>原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="46"/>
        <source>在原文中查看出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="103"/>
        <location filename="../../gui/interpretation_tab.py" line="329"/>
        <source>“{0}”的参考素材</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="104"/>
        <source>摘自原文，供参考：插入后请用通俗的话改写，不要照搬。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="106"/>
        <source>原文中没有找到这一部分的素材，请自行撰写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="115"/>
        <source>插入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="117"/>
        <source>插入到正在编辑的部分的光标处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="141"/>
        <source>为专业术语各写一句通俗的解释；常见的词可以不解释。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="146"/>
        <source>添加关键词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="148"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="193"/>
        <source>通俗解释</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="194"/>
        <source>“{0}”的解释</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_panels.py" line="199"/>
        <source>删除这个关键词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="63"/>
        <source>解读标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="74"/>
        <source>参考素材</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="75"/>
        <source>关键词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="76"/>
        <source>形式与问答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="83"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="127"/>
        <source>未选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="138"/>
        <source>已发布的条目不能直接修改，如需修改请导入新版本。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="142"/>
        <source>正在读取原文…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="143"/>
        <source>正在分析原文…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="245"/>
        <source>正在存入 {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="295"/>
        <source>原文没有可比对的文字（扫描件？），无法计算照搬比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="305"/>
        <source>无法读取原文：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="330"/>
        <source>在“新旧对照”中选择原政策文件，可生成变化概述并插入这里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="353"/>
        <source>已自动保存 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interpretation_tab.py" line="360"/>
        <source>未能保存：{0}（修改仍在，将自动重试）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="46"/>
        <source>PolicyPress 政策文件发布助手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="56"/>
        <location filename="../../gui/main_window.py" line="66"/>
        <source>政策解读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="60"/>
        <location filename="../../gui/main_window.py" line="67"/>
        <source>新旧对照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="65"/>
        <source>文件信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="68"/>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="102"/>
        <source>从左侧列表选择一个条目，
或把公文文件（.docx .doc .wps .pdf .ofd）拖到窗口里导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="109"/>
        <location filename="../../gui/menus.py" line="45"/>
        <source>导入文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154"/>
        <source>已自动保存 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166"/>
        <source> · 检查：{block} 阻断，{warn} 警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>检查 ({n} 阻断)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="211"/>
        <source>已提交审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="217"/>
        <source>导入公文文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="219"/>
        <source>公文文件 ({patterns});;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="228"/>
        <source>导入文件夹中的公文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="236"/>
        <source>正在导入，请等这一批完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>没有找到可导入的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>已导入 {ok} 个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="252"/>
        <source>，{bad} 个未能导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="256"/>
        <source>（已取消其余文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="29"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="33"/>
        <source>导入一个或多个公文文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="34"/>
        <source>提交审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>没有阻断问题时，提交科室负责人审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="37"/>
        <source>全部确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="39"/>
        <source>重新检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="43"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="48"/>
        <source>导入文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="52"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="54"/>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="59"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="62"/>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="68"/>
        <source>刷新列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="69"/>
        <source>设置(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="71"/>
        <source>资料库信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="73"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="75"/>
        <location filename="../../gui/menus.py" line="118"/>
        <source>使用说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="78"/>
        <location filename="../../gui/menus.py" line="134"/>
        <source>关于 PolicyPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="81"/>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="91"/>
        <source>经办人 · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="96"/>
        <source>搜索标题、文号、正文…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="107"/>
        <source>资料库信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="108"/>
        <source>资料库位置：{path}
条目数：{n}

换用其他资料库：启动前设置环境变量 POLICYPRESS_HOME。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="119"/>
        <source>1. 导入公文：把文件或文件夹拖进窗口，或用 文件 → 导入。
2. 在“文件信息”中对照右侧原文核对各项；改动自动保存，核对无误后点“全部确认”。
3. 在“政策解读”中撰写解读，可参考右侧素材；“新旧对照”比较原政策。
4. 在“检查”中逐项改正阻断问题（双击可跳到出处），然后“提交审核”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="135"/>
        <source>PolicyPress {version}
政策文件与政策解读发布助手</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalityMeter</name>
    <message>
        <location filename="../../gui/interp_meter.py" line="107"/>
        <source>照搬原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="110"/>
        <source>正在读取原文…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="132"/>
        <source>{0}%，超过上限 {1}%，请用自己的话改写标出的段落</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="135"/>
        <source>{0}%，接近上限 {1}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="138"/>
        <source>{0}%（上限 {1}%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_meter.py" line="178"/>
        <source>照搬 {0}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <location filename="../../gui/interp_sections.py" line="21"/>
        <source>为什么出台：上位政策依据、要解决的问题、起草过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="22"/>
        <source>要达到什么目标、完成哪些任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="23"/>
        <source>政策的主要内容，用通俗的话分条概括</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="24"/>
        <source>专业术语及其含义（也可在右侧“关键词”中逐个解释）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="25"/>
        <source>适用于哪些地区、人群或单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="26"/>
        <source>具体的条件、标准、金额、期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="27"/>
        <source>群众和企业能得到哪些实惠，怎样办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="28"/>
        <source>与原政策相比有哪些变化（可在“新旧对照”中生成）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="47"/>
        <source>解读的八个要素</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="114"/>
        <source>{0} 字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/interp_sections.py" line="119"/>
        <source>（过多）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../gui/source_pane.py" line="76"/>
        <source>原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="78"/>
        <source>文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="79"/>
        <source>页面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="106"/>
        <location filename="../../gui/source_pane.py" line="123"/>
        <source>选中一个条目后，这里显示它的原文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="128"/>
        <source>正在读取原文…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="172"/>
        <source>—— 第 {page} 页 ——</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="219"/>
        <source>原文没有可显示的文字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="248"/>
        <source>正在显示第 {page} 页…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/source_pane.py" line="301"/>
        <source>第 {page} / {total} 页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionList</name>
    <message>
        <location filename="../../gui/submission_list.py" line="28"/>
        <source>按最近编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="29"/>
        <source>按文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="30"/>
        <source>按标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="31"/>
        <source>按状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="32"/>
        <source>按类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="48"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="51"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="127"/>
        <source>找到 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="129"/>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="133"/>
        <source>没有找到匹配的条目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submission_list.py" line="136"/>
        <source>还没有条目。
把公文文件拖到窗口里，或用 文件 → 导入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../../gui/submissions_model.py" line="29"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="30"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="31"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="32"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="33"/>
        <source>最近编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="39"/>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="40"/>
        <source>待审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="41"/>
        <source>已通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="42"/>
        <source>已退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="43"/>
        <source>已导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="44"/>
        <source>已上传</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="45"/>
        <source>已撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="46"/>
        <source>已失效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="49"/>
        <source>政策文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="50"/>
        <source>意见征集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="51"/>
        <source>收费清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="52"/>
        <source>政务动态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="53"/>
        <source>重大行政决策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="76"/>
        <source>今天 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="78"/>
        <source>昨天 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="165"/>
        <source>（无标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/submissions_model.py" line="167"/>
        <source>（无文号）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <location filename="../../gui/workspace_tabs.py" line="36"/>
        <source>“{title}”功能尚未完成，将在后续版本提供。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
