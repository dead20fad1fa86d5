"""``python -m unfascicle``: the ``fascicle`` command."""

import sys

from unfascicle.cli import main

sys.exit(main())
