"""Safety logic that the gateway's stages use: policies today; PII, input guardrails and
output filters as they are built. Never imports :mod:`proxy`."""
