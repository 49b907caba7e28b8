import pytest
from django.contrib.auth.models import Group

from representatives.access import can_work_applications, visible_applications
from teams.membership import TEAM_MEMBERS_GROUP, grant_admin_access
from teams.models import TeamMembership

pytestmark = pytest.mark.django_db


def test_migrations_give_the_team_members_group_admin_access_and_the_workspace():
    group = Group.objects.get(name=TEAM_MEMBERS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "work_applications"} <= codenames


def test_saving_a_team_lets_its_members_in(django_user_model, rare_renal, submit):
    application = submit()
    user = django_user_model.objects.create_user("newbie", "n@example.org", "pw")
    assert not can_work_applications(user)
    TeamMembership.objects.create(team=rare_renal, user=user)
    grant_admin_access(rare_renal)
    user = django_user_model.objects.get(pk=user.pk)  # fresh permission cache
    assert can_work_applications(user)
    assert list(visible_applications(user)) == [application]


def test_leaving_every_team_shuts_the_door(make_member, rare_renal, submit):
    submit()
    member = make_member("amira", rare_renal)
    TeamMembership.objects.filter(user=member).delete()
    assert not can_work_applications(member)
    assert not visible_applications(member).exists()


def test_team_snippet_edit_grants_access(client, superuser, django_user_model, rare_renal):
    from django.urls import reverse

    newbie = django_user_model.objects.create_user("newbie", "n@example.org", "pw")
    client.force_login(superuser)
    url = reverse("wagtailsnippets_teams_team:edit", args=[rare_renal.pk])
    response = client.post(
        url,
        {
            "name": rare_renal.name,
            "notification_emails": rare_renal.notification_emails,
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "0",
            "memberships-MIN_NUM_FORMS": "0",
            "memberships-MAX_NUM_FORMS": "1000",
            "memberships-0-user": newbie.pk,
            "memberships-0-role": "member",
            "memberships-0-ORDER": "1",
            "memberships-0-DELETE": "",
            "memberships-0-id": "",
        },
    )
    assert response.status_code == 302
    assert newbie.groups.filter(name=TEAM_MEMBERS_GROUP).exists()
