"""The ``mamori`` command (:mod:`.main`) and its subcommands."""
