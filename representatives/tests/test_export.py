import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

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
    client.force_login(member)
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
    client.force_login(member)
    row = read_csv(client.get(reverse(INDEX), {"export": "csv", "region": "wales"}))[0]
    assert row["Name"] == '\'=HYPERLINK("http://evil.example")'
    assert row["Phone"] == "'+44 20 7946 0000"
    rows, sheet = read_xlsx(client.get(reverse(INDEX), {"export": "xlsx", "region": "wales"}))
    assert rows[0]["Name"] == '\'=HYPERLINK("http://evil.example")'
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_xlsx_holds_every_visible_row_and_no_other_teams(client, member, applications):
    client.force_login(member)
    rows, _ = read_xlsx(client.get(reverse(INDEX), {"export": "xlsx"}))
    references = {row["Reference"] for row in rows}
    assert references == {applications["mine"].reference, applications["mine_other_region"].reference}
    assert "Experience" not in rows[0]


def test_each_export_is_in_the_audit_log(client, member, applications, rare_renal):
    client.force_login(member)
    read_csv(client.get(reverse(INDEX), {"export": "csv", "region": "wales", "team": rare_renal.pk}))
    client.get(reverse(INDEX), {"export": "xlsx", "q": "Zebedee"})
    entries = list(ModelLogEntry.objects.filter(action="representatives.export").order_by("pk"))
    assert len(entries) == 2
    assert entries[0].user == member
    assert entries[0].data == {"format": "csv", "rows": 1, "filters": {"region": "wales", "team": rare_renal.pk}}
    assert entries[1].data["format"] == "xlsx"
    assert entries[1].data["rows"] == 0
    assert entries[1].data["filters"] == {"search": "(text search)"}  # a typed name never reaches the log
