"""The `playground` command: no argument opens the app; `check`, `train`, `export` and `bench` run
headless.

Exit codes: `playground.core.exit_codes` (and the README's command-line section)."""

from __future__ import annotations

import argparse
import logging
import sys

from pathlib import Path

from playground.core import exit_codes
from playground.core.datasets import DataError, resolve_paths
from playground.core.gan import is_gan, nothing_to_learn, training_line
from playground.core.project import Project, ProjectError, load_project
from playground.core.shapes import Analysis, analyse, summary

UNREADABLE = exit_codes.UNUSABLE  # exit code for a project file that cannot be read


def _load(path: str) -> Project | None:
    """The project in `path`, or None after saying on stderr why it cannot be read.

    A relative data path means "beside the project file" (as the window and `train` read it),
    whatever folder the command runs in."""
    try:
        project = load_project(path)
    except ProjectError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return None
    project.data.params = resolve_paths(project.data.params, str(Path(path).resolve().parent))
    return project


def _tolerant_output() -> None:
    """Print what the terminal cannot show as escapes (a console in a legacy code page cannot
    show 'X₁'), rather than stop with a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _refusal(project: Project, analysis: Analysis) -> str | None:
    """Why `playground train` would refuse a project whose network checks out, or None.

    The data is loaded by the very loaders training uses (numpy only, no torch), so a missing
    folder or a damaged MNIST, CIFAR-10 or CSV file is found here, with the same sentence.
    """
    from playground.engine.data import load_dataset

    try:
        load_dataset(project.data.dataset, project.data.params)  # every split trains on 1 or more
    except DataError as exc:
        return str(exc)
    if analysis.gan is not None:
        return nothing_to_learn(analysis)
    if analysis.total_params == 0:  # torch's optimizers refuse a network without weights
        return ("The network has nothing to learn: add a layer with weights (Dense, Conv2D, a "
                "recurrent layer, ...) between the Input and the Output.")
    return None


def _check(args: argparse.Namespace) -> int:
    _tolerant_output()
    project = _load(args.project)
    if project is None:
        return UNREADABLE
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    for problem in analysis.problems:
        print(f"{problem.severity}: {problem.located(project.graph)}", file=sys.stderr)
        if problem.fix is not None:  # the app offers it as one click
            print(f"  quick fix: {problem.fix.label}", file=sys.stderr)
    if not analysis.ok:
        print(f"{args.project}: {len(analysis.errors)} problem(s) to fix before training.", file=sys.stderr)
        return exit_codes.PROBLEMS
    refusal = _refusal(project, analysis)
    if refusal is not None:
        print(f"{args.project}: {refusal}", file=sys.stderr)
        return exit_codes.PROBLEMS
    if analysis.gan is not None:
        print(f"{project.title}: data set {project.data.dataset}, {training_line(project.training)}")
    else:
        print(f"{project.title}: data set {project.data.dataset}, loss {project.training.loss}, "
              f"optimizer {project.training.optimizer}")
    print(summary(project.graph, analysis))
    return exit_codes.OK


def _train(args: argparse.Namespace) -> int:
    project = _load(args.project)
    if project is None:
        return UNREADABLE
    from playground.engine.headless import train_command  # imports torch: only when asked

    return train_command(args, project)


EXPORT_SUFFIXES = {"script": ".py", "onnx": ".onnx"}


def _export(args: argparse.Namespace) -> int:
    """`playground export`: the project as a PyTorch script or an ONNX file (see engine/export)."""
    project = _load(args.project)
    if project is None:
        return UNREADABLE
    if args.to == "weights" and is_gan(project.graph):
        from playground.engine.export.kinds import GAN_REFUSED

        print(f"{args.project}: {GAN_REFUSED}", file=sys.stderr)
        return exit_codes.PROBLEMS
    if args.to == "weights":
        print(f"{args.project}: weights come from a trained run: train it with `playground train "
              f"{args.project} --save-weights FILE`, or use File > Export > Weights in the app.", file=sys.stderr)
        return exit_codes.PROBLEMS
    from playground.engine.export.source import ExportError

    out = Path(args.output or Path(args.project).stem + EXPORT_SUFFIXES[args.to])
    try:
        if args.to == "script":
            from playground.engine.export.script import write_script

            write_script(project, out)
        else:
            from playground.engine.export.command import write_onnx  # imports torch: only when asked

            write_onnx(project, out, args.weights)
    except ExportError as exc:
        print(f"{args.project}: {exc}", file=sys.stderr)
        return exit_codes.PROBLEMS
    print(f"{project.title}: {args.to} written to {out}")
    return exit_codes.OK


def _bench_parts() -> tuple[str, ...]:
    from playground.bench import PARTS

    return PARTS


def _bench(args: argparse.Namespace) -> int:
    from playground.bench import bench_command

    return bench_command(args)


def _gui(args: argparse.Namespace) -> int:
    from playground.app import main as app_main

    return app_main([args.project] if getattr(args, "project", None) else [], language=args.language)


def positive_count(text: str) -> int:
    """An argparse type: a whole number of 1 or more (a count of steps or epochs)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number: give a count such as 20") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"give a count of 1 or more, not {value}")
    return value


def _lesson(args: argparse.Namespace) -> int:
    from playground.core.goals import describe_goal
    from playground.core.lessons import LessonError, find_lessons, lesson_path, load_lesson

    if args.list:
        for info in find_lessons():
            print(f"{info.name:24}  {info.title}: {info.summary}")
        return exit_codes.OK
    if not args.name:
        print("playground lesson: name a lesson (playground lesson --list shows them) or a lesson file.",
              file=sys.stderr)
        return UNREADABLE
    try:
        path = Path(args.name) if args.name.endswith(".json") else lesson_path(args.name)
        lesson = load_lesson(path)
    except LessonError as exc:
        print(f"{args.name}: {exc}", file=sys.stderr)
        return UNREADABLE
    if not args.check:
        from playground.app import main as app_main

        return app_main([], lesson=path, language=args.language)
    if not lesson.script:
        print(f"{args.name}: the lesson has no scripted answer to check.", file=sys.stderr)
        return exit_codes.PROBLEMS
    from playground.engine.lesson_run import run_answer  # imports torch: only when asked

    print(f"{lesson.title}: the goal is {describe_goal(lesson.goal)}.")
    try:
        check = run_answer(lesson)
    except LessonError as exc:
        print(f"{args.name}: {exc}", file=sys.stderr)
        return exit_codes.PROBLEMS
    for words, ok in check.parts:
        print(f"  {'met' if ok or check.met else 'not met'}: {words}")
    if check.met:
        print(f"The scripted answer meets the goal at epoch {check.met_at.epoch:g}.")
        return exit_codes.OK
    print("The scripted answer does not meet the goal.", file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="playground", description="Neural Playground: build neural "
                                     "networks by drag-and-drop and watch them learn.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.add_argument("--language", choices=("en", "zh_CN"), default=None,
                        help="the window's language this time (default: the one chosen in View > Language, "
                        "else the system's)")
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="validate a project file and print the network summary")
    check.add_argument("project")
    check.set_defaults(func=_check)
    train = sub.add_parser("train", help="train a project headless and print the final metrics")
    train.add_argument("project")
    length = train.add_mutually_exclusive_group()
    length.add_argument("--steps", type=positive_count, help="optimizer steps to run")
    length.add_argument("--epochs", type=positive_count,
                        help="epochs to run (default: the project's limit, else 50)")
    train.add_argument("--device", choices=("cpu", "cuda", "mps", "auto"), default=None)
    train.add_argument("--quiet", action="store_true", help="no progress bar")
    train.add_argument("--json", action="store_true",
                       help="print the final metrics as one JSON object (nothing else on stdout)")
    train.add_argument("--save-weights", metavar="FILE", help="save the trained weights to FILE (for an "
                       "exported script's --weights, or `export --to onnx --weights`)")
    train.add_argument("--csv", metavar="FILE", help="write the loss and metrics curves to FILE as CSV, "
                       "then the final metrics")
    train.add_argument("--tensorboard", metavar="DIR", help="write TensorBoard logs to DIR: the scalars, "
                       "and each layer's weight and gradient histograms (needs the tensorboard extra)")
    train.add_argument("--log-every", type=positive_count, metavar="STEPS",
                       help="record a point for --csv and --tensorboard every STEPS steps (default: 100 "
                       "points over the run)")
    train.set_defaults(func=_train)
    export = sub.add_parser("export", help="write the project as a PyTorch script or an ONNX file")
    export.add_argument("project")
    export.add_argument("--to", choices=("script", "onnx", "weights"), required=True,
                        help="script: a standalone training script (torch and numpy only, torchrun-ready); "
                        "onnx: the network as one .onnx file; weights: see `train --save-weights`")
    export.add_argument("-o", "--output", metavar="OUT", help="the file to write (default: the project's name "
                        "with .py or .onnx, in this folder)")
    export.add_argument("--weights", metavar="FILE", help="onnx: the trained weights to put in (saved by "
                        "`train --save-weights`, the app or an exported script); default: the starting weights")
    export.set_defaults(func=_export)
    bench = sub.add_parser("bench", help="measure training speed, UI smoothness, startup and memory")
    bench.add_argument("--quick", action="store_true", help="short runs (for a smoke test)")
    bench.add_argument("--json", metavar="FILE", help="also write every figure to FILE")
    bench.add_argument("--device", default=None, help="device for the GPU section: cuda, cuda:N, mps or "
                       "cpu (default: cuda if present, else the section is skipped)")
    bench.add_argument("--section", choices=_bench_parts(), default=None,
                       help="measure only this part (e.g. gan: section 9), the others left out of the table")
    bench.set_defaults(func=_bench)
    lesson = sub.add_parser("lesson", help="open the app on a lesson, or list the lessons")
    lesson.add_argument("name", nargs="?", help="a lesson's name (see --list) or a lesson file")
    lesson.add_argument("--list", action="store_true", help="print the lessons: name, title, summary")
    lesson.add_argument("--check", action="store_true", help="run the lesson's scripted answer headless "
                        "and say whether it meets the goal (exit 1 if not)")
    lesson.set_defaults(func=_lesson)
    gui = sub.add_parser("open", help="open the app (the default), optionally with a project")
    gui.add_argument("project", nargs="?")
    gui.set_defaults(func=_gui)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    if argv and argv[0].endswith(".json") and len(argv) == 1:
        argv = ["open", argv[0]]  # `playground my.json` opens it
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        args.project = None
        return _gui(args)
    try:
        return args.func(args)
    except KeyboardInterrupt:  # Ctrl+C while torch loads or the data is read: no traceback
        print("Stopped.", file=sys.stderr)
        return exit_codes.INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
