"""Body vs non-body lines: read-also links, follow/share prompts, sources, bylines, captions."""

from __future__ import annotations

import re

from marsad.doc import Line

# Prompts (follow, share, subscribe) are short lines; an article sentence that starts
# with the same verb (شارك الوزير في ..., سجل اللاعب هدفا) is long or lacks the object.
_PROMPT_OBJECT = (
    r"(?:المقال|الخبر|الموضوع|النشرة|القناة|التطبيق|تطبيق|هنا|الآن|مجان|صفحتنا|حسابنا|موقعنا"
    r"|تويتر|فيسبوك|فيس بوك|إنستغرام|انستغرام|يوتيوب|تلغرام|تيليغرام|واتساب|سناب)"
)
_AGENCY = (
    r"(?:وكالات|رويترز|أ\.? ?ف\.? ?ب|فرانس ?برس|فرانس ?24|الأناضول|سبوتنيك|د\.? ?ب\.? ?أ|"
    r"أسوشيتد برس|واس|وام|قنا|كونا|سانا|بترا|إرنا|AFP|Reuters|AP)"
)
_NONBODY = [
    ("read-also", r"^\s*(?:اقرأ|إقرأ|اقرا|إقرا|طالع|اطلع)\s+(?:أيضا|ايضا|أيضاً|ايضاً|المزيد|كذلك)"),
    ("read-also", r"^\s*(?:شاهد|شاهدوا|شاهدي)\s+(?:أيضا|ايضا|أيضاً|ايضاً|المزيد|الفيديو|بالفيديو)"),
    (
        "read-also",
        r"^\s*(?:للمزيد|لمزيد من|المزيد من الأخبار|مواضيع ذات صلة|أخبار ذات صلة|ذات صلة\s*:)",
    ),
    ("follow", rf"^\s*(?:تابعونا|تابعوا|تابعنا)\b.{{0,80}}{_PROMPT_OBJECT}.{{0,40}}$"),
    (
        "share",
        rf"^\s*(?:شارك|شاركوا|شاركي|اشترك|اشتركوا|للاشتراك|سجل الآن|حمّل|حمل|نزّل)\b"
        rf".{{0,60}}{_PROMPT_OBJECT}.{{0,40}}$",
    ),
    ("source", r"^\s*(?:المصدر|المصادر|مصدر الخبر|source)\s*[:：]"),
    ("source", r"^\s*\*?\s*(?:نقلا|نقلاً)\s+عن\s.{0,60}$"),
    ("source", r"^\s*(?:نشر|نُشر)\s+هذا\s+(?:المقال|التقرير|الموضوع)\b"),
    (
        "disclaimer",
        r"^\s*\**\s*(?:جميع المقالات المنشورة|المقالات المنشورة|حقوق النشر|جميع الحقوق)",
    ),
    (
        "share",
        rf"^\s*(?:لمتابعة|للمتابعة|لمشاهدة)\b.{{0,60}}(?:الحواسيب|الهواتف|اضغط|انقر|هنا|{_PROMPT_OBJECT})"
        r".{0,40}$",
    ),
    ("byline", r"^\s*(?:كتب|كتبت|بقلم|إعداد|اعداد|تقرير|تحرير|ترجمة|متابعة)\s*[:：\-–]"),
    ("byline", r"^\s*بقلم\s+\S+(?:\s+\S+){0,4}\s*$"),
    ("caption", r"^\s*(?:الصورة|صورة|صور|الصور|الفيديو|فيديو)\s*(?:[:：\-–(]|أرشيفية|من الأرشيف)"),
    (
        "caption",
        r"^\s*\(?(?:صورة أرشيفية|أرشيفية|من الأرشيف|Getty Images|AFP|Reuters|رويترز|فرانس برس)\)?\s*$",
    ),
    ("agency", rf"^[\s\-–—(*]*{_AGENCY}(?:\s*[/،,\-–]\s*{_AGENCY})*[\s)]*$"),
]
NONBODY_RE = [(reason, re.compile(p, re.IGNORECASE)) for reason, p in _NONBODY]


def classify(text: str) -> str | None:
    """The reason a line is not article body, or None for body."""
    for reason, pattern in NONBODY_RE:
        if pattern.search(text):
            return reason
    return None


# CNN Arabic appends lead paragraphs of other stories after the article, with no
# marker. Body paragraphs after the lead continue the story, so they open with a
# connective (و ف), a continuation phrase (يذكر أن, من جانبه) or sit under a short
# sub-heading; a teaser opens like a fresh lead (a bare verb and its subject). A
# trailing run of at least ``_TEASER_MIN_RUN`` such paragraphs is taken as teasers.
_CNN_DATELINE = re.compile(r"\(\s*CNN\s*\)", re.IGNORECASE)
_CONTINUATION = re.compile(
    r"^\s*(?:[\"«“(]|[وف]|كما|يذكر|يشار|يأتي|ياتي|يجدر|هذا|من جانب|من جهت|بدور|في حين|في المقابل"
    r"|في غضون|إلى ذلك|الى ذلك|أيضا|أيضاً|ايضا|لكن|غير أن|إلا أن|بينما|حيث|ذلك|أما|ثم|إذ)"
)
_TEASER_MIN_RUN = 2
_TEASER_MIN_CHARS = 80


def _looks_like_lead(text: str) -> bool:
    return len(text) >= _TEASER_MIN_CHARS and not _CONTINUATION.match(text)


def mark_teasers(lines: list[Line]) -> None:
    """Mark trailing teaser paragraphs of a CNN article as non-body (in place)."""
    body = [ln for ln in lines if ln.body]
    if len(body) < 1 + _TEASER_MIN_RUN or not _CNN_DATELINE.search(body[0].text[:200]):
        return
    run = 0
    while run < len(body) - 1 and _looks_like_lead(body[-1 - run].text):
        run += 1
    if run >= _TEASER_MIN_RUN:
        for ln in body[len(body) - run :]:
            ln.body, ln.reason = False, "teaser"


def split_lines(text: str) -> list[Line]:
    """Lines with offsets; blank lines are dropped, edges trimmed of white space."""
    lines: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            end = start + len(stripped)
            reason = classify(stripped)
            lines.append(
                Line(start=start, end=end, text=stripped, body=reason is None, reason=reason)
            )
        pos += len(raw)
    mark_link_lists(lines)
    mark_teasers(lines)
    return lines


_BARE_READ_ALSO = re.compile(r"[:：\-–]\s*$")
_LINK_MAX_CHARS = 120


def _looks_like_link(text: str) -> bool:
    # body text continues with a connective, or ends a sentence or introduces a list
    return len(text) <= _LINK_MAX_CHARS and text[-1] not in ".!:" and text[0] not in "وف"


def mark_link_lists(lines: list[Line]) -> None:
    """Headline links under a bare "اقرأ أيضاً:" line are related too (in place).

    A link is a short line without a closing full stop; the list ends at the first
    line that reads like body text.
    """
    in_list = False
    for ln in lines:
        if ln.reason == "read-also":
            in_list = bool(_BARE_READ_ALSO.search(ln.text))
        elif in_list and ln.body and _looks_like_link(ln.text):
            ln.body, ln.reason = False, "read-also"
        else:
            in_list = False
