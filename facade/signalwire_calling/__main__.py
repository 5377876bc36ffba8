"""`python -m signalwire_calling`: the `signalwire-calling` command line (see `signalwire_calling.cli`)."""

import sys

from .cli import main

sys.exit(main())
