"""Reports from the window: print, preview, export, page setup, and the Report text tab."""
