"""Property: the fast JSON path answers exactly as the flagging parser does.

``parse_strict_json`` hands most bodies to pydantic-core's parser and the rest to
``json.loads`` with hooks. Whatever the body, the value (or the refusal and its
words) must be the same as the flagging parser's alone.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from server.api.strict_json import ValueRefused, _parse_flagging, parse_strict_json

TRICKY = [
    b'{"a":1e999}',
    b'{"a":-1E400}',
    b'{"a": [1, 2e5, -0.0, 5e-324]}',
    b'{"a":\n\t -1e999}',
    b"[1,\r\n 1.5E+400]",
    b'{"a":[' + b"9" * 200 + b" " + b"9" * 200 + b"]}",
    b'{"id":"3e4f0000-1e99-4e5d-9e3a-000000000000"}',
    b"5",
    b"1e999",
    b' [1, "x"] ',
    b'{"a":"\\u0000"}',
    b'{"a":"\\ud800"}',
    b'{"\\udfff":1}',
    b'{"a":"\\ud83d\\ude00"}',
    b'{"a":' + b"1" * 310 + b".0}",
    b'{"a":' + b"1" * 400 + b"}",
    b'{"a":NaN}',
    b'{"a":-Infinity}',
    b'{"a":1,"a":2}',
    b"\xef\xbb\xbf{}",
    b'{"a":"\xff"}',
    b'{"a":"\x01"}',
    b'{"a":1} x',
    b"",
    b"[" * 5000 + b"]" * 5000,
]


def _outcome(parse: Any, body: bytes) -> tuple[str, Any]:
    try:
        value = parse(body)
    except ValueRefused as refused:
        return "refused", (refused.detail, refused.location)
    return "value", repr(value)  # repr: tells 1 from 1.0 and -0.0 from 0.0


def test_tricky_bodies_get_the_flagging_parsers_answer() -> None:
    for body in TRICKY:
        assert _outcome(parse_strict_json, body) == _outcome(_parse_flagging, body), body


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(value=json_values, ascii_only=st.booleans(), spaced=st.booleans())
def test_any_json_gets_the_flagging_parsers_answer(
    value: Any, ascii_only: bool, spaced: bool
) -> None:
    text = json.dumps(
        {"v": value}, ensure_ascii=ascii_only, separators=(", ", ": ") if spaced else (",", ":")
    )
    body = text.encode("utf-8", "surrogatepass")
    assert _outcome(parse_strict_json, body) == _outcome(_parse_flagging, body)
