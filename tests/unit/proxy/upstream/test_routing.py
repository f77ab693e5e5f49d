from __future__ import annotations

import pytest

from proxy.errors import NotFoundError
from proxy.settings import Settings
from proxy.upstream.routing import ModelRouter, RouteInput


def _router() -> ModelRouter:
    return ModelRouter(
        Settings.model_validate(
            {
                "models": {
                    "small": {"backends": ["http://s:8000"], "upstream_model": "org/small"},
                    "large": {"backends": ["http://l:8000"], "max_model_len": 32768},
                },
                "aliases": {
                    "chat": {
                        "default": "large",
                        "rules": [
                            {"model": "large", "categories": ["complex"], "name": "hard-topic"},
                            {"model": "small", "max_input_chars": 200},
                        ],
                    }
                },
            }
        )
    )


@pytest.mark.parametrize(
    ("request_input", "model", "upstream", "rule"),
    [
        (RouteInput(50), "small", "org/small", "rules.1 chars<=200"),
        (RouteInput(500), "large", "large", "default"),
        (RouteInput(50, "complex"), "large", "large", "hard-topic"),
        (RouteInput(50, "faq"), "small", "org/small", "rules.1 chars<=200"),
    ],
    ids=["short-to-small", "long-to-default", "category-to-large", "other-category"],
)
def test_alias_rules_choose_a_model_and_say_why(
    request_input: RouteInput, model: str, upstream: str, rule: str
) -> None:
    route = _router().resolve("chat", request_input)
    assert (route.target, route.upstream_model, route.rule) == (model, upstream, rule)
    assert route.public_name == "chat"
    assert route.alias == "chat"


def test_aliases_are_public_names_and_unknown_names_are_404() -> None:
    router = _router()
    assert router.public_names == ["small", "large", "chat"]
    assert router.resolve("chat").max_model_len == 32768  # the default target's
    with pytest.raises(NotFoundError):
        router.resolve("nope")
