"""Families of personal data found by the seventh blind generator's readable half (issue 16,
seventh round), and the look-alikes that must stay unchanged.

Each row stands for a family, written for these tests (no row comes from a benchmark set):
a name under a JSON key that names a person (``name``, ``customer_name``, ``firstName``, a
role such as ``assignee`` or ``watchers``), also in JSON inside a JSON string; a romaji given
name alone under a closing line, also after a sentence ending in a full stop and at the end
of a JSON string; an account holder's katakana name after the account number; a measured
test value in a て-clause before a request (…と言われて、…を受けたい) and a casual
…っぽくてさ、 clause before a question with a general word (…休むときどうしてる？); a
name glued to
氏名/お名前; a romaji given name alone in a record's free-text field; a kanji surname before
a romaji honorific (堀江-san); 〇〇の△△です after a business greeting; English condition
words (a heart condition) and qualifiers (devout, legally, profoundly). Look-alikes: a
surname in a company's name (Yamada Denki), a status as the time frame of a question that
names nobody (執行猶予中に海外旅行はできる？), 氏名欄, 名前をつけて. And a Japan Post Bank
account written as 記号 and 番号 and an address with the local part's dots spelled (gaps
the lead found by probing); a family member's name before っていう; a name a chat message
opens with before an emoji, ！ or 、.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.normalize import normalize

FOUND = [
    # a name under a JSON key that names a person
    ('{"name": "ogura tomoe", "plan": "basic"}', "ogura tomoe", "PERSON"),
    ('{"customer_name": "Ishizaki Ren", "visits": 3}', "Ishizaki Ren", "PERSON"),
    ('{"firstName": "Haruhi", "lastName": "Kuwabara"}', "Kuwabara", "PERSON"),
    ('{"owner": "Tsubasa", "state": "closed"}', "Tsubasa", "PERSON"),
    ('{"reviewers": ["Okuda", "Minami"], "ready": true}', "Minami", "PERSON"),
    ('{"氏名": "ひらの みさき"}', "ひらの みさき", "PERSON"),
    # JSON inside a JSON string (a transcript's segment holding a pasted record)
    ('{"text": "{\\"assignee\\": \\"Nishida\\", \\"due\\": \\"Fri\\"}"}', "Nishida", "PERSON"),
    # a romaji given name alone under a closing line, after a sentence with a full stop
    ("Thanks for the update.\nRegards,\nKotone", "Kotone", "PERSON"),
    ('{"body": "See you at ten.\\nCheers,\\nMasaru"}', "Masaru", "PERSON"),
    # an account holder's katakana name after the account number
    ("振込先 さくら銀行 駅前支店 普通 4412093 ヒラオカ ユウマ", "ヒラオカ ユウマ", "PERSON"),
    ("口座番号 7730112 ミズタニアオイ", "ミズタニアオイ", "PERSON"),
    # a name glued to 氏名 / お名前 with no separator
    ("氏名岡部真央で予約しました", "岡部真央", "PERSON"),
    ("電話番号090-3321-7781、氏名すぎた ゆうまで登録したい", "すぎた ゆうま", "PERSON"),
    ("お名前小池はるかです", "小池はるか", "PERSON"),
    # a romaji given name alone in a free-text field of a JSON record
    (
        '{"hits": [{"id": 3, "memo": "Shiori"}, {"id": 4, "memo": "Delivered."}]}',
        "Shiori",
        "PERSON",
    ),
    # a kanji surname before a romaji honorific in mixed-language mail
    ("FYI 堀江-san will send the deck.", "堀江", "PERSON"),
    ("Please ask 宮園 sensei about the schedule.", "宮園", "PERSON"),
    # a self-introduction after a business greeting, with the company before の
    ("いつもお世話になっております。北浜物産の大川です。", "大川", "PERSON"),
    # an account holder in katakana at the end of a JSON string
    ('{"memo": "返金先 当座 8820145 オカノ シュウジ"}', "オカノ シュウジ", "PERSON"),
    # an English condition word, and how a faith or a disability is qualified
    ("I have a heart condition, so please book an aisle seat.", "heart condition", "SPECIAL_CARE"),
    (
        "My uncle is a devout Catholic, so no meat on Friday please.",
        "devout Catholic",
        "SPECIAL_CARE",
    ),
    ("She is profoundly deaf; please reply by email.", "profoundly deaf", "SPECIAL_CARE"),
    # a family member named with っていう / という
    ("うちの妻、村瀬理沙っていうんですが、代理で申し込めますか", "村瀬理沙", "PERSON"),
    ("息子は、そうすけっていいます", "そうすけ", "PERSON"),
    # an e-mail address with the local part's dots spelled too
    (
        "mail me: keiko dot arai at example dot jp",
        "keiko dot arai at example dot jp",
        "EMAIL_ADDRESS",
    ),
    # a chat message that opens by calling someone
    ("沙耶😂 それは笑う", "沙耶", "PERSON"),
    ("拓海、いまどこ？", "拓海", "PERSON"),
    # a Japan Post Bank account: 記号 and 番号 in a text that names ゆうちょ
    ("ゆうちょです。記号は13570、番号は24681011です", "13570", "BANK_ACCOUNT"),
    ("ゆうちょです。記号は13570、番号は24681011です", "24681011", "BANK_ACCOUNT"),
    ("通帳の記号 10480 番号 5566771 に振り込んで", "5566771", "BANK_ACCOUNT"),
    # a casual …っぽくて(さ)、 clause before a question that has a general word in it
    ("最近不眠症っぽくてさ、夜勤のときってどうしてる？", "不眠症", "SPECIAL_CARE"),
    ("適応障害っぽくてさ、在宅勤務の頼み方ってどうする？", "適応障害", "SPECIAL_CARE"),
    # a measured test value in a て-clause before a request
    ("尿酸値が8.3と言われて、食事の指導を受けたい", "尿酸値が8.3", "SPECIAL_CARE"),
    ("中性脂肪が410って言われて、運動の相談をしたいです", "中性脂肪が410", "SPECIAL_CARE"),
]

BENIGN = [
    # keys that name a thing, not a person; values that are no names
    '{"file_name": "Quarterly Report", "product_name": "Aqua Blue"}',
    '{"name": "admin", "role": "viewer"}',
    '{"customer_id": "C-2041", "owner_id": "U-17"}',
    '{"from": "Osaka", "to": "Tokyo", "seats": 2}',
    '{"assignee": null, "status": "Open"}',
    # an English word under a closing line is a team, not a name
    "Thanks for your patience.\nRegards,\nSupport",
    # a katakana word after a number that is no account
    "注文番号 4412093 キャンセル",
    # a measured value asked about in general
    "尿酸値の基準値は？",
    # a family member's hobby or a thing named with っていう
    "娘、ピアノっていう習い事を始めた",
    "夫がサッカーっていうスポーツにはまってる",
    # a chat message that opens with an everyday word, a place or a title
    "明日😂 雨かな",
    "部長！資料できました",
    "大阪、行きたい",
    "了解！",
    # っぽい after an everyday word
    "子供っぽくてさ、どうしたらいい？",
    "風邪っぽくて、今日は休みます",
    # another kind of 番号 beside ゆうちょ; ゆうちょ asked about
    "注文番号 87654321、ゆうちょで払いました",
    "ゆうちょ銀行の口座を作りたい。番号の調べ方は？",
    # 氏名 / 名前 followed by a particle or a common noun
    "名前をつけて保存して",
    "氏名欄に記入してください",
    "名前変更の手続きは？",
    # an English word as a record's free-text value; a place
    '{"status": "Open", "note": "Done", "city": "Kyoto"}',
    # a greeting followed by a matter, not a name
    "お世話になっております。先日の見積もりの件です。",
    # a surname in a company's name, in romaji or English
    "Is Yamada Denki open on Sundays?",
    "Kobayashi Pharmaceutical released a new product.",
    "Suzuki Motor の決算はいつ？",
    # a status as the time frame of a question about what it allows, nobody named
    "執行猶予中に海外旅行はできる？",
    "保護観察中でも引っ越しできる？",
]

# The same words are a disclosure when a person is in the sentence.
DISCLOSED = [
    ("私は執行猶予中ですが、海外旅行はできますか？", "執行猶予"),
    ("夫が執行猶予中に海外旅行はできる？", "執行猶予"),
]


@pytest.mark.parametrize(("text", "core"), DISCLOSED)
def test_status_of_a_person_is_found(full_analyzer: PiiAnalyzer, text: str, core: str) -> None:
    findings = full_analyzer.analyze(text)
    assert [
        text[f.start : f.end] for f in findings if f.entity_type.startswith("SPECIAL_CARE")
    ] == [core]


@pytest.mark.parametrize(("text", "expected", "entity"), FOUND)
def test_written_form_is_found(
    full_analyzer: PiiAnalyzer, text: str, expected: str, entity: str
) -> None:
    findings = full_analyzer.analyze(text)
    start = text.index(expected)
    end = start + len(expected)
    assert any(
        f.entity_type.partition(":")[0] == entity and f.start <= start and end <= f.end
        for f in findings
    ), [(text[f.start : f.end], f.entity_type) for f in findings]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    findings = full_analyzer.analyze(text)
    assert findings == [], [(text[f.start : f.end], f.entity_type) for f in findings]


# A line break after a dot joins a wrapped value only when the next line goes on in a digit
# or a lower-case letter; a capital starts a new sentence.
WRAPS = [
    ("taro.\nyamada@example.jp", "taro.yamada@example.jp"),
    ("mail: hanako@example.\njp", "mail: hanako@example.jp"),
    ("080-1234-\n5678", "080-1234-5678"),
    ("see you then.\nBest,\nKen", "see you then.\nBest,\nKen"),
]


@pytest.mark.parametrize(("text", "expected"), WRAPS)
def test_wrapped_value_after_a_dot(text: str, expected: str) -> None:
    assert normalize(text).text == expected
