import sys

from mtgdesk.cli import main

sys.exit(main())
