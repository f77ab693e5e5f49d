"""Thirty-first round, names (issue 16): a person's name as people really write it — a
Vietnamese name with its diacritics (``Nguyễn Thị Lan``, ``Đặng Quốc Bảo``, ``Đỗ Văn Long``)
or typed in lower case with them (``hoàng văn nam``), a romanised Korean or Chinese name in
lower case (``lee jae-won said``), a name between the words of a phrase said only to people
(``let Anne-Marie Dubois know``, ``keep Priya Nair posted``), an Irish surname a reader cut
at its apostrophe (``Mr. David O'Connor``), a kana surname joined to its given name by a
middle dot (``きむら・ゆうたくん``) — while the look-alikes reach the model as written: the
name forms fill in as the model (記入例：山田 太郎（やまだ たろう）, ``John Doe``), a public
figure with the reading of the name in brackets (孫正義（そん まさよし）の経営哲学) or a genre
before the work (…のボサノヴァの代表曲), a story's character asked about
(ドラえもんに出てくるのび太くん, ``Which episode does Walter White first meet Gus Fring?``)
and the reading after a listed character's name, a title before a name (``Dear Ms.``), a
product after ``let`` (``let Python know``).

The rows were written for these tests (the round's hand set is kept outside the repository).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import (
    assert_masked_whole,
    assert_round_trip,
    touching,
)

# (text, the name that must be found whole)
FOUND = [
    # Vietnamese with diacritics, in Japanese and English sentences
    ("実習生のPhạm Văn Đức さんの日本語テストの結果をまとめて", "Phạm Văn Đức"),
    ("Trương Thị Ngọc Ánh が来月から品質管理に配属されます", "Trương Thị Ngọc Ánh"),
    ("Please book a hotel for Vũ Hoàng Yến next Tuesday.", "Vũ Hoàng Yến"),
    ("名簿：Đỗ Văn Long、Hồ Thị Thu", "Đỗ Văn Long"),
    ("名簿：Đỗ Văn Long、Hồ Thị Thu", "Hồ Thị Thu"),
    ("Tôi là Nguyễn Văn Hải, kỹ sư phần mềm.", "Nguyễn Văn Hải"),
    # ... and in lower case, when the marks say Vietnamese
    ("phạm minh châu と 佐藤 が担当", "phạm minh châu"),
    ("nguyễn thị hoa さんの面談は何時から？", "nguyễn thị hoa"),
    # a romanised Korean or Chinese name typed in lower case
    ("can you ask kim min-jun about the invoice", "kim min-jun"),
    ("park ji-hoon will cover the late shift", "park ji-hoon"),
    ("zhang xiao-ming から見積もりが来た", "zhang xiao-ming"),
    # a name between the words of a phrase said only to people
    ("Could you let Siobhan Kelly know the room changed?", "Siobhan Kelly"),
    ("Can you keep Priya Nair posted on the delivery?", "Priya Nair"),
    ("loop Marcus Hale in on the thread please", "Marcus Hale"),
    ("give Rohan Mehta a heads-up before the audit", "Rohan Mehta"),
    # an Irish surname whole, after a title
    ("Our client, Mr. David O'Connor, wants the contract in Japanese.", "David O'Connor"),
    ("I met with Aoife O'Brien yesterday about the lease.", "Aoife O'Brien"),
    # a kana surname and given name joined by a middle dot or a space
    ("きむら・ゆうたくんの誕生日カードの文面を考えて", "きむら・ゆうた"),
    ("カトウ・マサキさんへ、先日はありがとうございました。", "カトウ・マサキ"),
    # a bracketed reading is the person's too
    ("新任の山田太郎（やまだ たろう）さんを社内報で紹介したいです。", "山田太郎（やまだ たろう）"),
]  # fmt: skip

# (text, the words that must reach the model as written)
LOOKALIKES = [
    ("氏名欄の記入例は「山田 太郎（やまだ たろう）」のように書けばいいですか？", "山田 太郎"),
    ("記入例：山田花子（ヤマダ ハナコ）", "山田花子"),
    ("Name field, e.g. John Doe — is the comma required?", "John Doe"),
    ("孫正義（そん まさよし）の経営哲学について解説して", "孫正義"),
    ("夏目漱石（なつめ そうせき）の代表作は？", "夏目漱石"),
    ("ジョアン・ジルベルトのボサノヴァの代表曲を教えて", "ジルベルト"),
    ("ドラえもんに出てくるのび太くんの誕生日はいつ？", "のび太"),
    ("アニメの主人公の竈門炭治郎って何歳？", "炭治郎"),
    ("名探偵コナンの江戸川コナン（えどがわ こなん）の本名は？", "えどがわ"),
    ("Which episode does Walter White first meet Gus Fring?", "Gus Fring"),
    ("In which season does Jon Snow learn about his parents?", "Jon Snow"),
    ("Tell me about the character Hermione Granger.", "Hermione"),
    ("Dear Ms. Siobhan O'Neill,", "Ms"),
    ("let Python know nothing about the config", "Python"),
    ("the co-op re-run happened; he re-sent it", "co-op"),
    ("ホーチミン市とHà Nộiの天気を比べて", "Hà Nội"),
]  # fmt: skip

# Kept as names: a real person beside the new readings' cues stays one.
STILL_NAMES = [
    ("申込者 山田太郎 の記入例を直して。私の名前です", "山田太郎"),
    ("Which episode should I send to Priya Raghunathan?", "Priya Raghunathan"),
    ("Which book did Tom Becker lend you?", "Tom Becker"),
    ("明日会社に出てくる田中さんに資料を渡して", "田中"),
    ("山田太郎さんのボサノヴァの代表曲を添削して", "山田太郎"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v[:24] for _, v in FOUND])
def test_the_name_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, ("PERSON",))


@pytest.mark.parametrize(("text", "value"), STILL_NAMES, ids=[v[:24] for _, v in STILL_NAMES])
def test_a_name_beside_the_new_readings_stays_one(
    full_analyzer: PiiAnalyzer, text: str, value: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


RESTORED = [
    "技能実習生のNguyễn Thị Lanさんの在留カード更新について教えて",
    "Our client, Mr. David O'Connor, wants the contract in Japanese.",
    "きむら・ゆうたくんの誕生日カードの文面を考えて",
]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:20] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    await assert_round_trip(full_analyzer, text)
