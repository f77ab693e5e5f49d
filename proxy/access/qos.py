"""QoS classes: which class a request belongs to, and what that class promises.

A class (``interactive``, ``standard``, ``batch`` by default; see ``qos.classes``) is
assigned per API key, else per tenant, else ``qos.default_class``. A request may *lower*
its class with the ``X-Mamori-Priority: CLASS`` header, never raise it: asking for a
higher class keeps the caller's own class. The class decides the request's place in the
gateway's admission queue (:mod:`proxy.upstream.admission`) and the ``priority`` sent to vLLM.

Order: a lower ``priority`` value is a higher class, as in vLLM (ties: configuration order).

Failure behaviour: :meth:`QosClasses.resolve` raises :class:`~proxy.errors.BadRequestError`
for an ``X-Mamori-Priority`` value that names no class (the header's value is echoed: it
is a class name the client chose, not message text).
"""

from __future__ import annotations

from dataclasses import dataclass

from proxy.access.auth import Principal
from proxy.errors import BadRequestError
from proxy.settings import Settings

__all__ = ["PRIORITY_HEADER", "QosClass", "QosClasses"]

PRIORITY_HEADER = "x-mamori-priority"


@dataclass(frozen=True, slots=True)
class QosClass:
    """One service class, as configured."""

    name: str
    rank: int
    """Position in the class order, 0 for the highest class."""
    priority: int
    """vLLM's request priority (lower runs earlier)."""
    ttft_slo_s: float | None
    """Time-to-first-token objective; None for best effort."""
    max_queue_wait_s: float
    max_share: float
    """Share of a model's in-flight slots the class may hold at once."""

    def deadline_s(self) -> float:
        """Seconds after arrival by which the request should start: its SLO if it has one."""
        return self.ttft_slo_s if self.ttft_slo_s is not None else self.max_queue_wait_s


class QosClasses:
    """The configured classes and who gets which; built once in the app factory."""

    def __init__(self, settings: Settings) -> None:
        qos = settings.qos
        configured = list(qos.classes.items())
        ordered = sorted(range(len(configured)), key=lambda i: (configured[i][1].priority, i))
        self._classes: dict[str, QosClass] = {}
        for rank, index in enumerate(ordered):
            name, cls = configured[index]
            self._classes[name] = QosClass(
                name=name,
                rank=rank,
                priority=cls.priority,
                ttft_slo_s=cls.ttft_slo_s,
                max_queue_wait_s=cls.max_queue_wait_s,
                max_share=cls.max_share,
            )
        self.send_vllm_priority = qos.send_vllm_priority
        default = qos.default_class
        self._by_tenant = {
            name: tenant.qos_class or default for name, tenant in settings.tenants.items()
        }
        self._by_key = {
            key.sha256: key.qos_class or self._by_tenant.get(key.tenant, default)
            for key in settings.api_keys
        }
        self._default = default

    @property
    def classes(self) -> list[QosClass]:
        """Every class, highest first."""
        return sorted(self._classes.values(), key=lambda cls: cls.rank)

    def get(self, name: str) -> QosClass:
        return self._classes[name]

    def assigned(self, principal: Principal) -> QosClass:
        """The class the caller's key (else tenant) is entitled to."""
        name = self._by_key.get(principal.key_id) or self._by_tenant.get(
            principal.tenant, self._default
        )
        return self._classes[name]

    def resolve(self, principal: Principal, requested: str | None) -> QosClass:
        """The class of one request: the caller's, lowered by ``requested`` if given.

        Raises :class:`BadRequestError` when ``requested`` names no class.
        """
        own = self.assigned(principal)
        if requested is None or not requested.strip():
            return own
        wanted = self._classes.get(requested.strip())
        if wanted is None:
            raise BadRequestError(
                f"X-Mamori-Priority: unknown class {requested.strip()[:40]!r}; "
                f"known: {', '.join(cls.name for cls in self.classes)}",
                param="X-Mamori-Priority",
            )
        # Lowering only: a request can never take a class above its key's.
        return wanted if wanted.rank >= own.rank else own
