import datetime

import pytest
import time_machine

from conditions.models import ConditionPage
from conditions.review import ReviewStatus, pages_needing_review, review_status
from conditions.tests.builders import make_condition, make_home, make_index

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("next_review_due", "status"),
    [
        (None, ReviewStatus.CURRENT),
        (datetime.date(2026, 7, 1), ReviewStatus.OVERDUE),
        (datetime.date(2026, 11, 24), ReviewStatus.OVERDUE),
        (datetime.date(2026, 11, 25), ReviewStatus.DUE_SOON),
        (datetime.date(2027, 1, 24), ReviewStatus.DUE_SOON),
        (datetime.date(2027, 1, 25), ReviewStatus.CURRENT),
    ],
)
def test_review_status_on_a_fixed_day(next_review_due, status):
    assert review_status(next_review_due, TODAY) is status


@pytest.fixture
def pages(db):
    index = make_index(make_home())
    return {
        "overdue": make_condition(index, "Overdue", next_review_due=datetime.date(2026, 7, 1)),
        "soon": make_condition(index, "Soon", next_review_due=datetime.date(2027, 1, 10)),
        "long overdue": make_condition(index, "Long overdue", next_review_due=datetime.date(2025, 1, 1)),
        "current": make_condition(index, "Current", next_review_due=datetime.date(2028, 1, 1)),
    }


def test_pages_needing_review_are_soonest_first(pages):
    found = list(pages_needing_review(ConditionPage.objects.all(), TODAY).values_list("title", flat=True))
    assert found == ["Long overdue", "Overdue", "Soon"]


@time_machine.travel(datetime.datetime(2026, 11, 25, 12, 0), tick=False)
def test_report_lists_overdue_and_due_soon_pages_linking_to_their_editor(pages, admin_client):
    response = admin_client.get("/admin/reports/information-due-for-review/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Information due for review" in html
    positions = [html.index(f'/admin/pages/{pages[key].pk}/edit/"') for key in ("long overdue", "overdue", "soon")]
    assert positions == sorted(positions)
    assert f"/admin/pages/{pages['current'].pk}/edit/" not in html
    assert html.count("Overdue") >= 2
    assert "Due soon" in html


@time_machine.travel(datetime.datetime(2024, 1, 1, 12, 0), tick=False)
def test_report_is_empty_when_nothing_is_due(pages, admin_client):
    html = admin_client.get("/admin/reports/information-due-for-review/").content.decode()
    assert f"/admin/pages/{pages['overdue'].pk}/edit/" not in html
    assert "No information pages are overdue" in html


def test_report_is_in_the_reports_menu(pages, admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "/admin/reports/information-due-for-review/" in html
