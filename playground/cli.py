"""The `playground` command: no argument opens the app; `check`, `train` and `bench` run headless."""

from __future__ import annotations

import argparse
import logging
import sys

from pathlib import Path

from playground.core.datasets import resolve_paths
from playground.core.project import Project, ProjectError, load_project
from playground.core.shapes import analyse, summary

UNREADABLE = 2  # exit code for a project file that cannot be read


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


def _check(args: argparse.Namespace) -> int:
    project = _load(args.project)
    if project is None:
        return UNREADABLE
    analysis = analyse(project.graph, project.data.dataset, project.data.params, project.training.loss)
    for problem in analysis.problems:
        print(f"{problem.severity}: {problem.located(project.graph)}", file=sys.stderr)
    if not analysis.ok:
        print(f"{args.project}: {len(analysis.errors)} problem(s) to fix before training.", file=sys.stderr)
        return 1
    print(f"{project.title}: data set {project.data.dataset}, loss {project.training.loss}, "
          f"optimizer {project.training.optimizer}")
    print(summary(project.graph, analysis))
    return 0


def _train(args: argparse.Namespace) -> int:
    project = _load(args.project)
    if project is None:
        return UNREADABLE
    from playground.engine.headless import train_command  # imports torch: only when asked

    return train_command(args, project)


def _bench(args: argparse.Namespace) -> int:
    from playground.bench import bench_command

    return bench_command(args)


def _gui(args: argparse.Namespace) -> int:
    from playground.app import main as app_main

    return app_main([args.project] if getattr(args, "project", None) else [])


def _lesson(args: argparse.Namespace) -> int:
    from playground.core.goals import describe_goal
    from playground.core.lessons import LessonError, find_lessons, lesson_path, load_lesson

    if args.list:
        for info in find_lessons():
            print(f"{info.name:24}  {info.title}: {info.summary}")
        return 0
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

        return app_main([], lesson=path)
    if not lesson.script:
        print(f"{args.name}: the lesson has no scripted answer to check.", file=sys.stderr)
        return 1
    from playground.engine.lesson_run import run_answer  # imports torch: only when asked

    print(f"{lesson.title}: the goal is {describe_goal(lesson.goal)}.")
    try:
        check = run_answer(lesson)
    except LessonError as exc:
        print(f"{args.name}: {exc}", file=sys.stderr)
        return 1
    for words, ok in check.parts:
        print(f"  {'met' if ok or check.met else 'not met'}: {words}")
    if check.met:
        print(f"The scripted answer meets the goal at epoch {check.met_at.epoch:g}.")
        return 0
    print("The scripted answer does not meet the goal.", file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="playground", description="Neural Playground: build neural "
                                     "networks by drag-and-drop and watch them learn.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="validate a project file and print the network summary")
    check.add_argument("project")
    check.set_defaults(func=_check)
    train = sub.add_parser("train", help="train a project headless and print the final metrics")
    train.add_argument("project")
    length = train.add_mutually_exclusive_group()
    length.add_argument("--steps", type=int, help="optimizer steps to run")
    length.add_argument("--epochs", type=int, help="epochs to run (default: the project's limit, else 50)")
    train.add_argument("--device", choices=("cpu", "cuda", "mps", "auto"), default=None)
    train.add_argument("--quiet", action="store_true", help="no progress bar")
    train.set_defaults(func=_train)
    bench = sub.add_parser("bench", help="measure training speed, UI smoothness, startup and memory")
    bench.add_argument("--quick", action="store_true", help="short runs (for a smoke test)")
    bench.add_argument("--json", metavar="FILE", help="also write every figure to FILE")
    bench.add_argument("--device", default=None, help="device for the GPU section: cuda, cuda:N, mps or "
                       "cpu (default: cuda if present, else the section is skipped)")
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
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
