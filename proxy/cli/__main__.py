"""``python -m proxy.cli``: the ``mamori`` command."""

from __future__ import annotations

import sys

from proxy.cli.main import main

sys.exit(main())
