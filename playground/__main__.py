import sys

from playground.cli import main

if __name__ == "__main__":  # the spawned training worker imports this module too
    sys.exit(main())
