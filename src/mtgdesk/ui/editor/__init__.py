"""The editor pane: the meeting form, participants and paragraphs, their models and undo
commands."""
