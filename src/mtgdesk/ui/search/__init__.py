"""The search panel: as-you-type search, its results model and the query help."""
