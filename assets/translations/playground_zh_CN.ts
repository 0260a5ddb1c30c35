<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>views</name>
    <message>
        <source>Real and fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real samples and G&apos;s samples on the plane, D&apos;s score as the background (blue: D says real, orange: fake), arrows along which G&apos;s samples would look more real, and G&apos;s manifold: a lattice of noise carried through G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images G makes from the same noise all run long, beside real ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAN curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&apos;s and G&apos;s losses, D&apos;s score on real and on fake samples, and on the plane how far G&apos;s samples are from the data (JS divergence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane, with the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network predicts for each x, over the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each small layer&apos;s weights, drawn as the lines between neurons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images with the class the network predicts and how sure it is; wrong ones are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each convolution and pooling layer makes of one test image: click an image to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters each convolution layer has learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each unit of the first Dense layer weighs the pixels: its weights drawn as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out sequences with the next values the network predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out sequences with the class the network gives each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each recurrent layer&apos;s hidden state over the steps of one held-out sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test samples above what the network gives back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bottleneck&apos;s code of each test sample, coloured by its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each true class (rows) is predicted as each class (columns) on the test set, with each class&apos;s accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted vs true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each test sample&apos;s prediction against its true value, with the y = x line and R².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How one neuron (or feature-map pixel) computes its value for one sample: inputs times weights, plus the bias, then the activation, with the run&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s loss and metrics on the training and test sets, per class where there are classes (like Keras&apos; evaluate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
