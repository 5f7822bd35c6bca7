"""The lab tests share one lab process (the ``lab`` fixture from the lab's pytest plugin)."""

from nornir_nlchat.lab.pytest_plugin import lab

__all__ = ["lab"]
