import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from accounts.testing import give_totp, sign_in_staff
from representatives.models import RepresentativeApplication
from teams.membership import TEAM_MEMBERS_GROUP
from teams.models import Team, TeamMembership

pytestmark = pytest.mark.browser

PASSWORD = "a-long-browser-test-password"


@pytest.fixture
def rare_renal_member(demo_site):
    user = get_user_model().objects.create_user("rita", "rita@example.org", PASSWORD, first_name="Rita")
    TeamMembership.objects.create(team=Team.objects.get(name="Rare Renal team"), user=user)
    # Live-server tests flush the database, taking the migration-made group with it.
    group, _ = Group.objects.get_or_create(name=TEAM_MEMBERS_GROUP)
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="work_applications")
    )
    user.groups.add(group)
    user.totp_secret = give_totp(user)
    return user


def test_team_member_finds_an_application_adds_a_note_and_marks_it_contacted(page, site_url, rare_renal_member):
    application = RepresentativeApplication.objects.get(team__name="Rare Renal team")

    sign_in_staff(page, site_url, rare_renal_member.email, PASSWORD, rare_renal_member.totp_secret)
    page.get_by_role("link", name="Representative applications").first.click()
    page.wait_for_url("**/admin/representative-applications/")

    page.locator("main").get_by_role("textbox", name="Search").fill(application.reference)
    page.keyboard.press("Enter")
    page.get_by_role("link", name=application.reference).click()

    page.get_by_label("Add an internal note").fill("Phoned; will call back on Friday.")
    page.get_by_role("button", name="Add note").click()
    expect(page.get_by_text("Note added.")).to_be_visible()
    page.get_by_label("Change status to").select_option("contacted")
    page.get_by_role("button", name="Change status").click()
    expect(page.get_by_text("Status changed to “Contacted”.")).to_be_visible()

    history = page.locator("section[aria-labelledby=history-heading]")
    expect(history.get_by_text("Added an internal note")).to_be_visible()
    expect(history.get_by_text("Status changed from “New” to “Contacted”")).to_be_visible()
    expect(page.get_by_text("Phoned; will call back on Friday.")).to_be_visible()
    application.refresh_from_db()
    assert application.status == "contacted"
