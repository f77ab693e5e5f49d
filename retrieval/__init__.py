"""FAQ retrieval: embedders (bundled multilingual-e5, sentence-transformers, remote
OpenAI-style), the Milvus store, index definitions, the reindex job, the searcher and the
context builder. Never imports :mod:`proxy` or :mod:`guardrails` (packages depend downward
only); the gateway's retrieval stage lives in :mod:`proxy.pipeline.stages.retrieval`.
"""
