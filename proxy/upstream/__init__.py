"""Everything between the pipeline and the vLLM replicas: backends and their groups,
health, engine load from vLLM ``/metrics``, load balancing, admission, routing and the
built-in ``faq-extractive`` model. Backend errors are mapped here, at the boundary."""
