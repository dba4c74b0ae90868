"""Body vs non-body lines: read-also links, follow/share prompts, sources, bylines, captions."""

from __future__ import annotations

import re

from marsad.doc import Line

_NONBODY = [
    ("read-also", r"^\s*(?:اقرأ|إقرأ|اقرا|إقرا|طالع|اطلع)\s+(?:أيضا|ايضا|أيضاً|ايضاً|المزيد|كذلك)"),
    ("read-also", r"^\s*(?:شاهد|شاهدوا|شاهدي)\s+(?:أيضا|ايضا|أيضاً|ايضاً|المزيد|الفيديو|بالفيديو)"),
    (
        "read-also",
        r"^\s*(?:للمزيد|لمزيد من|المزيد من الأخبار|مواضيع ذات صلة|أخبار ذات صلة|ذات صلة\s*:)",
    ),
    (
        "follow",
        r"^\s*(?:تابعونا|تابعوا|تابع|تابعنا)\b.{0,80}(?:تويتر|فيسبوك|فيس بوك|إنستغرام|انستغرام|يوتيوب|تلغرام|تيليغرام|واتساب|على|عبر)",
    ),
    (
        "share",
        r"^\s*(?:شارك|شاركوا|اشترك|اشتركوا|للاشتراك|سجل|حمّل|حمل تطبيق)\b.{0,60}(?:المقال|الخبر|النشرة|القناة|تطبيق|هنا|على|في|عبر)",
    ),
    ("source", r"^\s*(?:المصدر|المصادر|مصدر الخبر|source)\s*[:：]"),
    ("byline", r"^\s*(?:كتب|كتبت|بقلم|إعداد|اعداد|تقرير|تحرير|ترجمة|متابعة)\s*[:：\-–]"),
    ("caption", r"^\s*(?:الصورة|صورة|صور|الصور|الفيديو|فيديو)\s*(?:[:：\-–(]|أرشيفية|من الأرشيف)"),
    (
        "caption",
        r"^\s*\(?(?:صورة أرشيفية|أرشيفية|من الأرشيف|Getty Images|AFP|Reuters|رويترز|فرانس برس)\)?\s*$",
    ),
    (
        "agency",
        r"^\s*[-–—(]?\s*(?:وكالات|رويترز|أ ف ب|فرانس برس|الأناضول|سبوتنيك|د ب أ)\s*[)]?\s*$",
    ),
]
NONBODY_RE = [(reason, re.compile(p, re.IGNORECASE)) for reason, p in _NONBODY]


def classify(text: str) -> str | None:
    """The reason a line is not article body, or None for body."""
    for reason, pattern in NONBODY_RE:
        if pattern.search(text):
            return reason
    return None


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
    return lines
