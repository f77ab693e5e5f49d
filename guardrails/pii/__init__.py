"""Japanese PII detection (Presidio + GiNZA + Mamori recognizers), pseudonymization and
restoration."""
