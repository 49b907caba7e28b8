"""The admin workspace: team scoping everywhere, filters, search and the actions on one application."""

import pytest
from django.urls import reverse

from representatives.models import ApplicationLogEntry, ApplicationNote, RepresentativeApplication
from teams.models import TeamMembership

pytestmark = pytest.mark.django_db

INDEX = "representative_applications:index"


def detail_url(application):
    return reverse("representative_applications:detail", args=[application.pk])


@pytest.fixture
def two_teams(submit, make_member, rare_renal, calci_group, calciphylaxis):
    return {
        "a_item": submit(conditions=[]),
        "b_item": submit(conditions=[calciphylaxis]),
        "a_member": make_member("amira", rare_renal),
        "b_member": make_member("bea", calci_group),
    }


def test_each_member_lists_only_their_teams_applications(client, two_teams):
    client.force_login(two_teams["a_member"])
    content = client.get(reverse(INDEX)).content.decode()
    assert two_teams["a_item"].reference in content
    assert two_teams["b_item"].reference not in content

    client.force_login(two_teams["b_member"])
    content = client.get(reverse(INDEX)).content.decode()
    assert two_teams["b_item"].reference in content
    assert two_teams["a_item"].reference not in content


def test_filtering_by_another_team_reveals_nothing(client, two_teams):
    client.force_login(two_teams["a_member"])
    b_team = two_teams["b_item"].team_id
    content = client.get(reverse(INDEX), {"team": b_team}).content.decode()
    assert two_teams["b_item"].reference not in content


def test_another_teams_application_is_a_404_by_url_and_for_actions(client, two_teams):
    client.force_login(two_teams["a_member"])
    b_item = two_teams["b_item"]
    assert client.get(detail_url(b_item)).status_code == 404
    response = client.post(detail_url(b_item), {"action": "note", "note-text": "sneaky"})
    assert response.status_code == 404
    response = client.post(detail_url(b_item), {"action": "status", "status-status": "contacted"})
    assert response.status_code == 404
    assert not ApplicationNote.objects.exists()
    b_item.refresh_from_db()
    assert b_item.status == "new"


def test_superuser_sees_every_team(client, two_teams, superuser):
    client.force_login(superuser)
    content = client.get(reverse(INDEX)).content.decode()
    assert two_teams["a_item"].reference in content
    assert two_teams["b_item"].reference in content
    assert client.get(detail_url(two_teams["b_item"])).status_code == 200


def test_staff_outside_any_team_are_kept_out(client, django_user_model, two_teams):
    from django.contrib.auth.models import Group

    from accounts.testing import give_totp

    editor = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Team members"))  # the group alone is not enough
    give_totp(editor)  # past two-factor, so only team scoping can keep them out
    client.force_login(editor)
    assert client.get(reverse(INDEX)).status_code in (302, 403)
    assert client.get(detail_url(two_teams["a_item"])).status_code in (302, 403)


def test_menu_item_shows_for_team_members_only(client, two_teams, django_user_model):
    client.force_login(two_teams["a_member"])
    assert "Representative applications" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_search_by_reference(client, two_teams, submit):
    other = submit()
    client.force_login(two_teams["a_member"])
    content = client.get(reverse(INDEX), {"q": two_teams["a_item"].reference}).content.decode()
    assert two_teams["a_item"].reference in content
    assert other.reference not in content


@pytest.mark.parametrize(
    ("overrides", "query"),
    [
        ({"region": "wales"}, {"region": "wales"}),
        ({"interests": ["speak", "research"]}, {"interest": "research"}),
        ({"other_condition": "x"}, {"status": "new"}),
    ],
)
def test_filters_narrow_the_list(client, submit, make_member, rare_renal, overrides, query):
    wanted = submit(**overrides)
    unwanted = submit(region="scotland", interests=["share_story"])
    if "status" in query:
        RepresentativeApplication.objects.filter(pk=unwanted.pk).update(status="contacted")
    client.force_login(make_member("amira", rare_renal))
    content = client.get(reverse(INDEX), query).content.decode()
    assert wanted.reference in content
    assert unwanted.reference not in content


def test_condition_filter(client, submit, make_member, rare_renal, cystinosis):
    wanted = submit(conditions=[cystinosis])
    unwanted = submit()
    client.force_login(make_member("amira", rare_renal))
    content = client.get(reverse(INDEX), {"condition": cystinosis.pk}).content.decode()
    assert wanted.reference in content
    assert unwanted.reference not in content


def test_detail_shows_the_application_with_experience_sanitized(client, submit, make_member, rare_renal):
    application = submit(experience="<p>Helping <strong>matters</strong></p>")
    RepresentativeApplication.objects.filter(pk=application.pk).update(
        experience='<p>Stored <img src=x onerror="alert(1)">text</p>'
    )
    client.force_login(make_member("amira", rare_renal))
    content = client.get(detail_url(application)).content.decode()
    assert "Canary Name Zebedee" in content
    assert "onerror" not in content
    assert "Stored text" in content


def test_note_and_status_change_through_the_detail_page(client, submit, make_member, rare_renal):
    application = submit()
    member = make_member("amira", rare_renal)
    client.force_login(member)
    response = client.post(detail_url(application), {"action": "note", "note-text": "Left a voicemail"})
    assert response.status_code == 302
    response = client.post(detail_url(application), {"action": "status", "status-status": "contacted"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "contacted"
    content = client.get(detail_url(application)).content.decode()
    assert "Left a voicemail" in content
    assert "Added an internal note" in content
    assert "Status changed from “New” to “Contacted”" in content


def test_status_form_offers_only_allowed_moves(client, submit, make_member, rare_renal):
    application = submit()
    client.force_login(make_member("amira", rare_renal))
    form = client.get(detail_url(application)).context["forms"]["status"]
    assert [value for value, _ in form.fields["status"].choices] == ["contacted", "not_proceeding", "withdrawn"]
    response = client.post(detail_url(application), {"action": "status", "status-status": "active_representative"})
    assert response.status_code == 200
    assert response.context["forms"]["status"].errors
    application.refresh_from_db()
    assert application.status == "new"


def test_assign_form_refuses_someone_outside_the_team(client, submit, make_member, rare_renal, calci_group):
    application = submit()
    outsider = make_member("oscar", calci_group)
    client.force_login(make_member("amira", rare_renal))
    response = client.post(detail_url(application), {"action": "assign", "assign-assignee": outsider.pk})
    assert response.status_code == 200
    assert response.context["forms"]["assign"].errors
    application.refresh_from_db()
    assert application.assignee is None


def test_only_leads_get_the_reassign_form(client, submit, make_member, rare_renal, calci_group):
    application = submit()
    member = make_member("amira", rare_renal)
    lead = make_member("lena", rare_renal, role=TeamMembership.Role.LEAD)

    client.force_login(member)
    assert "team" not in client.get(detail_url(application)).context["forms"]
    response = client.post(detail_url(application), {"action": "team", "team-team": calci_group.pk})
    assert response.status_code == 404

    client.force_login(lead)
    response = client.post(detail_url(application), {"action": "team", "team-team": calci_group.pk})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.team == calci_group
    assert ApplicationLogEntry.objects.filter(action="teams.reassign", user=lead).count() == 1
    # The lead of the old team can no longer reach it.
    assert client.get(detail_url(application)).status_code == 404
