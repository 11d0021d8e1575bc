"""``python -m bot`` runs the ``whohandles`` command line."""

import sys

from bot.cli import main

sys.exit(main())
