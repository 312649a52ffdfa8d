"""Widgets, dialogs and the tray. Views know the controllers, never HTTP or the keyring."""
