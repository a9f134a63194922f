"""``python -m diplomev``: the ``diplomev`` command line."""

import sys

from diplomev._cli import main

if __name__ == "__main__":
    sys.exit(main())
