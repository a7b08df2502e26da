"""The frozen build's entry point (packaging/spacesgui.spec): the same main() as `spacesgui`."""

import sys

from spacesgui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
