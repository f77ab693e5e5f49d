"""The gateway's OpenAPI document, served at ``GET /openapi.json``.

Written here rather than derived from the handlers: the endpoints read their bodies
themselves (strictly, within the tenant's limits, see :mod:`proxy.api.json_body`), so the
framework cannot see their shapes. The document describes what the gateway accepts — the
fields the allowlists name, with the types the gateway itself checks — and the error shape
every failure has; fields passed on to vLLM unchecked are described as such. Clients and
fuzzers (the CI suite runs schemathesis against it) read it.
"""

from __future__ import annotations

from typing import Any

from proxy.api.chat_request import ALLOWED_FIELDS, FLAG_FIELDS, INTEGER_FIELDS, NUMBER_FIELDS
from proxy.api.completions_request import COMPLETION_FIELDS
from proxy.api.embeddings_request import EMBEDDING_FIELDS
from proxy.api.responses_request import RESPONSES_FIELDS

__all__ = ["openapi_document"]

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["message", "type", "param", "code"],
            "properties": {
                "message": {"type": "string"},
                "type": {"type": "string"},
                "param": {"type": ["string", "null"]},
                "code": {"type": ["integer", "string"]},
            },
        }
    },
}
_ERRORS = {
    str(status): {
        "description": reason,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    for status, reason in (
        (400, "the body or a field is invalid, or over a limit"),
        (401, "missing or unknown API key"),
        (404, "unknown model (code model_not_found)"),
        (408, "the body arrived too slowly"),
        (429, "rate limit or overload"),
        (502, "the backend failed"),
        (503, "no healthy backend"),
        (504, "the backend timed out"),
    )
}
_TEXT_PART = {
    "type": "object",
    "required": ["type"],
    "properties": {"type": {"type": "string"}, "text": {"type": "string"}},
}
_MESSAGE = {
    "type": "object",
    "required": ["role"],
    "properties": {
        "role": {
            "type": "string",
            "enum": ["system", "developer", "user", "assistant", "tool", "function"],
        },
        "content": {
            "oneOf": [
                {"type": "string"},
                {"type": "array", "items": _TEXT_PART},
                {"type": "null"},
            ]
        },
        "name": {"type": "string"},
        "tool_call_id": {"type": "string"},
        "tool_calls": {"type": "array", "items": {"type": "object"}},
    },
}
#: Fields the gateway types itself; the other allowlisted fields pass to vLLM as sent.
_STREAM_OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "include_usage": {"type": "boolean"},
        "continuous_usage_stats": {"type": "boolean"},
    },
}
_CHAT_TYPED: dict[str, Any] = {
    "model": {"type": "string", "minLength": 1},
    "messages": {"type": "array", "minItems": 1, "items": _MESSAGE},
    "stream": {"type": "boolean"},
    "stream_options": _STREAM_OPTIONS,
    "n": {"type": "integer", "minimum": 1, "description": "at most limits.max_n"},
    "best_of": {"type": "integer", "minimum": 1, "description": "at most limits.max_best_of"},
    "top_logprobs": {"type": "integer", "minimum": 0},
    "max_tokens": {"type": "integer", "minimum": 1},
    "max_completion_tokens": {"type": "integer", "minimum": 1},
    "temperature": {"type": "number"},
    "top_p": {"type": "number"},
    "stop": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    "user": {"type": "string"},
    "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
    "tools": {"type": "array", "items": {"type": "object"}},
}
# Checked on chat, completions and Responses alike (proxy.api.chat_request.check_field_types).
_SAMPLING_TYPED: dict[str, Any] = {
    **{field: {"type": "number"} for field in NUMBER_FIELDS},
    **{field: {"type": "integer"} for field in INTEGER_FIELDS},
    **{field: {"type": "boolean"} for field in FLAG_FIELDS},
    "stop": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    "user": {"type": "string"},
}
_CHAT_TYPED.update(_SAMPLING_TYPED)
_COMPLETIONS_TYPED: dict[str, Any] = {
    "model": {"type": "string", "minLength": 1},
    "prompt": {
        "oneOf": [
            {"type": "string"},
            {"type": "array", "minItems": 1, "items": {"type": "string"}},
        ]
    },
    "suffix": {"type": "null"},
    "stream": {"type": "boolean"},
    "stream_options": _STREAM_OPTIONS,
    "n": {"type": "integer", "minimum": 1},
    "max_tokens": {"type": "integer", "minimum": 1},
    "logprobs": {"type": "integer", "minimum": 0},
    "user": {"type": "string"},
}
_EMBEDDINGS_TYPED: dict[str, Any] = {
    "model": {"type": "string", "minLength": 1},
    "input": {
        "oneOf": [
            {"type": "string"},
            {"type": "array", "minItems": 1, "maxItems": 2048, "items": {"type": "string"}},
            {"type": "array", "minItems": 1, "items": {"type": "integer", "minimum": 0}},
        ]
    },
    "encoding_format": {"type": "string", "enum": ["float", "base64"]},
    "dimensions": {"type": "integer", "minimum": 1},
    "user": {"type": "string"},
}

_RESPONSES_TYPED: dict[str, Any] = {
    "model": {"type": "string", "minLength": 1},
    "input": {
        "oneOf": [
            {"type": "string"},
            {"type": "array", "minItems": 1, "items": {"type": "object"}},
        ]
    },
    "instructions": {"type": "string"},
    "stream": {"type": "boolean"},
    "stream_options": _STREAM_OPTIONS,
    "text": {
        "type": "object",
        "properties": {"format": {"type": "object"}, "verbosity": {"type": "string"}},
        "description": "other fields only without text (null, numbers, flags)",
    },
    "max_output_tokens": {"type": "integer", "minimum": 1},
    "tools": {"type": "array", "items": {"type": "object"}},
    "include": {"type": "array", "items": {"type": "string"}},
    "user": {"type": "string"},
}


def _body(typed: dict[str, Any], allowed: frozenset[str], required: list[str]) -> dict[str, Any]:
    properties = {
        name: typed.get(name, {"description": "passed to the backend as sent"})
        for name in sorted(allowed)
    }
    return {
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": False,
    }


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of every route."""
    chat_body = _body(_CHAT_TYPED, ALLOWED_FIELDS, ["model", "messages"])
    embeddings_body = _body(_EMBEDDINGS_TYPED, EMBEDDING_FIELDS, ["model", "input"])
    completions_body = _body(
        {**_SAMPLING_TYPED, **_COMPLETIONS_TYPED}, COMPLETION_FIELDS, ["model", "prompt"]
    )
    responses_body = _body(
        {**_SAMPLING_TYPED, **_RESPONSES_TYPED}, RESPONSES_FIELDS, ["model", "input"]
    )
    plain = {"type": "object"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Mamori", "version": "1", "description": "OpenAI-compatible gateway"},
        "paths": {
            "/v1/chat/completions": {
                "post": {
                    "operationId": "createChatCompletion",
                    "requestBody": {"required": True, **_json(chat_body, "a chat request")},
                    "responses": {"200": _json(plain, "a chat completion or SSE"), **_ERRORS},
                }
            },
            "/v1/completions": {
                "post": {
                    "operationId": "createCompletion",
                    "requestBody": {"required": True, **_json(completions_body, "a prompt")},
                    "responses": {"200": _json(plain, "a text completion or SSE"), **_ERRORS},
                }
            },
            "/v1/embeddings": {
                "post": {
                    "operationId": "createEmbedding",
                    "requestBody": {"required": True, **_json(embeddings_body, "inputs")},
                    "responses": {"200": _json(plain, "embeddings"), **_ERRORS},
                }
            },
            "/v1/responses": {
                "post": {
                    "operationId": "createResponse",
                    "requestBody": {
                        "required": True,
                        **_json(responses_body, "a response request"),
                    },
                    "responses": {"200": _json(plain, "a response object or SSE"), **_ERRORS},
                }
            },
            "/v1/models": {
                "get": {
                    "operationId": "listModels",
                    "responses": {"200": _json(plain, "the models"), **_ERRORS},
                }
            },
            "/v1/models/{model_id}": {
                "get": {
                    "operationId": "retrieveModel",
                    "parameters": [
                        {
                            "name": "model_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"200": _json(plain, "one model"), **_ERRORS},
                }
            },
            "/healthz": {
                "get": {"operationId": "healthz", "responses": {"200": _json(plain, "alive")}}
            },
            "/health": {
                "get": {
                    "operationId": "health",
                    "description": "The same as /healthz, at the path vLLM's server uses.",
                    "responses": {"200": _json(plain, "alive")},
                }
            },
            "/readyz": {
                "get": {
                    "operationId": "readyz",
                    "responses": {"200": _json(plain, "ready"), "503": _json(plain, "not ready")},
                }
            },
        },
        "components": {"schemas": {"Error": _ERROR}},
    }
