"""Use cases (save, import, export, report, backup), each one transaction. Imports no Qt."""
