"""Output filters: checks on generated text before the user's values are restored."""
