<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ControlsGuard</name>
    <message>
        <source>Locked by the lesson.</source>
        <translation>已被课程锁定。</translation>
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
</TS>
