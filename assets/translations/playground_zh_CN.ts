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
    <name>BoundaryPlot</name>
    <message>
        <source>No decision boundary for this data: see the loss curves</source>
        <translation>这个数据没有决策边界：请看损失曲线</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>Draw the held-out test points (black outline) as well.</source>
        <translation>同时画出留出的测试点（黑色描边）。</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>离散化输出</translation>
    </message>
    <message>
        <source>Colour each point of the plane by the predicted class only, without the shades of confidence.</source>
        <translation>平面上每个点只按预测的类别着色，不显示置信度的深浅。</translation>
    </message>
    <message>
        <source>What the neuron under the mouse outputs over the input plane (scaled into -1..1); move the mouse off it to see the network&apos;s output again.</source>
        <translation>鼠标下的神经元在输入平面上的输出（缩放到 -1..1）；把鼠标移开即可重新看到网络的输出。</translation>
    </message>
    <message>
        <source>{dot}&amp;nbsp;data&amp;nbsp;&amp;nbsp; {line}&amp;nbsp;network&apos;s prediction</source>
        <translation>{dot}&amp;nbsp;数据&amp;nbsp;&amp;nbsp; {line}&amp;nbsp;网络的预测</translation>
    </message>
    <message>
        <source>Grey dots: the samples (y over x). Blue line: what the network predicts for each x.</source>
        <translation>灰点：样本（y 随 x）。蓝线：网络对每个 x 的预测。</translation>
    </message>
    <message>
        <source>{below_dot}&amp;nbsp;below {centre:.3g}&amp;nbsp;&amp;nbsp; {above_dot}&amp;nbsp;above {centre:.3g}</source>
        <translation>{below_dot}&amp;nbsp;低于 {centre:.3g}&amp;nbsp;&amp;nbsp; {above_dot}&amp;nbsp;高于 {centre:.3g}</translation>
    </message>
    <message>
        <source>Points: the target value; background: the network&apos;s prediction over the plane. The stronger the colour, the further from the middle value (white).</source>
        <translation>点：目标值；背景：网络在平面上的预测。颜色越深，离中间值（白色）越远。</translation>
    </message>
    <message>
        <source>{dot}&amp;nbsp;class&amp;nbsp;{i}</source>
        <translation>{dot}&amp;nbsp;类别&amp;nbsp;{i}</translation>
    </message>
    <message>
        <source>Points: the data, coloured by class (test points have a black outline). Background: the class the network predicts there; pale or white where it is unsure.</source>
        <translation>点：数据，按类别着色（测试点有黑色描边）。背景：网络在该处预测的类别；不确定的地方颜色浅或为白色。</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>Link this layer to the next one first: the new layer goes on that link.</source>
        <translation>请先把这一层连到下一层：新层会插在这条连线上。</translation>
    </message>
    <message>
        <source>Select one or more layers to copy.</source>
        <translation>请选择要复制的一个或多个层。</translation>
    </message>
    <message>
        <source>The clipboard holds no layers to paste.</source>
        <translation>剪贴板中没有可粘贴的层。</translation>
    </message>
    <message>
        <source>Cannot paste: {error}</source>
        <translation>无法粘贴：{error}</translation>
    </message>
    <message>
        <source>The layers are already laid out.</source>
        <translation>各层已经排列整齐。</translation>
    </message>
    <message>
        <source>Link an output (right side) to an input (left side).</source>
        <translation>请把输出端口（右侧）连到输入端口（左侧）。</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自动排列</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>适应视图</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加隐藏层</translation>
    </message>
    <message>
        <source>Add a hidden layer after it</source>
        <translation>在其后添加隐藏层</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>class accuracy</source>
        <translation>类别准确率</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: what the network says. Blue: right; orange: mistaken for that class (the darker, the more often).</source>
        <translation>行：真实类别；列：网络的判断。蓝色：正确；橙色：被误判为该类别（颜色越深，次数越多）。</translation>
    </message>
    <message>
        <source>Accuracy {accuracy} on {which}</source>
        <translation>在 {which}上的准确率：{accuracy}</translation>
    </message>
</context>
<context>
    <name>ControlsGuard</name>
    <message>
        <source>Locked by the lesson.</source>
        <translation>已被课程锁定。</translation>
    </message>
</context>
<context>
    <name>CurvesPlot</name>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis: shows progress once the loss is small.</source>
        <translation>用对数轴显示损失：损失变小后仍能看出进展。</translation>
    </message>
    <message>
        <source>Exponential moving average of the curves; the raw values stay visible, faint, behind.</source>
        <translation>曲线的指数移动平均；原始值仍以浅色显示在后面。</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>整个运行</translation>
    </message>
    <message>
        <source>Last {n:g} epoch</source>
        <translation>最近 {n:g} 轮</translation>
    </message>
    <message>
        <source>Last {n:g} epochs</source>
        <translation>最近 {n:g} 轮</translation>
    </message>
    <message>
        <source>The x axis follows the run: show only its last epochs, so the start of learning is not squashed into the left edge.</source>
        <translation>x 轴跟随运行：只显示最近的几轮，这样学习的开头不会被挤到左边缘。</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Line colours, and the latest loss and accuracy on the training and the held-out test data.</source>
        <translation>曲线的颜色，以及在训练数据和留出的测试数据上最新的损失和准确率。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <source>{label}: loss {loss}</source>
        <translation>{label}：损失 {loss}</translation>
    </message>
    <message>
        <source>{label}: loss {loss} · accuracy {accuracy}</source>
        <translation>{label}：损失 {loss} · 准确率 {accuracy}</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>{family}: {help}</source>
        <translation>{family}：{help}</translation>
    </message>
    <message>
        <source>The data the network learns from.</source>
        <translation>网络从中学习的数据。</translation>
    </message>
    <message>
        <source>Pictures…</source>
        <translation>图示…</translation>
    </message>
    <message>
        <source>See every data set as a picture, with its description, and pick one.</source>
        <translation>以图片查看每个数据集及其说明，并从中选择一个。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>New random data with the next seed.</source>
        <translation>用下一个种子生成新的随机数据。</translation>
    </message>
    <message>
        <source>Draw on these points</source>
        <translation>在这些点上绘制</translation>
    </message>
    <message>
        <source>Make these points a drawn data set you can change: add, move and erase points on the plot.</source>
        <translation>把这些点变成可以修改的手绘数据集：在图上添加、移动和擦除点。</translation>
    </message>
    <message>
        <source>Draw images…</source>
        <translation>绘制图像…</translation>
    </message>
    <message>
        <source>Draw a few images of each class with the mouse into a folder, then train on them.</source>
        <translation>用鼠标为每个类别画几张图像存入文件夹，然后用它们训练。</translation>
    </message>
    <message>
        <source>Cannot draw on these points</source>
        <translation>无法在这些点上绘制</translation>
    </message>
    <message>
        <source>Draw on the {name} points</source>
        <translation>在“{name}”的点上绘制</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the folder with the {name} files</source>
        <translation>选择存放 {name} 文件的文件夹</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Choose the data</source>
        <translation>选择数据</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({family}): {help}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;（{family}）：{help}</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>DrawBox</name>
    <message>
        <source>Draw on the plot</source>
        <translation>在图上绘制</translation>
    </message>
    <message>
        <source>The value a new point gets (keys 1-5 choose -1, -0.5, 0, 0.5, 1).</source>
        <translation>新点的取值（按键 1-5 分别选择 -1、-0.5、0、0.5、1）。</translation>
    </message>
    <message>
        <source>Value of new points</source>
        <translation>新点的取值</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Click a point to remove it (a right click always does).</source>
        <translation>单击一个点即可删除它（右键单击始终会删除）。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every point (Ctrl+Z brings them back).</source>
        <translation>删除所有点（按 Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Write the points to a CSV file (columns x1, x2 and the class or value): the &apos;Table (CSV file)&apos; data set reads it back.</source>
        <translation>把这些点写入 CSV 文件（列为 x1、x2 以及类别或取值）：“表格（CSV 文件）”数据集可以读回它。</translation>
    </message>
    <message>
        <source>{n} point. Click: add; drag: move; right-click: remove; keys 1-{k}: class.</source>
        <translation>{n} 个点。单击：添加；拖动：移动；右键单击：删除；按键 1-{k}：类别。</translation>
    </message>
    <message>
        <source>{n} points. Click: add; drag: move; right-click: remove; keys 1-{k}: class.</source>
        <translation>{n} 个点。单击：添加；拖动：移动；右键单击：删除；按键 1-{k}：类别。</translation>
    </message>
    <message>
        <source>{n} point. Click: add; drag: move; right-click: remove; keys 1-5: value.</source>
        <translation>{n} 个点。单击：添加；拖动：移动；右键单击：删除；按键 1-5：取值。</translation>
    </message>
    <message>
        <source>{n} points. Click: add; drag: move; right-click: remove; keys 1-5: value.</source>
        <translation>{n} 个点。单击：添加；拖动：移动；右键单击：删除；按键 1-5：取值。</translation>
    </message>
    <message>
        <source>New points are class {i} (key {key}).</source>
        <translation>新点属于类别 {i}（按键 {key}）。</translation>
    </message>
    <message>
        <source>Save the points as CSV</source>
        <translation>将这些点保存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The points could not be written to {path}: {why}.</source>
        <translation>无法把这些点写入 {path}：{why}。</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw images</source>
        <translation>绘制图像</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>The class of the drawing: type a new name for a new class.</source>
        <translation>这张图的类别：输入新名称即可新建类别。</translation>
    </message>
    <message>
        <source>Save drawing</source>
        <translation>保存图像</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Train on these drawings</source>
        <translation>用这些图像训练</translation>
    </message>
    <message>
        <source>Use this folder as the data set (Image folder).</source>
        <translation>把这个文件夹用作数据集（图像文件夹）。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Draw one example with the mouse, choose its class, press Enter to save it and draw the next. A few drawings of each of two or more classes are enough to start training.</source>
        <translation>用鼠标画一个示例，选择它的类别，按 Enter 保存，然后画下一个。两个或更多类别各画几张，就足以开始训练。</translation>
    </message>
    <message>
        <source>Saving into &lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>保存到 &lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{name}: {n}</source>
        <translation>{name}：{n}</translation>
    </message>
    <message>
        <source>Drawn so far: {tally}</source>
        <translation>已绘制：{tally}</translation>
    </message>
    <message>
        <source>Drawn so far: nothing yet</source>
        <translation>已绘制：尚无</translation>
    </message>
    <message>
        <source>Folder for the drawings</source>
        <translation>存放图像的文件夹</translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation>请先画点什么。</translation>
    </message>
    <message>
        <source>the file {path} could not be written</source>
        <translation>无法写入文件 {path}</translation>
    </message>
    <message>
        <source>The drawing could not be saved into {folder}: {why}. Choose another folder.</source>
        <translation>无法把图像保存到 {folder}：{why}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Draw at least one image of two different classes before training.</source>
        <translation>训练前，请至少为两个不同的类别各画一张图像。</translation>
    </message>
    <message>
        <source>Train on the drawings</source>
        <translation>用绘制的图像训练</translation>
    </message>
</context>
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
    <name>ExplainView</name>
    <message>
        <source>Test sample </source>
        <translation>测试样本 </translation>
    </message>
    <message>
        <source>Which test sample to explain the neuron for.</source>
        <translation>为哪个测试样本解释这个神经元。</translation>
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
        <source>The curves</source>
        <translation>曲线</translation>
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
    <name>FeatureMapsView</name>
    <message>
        <source>Test image </source>
        <translation>测试图像 </translation>
    </message>
    <message>
        <source>Which test image to follow (clicking one in Predictions chooses it too).</source>
        <translation>跟踪哪张测试图像（在“预测”中点击一张图像也会选中它）。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>test image {n}</source>
        <translation>测试图像 {n}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>还有 {n} 个</translation>
    </message>
</context>
<context>
    <name>FitView</name>
    <message>
        <source>true value</source>
        <translation>真实值</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>{note} Only the first of the {n} target values is shown.</source>
        <translation>{note}只显示 {n} 个目标值中的第一个。</translation>
    </message>
</context>
<context>
    <name>GanSamplesView</name>
    <message>
        <source>Generated by G</source>
        <translation>G 生成的图像</translation>
    </message>
    <message>
        <source>Generated by G (above) and real (below)</source>
        <translation>G 生成的（上）与真实的（下）</translation>
    </message>
</context>
<context>
    <name>GanScoresView</name>
    <message>
        <source>round</source>
        <translation>回合</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>score · JS</source>
        <translation>得分 · JS</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>D 的损失</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>G 的损失</translation>
    </message>
    <message>
        <source>D(real)</source>
        <translation>D(真实)</translation>
    </message>
    <message>
        <source>D(fake)</source>
        <translation>D(生成)</translation>
    </message>
    <message>
        <source>JS divergence</source>
        <translation>JS 散度</translation>
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
    <name>GradientsPlot</name>
    <message>
        <source>Weight norms</source>
        <translation>权重范数</translation>
    </message>
    <message>
        <source>Also draw each layer&apos;s weight norm (dashed).</source>
        <translation>同时画出每层的权重范数（虚线）。</translation>
    </message>
    <message>
        <source>One line per layer with weights, named as on the canvas; the bars below show the latest value in the same colours.</source>
        <translation>每个有权重的层一条线，名称与画布上相同；下方的柱以相同颜色显示最新的值。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>The size (norm) of each layer&apos;s gradient over the run, on a log scale: every step down is ten times smaller.</source>
        <translation>每层梯度的大小（范数）在整个运行中的变化，采用对数刻度：每往下一格就小十倍。</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Each layer&apos;s gradient size now. Between the dashed lines is healthy; below, the layer barely learns; above, training may blow up.</source>
        <translation>每层当前的梯度大小。在两条虚线之间是健康的；低于下线，该层几乎学不动；高于上线，训练可能会发散。</translation>
    </message>
</context>
<context>
    <name>HiddenStatesView</name>
    <message>
        <source>Test sequence </source>
        <translation>测试序列 </translation>
    </message>
    <message>
        <source>Which test sequence to follow through the network (in the Sequences view, a click on one chooses it too).</source>
        <translation>跟踪哪条测试序列穿过网络（在“序列”视图中点击一条也会选中它）。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>隐藏状态</translation>
    </message>
    <message>
        <source>true: &lt;b&gt;{truth}&lt;/b&gt; &amp;nbsp; network: &lt;b&gt;{prediction}&lt;/b&gt;</source>
        <translation>真实：&lt;b&gt;{truth}&lt;/b&gt; &amp;nbsp; 网络：&lt;b&gt;{prediction}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>true: &lt;b&gt;{truth}&lt;/b&gt; &amp;nbsp; network: &lt;b&gt;{prediction}&lt;/b&gt; (training sequence: no test set)</source>
        <translation>真实：&lt;b&gt;{truth}&lt;/b&gt; &amp;nbsp; 网络：&lt;b&gt;{prediction}&lt;/b&gt;（训练序列：没有测试集）</translation>
    </message>
    <message>
        <source>true next: &lt;b&gt;{truth}&lt;/b&gt; &amp;nbsp; network: &lt;b&gt;{prediction}&lt;/b&gt;</source>
        <translation>真实的下一个值：&lt;b&gt;{truth}&lt;/b&gt; &amp;nbsp; 网络：&lt;b&gt;{prediction}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>true next: &lt;b&gt;{truth}&lt;/b&gt; &amp;nbsp; network: &lt;b&gt;{prediction}&lt;/b&gt; (training sequence: no test set)</source>
        <translation>真实的下一个值：&lt;b&gt;{truth}&lt;/b&gt; &amp;nbsp; 网络：&lt;b&gt;{prediction}&lt;/b&gt;（训练序列：没有测试集）</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>+ {n} more: make this view larger to see them</source>
        <translation>还有 {n} 个：把这个视图放大即可看到</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a layer on the canvas to see and change its settings.

Drag layers from the palette onto the canvas, then drag from a layer&apos;s right port to another layer&apos;s left port to link them.</source>
        <translation>在画布上选择一个层，即可查看并修改它的设置。

从层面板把层拖到画布上，再从一个层右侧的端口拖到另一个层左侧的端口，就能把它们连起来。</translation>
    </message>
    <message>
        <source>While it trains on a 2-D data set, each square on this card shows what one neuron outputs over the input plane, and each line into it one weight: {colours}.</source>
        <translation>在二维数据集上训练时，卡片上的每个方块显示一个神经元在输入平面上的输出，每条连入的线代表一个权重：{colours}。</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>这一层没有可设置的参数。</translation>
    </message>
    <message>
        <source>neuron </source>
        <translation>神经元 </translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Show how this neuron computes its value for a test sample (the Explain tab), with the run&apos;s current numbers.</source>
        <translation>用当前运行中的数值，展示这个神经元如何为一个测试样本算出它的值（见“解释”标签页）。</translation>
    </message>
    <message>
        <source>Output: unknown until the layers before it are fixed.</source>
        <translation>输出：在前面的层修正之前无法确定。</translation>
    </message>
    <message>
        <source>Output: {shape} — {description}</source>
        <translation>输出：{shape} — {description}</translation>
    </message>
    <message>
        <source>Learned parameters: {count:,}</source>
        <translation>可学习参数：{count:,}</translation>
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
    <name>LatentView</name>
    <message>
        <source>Decoded grid</source>
        <translation>解码网格</translation>
    </message>
</context>
<context>
    <name>LayerMap</name>
    <message>
        <source>unit</source>
        <translation>神经元</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Open &amp;Lesson</source>
        <translation>打开课程(&amp;L)</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件打开…</translation>
    </message>
    <message>
        <source>Save as &amp;Lesson…</source>
        <translation>另存为课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Save this project as a lesson: its text, goal, and the controls students see</source>
        <translation>把这个项目保存为课程：包括课程文字、目标，以及学生能看到的控件</translation>
    </message>
    <message>
        <source>Could not open the lesson:

{problem}</source>
        <translation>无法打开课程：

{problem}</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>课程：{title}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>The lesson was not saved:

{problem}</source>
        <translation>课程没有保存：

{problem}</translation>
    </message>
    <message>
        <source>Could not save to {path}:

{problem}</source>
        <translation>无法保存到 {path}：

{problem}</translation>
    </message>
    <message>
        <source>Saved the lesson {path}</source>
        <translation>已保存课程 {path}</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <source>Neural Playground lessons (*.json);;All files (*)</source>
        <translation>Neural Playground 课程 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The lessons, in course order.</source>
        <translation>全部课程，按教学顺序排列。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the chosen lesson (your current project is closed first).</source>
        <translation>打开所选课程（会先关闭当前项目）。</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>显示提示</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson above and press &lt;b&gt;Open&lt;/b&gt;. Each lesson opens a network, says what to try, and checks its goal while you train.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在上方选择一门课程，然后点击&lt;b&gt;打开&lt;/b&gt;。每门课程都会打开一个网络，告诉你可以尝试什么，并在你训练时检查是否达到目标。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>✔ Goal met (epoch {epoch:,.1f})!</source>
        <translation>✔ 已达成目标（第 {epoch:,.1f} 轮）！</translation>
    </message>
    <message>
        <source>✔ Goal met!</source>
        <translation>✔ 已达成目标！</translation>
    </message>
    <message>
        <source>○ Goal not met yet: train and try.</source>
        <translation>○ 尚未达成目标：训练并尝试吧。</translation>
    </message>
    <message>
        <source>Show a hint ({shown} of {total})</source>
        <translation>显示提示（{shown}/{total}）</translation>
    </message>
    <message>
        <source>No hints</source>
        <translation>没有提示</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>可以尝试</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
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
    <message>
        <source>Loss</source>
        <translation>损失</translation>
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
        <source>One GAN round in slow motion, one phase per key press: D&apos;s steps, then G&apos;s, each as generate, score, loss, gradients, update ({key})</source>
        <translation>以慢动作走一轮 GAN 训练，每按一次键走一个阶段：先是 D 的各步，再是 G 的各步，每步依次为生成、打分、损失、梯度、更新（{key}）</translation>
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
    <name>Palette</name>
    <message>
        <source>Search layers…</source>
        <translation>搜索层…</translation>
    </message>
    <message>
        <source>Type to filter by name or description; Enter adds the first match</source>
        <translation>输入文字按名称或说明筛选；按 Enter 添加第一个匹配项</translation>
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
    <name>PredictionsView</name>
    <message>
        <source>Under each image: the network&apos;s guess and how sure it is. Red: wrong, with the true class. Click an image to see its feature maps.</source>
        <translation>每张图像下方：网络的猜测及其把握。红色：错误，并给出真实类别。点击图像可查看它的特征图。</translation>
    </message>
    <message>
        <source>Under each image: the network&apos;s guess and how sure it is. Red: wrong, with the true class.</source>
        <translation>每张图像下方：网络的猜测及其把握。红色：错误，并给出真实类别。</translation>
    </message>
    <message>
        <source>{right} of {n} test images right</source>
        <translation>{n} 张测试图像中 {right} 张正确</translation>
    </message>
    <message>
        <source>{right} of {n} training images right</source>
        <translation>{n} 张训练图像中 {right} 张正确</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>     ↳ Quick fix: {fix}</source>
        <translation>     ↳ 快速修复：{fix}</translation>
    </message>
    <message>
        <source>✔ The network fits the data: ready to train.</source>
        <translation>✔ 网络与数据匹配：可以开始训练。</translation>
    </message>
    <message>
        <source>Click to make this change (Ctrl+Z undoes it).</source>
        <translation>点击即可做出这项修改（Ctrl+Z 可撤销）。</translation>
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
    <name>ResultsView</name>
    <message>
        <source>The network as it is after {steps} steps (epoch {epoch:.1f}); loss: {loss}, without regularization.</source>
        <translation>网络在 {steps} 步（第 {epoch:.1f} 轮）之后的状态；损失：{loss}，不含正则化。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>Scored on {which}: the live figures use the first samples of a large set, to keep training fast.</source>
        <translation>在 {which}上评估：为保持训练速度，实时数字只用大数据集的前一部分样本。</translation>
    </message>
    <message>
        <source>Each class, on the test set:</source>
        <translation>各类别在测试集上的结果：</translation>
    </message>
    <message>
        <source>Each class, on the training set:</source>
        <translation>各类别在训练集上的结果：</translation>
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
    <name>SaveLessonDialog</name>
    <message>
        <source>Conditions: metric (train_loss, test_loss, train_accuracy, test_accuracy, loss_gap, epoch), count (hidden_neurons, hidden_layers, features, parameters, narrowest_layer), setting, layer, activation, features, diverged, within_epochs, then, all, any, not. See the shipped lessons.</source>
        <translation>可用的条件：metric（train_loss、test_loss、train_accuracy、test_accuracy、loss_gap、epoch）、count（hidden_neurons、hidden_layers、features、parameters、narrowest_layer）、setting、layer、activation、features、diverged、within_epochs、then、all、any、not。写法可参考随附的课程。</translation>
    </message>
    <message>
        <source>Data: {option}</source>
        <translation>数据：{option}</translation>
    </message>
    <message>
        <source>Save as Lesson</source>
        <translation>另存为课程</translation>
    </message>
    <message>
        <source>One line for the list of lessons</source>
        <translation>一行文字，显示在课程列表中</translation>
    </message>
    <message>
        <source>What to try (a blank line starts a new paragraph)</source>
        <translation>可以尝试什么（空一行开始新段落）</translation>
    </message>
    <message>
        <source>The goal in your words</source>
        <translation>用你自己的话描述目标</translation>
    </message>
    <message>
        <source>One hint a line, revealed one at a time</source>
        <translation>每行一条提示，逐条显示</translation>
    </message>
    <message>
        <source>The answer, hidden until a student asks for it</source>
        <translation>答案，学生请求时才显示</translation>
    </message>
    <message>
        <source>Panel: {panel}</source>
        <translation>面板：{panel}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>尝试什么</translation>
    </message>
    <message>
        <source>Goal (words)</source>
        <translation>目标（文字）</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>What the app checks while the students train (JSON):</source>
        <translation>学生训练时应用检查的条件（JSON）：</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>对学生隐藏</translation>
    </message>
    <message>
        <source>Locked (shown, not editable)</source>
        <translation>锁定（显示但不可修改）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控件</translation>
    </message>
    <message>
        <source>The goal is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>目标不是有效的 JSON（第 {line} 行，第 {column} 列：{problem}）。</translation>
    </message>
    <message>
        <source>The app checks: {goal}.</source>
        <translation>应用检查：{goal}。</translation>
    </message>
</context>
<context>
    <name>SequenceCell</name>
    <message>
        <source>✗ true: {truth}</source>
        <translation>✗ 真实：{truth}</translation>
    </message>
</context>
<context>
    <name>SequenceSamplesView</name>
    <message>
        <source>Test sequences, each titled with the class the network gives it and how sure it is. Red: wrong, with the true class. Click one to see its hidden states.</source>
        <translation>测试序列，每条的标题是网络给出的类别及其把握。红色：错误，并给出真实类别。点击一条可查看它的隐藏状态。</translation>
    </message>
    <message>
        <source>Test sequences, each titled with the class the network gives it and how sure it is. Red: wrong, with the true class.</source>
        <translation>测试序列，每条的标题是网络给出的类别及其把握。红色：错误，并给出真实类别。</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>{line}&amp;nbsp;sequence&amp;nbsp;&amp;nbsp;&amp;nbsp; {circle}&amp;nbsp;true next&amp;nbsp;&amp;nbsp;&amp;nbsp; {cross}&amp;nbsp;network&apos;s next</source>
        <translation>{line}&amp;nbsp;序列&amp;nbsp;&amp;nbsp;&amp;nbsp; {circle}&amp;nbsp;真实的下一个值&amp;nbsp;&amp;nbsp;&amp;nbsp; {cross}&amp;nbsp;网络预测的下一个值</translation>
    </message>
    <message>
        <source>Each colour is one sequence the network has not trained on: it sees the line and predicts the value one step after it.</source>
        <translation>每种颜色是一条网络没有训练过的序列：网络看到这条线，并预测它之后一步的值。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The network&apos;s output is not a number</source>
        <translation>网络的输出不是数值</translation>
    </message>
    <message>
        <source>Next value off by {error:.2g} on average ({n} test sequences)</source>
        <translation>下一个值平均偏差 {error:.2g}（{n} 条测试序列）</translation>
    </message>
    <message>
        <source>Next value off by {error:.2g} on average ({n} training (no test set) sequences)</source>
        <translation>下一个值平均偏差 {error:.2g}（{n} 条训练序列，没有测试集）</translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>A filter is a column of squares, its weights on each input channel from the top (one square when the input has one channel); a long row of filters goes on below. Orange: negative, white: zero, blue: positive, on one scale per layer (± its largest weight).</source>
        <translation>每个滤波器是一列方块，自上而下是它在各输入通道上的权重（输入只有一个通道时只有一个方块）；一行放不下的滤波器接着排在下面。橙色：负，白色：零，蓝色：正；每层一个刻度（± 该层最大的权重）。</translation>
    </message>
    <message>
        <source>Each square is one unit: the weight it gives each pixel. Blue: ink there makes the unit fire; orange: ink there holds it back; white: the pixel does not matter. One scale for all.</source>
        <translation>每个方块是一个神经元：它给每个像素的权重。蓝色：那里有笔迹会让神经元激活；橙色：那里有笔迹会抑制它；白色：该像素无关紧要。所有方块共用一个刻度。</translation>
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
    <name>TrainingPanel</name>
    <message>
        <source>Auto (GPU if present)</source>
        <translation>自动（优先 GPU）</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU（MPS）</translation>
    </message>
    <message>
        <source>Where training runs. Only what this machine has is listed.</source>
        <translation>训练在哪里运行。只列出本机具备的设备。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Optimizer settings</source>
        <translation>优化器设置</translation>
    </message>
    <message>
        <source>GAN: generator (G) and discriminator (D)</source>
        <translation>GAN：生成器（G）和判别器（D）</translation>
    </message>
    <message>
        <source>{device} {index}</source>
        <translation>{device} {index}</translation>
    </message>
    <message>
        <source>{device} (not available here)</source>
        <translation>{device}（本机不可用）</translation>
    </message>
    <message>
        <source>{optimizer} settings</source>
        <translation>{optimizer} 设置</translation>
    </message>
</context>
<context>
    <name>ViewsArea</name>
    <message>
        <source>Nothing to show yet: choose a data set that can be loaded.</source>
        <translation>还没有可显示的内容：请选择一个能加载的数据集。</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>The weight: type a value and press Enter (Escape: leave it as it is).</source>
        <translation>权重：输入数值后按 Enter（按 Esc 保持不变）。</translation>
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
    <name>canvas</name>
    <message>
        <source>blue = positive, orange = negative, white = near zero</source>
        <translation>蓝色 = 正，橙色 = 负，白色 = 接近零</translation>
    </message>
    <message>
        <source>Part of the generator (G): it turns noise into samples.</source>
        <translation>属于生成器（G）：它把噪声变成样本。</translation>
    </message>
    <message>
        <source>Part of the discriminator (D): it scores samples as real or fake.</source>
        <translation>属于判别器（D）：它给样本打分，判断真实还是生成。</translation>
    </message>
    <message>
        <source>Output: drag from here to another layer&apos;s input to link them</source>
        <translation>输出：从这里拖到另一个层的输入端口，把它们连起来</translation>
    </message>
    <message>
        <source>Input: drag a link here; drag from here to lift its link off</source>
        <translation>输入：把连线拖到这里；从这里拖动可取下它的连线</translation>
    </message>
    <message>
        <source>− / + change its units; right-click for more.</source>
        <translation>− / + 改变神经元个数；右键查看更多操作。</translation>
    </message>
    <message>
        <source>Each square shows what one neuron outputs over the input plane ({colours}); click one to see its arithmetic.</source>
        <translation>每个方块显示一个神经元在输入平面上的输出（{colours}）；点击一个方块可查看它的计算过程。</translation>
    </message>
    <message>
        <source>Weights into the next layer: {colours}; the thicker (or darker) a line, the larger the weight.</source>
        <translation>连入下一层的权重：{colours}；线越粗（或越深），权重越大。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}, neuron {input} → {target}, neuron {unit}&lt;/b&gt;&lt;br&gt;weight {weight}&lt;br&gt;last gradient {gradient}&lt;br&gt;&lt;i&gt;Click to edit it.&lt;/i&gt;</source>
        <translation>&lt;b&gt;{source} 的神经元 {input} → {target} 的神经元 {unit}&lt;/b&gt;&lt;br&gt;权重 {weight}&lt;br&gt;最近的梯度 {gradient}&lt;br&gt;&lt;i&gt;点击可编辑。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source} → {target}&lt;/b&gt;: {n} weights, from {low:+.3f} to {high:+.3f} (mean |w| {mean:.3f})</source>
        <translation>&lt;b&gt;{source} → {target}&lt;/b&gt;：{n} 个权重，从 {low:+.3f} 到 {high:+.3f}（平均 |w| {mean:.3f}）</translation>
    </message>
    <message>
        <source>last gradient: mean |g| {mean:.3g}</source>
        <translation>最近的梯度：平均 |g| {mean:.3g}</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Input / Output</source>
        <translation>输入 / 输出</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Recurrent</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Average of squared differences; the usual regression loss.</source>
        <translation>差值平方的平均；回归中最常用的损失。</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>Average of absolute differences; less hurt by outliers.</source>
        <translation>差值绝对值的平均；受离群值影响较小。</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>Squared error for small differences, absolute error for large ones.</source>
        <translation>差值小时用平方误差，差值大时用绝对误差。</translation>
    </message>
    <message>
        <source>Where the loss changes from squared to absolute.</source>
        <translation>损失从平方形式转为绝对值形式的分界点。</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>For two classes with one output unit: the unit&apos;s sigmoid is the probability of class 1.</source>
        <translation>用于两个类别、一个输出神经元：该神经元的 sigmoid 值就是类别 1 的概率。</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>For K classes with K output units: softmax gives the class probabilities.</source>
        <translation>用于 K 个类别、K 个输出神经元：softmax 给出各类别的概率。</translation>
    </message>
    <message>
        <source>Decay of the running mean of gradients.</source>
        <translation>梯度滑动平均的衰减率。</translation>
    </message>
    <message>
        <source>Beta1</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>Decay of the running mean of squared gradients.</source>
        <translation>梯度平方滑动平均的衰减率。</translation>
    </message>
    <message>
        <source>Beta2</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Stochastic gradient descent, optionally with momentum.</source>
        <translation>随机梯度下降，可选加动量。</translation>
    </message>
    <message>
        <source>Fraction of the previous step kept (0 = plain SGD).</source>
        <translation>保留上一步更新的比例（0 = 普通 SGD）。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Nesterov momentum: look ahead before stepping (needs momentum &gt; 0).</source>
        <translation>Nesterov 动量：先向前看一步再更新（需要动量 &gt; 0）。</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Adaptive moments: a robust default for most networks.</source>
        <translation>自适应矩估计：对大多数网络都稳健的默认选择。</translation>
    </message>
    <message>
        <source>Small number that avoids dividing by zero.</source>
        <translation>避免除以零的小数。</translation>
    </message>
    <message>
        <source>Eps</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Adam with decoupled weight decay.</source>
        <translation>带解耦权重衰减的 Adam。</translation>
    </message>
    <message>
        <source>Decoupled shrinking of the weights at each step.</source>
        <translation>每一步对权重做解耦的收缩。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Divides each step by a running average of squared gradients.</source>
        <translation>每一步除以梯度平方的滑动平均。</translation>
    </message>
    <message>
        <source>Decay of the squared-gradient average.</source>
        <translation>梯度平方平均的衰减率。</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Fraction of the previous step kept.</source>
        <translation>保留上一步更新的比例。</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Per-weight steps that shrink as gradients accumulate.</source>
        <translation>每个权重各自的步长，随梯度累积而变小。</translation>
    </message>
    <message>
        <source>Learning-rate decay per step.</source>
        <translation>每一步的学习率衰减。</translation>
    </message>
    <message>
        <source>Lr decay</source>
        <translation>学习率衰减</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Size of each step down the gradient.</source>
        <translation>沿梯度下降每一步的大小。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Samples per training step.</source>
        <translation>每个训练步使用的样本数。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Penalty on large weights added to the loss.</source>
        <translation>加到损失上的、对大权重的惩罚。</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Strength of the weight penalty.</source>
        <translation>权重惩罚的强度。</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>Stop after this many epochs (0 = keep going).</source>
        <translation>训练这么多轮次后停止（0 = 一直训练）。</translation>
    </message>
    <message>
        <source>Epoch limit</source>
        <translation>轮次上限</translation>
    </message>
    <message>
        <source>Where training runs: auto picks a GPU when there is one.</source>
        <translation>训练在哪里运行：“自动”会在有 GPU 时选用 GPU。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Seed of the initial weights (and dropout).</source>
        <translation>初始权重（以及 Dropout）的随机种子。</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>权重种子</translation>
    </message>
    <message>
        <source>Minimax (original)</source>
        <translation>极小极大（原始）</translation>
    </message>
    <message>
        <source>Non-saturating</source>
        <translation>非饱和</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <source>The game G and D play. Minimax: G lowers D&apos;s log-probability of being right (the original, whose G learns slowly while D wins); non-saturating: G raises D&apos;s log-probability of being fooled (same goal, strong gradients early); least squares: D&apos;s score is pulled to 1 for real and 0 for fake by squared errors.</source>
        <translation>G 与 D 之间的博弈。极小极大：G 降低 D 判断正确的对数概率（原始形式，D 占上风时 G 学得很慢）；非饱和：G 提高 D 被骗的对数概率（目标相同，早期梯度更强）；最小二乘：用平方误差把 D 的分数拉向 1（真实）和 0（生成）。</translation>
    </message>
    <message>
        <source>GAN loss</source>
        <translation>GAN 损失</translation>
    </message>
    <message>
        <source>How the discriminator (D) updates its weights.</source>
        <translation>判别器（D）更新权重的方式。</translation>
    </message>
    <message>
        <source>D optimizer</source>
        <translation>D 优化器</translation>
    </message>
    <message>
        <source>Size of D&apos;s steps.</source>
        <translation>D 每一步的大小。</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D 学习率</translation>
    </message>
    <message>
        <source>How the generator (G) updates its weights.</source>
        <translation>生成器（G）更新权重的方式。</translation>
    </message>
    <message>
        <source>G optimizer</source>
        <translation>G 优化器</translation>
    </message>
    <message>
        <source>Size of G&apos;s steps.</source>
        <translation>G 每一步的大小。</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G 学习率</translation>
    </message>
    <message>
        <source>Updates of D in each round, on fresh real and fake batches (GAN Lab&apos;s k).</source>
        <translation>每一回合中 D 的更新次数，每次使用新的真实批次和生成批次（即 GAN Lab 中的 k）。</translation>
    </message>
    <message>
        <source>D steps per round</source>
        <translation>每回合 D 的步数</translation>
    </message>
    <message>
        <source>Updates of G in each round, after D&apos;s.</source>
        <translation>每一回合中 G 的更新次数，在 D 之后进行。</translation>
    </message>
    <message>
        <source>G steps per round</source>
        <translation>每回合 G 的步数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>same</source>
        <translation>等尺寸填充</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>不填充</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>gaussian</source>
        <translation>高斯分布</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>xavier_uniform</source>
        <translation>Xavier 均匀</translation>
    </message>
    <message>
        <source>xavier_normal</source>
        <translation>Xavier 正态</translation>
    </message>
    <message>
        <source>kaiming_uniform</source>
        <translation>Kaiming 均匀</translation>
    </message>
    <message>
        <source>kaiming_normal</source>
        <translation>Kaiming 正态</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>minimax</source>
        <translation>极小极大</translation>
    </message>
    <message>
        <source>non_saturating</source>
        <translation>非饱和</translation>
    </message>
    <message>
        <source>least_squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <source>Identity: passes values through unchanged.</source>
        <translation>恒等函数：让值原样通过。</translation>
    </message>
    <message>
        <source>max(0, x): fast and the usual default for hidden layers.</source>
        <translation>max(0, x)：计算快，是隐藏层的常用默认选择。</translation>
    </message>
    <message>
        <source>Like ReLU but lets a small slope through for negative inputs.</source>
        <translation>与 ReLU 类似，但对负输入保留一个小斜率。</translation>
    </message>
    <message>
        <source>Smooth ReLU that goes slightly negative, which centres outputs.</source>
        <translation>平滑的 ReLU，可取略小于零的值，使输出更接近以零为中心。</translation>
    </message>
    <message>
        <source>Smooth ReLU used by transformers: x weighted by its Gaussian probability.</source>
        <translation>Transformer 中常用的平滑 ReLU：x 乘以它的高斯概率。</translation>
    </message>
    <message>
        <source>Swish: x * sigmoid(x), smooth and self-gated.</source>
        <translation>即 Swish：x * sigmoid(x)，平滑且自门控。</translation>
    </message>
    <message>
        <source>Squashes to (-1, 1); zero-centred, the classic playground choice.</source>
        <translation>压缩到 (-1, 1)；以零为中心，是 Playground 的经典选择。</translation>
    </message>
    <message>
        <source>Squashes to (0, 1); saturates, so gradients can vanish in deep nets.</source>
        <translation>压缩到 (0, 1)；会饱和，因此在深层网络中梯度可能消失。</translation>
    </message>
    <message>
        <source>log(1 + e^x): a smooth version of ReLU.</source>
        <translation>log(1 + e^x)：ReLU 的平滑版本。</translation>
    </message>
    <message>
        <source>Turns a vector into probabilities that sum to 1 (for class outputs).</source>
        <translation>把向量变成和为 1 的概率（用于类别输出）。</translation>
    </message>
    <message>
        <source>Slope used for negative inputs.</source>
        <translation>负输入使用的斜率。</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>负斜率</translation>
    </message>
    <message>
        <source>Value approached for very negative inputs.</source>
        <translation>输入很负时趋近的值。</translation>
    </message>
    <message>
        <source>Function applied to this layer&apos;s output.</source>
        <translation>作用在这一层输出上的函数。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Add a learnable bias to each output.</source>
        <translation>为每个输出加上可学习的偏置。</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>How the weights start: &apos;default&apos; is torch&apos;s, xavier suits tanh/sigmoid, kaiming suits ReLU.</source>
        <translation>权重如何初始化：“默认”即 PyTorch 的默认方式，Xavier 适合 tanh/sigmoid，Kaiming 适合 ReLU。</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>Slides small learned filters over an image; each filter makes one output channel.</source>
        <translation>在图像上滑动可学习的小卷积核；每个卷积核产生一个输出通道。</translation>
    </message>
    <message>
        <source>Number of filters (output channels).</source>
        <translation>卷积核个数（输出通道数）。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>卷积核个数</translation>
    </message>
    <message>
        <source>Width and height of each filter.</source>
        <translation>每个卷积核的宽和高。</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Step between filter positions.</source>
        <translation>卷积核相邻位置之间的步长。</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>&apos;same&apos; pads so the image keeps its size (at stride 1); &apos;valid&apos; does not pad.</source>
        <translation>“等尺寸填充”（same）在边缘补零，使图像保持原尺寸（步幅为 1 时）；“不填充”（valid）不补零。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Fully connected layer: every output unit sees every input feature.</source>
        <translation>全连接层：每个输出神经元都连接所有输入特征。</translation>
    </message>
    <message>
        <source>Number of output units (neurons).</source>
        <translation>输出神经元的个数。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>神经元个数</translation>
    </message>
    <message>
        <source>During training, zeroes a random fraction of values to fight over-fitting; does nothing at test time.</source>
        <translation>训练时随机把一部分值置零以对抗过拟合；测试时不起作用。</translation>
    </message>
    <message>
        <source>Fraction of values dropped while training.</source>
        <translation>训练时丢弃的值所占的比例。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>丢弃率</translation>
    </message>
    <message>
        <source>Random numbers that the generator (G) turns into fake samples: its start in a GAN. A graph with a Noise source trains as a GAN.</source>
        <translation>生成器（G）把这些随机数变成生成样本：它是 GAN 的起点。含有 Noise 源的网络会按 GAN 训练。</translation>
    </message>
    <message>
        <source>How many random numbers each fake sample starts from.</source>
        <translation>每个生成样本由多少个随机数开始。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>&apos;uniform&apos; draws between -1 and 1; &apos;gaussian&apos; draws around 0 with spread 1.</source>
        <translation>均匀分布在 -1 到 1 之间取值；高斯分布以 0 为中心、标准差为 1 取值。</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Where the generator (G) ends and the discriminator (D) begins: its input must give one data sample (as many values as a sample has). D scores these fake samples and the real ones from the Input, which links here too.</source>
        <translation>生成器（G）在这里结束，判别器（D）从这里开始：它的输入必须给出一个数据样本（值的个数与一个样本相同）。D 给这些生成样本和来自 Input 的真实样本打分，Input 也连到这里。</translation>
    </message>
    <message>
        <source>Where the data set&apos;s samples enter the network; its shape comes from the data set.</source>
        <translation>数据集的样本从这里进入网络；它的形状由数据集决定。</translation>
    </message>
    <message>
        <source>The network&apos;s prediction, compared with the target by the loss. It must match the data set: one unit per class for cross-entropy, one unit for binary cross-entropy.</source>
        <translation>网络的预测，由损失函数与目标比较。它必须与数据集匹配：交叉熵要求每个类别一个神经元，二元交叉熵要求一个神经元。</translation>
    </message>
    <message>
        <source>Adds its inputs element by element (a residual or skip connection); all inputs must have the same shape.</source>
        <translation>把各输入逐元素相加（残差连接或跳跃连接）；所有输入的形状必须相同。</translation>
    </message>
    <message>
        <source>Joins its inputs along the features (or channels) axis.</source>
        <translation>沿特征（或通道）轴拼接各输入。</translation>
    </message>
    <message>
        <source>Normalizes each feature or channel over the batch, which often speeds training up.</source>
        <translation>在批次上对每个特征或通道做归一化，通常能加快训练。</translation>
    </message>
    <message>
        <source>How fast the running statistics follow the batches.</source>
        <translation>滑动统计量跟随各批次变化的快慢。</translation>
    </message>
    <message>
        <source>Normalizes each sample over its features.</source>
        <translation>对每个样本在其特征上做归一化。</translation>
    </message>
    <message>
        <source>Small number added to the variance for stability.</source>
        <translation>为了数值稳定而加到方差上的小数。</translation>
    </message>
    <message>
        <source>Window size (and step).</source>
        <translation>窗口大小（也是步长）。</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>池化窗口大小</translation>
    </message>
    <message>
        <source>Keeps the largest value in each window, shrinking the image.</source>
        <translation>保留每个窗口中的最大值，使图像变小。</translation>
    </message>
    <message>
        <source>Averages each window, shrinking the image.</source>
        <translation>对每个窗口取平均，使图像变小。</translation>
    </message>
    <message>
        <source>Size of the hidden state (and of each output step).</source>
        <translation>隐藏状态的大小（也是每个输出步的大小）。</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏状态大小</translation>
    </message>
    <message>
        <source>Recurrent layers stacked on top of each other.</source>
        <translation>堆叠在一起的循环层数。</translation>
    </message>
    <message>
        <source>Num layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Output every time step (T, hidden) instead of only the last one (hidden).</source>
        <translation>输出每个时间步 (T, 隐藏状态大小)，而不只是最后一步 (隐藏状态大小)。</translation>
    </message>
    <message>
        <source>Return sequences</source>
        <translation>返回整个序列</translation>
    </message>
    <message>
        <source>Also read the sequence backwards; doubles the output size.</source>
        <translation>同时反向读取序列；输出大小翻倍。</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Simple recurrent layer: reads a sequence step by step with a tanh hidden state.</source>
        <translation>简单循环层：用 tanh 隐藏状态逐步读取序列。</translation>
    </message>
    <message>
        <source>Long short-term memory: a recurrent layer with gates that keep information over long sequences.</source>
        <translation>长短期记忆网络：带门控的循环层，能在长序列中保留信息。</translation>
    </message>
    <message>
        <source>Gated recurrent unit: a lighter LSTM.</source>
        <translation>门控循环单元：更轻量的 LSTM。</translation>
    </message>
    <message>
        <source>Turns an image or a sequence into one long feature vector.</source>
        <translation>把图像或序列展平成一个长特征向量。</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Move link to {link}</source>
        <translation>把连线移到 {link}</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>loss params</source>
        <translation>损失参数</translation>
    </message>
    <message>
        <source>optimizer params</source>
        <translation>优化器参数</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation>添加 {kind}</translation>
    </message>
    <message>
        <source>Nothing is selected to delete.</source>
        <translation>没有选中要删除的内容。</translation>
    </message>
    <message>
        <source>Delete {layer}</source>
        <translation>删除 {layer}</translation>
    </message>
    <message>
        <source>Delete link {link}</source>
        <translation>删除连线 {link}</translation>
    </message>
    <message>
        <source>Delete {layers} layer and {links} link</source>
        <translation>删除 {layers} 个层和 {links} 条连线</translation>
    </message>
    <message>
        <source>Delete {layers} layer and {links} links</source>
        <translation>删除 {layers} 个层和 {links} 条连线</translation>
    </message>
    <message>
        <source>Delete {layers} layers and {links} link</source>
        <translation>删除 {layers} 个层和 {links} 条连线</translation>
    </message>
    <message>
        <source>Delete {layers} layers and {links} links</source>
        <translation>删除 {layers} 个层和 {links} 条连线</translation>
    </message>
    <message>
        <source>Delete {layers} layer</source>
        <translation>删除 {layers} 个层</translation>
    </message>
    <message>
        <source>Delete {layers} layers</source>
        <translation>删除 {layers} 个层</translation>
    </message>
    <message>
        <source>Delete {links} links</source>
        <translation>删除 {links} 条连线</translation>
    </message>
    <message>
        <source>Link {link}</source>
        <translation>连接 {link}</translation>
    </message>
    <message>
        <source>Unlink {link}</source>
        <translation>断开 {link}</translation>
    </message>
    <message>
        <source>Set {layer} {parameter} to {value}</source>
        <translation>把 {layer} 的{parameter}设为 {value}</translation>
    </message>
    <message>
        <source>Change {setting}</source>
        <translation>修改{setting}</translation>
    </message>
    <message>
        <source>Nothing moved.</source>
        <translation>没有移动任何内容。</translation>
    </message>
    <message>
        <source>Move {layer}</source>
        <translation>移动 {layer}</translation>
    </message>
    <message>
        <source>Move {n} layers</source>
        <translation>移动 {n} 个层</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自动排列</translation>
    </message>
    <message>
        <source>Insert {kind} into {link}</source>
        <translation>在 {link} 中插入 {kind}</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>没有可粘贴的内容。</translation>
    </message>
    <message>
        <source>Cannot paste an unknown layer kind {kind!r}</source>
        <translation>无法粘贴未知的层类型 {kind!r}</translation>
    </message>
    <message>
        <source>Cannot paste: a layer lacks its id or position.</source>
        <translation>无法粘贴：有一个层缺少编号或位置。</translation>
    </message>
    <message>
        <source>Cannot paste: {error}</source>
        <translation>无法粘贴：{error}</translation>
    </message>
    <message>
        <source>Paste {kind}</source>
        <translation>粘贴 {kind}</translation>
    </message>
    <message>
        <source>Paste {n} layers</source>
        <translation>粘贴 {n} 个层</translation>
    </message>
    <message>
        <source>Set a weight into {layer} to {value:g}</source>
        <translation>把连入 {layer} 的一个权重设为 {value:g}</translation>
    </message>
</context>
<context>
    <name>curves</name>
    <message>
        <source>loss&amp;nbsp;&lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>损失&amp;nbsp;&lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>accuracy&amp;nbsp;&lt;b&gt;{accuracy}&lt;/b&gt;</source>
        <translation>准确率&amp;nbsp;&lt;b&gt;{accuracy}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>{n} feature</source>
        <translation>{n} 个特征</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} 个特征</translation>
    </message>
    <message>
        <source>a sequence of {steps} steps x {n} features</source>
        <translation>{steps} 步 × {n} 个特征的序列</translation>
    </message>
    <message>
        <source>an image of {c} channel, {h}x{w}</source>
        <translation>{c} 个通道、{h}x{w} 的图像</translation>
    </message>
    <message>
        <source>an image of {c} channels, {h}x{w}</source>
        <translation>{c} 个通道、{h}x{w} 的图像</translation>
    </message>
    <message>
        <source>shape {dims}</source>
        <translation>形状 {dims}</translation>
    </message>
    <message>
        <source>Number of points generated.</source>
        <translation>生成的点数。</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>How much random jitter is added (0 = none).</source>
        <translation>加入多少随机抖动（0 = 不加）。</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Seed of the generated data (same seed, same data).</source>
        <translation>生成数据的随机种子（种子相同，数据相同）。</translation>
    </message>
    <message>
        <source>Training ratio</source>
        <translation>训练比例</translation>
    </message>
    <message>
        <source>Fraction of samples used for training; the rest are the test set.</source>
        <translation>用于训练的样本比例；其余样本组成测试集。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Number of sequences.</source>
        <translation>序列的数量。</translation>
    </message>
    <message>
        <source>Feed X₁ to the network.</source>
        <translation>把 X₁ 输入网络。</translation>
    </message>
    <message>
        <source>Feed X₂ to the network.</source>
        <translation>把 X₂ 输入网络。</translation>
    </message>
    <message>
        <source>Feed X₁² to the network.</source>
        <translation>把 X₁² 输入网络。</translation>
    </message>
    <message>
        <source>Feed X₂² to the network.</source>
        <translation>把 X₂² 输入网络。</translation>
    </message>
    <message>
        <source>Feed X₁X₂ to the network.</source>
        <translation>把 X₁X₂ 输入网络。</translation>
    </message>
    <message>
        <source>Feed sin(X₁) to the network.</source>
        <translation>把 sin(X₁) 输入网络。</translation>
    </message>
    <message>
        <source>Feed sin(X₂) to the network.</source>
        <translation>把 sin(X₂) 输入网络。</translation>
    </message>
    <message>
        <source>Number of classes.</source>
        <translation>类别的数量。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Seed of the train/test split and the sample order.</source>
        <translation>训练/测试划分和样本顺序的随机种子。</translation>
    </message>
    <message>
        <source>&apos;labels&apos; classifies the images; &apos;reconstruct&apos; asks the network to output its input (an autoencoder).</source>
        <translation>“标签”对图像分类；“重建”要求网络输出它的输入（自编码器）。</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>reconstruct</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Use at most this many samples (0 = all).</source>
        <translation>最多使用这么多样本（0 = 全部）。</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>样本上限</translation>
    </message>
    <message>
        <source>Folder that holds the files.</source>
        <translation>存放这些文件的文件夹。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The points drawn on the plot, as [x1, x2, class or value].</source>
        <translation>在图上绘制的点，格式为 [x1, x2, 类别或取值]。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Fraction of the points used for training; the rest are the test set.</source>
        <translation>用于训练的点的比例；其余的点组成测试集。</translation>
    </message>
    <message>
        <source>Seed of the train/test split.</source>
        <translation>训练/测试划分的随机种子。</translation>
    </message>
    <message>
        <source>Steps in each input sequence.</source>
        <translation>每个输入序列的步数。</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>One class inside a ring of the other.</source>
        <translation>一个类别被另一个类别的圆环包围。</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>Class depends on whether x1 and x2 have the same sign.</source>
        <translation>类别取决于 x1 和 x2 是否同号。</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>Two Gaussian clouds.</source>
        <translation>两团高斯分布的点云。</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Two interleaved spirals: needs a deeper network.</source>
        <translation>两条交错的螺旋：需要更深的网络。</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Two interleaving half circles.</source>
        <translation>两个交错的半圆。</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>棋盘</translation>
    </message>
    <message>
        <source>A 4x4 checkerboard of two classes.</source>
        <translation>由两个类别组成的 4x4 棋盘。</translation>
    </message>
    <message>
        <source>Blobs (K classes)</source>
        <translation>点团（K 个类别）</translation>
    </message>
    <message>
        <source>K Gaussian clouds, one per class.</source>
        <translation>K 团高斯点云，每个类别一团。</translation>
    </message>
    <message>
        <source>Spirals (K arms)</source>
        <translation>螺旋（K 条臂）</translation>
    </message>
    <message>
        <source>K interleaved spiral arms, one per class.</source>
        <translation>K 条交错的螺旋臂，每个类别一条。</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>手绘的点</translation>
    </message>
    <message>
        <source>Points you draw: click the plot to add a point of the chosen class, drag to move it, right-click to remove it.</source>
        <translation>你自己画的点：单击图添加所选类别的点，拖动可移动，右键单击可删除。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>直线</translation>
    </message>
    <message>
        <source>Points along a slanted line (its two halves are the classes): GAN Lab&apos;s simplest target for a GAN.</source>
        <translation>沿一条斜线分布的点（两半各为一个类别）：GAN Lab 中最简单的 GAN 目标。</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>两个高斯</translation>
    </message>
    <message>
        <source>Two round clouds (one class each): a generator must learn to split its samples between them.</source>
        <translation>两团圆形点云（各为一个类别）：生成器必须学会把样本分到两团之中。</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>Points on a ring (its upper and lower halves are the classes): a generator must bend its noise into a circle.</source>
        <translation>圆环上的点（上下两半各为一个类别）：生成器必须把噪声弯成一个圆。</translation>
    </message>
    <message>
        <source>Three disjoint blobs</source>
        <translation>三个分离的点团</translation>
    </message>
    <message>
        <source>Three small separate clouds (one class each): where GANs show mode collapse.</source>
        <translation>三团彼此分开的小点云（各为一个类别）：GAN 在这里会出现模式崩溃。</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Target is a tilted plane over the input.</source>
        <translation>目标是输入上方的一个倾斜平面。</translation>
    </message>
    <message>
        <source>Multi-Gaussian</source>
        <translation>多高斯</translation>
    </message>
    <message>
        <source>Target is a sum of Gaussian bumps.</source>
        <translation>目标是若干高斯凸起之和。</translation>
    </message>
    <message>
        <source>Drawn points (values)</source>
        <translation>手绘的点（取值）</translation>
    </message>
    <message>
        <source>Points you draw, each with a value to predict: click the plot to add one with the chosen value, drag to move it, right-click to remove it.</source>
        <translation>你自己画的点，每个点带一个要预测的取值：单击图添加一个所选取值的点，拖动可移动，右键单击可删除。</translation>
    </message>
    <message>
        <source>Function fit (1-D)</source>
        <translation>函数拟合（一维）</translation>
    </message>
    <message>
        <source>Fit y = f(x) from noisy samples.</source>
        <translation>从带噪声的样本拟合 y = f(x)。</translation>
    </message>
    <message>
        <source>The function to learn.</source>
        <translation>要学习的函数。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>阶跃</translation>
    </message>
    <message>
        <source>cubic</source>
        <translation>三次</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Digits 8x8</source>
        <translation>数字 8x8</translation>
    </message>
    <message>
        <source>1,797 handwritten digits, 8x8 pixels, 10 classes (UCI, shipped with the app).</source>
        <translation>1,797 个手写数字，8x8 像素，10 个类别（来自 UCI，随应用附带）。</translation>
    </message>
    <message>
        <source>MNIST (local files)</source>
        <translation>MNIST（本地文件）</translation>
    </message>
    <message>
        <source>Handwritten digits, 28x28, from the IDX files in a folder you choose.</source>
        <translation>手写数字，28x28，读取你所选文件夹中的 IDX 文件。</translation>
    </message>
    <message>
        <source>CIFAR-10 (local files)</source>
        <translation>CIFAR-10（本地文件）</translation>
    </message>
    <message>
        <source>Small colour photos, 32x32, 10 classes, from the binary batches in a folder you choose.</source>
        <translation>彩色小照片，32x32，10 个类别，读取你所选文件夹中的二进制批次文件。</translation>
    </message>
    <message>
        <source>Image folder (your images)</source>
        <translation>图像文件夹（你自己的图像）</translation>
    </message>
    <message>
        <source>Your own pictures: a folder with one sub-folder of PNG or JPEG files per class (the sub-folder&apos;s name is the class), resized to a square.</source>
        <translation>你自己的图片：一个文件夹，每个类别一个存放 PNG 或 JPEG 文件的子文件夹（子文件夹名即类别），图像缩放为正方形。</translation>
    </message>
    <message>
        <source>Folder with one sub-folder of images per class.</source>
        <translation>每个类别各有一个图像子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>Each image is resized to this many pixels a side.</source>
        <translation>每张图像缩放为边长这么多像素。</translation>
    </message>
    <message>
        <source>Size (pixels)</source>
        <translation>尺寸（像素）</translation>
    </message>
    <message>
        <source>&apos;grey&apos; gives the network one channel, &apos;colour&apos; three (red, green, blue).</source>
        <translation>“灰度”给网络一个通道，“彩色”给三个通道（红、绿、蓝）。</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Sine: next value</source>
        <translation>正弦：下一个值</translation>
    </message>
    <message>
        <source>Predict the next value of a sine wave from the previous steps.</source>
        <translation>根据前面各步预测正弦波的下一个值。</translation>
    </message>
    <message>
        <source>Wave shape</source>
        <translation>波形</translation>
    </message>
    <message>
        <source>Classify a sequence as a sine, square or sawtooth wave (3 classes).</source>
        <translation>把序列分类为正弦波、方波或锯齿波（3 个类别）。</translation>
    </message>
    <message>
        <source>Table (CSV file)</source>
        <translation>表格（CSV 文件）</translation>
    </message>
    <message>
        <source>Any numeric CSV file with a header row; one column is the target.</source>
        <translation>任何带表头行的数值 CSV 文件；其中一列是目标。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>Column to predict (empty = the last column).</source>
        <translation>要预测的列（留空 = 最后一列）。</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <source>&apos;auto&apos; treats a target of a few whole numbers as classes and anything else as regression.</source>
        <translation>“自动”把只有少数几个整数的目标视为类别，其余情况视为回归。</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Scale every input column to mean 0, spread 1.</source>
        <translation>把每个输入列缩放为均值 0、标准差 1。</translation>
    </message>
    <message>
        <source>Normalize</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>2-D classification</source>
        <translation>二维分类</translation>
    </message>
    <message>
        <source>2-D distributions (for GANs)</source>
        <translation>二维分布（用于 GAN）</translation>
    </message>
    <message>
        <source>2-D regression</source>
        <translation>二维回归</translation>
    </message>
    <message>
        <source>1-D function</source>
        <translation>一维函数</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Unknown data set {name!r}; the app knows {known}.</source>
        <translation>未知的数据集 {name!r}；本应用支持：{known}。</translation>
    </message>
    <message>
        <source>Data set {name}</source>
        <translation>数据集“{name}”</translation>
    </message>
    <message>
        <source>No input feature is selected: tick at least one (for example X₁).</source>
        <translation>没有选中任何输入特征：请至少勾选一个（例如 X₁）。</translation>
    </message>
    <message>
        <source>{name} needs the folder that holds its files: choose one in the data panel.</source>
        <translation>“{name}”需要存放其文件的文件夹：请在数据面板中选择一个。</translation>
    </message>
    <message>
        <source>Point {i} has the class {label:g}, but there are {k} classes (0 to {last}).</source>
        <translation>第 {i} 个点的类别是 {label:g}，但只有 {k} 个类别（0 到 {last}）。</translation>
    </message>
    <message>
        <source>Draw at least {n} points: click on the plot to add one ({count} so far).</source>
        <translation>请至少画 {n} 个点：单击图即可添加（目前有 {count} 个）。</translation>
    </message>
    <message>
        <source>Only one class folder (&apos;{name}&apos;) holds images: a network learns to tell classes apart, so add a second sub-folder with images of another class (or set the target to &apos;reconstruct&apos;).</source>
        <translation>只有一个类别文件夹（“{name}”）中有图像：网络学习的是区分不同类别，因此请再添加一个存放另一类别图像的子文件夹（或把目标设为“重建”）。</translation>
    </message>
</context>
<context>
    <name>examples</name>
    <message>
        <source>blobs 4class</source>
        <translation>四团点：4 个类别</translation>
    </message>
    <message>
        <source>cifar10 cnn</source>
        <translation>CIFAR-10：卷积网络</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>concat branches</source>
        <translation>拼接两个分支（Concat）</translation>
    </message>
    <message>
        <source>digits autoencoder</source>
        <translation>数字：自编码器</translation>
    </message>
    <message>
        <source>digits cnn</source>
        <translation>数字：卷积网络</translation>
    </message>
    <message>
        <source>digits mlp</source>
        <translation>数字：多层感知机</translation>
    </message>
    <message>
        <source>drawn points</source>
        <translation>手绘的点</translation>
    </message>
    <message>
        <source>function sin</source>
        <translation>拟合函数 sin(x)</translation>
    </message>
    <message>
        <source>gan digits</source>
        <translation>GAN：生成数字</translation>
    </message>
    <message>
        <source>gan mixture</source>
        <translation>GAN：高斯混合</translation>
    </message>
    <message>
        <source>gan ring</source>
        <translation>GAN：圆环</translation>
    </message>
    <message>
        <source>image folder shapes</source>
        <translation>图像文件夹：形状</translation>
    </message>
    <message>
        <source>iris table</source>
        <translation>鸢尾花表格（Iris）</translation>
    </message>
    <message>
        <source>mnist cnn</source>
        <translation>MNIST：卷积网络</translation>
    </message>
    <message>
        <source>plane regression</source>
        <translation>平面回归</translation>
    </message>
    <message>
        <source>residual add</source>
        <translation>残差连接（Add）</translation>
    </message>
    <message>
        <source>sine next lstm</source>
        <translation>正弦波：LSTM 预测下一个值</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>wave kind gru</source>
        <translation>波形分类：GRU</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Four blobs: softmax and cross-entropy for 4 classes</source>
        <translation>四团点：用 softmax 和交叉熵分 4 个类别</translation>
    </message>
    <message>
        <source>CIFAR-10: a small convolutional network (choose the folder with the CIFAR-10 binary batches)</source>
        <translation>CIFAR-10：一个小型卷积网络（请选择存放 CIFAR-10 二进制批次文件的文件夹）</translation>
    </message>
    <message>
        <source>Circle: the TensorFlow Playground classic (2-8-8-1 tanh)</source>
        <translation>圆形：TensorFlow Playground 的经典例子（2-8-8-1，tanh）</translation>
    </message>
    <message>
        <source>Concat: a tanh branch and a ReLU branch side by side</source>
        <translation>Concat：tanh 分支与 ReLU 分支并排</translation>
    </message>
    <message>
        <source>Digits 8x8: an autoencoder squeezes each image through 8 numbers</source>
        <translation>8×8 数字：自编码器把每张图像压缩成 8 个数</translation>
    </message>
    <message>
        <source>Digits 8x8: a small convolutional network</source>
        <translation>8×8 数字：一个小型卷积网络</translation>
    </message>
    <message>
        <source>Digits 8x8: a multilayer perceptron</source>
        <translation>8×8 数字：多层感知机</translation>
    </message>
    <message>
        <source>Drawn points: click on the plot to add points, drag to move them, right-click to erase</source>
        <translation>手绘的点：在图上单击添加点，拖动可移动，右键单击可擦除</translation>
    </message>
    <message>
        <source>Fit sin(x): a 1-32-32-1 tanh network</source>
        <translation>拟合 sin(x)：1-32-32-1 的 tanh 网络</translation>
    </message>
    <message>
        <source>Digits GAN: 8x8 handwritten digits made from 16 random numbers</source>
        <translation>数字 GAN：由 16 个随机数生成 8×8 手写数字</translation>
    </message>
    <message>
        <source>Gaussian-mixture GAN: three separate blobs, where mode collapse shows</source>
        <translation>高斯混合 GAN：三个分开的点团，可以看到模式崩溃</translation>
    </message>
    <message>
        <source>Ring GAN: a generator learns to bend 2-D noise into a ring</source>
        <translation>圆环 GAN：生成器学习把二维噪声弯成一个圆环</translation>
    </message>
    <message>
        <source>Your own images: circles, squares and triangles from a folder (pooled down to 1x1, so a shape is found anywhere)</source>
        <translation>你自己的图像：文件夹中的圆形、正方形和三角形（池化到 1×1，所以形状出现在哪里都能识别）</translation>
    </message>
    <message>
        <source>Iris flowers from a CSV table: a small classifier</source>
        <translation>来自 CSV 表格的鸢尾花：一个小型分类器</translation>
    </message>
    <message>
        <source>MNIST: a small convolutional network (choose the folder with the MNIST files)</source>
        <translation>MNIST：一个小型卷积网络（请选择存放 MNIST 文件的文件夹）</translation>
    </message>
    <message>
        <source>Plane: regression with mean squared error</source>
        <translation>平面：用均方误差做回归</translation>
    </message>
    <message>
        <source>Residual: an Add layer adds a skip connection around two layers</source>
        <translation>残差：Add 层在两层之外加一条跳跃连接</translation>
    </message>
    <message>
        <source>Sine wave: an LSTM predicts the next value</source>
        <translation>正弦波：LSTM 预测下一个值</translation>
    </message>
    <message>
        <source>Spiral: a deeper network with extra input features</source>
        <translation>螺旋：更深的网络，加上额外的输入特征</translation>
    </message>
    <message>
        <source>Wave shapes: a GRU tells sine, square and sawtooth apart</source>
        <translation>波形：GRU 区分正弦波、方波和锯齿波</translation>
    </message>
    <message>
        <source>XOR: a hidden layer bends the boundary</source>
        <translation>XOR：隐藏层让边界弯曲</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>a = z if z &gt; 0, else 0.01 z</source>
        <translation>z &gt; 0 时 a = z，否则 a = 0.01 z</translation>
    </message>
    <message>
        <source>a = z if z &gt; 0, else e^z − 1</source>
        <translation>z &gt; 0 时 a = z，否则 a = e^z − 1</translation>
    </message>
    <message>
        <source>a = e^z / Σ e^z over the layer</source>
        <translation>a = e^z / Σ e^z（对整层求和）</translation>
    </message>
    <message>
        <source>Click a neuron on a Dense card (or use Explain in the Inspector), or a pixel of a feature map, to see how its value is computed.</source>
        <translation>点击 Dense 卡片上的一个神经元（或使用检查器中的“解释”），或特征图上的一个像素，查看它的值是如何计算的。</translation>
    </message>
    <message>
        <source>{name} is a {kind} layer: click a Dense neuron or a feature-map pixel.</source>
        <translation>{name} 是 {kind} 层：请点击 Dense 层的神经元或特征图上的像素。</translation>
    </message>
    <message>
        <source>{name} has no such neuron or pixel now: click it again.</source>
        <translation>{name} 现在没有这个神经元或像素：请重新点击。</translation>
    </message>
    <message>
        <source>{name} works on each step of a sequence (or each row of an image) apart: its inputs are not one list, so there is no one sum to show.</source>
        <translation>{name} 分别作用于序列的每一步（或图像的每一行）：它的输入不是一个列表，所以没有单一的求和可以展示。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Click a neuron on a Dense card, or a pixel of a feature map, to see its arithmetic for one sample. On the decision boundary, Ctrl+click a point to explain it there.</source>
        <translation>点击 Dense 卡片上的一个神经元或特征图上的一个像素，查看它对一个样本的计算过程。在决策边界上，按 Ctrl 点击一个点即可解释该处。</translation>
    </message>
    <message>
        <source>&lt;b&gt;z&lt;/b&gt; = Σ input × weight + bias = {sum} {bias} (bias) = &lt;b&gt;{z}&lt;/b&gt;</source>
        <translation>&lt;b&gt;z&lt;/b&gt; = Σ 输入 × 权重 + 偏置 = {sum} {bias}（偏置） = &lt;b&gt;{z}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;z&lt;/b&gt; = Σ input × weight = {sum} = &lt;b&gt;{z}&lt;/b&gt;</source>
        <translation>&lt;b&gt;z&lt;/b&gt; = Σ 输入 × 权重 = {sum} = &lt;b&gt;{z}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{n} more inputs</source>
        <translation>其余 {n} 个输入</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>product</source>
        <translation>乘积</translation>
    </message>
    <message>
        <source>channel {n}</source>
        <translation>通道 {n}</translation>
    </message>
    <message>
        <source>{n} more channels: {sum}</source>
        <translation>其余 {n} 个通道：{sum}</translation>
    </message>
    <message>
        <source>receptive field</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>和</translation>
    </message>
    <message>
        <source>the largest value wins (row {row}, column {column}): &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>取最大值（第 {row} 行，第 {column} 列）：&lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the mean of the {n} values: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>{n} 个值的平均：&lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>point ({x:.2f}, {y:.2f})</source>
        <translation>点 ({x:.2f}, {y:.2f})</translation>
    </message>
    <message>
        <source>test sample {n}</source>
        <translation>测试样本 {n}</translation>
    </message>
    <message>
        <source>{layer}, neuron {n}</source>
        <translation>{layer}，第 {n} 个神经元</translation>
    </message>
    <message>
        <source>{layer}, map {n}, pixel (row {row}, column {column})</source>
        <translation>{layer}，第 {n} 张特征图，像素（第 {row} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; for {where}</source>
        <translation>{where} 上的 &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The network computed {value:+.4f} here.</source>
        <translation>网络在这里算出的是 {value:+.4f}。</translation>
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
    <name>feature_maps</name>
    <message>
        <source>One test image through the network. Each map has its own scale: white is zero, blue its strongest response (orange: negative). Click a pixel of a map to see its arithmetic.</source>
        <translation>一张测试图像穿过网络。每张特征图有自己的刻度：白色为零，蓝色为最强的响应（橙色：负）。点击特征图上的像素可查看它的计算过程。</translation>
    </message>
    <message>
        <source>{n} maps</source>
        <translation>{n} 张特征图</translation>
    </message>
    <message>
        <source>{n} map</source>
        <translation>{n} 张特征图</translation>
    </message>
    <message>
        <source>{p:.0%} sure</source>
        <translation>把握 {p:.0%}</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>✗ it is {name}</source>
        <translation>✗ 实际是 {name}</translation>
    </message>
</context>
<context>
    <name>features</name>
    <message>
        <source>Unknown input feature {name!r}; the features are {known}.</source>
        <translation>未知的输入特征 {name!r}；可用的特征有：{known}。</translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <source>One point per test sample. On the dashed line (y = x) the prediction is exact; above it too high, below too low. R² = 1: a perfect fit; 0: no better than always predicting the mean.</source>
        <translation>每个测试样本一个点。落在虚线（y = x）上表示预测准确；在线上方表示偏高，下方表示偏低。R² = 1：完美拟合；0：不比总是预测平均值更好。</translation>
    </message>
    <message>
        <source>One point per training sample (there is no test set). On the dashed line (y = x) the prediction is exact; above it too high, below too low. R² = 1: a perfect fit; 0: no better than always predicting the mean.</source>
        <translation>每个训练样本一个点（没有测试集）。落在虚线（y = x）上表示预测准确；在线上方表示偏高，下方表示偏低。R² = 1：完美拟合；0：不比总是预测平均值更好。</translation>
    </message>
    <message>
        <source>The network&apos;s output is not a number</source>
        <translation>网络的输出不是数值</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>R² = {r2}{separator}mean absolute error {mae:.3g}</source>
        <translation>R² = {r2}{separator}平均绝对误差 {mae:.3g}</translation>
    </message>
</context>
<context>
    <name>fixes</name>
    <message>
        <source>Use cross-entropy and</source>
        <translation>改用交叉熵</translation>
    </message>
    <message>
        <source>Use mean squared error</source>
        <translation>改用均方误差</translation>
    </message>
    <message>
        <source>Give {layer} one unit</source>
        <translation>把 {layer} 设为 1 个神经元</translation>
    </message>
    <message>
        <source>Use cross-entropy and give {layer} one unit</source>
        <translation>改用交叉熵，并把 {layer} 设为 1 个神经元</translation>
    </message>
    <message>
        <source>Use mean squared error and give {layer} one unit</source>
        <translation>改用均方误差，并把 {layer} 设为 1 个神经元</translation>
    </message>
    <message>
        <source>Give {layer} {n} units</source>
        <translation>把 {layer} 设为 {n} 个神经元</translation>
    </message>
    <message>
        <source>Use cross-entropy and give {layer} {n} units</source>
        <translation>改用交叉熵，并把 {layer} 设为 {n} 个神经元</translation>
    </message>
    <message>
        <source>Use mean squared error and give {layer} {n} units</source>
        <translation>改用均方误差，并把 {layer} 设为 {n} 个神经元</translation>
    </message>
    <message>
        <source>Add a Dense layer of one unit before the Output</source>
        <translation>在 Output 之前添加一个 1 个神经元的 Dense 层</translation>
    </message>
    <message>
        <source>Use cross-entropy and add a Dense layer of one unit before the Output</source>
        <translation>改用交叉熵，并在 Output 之前添加一个 1 个神经元的 Dense 层</translation>
    </message>
    <message>
        <source>Use mean squared error and add a Dense layer of one unit before the Output</source>
        <translation>改用均方误差，并在 Output 之前添加一个 1 个神经元的 Dense 层</translation>
    </message>
    <message>
        <source>Add a Dense layer of {n} units before the Output</source>
        <translation>在 Output 之前添加一个 {n} 个神经元的 Dense 层</translation>
    </message>
    <message>
        <source>Use cross-entropy and add a Dense layer of {n} units before the Output</source>
        <translation>改用交叉熵，并在 Output 之前添加一个 {n} 个神经元的 Dense 层</translation>
    </message>
    <message>
        <source>Use mean squared error and add a Dense layer of {n} units before the Output</source>
        <translation>改用均方误差，并在 Output 之前添加一个 {n} 个神经元的 Dense 层</translation>
    </message>
    <message>
        <source>Insert a Flatten before {layer}</source>
        <translation>在 {layer} 之前插入一个 Flatten 层</translation>
    </message>
</context>
<context>
    <name>gan</name>
    <message>
        <source>A GAN cannot learn {dataset}: it learns to make samples like a 2-D distribution&apos;s points (Ring, Two Gaussians, ...) or images (the 8x8 digits). Choose one of those in the data panel.</source>
        <translation>GAN 无法学习{dataset}：它学习生成类似二维分布中的点（圆环、双高斯……）或图像（8x8 数字）的样本。请在数据面板中选择其中之一。</translation>
    </message>
    <message>
        <source>A GAN learns to make the points themselves: tick only the features X₁ and X₂ in the data panel.</source>
        <translation>GAN 学习的是生成这些点本身：请在数据面板中只勾选特征 X₁ 和 X₂。</translation>
    </message>
    <message>
        <source>The generator gives {given} but one sample of {dataset} is {sample}: give G&apos;s last layer {n} units.</source>
        <translation>生成器给出的是{given}，但{dataset}的一个样本是{sample}：请把 G 的最后一层设为 {n} 个神经元。</translation>
    </message>
    <message>
        <source>Give {layer} {n} unit</source>
        <translation>把 {layer} 设为 {n} 个神经元</translation>
    </message>
    <message>
        <source>Give {layer} {n} units</source>
        <translation>把 {layer} 设为 {n} 个神经元</translation>
    </message>
    <message>
        <source>The generator has no end: add a Generated layer (from &apos;Input / Output&apos;), link G&apos;s last layer into it, and link it into D&apos;s first layer.</source>
        <translation>生成器没有终点：请添加一个 Generated 层（在“输入 / 输出”组中），把 G 的最后一层连到它，再把它连到 D 的第一层。</translation>
    </message>
    <message>
        <source>In a GAN the Input (the real samples) links only into Generated, where D reads real and fake samples alike.</source>
        <translation>在 GAN 中，Input（真实样本）只能连到 Generated，D 在那里以相同方式读取真实样本和生成样本。</translation>
    </message>
    <message>
        <source>{layer} takes values from {source}, which is not part of D: D may only see samples, through Generated.</source>
        <translation>{layer} 从 {source} 取值，而后者不属于 D：D 只能通过 Generated 看到样本。</translation>
    </message>
    <message>
        <source>The discriminator must give one number per sample (its score: real or fake) but gives {shape}: end D with a Dense layer of 1 unit.</source>
        <translation>判别器必须为每个样本给出一个数（它的分数：真实还是生成），但它给出的是{shape}：请让 D 以一个 1 个神经元的 Dense 层结束。</translation>
    </message>
    <message>
        <source>The Noise does not reach Generated: link it into G&apos;s first layer, and G&apos;s layers into a chain that ends in Generated.</source>
        <translation>Noise 没有到达 Generated：请把它连到 G 的第一层，并把 G 的各层连成一条以 Generated 结尾的链。</translation>
    </message>
    <message>
        <source>D does not reach the Output: link Generated into D&apos;s first layer, and D&apos;s layers into a chain that ends in the Output.</source>
        <translation>D 没有到达 Output：请把 Generated 连到 D 的第一层，并把 D 的各层连成一条以 Output 结尾的链。</translation>
    </message>
    <message>
        <source>Generated takes the generator&apos;s last layer (and the Input&apos;s real samples), but {n} layers of G are linked into it: keep one.</source>
        <translation>Generated 只接收生成器的最后一层（以及 Input 的真实样本），但有 {n} 个 G 的层连到了它：请只保留一个。</translation>
    </message>
    <message>
        <source>G has nothing to learn: add a layer with weights (Dense, ...) to G, between the Noise and Generated.</source>
        <translation>G 没有可学习的参数：请在 Noise 和 Generated 之间为 G 添加一个带权重的层（Dense 等）。</translation>
    </message>
    <message>
        <source>D has nothing to learn: add a layer with weights (Dense, ...) to D, between Generated and the Output.</source>
        <translation>D 没有可学习的参数：请在 Generated 和 Output 之间为 D 添加一个带权重的层（Dense 等）。</translation>
    </message>
    <message>
        <source>Unknown GAN loss {name!r}</source>
        <translation>未知的 GAN 损失 {name!r}</translation>
    </message>
</context>
<context>
    <name>gan_plane</name>
    <message>
        <source>Green: real samples. Purple: G&apos;s samples, each with an arrow along which D would find it more real. Background: D&apos;s score (blue: D says real, orange: fake). Faint lines: G&apos;s manifold, a lattice of noise carried through G.</source>
        <translation>绿色：真实样本。紫色：G 生成的样本，每个都带一个箭头，沿箭头方向 D 会觉得它更真实。背景：D 的得分（蓝色：D 判为真实，橙色：判为生成）。浅色线：G 的流形，即一张噪声网格经过 G 之后的样子。</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Fake</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>D&apos;s score</source>
        <translation>D 的得分</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Manifold</source>
        <translation>流形</translation>
    </message>
</context>
<context>
    <name>gan_samples</name>
    <message>
        <source>Each image comes from the same noise all run long: what changes is what G has learnt. The bottom row is real samples from the data set.</source>
        <translation>整个运行中每张图像都来自同一个噪声：变化的是 G 学到的东西。最下面一行是数据集中的真实样本。</translation>
    </message>
</context>
<context>
    <name>gan_scores</name>
    <message>
        <source>G or D gives numbers that are not finite: the run is diverging. Lower the learning rates.</source>
        <translation>G 或 D 给出了非有限的数值：运行正在发散。请降低学习率。</translation>
    </message>
    <message>
        <source>Mode collapse: G&apos;s samples have gathered in almost one place, far less spread than the data. D will push them on; if they stay together, try a lower G learning rate or more noise dimensions.</source>
        <translation>模式崩溃：G 的样本几乎聚在一处，远不如数据分散。D 会推动它们散开；如果它们仍然聚在一起，请尝试降低 G 的学习率或增加噪声维度。</translation>
    </message>
    <message>
        <source>G leaves out part of the data: {missed:.0%} of the real samples lie where G makes none (modes dropped, a kind of mode collapse). Watch whether D&apos;s score draws G&apos;s samples there.</source>
        <translation>G 遗漏了部分数据：{missed:.0%} 的真实样本所在之处 G 没有生成任何样本（模式丢失，一种模式崩溃）。观察 D 的得分是否会把 G 的样本吸引过去。</translation>
    </message>
    <message>
        <source>D tells real from fake almost perfectly, so G&apos;s gradients fade (with the minimax loss G barely learns then). Try the non-saturating loss, fewer D steps or a lower D learning rate.</source>
        <translation>D 几乎能完美区分真实与生成，因此 G 的梯度逐渐消失（使用 minimax 损失时 G 几乎学不动）。请尝试非饱和损失、减少 D 的步数或降低 D 的学习率。</translation>
    </message>
    <message>
        <source> · D(real) {real:.2f} · D(fake) {fake:.2f}</source>
        <translation> · D(真实) {real:.2f} · D(生成) {fake:.2f}</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>gap between test and training loss</source>
        <translation>测试损失与训练损失之差</translation>
    </message>
    <message>
        <source>epochs trained</source>
        <translation>已训练轮次</translation>
    </message>
    <message>
        <source>steps trained</source>
        <translation>已训练步数</translation>
    </message>
    <message>
        <source>hidden neurons</source>
        <translation>隐藏神经元</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>weights (parameters)</source>
        <translation>权重（参数）</translation>
    </message>
    <message>
        <source>neurons in the narrowest hidden layer</source>
        <translation>神经元（最窄的隐藏层）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>optimizer params</source>
        <translation>优化器参数</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>regularization rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮次上限</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>weight seed</source>
        <translation>权重种子</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>feature x1</source>
        <translation>特征 X₁</translation>
    </message>
    <message>
        <source>feature x2</source>
        <translation>特征 X₂</translation>
    </message>
    <message>
        <source>feature x1 sq</source>
        <translation>特征 X₁²</translation>
    </message>
    <message>
        <source>feature x2 sq</source>
        <translation>特征 X₂²</translation>
    </message>
    <message>
        <source>feature x1 x2</source>
        <translation>特征 X₁X₂</translation>
    </message>
    <message>
        <source>feature sin x1</source>
        <translation>特征 sin(X₁)</translation>
    </message>
    <message>
        <source>feature sin x2</source>
        <translation>特征 sin(X₂)</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>n classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>normalize</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>train ratio</source>
        <translation>训练集比例</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translation>介于 {low} 与 {high} 之间</translation>
    </message>
    <message>
        <source>True</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>False</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{metric} {bounds}</source>
        <translation>{metric} {bounds}</translation>
    </message>
    <message>
        <source>at most {n} {what}</source>
        <translation>至多 {n} 个{what}</translation>
    </message>
    <message>
        <source>at least {n} {what}</source>
        <translation>至少 {n} 个{what}</translation>
    </message>
    <message>
        <source>{what} {bounds}</source>
        <translation>{what} {bounds}</translation>
    </message>
    <message>
        <source>{setting} is {value}</source>
        <translation>{setting}为 {value}</translation>
    </message>
    <message>
        <source>{setting} is not {value}</source>
        <translation>{setting}不是 {value}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{setting} is one of {values}</source>
        <translation>{setting}为 {values} 之一</translation>
    </message>
    <message>
        <source>{setting} {bounds}</source>
        <translation>{setting} {bounds}</translation>
    </message>
    <message>
        <source>the network has a {kind} layer</source>
        <translation>网络中有 {kind} 层</translation>
    </message>
    <message>
        <source>a hidden layer uses {activation}</source>
        <translation>有隐藏层使用 {activation}</translation>
    </message>
    <message>
        <source>only the input features {features}</source>
        <translation>只用输入特征 {features}</translation>
    </message>
    <message>
        <source>the loss blows up (the run diverges)</source>
        <translation>损失爆炸（训练发散）</translation>
    </message>
    <message>
        <source>{goal} within {epochs} epochs</source>
        <translation>{epochs} 轮之内{goal}</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，然后</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>{steps} (changing only the {settings})</source>
        <translation>{steps}（只改变{settings}）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>not: {goal}</source>
        <translation>不满足：{goal}</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a number, found {found}</source>
        <translation>{where}.{key}：应为数字，实际为 {found}</translation>
    </message>
    <message>
        <source>{where}: say &apos;at_least&apos; or &apos;at_most&apos; (or both)</source>
        <translation>{where}：请给出 &apos;at_least&apos; 或 &apos;at_most&apos;（或两者都给）</translation>
    </message>
    <message>
        <source>{where}.{key}: unknown {key} {found} (known: {known})</source>
        <translation>{where}.{key}：未知的 {key} {found}（可用的有：{known}）</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a list of conditions, found {found}</source>
        <translation>{where}.{key}：应为条件列表，实际为 {found}</translation>
    </message>
    <message>
        <source>{where}.setting: unknown setting {found} (training settings: {known}; data options as data.NAME, e.g. data.noise)</source>
        <translation>{where}.setting：未知的设置 {found}（训练设置：{known}；数据选项写作 data.NAME，例如 data.noise）</translation>
    </message>
    <message>
        <source>{where}.one_of: expected a list of values</source>
        <translation>{where}.one_of：应为取值列表</translation>
    </message>
    <message>
        <source>{where}: conditions nested more than {depth} deep</source>
        <translation>{where}：条件嵌套超过 {depth} 层</translation>
    </message>
    <message>
        <source>{where}: expected a condition (an object), found {found}</source>
        <translation>{where}：应为一个条件（对象），实际为 {found}</translation>
    </message>
    <message>
        <source>{where}: no condition found (one of {known})</source>
        <translation>{where}：没有找到条件（应为 {known} 之一）</translation>
    </message>
    <message>
        <source>{where}.features: expected a list of feature names ({known})</source>
        <translation>{where}.features：应为特征名列表（{known}）</translation>
    </message>
    <message>
        <source>{where}.diverged: only true makes sense here</source>
        <translation>{where}.diverged：这里只能写 true</translation>
    </message>
    <message>
        <source>{where}.within_epochs: expected a number of epochs above 0</source>
        <translation>{where}.within_epochs：应为大于 0 的轮次数</translation>
    </message>
    <message>
        <source>{where}: &apos;within_epochs&apos; needs the &apos;goal&apos; to meet in that time</source>
        <translation>{where}：&apos;within_epochs&apos; 需要给出在这段时间内要达成的 &apos;goal&apos;</translation>
    </message>
    <message>
        <source>{where}.changing_only: expected a list of training settings ({known})</source>
        <translation>{where}.changing_only：应为训练设置列表（{known}）</translation>
    </message>
</context>
<context>
    <name>gradients</name>
    <message>
        <source>Red bars: vanishing (&lt; {low}) or exploding (&gt; {high}) gradients</source>
        <translation>红色柱：梯度消失（&lt; {low}）或梯度爆炸（&gt; {high}）</translation>
    </message>
    <message>
        <source>Tiny gradients, because the loss is almost 0: training has converged</source>
        <translation>梯度极小，因为损失几乎为 0：训练已经收敛</translation>
    </message>
    <message>
        <source>{names} and {name}</source>
        <translation>{names}和{name}</translation>
    </message>
    <message>
        <source>{names}, {name}</source>
        <translation>{names}、{name}</translation>
    </message>
    <message>
        <source>Gradients in {layers} are exploding: try a smaller learning rate</source>
        <translation>{layers} 的梯度正在爆炸：请尝试更小的学习率</translation>
    </message>
    <message>
        <source>Gradients in {layers} are zero: the neurons are stuck. Try a smaller learning rate, then Reset</source>
        <translation>{layers} 的梯度为零：神经元卡住了。请尝试更小的学习率，然后重置</translation>
    </message>
    <message>
        <source>Gradients in {layers} are vanishing: try ReLU or a smaller network</source>
        <translation>{layers} 的梯度正在消失：请尝试 ReLU 或更小的网络</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <source>There is no node {id}</source>
        <translation>不存在节点 {id}</translation>
    </message>
    <message>
        <source>Both ends of a link must be nodes on the canvas.</source>
        <translation>连线的两端都必须是画布上的节点。</translation>
    </message>
    <message>
        <source>A layer cannot feed itself.</source>
        <translation>层不能连到自己。</translation>
    </message>
    <message>
        <source>{kind} has no output to link from.</source>
        <translation>{kind} 没有可以连出的输出端口。</translation>
    </message>
    <message>
        <source>{kind} has no input: the data set feeds it.</source>
        <translation>{kind} 没有输入端口：它的数据来自数据集。</translation>
    </message>
    <message>
        <source>{source} already feeds {target}.</source>
        <translation>{source} 已经连到 {target}。</translation>
    </message>
    <message>
        <source>{layer} already has an input; use an Add or Concat layer to merge several.</source>
        <translation>{layer} 已经有一个输入；要合并多个输入，请使用 Add 或 Concat 层。</translation>
    </message>
    <message>
        <source>That link would make a loop; networks here must flow one way.</source>
        <translation>这条连线会形成环路；这里的网络必须单向流动。</translation>
    </message>
    <message>
        <source>The network has a loop: {layers}</source>
        <translation>网络中有环路：{layers}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The id {id} is already used</source>
        <translation>编号 {id} 已被使用</translation>
    </message>
    <message>
        <source>Unknown layer kind {kind!r}</source>
        <translation>未知的层类型 {kind!r}</translation>
    </message>
    <message>
        <source>There is no link {id}</source>
        <translation>不存在连线 {id}</translation>
    </message>
    <message>
        <source>{kind} has no parameter {name!r}</source>
        <translation>{kind} 没有参数 {name!r}</translation>
    </message>
    <message>
        <source>{kind} cannot go inside a link: it has no input or no output, so it cannot be inserted between two layers.</source>
        <translation>{kind} 不能放进连线中：它没有输入或没有输出，因此无法插在两层之间。</translation>
    </message>
</context>
<context>
    <name>hidden_states</name>
    <message>
        <source>class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <source>2 × {n} units (forward, backward)</source>
        <translation>2 × {n} 个神经元（前向、后向）</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} 个神经元</translation>
    </message>
    <message>
        <source>first {n} of each</source>
        <translation>每个方向的前 {n} 个</translation>
    </message>
    <message>
        <source>first {n}</source>
        <translation>前 {n} 个</translation>
    </message>
    <message>
        <source>top of {n} stacked</source>
        <translation>{n} 层堆叠中的最上层</translation>
    </message>
    <message>
        <source>{text}, {part}</source>
        <translation>{text}，{part}</translation>
    </message>
    <message>
        <source>{text}: {part}</source>
        <translation>{text}：{part}</translation>
    </message>
    <message>
        <source>fwd</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>bwd</source>
        <translation>后向</translation>
    </message>
</context>
<context>
    <name>image_folder</name>
    <message>
        <source>No image folder is chosen: choose a folder that holds one sub-folder of images per class.</source>
        <translation>尚未选择图像文件夹：请选择一个每个类别各有一个图像子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist: check the name or choose it again.</source>
        <translation>文件夹“{folder}”不存在：请检查名称或重新选择。</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is a file, not a folder: choose the folder that holds one sub-folder of images per class.</source>
        <translation>“{folder}”是文件而不是文件夹：请选择每个类别各有一个图像子文件夹的那个文件夹。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; cannot be read: {why}.</source>
        <translation>无法读取文件夹“{folder}”：{why}。</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>无法读取（{why}）</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>是空文件（0 字节）</translation>
    </message>
    <message>
        <source>is a damaged PNG file</source>
        <translation>是损坏的 PNG 文件</translation>
    </message>
    <message>
        <source>is a truncated PNG file</source>
        <translation>是不完整的 PNG 文件</translation>
    </message>
    <message>
        <source>is a truncated JPEG file</source>
        <translation>是不完整的 JPEG 文件</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image</source>
        <translation>不是 PNG 或 JPEG 图像</translation>
    </message>
    <message>
        <source>is {width}x{height} pixels (at most {most} a side)</source>
        <translation>有 {width}x{height} 像素（每边最多 {most}）</translation>
    </message>
    <message>
        <source>{files} and {n} more</source>
        <translation>{files} 以及另外 {n} 个</translation>
    </message>
    <message>
        <source>{name} {fault}</source>
        <translation>{name} {fault}</translation>
    </message>
    <message>
        <source>{n} file(s) of the image folder were skipped: {files}.</source>
        <translation>图像文件夹中有 {n} 个文件被跳过：{files}。</translation>
    </message>
    <message>
        <source>{n} file(s) of the image folder are not PNG or JPEG images and were left out: {files}.</source>
        <translation>图像文件夹中有 {n} 个文件不是 PNG 或 JPEG 图像，已略去：{files}。</translation>
    </message>
    <message>
        <source>{n} class folder(s) hold no usable image and are left out: {files}.</source>
        <translation>有 {n} 个类别文件夹中没有可用的图像，已略去：{files}。</translation>
    </message>
    <message>
        <source>{n} file(s) lie beside the class folders, not in one, and were left out: {files}.</source>
        <translation>有 {n} 个文件位于类别文件夹旁边而不在其中，已略去：{files}。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; holds no usable PNG or JPEG image. Its sub-folders hold no usable image: {files}.</source>
        <translation>文件夹“{folder}”中没有可用的 PNG 或 JPEG 图像。它的子文件夹中没有可用的图像：{files}。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; holds no usable PNG or JPEG image. It has no sub-folder: put the images of each class in a sub-folder named after it.</source>
        <translation>文件夹“{folder}”中没有可用的 PNG 或 JPEG 图像。它没有子文件夹：请把每个类别的图像放进以该类别命名的子文件夹。</translation>
    </message>
    <message>
        <source>{message} {detail}</source>
        <translation>{message}{detail}</translation>
    </message>
    <message>
        <source>Give the class a name (it becomes the folder its drawings go in).</source>
        <translation>请给类别起个名字（它会成为存放该类图像的文件夹名）。</translation>
    </message>
    <message>
        <source>A class name cannot hold / \ : * ? &quot; &lt; &gt; | or be &apos;.&apos; or &apos;..&apos;: {name!r} cannot be a folder&apos;s name.</source>
        <translation>类别名称不能包含 / \ : * ? &quot; &lt; &gt; |，也不能是“.”或“..”：{name!r} 不能用作文件夹名。</translation>
    </message>
    <message>
        <source>Keep a class name to {most} characters (it is shown under every image of the class).</source>
        <translation>类别名称请不要超过 {most} 个字符（它会显示在该类每张图像下方）。</translation>
    </message>
    <message>
        <source>None of the {n} image(s) in &apos;{folder}&apos; could be decoded, for example {file}.</source>
        <translation>“{folder}”中的 {n} 张图像都无法解码，例如 {file}。</translation>
    </message>
    <message>
        <source>{n} image(s) could not be decoded and were skipped: {files}.</source>
        <translation>有 {n} 张图像无法解码，已跳过：{files}。</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <source>airplane</source>
        <translation>飞机</translation>
    </message>
    <message>
        <source>automobile</source>
        <translation>汽车</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>鸟</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>deer</source>
        <translation>鹿</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>狗</translation>
    </message>
    <message>
        <source>frog</source>
        <translation>青蛙</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>马</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>船</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>卡车</translation>
    </message>
    <message>
        <source>The bundled digits file {file} is missing or damaged ({why}): reinstall the app.</source>
        <translation>随附的数字数据文件 {file} 缺失或已损坏（{why}）：请重新安装本应用。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist: choose the folder that holds the {name} files.</source>
        <translation>文件夹“{folder}”不存在：请选择存放 {name} 文件的文件夹。</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is a file, not a folder: choose the folder that holds the {name} files.</source>
        <translation>“{folder}”是文件而不是文件夹：请选择存放 {name} 文件的文件夹。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; cannot be read: {why}.</source>
        <translation>无法读取文件夹“{folder}”：{why}。</translation>
    </message>
    <message>
        <source> The folder holds {archive}: extract it first.</source>
        <translation>该文件夹中有 {archive}：请先解压。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a complete gzip file ({why}): download it again.</source>
        <translation>“{name}”不是完整的 gzip 文件（{why}）：请重新下载。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be read: {why}.</source>
        <translation>无法读取“{path}”：{why}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too short to be an IDX file ({size} bytes): download it again.</source>
        <translation>“{name}”太短，不可能是 IDX 文件（{size} 字节）：请重新下载。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an IDX file of {ndim}-D images/labels: its magic number is 0x{magic:08x}, expected 0x{expected:08x}. Is it the right file?</source>
        <translation>“{name}”不是 {ndim} 维图像/标签的 IDX 文件：它的魔数是 0x{magic:08x}，应为 0x{expected:08x}。是不是选错了文件？</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; announces {dims} values, more than a gzip file of {size:,} bytes can hold: it is damaged. Download it again.</source>
        <translation>“{name}”声明有 {dims} 个值，超过了 {size:,} 字节的 gzip 文件所能容纳的数量：文件已损坏。请重新下载。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is truncated: its header announces {dims} values ({expected:,} bytes) but it has {found:,} bytes. Download it again.</source>
        <translation>“{name}”不完整：文件头声明有 {dims} 个值（{expected:,} 字节），但它只有 {found:,} 字节。请重新下载。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is longer than its header says: its header announces {dims} values ({expected:,} bytes) but it has {found:,} bytes. Download it again.</source>
        <translation>“{name}”比文件头声明的要长：文件头声明有 {dims} 个值（{expected:,} 字节），但它有 {found:,} 字节。请重新下载。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; has no {missing}. MNIST needs the four IDX files {files} (each may end in .gz).{hint}</source>
        <translation>文件夹“{folder}”中没有 {missing}。MNIST 需要以下四个 IDX 文件：{files}（每个都可以以 .gz 结尾）。{hint}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds {height}x{width} images; MNIST images are {h}x{w}.</source>
        <translation>“{name}”中的图像是 {height}x{width}；MNIST 图像应为 {h}x{w}。</translation>
    </message>
    <message>
        <source>&apos;{images}&apos; holds {n_images} images but &apos;{labels}&apos; holds {n_labels} labels: the files do not belong together.</source>
        <translation>“{images}”中有 {n_images} 张图像，而“{labels}”中有 {n_labels} 个标签：这两个文件不是一套。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds the label {label}; MNIST labels are 0 to 9.</source>
        <translation>“{name}”中有标签 {label}；MNIST 的标签应为 0 到 9。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {size:,} bytes, more than all 60,000 CIFAR-10 images: it is not a CIFAR-10 binary batch.</source>
        <translation>“{name}”有 {size:,} 字节，比全部 60,000 张 CIFAR-10 图像还多：它不是 CIFAR-10 的二进制批次文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {size} bytes, not a whole number of CIFAR-10 records ({record} bytes each): it is truncated or not a CIFAR-10 binary batch. Download it again.</source>
        <translation>“{name}”有 {size} 字节，不是整数条 CIFAR-10 记录（每条 {record} 字节）：文件不完整，或者不是 CIFAR-10 的二进制批次文件。请重新下载。</translation>
    </message>
    <message>
        <source>Record {n} of &apos;{name}&apos; has the label {label}; CIFAR-10 labels are 0 to 9. Is this the CIFAR-100 binary version?</source>
        <translation>“{name}”的第 {n} 条记录的标签是 {label}；CIFAR-10 的标签应为 0 到 9。这是不是 CIFAR-100 的二进制版本？</translation>
    </message>
    <message>
        <source> This looks like the Python version of CIFAR-10 (pickle files, which the app does not open for safety): download the binary version, cifar-10-binary.tar.gz.</source>
        <translation>这看起来是 Python 版的 CIFAR-10（pickle 文件，出于安全考虑本应用不会打开）：请下载二进制版本 cifar-10-binary.tar.gz。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; has no {missing}. CIFAR-10 needs the binary batches {files}.{hint}</source>
        <translation>文件夹“{folder}”中没有 {missing}。CIFAR-10 需要以下二进制批次文件：{files}。{hint}</translation>
    </message>
</context>
<context>
    <name>kernels</name>
    <message>
        <source>{n} filters of {h}×{w}, scale {scale}</source>
        <translation>{n} 个 {h}×{w} 滤波器，刻度 {scale}</translation>
    </message>
    <message>
        <source>{n} filter of {h}×{w}, scale {scale}</source>
        <translation>{n} 个 {h}×{w} 滤波器，刻度 {scale}</translation>
    </message>
    <message>
        <source>first {shown} of {n} filters</source>
        <translation>{n} 个滤波器中的前 {shown} 个</translation>
    </message>
    <message>
        <source>first {shown} of {n} input channels</source>
        <translation>{n} 个输入通道中的前 {shown} 个</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>slope {slope:g}</source>
        <translation>斜率 {slope:g}</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>{kind} needs an image input (channels, height, width) but receives {shape}.</source>
        <translation>{kind} 需要图像输入（通道, 高, 宽），但收到的是{shape}。</translation>
    </message>
    <message>
        <source>Conv2D&apos;s {k}x{k} filter does not fit the {h}x{w} image it receives: use a smaller kernel or &apos;same&apos; padding.</source>
        <translation>Conv2D 的 {k}x{k} 卷积核放不进它收到的 {h}x{w} 图像：请使用更小的卷积核或“等尺寸填充”（same）。</translation>
    </message>
    <message>
        <source>{filters} filters {k}x{k} /{stride} · {activation}</source>
        <translation>{filters} 个卷积核 {k}x{k} /{stride} · {activation}</translation>
    </message>
    <message>
        <source>{filters} filters {k}x{k} · {activation}</source>
        <translation>{filters} 个卷积核 {k}x{k} · {activation}</translation>
    </message>
    <message>
        <source>Dense needs features but receives {shape}: add a Flatten layer before it.</source>
        <translation>Dense 需要特征输入，但收到的是{shape}：请在它之前添加一个 Flatten 层。</translation>
    </message>
    <message>
        <source>{units} unit · {activation}</source>
        <translation>{units} 神经元 · {activation}</translation>
    </message>
    <message>
        <source>{units} units · {activation}</source>
        <translation>{units} 神经元 · {activation}</translation>
    </message>
    <message>
        <source>drops {rate:.0%}</source>
        <translation>丢弃 {rate:.0%}</translation>
    </message>
    <message>
        <source>{dim} random number, {distribution}</source>
        <translation>{dim} 个随机数，{distribution}</translation>
    </message>
    <message>
        <source>{dim} random numbers, {distribution}</source>
        <translation>{dim} 个随机数，{distribution}</translation>
    </message>
    <message>
        <source>Generated needs the generator&apos;s last layer linked into it.</source>
        <translation>Generated 需要生成器的最后一层连入。</translation>
    </message>
    <message>
        <source>G → fake samples → D</source>
        <translation>G → 生成样本 → D</translation>
    </message>
    <message>
        <source>from the data set</source>
        <translation>来自数据集</translation>
    </message>
    <message>
        <source>prediction → loss</source>
        <translation>预测 → 损失</translation>
    </message>
    <message>
        <source>{kind} needs at least two inputs to merge but has {n}.</source>
        <translation>{kind} 至少需要两个输入才能合并，但只有 {n} 个。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>Add needs inputs of the same shape but receives {shapes}.</source>
        <translation>Add 需要形状相同的输入，但收到的是{shapes}。</translation>
    </message>
    <message>
        <source>Concat can only join inputs of the same kind but receives {shapes}.</source>
        <translation>Concat 只能拼接同类的输入，但收到的是{shapes}。</translation>
    </message>
    <message>
        <source>Concat joins along the channels, so the other sizes must agree, but it receives {shapes}.</source>
        <translation>Concat 沿通道拼接，因此其他维度的大小必须一致，但它收到的是{shapes}。</translation>
    </message>
    <message>
        <source>Concat joins along the features, so the other sizes must agree, but it receives {shapes}.</source>
        <translation>Concat 沿特征拼接，因此其他维度的大小必须一致，但它收到的是{shapes}。</translation>
    </message>
    <message>
        <source>merges {n} input</source>
        <translation>合并 {n} 个输入</translation>
    </message>
    <message>
        <source>merges {n} inputs</source>
        <translation>合并 {n} 个输入</translation>
    </message>
    <message>
        <source>momentum {momentum:g}</source>
        <translation>动量 {momentum:g}</translation>
    </message>
    <message>
        <source>eps {eps:g}</source>
        <translation>ε {eps:g}</translation>
    </message>
    <message>
        <source>{kind}&apos;s {k}x{k} window does not fit the {h}x{w} image it receives: use a smaller pool size or fewer pooling layers.</source>
        <translation>{kind} 的 {k}x{k} 窗口放不进它收到的 {h}x{w} 图像：请使用更小的池化窗口或更少的池化层。</translation>
    </message>
    <message>
        <source>{k}x{k} window</source>
        <translation>{k}x{k} 窗口</translation>
    </message>
    <message>
        <source>{kind} needs a sequence (steps, features) but receives {shape}.</source>
        <translation>{kind} 需要序列输入（步数, 特征），但收到的是{shape}。</translation>
    </message>
    <message>
        <source>bidir</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>所有步</translation>
    </message>
    <message>
        <source>to one vector</source>
        <translation>展平为一个向量</translation>
    </message>
</context>
<context>
    <name>latent</name>
    <message>
        <source>PC {n} ({share:.0%})</source>
        <translation>主成分 {n}（{share:.0%}）</translation>
    </message>
    <message>
        <source>code unit 1</source>
        <translation>编码单元 1</translation>
    </message>
    <message>
        <source>code unit 2</source>
        <translation>编码单元 2</translation>
    </message>
    <message>
        <source>The code is not a number: the network has diverged</source>
        <translation>编码不是数值：网络已经发散</translation>
    </message>
    <message>
        <source>The code of {n} test samples: {units} numbers each</source>
        <translation>{n} 个测试样本的编码：每个 {units} 个数</translation>
    </message>
    <message>
        <source>Each point is one sample&apos;s {units}-number code, seen along the two directions the codes vary most (principal components PC 1 and PC 2, with each one&apos;s share of the variance).</source>
        <translation>每个点是一个样本的 {units} 维编码，沿编码变化最大的两个方向观察（主成分 1 和主成分 2，括号中是各自占方差的比例）。</translation>
    </message>
    <message>
        <source>The data keeps no class for these samples: the points are not coloured.</source>
        <translation>数据中这些样本没有类别：点不着色。</translation>
    </message>
    <message>
        <source>Colours: each sample&apos;s class, its name at the middle of its points.</source>
        <translation>颜色：每个样本的类别，类别名写在该类点的中间。</translation>
    </message>
    <message>
        <source>Right: the decoder&apos;s output for a {n} x {n} grid over the same plane.</source>
        <translation>右侧：解码器在同一平面上 {n} x {n} 网格处的输出。</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>Layers (the palette)</source>
        <translation>层（层面板）</translation>
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
        <source>{where}.{key}: expected text, found {found}</source>
        <translation>{where}.{key}：应为文本，实际为 {found}</translation>
    </message>
    <message>
        <source>{where}: expected an object with try, goal, hints and answer</source>
        <translation>{where}：应为包含 try、goal、hints 和 answer 的对象</translation>
    </message>
    <message>
        <source>{where}: expected a list of texts</source>
        <translation>{where}：应为文本列表</translation>
    </message>
    <message>
        <source>translations: expected an object with the words of each language, e.g. {example}</source>
        <translation>translations：应为包含各语言文字的对象，例如 {example}</translation>
    </message>
    <message>
        <source>translations: {code} is not a language code such as zh_CN</source>
        <translation>translations：{code} 不是 zh_CN 这样的语言代码</translation>
    </message>
    <message>
        <source>{where}: expected an object with title, summary and text</source>
        <translation>{where}：应为包含 title、summary 和 text 的对象</translation>
    </message>
    <message>
        <source>{where}: expected a list of names</source>
        <translation>{where}：应为名称列表</translation>
    </message>
    <message>
        <source>{where}: unknown control {found} (panels: {panels}; settings: a training setting such as learning_rate, dataset, or data.NAME)</source>
        <translation>{where}：未知的控件 {found}（面板：{panels}；设置：训练设置如 learning_rate、dataset，或 data.NAME）</translation>
    </message>
    <message>
        <source>The file does not hold a lesson (expected a JSON object).</source>
        <translation>这个文件里没有课程（应为一个 JSON 对象）。</translation>
    </message>
    <message>
        <source>format: this is not a Neural Playground lesson (expected &apos;{format}&apos;).</source>
        <translation>format：这不是 Neural Playground 课程（应为 &apos;{format}&apos;）。</translation>
    </message>
    <message>
        <source>version: the field is missing or not a whole number above 0</source>
        <translation>version：缺少这个字段，或它不是大于 0 的整数</translation>
    </message>
    <message>
        <source>version: the lesson is version {version}, newer than this app reads ({supported}); update Neural Playground.</source>
        <translation>version：这个课程的版本是 {version}，比本应用能读取的版本（{supported}）更新；请更新 Neural Playground。</translation>
    </message>
    <message>
        <source>lesson.order: expected a whole number</source>
        <translation>lesson.order：应为整数</translation>
    </message>
    <message>
        <source>goal: the field is missing (what the app checks, e.g. {example})</source>
        <translation>goal：缺少这个字段（应用要检查的条件，例如 {example}）</translation>
    </message>
    <message>
        <source>controls: expected an object with hidden and locked</source>
        <translation>controls：应为包含 hidden 和 locked 的对象</translation>
    </message>
    <message>
        <source>project: the field is missing (the network the lesson starts from)</source>
        <translation>project：缺少这个字段（课程开始时的网络）</translation>
    </message>
    <message>
        <source>project: {problem}</source>
        <translation>project：{problem}</translation>
    </message>
    <message>
        <source>script: expected a list of steps</source>
        <translation>script：应为步骤列表</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a lesson file.</source>
        <translation>{path} 不是课程文件。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>这个文件不是有效的 JSON（第 {line} 行，第 {column} 列：{problem}）。</translation>
    </message>
    <message>
        <source>The file nests lists or objects too deeply to be a lesson.</source>
        <translation>这个文件中列表或对象嵌套过深，不可能是课程。</translation>
    </message>
    <message>
        <source>There is no lesson {name}. The lessons are: {names}.</source>
        <translation>没有名为 {name} 的课程。现有课程：{names}。</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>{title} must be true or false, not {value!r}</source>
        <translation>{title}必须是 true 或 false，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{title} must be a whole number, not {value!r}</source>
        <translation>{title}必须是整数，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{title} must be a whole number, not {value}</source>
        <translation>{title}必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>{title} must be a number, not {value!r}</source>
        <translation>{title}必须是数字，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{title} must be a finite number, not {value}</source>
        <translation>{title}必须是有限的数，而不是 {value}</translation>
    </message>
    <message>
        <source>{title} must be one of {options}; {value!r} is not</source>
        <translation>{title}必须是 {options} 之一；{value!r} 不是</translation>
    </message>
    <message>
        <source>{title} must be text, not {value!r}</source>
        <translation>{title}必须是文本，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{title} must be a list of [x, y, value] points, not {value!r}</source>
        <translation>{title}必须是由 [x, y, 取值] 组成的点列表，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{title} holds {count:,} points; at most {most:,} can be drawn</source>
        <translation>{title}中有 {count:,} 个点；最多只能画 {most:,} 个</translation>
    </message>
    <message>
        <source>Point {i} of {owner} must be [x, y, value], not {row!r}</source>
        <translation>{owner}的第 {i} 个点必须是 [x, y, 取值]，而不是 {row!r}</translation>
    </message>
    <message>
        <source>Point {i} of {owner} has a number far too large</source>
        <translation>{owner}的第 {i} 个点中有个数太大了</translation>
    </message>
    <message>
        <source>Point {i} of {owner} must hold finite numbers (a value of at most a million)</source>
        <translation>{owner}的第 {i} 个点必须由有限的数组成（取值最多一百万）</translation>
    </message>
    <message>
        <source>Point {i} of {owner} ({x:g}, {y:g}) lies outside the plane {low:g}..{high:g}</source>
        <translation>{owner}的第 {i} 个点 ({x:g}, {y:g}) 位于平面 {low:g}..{high:g} 之外</translation>
    </message>
    <message>
        <source>{title} is {value:g} but must be at least {limit:g}</source>
        <translation>{title}为 {value:g}，但至少应为 {limit:g}</translation>
    </message>
    <message>
        <source>{title} is {value:g} but must be at most {limit:g}</source>
        <translation>{title}为 {value:g}，但最多应为 {limit:g}</translation>
    </message>
    <message>
        <source>{title} is far too large to be a number here</source>
        <translation>{title}太大了，不能作为这里的数值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{owner} has no parameter {name!r} (it has: {known})</source>
        <translation>{owner}没有参数 {name!r}（它有：{known}）</translation>
    </message>
</context>
<context>
    <name>pins</name>
    <message>
        <source>defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>optimizer settings</source>
        <translation>优化器设置</translation>
    </message>
    <message>
        <source>loss settings</source>
        <translation>损失设置</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>data {dataset}</source>
        <translation>数据集 {dataset}</translation>
    </message>
    <message>
        <source>{layer} (now {kind} {id})</source>
        <translation>{layer}（现在是 {kind} {id}）</translation>
    </message>
    <message>
        <source>{layer} {change}</source>
        <translation>{layer} {change}</translation>
    </message>
    <message>
        <source>with {layers}</source>
        <translation>有 {layers}</translation>
    </message>
    <message>
        <source>without {layers}</source>
        <translation>没有 {layers}</translation>
    </message>
    <message>
        <source>other links</source>
        <translation>连线不同</translation>
    </message>
    <message>
        <source>other initial weights</source>
        <translation>初始权重不同</translation>
    </message>
    <message>
        <source>pinned: the same settings</source>
        <translation>固定的运行：设置相同</translation>
    </message>
    <message>
        <source>pinned: {differences} and {n} more</source>
        <translation>固定的运行：{differences} 等（另有 {n} 处不同）</translation>
    </message>
    <message>
        <source>pinned: {differences}</source>
        <translation>固定的运行：{differences}</translation>
    </message>
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
    <message>
        <source>The plot</source>
        <translation>图</translation>
    </message>
</context>
<context>
    <name>predictions</name>
    <message>
        <source>{first}
true: {truth}</source>
        <translation>{first}
真实：{truth}</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}：应为一个对象</translation>
    </message>
    <message>
        <source>{where}: the field &apos;{key}&apos; is missing</source>
        <translation>{where}：缺少字段“{key}”</translation>
    </message>
    <message>
        <source>{where}.{key}: expected {expected}, found {value}</source>
        <translation>{where}.{key}：应为{expected}，实际为 {value}</translation>
    </message>
    <message>
        <source>a number of more than 38 digits</source>
        <translation>一个超过 38 位的数</translation>
    </message>
    <message>
        <source>{where}.{key}: ids must not be negative, found {value}</source>
        <translation>{where}.{key}：编号不能为负，实际为 {value}</translation>
    </message>
    <message>
        <source>{where}.{key}: ids must be at most {max:,}, found {value}</source>
        <translation>{where}.{key}：编号不能超过 {max:,}，实际为 {value}</translation>
    </message>
    <message>
        <source>{where}.{key}: the position {value} is not a point on the canvas (at most {max:,.0f} either way from its centre)</source>
        <translation>{where}.{key}：位置 {value} 不在画布上（离中心最多 {max:,.0f}）</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>一个整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>{where}.kind: unknown layer kind &apos;{kind}&apos;</source>
        <translation>{where}.kind：未知的层类型“{kind}”</translation>
    </message>
    <message>
        <source>{where}.params: expected an object</source>
        <translation>{where}.params：应为一个对象</translation>
    </message>
    <message>
        <source>{where}.params: {error}</source>
        <translation>{where}.params：{error}</translation>
    </message>
    <message>
        <source>{where}.id: the id {id} is used twice</source>
        <translation>{where}.id：编号 {id} 被使用了两次</translation>
    </message>
    <message>
        <source>{where}.{end}: there is no node {id}</source>
        <translation>{where}.{end}：不存在节点 {id}</translation>
    </message>
    <message>
        <source>{where}: {kind} has no output to link from</source>
        <translation>{where}：{kind} 没有可以连出的输出端口</translation>
    </message>
    <message>
        <source>{where}: {kind} has no input to link into</source>
        <translation>{where}：{kind} 没有可以连入的输入端口</translation>
    </message>
    <message>
        <source>{where}: {source} already feeds {target}</source>
        <translation>{where}：{source} 已经连到 {target}</translation>
    </message>
    <message>
        <source>{where}: {target} would have two inputs</source>
        <translation>{where}：{target} 会有两个输入</translation>
    </message>
    <message>
        <source>training.{name}: {error}</source>
        <translation>training.{name}：{error}</translation>
    </message>
    <message>
        <source>The file nests lists or objects more than {depth} deep; a project nests six at most.</source>
        <translation>文件中列表或对象的嵌套超过 {depth} 层；项目最多嵌套六层。</translation>
    </message>
    <message>
        <source>{place}: the number is far too large for any setting (more than 300 digits)</source>
        <translation>{place}：这个数太大，任何设置都用不了（超过 300 位）</translation>
    </message>
    <message>
        <source>The file does not hold a project (expected a JSON object).</source>
        <translation>该文件不包含项目（应为一个 JSON 对象）。</translation>
    </message>
    <message>
        <source>format: this is not a Neural Playground project (expected &apos;{format}&apos;).</source>
        <translation>format：这不是 Neural Playground 项目（应为“{format}”）。</translation>
    </message>
    <message>
        <source>version: the field is missing or not a whole number</source>
        <translation>version：该字段缺失或不是整数</translation>
    </message>
    <message>
        <source>version: the file is version {version}, newer than this app reads ({supported}); update Neural Playground.</source>
        <translation>version：文件版本为 {version}，比本应用能读取的版本（{supported}）更新；请更新 Neural Playground。</translation>
    </message>
    <message>
        <source>version: {version} is not a valid version</source>
        <translation>version：{version} 不是有效的版本</translation>
    </message>
    <message>
        <source>data.dataset: {error}</source>
        <translation>data.dataset：{error}</translation>
    </message>
    <message>
        <source>data.params: expected an object</source>
        <translation>data.params：应为一个对象</translation>
    </message>
    <message>
        <source>data.params: {error}</source>
        <translation>data.params：{error}</translation>
    </message>
    <message>
        <source>pins: expected a list</source>
        <translation>pins：应为一个列表</translation>
    </message>
    <message>
        <source>pins: {n} pinned runs, more than the {max} the app keeps</source>
        <translation>pins：有 {n} 个固定的运行，超过了应用保留的上限 {max} 个</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}: {message}).</source>
        <translation>该文件不是有效的 JSON（第 {line} 行，第 {column} 列：{message}）。</translation>
    </message>
    <message>
        <source>The file nests lists or objects too deeply to be a project.</source>
        <translation>文件中列表或对象嵌套太深，不可能是项目文件。</translation>
    </message>
    <message>
        <source>The file holds a number thousands of digits long, which no setting of a project can take.</source>
        <translation>文件中有一个长达数千位的数，项目的任何设置都无法接受。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} 是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>{path} is not a text file, so it cannot be a project.</source>
        <translation>{path} 不是文本文件，因此不可能是项目。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
</context>
<context>
    <name>reconstructions</name>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Each test image (input) above what the network gives back (output), on the same grey scale. The error is the mean over {n} test images.</source>
        <translation>每张测试图像（输入）在上，网络还原的结果（输出）在下，使用同一灰度刻度。误差是 {n} 张测试图像上的平均值。</translation>
    </message>
    <message>
        <source>Each test image (input) above what the network gives back (output), on the same grey scale. The error is the mean over {n} training images.</source>
        <translation>每张测试图像（输入）在上，网络还原的结果（输出）在下，使用同一灰度刻度。误差是 {n} 张训练图像上的平均值。</translation>
    </message>
    <message>
        <source>Each test sample (input) above what the network gives back (output), on the same grey scale. The error is the mean over {n} test samples.</source>
        <translation>每个测试样本（输入）在上，网络还原的结果（输出）在下，使用同一灰度刻度。误差是 {n} 个测试样本上的平均值。</translation>
    </message>
    <message>
        <source>Each test sample (input) above what the network gives back (output), on the same grey scale. The error is the mean over {n} training samples.</source>
        <translation>每个测试样本（输入）在上，网络还原的结果（输出）在下，使用同一灰度刻度。误差是 {n} 个训练样本上的平均值。</translation>
    </message>
    <message>
        <source>The network&apos;s output is not a number</source>
        <translation>网络的输出不是数值</translation>
    </message>
    <message>
        <source>Mean squared error per pixel: {error:.4f}</source>
        <translation>每像素均方误差：{error:.4f}</translation>
    </message>
    <message>
        <source>Mean squared error per value: {error:.4f}</source>
        <translation>每个值的均方误差：{error:.4f}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>{scored} of {available}</source>
        <translation>{scored} / {available}</translation>
    </message>
    <message>
        <source>{count} test sample</source>
        <translation>{count} 个测试样本</translation>
    </message>
    <message>
        <source>{count} test samples</source>
        <translation>{count} 个测试样本</translation>
    </message>
    <message>
        <source>{count} training sample</source>
        <translation>{count} 个训练样本</translation>
    </message>
    <message>
        <source>{count} training samples</source>
        <translation>{count} 个训练样本</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>The share of the samples whose class the network gives right.</source>
        <translation>网络判对类别的样本所占比例。</translation>
    </message>
    <message>
        <source>Mean absolute error: how far a prediction is from the true value, on average.</source>
        <translation>平均绝对误差：预测值与真实值平均相差多少。</translation>
    </message>
    <message>
        <source>1 means perfect, 0 no better than always predicting the mean, below 0 worse than that.</source>
        <translation>1 表示完美，0 表示不比总是预测平均值更好，小于 0 表示更差。</translation>
    </message>
    <message>
        <source>Of the samples the network calls this class, the share that really are.</source>
        <translation>被网络判为该类别的样本中，真正属于该类别的比例。</translation>
    </message>
    <message>
        <source>Of this class&apos;s samples, the share the network gets right.</source>
        <translation>该类别的样本中，网络判对的比例。</translation>
    </message>
    <message>
        <source>How many samples of this class are in the set.</source>
        <translation>数据集中该类别的样本数。</translation>
    </message>
    <message>
        <source>Training accuracy {accuracy}, loss {loss}</source>
        <translation>训练准确率 {accuracy}，损失 {loss}</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}, loss {loss}</source>
        <translation>测试准确率 {accuracy}，损失 {loss}</translation>
    </message>
    <message>
        <source>Training MAE {mae}, R² {r2}</source>
        <translation>训练 MAE {mae}，R² {r2}</translation>
    </message>
    <message>
        <source>Test MAE {mae}, R² {r2}</source>
        <translation>测试 MAE {mae}，R² {r2}</translation>
    </message>
</context>
<context>
    <name>sequence_samples</name>
    <message>
        <source>class {k}</source>
        <translation>类别 {k}</translation>
    </message>
</context>
<context>
    <name>sequences</name>
    <message>
        <source>sine</source>
        <translation>正弦波</translation>
    </message>
    <message>
        <source>square</source>
        <translation>方波</translation>
    </message>
    <message>
        <source>sawtooth</source>
        <translation>锯齿波</translation>
    </message>
</context>
<context>
    <name>series</name>
    <message>
        <source>next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>unknown {what} &apos;{value}&apos; (known: {known})</source>
        <translation>未知的{what}“{value}”（可选：{known}）</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>The data set {dataset} has no option {name!r}</source>
        <translation>数据集 {dataset} 没有选项 {name!r}</translation>
    </message>
    <message>
        <source>Unknown data set {name!r}</source>
        <translation>未知的数据集 {name!r}</translation>
    </message>
    <message>
        <source>There is no training setting {name!r}</source>
        <translation>没有名为 {name!r} 的训练设置</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>这里应为一个对象</translation>
    </message>
</context>
<context>
    <name>shapes</name>
    <message>
        <source>Cross-entropy needs one output unit per class ({k} classes, so {k} units) but the network gives 1. Use binary cross-entropy for a single unit, or give the last Dense layer {k} units.</source>
        <translation>交叉熵需要每个类别一个输出神经元（{k} 个类别，即 {k} 个神经元），但网络只给出 1 个。单个神经元请使用二元交叉熵，或者让最后一个 Dense 层有 {k} 个神经元。</translation>
    </message>
    <message>
        <source>Cross-entropy needs {k} output values per sample, one per class, but the network gives {shape}.</source>
        <translation>交叉熵需要每个样本 {k} 个输出值（每个类别一个），但网络给出的是 {shape}。</translation>
    </message>
    <message>
        <source>Binary cross-entropy is for 2 classes, but this data set has {k}: use cross-entropy with {k} output units.</source>
        <translation>二元交叉熵用于 2 个类别，但这个数据集有 {k} 个：请使用交叉熵，并设 {k} 个输出神经元。</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs exactly 1 output unit (the probability of class 1) but the network gives {shape}.</source>
        <translation>二元交叉熵恰好需要 1 个输出神经元（类别 1 的概率），但网络给出的是 {shape}。</translation>
    </message>
    <message>
        <source>{loss} on {k} classes needs 1 unit (or 2) but the network gives {shape}.</source>
        <translation>在 {k} 个类别上使用{loss}需要 1 个神经元（或 2 个），但网络给出的是 {shape}。</translation>
    </message>
    <message>
        <source>{loss} on {k} classes needs {k} units, one per class but the network gives {shape}.</source>
        <translation>在 {k} 个类别上使用{loss}需要 {k} 个神经元（每个类别一个），但网络给出的是 {shape}。</translation>
    </message>
    <message>
        <source>{loss} is for classes, but this data set asks for numbers (regression): use mean squared error, mean absolute error or Huber.</source>
        <translation>{loss}用于类别，但这个数据集要预测的是数值（回归）：请使用均方误差、平均绝对误差或 Huber 损失。</translation>
    </message>
    <message>
        <source>The data set&apos;s target is {target} but the network gives {shape}.</source>
        <translation>数据集的目标是{target}，但网络给出的是 {shape}。</translation>
    </message>
    <message>
        <source>Only one {kind} layer is allowed: delete this one.</source>
        <translation>只允许有一个 {kind} 层：请删除这一个。</translation>
    </message>
    <message>
        <source>The network has no Output layer: drag one from &apos;Input / Output&apos; and link the last layer into it.</source>
        <translation>网络没有 Output 层：请从“输入 / 输出”中拖一个出来，并把最后一层连到它上面。</translation>
    </message>
    <message>
        <source>This layer is part of a loop; networks here must flow one way.</source>
        <translation>这一层处在一个环路中；这里的网络必须单向流动。</translation>
    </message>
    <message>
        <source>{layer} is not connected to the Output, so training ignores it.</source>
        <translation>{layer} 没有连接到 Output，因此训练会忽略它。</translation>
    </message>
    <message>
        <source>{layer} has no input: link a layer&apos;s output into it.</source>
        <translation>{layer} 没有输入：请把某一层的输出连到它上面。</translation>
    </message>
    <message>
        <source>Unknown loss {loss!r}.</source>
        <translation>未知的损失 {loss!r}。</translation>
    </message>
    <message>
        <source>The network has no Input layer: drag one from &apos;Input / Output&apos; onto the canvas.</source>
        <translation>网络没有 Input 层：请从“输入 / 输出”中拖一个到画布上。</translation>
    </message>
    <message>
        <source>Generated ends a GAN&apos;s generator, but the network has no Noise source: add a Noise layer (from &apos;Input / Output&apos;) to start the generator, or delete this one.</source>
        <translation>Generated 是 GAN 生成器的终点，但网络没有 Noise 源：请添加一个 Noise 层（在“输入 / 输出”中）作为生成器的起点，或者删除这一个。</translation>
    </message>
    <message>
        <source>The Input does not lead to the Output: link the layers into a chain from Input to Output.</source>
        <translation>Input 没有通向 Output：请把各层连成一条从 Input 到 Output 的链。</translation>
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
        <source>real: mean score {score}</source>
        <translation>真实：平均得分 {score}</translation>
    </message>
    <message>
        <source>fake: mean score {score}</source>
        <translation>生成：平均得分 {score}</translation>
    </message>
    <message>
        <source>D&apos;s loss {loss}</source>
        <translation>D 的损失 {loss}</translation>
    </message>
    <message>
        <source>G&apos;s loss {loss}</source>
        <translation>G 的损失 {loss}</translation>
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
        <source>{head} · Generate: G turns {batch} noise draws into fake samples (its weights stay as they are); each of G&apos;s layers shows its output for the first one. {key}: D scores them.</source>
        <translation>{head} · 生成：G 把 {batch} 个噪声样本变成生成样本（它的权重保持不变）；G 的每一层显示它对第一个样本的输出。{key}：由 D 打分。</translation>
    </message>
    <message>
        <source>{head} · Score: D scores {batch} real samples and the {batch} fake ones: {real} on average for the real, {fake} for the fake (1 = sure it is real). Each of D&apos;s layers shows its output for the first fake sample. {key}: D&apos;s loss.</source>
        <translation>{head} · 打分：D 给 {batch} 个真实样本和 {batch} 个生成样本打分：真实样本平均 {real}，生成样本平均 {fake}（1 表示确信是真实的）。D 的每一层显示它对第一个生成样本的输出。{key}：D 的损失。</translation>
    </message>
    <message>
        <source>{head} · D&apos;s loss: {loss}, low when D scores the real samples high and the fake ones low. {key}: D&apos;s gradients.</source>
        <translation>{head} · D 的损失：{loss}。D 给真实样本打高分、给生成样本打低分时，损失就低。{key}：D 的梯度。</translation>
    </message>
    <message>
        <source>{head} · D&apos;s gradients: how each of D&apos;s weights should change to tell real from fake better; each of D&apos;s layers shows its size. G is left out. {key}: D&apos;s update.</source>
        <translation>{head} · D 的梯度：D 的每个权重应当如何变化，才能更好地区分真实与生成；D 的每一层显示梯度的大小。G 不参与。{key}：D 的更新。</translation>
    </message>
    <message>
        <source>{head} · D&apos;s update: only D&apos;s weights moved against the gradient (learning rate {rate}), by the amount shown; G&apos;s stay as they were. {key}: the next D step.</source>
        <translation>{head} · D 的更新：只有 D 的权重沿梯度的反方向移动了所示的量（学习率 {rate}）；G 的权重保持不变。{key}：D 的下一步。</translation>
    </message>
    <message>
        <source>{head} · D&apos;s update: only D&apos;s weights moved against the gradient (learning rate {rate}), by the amount shown; G&apos;s stay as they were. {key}: G&apos;s turn.</source>
        <translation>{head} · D 的更新：只有 D 的权重沿梯度的反方向移动了所示的量（学习率 {rate}）；G 的权重保持不变。{key}：轮到 G。</translation>
    </message>
    <message>
        <source>{head} · Generate: G turns {batch} fresh noise draws into fake samples; each of G&apos;s layers shows its output for the first one. {key}: D scores them.</source>
        <translation>{head} · 生成：G 把 {batch} 个新的噪声样本变成生成样本；G 的每一层显示它对第一个样本的输出。{key}：由 D 打分。</translation>
    </message>
    <message>
        <source>{head} · Score: D, its weights held still, scores the fake samples: {fake} on average (1 = sure it is real). {key}: G&apos;s loss.</source>
        <translation>{head} · 打分：D 的权重保持不动，给生成样本打分：平均 {fake}（1 表示确信是真实的）。{key}：G 的损失。</translation>
    </message>
    <message>
        <source>{head} · G&apos;s loss: {loss}, low when D takes the fake samples for real. {key}: G&apos;s gradients.</source>
        <translation>{head} · G 的损失：{loss}。D 把生成样本当成真实样本时，损失就低。{key}：G 的梯度。</translation>
    </message>
    <message>
        <source>{head} · G&apos;s gradients flow back through D (whose weights stay as they are) into G: how each of G&apos;s weights should change to fool D better; each of G&apos;s layers shows its size. {key}: G&apos;s update.</source>
        <translation>{head} · G 的梯度穿过 D（其权重保持不变）传回 G：G 的每个权重应当如何变化，才能更好地骗过 D；G 的每一层显示梯度的大小。{key}：G 的更新。</translation>
    </message>
    <message>
        <source>{head} · G&apos;s update: only G&apos;s weights moved against the gradient (learning rate {rate}), by the amount shown; D&apos;s stay as they were. {key}: the next G step.</source>
        <translation>{head} · G 的更新：只有 G 的权重沿梯度的反方向移动了所示的量（学习率 {rate}）；D 的权重保持不变。{key}：G 的下一步。</translation>
    </message>
    <message>
        <source>{head} · G&apos;s update: only G&apos;s weights moved against the gradient (learning rate {rate}), by the amount shown; D&apos;s stay as they were. The round is done. {key}: the next round in slow motion; Play trains on as usual.</source>
        <translation>{head} · G 的更新：只有 G 的权重沿梯度的反方向移动了所示的量（学习率 {rate}）；D 的权重保持不变。这一轮结束了。{key}：以慢动作走下一轮；按“开始”则照常训练。</translation>
    </message>
    <message>
        <source>Slow round {round}, {n}/{total} · D step {turn} of {turns}</source>
        <translation>慢动作第 {round} 轮，{n}/{total} · D 的第 {turn} 步（共 {turns} 步）</translation>
    </message>
    <message>
        <source>Slow round {round}, {n}/{total} · G step {turn} of {turns}</source>
        <translation>慢动作第 {round} 轮，{n}/{total} · G 的第 {turn} 步（共 {turns} 步）</translation>
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
<context>
    <name>split</name>
    <message>
        <source>Only {n} sample would be used: at least 2 are needed (one to train on, one to test on). Raise the sample limit.</source>
        <translation>只会用到 {n} 个样本：至少需要 2 个（一个用于训练，一个用于测试）。请提高样本上限。</translation>
    </message>
    <message>
        <source>Only {n} samples would be used: at least 2 are needed (one to train on, one to test on). Raise the sample limit.</source>
        <translation>只会用到 {n} 个样本：至少需要 2 个（一个用于训练，一个用于测试）。请提高样本上限。</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <source>&apos;{name}&apos; is not a readable CSV file near line {line}: {why}.</source>
        <translation>“{name}”在第 {line} 行附近无法按 CSV 文件读取：{why}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is saved as UTF-16 (&quot;Unicode text&quot;): save it from the spreadsheet as &apos;CSV UTF-8&apos; and choose that file.</source>
        <translation>“{name}”以 UTF-16（“Unicode 文本”）保存：请在电子表格软件中另存为“CSV UTF-8”，再选择那个文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a text file (is it an Excel workbook?): save it as CSV and choose that file.</source>
        <translation>“{name}”不是文本文件（是 Excel 工作簿吗？）：请另存为 CSV，再选择那个文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not saved as UTF-8, so it was read as Latin-1 (Western European): accented letters may look wrong. To be sure, save it from the spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>“{name}”不是以 UTF-8 保存的，因此按 Latin-1（西欧）编码读取：带重音的字母可能显示不正确。稳妥起见，请在电子表格软件中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; cannot be read: {why}.</source>
        <translation>无法读取文件“{name}”：{why}。</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; is empty: it needs a header row and data rows.</source>
        <translation>文件“{name}”是空的：它需要一行表头和若干数据行。</translation>
    </message>
    <message>
        <source>No CSV file is chosen: choose one in the data panel.</source>
        <translation>尚未选择 CSV 文件：请在数据面板中选择一个。</translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; does not exist: check the name or choose it again.</source>
        <translation>文件“{path}”不存在：请检查名称或重新选择。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a CSV file: choose a file inside it.</source>
        <translation>“{path}”是文件夹而不是 CSV 文件：请选择其中的某个文件。</translation>
    </message>
    <message>
        <source>The first row of &apos;{name}&apos; holds numbers ({shown}), not column names: add a header row that names each column, for example x1,x2,y.</source>
        <translation>“{name}”的第一行是数字（{shown}），而不是列名：请添加一行为每列命名的表头，例如 x1,x2,y。</translation>
    </message>
    <message>
        <source>Column {i} of the header row of &apos;{name}&apos; has no name: give every column a name.</source>
        <translation>“{name}”表头的第 {i} 列没有名称：请给每一列起个名字。</translation>
    </message>
    <message>
        <source>Two columns of &apos;{name}&apos; are named &apos;{column}&apos; (columns {first} and {i}): give every column its own name.</source>
        <translation>“{name}”中有两列都叫“{column}”（第 {first} 列和第 {i} 列）：请给每一列起不同的名字。</translation>
    </message>
    <message>
        <source>Row {line} has {cells} cells but the header has {n} columns: every row needs exactly one value per column.</source>
        <translation>第 {line} 行有 {cells} 个单元格，但表头有 {n} 列：每一行的每一列都必须恰好有一个值。</translation>
    </message>
    <message>
        <source>Task must be one of {tasks}; {task!r} is not.</source>
        <translation>任务必须是 {tasks} 之一；{task!r} 不是。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has only one column (&apos;{column}&apos;): a table needs at least one input column and a target column. Is the separator a comma or a semicolon?</source>
        <translation>“{name}”只有一列（“{column}”）：表格至少需要一个输入列和一个目标列。分隔符是逗号还是分号？</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {n} data row: at least 2 are needed (one to train on, one to test on).</source>
        <translation>“{name}”只有 {n} 行数据：至少需要 2 行（一行用于训练，一行用于测试）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {n} data rows: at least 2 are needed (one to train on, one to test on).</source>
        <translation>“{name}”只有 {n} 行数据：至少需要 2 行（一行用于训练，一行用于测试）。</translation>
    </message>
    <message>
        <source>There is no column &apos;{column}&apos;; the columns are: {columns}.</source>
        <translation>没有名为“{column}”的列；现有的列是：{columns}。</translation>
    </message>
    <message>
        <source>The target column &apos;{column}&apos; holds only one value (&apos;{value}&apos;): a classifier needs at least 2 classes.</source>
        <translation>目标列“{column}”只有一个取值（“{value}”）：分类器至少需要 2 个类别。</translation>
    </message>
    <message>
        <source>The target column &apos;{column}&apos; has more than {most} different values: too many to be classes. Choose another target column, or set the task to &apos;regression&apos; if it holds numbers.</source>
        <translation>目标列“{column}”有超过 {most} 个不同的取值：太多了，不可能是类别。请选择其他目标列；如果它是数值，请把任务设为“回归”。</translation>
    </message>
    <message>
        <source>Row {line}, column &apos;{column}&apos; holds &apos;{cell}&apos;, which is not a finite number: fill in a real value or remove the row.</source>
        <translation>第 {line} 行“{column}”列的值是“{cell}”，不是有限的数：请填入实际的值，或删除这一行。</translation>
    </message>
    <message>
        <source>Row {line}, column &apos;{column}&apos; holds &apos;{cell}&apos;, which is too large: numbers must stay between -3.4e38 and 3.4e38. Rescale the column (for example to thousands or millions).</source>
        <translation>第 {line} 行“{column}”列的值是“{cell}”，太大了：数值必须在 -3.4e38 到 3.4e38 之间。请重新缩放这一列（例如以千或百万为单位）。</translation>
    </message>
    <message>
        <source>Row {line}, column &apos;{column}&apos; is empty: fill it in or remove the row.</source>
        <translation>第 {line} 行“{column}”列是空的：请填上，或删除这一行。</translation>
    </message>
    <message>
        <source>Row {line}, column &apos;{column}&apos; is missing (&apos;{cell}&apos;): fill it in or remove the row.</source>
        <translation>第 {line} 行“{column}”列缺失（“{cell}”）：请填上，或删除这一行。</translation>
    </message>
    <message>
        <source>Row {line}, column &apos;{column}&apos; holds text (&apos;{cell}&apos;): a regression target must be a number. Set the task to &apos;classification&apos; to treat its values as classes.</source>
        <translation>第 {line} 行“{column}”列是文本（“{cell}”）：回归的目标必须是数值。若要把它的取值当作类别，请把任务设为“分类”。</translation>
    </message>
    <message>
        <source>Row {line}, column &apos;{column}&apos; holds text (&apos;{cell}&apos;): only numbers can be used as inputs. Remove the column or replace the text with numbers.</source>
        <translation>第 {line} 行“{column}”列是文本（“{cell}”）：只有数值才能用作输入。请删除这一列，或把文本换成数值。</translation>
    </message>
</context>
<context>
    <name>thumbnails</name>
    <message>
        <source>(no file)</source>
        <translation>（没有文件）</translation>
    </message>
    <message>
        <source>  click to
  draw points</source>
        <translation>  单击图上
  绘制点</translation>
    </message>
    <message>
        <source> your own
 {name} files:
 choose a folder</source>
        <translation> 你自己的
 {name} 文件：
 请选择文件夹</translation>
    </message>
    <message>
        <source> (cannot show
  this data)</source>
        <translation> （无法显示
  这些数据）</translation>
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
<context>
    <name>unit_weights</name>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: all {n} units, scale {scale}</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt;：全部 {n} 个神经元，刻度 {scale}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt;: the first {shown} of {n} units, scale {scale}</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt;：{n} 个神经元中的前 {shown} 个，刻度 {scale}</translation>
    </message>
    <message>
        <source>each image: the mean of the unit&apos;s weights over the {n} colour channels</source>
        <translation>每张图像：该神经元在 {n} 个颜色通道上权重的平均</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Real and fake</source>
        <translation>真实与生成</translation>
    </message>
    <message>
        <source>Real samples and G&apos;s samples on the plane, D&apos;s score as the background (blue: D says real, orange: fake), arrows along which G&apos;s samples would look more real, and G&apos;s manifold: a lattice of noise carried through G.</source>
        <translation>平面上的真实样本和 G 生成的样本，背景是 D 的得分（蓝色：D 判为真实，橙色：判为生成），箭头指向 G 的样本看起来更真实的方向，还有 G 的流形：一张噪声网格经过 G 之后的样子。</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Images G makes from the same noise all run long, beside real ones.</source>
        <translation>整个运行中 G 用同一噪声生成的图像，旁边是真实图像。</translation>
    </message>
    <message>
        <source>GAN curves</source>
        <translation>GAN 曲线</translation>
    </message>
    <message>
        <source>D&apos;s and G&apos;s losses, D&apos;s score on real and on fake samples, and on the plane how far G&apos;s samples are from the data (JS divergence).</source>
        <translation>D 和 G 的损失，D 对真实样本和生成样本的得分，以及在平面上 G 的样本离数据有多远（JS 散度）。</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane, with the data.</source>
        <translation>网络在输入平面上的输出，以及数据。</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>What the network predicts for each x, over the data.</source>
        <translation>网络对每个 x 的预测，叠加在数据上。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Each small layer&apos;s weights, drawn as the lines between neurons.</source>
        <translation>每个小层的权重，画成神经元之间的连线。</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Test images with the class the network predicts and how sure it is; wrong ones are marked.</source>
        <translation>测试图像，附网络预测的类别及其把握；错误的会被标出。</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>What each convolution and pooling layer makes of one test image: click an image to choose it.</source>
        <translation>每个卷积层和池化层对一张测试图像的处理结果：点击图像可选择它。</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>The filters each convolution layer has learned.</source>
        <translation>每个卷积层学到的滤波器。</translation>
    </message>
    <message>
        <source>Unit weights</source>
        <translation>神经元权重</translation>
    </message>
    <message>
        <source>Each unit of the first Dense layer weighs the pixels: its weights drawn as an image.</source>
        <translation>第一个 Dense 层的每个神经元对像素加权：把它的权重画成一张图像。</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列预测</translation>
    </message>
    <message>
        <source>Held-out sequences with the next values the network predicts.</source>
        <translation>留出的序列，以及网络预测的下一个值。</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Held-out sequences with the class the network gives each.</source>
        <translation>留出的序列，以及网络给每条序列的类别。</translation>
    </message>
    <message>
        <source>Hidden states</source>
        <translation>隐藏状态</translation>
    </message>
    <message>
        <source>Each recurrent layer&apos;s hidden state over the steps of one held-out sequence.</source>
        <translation>每个循环层在一条留出序列各步上的隐藏状态。</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Test samples above what the network gives back.</source>
        <translation>测试样本在上，网络还原的结果在下。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The bottleneck&apos;s code of each test sample, coloured by its label.</source>
        <translation>每个测试样本在瓶颈层的编码，按标签着色。</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>How often each true class (rows) is predicted as each class (columns) on the test set, with each class&apos;s accuracy.</source>
        <translation>在测试集上，每个真实类别（行）被预测为各个类别（列）的次数，以及每个类别的准确率。</translation>
    </message>
    <message>
        <source>Predicted vs true</source>
        <translation>预测与真实</translation>
    </message>
    <message>
        <source>Each test sample&apos;s prediction against its true value, with the y = x line and R².</source>
        <translation>每个测试样本的预测值对比真实值，附 y = x 线和 R²。</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>How one neuron (or feature-map pixel) computes its value for one sample: inputs times weights, plus the bias, then the activation, with the run&apos;s numbers.</source>
        <translation>一个神经元（或特征图像素）如何为一个样本算出它的值：输入乘以权重，加上偏置，再经过激活函数，用的是本次运行的真实数字。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The run&apos;s loss and metrics on the training and test sets, per class where there are classes (like Keras&apos; evaluate).</source>
        <translation>本次运行在训练集和测试集上的损失和指标，有类别时按类别列出（类似 Keras 中评估模型得到的结果）。</translation>
    </message>
</context>
<context>
    <name>write_errors</name>
    <message>
        <source>{what} could not be saved: {path} is a folder. Give a file name.</source>
        <translation>{what}无法保存：{path} 是文件夹。请给出文件名。</translation>
    </message>
    <message>
        <source>{what} could not be saved: the folder {folder} does not exist. Choose another folder.</source>
        <translation>{what}无法保存：文件夹 {folder} 不存在。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{what} could not be saved to {path}: you are not allowed to write there. Choose another folder.</source>
        <translation>{what}无法保存到 {path}：你没有在那里写入的权限。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{what} could not be saved to {path}: {why}.</source>
        <translation>{what}无法保存到 {path}：{why}。</translation>
    </message>
</context>
</TS>
