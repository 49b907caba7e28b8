"""The one place submitted HTML is cleaned.

Used when text arrives and again wherever it is shown (public pages and the
admin preview), so a bug in one path cannot leak markup from another.

`text_to_html` turns what a person typed in a plain textarea into the small
HTML subset we store; `clean_html` is the allowlist every stored or shown
fragment goes through.
"""

import html
import re
import unicodedata
from functools import partial
from urllib.parse import urlsplit

import bleach
from bleach import html5lib_shim
from bleach.linkifier import LinkifyFilter
from django.utils.safestring import mark_safe

ALLOWED_TAGS = frozenset({"p", "br", "strong", "em", "ul", "ol", "li", "a"})
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener"

# Elements whose *content* is code, foreign markup or a parser trap. Stripping
# only their tags would leave script source or CSS behind as visible text, and
# foreign (SVG/MathML) content is where mutation XSS lives, so all of it goes.
DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "template",
        "svg",
        "math",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "noscript",
        "noembed",
        "noframes",
        "xmp",
        "plaintext",
        "title",
        "textarea",
        "select",
        "head",
        "canvas",
        "audio",
        "video",
    }
)


def _is_safe_href(value):
    """Only absolute http(s) and mailto links, with nothing invisible in them.

    Browsers ignore some characters inside a scheme and bleach allows
    relative links by default; a story has no need for either.
    """
    value = value.strip()
    if not value or any(ch.isspace() or unicodedata.category(ch) in {"Cc", "Cf"} for ch in value):
        return False
    parts = urlsplit(value)
    if parts.scheme.lower() in {"http", "https"}:
        return bool(parts.netloc)
    return parts.scheme.lower() == "mailto" and bool(parts.path)


def _allowed_attribute(tag, name, value):
    if tag != "a":
        return False
    if name == "href":
        return _is_safe_href(value)
    return name == "rel"


def _force_rel(attrs, new=False):
    # Every link a member of the public wrote must not pass on our reputation
    # (nofollow) or a handle to this window (noopener).
    if (None, "href") in attrs:
        attrs[(None, "rel")] = LINK_REL
    else:
        attrs.pop((None, "rel"), None)
    return attrs


class _DropUnsafeContent(html5lib_shim.Filter):
    """Remove DROP_WITH_CONTENT elements and everything inside them."""

    def __iter__(self):
        depth = 0
        for token in super().__iter__():
            name = (token.get("name") or "").lower()
            if token["type"] in {"StartTag", "EndTag", "EmptyTag"} and name in DROP_WITH_CONTENT:
                if token["type"] == "StartTag":
                    depth += 1
                elif token["type"] == "EndTag":
                    depth = max(0, depth - 1)
                continue
            if depth == 0:
                yield token


class _Cleaner(bleach.Cleaner):
    """bleach's Cleaner, with dangerous content removed before the allowlist runs.

    bleach's parser turns tags outside the allowlist into text before the tree
    is built, so it must also know DROP_WITH_CONTENT to parse them (script as
    raw text, SVG as foreign content, like a browser) for the filter to remove.
    The sanitizer itself still allows only ALLOWED_TAGS.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.parser = html5lib_shim.BleachHTMLParser(
            tags=self.tags | DROP_WITH_CONTENT,
            strip=self.strip,
            consume_entities=False,
            namespaceHTMLElements=False,
        )
        walk_tree = self.walker
        self.walker = lambda dom: _DropUnsafeContent(walk_tree(dom))


_cleaner = _Cleaner(
    tags=ALLOWED_TAGS,
    attributes=_allowed_attribute,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_force_rel], parse_email=False)],
)

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_html(value: str) -> str:
    """Return `value` with everything outside the allowlist removed."""
    if not value:
        return ""
    # str(): form help texts are lazy translation strings.
    return _cleaner.clean(_CONTROL_CHARACTERS.sub("", str(value)))


def render_clean(value: str):
    """Clean and mark safe in one step, so templates never mark raw input safe."""
    return mark_safe(clean_html(value))  # noqa: S308 - cleaned on the line above


_BULLET = re.compile(r"^\s*[-*•]\s+")


def text_to_html(text: str) -> str:
    """Turn text typed in a textarea into clean HTML.

    Everything typed is shown as typed: markup is escaped, not interpreted.
    A blank line starts a new paragraph, a single line break is kept, lines
    that all start with "-" or "*" become a bulleted list, and web addresses
    become links (see clean_html).
    """
    text = _CONTROL_CHARACTERS.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        return ""
    blocks = []
    for paragraph in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
        if not lines:
            continue
        if all(_BULLET.match(line) for line in lines):
            items = "".join(f"<li>{html.escape(_BULLET.sub('', line), quote=False)}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append("<p>" + "<br>".join(html.escape(line, quote=False) for line in lines) + "</p>")
    return clean_html("\n".join(blocks))


def html_to_text(value: str) -> str:
    """The inverse of text_to_html, for putting a stored story back in a textarea."""
    cleaned = clean_html(value)
    cleaned = re.sub(r"<li>", "- ", cleaned)
    cleaned = re.sub(r"</li>\s*", "\n", cleaned)
    cleaned = re.sub(r"<br\s*/?>", "\n", cleaned)
    cleaned = re.sub(r"</(p|ul|ol)>\s*", "\n\n", cleaned)
    text = html.unescape(bleach.clean(cleaned, tags=set(), strip=True))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
