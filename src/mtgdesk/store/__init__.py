"""Engine and sessions, queries, search index, migrations. Imports no Qt."""
