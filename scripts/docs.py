#!/usr/bin/env python3
"""Regenboogwegwijzer's one command line; the code is wegwijzer/cli.py.

    python scripts/docs.py --help
"""

import sys

from wegwijzer.cli import main

if __name__ == "__main__":
    sys.exit(main())
