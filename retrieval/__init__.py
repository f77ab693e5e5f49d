"""FAQ retrieval: embedders, the Milvus store, the reindex job and the context builder.

Not built yet: the retrieval stage arrives with the FAQ retrieval work. The package exists
so the layout matches docs and imports can be planned against it; it must never import
:mod:`proxy` (packages depend downward only).
"""
