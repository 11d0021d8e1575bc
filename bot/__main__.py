"""``python -m bot`` runs the ``whohandles`` command line."""

import sys

from bot.cli import main

if __name__ == "__main__":  # not when a worker process imports this module
    sys.exit(main())
