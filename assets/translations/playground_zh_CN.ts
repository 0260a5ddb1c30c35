<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
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
    <name>WeightEditor</name>
    <message>
        <source>The weight: type a value and press Enter (Escape: leave it as it is).</source>
        <translation>权重：输入数值后按 Enter（按 Esc 保持不变）。</translation>
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
        <translation>Beta1</translation>
    </message>
    <message>
        <source>Decay of the running mean of squared gradients.</source>
        <translation>梯度平方滑动平均的衰减率。</translation>
    </message>
    <message>
        <source>Beta2</source>
        <translation>Beta2</translation>
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
        <translation>Eps</translation>
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
        <translation>Alpha</translation>
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
</TS>
