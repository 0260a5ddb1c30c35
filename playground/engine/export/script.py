"""A project as one standalone PyTorch script: its data, its network, its training and evaluation.

The script needs only torch and numpy. Its model's layers carry the canvas names, its data comes
from the app's own generators and readers (copied in by `source.py`), and it trains with the same
loss, optimizer, hyper-parameters and seed as the app; run as `python net.py` it shuffles the
batches as the app's trainer does, under `torchrun --nproc_per_node=N net.py` it trains with
DistributedDataParallel (gloo on CPU, NCCL on GPUs) and a DistributedSampler.

Pure Python: the window writes scripts without importing torch.
"""

from __future__ import annotations

import keyword
import pprint
import re
from pathlib import Path

from playground.core.datasets import DATASETS, DataError
from playground.core.gan import is_gan
from playground.core.graph import Graph
from playground.core.i18n import translate
from playground.core.project import Project
from playground.core.shapes import Analysis, analyse
from playground.core.task import output_activation
from playground.engine.export.data import DIGITS_FILE, data_code
from playground.engine.export.kinds import EXPORTERS, LayerCode, gan_refused
from playground.engine.export.source import ROOT, ExportError, SourceCollector

DEFAULT_EPOCHS = 50  # as `playground train` without --epochs, for a project without an epoch limit
_RESERVED = {"x", "self", "torch", "nn", "np", "F"}
_SCRIPT_IMPORTS = ("import argparse", "import os", "import sys", "import numpy as np", "import torch", "from torch import nn",
                   "import torch.distributed as dist", "from torch.nn.parallel import DistributedDataParallel",
                   "from torch.utils.data.distributed import DistributedSampler")


def attribute_names(graph: Graph, order: list[int]) -> dict[int, str]:
    """A Python name for each node, from its card title ("Dense 3" -> "dense_3"), unique."""
    names: dict[int, str] = {}
    for nid in order:
        base = re.sub(r"\W+", "_", graph.nodes[nid].label).strip("_").lower() or "layer"
        if base[0].isdigit():
            base = f"layer_{base}"
        if keyword.iskeyword(base) or base in _RESERVED:
            base += "_"
        name, n = base, 2
        while name in names.values():
            name, n = f"{base}_{n}", n + 1
        names[nid] = name
    return names


def checked_analysis(project: Project) -> Analysis:
    """The project's analysis, or ExportError with its first problem in plain words."""
    try:
        analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    except DataError as exc:
        raise ExportError(str(exc)) from None
    if is_gan(project.graph):
        raise gan_refused()
    if not analysis.ok:
        raise ExportError(translate("export", "The network has problems to fix before it can be exported: "
                                    "{problem}").format(problem=analysis.first_error()))
    return analysis


def layer_codes(graph: Graph, analysis: Analysis) -> dict[int, LayerCode]:
    codes = {}
    for nid in analysis.order:
        node = graph.nodes[nid]
        exporter = EXPORTERS.get(node.kind)
        if exporter is None:
            raise ExportError(translate("export", "{label} cannot be exported yet: the script has no code for {kind} "
                                        "layers.").format(label=node.label, kind=node.kind))
        in_shapes = [analysis.shapes[link.source] for link in graph.inputs_of(nid)]
        codes[nid] = exporter(node.kind, node.params, in_shapes)
    return codes


def model_code(graph: Graph, analysis: Analysis, codes: dict[int, LayerCode]) -> str:
    """class Net: each layer made in the app's build order (the same seed, the same weights), and a
    forward() that follows the graph's topological order."""
    names = attribute_names(graph, analysis.order)
    init, forward = [], []
    for nid in analysis.order:
        code, name = codes[nid], names[nid]
        if code.module is not None:
            init.append(f"self.{name} = {code.module}")
            init.extend(line.format(self=f"self.{name}") for line in code.setup)
        if nid == analysis.input_id:
            names[nid] = "x"  # the batch forward() receives
            continue
        inputs = [names[link.source] for link in graph.inputs_of(nid)]
        if nid == analysis.output_id:
            forward.append(f"return {code.output.format(*inputs)}")
        else:
            forward.append(f"{name} = {code.output.format(*inputs, self=f'self.{name}')}")
    body = "\n".join(f"        {line}" for line in init) or "        pass"
    steps = "\n".join(f"        {line}" for line in forward)
    return (f"class Net(nn.Module):\n    \"\"\"The network drawn on the canvas; each layer is named after its card.\"\"\"\n\n"
            f"    def __init__(self):\n        super().__init__()\n{body}\n\n"
            f"    def forward(self, x):\n{steps}\n")


def _optimizer_code(name: str, extra: dict) -> str:
    """torch's optimizer as engine/kinds/optimizers.py makes it, with the project's settings."""
    if name == "sgd":
        nesterov = extra["nesterov"] and extra["momentum"] > 0  # torch refuses nesterov without momentum
        return f"torch.optim.SGD(params, lr=LEARNING_RATE, momentum={extra['momentum']!r}, nesterov={nesterov!r})"
    if name == "adam":
        return (f"torch.optim.Adam(params, lr=LEARNING_RATE, betas=({extra['beta1']!r}, {extra['beta2']!r}), "
                f"eps={extra['eps']!r})")
    if name == "adamw":
        return (f"torch.optim.AdamW(params, lr=LEARNING_RATE, betas=({extra['beta1']!r}, {extra['beta2']!r}), "
                f"weight_decay={extra['weight_decay']!r})")
    if name == "rmsprop":
        return f"torch.optim.RMSprop(params, lr=LEARNING_RATE, alpha={extra['alpha']!r}, momentum={extra['momentum']!r})"
    if name == "adagrad":
        return f"torch.optim.Adagrad(params, lr=LEARNING_RATE, lr_decay={extra['lr_decay']!r})"
    raise ExportError(translate("export", "The optimizer {name!r} cannot be exported yet.").format(name=name))


def _penalty_code(kind: str, rate: float) -> str:
    if kind == "none" or rate == 0:
        return "    return None  # the project trains without regularization"
    term = "w.abs().sum()" if kind == "l1" else "(w * w).sum()"
    return (f"    # {kind.upper()} regularization of the weight matrices and kernels (not the biases)\n"
            f"    return {rate!r} * sum({term} for w in weights)")


def script_data(project: Project) -> dict:
    """The data set's complete options, as the script's DATA; the bundled digits get their file."""
    name = project.data.dataset
    values = DATASETS[name].params.complete(project.data.params, DATASETS[name].label)
    if name == "digits":
        values["path"] = str(ROOT / DIGITS_FILE)
    return values


def export_script(project: Project) -> str:
    """The text of a standalone script that trains `project` (its data paths already absolute)."""
    analysis = checked_analysis(project)
    graph, settings = project.graph, project.training
    codes = layer_codes(graph, analysis)
    values = script_data(project)
    data = data_code(project.data.dataset, values)
    collector = SourceCollector()
    for module, name in (*data.helpers, *(h for c in codes.values() for h in c.helpers),
                         ("playground.core.datasets", "DataShape"), ("playground.engine.objective", "Objective")):
        collector.add(module, name)
    shape = analysis.data
    loss_params = settings.full_loss_params()
    objective = (f"Objective({settings.loss!r}, {shape!r}, {output_activation(graph, analysis)!r}, "
                 f"huber_delta={loss_params.get('delta', 1.0)!r})")
    imports = {*_SCRIPT_IMPORTS, *collector.import_lines()}
    body = "\n".join("    " + line for line in data.body.splitlines())
    return _TEMPLATE.format(
        title=_docstring_safe(project.title), dataset=DATASETS[project.data.dataset].label,
        imports="\n".join(sorted(imports, key=lambda line: (line.startswith("from"), line))),
        helpers=collector.code(), data=pprint.pformat(values, width=100, sort_dicts=False),
        data_body=body, model=model_code(graph, analysis, codes), objective=objective,
        optimizer=_optimizer_code(settings.optimizer, settings.full_optimizer_params()),
        penalty=_penalty_code(settings.regularization, settings.regularization_rate),
        lr=settings.learning_rate, batch=settings.batch_size, seed=settings.weight_seed,
        epochs=settings.epochs or DEFAULT_EPOCHS, classification=shape.task == "classification")


def _docstring_safe(text: str) -> str:
    """A project title as it can stand in the script's docstring: one line, no quotes or escapes."""
    return "".join(c if c.isprintable() and c not in '"\\' else " " for c in text).strip() or "Untitled"


def write_script(project: Project, path: str | Path) -> Path:
    path = Path(path)
    text = export_script(project)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(translate("export", "The script could not be written to {path}: {error}.").format(
            path=path, error=exc.strerror or exc)) from None
    return path


_TEMPLATE = '''\
"""{title}: exported from Neural Playground.

Trains the network drawn on the canvas on the data set "{dataset}", with the project's loss,
optimizer, hyper-parameters and seed, then prints the metrics on the training and test sets and
saves the weights (rank 0).

    python this_file.py [--epochs N] [--weights FILE] [--save FILE] [--device cpu|cuda]
    torchrun --nproc_per_node=2 this_file.py     # data-parallel on 2 processes (CPU: gloo)

Needs torch and numpy. The data-set code below is Neural Playground's own, so the data are the
same arrays the app trains on.
"""

from __future__ import annotations

{imports}

# ---- the app's code this script uses (data sets, layers, loss) -------------------------------

{helpers}


# ---- data ----------------------------------------------------------------------------------

DATA = {data}


def load_data():
    """x_train, y_train, x_test, y_test as numpy arrays."""
{data_body}


# ---- network -------------------------------------------------------------------------------

{model}

# ---- training ------------------------------------------------------------------------------

OBJECTIVE = {objective}
LEARNING_RATE = {lr!r}
BATCH_SIZE = {batch!r}
SEED = {seed!r}  # the initial weights and the order of the batches
EPOCHS = {epochs!r}
CLASSIFICATION = {classification!r}


def make_optimizer(params):
    return {optimizer}


def penalty(weights):
{penalty}


@torch.no_grad()
def evaluate(model, x, y):
    """(loss, accuracy or None) over a whole set, as the app reports them."""
    model.eval()
    out = torch.cat([model(x[i:i + 4096]) for i in range(0, len(x), 4096)])
    loss = float(OBJECTIVE(out, y))
    if not CLASSIFICATION:
        return loss, None
    return loss, float((OBJECTIVE.probabilities(out).argmax(dim=-1) == y).float().mean())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="epochs to train (default: %(default)s)")
    parser.add_argument("--weights", help="start from these weights (a .pt file saved by the app or this script)")
    parser.add_argument("--save", default=os.path.splitext(os.path.abspath(__file__))[0] + ".pt",
                        help="where rank 0 saves the trained weights (default: %(default)s)")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto")
    args = parser.parse_args(argv)

    world = int(os.environ.get("WORLD_SIZE", "1"))  # set by torchrun
    use_cuda = args.device == "cuda" or (args.device == "auto" and torch.cuda.is_available())
    if world > 1:
        dist.init_process_group("nccl" if use_cuda else "gloo")
        rank = dist.get_rank()
        device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0"))) if use_cuda else torch.device("cpu")
    else:
        rank = 0
        device = torch.device("cuda" if use_cuda else "cpu")

    x_train, y_train, x_test, y_test = (torch.as_tensor(a, device=device) for a in load_data())
    torch.manual_seed(SEED)  # every process starts from the same weights
    model = Net().to(device)
    if args.weights:
        model.load_state_dict(torch.load(args.weights, map_location=device, weights_only=True))
    net = DistributedDataParallel(model) if world > 1 else model
    optimizer = make_optimizer(net.parameters())
    weights = [p for p in model.parameters() if p.dim() > 1]
    targets = OBJECTIVE.training_targets(y_train)
    loss_fn = OBJECTIVE.training_loss()

    n = len(x_train)
    if rank == 0:
        print(f"{{n}} training samples, {{world}} process{{'es' if world > 1 else ''}} on {{device}}", flush=True)
    if world > 1:  # each process trains on its share of every epoch
        sampler = DistributedSampler(range(n), num_replicas=world, rank=rank, shuffle=True, seed=SEED)
    else:  # the order the app's trainer uses
        generator = torch.Generator().manual_seed(SEED)
    for epoch in range(args.epochs):
        if world > 1:
            sampler.set_epoch(epoch)
            order = torch.tensor(list(sampler))
        else:
            order = torch.randperm(n, generator=generator)
        net.train()
        for start in range(0, len(order), BATCH_SIZE):
            idx = order[start:start + BATCH_SIZE].to(device)
            loss = loss_fn(net(x_train[idx]), targets[idx])
            extra = penalty(weights)
            optimizer.zero_grad(set_to_none=True)
            (loss if extra is None else loss + extra).backward()
            optimizer.step()
        if rank == 0:
            print(f"epoch {{epoch + 1}}/{{args.epochs}}  batch loss {{loss.item():.4f}}", flush=True)

    if rank == 0:
        train_loss, train_accuracy = evaluate(model, x_train, y_train)
        test_loss, test_accuracy = evaluate(model, x_test, y_test)
        line = f"train loss {{train_loss:.4f}}  test loss {{test_loss:.4f}}"
        if CLASSIFICATION:
            line += f"  train accuracy {{train_accuracy:.1%}}  test accuracy {{test_accuracy:.1%}}"
        print(line, flush=True)
        torch.save(model.state_dict(), args.save)
        print(f"weights saved to {{args.save}}")
    if world > 1:
        dist.barrier()  # every rank leaves together: gloo torn down under a busy peer can abort
        dist.destroy_process_group()
        # torch's own threads can abort the interpreter's teardown after this (a race inside torch,
        # seen about once in 30 runs on CPU): everything is saved and printed, so leave now
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


if __name__ == "__main__":
    main()
'''
