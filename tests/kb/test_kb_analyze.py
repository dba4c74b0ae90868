"""A user KB file named in MARSAD_KB adds an entity that `marsad analyze` finds."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from marsad.cli.main import cli

ENTRY = {
    "id": "org:example-front",
    "type": "ORG",
    "name_en": "Example Liberation Front",
    "names_ar": ["جبهة المثال للتحرير"],
    "code": "SYRREB",
    "kind": "armed-group",
    "country": "SYR",
}


def test_user_kb_entity_is_found_by_analyze(tmp_path: Path) -> None:
    kb = tmp_path / "mine.jsonl"
    kb.write_text(json.dumps(ENTRY, ensure_ascii=False) + "\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("تبنت جبهة المثال للتحرير الهجوم على القافلة أمس.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["analyze", str(article), "--format", "json", "--no-tokens"],
        env={"MARSAD_KB": str(kb)},
    )
    assert result.exit_code == 0, result.output
    entities = json.loads(result.stdout)["entities"]
    assert any(e.get("kb_id") == "org:example-front" for e in entities)
