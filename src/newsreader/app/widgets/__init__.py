"""Widgets of the reader: lists, the article pane and its side panels."""
