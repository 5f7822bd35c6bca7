"""The event loop the engine and the lab run on."""

from __future__ import annotations

import asyncio

import pytest

from nornir_nlchat import aio


def test_uvloop_by_default_where_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    uvloop = pytest.importorskip("uvloop", reason="uvloop is not installed on this platform")
    monkeypatch.delenv("NLCHAT_EVENT_LOOP", raising=False)
    assert aio.loop_kind() == "uvloop"
    loop = aio.new_event_loop()
    try:
        assert isinstance(loop, uvloop.Loop)
    finally:
        loop.close()


def test_asyncio_loop_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NLCHAT_EVENT_LOOP", "asyncio")
    assert aio.loop_kind() == "asyncio"
    loop = aio.new_event_loop()
    try:
        assert type(loop).__module__.startswith("asyncio")
    finally:
        loop.close()


def test_run_returns_the_result_and_cancels_what_is_left() -> None:
    left: list[asyncio.Task[None]] = []

    async def forever() -> None:
        await asyncio.sleep(3600)

    async def main() -> int:
        left.append(asyncio.get_running_loop().create_task(forever()))
        await asyncio.sleep(0)
        return 42

    assert aio.run(main()) == 42
    assert left[0].cancelled()
