"""The environment switches production parts on; these tests run the real commands."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    base_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base_env, "DJANGO_SETTINGS_MODULE": "portal.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_passes_the_deploy_check_when_configured():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x" * 64 + "-Long-Random-Secret-9",
        ALLOWED_HOSTS="portal.example.org",
    )
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="runs when REDIS_URL points at a Redis server (CI)")
def test_cache_is_the_real_redis_when_redis_url_is_set():
    from django.core.cache.backends.redis import RedisCache

    assert isinstance(cache, RedisCache) or type(cache._cache).__module__.startswith(
        "django.core.cache.backends.redis"
    )
    cache.set("portal-settings-probe", "ok", 30)
    assert cache.get("portal-settings-probe") == "ok"
