import sys

from ceo_desk.cli import main

sys.exit(main())
