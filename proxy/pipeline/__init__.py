"""The stage contract (:mod:`.contract`), the runner (:mod:`.runner`), the one assembly of
the stages in order (:mod:`.assembly`), the FAQ index loader and the stages themselves."""
