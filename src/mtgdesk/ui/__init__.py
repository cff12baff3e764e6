"""The window: Qt widgets, models and dialogs. The only package that imports PySide6 widgets.

By feature, as qutebrowser's GUI is: window/ (the main window, its start, the meeting
list, file transfer), editor/ (the meeting form, participants, paragraphs), search/,
safety/ (autosave, conflicts, history, Trash, backups), releases/, reports/ and help/.
At this level only what several features share: dialogs, background work, the window
as features see it (host), and small widgets and helpers.

Message boxes and file pickers are reached only through mtgdesk.ui.dialogs, so tests can
replace them and never block on a modal exec().
"""
