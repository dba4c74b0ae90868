"""Quotations: direct and reported speech with speaker attribution."""
