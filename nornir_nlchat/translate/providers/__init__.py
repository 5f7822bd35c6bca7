"""Built-in translation providers."""
