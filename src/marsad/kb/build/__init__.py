"""Scripts that generate the KB data files from curated tables (not imported at run time)."""
