"""The marsad REST API (FastAPI) and the dashboard it serves: ``create_app``."""

from marsad.api.app import create_app
from marsad.api.config import ApiConfig

__all__ = ["ApiConfig", "create_app"]
