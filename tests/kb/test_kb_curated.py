"""The curated organisation, party and people files: well formed, no second entity for a
form another entry owns, and matching on sentences written for these tests (names that
must be found, common words that must not be read as a name)."""

from __future__ import annotations

import json

import pytest

from marsad.kb.loader import KB, data_dir, load_kb
from marsad.kb.validate import manifest_problems, validate_files
from marsad.settings import Settings
from marsad.text.normalize import normalize

CURATED = [
    "orgs_media.jsonl",
    "orgs_business.jsonl",
    "orgs_education.jsonl",
    "orgs_sport.jsonl",
    "orgs_civil.jsonl",
    "parties.jsonl",
]
PEOPLE = ["people_sport.jsonl", "people_culture.jsonl"]
HISTORY = "people_history.jsonl"


def _rows(name: str) -> list[dict[str, object]]:
    text = (data_dir() / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(Settings())


def test_curated_files_validate_and_are_listed() -> None:
    report = validate_files([data_dir() / n for n in [*CURATED, *PEOPLE, HISTORY]])
    assert report.ok, report.errors[:5]
    assert manifest_problems(data_dir()) == []


@pytest.mark.parametrize("name", CURATED)
def test_curated_entries_are_typed_organisations(name: str) -> None:
    rows = _rows(name)
    assert rows
    for row in rows:
        assert row["type"] == "ORG" and row["kind"], row["id"]
        assert str(row["id"]).startswith("org:")


# CAMEO agent of each kind of person (Phoenix agents: ATHLETE CVL, ACTOR ELI, WRITER MED,
# CLERIC REL, ENTREPRENEUR BUS), after the person's state.
AGENT = {"athlete": "CVL", "coach": "CVL", "official": "CVL", "scientist": "CVL"}
AGENT |= {"artist": "ELI", "royal": "ELI", "writer": "MED", "scholar": "REL", "business": "BUS"}


@pytest.mark.parametrize("name", PEOPLE)
def test_curated_people_carry_the_agent_code_of_their_kind(name: str) -> None:
    for row in _rows(name):
        assert row["type"] == "PER", row["id"]
        assert row["code"] == f"{row['country']}{AGENT[str(row['kind'])]}", row["id"]


def test_former_leaders_carry_their_state_code_during_their_terms(kb: KB) -> None:
    bush = kb.get("per:george-w-bush")
    assert bush is not None and bush.actor_on("2003-03-20") == "USAGOV"
    assert all(r.start and r.end for e in map(kb.get, _ids_of(HISTORY)) if e for r in e.roles)


def _ids_of(name: str) -> list[str]:
    return [str(r["id"]) for r in _rows(name)]


def test_no_form_is_shared_with_another_entry() -> None:
    # A shared form would make a second entity for one name (or one name for two).
    owner: dict[str, str] = {}
    for path in sorted(data_dir().glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for form in row["names_ar"]:
                owner.setdefault(normalize(form), row["id"])
    for name in [*CURATED, *PEOPLE, HISTORY]:
        for row in _rows(name):
            for form in row["names_ar"]:
                assert owner[normalize(form)] == row["id"], (form, row["id"])


def _ids(kb: KB, text: str) -> set[str]:
    return {i for m in kb.match_text(text) for i in m.entry_ids}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نشرت المغنية صورة عبر حسابها على إنستغرام أمس", "org:instagram"),
        ("خفضت وكالة موديز التصنيف الائتماني للبلاد", "org:moodys"),
        ("فاز ريال مدريد على ضيفه في المباراة", "org:real-madrid"),
        ("تعادل الزمالك مع منافسه سلبيا", "org:zamalek"),
        ("شارك الحزب الوطني الديمقراطي في الانتخابات", "org:ndp-egypt"),
        ("حصل على الدكتوراه من جامعة القاهرة", "org:cairo-univ"),
        ("أعلنت شركة طيران الإمارات عن رحلات جديدة", "org:emirates-airline"),
        ("قال محافظ مصرف لبنان إن الاحتياطي مستقر", "org:bdl"),
        ("ذكرت صحيفة كوميرسانت الروسية أن المحادثات توقفت", "org:kommersant"),
        ("أصدرت هيئة كبار العلماء بيانا", "org:hai"),
        ("سجل ليونيل ميسي هدفين في المباراة", "per:lionel-messi"),
        ("فازت رواية نجيب محفوظ بالجائزة", "per:naguib-mahfouz"),
        ("أعلن جورج بوش الابن الحرب على العراق", "per:george-w-bush"),
    ],
)
def test_names_are_found(kb: KB, text: str, expected: str) -> None:
    assert expected in _ids(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "عاد إلى البيت مساء بعد العمل",  # إلبيت (Elbit) folds to the word for "house"
        "ارتفع عدد الوفيات في المدينة",  # وفيات: "and Fiat" after the conjunction
        "لم يتغير الموقف بتاتا",  # بتاتا: "Tata" after a preposition
        "تعمل شركات كثيرة في السوق السعودية",  # the market, not the exchange
        "ناقش المجلس السياسة الكويتية تجاه الجيران",  # policy, not the newspaper
        "تنطلق جولة جديدة من الحوار التونسي",  # the national dialogue, not the channel
        "عبر عن شكره للتعاون السعودي الأمريكي",  # cooperation, not the club
        "نفذت الحكومة مشاريع إعادة الإعمار",  # إعمار is also Emaar
        "عزفت الفرقة الموسيقى الشرق عربية",  # not a nickname's last word
        "يتبع التخطيط الحضري للمدن الجديدة",  # الحضري: a goalkeeper's surname
        "وصف التقدم المحرز في المفاوضات",  # المحرز: a winger's surname
    ],
)
def test_common_words_are_not_curated_names(kb: KB, text: str) -> None:
    curated = {str(r["id"]) for n in [*CURATED, *PEOPLE] for r in _rows(n)}
    assert not _ids(kb, text) & curated
