"""``marsad eval ner``: tag reading, conlleval chunks and mention-to-tag mapping."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli
from marsad.doc import Document, Entity, Mention
from marsad.errors import MarsadError
from marsad.eval.ner import (
    Convention,
    NerResult,
    TaggedSentence,
    chunks,
    gold_tag,
    join_tokens,
    predicted_tags,
    read_tagged,
)

# Two sentences of our own, ANERcorp layout (clitics stay on the token).
SAMPLE = """زار B-PERS
سامي I-PERS
الخطيب I-PERS
وبغداد B-LOC
أمس O

وأعلنت O
جامعة B-ORG
القاهرة I-ORG
عن O
معاهدة B-MISC
"""


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("B-PERS", "B-PER"),
        ("I-LOC", "I-LOC"),
        ("B-MIS2", "B-MISC"),
        ("I-MISC", "I-MISC"),
        ("I--ORG", "I-ORG"),
        ("O", "O"),
    ],
)
def test_gold_tags_map_to_common_scheme(raw: str, want: str) -> None:
    assert gold_tag(raw, Counter()) == want


def test_unknown_gold_tags_read_as_o_and_counted() -> None:
    odd: Counter[str] = Counter()
    assert gold_tag("B-ENGLISH", odd) == "O"
    assert gold_tag("OO", odd) == "O"
    assert odd == Counter({"B-ENGLISH": 1, "OO": 1})


def test_chunks_follow_conlleval() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG"]
    assert chunks(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 7, "ORG")}


def test_read_tagged_splits_sentences_at_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    sentences = read_tagged(path, Counter())
    assert [len(s.tokens) for s in sentences] == [5, 5]
    assert sentences[1].tags == ["O", "B-ORG", "I-ORG", "O", "B-MISC"]


def test_read_tagged_rejects_line_without_tag(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("كلمة O\nوحيدة\n", encoding="utf-8")
    with pytest.raises(MarsadError) as exc:
        read_tagged(path, Counter())
    assert exc.value.code == "E302"


def test_read_tagged_skips_a_tag_with_a_blank_token(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("وصل O\n O\nالوفد O\n", encoding="utf-8")
    odd: Counter[str] = Counter()
    sentences = read_tagged(path, odd)
    assert sentences[0].tokens == ["وصل", "الوفد"]
    assert odd["<empty token>"] == 1


def _doc_with(text: str, *spans: tuple[str, str]) -> Document:
    doc = Document(text=text)
    for i, (part, kind) in enumerate(spans):
        start = text.index(part)
        mention = Mention(start=start, end=start + len(part), text=part)
        doc.entities.append(Entity(id=f"e{i}", type=kind, mentions=[mention], name=part))  # type: ignore[arg-type]
    return doc


def test_mention_inside_clitic_token_tags_the_token() -> None:
    sent = TaggedSentence(["زار", "وبغداد", "أمس"], ["O", "B-LOC", "O"])
    text, offsets = join_tokens([sent])
    doc = _doc_with(text, ("بغداد", "GPE"))
    assert predicted_tags(doc, offsets) == ["O", "B-LOC", "O"]


def test_multi_token_mention_gets_b_then_i_and_types_map() -> None:
    sent = TaggedSentence(["جامعة", "القاهرة", "عن", "معاهدة"], ["O"] * 4)
    text, offsets = join_tokens([sent])
    doc = _doc_with(text, ("جامعة القاهرة", "ORG"), ("معاهدة", "LAW"))
    assert predicted_tags(doc, offsets) == ["B-ORG", "I-ORG", "O", "B-MISC"]


def test_overlapping_mentions_keep_the_earlier_longer_one() -> None:
    sent = TaggedSentence(["جامعة", "القاهرة"], ["O", "O"])
    text, offsets = join_tokens([sent])
    doc = _doc_with(text, ("القاهرة", "GPE"), ("جامعة القاهرة", "ORG"))
    assert predicted_tags(doc, offsets) == ["B-ORG", "I-ORG"]


def _convention() -> Convention:
    from marsad.settings import Settings

    return Convention.build(Settings().normalize, ["اللبناني", "اللبنانية"])


def test_anercorp_convention_drops_a_descriptor_and_a_state_adjective() -> None:
    sent = TaggedSentence(["قالت", "لصحيفة", "النهار", "اللبنانية", "أمس"], ["O"] * 5)
    text, offsets = join_tokens([sent])
    doc = _doc_with(text, ("صحيفة النهار اللبنانية", "ORG"))
    assert predicted_tags(doc, offsets, _convention()) == ["O", "O", "B-ORG", "O", "O"]
    assert predicted_tags(doc, offsets) == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]


def test_anercorp_convention_drops_a_direction_unless_the_name_is_a_state() -> None:
    conv = Convention.build(_settings_opts(), [], frozenset({"gpe:ZAF"}))
    assert conv.trim(["جنوب", "الوادي"], None) == (1, 0)
    assert conv.trim(["جنوب", "أفريقيا"], "gpe:ZAF") == (0, 0)


def _settings_opts():  # type: ignore[no-untyped-def]
    from marsad.settings import Settings

    return Settings().normalize


def test_anercorp_convention_leaves_ministries_untagged() -> None:
    conv = Convention.build(_settings_opts(), [], frozenset(), frozenset({"org:X:mfa"}))
    assert conv.untagged(["ووزارة", "الزراعة"], None)
    assert conv.untagged(["الخارجية", "الفلانية"], "org:X:mfa")
    assert not conv.untagged(["مجلس", "الأمن"], "org:unsc")


def test_anercorp_convention_keeps_a_one_token_mention() -> None:
    sent = TaggedSentence(["في", "المنطقة"], ["O", "O"])
    text, offsets = join_tokens([sent])
    doc = _doc_with(text, ("المنطقة", "LOC"))
    assert predicted_tags(doc, offsets, _convention()) == ["O", "B-LOC"]


def test_other_names_in_meta_are_scored_as_misc() -> None:
    sent = TaggedSentence(["نال", "جائزة", "الصحافة", "الذهبية"], ["O"] * 4)
    text, offsets = join_tokens([sent])
    doc = Document(text=text)
    start = text.index("جائزة")
    doc.meta["misc_mentions"] = [{"start": start, "end": len(text), "text": text[start:]}]
    assert predicted_tags(doc, offsets) == ["O", "B-MISC", "I-MISC", "I-MISC"]


def test_known_counts_per_type_and_without_misc() -> None:
    gold = {(0, 3, "PER"), (3, 4, "LOC"), (6, 8, "ORG"), (9, 10, "MISC")}
    pred = {(0, 3, "PER"), (3, 4, "ORG"), (6, 8, "ORG"), (11, 12, "MISC")}
    result = NerResult(files=[])
    result.count(gold, pred)
    assert (result.by_type["PER"].tp, result.by_type["LOC"].fn) == (1, 1)
    assert (result.by_type["ORG"].tp, result.by_type["ORG"].fp) == (1, 1)
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (2, 2, 2)
    assert (result.overall_per_org_loc.tp, result.overall_per_org_loc.fp) == (2, 1)
    assert result.overall_per_org_loc.fn == 1


def test_cli_scores_every_gold_chunk(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", "ner", str(path), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert (data["sentences"], data["tokens"]) == (2, 10)
    assert data["overall"]["tp"] + data["overall"]["fn"] == 4


def test_cli_no_trim_scores_the_same_gold(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", "ner", str(path), "--json", "--no-trim"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["overall"]["tp"] + data["overall"]["fn"] == 4


def test_cli_reads_a_directory_of_articles(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SAMPLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", "ner", str(tmp_path), "--json"])
    assert json.loads(out.output)["sentences"] == 4


def test_cli_missing_file_is_coded_error(tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["eval", "ner", str(tmp_path / "absent.txt")])
    assert out.exit_code == 1
    assert "E005" in out.output


def test_holdout_scores_the_last_fraction_as_train_leaves_it_out(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", "ner", str(path), "--json", "--holdout", "0.5"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert (data["sentences"], data["tokens"]) == (1, 5)


def test_held_out_matches_the_training_cut() -> None:
    from marsad.eval.ner import held_out

    sents = [TaggedSentence([str(i)], ["O"]) for i in range(25)]
    assert [s.tokens[0] for s in held_out(sents, 0.1)] == ["23", "24"]


def test_cli_missing_model_file_is_coded_error(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", "ner", str(path), "--model", str(tmp_path / "x.npz")])
    assert out.exit_code == 1
    assert "E005" in out.output


def test_anercorp_convention_keeps_the_adjective_of_a_place_name() -> None:
    conv = Convention.build(
        _settings_opts(), ["الهندي", "السعودية"], places=frozenset({"loc:indian-ocean"})
    )
    assert conv.trim(["المحيط", "الهندي"], "loc:indian-ocean") == (0, 0)
    assert conv.trim(["شركة", "النسيم", "السعودية"], None) == (1, 1)
    assert conv.trim(["مكة", "المكرمة"], "loc:indian-ocean") == (0, 1)


def test_anercorp_convention_tags_the_place_a_treaty_is_named_after() -> None:
    conv = Convention.build(_settings_opts(), [], place_names=frozenset({"الطائف"}))
    sent = TaggedSentence(["وقعوا", "اتفاقية", "الطائف", "أمس"], ["O"] * 4)
    text, offsets = join_tokens([sent])
    doc = _doc_with(text, ("اتفاقية الطائف", "LAW"))
    assert predicted_tags(doc, offsets, conv) == ["O", "O", "B-LOC", "O"]
    assert not conv.law_place(["اتفاقية", "التجارة"])


def test_anercorp_convention_keeps_only_the_un_inside_a_longer_body() -> None:
    conv = _convention()
    assert conv.trim(["الأمانة", "العامة", "للأمم", "المتحدة"]) == (2, 0)
    assert conv.trim(["مكتب", "الأمم", "المتحدة", "للإغاثة"]) == (1, 1)
    assert conv.trim(["منظمة", "الأمم", "المتحدة"]) == (0, 0)


def test_anercorp_convention_drops_a_channel_or_mosque_descriptor() -> None:
    conv = _convention()
    assert conv.trim(["قناة", "الفجر"]) == (1, 0)
    assert conv.trim(["بمسجد", "النور"]) == (1, 0)
