"""Pool and Dask workers import only what analysing and packing articles needs.

Each worker process is a fresh interpreter, so these checks run one in a subprocess.
"""

from __future__ import annotations

import json
import subprocess
import sys

import datasketch  # noqa: F401 (the whole package, before any signature below)

from marsad.corpus.minhash import signature_words

TITLE = ["الوزير", "يزور", "المدينة"]
WORDS = [
    "زار",
    "وزير",
    "الصحة",
    "اليوم",
    "مستشفى",
    "المدينة",
    "الجديد",
    "وتفقد",
    "اقسام",
    "الطوارئ",
    "فيه",
]


def _run(code: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_worker_module_leaves_scipy_sqlalchemy_and_datasketch_init_unloaded() -> None:
    got = _run(
        "import json, sys\n"
        "from marsad.corpus.worker import process_packed\n"
        "from marsad.corpus.minhash import signature_words\n"
        f"blob = signature_words({TITLE!r}, {WORDS!r})\n"
        "names = ('scipy', 'sqlalchemy', 'datasketch')\n"
        "print(json.dumps({'loaded': [n for n in names if n in sys.modules], 'sig': blob.hex()}))"
    )
    assert got["loaded"] == []
    # The same signature as in this process, which imported the whole datasketch package.
    assert got["sig"] == signature_words(TITLE, WORDS).hex()


def test_datasketch_imported_after_the_light_load_shares_its_minhash() -> None:
    got = _run(
        "import json\n"
        "from marsad.corpus.minhash import _minhash_class, signature_words, unpack\n"
        f"a, _ = unpack(signature_words({TITLE!r}, {WORDS!r}))\n"
        "import datasketch\n"
        "from datasketch import MinHash, MinHashLSH\n"
        "lsh = MinHashLSH(threshold=0.5, num_perm=64)\n"
        "lsh.insert('a', a)\n"
        "print(json.dumps({'same': _minhash_class() is MinHash, 'hits': lsh.query(a)}))"
    )
    assert got == {"same": True, "hits": ["a"]}


def test_store_package_names_load_on_first_use() -> None:
    got = _run(
        "import json, sys\n"
        "import marsad.store.fts, marsad.store.rows\n"
        "before = 'sqlalchemy' in sys.modules\n"
        "from marsad.store import Analysed, Store, open_store\n"
        "from marsad.store.db import Store as S2\n"
        "print(json.dumps({'before': before, 'same': Store is S2, 'after': 'sqlalchemy' in sys.modules}))"
    )
    assert got == {"before": False, "same": True, "after": True}
