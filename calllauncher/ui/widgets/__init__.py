"""Widgets and styles the views share: one builder each, used by every dialog."""
