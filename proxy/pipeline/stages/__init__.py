"""Pipeline stages: each adapts a guardrails/retrieval component to the stage contract in
:mod:`proxy.pipeline.contract`. Their order is written once, in
:func:`proxy.pipeline.assembly.build_pipeline`."""
