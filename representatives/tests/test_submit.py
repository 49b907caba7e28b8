import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from conditions.testing import condition_page
from representatives.models import RepresentativeApplication
from teams.models import RoutingSettings, Team

pytestmark = pytest.mark.django_db


def test_without_a_condition_team_it_goes_to_the_default(submit, rare_renal, cystinosis):
    application = submit(conditions=[cystinosis])
    assert application.team == rare_renal


def test_with_no_condition_it_goes_to_the_default(submit, rare_renal):
    assert submit(other_condition="Something rarer").team == rare_renal


def test_a_condition_with_its_own_team_routes_there(submit, calci_group, calciphylaxis):
    assert submit(conditions=[calciphylaxis]).team == calci_group


def test_the_first_chosen_condition_with_a_team_decides(
    submit, condition_index, calci_group, calciphylaxis, cystinosis
):
    other_group = Team.objects.create(name="Other group", notification_emails="other@example.org")
    fabry = condition_index.add_child(instance=condition_page("Fabry", "fabry", rare_disease_team=other_group))
    assert submit(conditions=[cystinosis, fabry, calciphylaxis]).team == other_group
    assert submit(conditions=[calciphylaxis, fabry]).team == calci_group


def test_routing_is_frozen_at_submission_time(submit, site, rare_renal, calci_group, calciphylaxis, cystinosis):
    routed_to_group = submit(conditions=[calciphylaxis])
    routed_to_default = submit(conditions=[cystinosis])

    newcomer = Team.objects.create(name="Newcomer", notification_emails="new@example.org")
    calciphylaxis.rare_disease_team = newcomer
    calciphylaxis.save()
    routing = RoutingSettings.for_site(site)
    routing.default_team = newcomer
    routing.save()

    routed_to_group.refresh_from_db()
    routed_to_default.refresh_from_db()
    assert routed_to_group.team == calci_group
    assert routed_to_default.team == rare_renal
    assert submit(conditions=[calciphylaxis]).team == newcomer


def test_emails_carry_the_reference_and_a_link_but_nothing_personal(
    submit, calciphylaxis, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application = submit(conditions=[calciphylaxis])
    assert len(mail.outbox) == 2
    receipt, notification = sorted(mail.outbox, key=lambda message: message.to != ["applicant@example.org"])
    assert receipt.to == ["applicant@example.org"]
    assert notification.to == ["calci1@example.org", "calci2@example.org"]
    assert f"/admin/representative-applications/{application.pk}/" in notification.body
    for message in (receipt, notification):
        text = message.subject + message.body
        assert application.reference in text
        for canary in ("Canary", "Zebedee", "Calciphylaxis", "experience text"):
            assert canary not in text


def test_a_second_click_stores_and_announces_once(submit, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = submit(token="same-click")
        second = submit(token="same-click", name="Someone else")
    assert first.pk == second.pk
    assert RepresentativeApplication.objects.count() == 1
    assert len(mail.outbox) == 2


def test_experience_is_sanitized_on_the_way_in(submit):
    application = submit(experience='<p onclick="x()">Hi<script>alert(1)</script></p>')
    assert "script" not in application.experience
    assert "onclick" not in application.experience
    assert "Hi" in application.experience


def test_interests_are_checked_against_the_choices(submit):
    with pytest.raises(ValidationError, match="interests"):
        submit(interests=["review_information", "juggling"])
    assert not RepresentativeApplication.objects.exists()


def test_reference_is_readable_and_the_submission_is_logged(submit):
    from representatives.models import ApplicationLogEntry

    application = submit()
    assert application.reference.startswith("PR-")
    assert len(application.reference) == 11
    assert not set(application.reference[3:]) & set("01OIL")
    entry = ApplicationLogEntry.objects.get(action="representatives.submit")
    assert entry.label == application.reference
    assert entry.data == {"reference": application.reference, "team_id": application.team_id}
