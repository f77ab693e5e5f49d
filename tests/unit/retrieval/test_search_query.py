from __future__ import annotations

import pytest

from retrieval.search_query import courtesy_only, search_query


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param(
            "粗大ごみの出し方を教えてください", "粗大ごみの出し方を教えてください", id="clean"
        ),
        pytest.param(
            "お世話になっております。<PERSON_1>と申します。住民票はどこで取れますか？"
            "よろしくお願いいたします。",
            "住民票はどこで取れますか？",
            id="letter",
        ),
        pytest.param("すみません、図書館の開館時間は？", "図書館の開館時間は？", id="leading-word"),
        pytest.param(
            "こんばんは、<PERSON_2>です。犬の登録はどこでしますか。ありがとうございます。",
            "犬の登録はどこでしますか。",
            id="greeting-and-name",
        ),
        pytest.param(
            "<PERSON_1>さんの転出届を代理で出せますか", "転出届を代理で出せますか", id="placeholder"
        ),
        pytest.param(
            "＜ADDRESS_1＞に住んでいます。ごみの収集日は何曜日ですか",
            "に住んでいます。ごみの収集日は何曜日ですか",
            id="full-width-brackets",
        ),
        pytest.param("こんにちは", "こんにちは", id="only-a-greeting-stays"),
        pytest.param("  保育園の申し込み  ", "保育園の申し込み", id="stripped"),
    ],
)
def test_search_query(message: str, expected: str) -> None:
    assert search_query(message) == expected


def test_a_long_message_keeps_the_question_and_what_leads_to_it() -> None:
    story = (
        "昨年の春に市外から転入してきて、今は二人の子どもと暮らしています。"
        "上の子は小学校に通っていて、毎日とても楽しそうにしています。"
        "下の子は来年から幼稚園に入れたいと考えています。"
        "近所の方にも親切にしていただいています。"
        "ベランダに鳩が巣を作ってしまいました。"
        "駆除はどこに頼めばいいですか？"
    )
    kept = "近所の方にも親切にしていただいています。ベランダに鳩が巣を作ってしまいました。"
    assert search_query(story) == kept + "駆除はどこに頼めばいいですか？"


@pytest.mark.parametrize(
    "message",
    [
        "こんにちは",
        "おはようございます！",
        "ありがとうございました。",
        "よろしくお願いします",
        "<PERSON_1>と申します。よろしくお願いいたします。",
        "はい",
        "はい、お願いします",
        "いいえ、違います。",
        "了解です！",
        "承知しました。",
        "すみません",
        "hello",
        "Hi there!",
        "Thank you so much!",
        "ok thanks",
        "no",
        "？",
        "😀👍",
        "",
    ],
)
def test_messages_with_no_request_are_courtesy_only(message: str) -> None:
    assert courtesy_only(message)


@pytest.mark.parametrize(
    "message",
    [
        "パスワードを忘れました",
        "こんにちは。パスワードを忘れました",
        "すみません、返品したいです",
        "はい、でも商品がまだ届いていません",
        "ありがとうございます。送料はいくらですか？",
        "hello, how do I return an item?",
        "OK, but the refund is late",
        "no, I want a refund",
        "hi, refund?",
        "thanks, and the fee?",
        "よろしくお願いします、返品について",
        "送料",
        "What?",
        "1234",
    ],
)
def test_messages_with_a_request_are_not(message: str) -> None:
    assert not courtesy_only(message)
