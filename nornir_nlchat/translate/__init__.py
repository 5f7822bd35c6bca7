"""From words to commands: providers, the provider chain and the read-only guard."""

from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.provider import Provider, load_provider, provider_names
from nornir_nlchat.translate.result import Translation

__all__ = ["Provider", "Translation", "load_provider", "provider_names", "run_chain"]
