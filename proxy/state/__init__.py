"""Shared counters and slots: rate-limit buckets, in-flight slots per replica with leases,
per-replica load counts and the QoS queue's cross-worker order.

:class:`~proxy.state.store.StateStore` is the interface; the in-process store serves one
worker (and the tests), the Redis store every worker of every instance that points at the
same Redis. :func:`~proxy.state.configured.open_state_store` picks one from ``state:``.
"""
