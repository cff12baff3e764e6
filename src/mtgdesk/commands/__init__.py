"""CLI subcommands, one module each, registered by mtgdesk.cli."""
