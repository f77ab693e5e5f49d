from __future__ import annotations

from proxy.openai_wire import input_chars


def test_input_chars_counts_text_of_every_message() -> None:
    body = {
        "messages": [
            {"role": "system", "content": "abc"},
            {"role": "user", "content": [{"type": "text", "text": "de"}, {"type": "image_url"}]},
        ]
    }
    assert input_chars(body) == 5
