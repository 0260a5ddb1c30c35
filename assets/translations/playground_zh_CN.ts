<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>ViewsArea</name>
    <message>
        <source>Nothing to show yet: choose a data set that can be loaded.</source>
        <translation>还没有可显示的内容：请选择一个能加载的数据集。</translation>
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
    <name>predictions</name>
    <message>
        <source>{first}
true: {truth}</source>
        <translation>{first}
真实：{truth}</translation>
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
    <name>series</name>
    <message>
        <source>next</source>
        <translation>下一步</translation>
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
</TS>
