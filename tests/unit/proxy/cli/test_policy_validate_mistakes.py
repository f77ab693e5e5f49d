"""``mamori policy validate`` on the mistakes people make typing a policy by hand: each is
reported with its line and what to change, not only the parser's or pydantic's wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.cli.main import main
from proxy.errors import ConfigError
from proxy.settings import load_settings

CASES = [
    pytest.param(
        "pii:\n\tdefault: {action: mask}\n",
        ":3:1: invalid YAML",
        "indent with spaces, not tabs",
        id="tab",
    ),
    pytest.param(
        "guard:\n  categories:\n    jailbreak:\n      action: block\n     keywords: [a]\n",
        ":6:6: invalid YAML",
        "check this line's indentation",
        id="indented-off-column",
    ),
    pytest.param(
        "pii:\n  default: action: mask\n",
        ":3:18: invalid YAML",
        "put each key on its own line",
        id="two-keys-on-a-line",
    ),
    pytest.param(
        "pii:\n  default: {action: mask}\n  entities:\n    PHONE_NUMBER: {action： block}\n",
        ":5:",
        "full-width colon",
        id="full-width-colon-in-flow",
    ),
    pytest.param(
        "pii:\n  default:\n    action：mask\n",
        ":3: pii.default:",
        "full-width colon is read as text",
        id="full-width-colon",
    ),
    pytest.param(
        "pii：\n  default: {action: mask}\n",
        ":3:10: invalid YAML",
        "line 2 has a full-width colon '：'",
        id="full-width-colon-after-a-section",
    ),
    pytest.param(
        "pii:\n  entities:\n    PHONE_NUMBER：{action: block}\n",
        ":4: pii.entities.",
        "full-width colon",
        id="full-width-colon-before-a-flow-mapping",
    ),
    pytest.param(
        "pii:\n\u3000default: {action: mask}\n",
        ":3: \u3000default",
        "indented with a full-width space '\u3000': indent with ASCII spaces",
        id="full-width-space-indent",
    ),
    pytest.param(
        "pii:\n  default:\n  action: mask\n",
        ":3: pii.default:",
        "nothing is written under it: indent its keys below it",
        id="keys-not-indented",
    ),
    pytest.param(
        "pii:\n  entites:\n    PHONE_NUMBER: {action: block}\n",
        ":3: pii.entites: Extra inputs are not permitted",
        "did you mean 'entities'?",
        id="misspelt-section",
    ),
    pytest.param(
        "pii:\n  entities:\n    PHONE_NUMBER: {acton: block}\n",
        ":4: pii.entities.PHONE_NUMBER.acton",
        "did you mean 'action'?",
        id="misspelt-key-under-a-name",
    ),
    pytest.param(
        "pii:\n  entities:\n    PHONE_NUMBR: {action: block}\n",
        ":3: pii.entities: Value error, 'PHONE_NUMBR' is not a type Mamori detects",
        "did you mean 'PHONE_NUMBER'?",
        id="misspelt-entity-type",
    ),
    pytest.param(
        "output:\n  pii:\n    entities:\n      EMAIL: {action: stop}\n",
        ":4: output.pii.entities: Value error, 'EMAIL' is not a type Mamori detects",
        "did you mean 'EMAIL_ADDRESS'?",
        id="short-entity-type-in-output",
    ),
    pytest.param(
        "guard:\n  categories:\n    secrets: {action: block, keyword: [社外秘]}\n",
        ":4: guard.categories.secrets.keyword",
        "did you mean 'keywords'?",
        id="singular-keywords",
    ),
    pytest.param(
        "guard:\n  categories:\n    secrets: {action: block, keywords: 社外秘}\n",
        ":4: guard.categories.secrets.keywords",
        "write a list: [a, b]",
        id="word-for-a-list",
    ),
    pytest.param(
        "guard:\n  categories:\n    secrets: {action: block, keywords: [on, 'off']}\n",
        ":4: guard.categories.secrets.keywords.0",
        "quote the word",
        id="yes-no-on-off",
    ),
    pytest.param(
        "guard:\n  categories:\n    secrets:\n",
        ":4: guard.categories.secrets:",
        "nothing is written under it",
        id="empty-category",
    ),
    pytest.param(
        "guard:\n  categories:\n    secrets:\n      action: block\n"
        "      patterns: ['\\p{Han}+秘']\n",
        ":6: guard.categories.secrets.patterns",
        "no \\p{...} classes: use a range such as [一-鿿]",
        id="unicode-property-class",
    ),
]


@pytest.mark.parametrize(("body", "where", "hint"), CASES)
def test_a_hand_written_mistake_names_the_line_and_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, where: str, hint: str
) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text("name: acme\n" + body, encoding="utf-8")
    assert main(["policy", "validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}{where}" in err, err
    assert hint in err, err


def test_a_misspelt_gateway_setting_names_the_nearest_key(tmp_path: Path) -> None:
    path = tmp_path / "mamori.yaml"
    path.write_text("server:\n  prot: 9000\nretrieval:\n  milvus_url: x\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(path)
    assert f"{path}:2: server.prot: Extra inputs are not permitted; did you mean 'port'?" in str(
        raised.value
    )
    assert "retrieval.milvus_url: Extra inputs are not permitted; did you mean 'milvus_uri'?" in (
        str(raised.value)
    )
