import sys

from django.test import RequestFactory
from django.views.debug import ExceptionReporter

# Built at run time so the report's source-code excerpt cannot contain it.
CANARY = "-".join(["CANARY", "kidney", "story", "7f3a"])
EMAIL = "@".join(["person", "example.org"])


def test_error_report_holds_no_submitted_text_or_local_values():
    request = RequestFactory().post("/stories/share/", {"body": CANARY, "email": EMAIL})
    story_text = CANARY  # a local variable in the failing frame  # noqa: F841
    try:
        raise ValueError("processing failed")
    except ValueError:
        reporter = ExceptionReporter(request, *sys.exc_info())
    text = reporter.get_traceback_text()
    html = reporter.get_traceback_html()
    assert "processing failed" in text
    for report in (text, html):
        assert CANARY not in report
        assert EMAIL not in report
