"""Reading articles from files, archives and feeds into ``RawArticle`` records."""

from marsad.ingest.readers import iter_sources
from marsad.ingest.record import Failure, FieldMap, RawArticle

__all__ = ["Failure", "FieldMap", "RawArticle", "iter_sources"]
