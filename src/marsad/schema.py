"""Write or check the versioned JSON Schema in ``docs/``.

``python -m marsad.schema`` rewrites ``docs/document.schema.json`` after a model change.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marsad.doc import json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "document.schema.json"


def render() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":  # pragma: no cover
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_FILE
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
