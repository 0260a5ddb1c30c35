<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EpochCounter</name>
    <message>
        <source>Epoch 0</source>
        <translation>第 0 轮</translation>
    </message>
    <message>
        <source>Epoch {epoch:,.1f} · step {step:,}</source>
        <translation>第 {epoch:,.1f} 轮 · 第 {step:,} 步</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time the app starts.</source>
        <translation>界面语言将在下次启动应用时更改。</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <source>Loss &amp;&amp; accuracy</source>
        <translation>损失与准确率</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Neural Playground projects (*.json);;All files (*)</source>
        <translation>Neural Playground 项目 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>{tip} ({key})</source>
        <translation>{tip}（{key}）</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>新建一个项目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save under another name</source>
        <translation>以另一个名称保存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次修改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>重做刚才撤销的修改</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>开始或暂停训练</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train one batch</source>
        <translation>训练一个批次</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>一轮</translation>
    </message>
    <message>
        <source>Train to the end of the epoch</source>
        <translation>训练到本轮结束</translation>
    </message>
    <message>
        <source>Slow step</source>
        <translation>慢动作单步</translation>
    </message>
    <message>
        <source>One step in slow motion: forward pass, loss, backward pass, update, one per key press</source>
        <translation>以慢动作训练一步：前向传播、损失、反向传播、更新，每按一次键进行一个阶段</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>New random weights, training from step 0</source>
        <translation>重新随机初始化权重，从第 0 步开始训练</translation>
    </message>
    <message>
        <source>Reset with the Same Weights</source>
        <translation>用相同的权重重置</translation>
    </message>
    <message>
        <source>Start again from this run&apos;s initial weights: compared with a pinned run, only what you changed differs</source>
        <translation>从本次运行的初始权重重新开始：与固定的运行相比，只有你改动过的地方不同</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>适应视图</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>显示整个网络</translation>
    </message>
    <message>
        <source>Tidy up</source>
        <translation>整理布局</translation>
    </message>
    <message>
        <source>Arrange the layers neatly</source>
        <translation>把各层排列整齐</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Large type and the side panels hidden, for a projector</source>
        <translation>大字号并隐藏侧边面板，适合用投影仪演示</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>  Problems</source>
        <translation>  问题</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Drag layers from the left onto the canvas; press Space to train.</source>
        <translation>把左侧的层拖到画布上；按 Space 开始训练。</translation>
    </message>
    <message>
        <source>Undo {change} (Ctrl+Z)</source>
        <translation>撤销“{change}”（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的修改</translation>
    </message>
    <message>
        <source>Redo {change} (Ctrl+Shift+Z)</source>
        <translation>重做“{change}”（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的修改</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>是否保存对 {name} 的修改？</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Could not open {name}:

{error}</source>
        <translation>无法打开 {name}：

{error}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>Could not open the example:

{error}</source>
        <translation>无法打开示例：

{error}</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Could not save to {path}:

{error}</source>
        <translation>无法保存到 {path}：

{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>That fix no longer applies: {error}</source>
        <translation>这个快速修复已不再适用：{error}</translation>
    </message>
    <message>
        <source>{fix} (Ctrl+Z undoes it).</source>
        <translation>{fix}（按 Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>  Play is off: {reason}</source>
        <translation>  无法开始训练：{reason}</translation>
    </message>
    <message>
        <source>Fix the problems first: {reason}</source>
        <translation>请先解决问题：{reason}</translation>
    </message>
    <message>
        <source>Epoch 0 · Step 0</source>
        <translation>第 0 轮 · 第 0 步</translation>
    </message>
    <message>
        <source>starting the engine…</source>
        <translation>正在启动训练引擎…</translation>
    </message>
    <message>
        <source>Epoch {epoch:,.1f} · Step {step:,}</source>
        <translation>第 {epoch:,.1f} 轮 · 第 {step:,} 步</translation>
    </message>
    <message>
        <source>{rate:,.0f} steps/s</source>
        <translation>{rate:,.0f} 步/秒</translation>
    </message>
    <message>
        <source>lr {rate:g}</source>
        <translation>学习率 {rate:g}</translation>
    </message>
    <message>
        <source>Engine ready on {devices}</source>
        <translation>训练引擎已就绪，设备：{devices}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>That weight belongs to a run that no longer fits the network: nothing changed.</source>
        <translation>这个权重所属的运行已与当前网络不匹配：没有做任何修改。</translation>
    </message>
    <message>
        <source>neuron {n}</source>
        <translation>第 {n} 个神经元</translation>
    </message>
    <message>
        <source>{layer}: {feature}</source>
        <translation>{layer}：{feature}</translation>
    </message>
    <message>
        <source>{layer}, neuron {n}</source>
        <translation>{layer}，第 {n} 个神经元</translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <source>Speed: max</source>
        <translation>速度：最快</translation>
    </message>
    <message>
        <source>Speed: {rate:g}/s</source>
        <translation>速度：{rate:g} 步/秒</translation>
    </message>
    <message>
        <source>Training steps a second: slow it down to narrate what happens, speed it up again at any time (also while it trains).</source>
        <translation>每秒训练的步数：放慢速度便于边讲解边观察，随时都可以再调快（训练进行中也可以）。</translation>
    </message>
</context>
<context>
    <name>slow_motion</name>
    <message>
        <source>out: {values}</source>
        <translation>输出：{values}</translation>
    </message>
    <message>
        <source>mean |out| {value}</source>
        <translation>平均 |输出| {value}</translation>
    </message>
    <message>
        <source>loss {value}</source>
        <translation>损失 {value}</translation>
    </message>
    <message>
        <source>+ regularization {value}</source>
        <translation>+ 正则化 {value}</translation>
    </message>
    <message>
        <source>gradient size {value}</source>
        <translation>梯度大小 {value}</translation>
    </message>
    <message>
        <source>weights moved {value}</source>
        <translation>权重变化 {value}</translation>
    </message>
    <message>
        <source>Slow step {step}, {n}/{total} · </source>
        <translation>慢动作第 {step} 步，{n}/{total} · </translation>
    </message>
    <message>
        <source>Forward pass: a batch of {size} samples flows through the network; each layer shows its output for the first sample. {key}: the loss.</source>
        <translation>前向传播：一个含 {size} 个样本的批次流经网络；每一层显示它对第一个样本的输出。{key}：计算损失。</translation>
    </message>
    <message>
        <source>Loss: the outputs are compared with the targets: {loss}. {key}: the backward pass.</source>
        <translation>损失：把输出与目标进行比较，得到 {loss}。{key}：反向传播。</translation>
    </message>
    <message>
        <source>Loss: the outputs are compared with the targets: {loss} plus {penalty} for the weights&apos; size. {key}: the backward pass.</source>
        <translation>损失：把输出与目标进行比较，得到 {loss}，再加上权重大小带来的 {penalty}。{key}：反向传播。</translation>
    </message>
    <message>
        <source>Backward pass: the gradient says how each weight should change to lower the loss; each layer shows its size. {key}: the update.</source>
        <translation>反向传播：梯度说明每个权重应如何变化才能降低损失；每一层显示其梯度的大小。{key}：更新。</translation>
    </message>
    <message>
        <source>Update: each layer&apos;s weights moved against the gradient (learning rate {rate:g}), by the amount shown. {key}: the next step in slow motion; Play trains on as usual.</source>
        <translation>更新：每一层的权重沿梯度的反方向移动了所示的量（学习率 {rate:g}）。{key}：以慢动作进行下一步；按“开始”照常继续训练。</translation>
    </message>
</context>
</TS>
