"""Families of personal data found by the fifth blind generator's readable half (issue 16,
fifth round), and the look-alikes that must stay unchanged.

Each row stands for a family, written for these tests (no row comes from a benchmark set):
phone digit groups joined by underscores; e-mail domains typed with the Japanese full stop;
a symbol for the ``@`` only when glued to a real-looking domain; My Number groups split by
slashes; a passport number with a dot after the letters; a licence number in any grouping
of its twelve digits; an account abroad of 9-12 digits right after acct/account; birth
dates with the other calendar's year in brackets, a two-digit year first, or the three
numbers of a form's boxes; a name after a phone number or address on its line, a hiragana
given name after a family word, surnames written with numerals; casual special-care
disclosures after a time word, a te-clause before a question, a limb with 障害 (only the
core masked); and questions about people in general that follow a te-clause.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # phones: underscores between the groups
    ("携帯 070_3381_2290 まで", "070_3381_2290", "PHONE_NUMBER"),
    ("call me: 03_5521_7788 (office)", "03_5521_7788", "PHONE_NUMBER"),
    # e-mail: the Japanese full stop for the dots; a symbol glued in for the @
    ("返信先は mori.k@mail。example。ne。jp です", "mori.k@mail。example。ne。jp", "EMAIL_ADDRESS"),
    ("contact: ayu_22@sample。com please", "ayu_22@sample。com", "EMAIL_ADDRESS"),
    ("アドレスは hana※post.example.com（※を@に）", "hana※post.example.com", "EMAIL_ADDRESS"),
    # My Number in slash-separated groups
    ("個人番号 4410/2287/6653 を提出しました", "4410/2287/6653", "MY_NUMBER"),
    # passport: a dot after the letters
    ("旅券番号 RK.4471902 の期限", "RK.4471902", "PASSPORT"),
    ("passport: mz.8820114", "mz.8820114", "PASSPORT"),
    # licence: any grouping of the twelve digits
    ("運転免許証 30-18-442209-71 を提示", "30-18-442209-71", "DRIVER_LICENSE"),
    ("license no. 3018 442209 71", "3018 442209 71", "DRIVER_LICENSE"),
    # accounts abroad: 9-12 digits right after acct/account
    ("please refund to acct no. 884201937 asap", "884201937", "BANK_ACCOUNT"),
    ("Wells Fargo account #004417729310", "004417729310", "BANK_ACCOUNT"),
    # "#" after account is the number sign, not a disguised @ (the request survives)
    ("Please wire it to account #5234567. Confirm once done", "5234567", "BANK_ACCOUNT"),
    # birth dates: the other calendar's year in brackets
    ("生年月日 平成9(1997)年11月3日", "平成9(1997)年11月3日", "DATE_OF_BIRTH"),
    ("1971(S46).10.2生まれです", "1971(S46).10.2", "DATE_OF_BIRTH"),
    ("誕生日は2003(平成15)年7月21日", "2003(平成15)年7月21日", "DATE_OF_BIRTH"),
    # a two-digit year first; the three numbers of a form's boxes
    ("88.12.5生まれの弟", "88.12.5", "DATE_OF_BIRTH"),
    ("生年月日 1964 10 09", "1964 10 09", "DATE_OF_BIRTH"),
    # a Japanese address in romaji: a room after the town, the ward's suffix glued on
    ("Deliver to 3-7-21 Kamiuma #402, Setagayaku, Toukyouto", "3-7-21 Kamiuma #402", "ADDRESS"),
    ("2-5-1 Sakae, Nagoyashi 460-0008", "2-5-1 Sakae, Nagoyashi", "ADDRESS"),
    # names: after a phone number or address on the same line
    ("TEL 045-661-2093 小野寺恵", "小野寺恵", "PERSON"),
    ("折り返しは 080-7712-5560 はやかわ みおまでお願いします", "はやかわ みお", "PERSON"),
    ("窓口 support@sample.co.jp 佐伯", "佐伯", "PERSON"),
    ("03-3344-9921 kawabata rin", "kawabata rin", "PERSON"),
    # a hiragana given name after a family word, glued to its particle
    ("息子のはるとが熱を出しました", "はると", "PERSON"),
    ("うちのさくらは来月で3歳", "さくら", "PERSON"),
    ("妻のゆいと相談して決めます", "ゆい", "PERSON"),
    # surnames written with numerals, also those the kanji-number reading used to turn
    # into digits; one word before a self-introduction
    ("昨日、一番ヶ瀬さんから電話がありました", "一番ヶ瀬", "PERSON"),
    ("一二三様の件です", "一二三", "PERSON"),
    ("五味と申します。予約の確認です", "五味", "PERSON"),
    ("出席：二階堂、百瀬、八木（敬称略）", "百瀬", "PERSON"),
    ("林氏に確認しました", "林", "PERSON"),
    # a listed name with an honorific is a namesake customer, still masked
    ("米津玄師様からのご予約を確認してください", "米津玄師", "PERSON"),
    # special-care: a casual disclosure after a time word; a te-clause before a question;
    # a limb with 障害
    ("去年アルコール依存症って診断されてさ、つらい", "アルコール依存症", "SPECIAL_CARE"),
    ("最近適応障害で会社休んでて傷病手当金の申請方法は？", "適応障害", "SPECIAL_CARE"),
    ("祖父は右手に障害があるので、筆談でお願いします", "右手に障害", "SPECIAL_CARE"),
]

# The sensitive core is masked, never the request: (text, core, words that must survive).
CORE = [
    ("去年胃がんが見つかって手術したんだけど、保険の請求方法は？", "胃がん", "去年"),
    ("最近うつで会社休んでて傷病手当金の申請方法は？", "うつ", "傷病手当金の申請方法"),
    ("父は下肢の障害があるので、段差の少ない宿を探しています", "下肢の障害", "段差の少ない宿"),
]

BENIGN = [
    "see item#A12.Done, then close the ticket",
    "order#1234.Next we ship it",
    "残高照会の結果は1234567890円でした",
    "バージョン 3.12.4 をリリースしました",
    "2025 11 03 の会議室を押さえて",
    "平成7(1995)年の震災について教えて",
    "file_2024_11_03.csv を開けません",
    # a common word after a family word
    "娘のほうが背が高いです",
    "うちのねこは三歳です",
    "息子のためにも頑張ります",
    # a question about people in general after a te-clause is not a disclosure
    "うつ病と診断されて休職する場合の手当は？",
    "がんと診断されて仕事を辞める人は多いですか？",
    "私は会員として活動しています。",
    # well-known people in general questions: a full name Sudachi knows as one word, a long
    # vowel at the end of one part or across two words, the other voicing, newer list entries
    "What is Kenji Miyazawa famous for?",
    "What is Kenji Miyasawa's best-known poem?",
    "What did Shinzo Abe do as prime minister?",
    "Which albums did Hikaru Utada release?",
    "米津玄師の代表曲は？",
    # 彼氏 (boyfriend) is a word, not a name with the honorific 氏
    "彼氏が浮気したかもしれない",
]


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


@pytest.mark.parametrize(("text", "core", "kept"), CORE)
def test_only_the_core_is_masked(
    full_analyzer: PiiAnalyzer, text: str, core: str, kept: str
) -> None:
    found = [
        text[f.start : f.end]
        for f in full_analyzer.analyze(text)
        if f.entity_type.startswith("SPECIAL_CARE")
    ]
    assert found == [core]
    start = text.index(kept)
    assert all(
        not (f.start < start + len(kept) and start < f.end) for f in full_analyzer.analyze(text)
    )


# Words after a phone number on its line that are not names (the number itself is found).
NOT_NAMES_AFTER_CONTACT = [
    "営業時間 03-1234-5678 平日のみ",
    "TEL 03-1234-5678 FAX 03-1234-5679",
    "連絡先 045-123-4567 までお電話ください",
    "受付 06-6543-2100 9時から17時",
]


@pytest.mark.parametrize("text", NOT_NAMES_AFTER_CONTACT)
def test_no_name_after_contact(full_analyzer: PiiAnalyzer, text: str) -> None:
    findings = full_analyzer.analyze(text)
    assert [text[f.start : f.end] for f in findings if f.entity_type == "PERSON"] == []
    assert any(f.entity_type == "PHONE_NUMBER" for f in findings)


# A score and a glued -shi without a prefecture or postal code after it is no address (the
# player's given name may be masked as a person: since the eighth round, a romaji word that
# spells a listed given name is one).
def test_score_before_a_name_is_no_address(full_analyzer: PiiAnalyzer) -> None:
    text = "Final score 3-1 Giants, Takeshi scored twice"
    findings = full_analyzer.analyze(text)
    assert [(text[f.start : f.end], f.entity_type) for f in findings] == [("Takeshi", "PERSON")]
