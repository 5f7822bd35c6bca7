"""Health monitoring: checks as Nornir tasks, verdicts, alerts, loops, history, metrics.

The pipeline, per device and poll::

    adapter probes (plugin) ─► facts ─► rules ─► verdicts ─► alert engine ─► store, notifiers
                                          ▲                       ▲
                                   baseline (rates)      loop correlation across devices

Modules: :mod:`~.verdict` (Status, Verdict), :mod:`~.facts` (vendor-neutral facts),
:mod:`~.adapter` (the platform contract, data-driven adapter), :mod:`~.readers` and
:mod:`~.parsing` (building blocks for adapters), :mod:`~.rules` (facts → verdicts),
:mod:`~.checks` (Nornir tasks), :mod:`~.poll` (one host / one round), :mod:`~.loops`,
:mod:`~.alerts`, :mod:`~.history`, :mod:`~.notify`, :mod:`~.metrics`, :mod:`~.monitor`,
:mod:`~.settings`, :mod:`~.request`. See docs/health.md.
"""
