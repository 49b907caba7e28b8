"""'Download this information (PDF)': the published page, printable and offline.

The PDF is laid out by a plain HTML template (templates/conditions/condition_pdf.html)
that fpdf2 turns into PDF with its built-in Helvetica, so no system fonts are
needed. Built-in fonts cover Windows-1252 (curly quotes, en dashes, accents);
anything beyond that is transliterated rather than allowed to crash.
"""

import re

from anyascii import anyascii
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from fpdf import FPDF
from fpdf.html import DEFAULT_TAG_STYLES

from home.helpline import helpline_for
from home.models import InformationSettings

# The key carries the live revision, so publishing a new revision makes a new
# PDF at once; the timeout lets helpline or disclaimer changes through within a day.
CACHE_SECONDS = 60 * 60 * 24
ENCODING = "windows-1252"
BRAND = "#00594f"
HEADING_STYLES = {tag: DEFAULT_TAG_STYLES[tag].replace(color=BRAND) for tag in ("h1", "h2", "h3")}


def condition_pdf_response(page, request):
    key = f"condition-pdf:{page.pk}:{page.live_revision_id}"
    content = cache.get(key)
    if content is None:
        content = render_condition_pdf(page, request)
        cache.set(key, content, CACHE_SECONDS)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}-information.pdf"'
    return response


def render_condition_pdf(page, request):
    authors, reviewers = page.contributors_by_kind()
    html = render_to_string(
        "conditions/condition_pdf.html",
        {
            "page": page,
            "page_url": request.build_absolute_uri(page.get_url(request)),
            "authors": authors,
            "reviewers": reviewers,
            "due_for_review": page.is_due_for_review(timezone.localdate()),
            "helpline": helpline_for(request, page.helpline_id),
            "disclaimer": InformationSettings.for_request(request).disclaimer,
        },
        request=request,
    )
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = ENCODING
    pdf.set_title(printable(page.title))
    pdf.set_lang("en-GB")
    pdf.set_creator("Rare Kidney Conditions Portal")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    # Links inside a PDF need the whole address.
    html = re.sub(r'href="/', f'href="{request.scheme}://{request.get_host()}/', html)
    pdf.write_html(
        printable(html),
        warn_on_tags_not_matching=False,
        ul_bullet_char="\u2022",
        li_prefix_color=BRAND,
        tag_styles=HEADING_STYLES,
    )
    return bytes(pdf.output())


def printable(text):
    """Keep what the built-in fonts can draw; transliterate the rest (e.g. Greek letters, emoji)."""
    return "".join(char if _encodable(char) else anyascii(char) for char in text)


def _encodable(char):
    try:
        char.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return True
