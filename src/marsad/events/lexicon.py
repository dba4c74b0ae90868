"""Arabic trigger lexicon: base forms from ``lang/ar/events/triggers.txt`` inflected by rule.

The data file lists each verb once (3rd person masculine singular perfect and imperfect)
and each verbal noun once (singular|plural); this module generates the surface forms a
news text uses (persons, genders, numbers, jussive, object pronouns, definite, dual,
possessive, tanween) and indexes them by their normalised form. Passives need no forms of
their own: unvowelled Arabic writes فُرض like فرض. Matching strips و/ف, then ب/ل/ك/س, and
restores the article in ``لل``, so those prefixes are not generated.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import get_args

from marsad.doc import PloverType
from marsad.errors import Err, MarsadError
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

LIGHT = "LIGHT"
TYPES = frozenset(get_args(PloverType))  # the 16 PLOVER types, defined once in doc.py
# No feminine plural -ن/-تن: rare in news, and they collide with nouns (لامن، أمن)
_PERF_SUFFIXES = ("", "ت", "تا", "ا", "وا", "نا", "تم")
_OBJ = ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم")
_IMPF_PREFIXES = ("ي", "ت", "ن", "أ")
_POSS = ("ه", "ها", "هم", "هما", "هن", "نا", "كم")
MEMO_MAX = 200_000  # distinct tokens remembered per lexicon before the memo restarts


@dataclass(frozen=True, slots=True)
class Spec:
    """One lexicon entry: what a matched form codes and how its arguments read."""

    type: str  # a PLOVER type, or LIGHT for a light verb
    pos: str  # "verb", "noun" or "participle" (read as a verb whose subject is the clause's)
    lemma: str
    cameo: str | None = None
    mode: str | None = None
    need: tuple[tuple[str, ...], ...] = ()  # word sequences, one must follow
    block: frozenset[str] = frozenset()
    noprev: frozenset[str] = frozenset()
    prev: frozenset[str] = frozenset()  # words one of which must come right before
    rest: tuple[frozenset[str], ...] = ()  # accepted keys of a multiword noun's later words
    weak: bool = False
    obj: bool = False
    passive: bool = False
    inverse: bool = False
    reach: int = 0  # a light verb's own window for its noun (0: the default)
    window: int = 0  # words a needed object may sit after the verb (0: the default)
    initial: bool = False  # the bare perfect codes only where a clause starts (بارك: Park)
    course: bool = False  # also "a course": not with a definite genitive or a possessive
    owned: bool = False  # (nouns) only with a possessive ending: معارضته, not المعارضة
    # first words of ``need``, derived: one set test per word passes most words of the
    # window without a loop over the sequences
    need_first: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "need_first", frozenset(seq[0] for seq in self.need if seq))


@dataclass(frozen=True, slots=True)
class Form:
    spec: Spec
    imperfect: bool = False
    # a hollow or defective verb's short jussive (يزر، يلم، يعتد): only after لم/لا (لم
    # يزر)، for alone it spells other words (فيلم is ف + يلم, سالم a name, يعتد به)
    jussive: bool = False


@dataclass(slots=True)
class Lexicon:
    """Normalised surface form -> the entries it may be."""

    forms: dict[str, list[Form]] = field(default_factory=dict)
    specs: list[Spec] = field(default_factory=list)
    stop: frozenset[str] = frozenset()  # whole words that are never triggers
    stopped: dict[str, list[Form]] = field(default_factory=dict)  # their forms, kept aside
    memo: dict[str, tuple[tuple[Form, str, str], ...]] = field(default_factory=dict)
    # street and riot acts of new protesters (cues.txt): kept out of ``forms`` so that
    # ``lookup`` (and the event model's features) do not read رفع or حمل as protests
    acts: dict[str, tuple[Spec, str]] = field(default_factory=dict)  # form -> (act, و/ف)
    crowd: frozenset[str] = frozenset()  # the protester nouns those acts need

    def add(
        self,
        spec: Spec,
        surfaces: Iterable[str],
        imperfect: bool,
        opts: NormalizeOptions,
        jussive: bool = False,
    ) -> None:
        for s in surfaces:
            bucket = self.forms.setdefault(normalize(s, opts), [])
            if not any(f.spec is spec and f.imperfect == imperfect for f in bucket):
                bucket.append(Form(spec, imperfect, jussive))

    def lookup(self, norm: str) -> tuple[tuple[Form, str, str], ...]:
        """Entries for a normalised token: (entry, stripped prefix letters, matched form)."""
        found = self.memo.get(norm)
        if found is None:
            found = self._lookup(norm)
            if len(self.memo) > MEMO_MAX:
                self.memo.clear()
            self.memo[norm] = found
        return found

    def _lookup(self, norm: str) -> tuple[tuple[Form, str, str], ...]:
        cands = candidates(norm)
        stop = self.stop
        for c, _ in cands:  # a loop, not any(genexpr): run for each new word of a text
            if c in stop:
                return ()
        return self._entries(cands)

    def lookup_stopped(self, norm: str) -> tuple[tuple[Form, str, str], ...]:
        """``lookup`` that reads a never-a-trigger word too, for a context that shows it
        is the verb after all (فجر نفسه: blew himself up, not dawn); not memoised (rare)."""
        return self._entries(candidates(norm), self.stopped)

    def _entries(
        self, cands: tuple[tuple[str, str], ...], aside: dict[str, list[Form]] | None = None
    ) -> tuple[tuple[Form, str, str], ...]:
        out: list[tuple[Form, str, str]] = []
        for cand, prefix in cands:
            forms = self.forms.get(cand) or (aside.get(cand) if aside else None)
            if forms:  # most readings of a word are no form: no list built for them
                out += [(form, prefix, cand) for form in forms if _prefix_fits(form, prefix)]
        return tuple(out)

    def drop(self, words: Iterable[str]) -> None:
        """Remove function words a generated form may collide with (أنه is not أنوّه)."""
        for w in words:
            self.forms.pop(w, None)

    def set_stop(self, words: frozenset[str]) -> None:
        """Words that are never triggers (فجر: dawn); their forms are kept for
        ``lookup_stopped``."""
        self.stop = words
        for w in words:
            if w in self.forms:
                self.stopped[w] = self.forms.pop(w)


@lru_cache(maxsize=100_000)
def _prefix_fits(form: Form, prefix: str) -> bool:
    """Proclitics a form can carry: س only on an imperfect verb (ستفرض), ل on an
    imperfect or a noun (ليفرض، لفرض), ب/ك only on nouns; so سلام is not س + لام."""
    letters = prefix.lstrip("وف")
    if not letters:
        return True
    verb = form.spec.pos != "noun"
    if "س" in letters:  # no future jussive: سالم is a name, not س + ألم
        return verb and form.imperfect and not form.jussive
    if letters[-1] == "ل":
        return not verb or form.imperfect
    return not verb


@lru_cache(maxsize=100_000)
def candidates(norm: str) -> tuple[tuple[str, str], ...]:
    """The token and its readings without proclitics: (form, stripped prefix letters).
    Cached: news repeats its words, and every stage of the coder asks."""
    return tuple(_candidates(norm))


def _candidates(norm: str) -> list[tuple[str, str]]:
    out = [(norm, "")]
    bases = [(norm, "")]
    if len(norm) > 2 and norm[0] in "وف":
        bases.append((norm[1:], norm[0]))
        out.append((norm[1:], norm[0]))
    for base, pre in bases:
        if base.startswith("لل") and len(base) > 3:
            out.append(("ال" + base[2:], pre + "ل"))
        if len(base) > 3 and base[0] in "بلكس":
            out.append((base[1:], pre + base[0]))
    return out


@lru_cache(maxsize=100_000)
def keys(norm: str) -> frozenset[str]:
    """Every key a token may match a listed word by (clitics and the article removed)."""
    out = {c for c, _ in candidates(norm)}
    out.update(c[2:] for c in list(out) if c.startswith("ال") and len(c) > 4)
    return frozenset(out)


def word_keys(word: str, opts: NormalizeOptions) -> frozenset[str]:
    """A listed word's keys: with and without the article."""
    w = normalize(word, opts)
    return frozenset({w, w[2:]} if w.startswith("ال") and len(w) > 4 else {w})


# -- inflection ------------------------------------------------------------------


def perfect_forms(perf: str) -> set[str]:
    """3rd/1st/2nd person perfect forms of a verb, with object pronouns."""
    if perf.endswith(("ا", "ى")):  # defective: دعا دعت دعوا، رمى رمت رموا
        base = perf[:-1]
        glide = "و" if perf.endswith("ا") else "ي"
        forms = {perf, base + "ت", base + "تا", base + "وا", base + glide + "ا"}
        forms |= {base + glide + s for s in ("نا", "ت", "تم")}
        host = [base + "ا", base + "ت", base + "و"]
    else:
        forms = {perf + s for s in _PERF_SUFFIXES}
        host = [perf, perf + "ت", perf + "و", perf + "نا", perf + "تم"]
    forms |= {h + o for h in host for o in _OBJ}
    return forms


def imperfect_forms(impf: str, hollow: bool = False, short: bool = True) -> set[str]:
    """Imperfect forms of all persons (indicative, subjunctive, jussive), with objects;
    without ``short``, not a defective verb's short jussive (يدع: ``short_jussives``)."""
    stem = impf[1:] if impf.startswith("ي") else impf
    forms: set[str] = set()
    for p in _IMPF_PREFIXES:
        if stem.endswith(("و", "ي", "ى")):  # defective: يدعو يدعون يدعوا يدع
            base = stem[:-1]
            glide = "ا" if stem.endswith("ى") else stem[-1]
            forms |= {p + stem, p + base + "ون", p + base + "وا", p + base + "ين"}
            forms |= {p + base} if short else set()
            forms |= {p + base + glide + "ن", p + base + glide + "ان"}
            forms |= {p + base + glide + o for o in _OBJ}
        else:
            forms |= {p + stem + s for s in ("", "ون", "ان", "وا", "ين", "ن", "نا")}
            forms |= {p + stem + o for o in _OBJ}
            forms |= {p + stem + "ون" + o for o in _OBJ} | {p + stem + "و" + o for o in _OBJ}
            if hollow and len(stem) == 3 and stem[1] in "واي":  # hollow jussive: لم يزر
                forms.add(p + stem[0] + stem[2])
    return forms


def short_jussives(perf: str, impf: str) -> set[str]:
    """The short jussive in every person of a hollow verb (لم يزر، لم تقم، لم ألم) or a
    defective one (لم يدع، لم ينف، لم يعتد): spellings other words share (فيلم، يعتد به)."""
    stem = impf[1:] if impf.startswith("ي") else impf
    if stem.endswith(("و", "ي", "ى")):
        return {p + stem[:-1] for p in _IMPF_PREFIXES}
    if len(perf) != 3 or perf[1] != "ا" or len(stem) != 3 or stem[1] not in "واي":
        return set()
    return {p + stem[0] + stem[2] for p in _IMPF_PREFIXES}


def noun_forms(noun: str) -> set[str]:
    """Definite, dual, possessive and tanween forms of a verbal noun or plural."""
    forms = {noun, "ال" + noun}
    if noun.endswith("ة"):
        bound = noun[:-1] + "ت"
        forms |= {bound + p for p in _POSS}
        forms |= {bound + d for d in ("ان", "ين")} | {"ال" + bound + d for d in ("ان", "ين")}
    else:
        forms |= {noun + p for p in _POSS} | {noun + "ا"}
        if not noun.endswith("ات"):
            forms |= {noun + d for d in ("ان", "ين")} | {"ال" + noun + d for d in ("ان", "ين")}
    return forms


def owned_forms(noun: str) -> set[str]:
    """The possessive forms of a verbal noun only (معارضته، معارضتها): its bare and
    definite forms name something else (المعارضة: the political opposition)."""
    bound = noun[:-1] + "ت" if noun.endswith("ة") else noun
    return {bound + p for p in _POSS}


def modifier_forms(word: str) -> set[str]:
    """Forms of a later word of a multiword noun (an adjective or a genitive)."""
    if word.startswith("ال"):
        bare = word[2:]
        return {word, bare} | modifier_forms(bare)
    forms = {word, "ال" + word, word + "ا"}
    if word.endswith("ة"):
        forms.add(word[:-1])
    else:
        forms |= {word + "ة", "ال" + word + "ة", word + "ين", "ال" + word + "ين"}
    return forms


# -- loading ---------------------------------------------------------------------


def resource(name: str) -> Path:
    """A packaged Arabic event resource (``marsad/lang/ar/events/NAME``)."""
    return Path(str(resources.files("marsad") / "lang" / "ar" / "events" / name))


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    if not path.is_file():
        raise MarsadError(
            Err.MISSING_RESOURCE, path=path, command="pip install --force-reinstall marsad"
        )
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield lineno, line


def _bad(path: Path, lineno: int, detail: str) -> MarsadError:
    return MarsadError(
        Err.BAD_RESOURCE,
        path=f"{path}:{lineno}",
        detail=detail,
        fix="follow the line format described at the top of the file",
    )


def _spec(section: str, fields: list[str], opts: NormalizeOptions) -> Spec:
    kind, lemma, _, cameo, *rest = fields
    flags = {f for f in rest if "=" not in f}
    kv = dict(f.split("=", 1) for f in rest if "=" in f)
    alts = [alt.split("_") for alt in lemma.split("|")]
    return Spec(
        type=section,
        pos={"v": "verb", "p": "participle"}.get(kind, "noun"),
        lemma=lemma.split("|")[0].replace("_", " "),
        cameo=None if cameo == "-" else cameo,
        mode=kv.get("mode"),
        need=tuple(
            tuple(normalize(w, opts) for w in alt.split("_"))
            for alt in kv.get("need", "").split("|")
            if alt
        ),
        block=frozenset(normalize(w, opts) for w in kv.get("block", "").split("|") if w),
        noprev=frozenset(normalize(w, opts) for w in kv.get("noprev", "").split("|") if w),
        prev=frozenset(normalize(w, opts) for w in kv.get("prev", "").split("|") if w),
        rest=_rest(alts, opts),
        weak="weak" in flags,
        obj="obj" in flags,
        passive="pass" in flags,
        inverse="inv" in flags,
        reach=int(kv.get("reach", "0")),
        window=int(kv.get("window", "0")),
        initial="initial" in flags,
        course="course" in flags,
        owned="owned" in flags,
    )


def _rest(alts: list[list[str]], opts: NormalizeOptions) -> tuple[frozenset[str], ...]:
    """Accepted forms of a multiword noun's later words, position by position, pooled over
    the line's alternatives of the first one's length (تعليق_مشاركة|تعليق_المساعدة: each
    alternative's own second word counts, not only the first alternative's)."""
    size = len(alts[0])
    return tuple(
        frozenset(
            normalize(f, opts) for alt in alts if len(alt) == size for f in modifier_forms(alt[k])
        )
        for k in range(1, size)
    )


def load_lexicon(opts: NormalizeOptions, path: Path | None = None) -> Lexicon:
    """Parse the trigger file and generate every inflected form."""
    path = path or resource("triggers.txt")
    lex = Lexicon()
    section = ""
    for lineno, line in _lines(path):
        if line.startswith("["):
            section = line.strip("[]")
            if section != LIGHT and section not in TYPES:
                raise _bad(path, lineno, f"unknown section [{section}]")
            continue
        fields = line.split()
        if fields and fields[0] in ("n", "p"):  # nouns carry no imperfect column
            fields = [fields[0], fields[1], "-", *fields[2:]]
        if not section or len(fields) < 4 or fields[0] not in ("v", "n", "p"):
            raise _bad(path, lineno, f"cannot read '{line}'")
        try:
            spec = _spec(section, fields, opts)
        except ValueError:  # reach=/window= not a whole number
            raise _bad(path, lineno, f"a number key is not a number in '{line}'") from None
        lex.specs.append(spec)
        if fields[0] == "v":
            perf, impf = fields[1], fields[2]
            if perf != "-":
                lex.add(spec, perfect_forms(perf), False, opts)
            if impf != "-":
                lex.add(spec, imperfect_forms(impf, short=False), True, opts)
                lex.add(spec, short_jussives(perf, impf), True, opts, jussive=True)
        elif fields[0] == "p":
            lex.add(spec, [alt.split("_")[0] for alt in fields[1].split("|")], True, opts)
        else:
            make = owned_forms if spec.owned else noun_forms
            for alt in fields[1].split("|"):
                lex.add(spec, make(alt.split("_")[0]), False, opts)
    return lex


@dataclass(slots=True)
class Cues:
    """Cue word classes from ``cues.txt`` (normalised; verbs fully inflected)."""

    words: dict[str, frozenset[str]] = field(default_factory=dict)
    phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # each class's phrases' first words: most words open no phrase, one set test each
    phrase_firsts: dict[str, frozenset[str]] = field(default_factory=dict)
    memo: dict[str, frozenset[str]] = field(default_factory=dict)
    index: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> its classes
    verbs: frozenset[str] = frozenset()  # the verb classes (``*_verbs``)

    def has(self, name: str, norm: str) -> bool:
        """Whether a token (with its clitics stripped) is a cue of class ``name``."""
        found = self.memo.get(norm)  # the memo first: asked ~30 times per sentence
        return name in (found if found is not None else self.classes(norm))

    def classes(self, norm: str) -> frozenset[str]:
        """Every cue class a token belongs to (memoised per token)."""
        found = self.memo.get(norm)
        if found is None:
            if not self.index:
                self.reindex()
            found = frozenset()
            index = self.index
            # the union of each reading's classes; a loop, not a union of a generator of
            # method calls: it runs for each new word of a text. ك (like) glues to nouns
            # only, so no verb class reads through it: كامل (complete) is no ك + أمل
            # (hoped). ب is kept: a verbal noun spelled as the verb carries its sense
            # (بأمل، بنفي). س (will) glues to imperfect verbs only: سنية (Sunni) is no
            # س + نية (intention).
            for c, pre in candidates(norm):
                got = index.get(c)
                if got and "س" in pre:
                    got = got & self.verbs
                if got:
                    found = found | (got - self.verbs if "ك" in pre else got)
            if len(self.memo) > MEMO_MAX:
                self.memo.clear()
            self.memo[norm] = found
        return found

    def reindex(self) -> None:
        """Invert ``words`` so a token's classes are a few dict lookups, not a scan of
        every class (the coder asks for each token of each sentence)."""
        index: dict[str, set[str]] = {}
        for name, group in self.words.items():
            for w in group:
                index.setdefault(w, set()).add(name)
        self.index = {w: frozenset(names) for w, names in index.items()}
        self.verbs = frozenset(name for name in self.words if name.endswith("_verbs"))
        self.memo.clear()


def load_cues(opts: NormalizeOptions, path: Path | None = None) -> Cues:
    path = path or resource("cues.txt")
    cues = Cues()
    raw: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    section = ""
    for lineno, line in _lines(path):
        if line.startswith("["):
            section = line.strip("[]")
            raw.setdefault(section, set())
            continue
        if not section:
            raise _bad(path, lineno, "a cue word before any [section]")
        fields = line.split()
        if section.endswith("_verbs"):
            perf, impf = ([*fields, "-"])[:2]
            hollow = len(perf) == 3 and perf[1] == "ا"
            forms = (perfect_forms(perf) if perf != "-" else set()) | (
                imperfect_forms(impf, hollow) if impf != "-" else set()
            )
            raw[section] |= {normalize(f, opts) for f in forms}
            continue
        for w in fields:
            if "_" in w:
                phrases.setdefault(section, []).append(
                    tuple(normalize(p, opts) for p in w.split("_"))
                )
            else:
                raw[section].add(normalize(w, opts))
    cues.words = {k: frozenset(v) for k, v in raw.items()}
    cues.phrases = {k: tuple(v) for k, v in phrases.items()}
    cues.phrase_firsts = {k: frozenset(seq[0] for seq in v) for k, v in phrases.items()}
    cues.reindex()
    return cues


_FUNCTION_CLASSES = (
    "complementizers",
    "prepositions",
    "clause_breaks",
    "negation",
    "modal",
)


STREET_ACT = Spec(type="PROTEST", pos="verb", lemma="street act", cameo="141", mode="demonstrate")
RIOT_ACT = Spec(type="PROTEST", pos="verb", lemma="riot act", cameo="145", mode="riot")
# chanting, banners, sweeping the streets: a protest even by protesters already named
CROWD_ACT = Spec(type="PROTEST", pos="verb", lemma="crowd act", cameo="141", mode="demonstrate")


@lru_cache(maxsize=4)
def load_resources(opts: NormalizeOptions) -> tuple[Lexicon, Cues]:
    """The trigger lexicon (without forms that are function words) and the cue words."""
    lex, cues = load_lexicon(opts), load_cues(opts)
    for name in _FUNCTION_CLASSES:
        lex.drop(cues.words.get(name, ()))
    lex.set_stop(cues.words.get("not_triggers", frozenset()))
    for name, spec in (
        ("street_act_verbs", STREET_ACT),
        ("riot_act_verbs", RIOT_ACT),
        ("crowd_act_verbs", CROWD_ACT),
    ):
        for form in cues.words.get(name, ()):  # with و/ف: one look-up per token
            lex.acts.update({form: (spec, ""), "و" + form: (spec, "و"), "ف" + form: (spec, "ف")})
    lex.crowd = cues.words.get("protesters", frozenset())
    return lex, cues
