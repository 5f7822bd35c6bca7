"""``ProgressProcessor``: a rich progress bar for long runs, in a terminal or in Jupyter.

    from nornir_nlchat.processors import ProgressProcessor
    nr.with_processors([ProgressProcessor()]).run(task=run_command, command="show version")

The bar appears only for runs of at least ``min_hosts`` hosts, only where someone can see it
(a terminal or a notebook; never when output is piped or ``enabled=False``, e.g. ``--json``),
and goes away when the run ends. Hosts that are retried count once. Safe to call from the
runner's worker threads.
"""

from __future__ import annotations

import threading
from typing import Any

from nornir.core.inventory import Host
from nornir.core.task import AggregatedResult, MultiResult, Task


class ProgressProcessor:
    """Nornir processor that shows ``done/total``, failures and elapsed time.

    Args:
        enabled: ``False`` never shows anything; ``None`` decides from the console (a
            terminal or Jupyter).
        min_hosts: Smaller runs show nothing.
        console: A ``rich.console.Console`` (default: one on stderr).
        description: Text in front of the bar (default: the task name).
    """

    def __init__(self, enabled: bool | None = None, min_hosts: int = 10, console: Any = None,
                 description: str | None = None) -> None:
        self.enabled = enabled
        self.min_hosts = min_hosts
        self.console = console
        self.description = description
        self._lock = threading.Lock()
        self._progress: Any = None
        self._task_id: Any = None
        self._done: set[str] = set()
        self._failed: set[str] = set()
        self.completed = 0
        self.failed = 0

    def _visible(self, console: Any) -> bool:
        if self.enabled is not None:
            return self.enabled
        return bool(console.is_terminal or console.is_jupyter)

    def task_started(self, task: Task) -> None:
        """Start the bar when the run is big enough and someone can see it."""
        with self._lock:
            self._done.clear()
            self._failed.clear()
            self.completed = self.failed = 0
            total = len(task.nornir.inventory.hosts) if task.nornir is not None else 0
            if total < self.min_hosts or self.enabled is False:
                return
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            console = self.console or Console(stderr=True)
            if not self._visible(console):
                return
            self._progress = Progress(
                TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("[red]{task.fields[failed]} failed"), TimeElapsedColumn(),
                console=console, transient=True)
            self._task_id = self._progress.add_task(self.description or task.name,
                                                    total=total, failed=0)
            self._progress.start()

    def task_completed(self, task: Task, result: AggregatedResult) -> None:
        """Stop the bar."""
        with self._lock:
            if self._progress is not None:
                self._progress.stop()
                self._progress = None

    def task_instance_started(self, task: Task, host: Host) -> None:
        """Nothing to show when a host starts."""

    def task_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        """Count the host once, whatever the number of tries."""
        with self._lock:
            if result.failed:
                self._failed.add(host.name)
            else:
                self._failed.discard(host.name)
            if host.name not in self._done:
                self._done.add(host.name)
            self.completed, self.failed = len(self._done), len(self._failed)
            if self._progress is not None:
                self._progress.update(self._task_id, completed=self.completed,
                                      failed=self.failed)

    def subtask_instance_started(self, task: Task, host: Host) -> None:
        """Subtasks are not counted."""

    def subtask_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        """Subtasks are not counted."""
