"""``python -m nornir_nlchat.lab '<config json>'``: run a lab process in the foreground."""

from nornir_nlchat.lab.process import main

main()
