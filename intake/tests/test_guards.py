"""Rate limits, bot traps, one-time tokens, references and private storage."""

import time

import pytest
from django import forms
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import RequestFactory, override_settings

from intake.honeypot import BotTrapForm, signed_start_time
from intake.ratelimit import RateLimit, client_ip, too_many_requests
from intake.references import ALPHABET, new_reference, normalise_reference, unique_reference
from intake.tokens import SubmissionTokenForm


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def _request(address="198.51.100.7", forwarded=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **extra)


def test_rate_limit_allows_the_limit_then_says_when_to_return():
    limit = RateLimit(scope="test", limit=2, window_seconds=60)
    request = _request()
    limit.record(request)
    assert limit.retry_at(request) is None
    limit.record(request)
    retry_at = limit.retry_at(request)
    assert retry_at is not None
    assert 55 < retry_at.timestamp() - time.time() <= 60


def test_rate_limit_keys_hold_no_raw_address():
    limit, request = RateLimit(scope="test", limit=1, window_seconds=60), _request("203.0.113.99")
    limit.record(request)
    key = limit._key(request)
    assert cache.get(key), "the count is kept under the hashed key (locmem here, Redis in CI)"
    assert "203.0.113.99" not in key


def test_forwarded_for_is_ignored_unless_proxies_are_trusted():
    request = _request("10.0.0.1", forwarded="203.0.113.5, 10.0.0.1")
    assert client_ip(request) == "10.0.0.1"
    with override_settings(TRUSTED_PROXY_COUNT=1):
        assert client_ip(_request("10.0.0.1", forwarded="6.6.6.6, 203.0.113.5")) == "203.0.113.5"


def test_the_429_page_says_when_and_offers_another_way(db):
    limit = RateLimit(scope="test", limit=1, window_seconds=3600)
    request = _request()
    limit.record(request)
    response = too_many_requests(request, limit.retry_at(request))
    assert response.status_code == 429
    html = response.content.decode()
    assert "You can try again from" in html
    assert "mailto:help@localhost" in html


class _TrapForm(BotTrapForm):
    name = forms.CharField()


def test_a_person_who_took_their_time_passes_the_bot_checks():
    data = {"name": "x", "leave_this_empty": "", "form_started": signed_start_time(time.time() - 30)}
    assert not _TrapForm(data).looks_automated()


@pytest.mark.parametrize(
    ("honeypot", "seconds_ago"),
    [("http://spam.example", 30), ("", 1), ("", "forged"), ("", None)],
    ids=["honeypot-filled", "too-fast", "forged-time", "no-time"],
)
def test_bots_are_spotted(honeypot, seconds_ago):
    data = {"name": "x", "leave_this_empty": honeypot}
    if seconds_ago == "forged":
        data["form_started"] = "1700000000.0"
    elif seconds_ago is not None:
        data["form_started"] = signed_start_time(time.time() - seconds_ago)
    assert _TrapForm(data).looks_automated()


def test_a_new_form_carries_a_fresh_signed_start_time_and_token():
    class Both(BotTrapForm, SubmissionTokenForm):
        pass

    first, second = Both(), Both()
    assert first.initial["form_started"] != ""
    assert first.initial["submission_token"] != second.initial["submission_token"]
    assert len(first.initial["submission_token"]) == 43


def test_references_use_the_unambiguous_alphabet():
    for _ in range(200):
        prefix, first, second = new_reference("ST").split("-")
        assert prefix == "ST"
        assert set(first + second) <= set(ALPHABET)
    assert not set("01OIL5S8B2Z") & set(ALPHABET)


def test_references_do_not_repeat_or_follow_a_sequence():
    references = [new_reference("ST") for _ in range(2000)]
    assert len(set(references)) == 2000
    assert references != sorted(references)


def test_unique_reference_skips_taken_ones_and_gives_up_eventually():
    taken = set()
    first = unique_reference("ST", taken.__contains__)
    taken.add(first)
    assert unique_reference("ST", taken.__contains__) != first
    with pytest.raises(RuntimeError):
        unique_reference("ST", lambda reference: True, attempts=3)


@pytest.mark.parametrize("typed", ["st-7k4m-9qxp", " ST 7K4M 9QXP ", "st7k4m9qxp"])
def test_references_typed_loosely_are_normalised(typed):
    assert normalise_reference(typed) == "ST-7K4M-9QXP"


def test_private_storage_has_no_url(tmp_path):
    storage = storages["private"]
    name = storage.save("check/private.txt", ContentFile(b"secret"))
    try:
        with pytest.raises(ValueError, match="not accessible via a URL"):
            storage.url(name)
    finally:
        storage.delete(name)
