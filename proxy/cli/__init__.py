"""The ``mamori`` command (:mod:`.main`) and its subcommands.

``mamori serve`` runs with the cyclic garbage collector off from here (the package is
imported before any of the command's modules) until its models are loaded and frozen
(:func:`proxy.cli.main._run_workers`): start-up creates millions of objects that live as
long as the process (modules, spaCy and GiNZA tables, classifiers), and the collector
would scan them over and over, about 0.5 of the ~6 CPU-s of the imports and the PII
engine's load (measured with ``gc.callbacks``: 618 collections, 0.50 s). Nothing is lost:
``_run_workers`` collects once, freezes what is left, and turns the collector back on
before the first request. Other commands are not affected.
"""

from __future__ import annotations

import gc
import sys

if sys.argv[1:2] == ["serve"]:
    gc.disable()
