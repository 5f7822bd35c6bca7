"""A provider backed by a chat model behind the OpenAI API: OpenAI itself, or any
OpenAI-compatible server (Ollama, vLLM, LM Studio...) through ``base_url``.

The model is shown the platform's catalog and must answer with one JSON object; the answer
is kept only when its command is a catalog template of the platform (see
:mod:`nornir_nlchat.translate.providers.structured`). The ``openai`` package is imported only
when a request is translated (``pip install 'nornir-nlchat[openai]'``).

Settings (``user_defined.nlchat.providers.options.openai`` in config.yaml)::

    model: gpt-4o-mini
    base_url: http://localhost:11434/v1   # Ollama; omit for OpenAI
    api_key: ...                           # default: the OPENAI_API_KEY variable
    timeout: 20
"""

from __future__ import annotations

import logging
import os
from typing import Any

from nornir_nlchat.errors import ProviderError
from nornir_nlchat.logs import register_secret
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.providers.structured import (
    parse_json_object,
    system_prompt,
    to_translation,
    user_message,
)
from nornir_nlchat.translate.result import Translation

log = logging.getLogger(__name__)

# A local OpenAI-compatible server wants some key but does not check it.
_NO_KEY = "not-needed"


class OpenAIProvider:
    """Translate with a chat model through the official ``openai`` client.

    Args:
        model: The model name (``gpt-4o-mini``, ``llama3.1:8b``...).
        base_url: An OpenAI-compatible endpoint; None for OpenAI itself.
        api_key: The API key; default: the variable named by ``api_key_env``. Never logged.
        api_key_env: Where to find the key when ``api_key`` is not given.
        timeout: Seconds to wait for an answer.
        temperature: Sampling temperature (0 for repeatable answers).
        max_retries: Retries of the client on connection errors and 5xx answers.
        json_mode: Ask the server for a JSON object (``response_format``); turn off for
            servers that do not support it.
    """

    name = "openai"

    def __init__(
        self,
        *,
        model: str = "gpt-4o-mini",
        base_url: str | None = None,
        api_key: str | None = None,
        api_key_env: str = "OPENAI_API_KEY",
        timeout: float = 20.0,
        temperature: float = 0.0,
        max_retries: int = 1,
        json_mode: bool = True,
    ) -> None:
        self.model = model
        self.base_url = base_url
        self.timeout = float(timeout)
        self.temperature = float(temperature)
        self.max_retries = int(max_retries)
        self.json_mode = json_mode
        self._api_key = api_key or os.environ.get(api_key_env) or None
        register_secret(self._api_key)
        self._client: Any = None

    def __repr__(self) -> str:
        key = "set" if self._api_key else "unset"
        return f"OpenAIProvider(model={self.model!r}, base_url={self.base_url!r}, api_key={key})"

    def _get_client(self) -> Any:
        if self._client is not None:
            return self._client
        try:
            import openai
        except ImportError:
            raise ProviderError(
                "The openai provider needs the openai package.",
                hint="pip install 'nornir-nlchat[openai]', or use the catalog provider.",
            ) from None
        if not self._api_key and not self.base_url:
            raise ProviderError(
                "The openai provider has no API key.",
                hint="Set OPENAI_API_KEY, or providers.options.openai.api_key, or a base_url "
                     "for a local OpenAI-compatible server.",
            )
        self._client = openai.OpenAI(api_key=self._api_key or _NO_KEY, base_url=self.base_url,
                                     timeout=self.timeout, max_retries=self.max_retries)
        return self._client

    def _complete(self, messages: list[dict[str, str]]) -> str:
        client = self._get_client()  # first: it says so when the package is missing
        import openai

        extra: dict[str, Any] = {}
        if self.json_mode:
            extra["response_format"] = {"type": "json_object"}
        try:
            reply = client.chat.completions.create(
                model=self.model, messages=messages, temperature=self.temperature, **extra)
        except openai.APIStatusError as exc:
            raise ProviderError(f"openai: the server answered HTTP {exc.status_code}.") from None
        except openai.OpenAIError as exc:
            raise ProviderError(f"openai: {type(exc).__name__}: {str(exc)[:200]}") from None
        try:
            content = reply.choices[0].message.content
        except (AttributeError, IndexError, TypeError):
            raise ProviderError("openai: the reply has no message.") from None
        if not isinstance(content, str) or not content.strip():
            raise ProviderError("openai: the reply is empty.")
        return content

    def translate(
        self, query: str, platform: PlatformPlugin, *, allow_write: bool = False
    ) -> Translation:
        """Translate ``query`` for ``platform``.

        Raises:
            ProviderError: the package is missing, the server cannot be reached or errs,
                or the answer is malformed or outside the platform's catalog.
        """
        messages = [
            {"role": "system", "content": system_prompt(platform, allow_write=allow_write)},
            {"role": "user", "content": user_message(query)},
        ]
        content = self._complete(messages)
        log.debug("openai answer for %s: %s", platform.name, content[:500])
        return to_translation(parse_json_object(content, self.name), platform, self.name,
                              allow_write=allow_write)
