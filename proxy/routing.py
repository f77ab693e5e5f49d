"""Public model names → backend groups.

The configuration maps each public model name (what clients put in ``model``) to a
:class:`~proxy.upstream.BackendGroup` and the name the backends serve. The special route
``"*"`` (what ``mamori serve --upstream URL`` configures) forwards any model name unchanged
to its backends.

Failure behaviour: :meth:`ModelRouter.resolve` raises :class:`~proxy.errors.NotFoundError`
(404) for a name that is not configured, as vLLM does for a model it does not serve.
"""

from __future__ import annotations

from dataclasses import dataclass

from proxy.errors import NotFoundError
from proxy.settings import ANY_MODEL, Settings
from proxy.upstream import BackendGroup, FailureCallback

__all__ = ["ModelRouter", "Route"]


@dataclass(frozen=True, slots=True)
class Route:
    """Where one public model name goes."""

    public_name: str
    upstream_model: str
    group: BackendGroup
    max_model_len: int | None


class ModelRouter:
    """Resolves model names; owns one backend group per configured route."""

    def __init__(
        self,
        settings: Settings,
        *,
        on_failure: FailureCallback | None = None,
    ) -> None:
        self._routes: dict[str, tuple[BackendGroup, str | None, int | None]] = {}
        for name, route in settings.models.items():
            group = BackendGroup(
                name,
                [str(url) for url in route.backends],
                settings.upstream,
                on_failure=on_failure,
            )
            self._routes[name] = (group, route.upstream_model, route.max_model_len)

    @property
    def groups(self) -> list[BackendGroup]:
        return [group for group, _, _ in self._routes.values()]

    @property
    def public_names(self) -> list[str]:
        """Configured model names, without the ``"*"`` wildcard."""
        return [name for name in self._routes if name != ANY_MODEL]

    @property
    def has_wildcard(self) -> bool:
        return ANY_MODEL in self._routes

    def resolve(self, model: str) -> Route:
        entry = self._routes.get(model) or self._routes.get(ANY_MODEL)
        if entry is None:
            raise NotFoundError(f"The model `{model}` does not exist.", param="model")
        group, upstream_model, max_model_len = entry
        return Route(
            public_name=model,
            upstream_model=upstream_model or model,
            group=group,
            max_model_len=max_model_len,
        )

    async def aclose(self) -> None:
        for group in self.groups:
            await group.aclose()
