<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>Could not keep a recovery copy of your work in {folder}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PyTorch &amp;Script...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a PyTorch training script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ONNX...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the network as ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trained weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch weights (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curves as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the curves and metrics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training script saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX model saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no curves to export yet: press Play to train the network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standalone Python file that trains this network with torch (python net.py, or torchrun for several processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of the network trained so far, for the exported script&apos;s --weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss and accuracy of every point of the curves, then the final metrics, for a spreadsheet or pandas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot as &amp;PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot as S&amp;VG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network to export yet: fix the problems shown on the canvas first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the {plot} plot as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plot to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanTrainer</name>
    <message>
        <source>Training diverged near step {step}: the loss became infinite or NaN. The learning rates (D {d_rate:g}, G {g_rate:g}) are probably too high; the weights were restored to step {good}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} runs can be pinned: remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a pinned run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pinned runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this run&apos;s curves on the plots, faded and labelled, to compare with the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all pinned runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotMenu</name>
    <message>
        <source>Save Plot as {format}...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessRunner</name>
    <message>
        <source>The training worker stopped unexpectedly (exit code {code}). Press Reset to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovered</name>
    <message>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%a %d %b %Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run continues from the weights saved beside the project ({file}); Reset starts from new weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas is empty, so the trained run ({steps:,} steps) is put away. Undo (Ctrl+Z) brings its network back and the run with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network changed, so the trained run ({steps:,} steps) no longer fits it. Press Play or Reset to train the new network from scratch, or Undo (Ctrl+Z) to keep the old run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training paused at step {step:,}: the loss grew from {start:.3g} to {now:.3g}, so the run is diverging. The learning rate ({rate:g}) is probably too high: lower it in the Training panel, then press Reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadRunner</name>
    <message>
        <source>The training worker stopped unexpectedly. Press Reset to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>The network has nothing to learn: add a layer with weights (Dense, Conv2D, a recurrent layer, ...) between the Input and the Output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot change during a run: reset instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged near step {step}: the loss became infinite or NaN. The learning rate ({rate:g}) is probably too high; the weights were restored to step {good}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>The training engine could not start ({error}). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training engine did not start within {seconds:.0f} s. Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training engine stopped answering (nothing for {seconds:.0f} s). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerLoop</name>
    <message>
        <source>The network could not be built: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} This run starts from new weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network to train yet: fix the problems shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That weight is not in this run any more ({error}); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network to export yet: fix the problems shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights could not be exported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onnx could not be exported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped with an error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That speed cannot be used: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: reached the limit of {epochs} epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not measure the network: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training engine could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>it cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (not readable text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an autosave of Neural Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by another version of Neural Playground (format {version!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time, title or file name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network in it is damaged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} closed unexpectedly, but the copy of your work it kept could not be opened: {error}.

The file was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} closed unexpectedly. Recover the network you were editing ({title}, {when})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>A GAN cannot be exported yet: the exported script trains one network with one loss, and a GAN is two networks trained against each other. Train it in the app or with `playground train`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to ONNX needs the onnx packages, which are not installed. Install them with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ONNX file could not be written to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network could not be exported to ONNX: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has problems to fix before it can be exported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be exported yet: the script has no code for {kind} layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimizer {name!r} cannot be exported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script could not be written to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights could not be saved to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no weights file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a weights file saved by Neural Playground ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights in {path} belong to another network: they lack {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights in {path} belong to another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights in {path} belong to another network: {key} has another shape.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gan</name>
    <message>
        <source>Unknown GAN loss {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pins</name>
    <message>
        <source>test loss {loss:.3g}, {acc:.1f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss {loss:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test loss, {acc:.1f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plot_export</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plot} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {plot} plot has no room on screen to be drawn: make the window larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {plot} plot could not be drawn as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>CUDA was asked for, but this machine has no usable NVIDIA GPU: choose CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS (Apple GPU) was asked for, but it is not available here: choose CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown optimizer {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training set is empty: use more samples or a larger training ratio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>The training engine was stopped (killed; the computer may have run out of memory). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training engine crashed ({signal}). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training engine stopped unexpectedly. Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training engine stopped unexpectedly (exit code {code}). Press Restart to start it again: the network is kept, its training starts over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
