<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>Could not keep a recovery copy of your work in {folder}: {error}</source>
        <translation>无法在 {folder} 中保存你的工作的恢复副本：{error}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PyTorch &amp;Script...</source>
        <translation>PyTorch 脚本(&amp;S)...</translation>
    </message>
    <message>
        <source>Export a PyTorch training script</source>
        <translation>导出 PyTorch 训练脚本</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>&amp;ONNX...</source>
        <translation>ONNX(&amp;O)...</translation>
    </message>
    <message>
        <source>Export the network as ONNX</source>
        <translation>将网络导出为 ONNX</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>&amp;Weights...</source>
        <translation>权重(&amp;W)...</translation>
    </message>
    <message>
        <source>Save the trained weights</source>
        <translation>保存训练好的权重</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pt)</source>
        <translation>PyTorch 权重 (*.pt)</translation>
    </message>
    <message>
        <source>&amp;Curves as CSV...</source>
        <translation>曲线导出为 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Export the curves and metrics as CSV</source>
        <translation>将曲线和指标导出为 CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Training script saved to {path}</source>
        <translation>训练脚本已保存到 {path}</translation>
    </message>
    <message>
        <source>ONNX model saved to {path}</source>
        <translation>ONNX 模型已保存到 {path}</translation>
    </message>
    <message>
        <source>Weights saved to {path}</source>
        <translation>权重已保存到 {path}</translation>
    </message>
    <message>
        <source>Curves saved to {path}</source>
        <translation>曲线已保存到 {path}</translation>
    </message>
    <message>
        <source>Plot saved to {path}</source>
        <translation>图已保存到 {path}</translation>
    </message>
    <message>
        <source>There are no curves to export yet: press Play to train the network first.</source>
        <translation>还没有可以导出的曲线：请先按“开始”训练网络。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>A standalone Python file that trains this network with torch (python net.py, or torchrun for several processes)</source>
        <translation>一个独立的 Python 文件，用 torch 训练这个网络（直接用 Python 运行，或用 torchrun 在多个进程中运行）</translation>
    </message>
    <message>
        <source>The weights of the network trained so far, for the exported script&apos;s --weights</source>
        <translation>目前已训练的网络权重，导出的脚本可以读取它们</translation>
    </message>
    <message>
        <source>The loss and accuracy of every point of the curves, then the final metrics, for a spreadsheet or pandas</source>
        <translation>曲线上每个点的损失和准确率，以及最终的指标，可用电子表格或 pandas 打开</translation>
    </message>
    <message>
        <source>Plot as &amp;PNG</source>
        <translation>图导出为 PNG(&amp;P)</translation>
    </message>
    <message>
        <source>Plot as S&amp;VG</source>
        <translation>图导出为 SVG(&amp;V)</translation>
    </message>
    <message>
        <source>There is no network to export yet: fix the problems shown on the canvas first.</source>
        <translation>还没有可以导出的网络：请先修复画布上显示的问题。</translation>
    </message>
    <message>
        <source>Save the {plot} plot as {format}</source>
        <translation>将{plot}图保存为 {format}</translation>
    </message>
    <message>
        <source>No plot to save</source>
        <translation>没有可以保存的图</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>GanTrainer</name>
    <message>
        <source>Training diverged near step {step}: the loss became infinite or NaN. The learning rates (D {d_rate:g}, G {g_rate:g}) are probably too high; the weights were restored to step {good}.</source>
        <translation>训练在第 {step} 步附近发散：损失变成了无穷大或非数值。学习率（D {d_rate:g}，G {g_rate:g}）可能太高了；权重已恢复到第 {good} 步的值。</translation>
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
    <name>PinBoard</name>
    <message>
        <source>Train the run a little first: there are no curves to pin yet.</source>
        <translation>请先训练一会儿：还没有可以固定的曲线。</translation>
    </message>
    <message>
        <source>At most {n} runs can be pinned: remove one first.</source>
        <translation>最多只能固定 {n} 个运行：请先移除一个。</translation>
    </message>
    <message>
        <source>Pin the run</source>
        <translation>固定运行</translation>
    </message>
    <message>
        <source>Remove a pinned run</source>
        <translation>移除一个固定的运行</translation>
    </message>
    <message>
        <source>Remove the pinned runs</source>
        <translation>移除固定的运行</translation>
    </message>
    <message>
        <source>Pin this run</source>
        <translation>固定这次运行</translation>
    </message>
    <message>
        <source>Keep this run&apos;s curves on the plots, faded and labelled, to compare with the next run.</source>
        <translation>把这次运行的曲线以淡色加标签的形式留在图上，以便与下一次运行比较。</translation>
    </message>
    <message>
        <source>Remove “{label}”</source>
        <translation>移除“{label}”</translation>
    </message>
    <message>
        <source>Remove all pinned runs</source>
        <translation>移除所有固定的运行</translation>
    </message>
</context>
<context>
    <name>PlotMenu</name>
    <message>
        <source>Save Plot as {format}...</source>
        <translation>将图保存为 {format}...</translation>
    </message>
</context>
<context>
    <name>ProcessRunner</name>
    <message>
        <source>The training worker stopped unexpectedly (exit code {code}). Press Reset to start a new one.</source>
        <translation>训练进程意外停止（退出码 {code}）。请按“重置”启动一个新的训练进程。</translation>
    </message>
</context>
<context>
    <name>Recovered</name>
    <message>
        <source>today at {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>%a %d %b %Y</source>
        <translation>%Y年%m月%d日</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start new run</source>
        <translation>开始新的运行</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>This run continues from the weights saved beside the project ({file}); Reset starts from new weights.</source>
        <translation>这次运行从项目旁保存的权重（{file}）继续；按“重置”则从新的权重开始。</translation>
    </message>
    <message>
        <source>The canvas is empty, so the trained run ({steps:,} steps) is put away. Undo (Ctrl+Z) brings its network back and the run with it.</source>
        <translation>画布是空的，所以已训练的运行（{steps:,} 步）被暂时收起。撤销（Ctrl+Z）会恢复它的网络，运行也随之恢复。</translation>
    </message>
    <message>
        <source>The network changed, so the trained run ({steps:,} steps) no longer fits it. Press Play or Reset to train the new network from scratch, or Undo (Ctrl+Z) to keep the old run.</source>
        <translation>网络已经改变，已训练的运行（{steps:,} 步）不再适用于它。按“开始”或“重置”从头训练新网络，或者撤销（Ctrl+Z）以保留原来的运行。</translation>
    </message>
    <message>
        <source>Training paused at step {step:,}: the loss grew from {start:.3g} to {now:.3g}, so the run is diverging. The learning rate ({rate:g}) is probably too high: lower it in the Training panel, then press Reset.</source>
        <translation>训练在第 {step:,} 步暂停：损失从 {start:.3g} 增长到 {now:.3g}，运行正在发散。学习率（{rate:g}）可能太高了：请在训练面板中调低它，然后按“重置”。</translation>
    </message>
</context>
<context>
    <name>ThreadRunner</name>
    <message>
        <source>The training worker stopped unexpectedly. Press Reset to start a new one.</source>
        <translation>训练进程意外停止。请按“重置”启动一个新的训练进程。</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>The network has nothing to learn: add a layer with weights (Dense, Conv2D, a recurrent layer, ...) between the Input and the Output.</source>
        <translation>网络没有可以学习的参数：请在 Input 和 Output 之间添加一个有权重的层（Dense、Conv2D、循环层……）。</translation>
    </message>
    <message>
        <source>{name} cannot change during a run: reset instead.</source>
        <translation>{name} 不能在运行中更改：请重置。</translation>
    </message>
    <message>
        <source>Training diverged near step {step}: the loss became infinite or NaN. The learning rate ({rate:g}) is probably too high; the weights were restored to step {good}.</source>
        <translation>训练在第 {step} 步附近发散：损失变成了无穷大或非数值。学习率（{rate:g}）可能太高了；权重已恢复到第 {good} 步的值。</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>The training engine could not start ({error}). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation>训练进程无法启动（{error}）。请按“重新启动”再次启动它：网络会保留，训练从头开始。</translation>
    </message>
    <message>
        <source>The training engine did not start within {seconds:.0f} s. Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation>训练进程没有在 {seconds:.0f} 秒内启动。请按“重新启动”再次启动它：网络会保留，训练从头开始。</translation>
    </message>
    <message>
        <source>The training engine stopped answering (nothing for {seconds:.0f} s). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation>训练进程停止了响应（已有 {seconds:.0f} 秒没有消息）。请按“重新启动”再次启动它：网络会保留，训练从头开始。</translation>
    </message>
</context>
<context>
    <name>WorkerLoop</name>
    <message>
        <source>The network could not be built: {error}</source>
        <translation>无法构建网络：{error}</translation>
    </message>
    <message>
        <source>{error} This run starts from new weights.</source>
        <translation>{error} 这次运行从新的权重开始。</translation>
    </message>
    <message>
        <source>There is no network to train yet: fix the problems shown first.</source>
        <translation>还没有可以训练的网络：请先修复显示的问题。</translation>
    </message>
    <message>
        <source>That weight is not in this run any more ({error}); nothing changed.</source>
        <translation>这个权重已不在这次运行中（{error}）；没有做任何更改。</translation>
    </message>
    <message>
        <source>There is no network to export yet: fix the problems shown first.</source>
        <translation>还没有可以导出的网络：请先修复显示的问题。</translation>
    </message>
    <message>
        <source>The weights could not be exported: {error}</source>
        <translation>无法导出权重：{error}</translation>
    </message>
    <message>
        <source>The onnx could not be exported: {error}</source>
        <translation>无法导出 ONNX 文件：{error}</translation>
    </message>
    <message>
        <source>Training stopped with an error: {error}</source>
        <translation>训练因错误而停止：{error}</translation>
    </message>
    <message>
        <source>That speed cannot be used: {error}.</source>
        <translation>无法使用这个速度：{error}。</translation>
    </message>
    <message>
        <source>Finished: reached the limit of {epochs} epochs.</source>
        <translation>已完成：达到了 {epochs} 个轮次的上限。</translation>
    </message>
    <message>
        <source>Could not measure the network: {error}</source>
        <translation>无法测量网络：{error}</translation>
    </message>
    <message>
        <source>The training engine could not start: {error}</source>
        <translation>训练进程无法启动：{error}</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>it cannot be read: {error}</source>
        <translation>无法读取它：{error}</translation>
    </message>
    <message>
        <source>it is damaged (not readable text)</source>
        <translation>它已损坏（不是可读的文本）</translation>
    </message>
    <message>
        <source>it is not an autosave of Neural Playground</source>
        <translation>它不是 Neural Playground 的自动保存文件</translation>
    </message>
    <message>
        <source>it was written by another version of Neural Playground (format {version!r})</source>
        <translation>它由另一个版本的 Neural Playground 写入（格式 {version!r}）</translation>
    </message>
    <message>
        <source>its time, title or file name is missing</source>
        <translation>缺少它的时间、标题或文件名</translation>
    </message>
    <message>
        <source>the network in it is damaged: {error}</source>
        <translation>其中的网络已损坏：{error}</translation>
    </message>
    <message>
        <source>{app} closed unexpectedly, but the copy of your work it kept could not be opened: {error}.

The file was kept as {file}.</source>
        <translation>{app} 意外关闭了，但它为你的工作保存的副本无法打开：{error}。

该文件已保留为 {file}。</translation>
    </message>
    <message>
        <source>{app} closed unexpectedly. Recover the network you were editing ({title}, {when})?</source>
        <translation>{app} 意外关闭了。要恢复你正在编辑的网络（{title}，{when}）吗？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>A GAN cannot be exported yet: the exported script trains one network with one loss, and a GAN is two networks trained against each other. Train it in the app or with `playground train`.</source>
        <translation>GAN 还不能导出：导出的脚本用一个损失训练一个网络，而 GAN 是相互对抗训练的两个网络。请在应用中训练它，或使用命令 `playground train`。</translation>
    </message>
    <message>
        <source>Exporting to ONNX needs the onnx packages, which are not installed. Install them with: {command}  (or: {packages})</source>
        <translation>导出 ONNX 需要 onnx 软件包，但它们还没有安装。请用以下命令安装：{command}（或者：{packages}）</translation>
    </message>
    <message>
        <source>The ONNX file could not be written to {path}: {error}.</source>
        <translation>无法将 ONNX 文件写入 {path}：{error}。</translation>
    </message>
    <message>
        <source>This network could not be exported to ONNX: {error}</source>
        <translation>这个网络无法导出为 ONNX：{error}</translation>
    </message>
    <message>
        <source>The network has problems to fix before it can be exported: {problem}</source>
        <translation>网络在导出前还有需要修复的问题：{problem}</translation>
    </message>
    <message>
        <source>{label} cannot be exported yet: the script has no code for {kind} layers.</source>
        <translation>{label} 还不能导出：脚本中还没有 {kind} 层的代码。</translation>
    </message>
    <message>
        <source>The optimizer {name!r} cannot be exported yet.</source>
        <translation>优化器 {name!r} 还不能导出。</translation>
    </message>
    <message>
        <source>The script could not be written to {path}: {error}.</source>
        <translation>无法将脚本写入 {path}：{error}。</translation>
    </message>
    <message>
        <source>The weights could not be saved to {path}: {error}.</source>
        <translation>无法将权重保存到 {path}：{error}。</translation>
    </message>
    <message>
        <source>There is no weights file {path}.</source>
        <translation>权重文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a weights file saved by Neural Playground ({error}).</source>
        <translation>{path} 不是 Neural Playground 保存的权重文件（{error}）。</translation>
    </message>
    <message>
        <source>The weights in {path} belong to another network: they lack {names}.</source>
        <translation>{path} 中的权重属于另一个网络：其中缺少 {names}。</translation>
    </message>
    <message>
        <source>The weights in {path} belong to another network.</source>
        <translation>{path} 中的权重属于另一个网络。</translation>
    </message>
    <message>
        <source>The weights in {path} belong to another network: {key} has another shape.</source>
        <translation>{path} 中的权重属于另一个网络：{key} 的形状不同。</translation>
    </message>
</context>
<context>
    <name>gan</name>
    <message>
        <source>Unknown GAN loss {name!r}</source>
        <translation>未知的 GAN 损失 {name!r}</translation>
    </message>
</context>
<context>
    <name>pins</name>
    <message>
        <source>test loss {loss:.3g}, {acc:.1f} %</source>
        <translation>测试损失 {loss:.3g}，{acc:.1f} %</translation>
    </message>
    <message>
        <source>test loss {loss:.3g}</source>
        <translation>测试损失 {loss:.3g}</translation>
    </message>
    <message>
        <source>no test loss, {acc:.1f} %</source>
        <translation>无测试损失，{acc:.1f} %</translation>
    </message>
    <message>
        <source>no test loss</source>
        <translation>无测试损失</translation>
    </message>
    <message>
        <source>&amp;Pinned runs</source>
        <translation>固定的运行(&amp;P)</translation>
    </message>
</context>
<context>
    <name>plot_export</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Latest gradients</source>
        <translation>最新梯度</translation>
    </message>
    <message>
        <source>{plot} ({n})</source>
        <translation>{plot}（{n}）</translation>
    </message>
    <message>
        <source>The {plot} plot has no room on screen to be drawn: make the window larger.</source>
        <translation>{plot}图在屏幕上没有足够的空间绘制：请把窗口放大。</translation>
    </message>
    <message>
        <source>The {plot} plot could not be drawn as a picture.</source>
        <translation>{plot}图无法绘制成图片。</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>CUDA was asked for, but this machine has no usable NVIDIA GPU: choose CPU.</source>
        <translation>要求使用 CUDA，但这台机器没有可用的 CUDA GPU：请选择 CPU。</translation>
    </message>
    <message>
        <source>MPS (Apple GPU) was asked for, but it is not available here: choose CPU.</source>
        <translation>要求使用 MPS（苹果 GPU），但这里不可用：请选择 CPU。</translation>
    </message>
    <message>
        <source>Unknown optimizer {name!r}</source>
        <translation>未知的优化器 {name!r}</translation>
    </message>
    <message>
        <source>The training set is empty: use more samples or a larger training ratio.</source>
        <translation>训练集是空的：请使用更多样本或更大的训练比例。</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>The training engine was stopped (killed; the computer may have run out of memory). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation>训练进程被强制结束了（计算机可能内存不足）。请按“重新启动”再次启动它：网络会保留，训练从头开始。</translation>
    </message>
    <message>
        <source>The training engine crashed ({signal}). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation>训练进程崩溃了（{signal}）。请按“重新启动”再次启动它：网络会保留，训练从头开始。</translation>
    </message>
    <message>
        <source>The training engine stopped unexpectedly. Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation>训练进程意外停止了。请按“重新启动”再次启动它：网络会保留，训练从头开始。</translation>
    </message>
    <message>
        <source>The training engine stopped unexpectedly (exit code {code}). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation>训练进程意外停止了（退出码 {code}）。请按“重新启动”再次启动它：网络会保留，训练从头开始。</translation>
    </message>
</context>
</TS>
