"""Run the command line: ``python -m transpub``."""

from transpub.cli import main

raise SystemExit(main())
