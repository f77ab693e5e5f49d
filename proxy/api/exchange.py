"""The per-request exchange: what one request collects for its audit record and metrics,
and the one place that record is written.

:meth:`ExchangeLog.finish` writes the audit record and counts the request exactly once,
whatever path the request took (an error before the answer, a refusal by a stage, a
whole answer, a stream that ended or whose client left); a second call does nothing.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from litestar import Response

from proxy.access.qos import QosClass
from proxy.access.rate_limit import Reservation
from proxy.api.disconnect import CLIENT_CLOSED, ClientLeft
from proxy.api.stop_strings import StopStrings
from proxy.errors import MamoriError, UpstreamTimeoutError
from proxy.observability.audit import AuditLog, AuditRecord
from proxy.observability.log_config import log_failure
from proxy.observability.metrics import GatewayMetrics
from proxy.openai_wire import error_response
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.runner import Pipeline
from proxy.settings import ANY_MODEL
from proxy.upstream.admission import Ticket

__all__ = ["UNKNOWN_MODEL", "Exchange", "ExchangeLog", "milliseconds"]

logger = logging.getLogger(__name__)

#: Metrics label of every model name the gateway does not know.
UNKNOWN_MODEL = "unknown"


@dataclass(slots=True)
class Exchange:
    """What one request has collected for its audit record and metrics."""

    record: AuditRecord
    started: float
    headers: dict[str, str]
    finished: bool = False
    """The audit record was written."""
    qos: QosClass | None = None
    rate: Reservation | None = None
    affinity: str | None = None
    """Digest of the leading system messages, for prefix affinity."""
    ticket: Ticket | None = None
    """The admission slot, told the outcome at the end (output estimate, QoS metrics)."""
    model_label: str = "-"
    """The model as metrics label it: a configured name, ``*`` for a name the ``"*"``
    route's backend accepted, else ``unknown``."""
    stop_strings: StopStrings | None = None
    """The client's ``stop`` strings by the ones the request stages forwarded in their
    place, for the answer's ``stop_reason`` (set when the stages ran)."""

    def name_model(self, model: str, *, configured: bool) -> None:
        """Record the model the client asked for. A name the configuration does not list
        is audited as a digest and labelled ``unknown``: a client's ``model`` string is
        neither trusted as a label (every new name would be new metric series, never
        freed) nor written out (it may be any text, personal data included)."""
        if configured:
            self.record.model = self.model_label = model
        else:
            digest = hashlib.sha256(model.encode("utf-8", "replace")).hexdigest()[:16]
            self.record.model = f"unknown:{digest}"
            self.model_label = UNKNOWN_MODEL

    def model_accepted(self) -> None:
        """A backend accepted the request: an unlisted name was served by the ``"*"``
        route and is labelled ``*`` from now on (still audited as its digest)."""
        if self.model_label == UNKNOWN_MODEL:
            self.model_label = ANY_MODEL


class ExchangeLog:
    """Opens exchanges and finishes each one exactly once: audit record and metrics."""

    def __init__(self, audit: AuditLog, metrics: GatewayMetrics, pipeline: Pipeline) -> None:
        self._audit = audit
        self._metrics = metrics
        self._pipeline = pipeline

    def open(self, request_id: str) -> Exchange:
        """A new exchange for a request that arrived now."""
        return Exchange(
            record=AuditRecord(
                ts=time.time(),
                request_id=request_id,
                tenant="",
                key="",
                model="",
                stream=False,
                policy="",
                policy_version="",
            ),
            started=time.perf_counter(),
            headers={"X-Request-Id": request_id},
        )

    async def answer(self, ex: Exchange, work: Coroutine[Any, Any, Response[Any]]) -> Response[Any]:
        """The response of ``work`` (an endpoint's steps for ``ex``); every way it can fail
        is answered here, finished and audited exactly once: a gateway error in the OpenAI
        shape, a client that left as 499, and a bug as a 500 with its exception type (its
        message may carry request text, so only the type is logged and audited)."""
        try:
            return await work
        except MamoriError as exc:
            if ex.record.action != "block":
                ex.record.action = "error"
            if isinstance(exc, UpstreamTimeoutError):
                ex.record.upstream_timeout = exc.timeout
            self.finish(ex, status=exc.status_code, error_type=exc.error_type)
            return error_response(exc, {**ex.headers, **exc.response_headers()})
        except ClientLeft:
            ex.record.client_disconnected = True
            self._metrics.client_disconnects.labels(ex.model_label).inc()
            self.finish(ex, status=CLIENT_CLOSED)
            return Response(b"", status_code=CLIENT_CLOSED)
        except Exception as exc:
            log_failure(logger, f"request {ex.record.request_id} failed", exc)
            ex.record.action = "error"
            self.finish(ex, status=500, error_type=type(exc).__name__)
            return error_response(MamoriError("internal error"), ex.headers)

    def collect_stages(
        self, ctx: RequestContext, ex: Exchange, *, response_side: bool = False
    ) -> None:
        names = (
            [s.name for s in self._pipeline.response_stages]
            if response_side
            else [s.name for s in self._pipeline.request_stages]
        )
        by_stage = {d.stage: d for d in ctx.decisions}
        for name in names:
            if name not in ctx.timings:
                continue
            seconds = ctx.timings[name]
            self._metrics.stage_latency.labels(name).observe(seconds)
            decision = by_stage.get(name)
            entry: dict[str, Any] = {"stage": name, "ms": milliseconds(seconds)}
            entry["action"] = decision.action if decision else "pass"
            if decision:
                entry.update(decision.detail)
            ex.record.stages.append(entry)

    async def finish_after_answer(self, ex: Exchange, *, status: int) -> None:
        """:meth:`finish` as a whole answer's background task (Litestar runs it once the
        answer went out). On the event loop, as every other finish: Litestar runs a
        synchronous background task in a worker thread, where the rate limiter's
        correction of a token estimate could not start (it is a task on the loop) and the
        admission queue's state would be changed from another thread."""
        self.finish(ex, status=status)

    def finish(self, ex: Exchange, *, status: int, error_type: str | None = None) -> None:
        if ex.finished:
            # Finished exactly once: a second call (a stream's cleanup after its relay
            # already finished) must not write a second record or count twice.
            return
        ex.finished = True
        elapsed = time.perf_counter() - ex.started
        record = ex.record
        record.status = status
        record.error_type = error_type
        record.duration_ms = milliseconds(elapsed)
        model = ex.model_label
        self._metrics.requests.labels(model, str(status)).inc()
        if ex.rate is not None:
            ex.rate.settle(record.usage.get("total_tokens") if record.usage else None)
        if ex.ticket is not None:
            tokens = record.usage.get("completion_tokens") if record.usage else None
            ttft_s = record.ttft_ms / 1000 if record.ttft_ms is not None else None
            ex.ticket.report(status, ttft_s, tokens if isinstance(tokens, int) else None)
        slo = ex.qos.ttft_slo_s if ex.qos is not None else None
        if slo is not None and (record.ttft_ms is not None or status == 429 or status >= 500):
            met = record.ttft_ms is not None and record.ttft_ms <= slo * 1000
            self._metrics.slo.labels(model, record.qos_class, "met" if met else "missed").inc()
        self._metrics.request_latency.labels(model, str(record.stream).lower()).observe(elapsed)
        self._audit.write(record)


def milliseconds(seconds: float) -> float:
    """Seconds as the milliseconds the audit record holds (3 decimals)."""
    return round(seconds * 1000, 3)
