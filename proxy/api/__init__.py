"""The HTTP surface: routes, one endpoint module per OpenAI endpoint, the answer relay,
the per-request exchange (audit record and metrics) and request parsing."""
