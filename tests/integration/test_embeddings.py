"""``POST /v1/embeddings`` through the real gateway with the official openai SDK: routed by
model, personal data handled as the policy's ``embeddings.personal_data`` says before the
input reaches the embedding backend, audited, and errors as SDKs expect."""

from __future__ import annotations

import base64
import struct
from pathlib import Path

import httpx
import openai
import pytest
import yaml

from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory, read_audit
from tests.vllm_compat import VLLMCompatServer

NAME, PHONE = "山田太郎", "090-1234-5678"
PERSONAL = f"{NAME}さんの電話番号は{PHONE}です。"


def _set_embeddings_policy(policy_dir: Path, personal_data: str) -> None:
    path = policy_dir / "default.yaml"
    policy = yaml.safe_load(path.read_text(encoding="utf-8"))
    policy["embeddings"] = {"personal_data": personal_data}
    path.write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")


def _gateway(make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: object) -> str:
    settings = Settings.model_validate({"models": {MODEL: {"backends": [backend.url]}}})
    pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)  # type: ignore[arg-type]
    return make_gateway([backend.url], pipeline=pipeline).url


def _client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="x", max_retries=0)


def test_inputs_are_pseudonymized_before_the_backend_by_default(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: object,
    audit_path: Path,
) -> None:
    url = _gateway(make_gateway, backend, pii_analyzer)
    result = _client(url).embeddings.create(model=MODEL, input=[PERSONAL, "営業時間は？"])
    assert [item.index for item in result.data] == [0, 1]
    assert len(result.data[0].embedding) == 8
    [sent] = backend.requests
    sent_text = str(sent.body)
    assert NAME not in sent_text and PHONE not in sent_text
    assert "<PERSON_1>" in sent.body["input"][0]
    assert sent.body["input"][1] == "営業時間は？"
    [record] = read_audit(audit_path, 1)
    assert (record["status"], record["model"]) == (200, MODEL)
    assert any(stage["stage"] == "pii.pseudonymize" for stage in record["stages"])
    assert PHONE not in audit_path.read_text(encoding="utf-8")


def test_block_refuses_personal_data_and_allow_sends_it(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: object,
    policy_dir: Path,
) -> None:
    _set_embeddings_policy(policy_dir, "block")
    url = _gateway(make_gateway, backend, pii_analyzer)
    with pytest.raises(openai.BadRequestError) as raised:
        _client(url).embeddings.create(model=MODEL, input=PERSONAL)
    assert raised.value.code == "personal_data_blocked"
    assert raised.value.response.headers["X-Mamori-Action"] == "block"
    assert backend.requests == []
    # A text without personal data passes under the same policy.
    _client(url).embeddings.create(model=MODEL, input="営業時間は何時までですか")
    assert len(backend.requests) == 1

    _set_embeddings_policy(policy_dir, "allow")
    allowed = _gateway(make_gateway, backend, pii_analyzer)
    _client(allowed).embeddings.create(model=MODEL, input=PERSONAL)
    assert backend.requests[-1].body["input"] == PERSONAL


def test_more_text_than_the_policy_reads_is_named_as_such(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: object,
    policy_dir: Path,
) -> None:
    # Over pii.max_chars (over_max_chars: block) the answer said "the input holds personal
    # data this policy does not allow to be embedded" for 200,000 letters "a".
    path = policy_dir / "default.yaml"
    policy = yaml.safe_load(path.read_text(encoding="utf-8"))
    policy["pii"] = {**policy.get("pii", {}), "max_chars": 1000, "over_max_chars": "block"}
    path.write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    url = _gateway(make_gateway, backend, pii_analyzer)
    with pytest.raises(openai.BadRequestError) as raised:
        _client(url).embeddings.create(model=MODEL, input=["a" * 600, "b" * 600])
    assert raised.value.code == "too_long_to_check"
    # The inputs and the SDK's encoding_format ("base64"): every text the stage reads.
    assert "holds 1,206 characters" in raised.value.message
    assert "at most 1,000" in raised.value.message
    assert "personal data this policy does not allow" not in raised.value.message
    assert raised.value.response.headers["X-Mamori-Action"] == "block"
    assert backend.requests == []


def test_base64_vectors_and_token_ids(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: object,
) -> None:
    url = _gateway(make_gateway, backend, pii_analyzer)
    raw = httpx.post(
        f"{url}/v1/embeddings",
        json={"model": MODEL, "input": "abc", "encoding_format": "base64"},
    ).json()
    vector = struct.unpack("<8f", base64.b64decode(raw["data"][0]["embedding"]))
    assert len(vector) == 8
    # Token ids cannot be read for personal data: refused unless the policy allows it.
    refused = httpx.post(f"{url}/v1/embeddings", json={"model": MODEL, "input": [[1, 2, 3]]})
    assert refused.status_code == 400
    assert refused.json()["error"]["param"] == "input"


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"model": MODEL}, 400, "input"),
        ({"model": MODEL, "input": []}, 400, "input"),
        ({"model": MODEL, "input": ["a", 1]}, 400, "input"),
        ({"model": MODEL, "input": "a", "encoding_format": "int8"}, 400, "encoding_format"),
        ({"model": MODEL, "input": "a", "dimensions": 0}, 400, "dimensions"),
        ({"model": MODEL, "input": "a", "bogus": 1}, 400, "bogus"),
        ({"model": "nope", "input": "a"}, 404, "model"),
    ],
    ids=["no-input", "empty", "mixed", "encoding", "dimensions", "unknown-field", "no-model"],
)
def test_bad_embedding_requests(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    body: dict[str, object],
    status: int,
    param: str,
) -> None:
    url = make_gateway([backend.url]).url
    response = httpx.post(f"{url}/v1/embeddings", json=body)
    assert response.status_code == status
    assert response.json()["error"]["param"] == param
    assert backend.requests == []


def test_models_retrieve(make_gateway: GatewayFactory, backend: VLLMCompatServer) -> None:
    url = make_gateway([backend.url]).url
    assert _client(url).models.retrieve(MODEL).id == MODEL
    with pytest.raises(openai.NotFoundError):
        _client(url).models.retrieve("no/such-model")
