"""The main window: its actions and menus, layout, start, the meeting list and file transfer."""
