"""The sanitizer against XSS vectors, checked by parsing what comes out.

Each output is parsed the way a browser would (html5lib, a spec parser) and
every element, attribute and link is checked against the allowlist, rather
than compared with a hand-written expected string.
"""

from urllib.parse import urlsplit

import pytest
from bleach._vendor import html5lib  # the spec-compliant parser bleach itself uses

from intake.sanitize import ALLOWED_TAGS, clean_html, html_to_text, render_clean, text_to_html

VECTORS = {
    "script": "<script>alert('CANARY')</script>",
    "script-uppercase": "<SCRIPT SRC=//evil.example/x.js>CANARY</SCRIPT>",
    "script-unclosed": "<script>alert('CANARY')",
    "script-split": "<scr<script>ipt>alert('CANARY')</scr</script>ipt>",
    "img-onerror": "<img src=x onerror=alert('CANARY')>",
    "body-onload": "<body onload=alert('CANARY')>",
    "event-on-allowed-tag": "<p onclick=\"alert('CANARY')\" onmouseover=alert(1)>text</p>",
    "javascript-href": "<a href=\"javascript:alert('CANARY')\">x</a>",
    "javascript-entities": '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    "javascript-hex-entities": '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
    "javascript-named-colon": '<a href="javascript&colon;alert(1)">x</a>',
    "javascript-tab": '<a href="jav\tascript:alert(1)">x</a>',
    "javascript-tab-entity": '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "javascript-newline": '<a href="java\nscript:alert(1)">x</a>',
    "javascript-zero-width": '<a href="java\u200bscript:alert(1)">x</a>',
    "javascript-leading-space": '<a href=" \x01javascript:alert(1)">x</a>',
    "javascript-mixed-case": '<a href="JaVaScRiPt:alert(1)">x</a>',
    "vbscript": '<a href="vbscript:msgbox(1)">x</a>',
    "data-url-html": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "data-url-img": '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    "protocol-relative": '<a href="//evil.example/">x</a>',
    "svg-onload": "<svg onload=alert('CANARY')><circle r=10></circle></svg>",
    "svg-script": "<svg><script>alert('CANARY')</script></svg>",
    "svg-foreignobject": "<svg><foreignObject><p onclick=alert(1)>CANARY</p></foreignObject></svg>",
    "svg-animate-href": "<svg><a><animate attributeName=href values=javascript:alert(1) />CANARY</a></svg>",
    "svg-style-namespace": "<svg><style><img src=x onerror=alert('CANARY')></style></svg>",
    "math-mglyph-style": "<math><mtext><table><mglyph><style><img src=x onerror=alert('CANARY')>",
    "math-href": '<math href="javascript:alert(1)">CANARY</math>',
    "form-math-mxss": "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert('CANARY')>",
    "noscript-mxss": "<noscript><p title=\"</noscript><img src=x onerror=alert('CANARY')>\">",
    "style-tag": "<style>body{background:url(javascript:alert('CANARY'))}</style>",
    "style-attribute": "<p style=\"background:url('javascript:alert(1)')\">text</p>",
    "style-expression": '<p style="width: expression(alert(1))">text</p>',
    "iframe": "<iframe src=\"javascript:alert('CANARY')\">CANARY</iframe>",
    "iframe-srcdoc": "<iframe srcdoc=\"<script>alert('CANARY')</script>\"></iframe>",
    "object": '<object data="javascript:alert(1)">CANARY</object>',
    "embed": '<embed src="https://evil.example/x.swf">',
    "base": '<base href="javascript:alert(1)//">',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "link-stylesheet": '<link rel=stylesheet href="https://evil.example/x.css">',
    "form-action": '<form action="javascript:alert(1)"><button>go</button></form>',
    "input-autofocus": "<input autofocus onfocus=alert(1)>",
    "details-ontoggle": "<details open ontoggle=alert(1)>",
    "comment-hiding-script": "<!--<script>alert('CANARY')</script>-->",
    "comment-breakout": "<!-- --!><script>alert('CANARY')</script> -->",
    "conditional-comment": "<!--[if IE]><script>alert('CANARY')</script><![endif]-->",
    "cdata": "<![CDATA[><script>alert('CANARY')</script>]]>",
    "nested-quotes": "<a href='https://ok.example/\"onmouseover=\"alert(1)'>x</a>",
    "attribute-breakout": '<a title="a" onclick="alert(1)" href="https://ok.example/">x</a>',
    "unclosed-attribute": '<a href="https://ok.example/ onclick=alert(1) <script>alert(1)</script>',
    "template": "<template><script>alert('CANARY')</script></template>",
    "textarea-breakout": "<textarea><img src=x onerror=alert('CANARY')></textarea>",
    "title-breakout": "<title><img src=x onerror=alert('CANARY')></title>",
    "xmp": "<xmp><img src=x onerror=alert('CANARY')></xmp>",
    "plaintext": "<plaintext><img src=x onerror=alert('CANARY')>",
    "null-byte-tag": "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "rel-opener-kept-out": '<a href="https://ok.example/" rel="opener" target="_blank">x</a>',
    "allowed-tag-with-id": '<strong id="main-content" class="x" data-x="y">text</strong>',
}


def _parse(fragment):
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    return parser.parseFragment(fragment)


def _elements(tree):
    for element in tree.iter():
        if isinstance(element.tag, str):
            yield element


def assert_nothing_executable(output):
    tree = _parse(output)
    for element in _elements(tree):
        if element.tag == "DOCUMENT_FRAGMENT":
            continue
        assert element.tag in ALLOWED_TAGS, f"{element.tag!r} in {output!r}"
        if element.tag == "a" and element.attrib:
            # A link keeps exactly an allowed href and our rel, or nothing.
            assert set(element.attrib) == {"href", "rel"}, output
            assert urlsplit(element.attrib["href"]).scheme in {"http", "https", "mailto"}, output
            assert element.attrib["rel"] == "nofollow noopener", output
        else:
            assert not element.attrib, f"attributes {element.attrib} on <{element.tag}> in {output!r}"
    # The sanitizer must be stable: cleaning its own output changes nothing.
    assert clean_html(output) == output


@pytest.mark.parametrize("vector", VECTORS.values(), ids=VECTORS.keys())
def test_vector_leaves_nothing_executable(vector):
    assert_nothing_executable(clean_html(vector))


@pytest.mark.parametrize("vector", VECTORS.values(), ids=VECTORS.keys())
def test_vector_typed_into_the_story_box_is_shown_as_text(vector):
    # What people type is escaped by text_to_html, then cleaned again.
    assert_nothing_executable(text_to_html(vector))


def test_there_are_at_least_thirty_vectors():
    assert len(VECTORS) >= 30


@pytest.mark.parametrize(
    "vector",
    [
        VECTORS["script"],
        VECTORS["script-unclosed"],
        VECTORS["svg-script"],
        VECTORS["svg-style-namespace"],
        VECTORS["math-mglyph-style"],
        VECTORS["style-tag"],
        VECTORS["iframe"],
        VECTORS["template"],
        VECTORS["textarea-breakout"],
        VECTORS["comment-hiding-script"],
    ],
)
def test_the_content_of_code_and_foreign_elements_is_dropped_not_just_the_tags(vector):
    assert "CANARY" not in clean_html(vector)


def test_allowed_formatting_survives():
    source = (
        "<p>One <strong>strong</strong> and <em>em</em><br>line</p><ul><li>a</li></ul><ol><li>b</li></ol>"
        '<p><a href="https://example.org/x?y=1">link</a> <a href="mailto:help@example.org">mail</a></p>'
    )
    cleaned = clean_html(source)
    tree = _parse(cleaned)
    tags = [element.tag for element in _elements(tree) if element.tag != "DOCUMENT_FRAGMENT"]
    assert tags == ["p", "strong", "em", "br", "ul", "li", "ol", "li", "p", "a", "a"]
    links = [element.attrib for element in _elements(tree) if element.tag == "a"]
    assert links == [
        {"href": "https://example.org/x?y=1", "rel": "nofollow noopener"},
        {"href": "mailto:help@example.org", "rel": "nofollow noopener"},
    ]


def test_relative_links_lose_their_href():
    tree = _parse(clean_html('<a href="/admin/">x</a><a href="page.html">y</a>'))
    assert all("href" not in element.attrib for element in _elements(tree))


def test_render_clean_marks_only_cleaned_text_safe():
    rendered = render_clean("<p>hi</p><script>alert(1)</script>")
    assert str(rendered) == "<p>hi</p>"
    assert hasattr(rendered, "__html__")


def test_text_to_html_keeps_paragraphs_and_line_breaks():
    html = text_to_html("First paragraph\nsame paragraph\r\n\r\nSecond paragraph\n\n\n\nThird")
    tree = _parse(html)
    paragraphs = [element for element in _elements(tree) if element.tag == "p"]
    assert len(paragraphs) == 3
    assert paragraphs[0].text == "First paragraph"
    assert [child.tag for child in paragraphs[0]] == ["br"]
    assert paragraphs[2].text == "Third"


def test_text_to_html_shows_typed_markup_as_text():
    html = text_to_html("I <3 my nurses & <b>doctors</b>")
    assert html == "<p>I &lt;3 my nurses &amp; &lt;b&gt;doctors&lt;/b&gt;</p>"


def test_text_to_html_makes_bullet_lists_and_links():
    html = text_to_html("Things that helped:\n\n- rest\n- the support group at https://example.org/group")
    tree = _parse(html)
    assert [element.tag for element in _elements(tree)][1:] == ["p", "ul", "li", "li", "a"]
    link = next(element for element in _elements(tree) if element.tag == "a")
    assert link.attrib == {"href": "https://example.org/group", "rel": "nofollow noopener"}


def test_text_to_html_of_blank_input_is_empty():
    assert text_to_html("   \n\n  ") == ""


def test_html_to_text_round_trips_what_people_typed():
    typed = "First line\nsecond line\n\n- one\n- two & three\n\nI <3 this"
    assert html_to_text(text_to_html(typed)) == typed
