"""The simulated device lab (SSH servers that behave like real network devices)."""
