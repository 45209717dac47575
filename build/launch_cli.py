"""Entry point of the bundled command line (PyInstaller): the same as the `ceo-desk` script."""

import sys

from ceo_desk.cli import run

if __name__ == "__main__":
    sys.exit(run())
