import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from notifications.models import OutboundEmail

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_email():
    return OutboundEmail.objects.create(
        to=["team@example.org"],
        subject="New story ST-FAIL",
        body="ST-FAIL",
        reference="ST-FAIL",
        status=OutboundEmail.Status.FAILED,
        attempts=3,
        last_error="ConnectionRefusedError",
    )


def test_superuser_sees_failed_sends(client, django_user_model, failed_email, mfa_staff):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    mfa_staff(admin)
    client.force_login(admin)
    response = client.get(reverse("outgoing_email:index") + "?status=failed")
    assert response.status_code == 200
    content = response.content.decode()
    assert "ST-FAIL" in content
    assert "ConnectionRefusedError" in content


def test_superuser_cannot_edit_or_delete_a_message(client, django_user_model, failed_email, mfa_staff):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    mfa_staff(admin)
    client.force_login(admin)
    assert client.get(reverse("outgoing_email:edit", args=[failed_email.pk])).status_code in (302, 403)
    assert client.get(reverse("outgoing_email:delete", args=[failed_email.pk])).status_code in (302, 403)
    assert OutboundEmail.objects.filter(pk=failed_email.pk).exists()


def test_other_staff_cannot_see_outgoing_email(client, django_user_model, failed_email, mfa_staff):
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    mfa_staff(editor)
    editors = Group.objects.create(name="Some editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    client.force_login(editor)
    response = client.get(reverse("outgoing_email:index"))
    assert response.status_code in (302, 403)
    assert "ST-FAIL" not in response.content.decode()
