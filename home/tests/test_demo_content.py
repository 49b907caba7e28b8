import pytest
from django.core.management import call_command
from wagtail.models import Page


@pytest.mark.django_db
def test_demo_builder_twice_gives_the_same_tree(tmp_path):
    call_command("build_demo_content", stdout=open(tmp_path / "out", "w"))  # noqa: SIM115
    first = list(Page.objects.values_list("url_path", "title").order_by("path"))
    call_command("build_demo_content", stdout=open(tmp_path / "out", "w"))  # noqa: SIM115
    second = list(Page.objects.values_list("url_path", "title").order_by("path"))
    assert first == second
    assert ("/portal-home/conditions/calciphylaxis/", "Calciphylaxis") in first
