"""Scripts that generate the KB data files from curated tables (not imported at run time).

States, institutions and places: ``python -m marsad.kb.build.generate``.
"""
