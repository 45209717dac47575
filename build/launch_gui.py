"""Entry point of the bundled window (PyInstaller): `ceo-desk-gui [FILE...]` is `ceo-desk gui [FILE...]`."""

import sys

from ceo_desk.cli import main

if __name__ == "__main__":
    sys.exit(main(["gui", *sys.argv[1:]]))
