"""The web chat: ``GET /`` serves the page, ``GET /web/{name}`` its assets.

The page is plain HTML, CSS and JavaScript shipped inside the package (``web/``), with no
build step and nothing fetched from elsewhere (the world map's geometry ships too). It is a
client of the REST API: it signs in with an API token and calls ``/api`` like any client.
Assets are read once, served with an ETag (304 when unchanged) and gzip when the browser
accepts it.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response

WEB_DIR = Path(__file__).with_name("web")

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
}

# The page loads only its own files; the API is same-origin; no inline script or style.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Asset:
    """One file of the page, read once."""

    body: bytes
    gzipped: bytes
    media_type: str
    etag: str


@cache
def assets() -> dict[str, Asset]:
    """The page's files by name (only files directly in ``web/`` with a known type)."""
    out: dict[str, Asset] = {}
    for path in sorted(WEB_DIR.iterdir()) if WEB_DIR.is_dir() else []:
        media_type = _TYPES.get(path.suffix)
        if media_type is None or not path.is_file():
            continue
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        out[path.name] = Asset(body, gzip.compress(body, 9, mtime=0), media_type, etag)
    return out


def _serve(request: Request, name: str) -> Response:
    asset = assets().get(name)
    if asset is None:
        return Response(f"No file {name!r} in the web app.", status_code=404,
                        media_type="text/plain; charset=utf-8", headers=_HEADERS)
    headers = {**_HEADERS, "ETag": asset.etag, "Cache-Control": "no-cache",
               "Vary": "Accept-Encoding"}
    if request.headers.get("if-none-match") == asset.etag:
        return Response(status_code=304, headers=headers)
    accepts = request.headers.get("accept-encoding", "")
    if "gzip" in accepts and len(asset.gzipped) < len(asset.body):
        return Response(asset.gzipped, media_type=asset.media_type,
                        headers={**headers, "Content-Encoding": "gzip"})
    return Response(asset.body, media_type=asset.media_type, headers=headers)


@router.get("/")
def page(request: Request) -> Response:
    """The web chat."""
    return _serve(request, "index.html")


@router.get("/web/{name}")
def asset(name: str, request: Request) -> Response:
    """A file of the web chat (scripts, styles, the map's geometry)."""
    return _serve(request, name)
