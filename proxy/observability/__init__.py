"""What the gateway tells operators: the audit log, Prometheus metrics, logging."""
