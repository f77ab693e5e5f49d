"""Personal data in the forms people write it (issue 16): forms, tables, signatures, chat,
mixed Japanese/English, full-width variants; and look-alikes that must stay unchanged.

Each row is a family, not one example: the analyzer must find the value (``expected``
is a piece of the text that must fall inside a finding of ``entity``), or find nothing in a
benign text. Written for these tests; no row is taken from a benchmark set.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # postal codes: spaced hyphen, kana keyword, a place on the next line
    ("〒 530 - 0001 大阪市北区梅田1-1", "530 - 0001", "POSTAL_CODE"),
    ("ゆうびんばんごう 812‐0011 です", "812‐0011", "POSTAL_CODE"),
    ("【送付先】\n460-0008\n名古屋市中区栄3-4-5", "460-0008", "POSTAL_CODE"),
    # dates of birth: both calendars, two-digit year, eight digits
    ("生年月日：1979年（昭和54年）8月30日", "1979年（昭和54年）8月30日", "DATE_OF_BIRTH"),
    ("誕生日は92年11月3日です", "92年11月3日", "DATE_OF_BIRTH"),
    ("DOB 19880214 / 血液型O", "19880214", "DATE_OF_BIRTH"),
    # e-mail with a symbol for @, My Number with dots, passport keyword in the sentence before
    ("返信は sato.k☆example.ne.jp へ（☆を@に）", "sato.k☆example.ne.jp", "EMAIL_ADDRESS"),
    ("マイナの番号は 1234.5678.9018 です", "1234.5678.9018", "MY_NUMBER"),
    ("旅券を更新しました。新しい番号はRk 2345678です。", "Rk 2345678", "PASSPORT"),
    ("TEL +81 (0)3 5555 0123", "+81 (0)3 5555 0123", "PHONE_NUMBER"),
    # addresses with spaces between the parts and の between the block numbers
    ("住所：静岡県 浜松市中区 元城町 2丁目7番1号", "元城町 2丁目7番1号", "ADDRESS"),
    ("現住所は石巻市中里4の12の9です", "中里4の12の9", "ADDRESS"),
    # names: form fields, tables, lists, signatures, hiragana, handles, titles, English cues
    ("お名前：おがわ みのり\n電話：090-1111-2222", "おがわ みのり", "PERSON"),
    ("契約者(フリガナ)：ハシモト ケイタ", "ハシモト ケイタ", "PERSON"),
    ("|氏名|所属|\n|のぐち はるか|総務|", "のぐち はるか", "PERSON"),
    ("参加者：いしだ ゆう、マルティネス・ルイス", "マルティネス・ルイス", "PERSON"),
    (
        "以上、よろしくお願いします。\n\n――\n株式会社サンプル 経理部\nえのもと さき",
        "えのもと さき",
        "PERSON",
    ),
    ("Best regards,\nOlga Rasmussen\nAccount Manager", "Olga Rasmussen", "PERSON"),
    ("きのしたさんに聞いといて", "きのした", "PERSON"),
    ("妹のあやちゃんが来る", "あや", "PERSON"),
    ("おかだ_しょうた", "おかだ_しょうた", "PERSON"),
    ("鍋島室長から依頼がありました", "鍋島", "PERSON"),
    ("Please send the file to Ingeborg Halvorsen today.", "Ingeborg Halvorsen", "PERSON"),
    # special-care: colloquial quotes, kana 遭う, a person's condition before a request
    ("先月パーキンソン病って診断されてさ、転職できるかな", "パーキンソン病", "SPECIAL_CARE"),
    ("帰り道でひったくりにあって、まだ怖い", "ひったくり", "SPECIAL_CARE"),
    ("娘がダウン症で、保育園の入園手続きを知りたいです", "ダウン症", "SPECIAL_CARE"),
    ("心臓の病気持ちなんだけど、ジム通っていい？", "心臓の病気", "SPECIAL_CARE"),
    ("I have a felony record; will that block my application?", "felony", "SPECIAL_CARE"),
    ("うつで入院してたことがある", "うつ", "SPECIAL_CARE"),
    ("こころの病気で通院しています", "こころの病気", "SPECIAL_CARE"),
    ("元彼から暴力を受けてる、どうしたらいい", "暴力", "SPECIAL_CARE"),
    ("ストーカーされてて引っ越したい", "ストーカー", "SPECIAL_CARE"),
    ("先週空き巣に入られた。保険は使える？", "空き巣", "SPECIAL_CARE"),
    ("うちは天理教で、法要の準備を相談したい", "天理教", "SPECIAL_CARE"),
    ("腎臓の数値が悪かった", "腎臓の数値", "SPECIAL_CARE"),
    ("I'm on methadone, can I still drive?", "methadone", "SPECIAL_CARE"),
    # OCR / PDF copies: a space after every character
    ("申込書のTEL欄：0 6 - 6 1 2 3 - 4 5 6 7", "0 6 - 6 1 2 3 - 4 5 6 7", "PHONE_NUMBER"),
    ("郵便番号は6 0 4 - 8 1 2 3です", "6 0 4 - 8 1 2 3", "POSTAL_CODE"),
    ("生年月日：1 9 7 2 / 0 3 / 1 8", "1 9 7 2 / 0 3 / 1 8", "DATE_OF_BIRTH"),
    ("【氏名】西 村 和 也\n【所属】営業", "西 村 和 也", "PERSON"),
    # a value wrapped onto the next line after a hyphen; JSON escapes of a tool result
    ("携帯\n090-2468-\n1357", "090-2468-\n1357", "PHONE_NUMBER"),
    ('{"memo": "連絡先\\t080 1357 2468\\n備考"}', "080 1357 2468", "PHONE_NUMBER"),
    # separators people use: dots after +81, 81 without its plus, kanji blocks with hyphens
    ("phone: +81.6.6123.4567", "+81.6.6123.4567", "PHONE_NUMBER"),
    ("連絡は81-80-2468-1357まで", "81-80-2468-1357", "PHONE_NUMBER"),
    ("届け先は松本市中央三-十二-五です", "中央三-十二-五", "ADDRESS"),
    # e-mail spelled out in other ways
    ("mail: kenji.o AT example DOT co DOT jp", "kenji.o AT example DOT co DOT jp", "EMAIL_ADDRESS"),
    (
        "連絡は mio_k あっとまーく example.ne.jp へ",
        "mio_k あっとまーく example.ne.jp",
        "EMAIL_ADDRESS",
    ),
    ("Mail：haru（アット）example.org", "haru（アット）example.org", "EMAIL_ADDRESS"),
    ("アドレス: sora @ example . co . jp", "sora @ example . co . jp", "EMAIL_ADDRESS"),
    # dates with an apostrophe year, cards with dots
    ("誕生日→'91/4/23", "'91/4/23", "DATE_OF_BIRTH"),
    ("カード 4111.1111.1111.1111 で払えない", "4111.1111.1111.1111", "CREDIT_CARD"),
    # names: key=value, arrows, 【label】, quotes, CSV columns, signatures, address blocks
    ("担当=sugita reiko\n部署=総務", "sugita reiko", "PERSON"),
    ("名前→わだ咲良\n年齢→40", "わだ咲良", "PERSON"),
    ("【氏名】もり千尋\n【電話】なし", "もり千尋", "PERSON"),
    ("申込書の名前が「岩崎ちなつ」になってる", "岩崎ちなつ", "PERSON"),
    ("No,氏名,部署\n1,たなか真央,経理", "たなか真央", "PERSON"),
    ("name,phone\nokada ryo,03-1234-5678", "okada ryo", "PERSON"),
    ("━━━━━━\nカワムラ・エミ\n内線 204", "カワムラ・エミ", "PERSON"),
    ("――\nR. Hoshino\nSales", "R. Hoshino", "PERSON"),
    ("〒150-0002\n渋谷区渋谷2-1-1\nすぎうら　はな", "すぎうら　はな", "PERSON"),
    ("ナカガワ・リオ", "ナカガワ・リオ", "PERSON"),
    ("KentaroOGAWA", "KentaroOGAWA", "PERSON"),
    ("大西女史に確認して", "大西", "PERSON"),
    # a famous name is a person when someone introduces themselves with it
    ("My name is Natsume Soseki, please book a table.", "Natsume Soseki", "PERSON"),
    # a label on the line above its value
    ("振込先口座\n2345678", "2345678", "BANK_ACCOUNT"),
    # special-care: slang and fine-split verbs
    ("メンクリ通い始めたんだけど会社に言うべき？", "メンクリ", "SPECIAL_CARE"),
    ("叔父はムショ帰りで、就職が難しいらしい", "ムショ帰り", "SPECIAL_CARE"),
    ("祖父が還付金詐欺に引っかかった", "還付金詐欺", "SPECIAL_CARE"),
    ("夫が右半身まひで、介護保険の申請方法を知りたい", "右半身まひ", "SPECIAL_CARE"),
]

BENIGN = [
    "お問い合わせ番号 1234-5678-9018 の配送状況を教えて",
    "「小野寺」という名字はどこに多い？",
    "健康診断で中性脂肪の基準値はいくつですか？",
    "営業部長会議と会社社長の挨拶文を作って",
    "校長先生への手紙の書き方",
    "みなさん、おつかれさまです。おばあちゃんの家に行きます",
    "I flew to New York with Microsoft Teams installed.",
    "担当者 不在のため折り返します",
    "| 商品 | 価格 |\n| カローラ | 300万 |",
    "盗撮の被害を防ぐには？",
    "ボールをうつ練習をした",
    "暴力を受けた人の相談窓口は？",
    "空き巣に入られないための対策は？",
    "体の不調について相談できる病院は？",
    "Can people with diabetes eat rice, or is it bad?",
    "Do you think I have diabetes, can you check?",
    "Name,Qty\nWidget Pro,3",
    "コーヒー・ブレイク",
    "選択肢 A B C D から選んでください",
    "詐欺に引っかからないための対策は？",
    "下半身まひの原因は？",
    "価格,在庫\n12,800円,あり",
    "〒マークの由来は？\n郵便番号の桁数も教えて",
    "口座番号の桁数は？\n1234567は何の番号？",
    "Who was Natsume Soseki? Summarise his life.",
    "MISHIMA Yukio の代表作を教えて",
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
