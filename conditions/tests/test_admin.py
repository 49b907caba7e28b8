import pytest
from django.core.management import call_command

from conditions.models import ConditionPage


@pytest.fixture
def demo(db, tmp_path):
    call_command("build_demo_content", stdout=open(tmp_path / "out", "w"))  # noqa: SIM115


def test_editor_has_a_trust_and_review_tab(demo, admin_client):
    page = ConditionPage.objects.get(slug="calciphylaxis")
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Trust and review" in html
    assert "Authors and clinical reviewers" in html
    assert "Next review due" in html


@pytest.mark.parametrize(
    "path",
    [
        "/admin/snippets/conditions/contributor/",
        "/admin/snippets/home/helpline/",
        "/admin/settings/home/informationsettings/",
    ],
)
def test_snippets_and_settings_open_for_editors(demo, admin_client, path):
    assert admin_client.get(path, follow=True).status_code == 200
