"""Names in the places forms, tables, lists and mail signatures put them.

People paste forms and tables as text (「お名前：きしもと あおり」, 「保護者氏名　おおき さわ
続柄：母」, 「｜氏名｜ムカイ ショウゾウ｜」), list people after a label (「出席者：山田、
佐藤、森」) and sign mails with a name line under a closing line (「Regards,⏎Jane Roe」,
「――⏎株式会社ミドリ 総務部⏎やまだ はなこ」). Names written in kana or rare kanji there are
not in Sudachi's dictionary, so the label or the layout is the evidence:

* **label and value**: a label from ``person_words/name_labels.txt`` (at the start of a
  line or after a separator, possibly two of them: 保護者氏名, possibly with a bracketed
  note: 氏名(カナ)), then ``:``, ``|``, ``=``, ``→``, ``】`` (【氏名】), 「 (名前が「…」) or a
  space, then one to three name words (kanji, kana, kana then kanji: こが弥重, capitalised
  Latin, or two or three lower-case Latin words: takeshita harue) up to the end of the
  field. A comma or 、 after a value starts another (lists of attendees). A word followed
  by ``:`` is the next label, not part of the name (unless it is a capitalised Latin word
  after another, no label, and the colon opens a sentence: ``From Eleanor Whitcombe: …``);
  values in ``not_name_values.txt`` (未定, 本人, N/A), a single kanji common noun
  (担当：経理) and a kanji word ending in an organisation unit (営業部) are not names;
* **table column**: in a table pasted as text (rows between ``|``, or CSV/TSV lines split
  by commas or tabs), the cells under a header cell that is such a label, in any case
  (``|氏名|部署|`` then ``|大木 好香|経理|``; ``No,氏名,所属`` then ``1,さいとう夏愛,営業``);
  a bare ``name`` header of CSV counts only beside a contact column (email, 電話, 住所 …),
  since product and file lists have one too;
* **signature and address block**: the first line after a closing line (``sign_offs.txt``)
  or after a line starting with 〒 (an address label: 〒, address, name), skipping company,
  department and address lines (lines with digits), when it has the shape of a name (two
  or three capitalised Latin words, ``H. Adachi``, ``Matsushita, Mie``, one capitalised
  romaji given name that is no English word (``Best,⏎Shizuri``), two or three
  lower-case romaji words that are no English words, ``asami komatsu``, or one or two
  Japanese words of at most six characters each); rules of ━, ─ or ═ and the ``-- `` mail
  signature rule are closing lines too;
* **a contact line**: the name after a phone number (starting 0, + or a bracket) or an
  e-mail address on the same line (``TEL 03-1234-5678 高松真理``, ``折り返し先 090-… やぐち
  さほまで``): one or two words that fill the rest of the line or end at まで/宛/へ or an
  honorific, and are two words or hold a word Sudachi reads as a proper noun or does not
  know (``平日のみ``, ``FAX`` are not names); the name may stand in brackets after the
  contact (``080-…（ナガトモユウリ）``) or be written ``Family, Given`` (``Tamura, Shiori``);
* **a name before its contact**: a name that opens a line with a phone number or e-mail
  address in brackets right after it (``ハセベリンカ（hasebe.r@…）``, ``瀬川 一葉 (090-…)``);
* **a name alone as a handle**: a whole text of two Japanese words, or two capitalised
  Latin words, joined by ``_`` (やまだ_はなこ, Hannah_Novak), two katakana words joined by
  ・ or ＝ (モリカワ・ヤスナ; not when each part is a common noun to Sudachi:
  コーヒー・ブレイク), or a capitalised word glued to an upper-case one
  (ShinobuTAKESHITA), the way a message's ``name`` field carries a person.

* **a JSON record**: the string value (or each string of a list) under a key that names a
  person — a name label (``"氏名"``, ``"Customer"``), a key ending in ``name`` after a
  person word or alone (``"name"``, ``"customer_name"``, ``"firstName"``; not
  ``"file_name"``, ``"product_name"``), or a role (``"assignee"``, ``"owner"``,
  ``"watchers"``, ``"reviewer"``) — also inside a JSON string (``\\"assignee\\": …``), when
  the value has the shape of a name (``"hattori sato"``, ``"Kanai"``; not ``"admin"``);
* **a glued label**: 氏名 or (お)名前 with the name right after it and no separator (a form
  pasted as text: ``氏名山田太郎``, ``氏名つつい こはくで登録``), up to the end of the field
  or a particle; not a common noun there (氏名欄, 名前変更);
* **a self-introduction after a business greeting**: 〇〇です (or と申します) after
  お世話になっております, お疲れ様です …, also after a company or department and の
  (``加藤産業の大山です``), when Sudachi reads a proper noun or does not know the word;
* **a family member's name**: after a family word from ``kin_words.txt`` and は/が/、,
  before っていう / という (``うちの主人、川原惟央っていうんですけど``);
* **a vocative**: a chat message that opens with a short word Sudachi reads as a person's
  name, right before an emoji, ！ or 、 (``尚葉😂 それはないわ``, ``桂里、今どこ？``; not
  ``明日😂``, ``部長！``);
* **an account holder**: katakana words filling the rest of the line after a bank account
  number (``普通 1234567 オオシロ マシホ``): banks write the holder's name in katakana.

Line breaks written as ``\\n`` (text inside a JSON tool result) count as line breaks.
Scores 0.8 (a cue as strong as 氏名: before a Sudachi name); a handle 0.9, above any
reading of its parts. Works on the NFKC text; never
raises; without NLP artifacts it still reads the layout (the common-noun check is skipped).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import PERSON
from guardrails.pii.nlp_engine import Morph, dictionary_entries, morphs, name_kinds
from guardrails.pii.recognizers.called_name import (
    CALLED_NAME,
    CALLER,
    called_names,
    callers,
    pet_names,
)
from guardrails.pii.recognizers.english_names import is_english_name
from guardrails.pii.recognizers.english_words import only_common_english
from guardrails.pii.recognizers.given_in_context import listed_name_word
from guardrails.pii.recognizers.romaji_name import is_romaji_word
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["LabelledNameRecognizer", "is_person_key"]

SCORE: Final = 0.8
HANDLE_SCORE: Final = 0.9

_KANJI = r"\u3400-\u9fff\uf900-\ufaff々〆ヶ"
_HIRAGANA = r"\u3041-\u3096"
_KANA: Final = re.compile(r"[\u3041-\u3096\u30a1-\u30faー]+")
_KATAKANA = r"\u30a1-\u30faー"
_WORD: Final = (
    rf"(?:[{_KANJI}]{{1,6}}(?:[{_HIRAGANA}{_KATAKANA}]{{1,8}})?"
    rf"|[{_HIRAGANA}ー]{{1,6}}[{_KANJI}]{{1,4}}"  # こが弥重: a surname in kana, given in kanji
    rf"|[{_HIRAGANA}ー]{{1,8}}|[{_KATAKANA}]{{1,10}}(?:[・=][{_KATAKANA}]{{1,10}}){{0,2}}"
    r"|[A-Z][A-Za-z'\-]{0,20}|[a-z][a-z'\-]{1,20})"
)
_VALUE: Final = re.compile(rf"{_WORD}(?:[ ・]{_WORD}){{0,2}}")
_LABEL_WORD: Final = re.compile(
    r"(?:" + "|".join(load_word_list("name_labels")) + r"){1,2}(?:\([^)\n]{1,8}\))?"
)
_LABEL_CELL: Final = re.compile(_LABEL_WORD.pattern, re.IGNORECASE)
_BARE_NAME: Final = re.compile(r"(?i:name)")
_CONTACT_HEADER: Final = re.compile(
    r"(?i:e-?mail|mail|phone|tel|address|dob|birth|age)|電話|メール|住所|生年月日|年齢|連絡先"
)
_DELIMITED_LINE: Final = re.compile(r"^[^\n]*[,\t;][^\n]*$", re.MULTILINE)
_ROW: Final = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE)
# Twenty-fifth round (tuned on): a label may follow a slash, as two fields share a line
# (面接官：早乙女 亮／候補者：東雲 ひかり; NFKC makes ／ a slash).
_LABEL: Final = re.compile(
    r"(?:^|(?<=[\s|:,、(【\[・の\"'/]))(?:"
    + "|".join(load_word_list("name_labels"))
    + r"){1,2}(?:\([^)\n]{1,8}\))?(?:\s*(?:[:=|→]|->)\s*|】\s*|(?:が|は)?「|[ ]+)",
    re.MULTILINE,
)
_NOT_VALUES: Final = frozenset(load_word_list("not_name_values"))
_SIGN_OFF: Final = re.compile(
    r"(?:^|(?<=[\"']))\s*(?:" + "|".join(load_word_list("sign_offs")) + r")\s*$", re.MULTILINE
)
_ORG_LINE: Final = re.compile(
    r"株式会社|有限会社|合同会社|\(株\)|部|課|室|グループ|チーム|センター|事業所|支店|本社"
    r"|Inc\b|Ltd\b|LLC|Co\.|Corp|Company|Department|Dept|Division|Team|Manager|Director"
    r"|Officer|Engineer|Lead|Sales|Support|Head of|@|\d"
)
_LATIN_NAME_LINE: Final = re.compile(
    r"^(?:[A-Z][^\W\d_]+(?:[ '\-][A-Z][^\W\d_]+(?:-[a-z]+)?){1,2}"
    r"|[A-Z]\. ?[A-Z][^\W\d_]+"  # H. Adachi
    r"|[A-Z][^\W\d_]+, [A-Z][^\W\d_]+)$"  # Matsushita, Mie
)
_JA_NAME_LINE: Final = re.compile(
    rf"^[{_KANJI}{_HIRAGANA}{_KATAKANA}]{{1,6}}(?:[ ・][{_KANJI}{_HIRAGANA}{_KATAKANA}]{{1,6}})?$"
)
_NOT_NAME_LINE: Final = re.compile(r"です|ます|ました|ください|お願い|ありがと|よろしく|以上")
_LOWER_WORDS: Final = re.compile(r"[a-z]{2,16}(?: [a-z]{2,16}){1,2}")
_HANDLE: Final = re.compile(
    rf"^\s*(?:[{_KANJI}{_HIRAGANA}{_KATAKANA}]{{1,8}}_[{_KANJI}{_HIRAGANA}{_KATAKANA}]{{1,8}}"
    rf"|[{_KATAKANA}]{{2,8}}[・=][{_KATAKANA}]{{2,8}}"  # モリカワ・ヤスナ
    r"|[A-Z][^\W\d_]{1,20}_[A-Z][^\W\d_]{1,20}"
    r"|[A-Z][a-z]{1,20}[A-Z]{2,20}|[A-Z]{2,20}[A-Z][a-z]{1,20})\s*$"  # ShinobuTAKESHITA
)
# A line that starts an address block: the name line follows the address lines.
_ADDRESS_BLOCK: Final = re.compile(
    r"^\s*(?:〒|(?:宛先|送付先|お届け先|住所)\s*[:：]?\s*〒).*$", re.MULTILINE
)
_ORG_END: Final = tuple("部課室係店社所局院校園庁省会組団")
# A facility or service desk a contact belongs to (カスタマーセンター（0120-…）, サポート
# デスク, お客様窓口, 受付): a place to call, never a person.
_FACILITY_END: Final = (
    "センター", "デスク", "窓口", "受付", "ダイヤル", "サポート", "事務局", "カウンター",
    "ヘルプライン", "ホットライン", "コールセンター", "相談室", "案内所", "フロント",
)  # fmt: skip
# A particle glued to the word before a bracketed contact (携帯は(090-…)): the word is the
# subject of a sentence, not a name heading a contact line.
_PARTICLE_END: Final = re.compile(rf"[{_KANJI}]+[はがもを]")
# Between the names of a list: 、 , ; and, & — after a bracketed note on the last name
# (Emma (lead), Tom Baker).
_LIST_SEPARATOR: Final = re.compile(r"(?:\s*\([^)\n]{1,20}\))?(?:\s*[、,;]\s*|\s+(?:and|&)\s+)")
_HONORIFIC_WORDS: Final = "|".join(load_word_list("honorifics"))
_TRAILING_HONORIFIC: Final = re.compile(rf" ?(?:{_HONORIFIC_WORDS})$")
_FIELD_END: Final = re.compile(
    rf"\s*(?:$|[\n|、,()/。.!?;\]】」』\"'<]|(?:{_HONORIFIC_WORDS})|[^\s:=]+\s*[:=]"
    # thirty-second round: a dash after the value ends the field (Surname: Kulkarni -- is …)
    r"|(?<=[ ])(?:--?|—|–)[ ])"
)
_SIGNATURE_LOOKAHEAD: Final = 3
# One capitalised word on a line of its own that ends the text or a paragraph.
_LAST_LINE_WORD: Final = re.compile(r"[A-Z][a-z]{1,15}(?=[ \t]*(?:$|\n[ \t]*\n|\n(?:P\.?S\b|PS:)))")
_JSON_STRING_END: Final = re.compile(r'\\?"[\s}\],]*$')
# A phone number (0…, +…) or e-mail address, also glued to the Japanese word before it
# (電話は090-…), followed on its line by a name
# (TEL 03-1234-5678 高松真理, 折り返し先 090-… やぐち さほまで): contact lines name the
# person they reach.
_CONTACT_VALUE: Final = re.compile(
    r"(?<![A-Za-z0-9_.])(?:(?:\+|\(?0)[\d()\-‐‑–—−ー_./]*(?: \d[\d()\-‐‑–—−ー_./]*)*\d"
    r"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})(?:\(内線\d+\))?(?:[ \t]+|[ \t]*\()"
)
# 「モリオカミコト(090-…)」: a name at the start of a line, the contact in brackets after it.
_NAME_THEN_CONTACT: Final = re.compile(
    rf"^[ \t]*({_WORD}(?:[ ・]{_WORD})?)(?:[ \t]*\(|\t|[ \t]*[,，][ \t]*)"
    r"(?:\+|0\d|[A-Za-z0-9._%+\-]+@)",
    re.MULTILINE,
)
# A name written family name first in capitals, a comma and the given name (a badge, a
# passenger list: FITZROY, Leander), opening its line; neither an ordinary English word.
_CAPITALS_COMMA_NAME: Final = re.compile(
    r"(?:^|(?<=\"))[ \t]*([A-Z]{2,20}(?:[-'][A-Z]{2,20})?,[ \t]?[A-Z][a-z]{1,20})"
    r"(?=[ \t]*(?:$|[—–\-:|/(]|\s[—–\-]))",
    re.MULTILINE,
)
# A romaji name written family name first with a comma (Oda, Kie) after a contact.
_COMMA_NAME: Final = re.compile(r"[A-Z][a-z]{1,20}, [A-Z][a-z]{1,20}(?=\s*(?:$|\n))", re.MULTILINE)
_CONTACT_MIN_DIGITS: Final = 9
_CONTACT_NAME_END: Final = re.compile(
    r"\s*(?:$|\n|まで|宛|へ|[、,。.)]|(?:" + _HONORIFIC_WORDS + "))"
)
# A kanji surname and a hiragana given name glued (本間そうた): the hiragana part does not
# start with a particle (平日のみ, 担当まで) or a sound no name starts with, and is no
# phrase (急ぎです, 要ください, 不要ない, 連絡したい).
_KANJI_THEN_GIVEN: Final = re.compile(
    rf"[{_KANJI}]{{1,3}}(?!の|まで|から|より|など|だけ|[はがをにへでともっんゃゅょ])"
    rf"(?![{_HIRAGANA}]*(?:です|ます|ませ|くださ|でし|まし|ない$|たい$))[{_HIRAGANA}]{{2,4}}"
)
_HIRAGANA_GIVEN: Final = re.compile(rf"(?![っんゃゅょー])[{_HIRAGANA}ー]{{2,4}}")
# Hiragana words a contact line may send one "to" that name no one (…いつまで, あさまで).
_NOT_ADDRESSEES: Final = frozenset(
    {"いつ", "あさ", "よる", "ひる", "ゆうがた", "あした", "あす", "きょう", "こんど", "そちら",
     "こちら", "あちら", "どこ", "ここ", "そこ", "のち", "あと", "まえ", "これ", "それ"}
)  # fmt: skip
# 氏名 or お名前 glued to its value (a form pasted without its separator): 氏名山田太郎.
_GLUED_LABEL: Final = re.compile(
    rf"(?:^|(?<=[\s|、,。(【\[\"']))(?:ご|お)?(?:氏名|名前)"
    rf"(?![をはがにでともの])(?=[{_KANJI}{_HIRAGANA}{_KATAKANA}])",
    re.MULTILINE,
)
_GLUED_VALUE: Final = re.compile(
    rf"({_WORD}(?:[ \u3000]{_WORD})?)(?=\s*(?:$|[\n、,。.)」]|で|を|に|が|と|は|も|の方|様|さま))",
    re.MULTILINE,
)
# A business greeting, then 「(会社・部署)の〇〇です」: the writer introduces themself
# (いつもお世話になっております。加藤産業の大山です).
_GREETED_SELF: Final = re.compile(
    r"(?:お世話になっております|お世話になります|お疲れ様です|お疲れさまです|失礼いたします"
    r"|はじめまして|初めまして)[。、!！\s]*(?:[^。\n]{1,24}?の)?"
    rf"([{_KANJI}]{{2,4}}|[{_KATAKANA}]{{2,8}})(?=(?:です|と申します|でございます)(?:[。.!！\s]|$))"
)
# The writer introducing themself by their role: 担当の林です, 窓口の広島と申します (fifteenth
# round). The word is a surname in the dictionary, whatever Sudachi read it as (林, 広島).
_ROLE_SELF: Final = re.compile(
    r"(?:担当|担当者|係|窓口|受付|営業担当|営業|事務局)の\s?"
    rf"([{_KANJI}]{{1,4}})(?=(?:です|でございます|と申します)(?:[。.!！、,\s]|$))"
)
# A name given after 名前は / 担当は and ended by で、 / です / って (名前はたかねで、高校からの
# 友達; 担当は稲田で、来週から…: sixteenth round). Kana after 名前は is the name; a kanji word
# must be one the dictionary lists as a surname or given name (担当は経理で、 is a section).
_TOPIC_NAMED: Final = re.compile(
    r"(?:(?P<named>(?:お|ご)?名前|呼び名|あだ名|ニックネーム)|(?:担当|担当者|担任|主治医|上司|相手))は\s?"
    rf"(?P<value>[{_KANJI}]{{1,4}}|[{_HIRAGANA}]{{2,5}}|[{_KATAKANA}]{{2,8}})"
    r"(?=で[、,]|です|でした|だよ|だって|って(?:いう|言う|いい)|という|と言い|さん|くん|ちゃん)"
)
# A family member named with っていう / という (うちの主人、川原惟央っていうんですけど).
_KIN_NAMED: Final = re.compile(
    r"(?:" + "|".join(load_word_list("kin_words")) + r")(?:(?:は|が)[、,]?|[、,])\s*"
    rf"({_WORD}(?:[ \u3000]{_WORD})?)(?=って(?:いう|言う|いい|言い)|と(?:いう|言う|いい|言い|申))"
)
# A chat message that opens by calling someone: a short word, then an emoji, ！ or 、
# (美咲😂 まじで？, 健太！明日ひま？, 桂里、今どこ？).
# A kaomoji written against the name does the same ((；ω；), (￣▽￣;), ヽ(・∀・)ﾉ): a bracket
# holding no two letters in a row, with a face's marks in it.
_KAOMOJI: Final = (
    r"[ヽ＼\\m]?\((?=[^()\n]{1,12}\))(?![^()\n]*[A-Za-z\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]{2})"
    r"[^()\n]*[ω▽∀_^;；´`・＾ﾟ°><TдД∇ε⌒][^()\n]*\)"
)
_VOCATIVE_HEAD: Final = re.compile(
    rf"\s*([{_KANJI}{_HIRAGANA}{_KATAKANA}]{{1,4}}|[A-Z][a-z]{{2,12}}(?=\s?(?:{_KAOMOJI}|[\U0001F300-\U0001FAFF])))"
    rf"(?=[!！、,…]|\s?[\U0001F300-\U0001FAFF\u2600-\u27BF]|\s?{_KAOMOJI})"
)
# Before a kaomoji a name in kana needs no 人名 reading (twelfth round: せいら(´・ω・`),
# うたか(；ω；) are read as せい|ら, うた|か): it is a name unless it is one word Sudachi
# knows as something else (さくら, ごはん, ねむい, おはよう) or has a prefix, verb or
# adjective in it (お|つかれ); a word read as an adverb counts when the dictionary lists it
# as a given name.
_KAOMOJI_AFTER: Final = re.compile(rf"\s?{_KAOMOJI}")
_NOT_IN_A_CALLED_NAME: Final = ("接頭辞", "動詞", "形容詞", "助動詞", "感動詞", "代名詞", "接続詞")
# A second short item and another comma after the first: an enumeration.
_ENUMERATION_AFTER: Final = re.compile(r"[、,]\s*[^、,。!！?？\s]{1,4}[、,]")
# A JSON key and its value: a string, or a list of strings (escaped quotes too, for JSON
# inside a JSON string).
_JSON_PAIR: Final = re.compile(
    r'\\?"([^"\\\n]{1,40})\\?"\s*:\s*(\[[^\]\[{}:\n]{0,300}\]|\\?"[^"\\\n]{1,60}(?=\\?"))'
)
# A ``key=value`` pair of a log line (customer_name="Satou Aito", user=Asada): the key an
# identifier, the value quoted or up to the next space or separator.
_LOG_PAIR: Final = re.compile(
    r'(?<![\w.\-/])([A-Za-z][A-Za-z0-9_]{0,40})=(?:"([^"\n]{1,60})"|([^\s"=,;&|]{1,60}))'
)
# A string of a value: its closing quote is left for the next key (JSON inside a string).
_JSON_STRING: Final = re.compile(r'\\?"([^"\\\n]{1,60})(?=\\?")')
_KEY_TOKEN: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A key naming a person: a role, or ``name`` after one of these words (or alone).
_PERSON_KEY_ROLES: Final = frozenset(load_word_list("person_keys"))
_NAME_KEY_QUALIFIERS: Final = frozenset(
    {"full", "first", "last", "given", "family", "middle", "display", "real", "kana", "romaji",
     "person", "user", "nick", "legal", "maiden", *_PERSON_KEY_ROLES}
)  # fmt: skip
# An account number after its kind (普通 1234567), then the holder's name in katakana.
_ACCOUNT_THEN_HOLDER: Final = re.compile(
    r"(?:普通|当座|貯蓄|\((?:普|当)\)|口座(?:番号)?)\s*[:：]?\s*\d{6,8}[ \t\u3000]+"
    rf"([{_KATAKANA}]{{2,12}}(?:[ \u3000・][{_KATAKANA}]{{1,12}})?)"
    r"(?=[ \t]*(?:$|\n|[、,。.)\"\\]|様))",
    re.MULTILINE,
)
# The holder said in a sentence (名義は青葉 翔太です, 口座名義が森 花子で): two name words,
# so an ordinary word as the surname (青葉, 森) is read with its given name (session 18).
_HOLDER_SAID: Final = re.compile(
    r"(?:口座)?名義人?(?:は|が)[、\s]*"
    rf"([{_KANJI}{_KATAKANA}]{{1,6}}[ \u3000・][{_KANJI}{_KATAKANA}]{{1,6}})"
    r"(?=\s*(?:$|\n|[、,。.)\"\\!！]|です|だ|で|に|の|と|様|さん|さま))",
    re.MULTILINE,
)
# A Latin name right after a person's ID value (member, employee, customer …), in brackets
# or after a dash or comma (Employee ID 77821 (Priya Sharma), member #123 - John O'Neil):
# the record's owner (session 18). Two or three capitalised words (O'Neil, McKay); a
# lower-case note ((temporary)) is not a name, nor a ticket's title (Ticket #88 - Reset).
_LATIN_NAME_WORD: Final = r"[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
_ID_THEN_NAME: Final = re.compile(
    r"(?i:\b(?:member(?:ship)?|employee|emp|staff|customer|client|student|patient|user"
    r"|account|guest|applicant|candidate|player|subscriber)(?:\s*(?:ID|No\.?|number|num))?"
    r"\s*#?)\s*[:：#]?\s*"
    r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{1,20}"
    r"(?:\s*[(（]\s*|\s+[-–—|/]\s+|,\s+)"
    rf"({_LATIN_NAME_WORD}(?:[ ]{_LATIN_NAME_WORD}){{1,2}})"
    r"(?=\s*(?:[)）,.:;!?\n]|$|\s+[-–—]))"
)
_LATIN_HOLDER: Final = re.compile(
    r"(?i:account[ ]holder(?:'s)?(?:[ ]name)?|name[ ]on[ ](?:the[ ])?account)"
    r"[ ]*(?:[:：]|is)[ ]*([A-Z][a-z]+[ ][A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[ ]*(?:$|[\n,.;)]))",
    re.MULTILINE,
)
_CONTACT_NOT_NAMES: Final = frozenset(
    {"FAX", "Fax", "fax", "TEL", "Tel", "tel", "Mail", "mail", "E-mail", "Email", "Phone", "Mobile"}
    # An English clause going on after the number ("+81 3-1234-5678 is our HQ" was a
    # PERSON "is our HQ"): a verb, article, pronoun or preposition starts no name.
    | {"is", "are", "was", "were", "will", "can", "our", "my", "your", "his", "her", "their",
       "the", "a", "an", "and", "or", "but", "for", "to", "at", "in", "on", "from", "with",
       "if", "as", "please", "call", "text", "ext", "ext.", "x", "any", "after",
       "before", "until", "between", "during", "only", "works", "also"}
)  # fmt: skip


class LabelledNameRecognizer(SingleEntityRecognizer):
    """PERSON from form labels, lists, signatures and name handles (module docstring)."""

    ENTITY: ClassVar[str] = PERSON

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        # Text inside JSON (a tool result) writes line breaks as \n: read them as lines.
        layout = text.replace("\\n", " \n")
        # The tokens are needed only to check a value found after a label or in a table.
        doc = (
            morphs(nlp_artifacts.tokens)
            if nlp_artifacts is not None
            and len(nlp_artifacts.tokens)
            and (
                _LABEL.search(layout) is not None
                or "|" in layout
                or "," in layout
                or _CONTACT_VALUE.search(layout) is not None
                or '":' in layout
                or "=" in layout
                or "担当" in layout
                or "名前" in layout
                or "氏名" in layout
                or _GREETED_SELF.search(layout) is not None
                or _ROLE_SELF.search(layout) is not None
                or _KIN_NAMED.search(layout) is not None
                or _VOCATIVE_HEAD.match(layout) is not None
                or CALLED_NAME.search(layout) is not None
                or CALLER.search(layout) is not None
                or _CAPITALS_COMMA_NAME.search(layout) is not None
            )
            else []
        )
        kinds = name_kinds(nlp_artifacts.tokens) if doc and nlp_artifacts is not None else None
        # Both read twice below: scanned once (the spaced-letter patterns are among this
        # recognizer's costliest scans).
        signatures = list(_signatures(layout))
        spaced = list(_spaced_letters(layout))
        spans = [
            *_labelled(layout, doc, kinds),
            *_table_cells(layout, doc),
            *_delimited_cells(layout, doc),
            *signatures,
            *_after_contact(layout, doc),
            *_before_contact(layout, doc),
            *_capitals_comma_names(layout, doc),
            *_json_values(layout, doc),
            *_log_values(layout, doc),
            *_glued(layout, doc),
            *_role_glued(layout, doc),
            *_record_heads(layout, doc),
            *spaced,
            *_greeted(layout, doc),
            *(_role_self(layout, kinds) if kinds is not None else ()),
            *_kin_named(layout, doc),
            *(_topic_named(layout, kinds) if kinds is not None else ()),
            *(_vocative(text, doc, kinds) if kinds is not None else ()),
            *(
                called_names(layout, doc, kinds, dictionary_entries(nlp_artifacts.tokens))
                if kinds is not None and nlp_artifacts is not None
                else ()
            ),
            *(
                callers(layout, doc, kinds, dictionary_entries(nlp_artifacts.tokens))
                if kinds is not None and nlp_artifacts is not None
                else ()
            ),
            *(m.span(1) for m in _ACCOUNT_THEN_HOLDER.finditer(layout)),
            *(m.span(1) for m in _ID_THEN_NAME.finditer(layout)),
            *(
                m.span(1)
                for m in _HOLDER_SAID.finditer(layout)
                if _is_name_value(m.group(1), m.start(1), doc)
                and not m.group(1).replace("\u3000", " ").split()[0].endswith(_ORG_END)
                and "名義" not in m.group(1)
            ),
        ]
        # A team after a label or sign-off (Customer Care, Support Team; Sales, Legal) is
        # not a person: ordinary English words, or Latin words Sudachi knows as common
        # nouns only (it reads Tom or Emma as proper nouns).
        words = morphs(nlp_artifacts.tokens) if nlp_artifacts is not None else ()
        # A given name that is also an English word (Juniper, Hazel) alone on the last line
        # under a closing line is the writer's name, not a team (fourteenth round).
        signed: set[tuple[int, int]] = set()
        for start, end in signatures:
            last = _LAST_LINE_WORD.match(layout, start)
            if last is not None and last.end() == end:
                signed.add((start, end))
        # Two capitalised words after "account holder" are a name even when both are English
        # words (Ivy Lane, Rose Hill; session 18): a payee, often a company, is not read so.
        holders = {m.span(1) for m in _LATIN_HOLDER.finditer(layout)}
        # A value under a name-part key (surname: Crane) is a name even if it is a word.
        holders |= set(_name_part_values(layout))
        # Letters typed apart are no words for Sudachi: the spacing itself was checked.
        holders |= {(start, end) for start, end in spaced if layout[start].isascii()}
        results = [
            self._result(start, end, SCORE)
            for start, end in sorted(set(spans) | holders)
            if (start, end) in holders
            or (
                not only_common_english(layout[start:end])
                and ((start, end) in signed or not _latin_common_nouns(layout, start, end, words))
            )
        ]
        if nlp_artifacts is not None and len(nlp_artifacts.tokens):
            # A pet name whole (みーちゃん) outranks a reader that took its stem (みー).
            results.extend(
                self._result(start, end, HANDLE_SCORE)
                for start, end in pet_names(layout, words, dictionary_entries(nlp_artifacts.tokens))
            )
        if _HANDLE.match(text) is not None and not _katakana_words(text, nlp_artifacts):
            # The whole text is the name: stronger than any reading of its parts.
            start, end = len(text) - len(text.lstrip()), len(text.rstrip())
            results.append(self._result(start, end, HANDLE_SCORE))
        return results

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


_UNIT_FIRST: Final = re.compile(rf"[{_KANJI}]{{1,6}}[部課室係][ \u3000]+")
# From: and To: head a mail as often as a trip or a transfer (From: Osaka⏎To: Nagoya, To:
# Tokyo office): there a value in Latin letters must read as an English name (twenty-fifth
# round, tuned on).
_ROUTE_LABEL: Final = re.compile(r"(?:From|FROM|To|TO)\b")


def _labelled(
    text: str, doc: Sequence[Morph], kinds: Callable[[str], frozenset[str]] | None = None
) -> Iterator[tuple[int, int]]:
    for label in _LABEL.finditer(text):
        position = label.end()
        for _ in range(10):  # a list: 出席者：A、B、C
            value = _VALUE.match(text, position)
            if value is None:
                break
            start, end = value.span()
            # 「おおき さわ 続柄:母」: a word followed by a colon is the next label.
            if text[end : end + 1] in {":", "="} and not _colon_after_name(text, start, end):
                last_space = max(text.rfind(" ", start, end), text.rfind("・", start, end))
                if last_space <= start:
                    break
                end = last_space
            # 「宛名：ジョン・スミス 様」: the honorific is not part of the name.
            honorific = _TRAILING_HONORIFIC.search(text, start, end)
            if honorific is not None and honorific.start() > start:
                end = honorific.start()
            # 「宛先：人事部 川端 美和 様」: the department before the name stays (twenty-fifth
            # round, tuned on); the name is what follows it.
            unit = _UNIT_FIRST.match(text, start, end)
            if unit is not None and unit.end() < end:
                start = unit.end()
            # The value must fill its field: 「担当者 不在のため折り返します」 is a sentence.
            if _FIELD_END.match(text, end) is None:
                break
            if _is_name_value(text[start:end], start, doc, kinds) and not (
                _ROUTE_LABEL.match(label.group()) is not None
                and text[start:end].isascii()
                and not is_english_name(text[start:end], start, doc)
            ):
                yield start, end
            separator = _LIST_SEPARATOR.match(text, end)
            if separator is None or "\n" in separator.group():
                break
            position = separator.end()


def _json_values(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    """The name-shaped string values under the person keys of a JSON record (docstring)."""
    for pair in _JSON_PAIR.finditer(text):
        # "from" / "to" hold a place or a date as often as a person: there only a full
        # name in Latin letters that passes the English name rules counts.
        sender = pair.group(1).strip().lower() in {"from", "to"}
        # A surname or given name said to be one: a word of the dictionary (日向, Marsh) is
        # the name here; digits, dates, flags and lower-case words are not.
        part = _NAME_PART_KEY.fullmatch(pair.group(1).strip()) is not None or _name_part(text, pair)
        if not sender and not part and not _person_key(pair.group(1)):
            continue
        for string in _JSON_STRING.finditer(text, pair.start(2), pair.end(2) + 2):
            start, end = string.span(1)
            value = string.group(1).strip()
            if not value or value != string.group(1) or _VALUE.fullmatch(value) is None:
                continue
            if sender:
                if " " in value and value.isascii() and is_english_name(value, start, doc):
                    yield start, end
                continue
            if part:
                if value not in _NOT_VALUES and not value[0].islower():
                    yield start, end
                continue
            if _is_name_value(value, start, doc) and not only_common_english(value):
                yield start, end
            elif (
                value.isascii() and value.isalpha() and value.islower() and listed_name_word(value)
            ):
                yield start, end  # "assignee":"nakamura": one listed name word (thirtieth round)


def _log_values(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    """The name-shaped value of a ``key=value`` pair of a log line under a person key
    (``customer_name="Satou Aito"``, ``user=長岡架萌``; not ``user=admin``, ``file_name=…``)."""
    for pair in _LOG_PAIR.finditer(text):
        if not _person_key(pair.group(1)):
            continue
        group = 2 if pair.group(2) is not None else 3
        start, end = pair.span(group)
        value = text[start:end]
        if value != value.strip() or _VALUE.fullmatch(value) is None:
            continue
        if _is_name_value(value, start, doc) and not only_common_english(value):
            yield start, end
        elif value.isascii() and value.isalpha() and value.islower() and listed_name_word(value):
            yield start, end  # owner=ogawa: one listed name word (thirtieth round)


# 担当松下 不在, 担当：…: the person in charge glued to 担当 (a call log, a ticket); the
# word must be one Sudachi reads as a proper noun or does not know (担当部署, 担当営業 are
# common nouns), and end at a space, a separator, a particle or an honorific.
_ROLE_GLUED: Final = re.compile(
    rf"(?:^|(?<=[\s|、,。/(【\[\"'→]))(?:担当|主担当|副担当)([{_KANJI}]{{1,4}})"
    rf"(?=\s|$|[、,。/)】\]|]|(?:{_HONORIFIC_WORDS})|[がはにへのと](?![{_KANJI}]))",
    re.MULTILINE,
)


# A record line opening with a record kind (Onboarding, Referral, Patient …) and a colon,
# then a full name and a comma
# (Onboarding: Soren Haraldsen, start date …; Referral: Ana Ruiz, DOB …).
_RECORD_HEAD: Final = re.compile(
    r"(?:^|(?<=[\"\n]))[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?"
    r"(?:Onboarding|Offboarding|Referral|Intake|Admission|Discharge|New hire|Hire|Employee|"
    r"Applicant|Candidate|Patient|Customer|Client|Tenant|Resident|Member|Student|Caller|Visitor|"
    r"Guest|Contact|Subscriber|Policyholder|Insured|Claimant)(?: [a-z]+){0,2}:[ \t]*"
    r"([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?=[ \t]*,)",
    re.MULTILINE,
)


def _record_heads(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    for match in _RECORD_HEAD.finditer(text):
        start, end = match.span(1)
        words = text[start:end].split()
        if is_english_name(text[start:end], start, doc) and not any(
            only_common_english(word) for word in words
        ):
            yield start, end


def _role_glued(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    for match in _ROLE_GLUED.finditer(text):
        start, end = match.span(1)
        if not doc or _common_noun_at(start, end, doc):
            continue
        if all(
            token.tag.startswith("名詞-固有名詞") or token.oov
            for token in doc
            if start <= token.idx < end
        ) and _proper_or_unknown(start, end, doc):
            yield start, end


# OCR spreads a name's characters apart (氏名 小 田  未 来, 藤 村  昌 峰 様): single kanji or
# kana separated by one or two spaces, after a name label or before an honorific.
_SPACED_NAME: Final = rf"[{_KANJI}{_KATAKANA}](?:[ \u3000]{{1,2}}[{_KANJI}{_KATAKANA}]){{1,6}}"
_SPACED_AFTER_LABEL: Final = re.compile(
    r"(?:^|(?<=[\s|:,、(【\[・の\"']))(?:"
    + "|".join(load_word_list("name_labels"))
    + rf"){{1,2}}(?:\([^)\n]{{1,8}}\))?(?:\s*[:：=|→]\s*|(?:は|が)[ \u3000]*|[ \u3000]+)"
    rf"({_SPACED_NAME})"
    r"(?=[ \u3000]*(?:$|\n|[、,。/|)]|[ \u3000]{2}|様|さん|殿|です|でした))",
    re.MULTILINE,
)
# Three to seven kanji each alone between spaces, before a particle or an honorific, in any
# sentence (名札に笹 本 圭と印刷, round 21 gen2 T): words are not written so, names on badges
# and certificates are.
_SPACED_KANJI: Final = re.compile(
    rf"(?<![{_KANJI}{_KATAKANA}A-Za-z0-9][ \u3000])(?<![{_KANJI}{_KATAKANA}A-Za-z0-9])"
    rf"([{_KANJI}](?:[ \u3000]{{1,2}}[{_KANJI}]){{2,6}})"
    r"(?=[ \u3000]?(?:さん|様|殿|君|くん|と|に|が|は|の|を|です|$|\n|[、。」』）)]))",
    re.MULTILINE,
)
# A Latin name typed letter by letter, the words apart by two or more spaces (J O N A S   B E
# C K on a badge or plaque): two or three such words.
# Normalising joins the letters (LEONIE   KACZMAREK) and leaves the wide gap between words.
_SPACED_LATIN: Final = re.compile(
    r"(?<![A-Za-z0-9][ ])(?<![A-Za-z0-9])"
    r"((?:[A-Z][ ]){1,14}[A-Z](?:[ ]{2,4}(?:[A-Z][ ]){1,14}[A-Z]){1,2}"
    r"|[A-Z]{2,15}(?:[ ]{2,4}[A-Z]{2,15}){1,2})(?![ ]?[A-Za-z0-9])"
)
_SPACED_BEFORE_HONORIFIC: Final = re.compile(
    rf"(?:^|(?<=[\s|:,、]))({_SPACED_NAME})[ \u3000]?(?:様|殿)(?=\s|$|[、,。])", re.MULTILINE
)


# Keys that name a part of a person's name (round 21, tuned on bench/pii_names_r21_gen2 T):
# surname, forename, 姓, 名, セイ, メイ, 姓カナ … stand alone; first / last / given / family /
# middle only beside another such key in the same object ({"first": …, "last": …}), since a
# lone "first" or "last" holds a page, a date or a flag as often.
_NAME_PART_KEY: Final = re.compile(
    r"(?i:sur_?name|fore_?name|family_?name|given_?name|last_?name|first_?name|middle_?name)s?"
    r"|姓|名|セイ|メイ|せい|めい|姓名|姓カナ|名カナ|姓（カナ）|名（カナ）|ミドルネーム"
)
_LOOSE_PART_KEY: Final = re.compile(r"(?i:first|last|given|family|middle)")
_OBJECT_END: Final = re.compile(r"[{}]")


def _name_part_values(text: str) -> Iterator[tuple[int, int]]:
    """The capitalised single-word values under name-part keys (``"surname": "Crane"``)."""
    if '":' not in text:
        return
    for pair in _JSON_PAIR.finditer(text):
        value = pair.group(2)
        if value.startswith("[") or not (
            _NAME_PART_KEY.fullmatch(pair.group(1).strip()) or _name_part(text, pair)
        ):
            continue
        start = pair.start(2) + value.index('"') + 1
        if re.fullmatch(r"[A-Z][a-z'\-]{1,20}", text[start : pair.end(2)]):
            yield start, pair.end(2)


def _name_part(text: str, pair: re.Match[str]) -> bool:
    """Whether ``pair`` is a name part under a loose key (first, last, given, family) with a
    sibling name-part key in the same JSON object; its value a single name-shaped string."""
    key = pair.group(1).strip()
    if _LOOSE_PART_KEY.fullmatch(key) is None or pair.group(2).startswith("["):
        return False
    open_at = max(text.rfind("{", 0, pair.start()), 0)
    close = _OBJECT_END.search(text, pair.end())
    close_at = close.start() if close is not None else len(text)
    siblings = [
        m.group(1).strip()
        for m in _JSON_PAIR.finditer(text, open_at, close_at)
        if m.start() != pair.start()
    ]
    value = pair.group(2).lstrip("\\").lstrip('"')
    return (
        any(_LOOSE_PART_KEY.fullmatch(k) or _NAME_PART_KEY.fullmatch(k) for k in siblings)
        and re.fullmatch(r"[A-Z][a-z'\-]{1,20}", value) is not None
    )


def _spaced_letters(text: str) -> Iterator[tuple[int, int]]:
    """A name whose characters OCR spread apart: two to seven single characters."""
    for pattern in (_SPACED_AFTER_LABEL, _SPACED_BEFORE_HONORIFIC, _SPACED_KANJI):
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if all(len(part) == 1 for part in text[start:end].split()):
                yield start, end
    for match in _SPACED_LATIN.finditer(text):
        words = ["".join(w.split(" ")) for w in re.split(r"[ ]{2,}", match.group(1))]
        if not any(only_common_english(w.title()) for w in words):
            yield match.span(1)


def is_person_key(key: str) -> bool:
    """Whether a JSON key names a person (``name``, ``customer_name``, ``assignee``, ``氏名``;
    not ``file_name``, ``customer_id``)."""
    return _person_key(key)


def _person_key(key: str) -> bool:
    """``name``, ``customer_name``, ``firstName``, ``assignee``, ``氏名``: not ``file_name``."""
    # A label as written (氏名, Customer); not a lower-case header word (from: a place).
    if _LABEL_WORD.fullmatch(key.strip()) is not None and key.strip().lower() != "from":
        return True
    if _NAME_PART_KEY.fullmatch(key.strip()) is not None:
        return True
    tokens = [t.lower() for t in _KEY_TOKEN.findall(key)]
    if not tokens or not key.isascii():
        return False
    if any(t in _PERSON_KEY_ROLES for t in tokens) and tokens[-1] not in _NOT_PERSON_KEY_ENDS:
        return True
    return tokens[-1] in {"name", "names"} and (
        len(tokens) == 1 or tokens[-2] in _NAME_KEY_QUALIFIERS
    )


def _header_key(name: str) -> bool:
    """A CSV header written as an identifier naming a person (last_name, customerName);
    a bare ``name`` is left to the contact-column check."""
    camel = re.search(r"[a-z][A-Z]", name) is not None
    return ("_" in name or camel) and _person_key(name)


# ``customer_id``, ``owner_email``: the key names a person, the value is something else.
_NOT_PERSON_KEY_ENDS: Final = frozenset(
    {"id", "ids", "email", "mail", "phone", "tel", "address", "count", "type", "status", "at",
     "date", "time", "url", "code", "no", "number", "tier", "role", "team", "group", "org"}
)  # fmt: skip


def _glued(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    """The name glued to 氏名 / お名前 with no separator (氏名山田太郎で登録), up to the
    end of its field or a particle; a common noun there (氏名欄, 氏名変更) is no name."""
    for label in _GLUED_LABEL.finditer(text):
        value = _GLUED_VALUE.match(text, label.end())
        if value is None:
            continue
        start, end = value.span(1)
        if _is_name_value(text[start:end], start, doc) and not _common_noun_at(start, end, doc):
            yield start, end


def _greeted(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    """〇〇です after a business greeting, when Sudachi reads a proper noun or an unknown
    word there (大山, not 件 or 休み)."""
    for match in _GREETED_SELF.finditer(text):
        start, end = match.span(1)
        if doc and _proper_or_unknown(start, end, doc) and not _common_noun_at(start, end, doc):
            yield start, end


def _role_self(text: str, kinds: Callable[[str], frozenset[str]]) -> Iterator[tuple[int, int]]:
    """〇〇です after the writer's role and の (担当の林です): a word the dictionary lists as a
    surname (not 担当の者です, 担当の部署です)."""
    for match in _ROLE_SELF.finditer(text):
        start, end = match.span(1)
        if "姓" in kinds(text[start:end]):
            yield start, end


def _kin_named(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    """The name a family member is called by (主人、川原惟央っていう), when it is no
    common noun (娘、ピアノっていう習い事 is not)."""
    for match in _KIN_NAMED.finditer(text):
        start, end = match.span(1)
        if _is_name_value(text[start:end], start, doc) and not _common_noun_at(start, end, doc):
            yield start, end


_QUESTION_WORDS: Final = frozenset({"なん", "なに", "何", "だれ", "誰", "どなた", "どれ", "いくつ"})


def _topic_named(text: str, kinds: Callable[[str], frozenset[str]]) -> Iterator[tuple[int, int]]:
    for match in _TOPIC_NAMED.finditer(text):
        value = match.group("value")
        if value in _NOT_VALUES or value in _NOT_ADDRESSEES or value in _QUESTION_WORDS:
            continue  # 名前はなんでしたっけ, 名前は何ですか: a question
        if re.search(r"(?:ない|なかった|たい|ます|ません|よう|そう)$", value):
            continue  # 名前はまだないです: a phrase, not a name
        kana = re.fullmatch(rf"[{_HIRAGANA}{_KATAKANA}]+", value) is not None
        if (kana and match.group("named")) or kinds(value):
            yield match.span("value")


def _vocative(
    text: str, doc: Sequence[Morph], kinds: Callable[[str], frozenset[str]]
) -> Iterator[tuple[int, int]]:
    """The name a chat message opens with, called out before an emoji, ！ or 、: every word
    of it Sudachi's, at least one read as a person's name (人名) and none a common noun
    (明日😂, 部長！ are not). Before a kaomoji, also a kana name Sudachi cuts into pieces or
    reads as an adverb the dictionary lists as a given name, and a capitalised Latin word
    Sudachi does not know that is no ordinary English word (``Hamish (´；ω；`)``)."""
    head = _VOCATIVE_HEAD.match(text)
    if head is None or not doc:
        return
    start, end = head.span(1)
    if _ENUMERATION_AFTER.match(text, end):
        return  # イチ、ニー、サン、…: a count or a list, not someone called out
    words = [t for t in doc if start <= t.idx < end]
    if not words or words[0].idx != start or words[-1].idx + len(words[-1].text) != end:
        return
    if any("人名" in t.tag for t in words) and not any(
        t.tag.startswith("名詞-普通名詞") for t in words
    ):
        yield start, end
        return
    if _KAOMOJI_AFTER.match(text, end) is None and not text[start:end].isascii():
        return
    if text[start:end].isascii():
        if len(words) == 1 and words[0].oov and not only_common_english(text[start:end]):
            yield start, end
        return
    if any(t.tag.startswith(_NOT_IN_A_CALLED_NAME) for t in words) or not _KANA.fullmatch(
        text[start:end]
    ):
        return
    if len(words) >= 2 or (words[0].tag.startswith("副詞") and "名" in kinds(text[start:end])):
        yield start, end


def _common_noun_at(start: int, end: int, doc: Sequence[Morph]) -> bool:
    """``start:end`` is one common noun Sudachi knows (欄, 変更, 表記; not 川原惟央, whose
    first word alone is one)."""
    return any(
        token.idx == start
        and token.idx + len(token.text) == end
        and token.tag.startswith("名詞-普通名詞")
        and not token.oov
        for token in doc
    )


def _colon_after_name(text: str, start: int, end: int) -> bool:
    """``From Harriet Lachance: I have…``: the colon after a capitalised Latin word that is
    no label, followed by a space, ends a header line; the word is part of the name."""
    last = text[start:end].split()[-1]
    return (
        text[end : end + 2] == ": "
        and re.fullmatch(r"[A-Z][a-z'\-]+", last) is not None
        and len(text[start:end].split()) >= 2
        and _LABEL_CELL.fullmatch(last) is None
        and _CONTACT_HEADER.search(last) is None
    )


def _after_contact(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    """The name after a phone number or address on the same line (module docstring): one or
    two words that fill the rest of the line (or end at まで/宛/an honorific), and look like
    a name: two words, or a word Sudachi reads as a proper noun or does not know (平日のみ,
    FAX are not)."""
    for contact in _CONTACT_VALUE.finditer(text):
        value_text = contact.group()
        if "@" not in value_text and sum(c.isdigit() for c in value_text) < _CONTACT_MIN_DIGITS:
            continue
        comma = _COMMA_NAME.match(text, contact.end())
        if comma is not None:
            yield comma.span()
            continue
        value = _VALUE.match(text, contact.end())
        if value is None:
            continue
        start, end = value.span()
        ending = _CONTACT_NAME_END.match(text, end)
        while ending is None and end > start:
            # まで glued on: 「さほまで」 — give the hiragana back to the ending.
            end -= 1
            ending = _CONTACT_NAME_END.match(text, end)
        if ending is None or end - start < 2:
            continue
        name = text[start:end].strip()
        addressed = False
        for tail in ("まで", "宛", "へ"):
            if name.endswith(tail) and len(name) > len(tail) + 1:
                name = name[: -len(tail)]
                addressed = True
        addressed = addressed or text.startswith(("まで", "宛", "あて"), start + len(name))
        if name.split()[0] in _CONTACT_NOT_NAMES or not _is_name_value(name, start, doc):
            continue
        if (
            len(name.split()) >= 2
            or _proper_or_unknown(start, end, doc)
            or _KANJI_THEN_GIVEN.fullmatch(name) is not None
            # 090-… そうたまで: a hiragana given name the call is to be returned to.
            or (
                addressed
                and _HIRAGANA_GIVEN.fullmatch(name) is not None
                and name not in _NOT_ADDRESSEES
            )
        ):
            yield start, start + len(name)


def _before_contact(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    """The name that opens a line with its contact in brackets after it (カジワラサキカ
    (kaji@example.jp), 山田花子(090-…)): two words, or a proper noun or unknown word."""
    for match in _NAME_THEN_CONTACT.finditer(text):
        start, end = match.span(1)
        name = text[start:end]
        if not _is_name_value(name, start, doc) or _PARTICLE_END.fullmatch(name):
            continue
        if len(name.split()) >= 2 or _proper_or_unknown(start, end, doc) or not doc:
            yield start, end


def _capitals_comma_names(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    """``FITZROY, Leander``: see ``_CAPITALS_COMMA_NAME``; the given name is a word Sudachi
    does not know or reads as a person's name (not ``USA, Canada``: a place)."""
    for match in _CAPITALS_COMMA_NAME.finditer(text):
        family, _, given = match.group(1).partition(",")
        if only_common_english(family.title()) or only_common_english(given.strip()):
            continue
        start = match.end(1) - len(given.strip())
        if (
            any(token.idx == start and (token.oov or "人名" in token.tag) for token in doc)
            or not doc
        ):
            yield match.span(1)


def _proper_or_unknown(start: int, end: int, doc: Sequence[Morph]) -> bool:
    """A token of ``start:end`` is a proper noun or unknown to Sudachi (高松, 本間, Reyes)."""
    return any(
        start <= token.idx < end and (token.tag.startswith("名詞-固有名詞") or token.oov)
        for token in doc
    )


def _table_cells(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    columns: set[int] = set()
    roles: frozenset[int] = frozenset()
    previous_end = -2
    for row in _ROW.finditer(text):
        if row.start() > previous_end + 1:
            columns, roles = set(), frozenset()  # not the next line: a new table
        previous_end = row.end()
        cells: list[tuple[int, int]] = []
        cursor = row.start(1)
        for cell in row.group(1).split("|"):
            cells.append((cursor, cursor + len(cell)))
            cursor += len(cell) + 1
        headers = {
            index
            for index, (start, end) in enumerate(cells)
            if _LABEL_WORD.fullmatch(text[start:end].strip())
            or _ROLE_HEADER.fullmatch(text[start:end].strip())
        }
        if headers:
            columns = headers
            roles = _role_columns(text, cells, headers)
            continue
        yield from _column_values(text, cells, columns, doc, roles)


def _delimited_cells(text: str, doc: Sequence[Morph]) -> Iterator[tuple[int, int]]:
    """Cells under a name header in CSV or TSV lines pasted as text."""
    columns: set[int] = set()
    roles: frozenset[int] = frozenset()
    delimiter = ""
    previous_end = -2
    for line in _DELIMITED_LINE.finditer(text):
        if line.start() > previous_end + 1:
            columns, roles, delimiter = set(), frozenset(), ""  # a new table
        previous_end = line.end()
        row = line.group()
        split_by = delimiter or next((d for d in ("\t", ",", ";") if d in row), ",")
        cells: list[tuple[int, int]] = []
        cursor = line.start()
        for cell in row.split(split_by):
            cells.append((cursor, cursor + len(cell)))
            cursor += len(cell) + 1
        if len(cells) < 2:
            continue
        names = [text[start:end].strip() for start, end in cells]
        headers = {
            index
            for index, name in enumerate(names)
            if _LABEL_CELL.fullmatch(name)
            or (name.isascii() and _header_key(name))
            or _ROLE_HEADER.fullmatch(name)
        }
        if not any(_CONTACT_HEADER.search(name) for name in names):
            headers = {index for index in headers if not _BARE_NAME.fullmatch(names[index])}
        if headers:
            columns, delimiter = headers, split_by
            roles = _role_columns(text, cells, headers)
            continue
        yield from _column_values(text, cells, columns, doc, roles)


# Twenty-fifth round (tuned on): a column headed by a person's role in a table or a CSV/TSV
# (Manager, Employee, Lead, Mentor …; any case) holds people, every row of it; a Latin value
# there must read as an English name (the header is weaker evidence than 氏名 or Name).
_ROLE_HEADER: Final = re.compile(
    r"(?i:manager|employee|staff|member|supervisor|mentor|owner|assignee|reviewer|approver"
    r"|requester|reporter|author|attendee|participant|customer|client|patient|applicant"
    r"|candidate|interviewer|organi[sz]er|lead|teacher|student|instructor|trainer|trainee"
    r"|sender|recipient)s?"
)


def _role_columns(text: str, cells: Sequence[tuple[int, int]], headers: set[int]) -> frozenset[int]:
    """The header cells that are a role word only, not a name label."""
    return frozenset(
        index
        for index in headers
        if _ROLE_HEADER.fullmatch(text[cells[index][0] : cells[index][1]].strip())
        and not _LABEL_WORD.fullmatch(text[cells[index][0] : cells[index][1]].strip())
    )


def _column_values(
    text: str,
    cells: Sequence[tuple[int, int]],
    columns: set[int],
    doc: Sequence[Morph],
    role_columns: frozenset[int] = frozenset(),
) -> Iterator[tuple[int, int]]:
    """The names in one row's cells under the name columns (a table's or a CSV's); under a
    role header (``role_columns``) a value in Latin letters must read as an English name."""
    for index in columns:
        if index >= len(cells):
            continue
        start, end = cells[index]
        raw = text[start:end]
        value = raw.strip()
        if not value or _VALUE.fullmatch(value) is None:
            continue
        value_start = start + raw.index(value)
        if not _is_name_value(value, value_start, doc):
            continue
        if (
            index in role_columns
            and value.isascii()
            and not is_english_name(value, value_start, doc)
        ):
            continue  # under a role header (Manager, Lead) a Latin value must read as a name
        yield value_start, value_start + len(value)


def _is_name_value(
    value: str,
    start: int,
    doc: Sequence[Morph],
    kinds: Callable[[str], frozenset[str]] | None = None,
) -> bool:
    words = value.replace("・", " ").split()
    if not words or value in _NOT_VALUES or words[0] in _NOT_VALUES:
        return False
    if value.endswith(_FACILITY_END):
        return False
    # Lower-case Latin is a name only as two or three words (takeshita harue), never one
    # word (担当者: none, name=admin).
    if value[0].islower() and (len(words) < 2 or not value.isascii()):
        return False
    if len(words) == 1 and re.fullmatch(rf"[{_KANJI}]+", value):
        if value.endswith(_ORG_END) and len(value) >= 2:
            return False
        # 担当：経理 — one common noun from the dictionary, not a name; a common noun the
        # dictionary also lists as a surname after a person label is the surname
        # (CC：大竹、甲斐: fourteenth round).
        if kinds is not None and "姓" in kinds(value):
            return True
        for token in doc:
            if token.idx == start and len(token.text) == len(value):
                return not (len(value) >= 2 and token.tag.startswith("名詞-普通名詞"))
    return not (len(words) == 1 and len(value) < 2)


def _signatures(text: str) -> Iterator[tuple[int, int]]:
    anchors = sorted([*_SIGN_OFF.finditer(text), *_ADDRESS_BLOCK.finditer(text)], key=_start)
    for sign_off in anchors:
        position = sign_off.end()
        seen = 0
        while position < len(text) and seen < _SIGNATURE_LOOKAHEAD:
            line_end = text.find("\n", position + 1)
            line_end = len(text) if line_end < 0 else line_end
            raw = text[position:line_end].lstrip("\n")
            line_start = line_end - len(raw)
            # The last line of a JSON string ends at its closing quote (…\nShizuri"}).
            line = _JSON_STRING_END.sub("", raw.strip())
            position = line_end
            if not line:
                continue
            seen += 1
            offset = line_start + raw.index(line)
            if _ORG_LINE.search(line):
                continue  # 株式会社ミドリ 総務部, Sales Manager: the name may follow
            if (
                _LATIN_NAME_LINE.match(line)
                or _romaji_given_line(line)
                or (_JA_NAME_LINE.match(line) and not _NOT_NAME_LINE.search(line))
                or _romaji_name_line(line)
            ):
                yield offset, offset + len(line)
            break


def _romaji_given_line(line: str) -> bool:
    """A capitalised given name alone under a closing line (Best,⏎Shizuri; Cheers,⏎Yusuf):
    no ordinary English word (a team written as one common noun, Support, is dropped later
    by Sudachi's reading)."""
    return re.fullmatch(r"[A-Z][a-z]{1,15}", line) is not None and not only_common_english(line)


def _latin_common_nouns(text: str, start: int, end: int, doc: Sequence[Morph]) -> bool:
    """``start:end`` is Latin words only, each a word Sudachi knows as a common noun (or
    another common word), none a proper noun or unknown to it (Sales, Customer Success)."""
    value = text[start:end]
    if not value.isascii() or not doc:
        return False
    tokens = [m for m in doc if start <= m.idx < end and m.text.strip(" ,.-'")]
    return bool(tokens) and all(
        not m.oov and not m.tag.startswith("名詞-固有名詞") and m.text.isascii() for m in tokens
    )


def _romaji_name_line(line: str) -> bool:
    """Two or three lower-case romaji words (asami komatsu), none an English word."""
    words = line.split()
    return (
        2 <= len(words) <= 3
        and _LOWER_WORDS.fullmatch(line) is not None
        and all(is_romaji_word(w) for w in words)
        and not any(only_common_english(w) for w in words)
    )


def _start(match: re.Match[str]) -> int:
    return match.start()


def _katakana_words(text: str, nlp_artifacts: NlpArtifacts | None) -> bool:
    """True for katakana joined by ・ whose every part is one common noun to Sudachi."""
    if "・" not in text and "=" not in text:
        return False
    if nlp_artifacts is None or not len(nlp_artifacts.tokens):
        return False
    nouns = {
        token.text
        for token in morphs(nlp_artifacts.tokens)
        if token.tag.startswith("名詞-普通名詞") and not token.oov
    }
    return all(part.strip() in nouns for part in re.split("[・=]", text))
