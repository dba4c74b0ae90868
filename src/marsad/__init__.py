"""marsad: Arabic-first news event intelligence."""

from marsad.doc import Document
from marsad.errors import Err, MarsadError
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

__version__ = "0.1.0"

__all__ = ["Document", "Err", "MarsadError", "Pipeline", "Settings", "__version__", "analyze"]
