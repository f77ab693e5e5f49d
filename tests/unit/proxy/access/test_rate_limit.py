from __future__ import annotations

import pytest

from proxy.access.auth import Principal
from proxy.access.rate_limit import RateLimiter, format_reset
from proxy.errors import TooManyRequestsError
from proxy.settings import Settings, hash_api_key

KEY = hash_api_key("key-a")


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _limiter(**limit: int) -> tuple[RateLimiter, _Clock]:
    settings = Settings.model_validate(
        {
            "tenants": {"default": {}, "acme": {"rate_limit": limit}},
            "api_keys": [{"sha256": KEY, "tenant": "acme"}],
        }
    )
    clock = _Clock()
    return RateLimiter(settings, clock=clock), clock


PRINCIPAL = Principal("acme", "a", "default", KEY)


async def test_requests_per_minute_then_429_with_openai_headers() -> None:
    limiter, clock = _limiter(requests_per_minute=2)
    first = await limiter.admit(PRINCIPAL, 10)
    assert first is not None
    assert first.headers == {
        "x-ratelimit-limit-requests": "2",
        "x-ratelimit-remaining-requests": "1",
        "x-ratelimit-reset-requests": "30s",
    }
    await limiter.admit(PRINCIPAL, 10)
    with pytest.raises(TooManyRequestsError) as caught:
        await limiter.admit(PRINCIPAL, 10)
    headers = caught.value.response_headers()
    assert headers["Retry-After"] == "30"
    assert headers["x-ratelimit-remaining-requests"] == "0"
    clock.now += 30  # refills continuously: one request per 30 s
    assert await limiter.admit(PRINCIPAL, 10) is not None


async def test_tokens_are_settled_with_the_real_usage() -> None:
    limiter, clock = _limiter(tokens_per_minute=1000)
    reservation = await limiter.admit(PRINCIPAL, 100)
    assert reservation is not None
    assert reservation.headers["x-ratelimit-remaining-tokens"] == "900"
    reservation.settle(1000)  # used far more than estimated: the bucket goes negative
    await limiter.drain()
    with pytest.raises(TooManyRequestsError, match="tokens"):
        await limiter.admit(PRINCIPAL, 1)
    clock.now += 60
    assert await limiter.admit(PRINCIPAL, 1) is not None


async def test_keys_without_limits_are_not_tracked() -> None:
    limiter, _ = _limiter(requests_per_minute=1)
    assert await limiter.admit(Principal("default", "", "default"), 10) is None


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0.02, "20ms"), (1.0, "1s"), (1.5, "1.5s"), (360.0, "6m0s"), (90.4, "1m30s")],
    ids=["ms", "one-second", "fraction", "minutes", "minutes-seconds"],
)
def test_reset_durations_read_like_openai(seconds: float, text: str) -> None:
    assert format_reset(seconds) == text
