"""Reading input: UTF-8, legacy Arabic encodings, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import MarsadError
from marsad.text.encoding import decode, read_text

ARTICLE = (
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، "
    "وقال الوزير إن المستشفى سيستقبل المرضى ابتداء من الشهر المقبل.\n"
)


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_legacy_arabic_encodings_are_detected_and_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes((ARTICLE * 5).encode(encoding))
    assert read_text(path) == ARTICLE * 5


def test_utf8_with_bom_is_decoded_without_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert read_text(path) == ARTICLE


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert read_text(path) == ARTICLE


def test_utf8_cut_inside_the_last_character_is_still_utf8() -> None:
    data = ARTICLE.encode("utf-8") + "س".encode()[:1]
    assert decode(data).startswith(ARTICLE)


def test_empty_file_is_refused_with_a_coded_message(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(MarsadError) as info:
        read_text(path)
    assert info.value.code == "E003"
    assert str(path) in str(info.value)


def test_white_space_only_file_is_refused_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\t\n")
    with pytest.raises(MarsadError) as info:
        read_text(path)
    assert info.value.code == "E003"


def test_binary_file_is_refused_with_a_coded_message(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(MarsadError) as info:
        read_text(path)
    assert info.value.code == "E001"
    assert "image.png" in str(info.value)


def test_undecodable_bytes_are_refused_with_a_coded_message() -> None:
    data = bytes(range(0x80, 0x100)) * 20  # no text encoding reads this as Arabic
    with pytest.raises(MarsadError) as info:
        decode(data, "noise.bin")
    assert info.value.code in ("E001", "E002")


def test_50_mb_file_is_refused_with_the_size_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    chunk = ARTICLE.encode("utf-8")
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    with pytest.raises(MarsadError) as info:
        read_text(path, max_bytes=8_000_000)
    assert info.value.code == "E008"
    assert "max-chars" in str(info.value)


def test_50_mb_file_decodes_when_no_limit_is_set(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    chunk = ARTICLE.encode("utf-8")
    path.write_bytes(chunk * (50 * 1024 * 1024 // len(chunk) + 1))
    assert read_text(path).startswith(ARTICLE)


def test_missing_file_is_refused_with_a_coded_message(tmp_path: Path) -> None:
    with pytest.raises(MarsadError) as info:
        read_text(tmp_path / "nope.txt")
    assert info.value.code == "E005"
