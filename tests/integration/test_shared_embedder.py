"""One embedder for the guard and the FAQ index, and one embedding of the last user message
per request: the real gateway with the default policy, the PII analyzer, the bundled e5 and
a Milvus Lite index, counting what reaches the model."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import openai
import pytest

from guardrails.classify.normalizer import clean
from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.pipeline.retrieval_runtime import RetrievalRuntime
from proxy.pipeline.stages.guard import GuardStage
from proxy.settings import Settings
from retrieval.embedder import Embedder
from retrieval.embedder_config import EmbedderConfig
from retrieval.embedder_factory import build_embedder
from retrieval.embedder_registry import EmbedderRegistry
from retrieval.index_definition import infer_definition
from retrieval.milvus_connection import MilvusConnection
from retrieval.reindex_job import ReindexJob
from retrieval.sudachi_tokenizer import SudachiTokenizer
from tests.counting_embedder import CountingEmbedder
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, SERVED, read_audit
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).parents[2]
ENTRIES = [
    ("ship", "送料はいくらですか?", "全国一律550円、5,000円以上のご注文は無料です。"),
    ("ret", "返品できますか?", "商品到着後8日以内であれば未開封品の返品を承ります。"),
    ("pay", "支払い方法を教えてください", "クレジットカード、銀行振込、コンビニ払いが使えます。"),
]


class CountingBuild:
    """The real :func:`build_embedder`; every model it loads is a :class:`CountingEmbedder`."""

    def __init__(self) -> None:
        self.models: list[CountingEmbedder] = []

    def __call__(self, config: EmbedderConfig) -> Embedder:
        model = CountingEmbedder(build_embedder(config))
        self.models.append(model)
        return model


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A Milvus Lite home holding index ``faq`` (the one the default policy searches)."""
    base = tmp_path_factory.mktemp("shared-embedder")
    source = base / "faq.jsonl"
    rows = [json.dumps({"id": i, "question": q, "answer": a}) for i, q, a in ENTRIES]
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    connection = MilvusConnection(str(base / "milvus"))
    ReindexJob(
        connection.open(),
        infer_definition("faq", source),
        embedder=build_embedder(infer_definition("faq", source).embedder),
        tokenizer=SudachiTokenizer(),
    ).run(source)
    source.unlink()  # the gateway reads no definition: IndexDefinition defaults, as built
    yield base
    connection.close()


def _settings(home: Path, tmp_path: Path, backend_url: str) -> Settings:
    policies = tmp_path / "policies"
    policies.mkdir(exist_ok=True)
    # The shipped default policy: guard on (last user message), retrieval on index faq.
    shutil.copy(ROOT / "policies" / "default.yaml", policies / "default.yaml")
    shutil.copy(ROOT / "policies" / "guard-baseline.yaml", policies / "guard-baseline.yaml")
    return Settings.model_validate(
        {
            "server": {"port": 0},
            "models": {MODEL: {"backends": [backend_url], "upstream_model": SERVED}},
            "policies": {"directory": str(policies)},
            "audit": {"path": str(tmp_path / "audit.log")},
            "upstream": {"health_interval_s": 0.2},
            "retrieval": {
                "enabled": True,
                "milvus_uri": str(home / "milvus"),
                "indexes_dir": str(home),
                "indexes": ["faq"],
                "builtin_index": "faq",
            },
        }
    )


def _guard(stages: Sequence[object]) -> GuardStage:
    return next(stage for stage in stages if isinstance(stage, GuardStage))


def test_guard_and_retrieval_share_one_embedder(
    home: Path, tmp_path: Path, pii_analyzer: PiiAnalyzer
) -> None:
    build = CountingBuild()
    settings = _settings(home, tmp_path, "http://127.0.0.1:9")
    runtime = RetrievalRuntime(settings, embedders=EmbedderRegistry(build=build))
    try:
        pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer, retrieval=runtime)
        guard = _guard(pipeline.request_stages)
        assert guard.embedder is not None
        assert guard.embedder is runtime.searchers["faq"].embedder
        assert len(build.models) == 1
    finally:
        runtime.close()


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("送料はいくらですか?", id="plain"),
        # Full-width ？ and an ideographic space: the guard embeds the NFKC form, and the
        # retrieval stage must search with that same form to reuse its vector.
        pytest.param("送料は　いくらですか？", id="full-width"),
    ],
)
def test_a_request_embeds_the_last_user_message_once(
    home: Path, tmp_path: Path, pii_analyzer: PiiAnalyzer, question: str
) -> None:
    build = CountingBuild()
    with VLLMCompatServer({SERVED: 4096}) as backend:
        settings = _settings(home, tmp_path, backend.url)
        runtime = RetrievalRuntime(settings, embedders=EmbedderRegistry(build=build))
        pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer, retrieval=runtime)
        with GatewayServer(settings, pipeline=pipeline, retrieval=runtime) as gateway:
            (model,) = build.models
            model.calls.clear()  # the exemplars, embedded before the first request
            client = openai.OpenAI(base_url=gateway.url + "/v1", api_key="x")
            raw = client.chat.completions.with_raw_response.create(
                model=MODEL,
                messages=[
                    {"role": "user", "content": "こんにちは"},
                    {"role": "assistant", "content": "ご用件をどうぞ。"},
                    {"role": "user", "content": question},
                ],
            )
            assert raw.headers["x-mamori-sources"].split(",")[0] == "ship"
            audit = read_audit(tmp_path / "audit.log", 1)
    stages: dict[str, Any] = {s["stage"]: s for s in audit[-1]["stages"]}
    assert stages["guard.classify"]["action"] == "allow"
    assert stages["retrieval.inject"]["action"] == "inject"
    embedded = [text for call in model.calls for text in call]
    assert embedded.count(clean(question)) == 1
    assert question not in embedded or question == clean(question)
