"""An MCP server (the official ``mcp`` SDK, 2.x) over the same service core.

Tools: ``resolve_devices``, ``ask``, ``run_command``, ``health_check``, ``list_alerts``.
They act for one user: over stdio (``nlchat mcp``) the local user (``NLCHAT_USER`` /
``user`` setting / the OS user) or the user of ``--token``; over streamable HTTP (``/mcp``
on ``nlchat serve``) the user of the request's bearer token. Every tool goes through that
user's access policy, the read-only guard (write mode is never on here) and the audit
trail, exactly like the REST API.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import ToolAnnotations

from nlchat.service.core import Principal, ServiceCore
from nlchat.service.errors import ServiceError
from nlchat.service.jsonable import jsonable

INSTRUCTIONS = """\
Tools to look at a network of routers and switches in plain language. Read-only: requests
that would change a device are refused. Use resolve_devices to see which devices words name,
ask for a question in words ("cpu on the bangalore routers"), run_command for one exact
read-only command, health_check for a health round, list_alerts for health alerts. Devices
you may not query are refused, and every command is audited with your user name."""

_OUTPUT_CHARS = 4000
_RECORDS = 200
Ctx = Context[Any, Any]
WhoFn = Callable[[Ctx], Principal]


def _answer(data: dict[str, Any]) -> dict[str, Any]:
    """An answer made small enough for a model: outputs cut, records capped."""
    for result in (data.get("results") or {}).values():
        output = result.get("output") or ""
        if len(output) > _OUTPUT_CHARS:
            result["output"] = output[:_OUTPUT_CHARS] + "\n... (cut)"
        if result.get("parsed") and len(result["parsed"]) > _RECORDS:
            result["parsed"] = result["parsed"][:_RECORDS]
    data.pop("translations", None)
    return data


def build_mcp(core: ServiceCore, who: WhoFn) -> MCPServer:
    """The MCP server; ``who(ctx)`` says which user a tool call acts for."""
    from nlchat import __version__
    from nlchat.service.routes_ask import answer_out

    server: MCPServer[Any] = MCPServer(name="nlchat", instructions=INSTRUCTIONS,
                                  version=__version__, log_level="WARNING")
    read_only = ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=False,
                                openWorldHint=False)

    def call(fn: Callable[[], Any]) -> Any:
        try:
            return jsonable(fn())
        except ServiceError as exc:
            raise ToolError(exc.detail) from None

    @server.tool(annotations=read_only)
    def resolve_devices(query: str, ctx: Ctx) -> dict[str, Any]:
        """Which inventory devices a request names: a name, alias, site, city, country,
        role or vendor ("all core switches in delhi"). Status one / many / ambiguous / none;
        `denied` lists those you may not query. Nothing is run."""
        def work() -> dict[str, Any]:
            resolution, denied = core.resolve(who(ctx), query)
            return {**resolution.to_dict(), "denied": denied}
        result: dict[str, Any] = call(work)
        return result

    @server.tool(annotations=read_only)
    def ask(question: str, ctx: Ctx, conversation_id: str | None = None) -> dict[str, Any]:
        """Ask about devices in plain language ("what's the cpu on INBLRDC1RTR1?"): finds
        the devices, runs the read-only command of each platform, parses and answers.
        `text` is the answer; `results` the per-device output and records. Pass the
        returned `conversation_id` to ask a follow-up ("and memory?"). Requests to change
        anything are refused (status refused)."""
        def work() -> dict[str, Any]:
            answer, conversation = core.ask(who(ctx), question,
                                            conversation_id=conversation_id)
            return _answer(answer_out(answer, conversation))
        result: dict[str, Any] = call(work)
        return result

    @server.tool(annotations=read_only)
    def run_command(command: str, ctx: Ctx, devices: str | None = None,
                    hosts: list[str] | None = None) -> dict[str, Any]:
        """Run one exact read-only command ("show ip interface brief") on `hosts` (inventory
        names) or on the devices `devices` names in words. A command that could change a
        device is refused and nothing is sent."""
        def work() -> dict[str, Any]:
            if not hosts and not devices:
                raise ToolError("Name the devices: `hosts` (inventory names) or `devices` "
                                "(in words).")
            answer = core.run_command(who(ctx), command, hosts=hosts or None, devices=devices)
            return _answer(answer_out(answer, None))
        result: dict[str, Any] = call(work)
        return result

    @server.tool(annotations=read_only)
    def health_check(ctx: Ctx, query: str | None = None,
                     checks: list[str] | None = None) -> dict[str, Any]:
        """Poll devices once and judge their health (cpu, memory, interfaces, errdisabled,
        stp, mac, bgp, ospf, environment, logs, loops). `query` names devices and/or checks
        in words ("bgp on the singapore routers"); without it, every device you may query
        with every check."""
        def work() -> dict[str, Any]:
            from nornir_nlchat.health.adapter import CHECKS

            unknown = [c for c in checks or [] if c not in CHECKS]
            if unknown:
                raise ToolError(f"Unknown check(s) {', '.join(unknown)}; known: "
                                + ", ".join(CHECKS))
            report = core.fleet.health(who(ctx), query, checks)
            report["results"] = [r for r in report.get("results", [])
                                 if r.get("status") != "ok" or r.get("check") == "reachability"]
            return report
        result: dict[str, Any] = call(work)
        return result

    @server.tool(annotations=read_only)
    def list_alerts(ctx: Ctx, state: Literal["firing", "cleared"] | None = "firing",
                    host: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Health alerts of the devices you may query, newest first (firing by default),
        with who acknowledged them."""
        def work() -> list[dict[str, Any]]:
            return core.fleet.alerts(who(ctx), state=state, host=host, check=None,
                                     limit=max(1, min(limit, 500)))
        result: list[dict[str, Any]] = call(work)
        return result

    return server


def local_principal(core: ServiceCore, token: str | None = None) -> Principal:
    """Who a stdio server acts for: the token's user, else the session's user.

    Raises:
        ConfigError: the token is not valid.
    """
    from nlchat.access import current_user
    from nornir_nlchat.errors import ConfigError

    if token:
        who = core.principal_for_token(token)
        if who is None:
            raise ConfigError("Invalid, revoked or expired API token.",
                              hint="Make one with `nlchat token create USER`.")
        return who
    return Principal(current_user(core.settings.user))


def run_stdio(source: str, *, token: str | None = None) -> None:
    """Serve MCP over stdin/stdout until the client goes away."""
    core = ServiceCore(source, job_workers=1)
    try:
        principal = local_principal(core, token)
        core.warm_up()
        build_mcp(core, lambda ctx: principal).run("stdio")
    finally:
        core.close()
