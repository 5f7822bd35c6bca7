"""The ``nlchat`` command line (one module per subcommand group)."""
