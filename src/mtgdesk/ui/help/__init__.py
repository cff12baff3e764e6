"""The Help menu: the user guide, keyboard shortcuts and About."""
