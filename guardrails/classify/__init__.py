"""Input guardrail classifiers: rules, exemplar embeddings, their combined verdict."""
