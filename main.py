"""Launch Neural Playground: `python main.py [PROJECT.json]`."""

import sys

from playground.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
