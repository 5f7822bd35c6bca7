"""The simulated device lab: SSH servers that behave like real network devices.

``Lab`` runs a lab in a separate process; ``nlchat lab up`` runs one in the foreground.
Vendor behaviour comes from each platform plugin's lab personality.
"""

from nornir_nlchat.lab.faults import FAULT_KINDS
from nornir_nlchat.lab.runner import Lab, LabError

__all__ = ["FAULT_KINDS", "Lab", "LabError"]
