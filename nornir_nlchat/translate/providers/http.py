"""A provider that asks a plain JSON endpoint: bring your own model behind an HTTP POST.

The provider POSTs::

    {"query": "...", "platform": "cisco_ios", "vendor": "cisco", "allow_write": false,
     "intents": ["version", ...],
     "catalog": [{"intent": "version", "command": "show version", "slots": []}, ...]}

and expects a Translation-shaped JSON object back::

    {"status": "ok", "command": "show version", "intent": "version", "slots": {},
     "reason": "", "confidence": 0.9}

(``status`` ``refused`` or ``clarify`` with a ``reason`` and optional ``choices`` otherwise).
The answer is validated like a model's: an ``ok`` command must be one of the platform's
catalog templates. Only the standard library is used.

Settings (``user_defined.nlchat.providers.options.http``): ``url``, ``timeout``, ``headers``
(e.g. an ``Authorization`` header; header values are never logged).
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from nornir_nlchat.errors import ConfigError, ProviderError
from nornir_nlchat.logs import register_secret
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.providers.structured import (
    catalog_entries,
    parse_json_object,
    to_translation,
)
from nornir_nlchat.translate.result import Translation

log = logging.getLogger(__name__)

MAX_ANSWER_BYTES = 1_000_000


class HTTPProvider:
    """Translate by POSTing the request and the platform's catalog to a JSON endpoint.

    Args:
        url: The endpoint (``http://`` or ``https://``).
        timeout: Seconds to wait for the answer.
        headers: Extra request headers (authentication...).
    """

    name = "http"

    def __init__(
        self, *, url: str, timeout: float = 10.0, headers: Mapping[str, str] | None = None
    ) -> None:
        if urlsplit(url).scheme not in ("http", "https"):
            raise ConfigError(f"The http provider needs an http:// or https:// url, not {url!r}.")
        self.url = url
        self.timeout = float(timeout)
        self._headers = {str(k): str(v) for k, v in (headers or {}).items()}
        for value in self._headers.values():
            register_secret(value)

    def __repr__(self) -> str:
        return f"HTTPProvider(url={self.url!r}, headers={sorted(self._headers)})"

    def _post(self, payload: dict[str, Any]) -> str:
        body = json.dumps(payload).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json",
                   **self._headers}
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw: bytes = response.read(MAX_ANSWER_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise ProviderError(f"http: the endpoint answered HTTP {exc.code}.") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ProviderError(f"http: cannot reach the endpoint ({reason}).") from None
        if len(raw) > MAX_ANSWER_BYTES:
            raise ProviderError("http: the answer is too large.")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ProviderError("http: the answer is not UTF-8 text.") from None

    def translate(
        self, query: str, platform: PlatformPlugin, *, allow_write: bool = False
    ) -> Translation:
        """Translate ``query`` for ``platform``.

        Raises:
            ProviderError: the endpoint cannot be reached or errs, or the answer is
                malformed or outside the platform's catalog.
        """
        payload = {
            "query": query,
            "platform": platform.name,
            "vendor": platform.vendor,
            "allow_write": allow_write,
            "intents": list(platform.intents),
            "catalog": catalog_entries(platform, allow_write=allow_write),
        }
        text = self._post(payload)
        log.debug("http answer for %s: %s", platform.name, text[:500])
        return to_translation(parse_json_object(text, self.name), platform, self.name,
                              allow_write=allow_write)
