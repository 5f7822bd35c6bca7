"""Vendor-neutral intents and slots (what a request asks for, and its parameters)."""
