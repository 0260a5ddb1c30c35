<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>features</name>
    <message>
        <source>Unknown input feature {name!r}; the features are {known}.</source>
        <translation>未知的输入特征 {name!r}；可用的特征有：{known}。</translation>
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
