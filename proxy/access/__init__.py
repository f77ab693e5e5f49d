"""Who is calling and how much they may do: API key → tenant → policy, QoS class, rate
limits."""
