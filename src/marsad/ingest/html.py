"""HTML to article text: trafilatura for the main content, a flat stdlib parser as fallback.

The fallback never recurses, so pathological nesting (10,000 open tags) cannot blow the
stack; the pipeline's ``lines`` step then marks non-body lines (read-also, captions).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"}
_TAG = re.compile(r"<[a-zA-Z!/?]")


class _Flat(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip:
            self.skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def flat_text(html: str) -> str:
    parser = _Flat()
    parser.feed(html)
    parser.close()
    lines = (" ".join(ln.split()) for ln in "".join(parser.parts).splitlines())
    return "\n".join(ln for ln in lines if ln)


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text[:2000]))


def html_to_text(html: str) -> str:
    """The main text of an HTML page (title and boilerplate left out where detectable)."""
    try:
        import trafilatura

        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_recall=True
        )
    except (RecursionError, ValueError, TypeError, AttributeError):
        text = None
    if text and text.strip():
        return text
    return flat_text(html)


def html_title(html: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", html[:200_000], re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    title = " ".join(flat_text(m.group(1)).split())
    return title or None
