import sys

from ceo_desk.cli import run

sys.exit(run())
