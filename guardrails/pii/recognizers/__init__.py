"""Mamori's Japanese PII recognizers, one module each (Presidio ``EntityRecognizer`` s)."""
