"""The exit codes of the `playground` command, one meaning each (the README lists them).

Torch-free, so the command line can use them before it decides whether to import the engine."""

OK = 0
PROBLEMS = 1  # the network has problems to fix before it can train (bench: a part could not run)
UNUSABLE = 2  # a command line or a project file the command cannot use (argparse's code too)
DIVERGED = 3  # the run diverged: a non-finite loss, or a loss that grew 20 times over its start
NO_DEVICE = 4  # the device asked for (CUDA, MPS) is not on this machine
UNSAVED = 5  # trained, but a file it was asked to write (--save-weights, --csv, --tensorboard)
#   could not be written
INTERRUPTED = 130  # stopped with Ctrl+C (the shell's 128 + SIGINT)

ALL = (OK, PROBLEMS, UNUSABLE, DIVERGED, NO_DEVICE, UNSAVED, INTERRUPTED)
