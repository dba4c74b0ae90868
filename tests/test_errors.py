"""The error catalogue: coded errors survive the trip between processes."""

from __future__ import annotations

import pickle
from pathlib import Path

from marsad.errors import Err, MarsadError


def test_coded_error_round_trips_through_pickle() -> None:
    err = MarsadError(Err.MISSING_RESOURCE, path=Path("/nowhere/model.npz"), command="x")
    back = pickle.loads(pickle.dumps(err))
    assert isinstance(back, MarsadError)
    assert back.err is Err.MISSING_RESOURCE
    assert str(back) == str(err)
