"""``nlchat mcp`` over stdio, driven by the official MCP SDK's own client."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.nlchat.service.svc_helpers import write_config

pytest.importorskip("mcp")

# the `mcp` command of nlchat/cli/serve.py, as `nlchat mcp` runs it
LAUNCH = "import typer; from nlchat.cli.serve import mcp_cmd; typer.run(mcp_cmd)"


def _data(result: Any) -> Any:
    assert not result.is_error, result.content
    return result.structured_content.get("result", result.structured_content)


async def _session(config: Path, database: Path, user: str, steps: Any) -> Any:
    from mcp import ClientSession, StdioServerParameters, stdio_client

    params = StdioServerParameters(
        command=sys.executable, args=["-c", LAUNCH, "--config", str(config)],
        env={"NLCHAT_DATABASE_URL": str(database), "NLCHAT_USER": user},
        cwd=str(Path(__file__).resolve().parents[3]))
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        return await steps(session)


def test_mcp_lists_tools_answers_and_refuses_changes(lab: Any, tmp_path: Path) -> None:
    database = tmp_path / "mcp.db"
    config = write_config(tmp_path, Path(lab.inventory_dir), str(database))

    async def steps(session: Any) -> dict[str, Any]:
        tools = await session.list_tools()
        out: dict[str, Any] = {"tools": {t.name: t for t in tools.tools}}
        out["ask"] = _data(await session.call_tool(
            "ask", {"question": "what's the cpu on INBLRDC1RTR1?"}))
        out["resolve"] = _data(await session.call_tool(
            "resolve_devices", {"query": "all routers in bangalore"}))
        out["reload"] = _data(await session.call_tool(
            "ask", {"question": "reload INBLRDC1RTR1"}))
        out["configure"] = _data(await session.call_tool(
            "run_command", {"command": "configure terminal", "hosts": ["INBLRDC1RTR1"]}))
        out["clock"] = _data(await session.call_tool(
            "run_command", {"command": "show clock", "devices": "INBLRB1RTR1"}))
        out["denied"] = await session.call_tool(
            "ask", {"question": "show version on SGSINDC1RTR1"})
        out["alerts"] = _data(await session.call_tool("list_alerts", {}))
        return out

    out = asyncio.run(asyncio.wait_for(_session(config, database, "alice", steps), 90))
    assert set(out["tools"]) == {"resolve_devices", "ask", "run_command", "health_check",
                                 "list_alerts"}
    assert out["tools"]["run_command"].annotations.read_only_hint is True
    ask = out["ask"]
    assert ask["status"] == "ok" and ask["text"].startswith("INBLRDC1RTR1: CPU ")
    assert ask["results"]["INBLRDC1RTR1"]["command"] == "show processes cpu sorted"
    assert set(out["resolve"]["hosts"]) == {"INBLRDC1RTR1", "INBLRDC1RTR2", "INBLRB1RTR1"}
    # state-changing requests are refused, in words and as raw commands
    assert out["reload"]["status"] == "refused"
    assert out["configure"]["status"] == "refused"
    assert out["configure"]["results"]["INBLRDC1RTR1"]["error_kind"] == "refused"
    assert out["clock"]["status"] == "ok"
    # access control and audit apply as for the API
    assert out["denied"].is_error and "not allowed" in out["denied"].content[0].text
    assert out["alerts"] == []
    from nlchat.history import History

    audit = History(str(database)).audit(user="alice")
    assert {(a.host, a.command, a.outcome) for a in audit} >= {
        ("INBLRDC1RTR1", "show processes cpu sorted", "ok"),
        ("INBLRDC1RTR1", "configure terminal", "failed"),
        ("INBLRB1RTR1", "show clock", "ok"),
        ("SGSINDC1RTR1", "", "denied"),
    }
    assert not [a for a in audit if a.command in ("reload", "configure terminal")
                and a.outcome == "ok"]


def test_mcp_over_streamable_http_acts_for_the_token(service: Any) -> None:
    import httpx2
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    async def run(token: str) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx2.AsyncClient(headers=headers, timeout=60) as http, \
                streamable_http_client(f"{service.url}/mcp", http_client=http) as streams, \
                ClientSession(*streams[:2]) as session:
            await session.initialize()
            tools = await session.list_tools()
            asked = await session.call_tool("ask", {"question": "uptime of INBLRB1RTR1"})
            denied = await session.call_tool("resolve_devices", {"query": "SGSINDC1RTR1"})
            changed = await session.call_tool("ask", {"question": "shut down interface "
                                                      "Gi0/1 on INBLRDC1RTR1"})
            return {"tools": [t.name for t in tools.tools], "asked": _data(asked),
                    "denied": _data(denied), "changed": _data(changed)}

    out = asyncio.run(asyncio.wait_for(run(service.tokens["alice"]), 60))
    assert "run_command" in out["tools"]
    assert out["asked"]["status"] == "ok", out["asked"]["text"]
    assert out["denied"]["denied"] == ["SGSINDC1RTR1"]
    assert out["changed"]["status"] == "refused"
    rows = service.core.history.audit(user="alice", host="INBLRB1RTR1")
    assert rows and rows[0].outcome == "ok"
    anonymous = service.client().post("/mcp", {"jsonrpc": "2.0", "id": 1, "method": "ping"})
    assert anonymous.status == 401
