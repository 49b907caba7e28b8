import csv
import datetime
import io

import openpyxl
import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from .conftest import sign_in_recently

pytestmark = pytest.mark.django_db

INDEX = "representative_applications:index"


@pytest.fixture
def member(make_member, rare_renal):
    return make_member("amira", rare_renal)


@pytest.fixture
def applications(submit, calciphylaxis, cystinosis):
    return {
        "mine": submit(
            name='=HYPERLINK("http://evil.example")',
            phone="+44 20 7946 0000",
            conditions=[cystinosis],
            other_condition="@SUM(1)",
            interests=["speak", "research"],
            region="wales",
        ),
        "mine_other_region": submit(region="scotland"),
        "theirs": submit(conditions=[calciphylaxis]),
    }


def read_csv(response):
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def read_xlsx(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]], workbook.active


def test_csv_holds_the_filtered_team_list_without_free_text(client, member, applications):
    sign_in_recently(client, member)
    response = client.get(reverse(INDEX), {"export": "csv", "region": "wales"})
    assert response["Content-Type"] == "text/csv"
    rows = read_csv(response)
    assert [row["Reference"] for row in rows] == [applications["mine"].reference]
    row = rows[0]
    assert row["Email"] == "applicant@example.org"
    assert row["Conditions"] == "Cystinosis; Other: @SUM(1)"
    assert row["Would like to"] == "Speak at events; Join a research study or steering group"
    assert row["Nation or region"] == "Wales"
    assert row["Status"] == "New"
    assert row["Team"] == "Rare Renal team"
    whole = str(rows)
    for private in ("Canary experience", "Canary availability", "Canary access needs"):
        assert private not in whole
    assert not any(key in row for key in ("Experience", "Availability", "Access needs"))


def test_formula_injection_is_neutralised(client, member, applications):
    sign_in_recently(client, member)
    row = read_csv(client.get(reverse(INDEX), {"export": "csv", "region": "wales"}))[0]
    assert row["Name"] == '\'=HYPERLINK("http://evil.example")'
    assert row["Phone"] == "'+44 20 7946 0000"
    rows, sheet = read_xlsx(client.get(reverse(INDEX), {"export": "xlsx", "region": "wales"}))
    assert rows[0]["Name"] == '\'=HYPERLINK("http://evil.example")'
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_xlsx_holds_every_visible_row_and_no_other_teams(client, member, applications):
    sign_in_recently(client, member)
    rows, _ = read_xlsx(client.get(reverse(INDEX), {"export": "xlsx"}))
    references = {row["Reference"] for row in rows}
    assert references == {applications["mine"].reference, applications["mine_other_region"].reference}
    assert "Experience" not in rows[0]


def test_each_export_is_in_the_audit_log(client, member, applications, rare_renal):
    sign_in_recently(client, member)
    read_csv(client.get(reverse(INDEX), {"export": "csv", "region": "wales", "team": rare_renal.pk}))
    client.get(reverse(INDEX), {"export": "xlsx", "q": "Zebedee"})
    entries = list(ModelLogEntry.objects.filter(action="representatives.export").order_by("pk"))
    assert len(entries) == 2
    assert entries[0].user == member
    assert entries[0].data == {"format": "csv", "rows": 1, "filters": {"region": "wales", "team": rare_renal.pk}}
    assert entries[1].data["format"] == "xlsx"
    assert entries[1].data["rows"] == 0
    assert entries[1].data["filters"] == {"search": "(text search)"}  # a typed name never reaches the log


def test_an_export_from_an_old_sign_in_asks_for_the_password_again(client, member, applications):
    with time_machine.travel(timezone.now() - datetime.timedelta(minutes=20)):
        sign_in_recently(client, member)  # twenty minutes ago: past allauth's five minutes
    response = client.get(reverse(INDEX), {"export": "csv"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert not ModelLogEntry.objects.filter(action="representatives.export").exists()

    # The list itself still opens; only the export asks.
    assert client.get(reverse(INDEX)).status_code == 200

    client.post(response["Location"], {"password": "a-long-test-password"})
    fresh = client.get(reverse(INDEX), {"export": "csv"})
    assert fresh.status_code == 200
    assert fresh["Content-Type"] == "text/csv"
    assert {row["Reference"] for row in read_csv(fresh)} == {
        applications["mine"].reference,
        applications["mine_other_region"].reference,
    }
