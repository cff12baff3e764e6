"""Data safety: autosave and recovery, conflicting saves, history, the Trash, backups."""
