"""Public model names → backend groups, and model aliases with routing rules.

The configuration maps each public model name (what clients put in ``model``) to a
:class:`~proxy.upstream.group.BackendGroup` and the name the backends serve. The special route
``"*"`` (what ``mamori serve --upstream URL`` configures) forwards any model name unchanged
to its backends, when it has a model name's shape (:func:`~proxy.errors.quotable`: ASCII
letters, digits and ``_ . : / -``, no phone or card number); any other name is a 404
without being sent, as the name would reach the backend unread.

An alias (``aliases.NAME``) is a public name whose requests go to one of the configured
models, chosen per request by the first matching rule: the length of the message text
(``min_input_chars``/``max_input_chars``) and the request's category
(``categories``). The category is whatever a request stage — the guard — sets on
``RequestContext.category``; a rule naming categories never matches a request without
one. No rule matching means the alias's ``default``. The choice and the rule that made it
are returned as :class:`Route` fields, for the audit log and metrics.

Failure behaviour: :meth:`ModelRouter.resolve` raises :class:`~proxy.errors.NotFoundError`
(404) for a name that is neither configured nor an alias, as vLLM does for a model it does
not serve.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from proxy.errors import model_not_found, quotable
from proxy.observability.metrics import GatewayMetrics
from proxy.settings import ANY_MODEL, Settings
from proxy.settings.traffic import AliasSettings, RoutingRule
from proxy.state.store import StateStore
from proxy.upstream.group import BackendGroup

__all__ = ["ModelRouter", "Route", "RouteInput"]


@dataclass(frozen=True, slots=True)
class RouteInput:
    """What alias rules look at: sizes and labels, never text."""

    input_chars: int = 0
    """Characters of message text in the request."""
    category: str | None = None
    """The request's category as a request stage (the guard) set it."""


@dataclass(frozen=True, slots=True)
class Route:
    """Where one request goes."""

    public_name: str
    upstream_model: str
    group: BackendGroup
    max_model_len: int | None
    prefix_affinity: bool = False
    alias: str | None = None
    """The alias the client asked for, when it asked for one."""
    target: str | None = None
    """For an alias: the configured model it chose."""
    rule: str | None = None
    """Why the alias chose this model: the matching rule's name, or ``default``."""


@dataclass(frozen=True, slots=True)
class _Target:
    group: BackendGroup
    upstream_model: str | None
    max_model_len: int | None
    prefix_affinity: bool


class ModelRouter:
    """Resolves model names and aliases; owns one backend group per configured route."""

    def __init__(
        self,
        settings: Settings,
        *,
        metrics: GatewayMetrics | None = None,
        builtin: Mapping[str, BackendGroup] | None = None,
        fallback: BackendGroup | None = None,
        fallback_for: Collection[str] = (),
        state: StateStore | None = None,
    ) -> None:
        """``builtin``: in-process backends (the ``faq-extractive`` model) by public name;
        with no ``models`` configured they also answer every name. ``fallback`` answers
        for the models in ``fallback_for`` (``"*"``: all) while all their backends are down.
        ``state`` keeps the admission slots (default: in each group's own process).
        """
        self._routes: dict[str, _Target] = {}
        for name, route in settings.models.items():
            group = BackendGroup(
                name,
                [str(url) for url in route.backends],
                settings.upstream,
                route=route,
                queue_limit=settings.qos.queue_limit,
                metrics=metrics,
                state=state,
                poll_interval_s=settings.state.poll_interval_s,
            )
            self._routes[name] = _Target(
                group, route.upstream_model, route.max_model_len, route.prefix_affinity
            )
        for name, builtin_group in (builtin or {}).items():
            self._routes.setdefault(name, _Target(builtin_group, None, None, False))
            if not settings.models:
                self._routes.setdefault(ANY_MODEL, _Target(builtin_group, None, None, False))
        self._fallback = fallback
        self._fallback_for = frozenset(fallback_for)
        self._aliases: dict[str, AliasSettings] = dict(settings.aliases)
        self._metrics = metrics

    @property
    def groups(self) -> list[BackendGroup]:
        groups = {id(target.group): target.group for target in self._routes.values()}
        if self._fallback is not None:
            groups.setdefault(id(self._fallback), self._fallback)
        return list(groups.values())

    @property
    def public_names(self) -> list[str]:
        """Configured model names and aliases, without the ``"*"`` wildcard."""
        return [name for name in self._routes if name != ANY_MODEL] + list(self._aliases)

    @property
    def has_wildcard(self) -> bool:
        return ANY_MODEL in self._routes

    def is_configured(self, model: str) -> bool:
        """True for a name the configuration lists (a model, an alias, the built-in model);
        False for names only the ``"*"`` route would forward."""
        return model != ANY_MODEL and (model in self._routes or model in self._aliases)

    def is_alias(self, model: str) -> bool:
        return model in self._aliases

    def resolve(self, model: str, request: RouteInput | None = None) -> Route:
        """The route for ``model``; an alias is decided on ``request`` (without one: its
        default model)."""
        alias = self._aliases.get(model)
        if alias is not None:
            if request is None:
                target_name, rule = alias.default, "default"
            else:
                target_name, rule = _choose(alias, request)
                if self._metrics is not None:
                    self._metrics.route_decisions.labels(model, target_name, rule).inc()
            target = self._routes[target_name]
            return self._or_fallback(
                Route(
                    public_name=model,
                    upstream_model=target.upstream_model or target_name,
                    group=target.group,
                    max_model_len=target.max_model_len,
                    prefix_affinity=target.prefix_affinity,
                    alias=model,
                    target=target_name,
                    rule=rule,
                )
            )
        entry = self._routes.get(model)
        if entry is None and quotable(model):
            # Only a name of a model name's shape is sent on: the "*" route forwards the
            # client's string as it is, and a name with a person's name or phone number in
            # it would reach the backend (and its logs) unread.
            entry = self._routes.get(ANY_MODEL)
        if entry is None:
            raise model_not_found(model)
        return self._or_fallback(
            Route(
                public_name=model,
                upstream_model=entry.upstream_model or model,
                group=entry.group,
                max_model_len=entry.max_model_len,
                prefix_affinity=entry.prefix_affinity,
            )
        )

    def _or_fallback(self, route: Route) -> Route:
        """``route``, or the built-in fallback while every backend of it is down."""
        if self._fallback is None or route.group is self._fallback:
            return route
        names = {route.public_name, route.target, ANY_MODEL}
        if not (names & self._fallback_for):
            return route
        if any(backend.healthy for backend in route.group.backends):
            return route
        return dataclasses.replace(route, group=self._fallback, upstream_model=route.public_name)

    async def aclose(self) -> None:
        for group in self.groups:
            await group.aclose()


def _choose(alias: AliasSettings, request: RouteInput) -> tuple[str, str]:
    for index, rule in enumerate(alias.rules):
        if _matches(rule, request):
            return rule.model, rule.name or _describe(rule, index)
    return alias.default, "default"


def _matches(rule: RoutingRule, request: RouteInput) -> bool:
    if rule.max_input_chars is not None and request.input_chars > rule.max_input_chars:
        return False
    if rule.min_input_chars is not None and request.input_chars < rule.min_input_chars:
        return False
    return rule.categories is None or request.category in rule.categories


def _describe(rule: RoutingRule, index: int) -> str:
    parts = [f"rules.{index}"]
    if rule.min_input_chars is not None:
        parts.append(f"chars>={rule.min_input_chars}")
    if rule.max_input_chars is not None:
        parts.append(f"chars<={rule.max_input_chars}")
    if rule.categories is not None:
        parts.append("category in " + "|".join(rule.categories))
    return " ".join(parts)
