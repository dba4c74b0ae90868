"""Event coding: PLOVER/CAMEO events with actors, modality, dates, places and evidence."""
