"""Build scripts for the generated KB files (run ``python -m marsad.kb.build.generate``)."""
