"""Reading files, archives and feeds into articles or coded failures."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

from tests.conftest import DATA, need

from marsad.ingest import Failure, FieldMap, RawArticle, iter_sources
from marsad.ingest.record import iso_date

BODY = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة الساحلية لخدمة السكان."
BODY2 = "قال رئيس النادي إن الفريق سيشارك في البطولة الإقليمية الشهر المقبل."


def _read(*paths: Path, fields: FieldMap | None = None) -> list[RawArticle | Failure]:
    return list(iter_sources([str(p) for p in paths], fields or FieldMap()))


def _articles(items: list[RawArticle | Failure]) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def test_text_file_is_one_article_named_by_its_stem(tmp_path: Path) -> None:
    (tmp_path / "health.txt").write_text(BODY, encoding="utf-8")
    [art] = _read(tmp_path / "health.txt")
    assert isinstance(art, RawArticle) and art.id == "health" and art.text == BODY


def test_windows_1256_text_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "legacy.txt").write_bytes(BODY.encode("cp1256"))
    [art] = _read(tmp_path / "legacy.txt")
    assert isinstance(art, RawArticle) and art.text == BODY


def test_html_keeps_body_and_title_drops_script(tmp_path: Path) -> None:
    html = (
        "<html><head><title>خبر الصحة</title><script>var tracker = 1;</script></head>"
        f"<body><nav>الرئيسية</nav><article><p>{BODY}</p><p>{BODY2}</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [art] = _read(tmp_path / "page.html")
    assert isinstance(art, RawArticle)
    assert BODY in art.text and "tracker" not in art.text and art.title == "خبر الصحة"


def test_jsonl_maps_ant_style_fields(tmp_path: Path) -> None:
    rec = {"docno": "X-1", "src": "paper", "cat": "sport", "title": "عنوان", "url": "http://x/1",
           "time": "Sun, 18 Feb 2018 21:35:43 +0400", "author": "مراسل", "text": BODY2}  # fmt: skip
    (tmp_path / "a.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    [art] = _read(tmp_path / "a.jsonl")
    assert isinstance(art, RawArticle)
    assert (art.id, art.source, art.category, art.published) == (
        "X-1",
        "paper",
        "sport",
        "2018-02-18",
    )
    assert (art.url, art.author, art.title) == ("http://x/1", "مراسل", "عنوان")


def test_broken_json_line_is_reported_and_others_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": BODY}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": BODY2}, ensure_ascii=False),
    ]
    (tmp_path / "b.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = _read(tmp_path / "b.jsonl")
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(_articles(items)) == 2 and len(failures) == 1
    assert failures[0].origin.endswith("b.jsonl:2") and failures[0].code == "E007"


def test_gzipped_jsonl_is_read(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": BODY}, ensure_ascii=False) + "\n")
    assert [a.text for a in _articles(_read(tmp_path / "c.jsonl.gz"))] == [BODY]


def test_csv_with_named_text_field(tmp_path: Path) -> None:
    (tmp_path / "d.csv").write_text(f"ref,story,day\n7,{BODY},2020-05-01\n", encoding="utf-8")
    fields = FieldMap().with_first(text="story", id="ref", date="day")
    [art] = _read(tmp_path / "d.csv", fields=fields)
    assert isinstance(art, RawArticle) and (art.id, art.text, art.published) == (
        "7",
        BODY,
        "2020-05-01",
    )


def test_zip_of_json_arrays_like_saudinewsnet(tmp_path: Path) -> None:
    day = [{"source": "paper", "url": "http://p/1", "date_extracted": "2015-07-21 02:51:32",
            "title": "عنوان", "author": "كاتب", "content": BODY}, {"source": "paper", "content": ""}]  # fmt: skip
    with zipfile.ZipFile(tmp_path / "day.zip", "w") as zf:
        zf.writestr("2015-07-21.json", json.dumps(day, ensure_ascii=False))
    items = _read(tmp_path / "day.zip")
    [art] = _articles(items)
    assert (art.source, art.published, art.url) == ("paper", "2015-07-21", "http://p/1")
    assert any(isinstance(i, Failure) and i.code == "E003" for i in items)


def test_rss_feed_file_yields_entries(tmp_path: Path) -> None:
    rss = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>جريدة</title>
<item><title>خبر أول</title><link>http://f/1</link><guid>g1</guid>
<pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate><description>{BODY}</description></item>
</channel></rss>"""
    (tmp_path / "feed.xml").write_text(rss, encoding="utf-8")
    [art] = _read(tmp_path / "feed.xml")
    assert isinstance(art, RawArticle)
    assert (art.id, art.source, art.published, art.text) == ("g1", "جريدة", "2020-03-02", BODY)


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    [item] = _read(tmp_path / "nope.txt")
    assert isinstance(item, Failure) and item.code == "E005"


def test_iso_date_reads_common_forms() -> None:
    assert iso_date("2015-07-21 02:51:32") == "2015-07-21"
    assert iso_date("Fri, 29 Jun 2018 17:38:40 GMT") == "2018-06-29"
    assert iso_date("not a date") is None


def test_real_saudinewsnet_day_reads_with_defaults() -> None:
    path = need(DATA / "news/saudinewsnet/dataset/2015-07-21.zip")
    items = _read(path)
    arts = _articles(items)
    assert len(arts) > 2500 and all(a.source and a.published == "2015-07-21" for a in arts[:50])
