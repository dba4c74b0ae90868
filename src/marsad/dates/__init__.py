"""Temporal expressions: find Arabic dates and resolve them to calendar values."""
