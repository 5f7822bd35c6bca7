"""A short conversation with the built-in simulated lab, printed as a person sees it.

Run it with ``bash scripts/demo.sh`` (or ``python examples/quickstart.py`` in an environment
where nornir-nlchat is installed). It starts the lab (20 simulated switches, routers and
firewalls of six platforms on 127.0.0.1, some behind an SSH jump host), asks questions in
plain words, follows up, shows a refusal, and stops the lab again.
"""

from __future__ import annotations

import os
import tempfile
import time

from nlchat import NLChat
from nlchat.conversation import Conversation
from nornir_nlchat.lab import Lab

QUESTIONS = [
    "what's the cpu on the bangalore datacenter router 1?",
    "what about memory?",
    "and on the delhi router?",
    "which interfaces are down on INDELB1SW1?",
    "only the ones that are down",
    "show version on all routers in bangalore",
    "bgp summary on the singapore router",
    "lldp neighbours of INBLRB1SW1",
    "reload the delhi core switch",
    "status?",
]


def main() -> None:
    # keep the demo's history out of the user's own store
    os.environ.setdefault("NLCHAT_DATABASE_URL",
                          os.path.join(tempfile.mkdtemp(prefix="nlchat-demo-"), "demo.db"))
    print("Starting the simulated lab ...", flush=True)
    with Lab() as lab:
        print(f"{len(lab.hosts())} devices up in {lab.startup_seconds:.1f} s; "
              f"inventory in {lab.inventory_dir}\n")
        with NLChat(inventory=lab.inventory_dir, progress=False) as chat:
            conversation = Conversation(chat)
            for question in QUESTIONS:
                print(f"you> {question}")
                started = time.perf_counter()
                turn = conversation.understand(question)
                if turn.answer is not None:
                    answer = turn.answer
                    conversation.last = answer
                else:
                    assert turn.plan is not None
                    if turn.plan.status == "ready":
                        for line in turn.plan.describe().splitlines():
                            print(f"   {line}")
                    answer = chat.execute(turn.plan)
                    conversation.remember(turn, answer)
                elapsed = time.perf_counter() - started
                for line in answer.text.splitlines():
                    print(f"nlchat> {line}")
                print(f"   ({answer.status}, {elapsed:.2f} s)\n")
    print("Lab stopped. Try it yourself: nlchat lab up, then nlchat chat -c config.yaml")


if __name__ == "__main__":
    main()
