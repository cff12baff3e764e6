"""The window: Qt widgets, models and dialogs. The only package that imports PySide6 widgets.

Message boxes and file pickers are reached only through mtgdesk.ui.dialogs, so tests can
replace them and never block on a modal exec().
"""
