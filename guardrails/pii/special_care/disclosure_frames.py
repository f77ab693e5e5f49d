"""A condition, medicine, faith or offence the sentence itself marks as a disclosure.

The lexicon knows a few hundred words; people name thousands of conditions, brands, faiths
and offences. When the words around a noun say plainly what it is (〜と診断された,
〜の治療中, 〜を服用している, 〜に入信した, 〜で服役していた, "diagnosed with X",
"I'm on X for my Y", "served two years for X"), the noun is the sensitive core whether the
lexicon lists it or not. This reader finds the frame first (a small closed set of verbs
and nouns), then reads the noun just before (Japanese) or after (English) it: a run of
kanji, katakana or Latin letters, without the time words that open a clause (先月, 昔, 今).

What it leaves alone: the frame said of a group or a hypothetical (〜と診断された方は,
〜を服用している場合, 〜で逮捕されたら, 〜の治療法), a question about the topic
(〜の症状とは), and a core that is a word for a person or a generic word (薬, 病気, 病院).
Every pattern is a character class run bounded in length, read back from a frame match:
linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..recognizers.english_words import COMMON_ENGLISH_WORDS
from ..recognizers.folded_names import GIVEN_NAMES

__all__ = [
    "GENERAL_PASSIVE_AFTER",
    "FrameCore",
    "disclosure_cores",
    "field_value_start",
    "field_word_asked",
]


@dataclass(frozen=True)
class FrameCore:
    start: int
    end: int
    category: str


# Characters a Japanese noun core is made of: kanji, katakana (with ー and ・), Latin
# letters and digits (II型, C型, 1型).
_CORE_CHAR = re.compile(r"[\u4e00-\u9fff\u3005\u30a1-\u30faー・A-Za-z0-9]")
_MAX_CORE = 24
_KANJI = re.compile(r"[\u4e00-\u9fff]")
# Time and place words that open a clause before the core (先月線維筋痛症と…, 昔放火で…).
_LEADING = re.compile(
    r"(?:(?:[0-9一二三四五六七八九十数何]+(?:年|か月|ヶ月|カ月|ケ月|週間|日)前?)"
    r"|先月|先週|去年|昨年|今年|今月|今週|昨日|今日|最近|以前|当時|昔|今|先日|先般|毎朝|毎日|毎晩|朝晩|朝|夜|幼少期|子供時代"
    r"|小学生|中学生|高校生|大学生|学生時代)+"
)
# Nouns that are no core: generic words, people, places of care.
_NOT_CORE = re.compile(
    r"^(?:薬|お薬|病気|持病|病院|医者|医師|先生|家族|母|父|妻|夫|兄|姉|弟|妹|息子|娘|子供|本人|自分|私|僕|俺"
    r"|彼|彼女|友人|同僚|上司|部下|主治医|医療機関|クリニック|宗教|信仰|罪|犯罪|事件|容疑|疑い|何|なに"
    r"|これ|それ|あれ|同じ|別|他|ほか|新た|検査|手術|治療|診察|入院|通院|仕事|会社|学校|ストレス|過労"
    r"|風邪|かぜ|怪我|ケガ|骨折|捻挫|インフルエンザ|コロナ|花粉症|虫歯|寝不足|二日酔い)$"
)
# Japanese frames after the core: (category, pattern, what the core must look like).
# ``any``: the frame's verb says what the core is (診断, 服用, 入信, 服役); ``condition``: a
# weaker frame (〜持ち, 〜で通院) needs a condition-shaped core; ``medicine``: a casual
# intake frame (毎日飲んでる) needs a medicine-shaped core.
_JA_FRAMES: tuple[tuple[str, str, str], ...] = (
    ("medical_history", r"(?:と|って)(?:医者に|病院で|医師に)?(?:診断され|診断を受け)", "any"),
    ("medical_history", r"の診断を受け|の診断が(?:出|つ|下)|と診断が(?:出|つ|下)", "any"),
    (
        "medical_history",
        r"(?:の|で)(?:治療|療養|闘病)(?:中|のため|を受けて|をして|を続けて|してい)",
        "any",
    ),
    ("medical_history", r"を(?:患って|患い|発症し|わずらって)", "any"),
    (
        "medical_history",
        r"で(?:通院|入院|療養|闘病)(?:中|して|しており|しています|しました|した)",
        "condition",
    ),
    (
        "medical_history",
        r"(?:持ち|もち)(?:だ|で|なので|なんで|です|やけど|だけど|だから|だし)",
        "condition",
    ),
    ("medical_treatment", r"を(?:服用|処方され|処方して|投与され|内服)", "any"),
    (
        "medical_treatment",
        r"を(?:毎日|毎朝|毎晩|ずっと|朝晩|寝る前に)?(?:飲んで|のんで)(?:る|いる|います|て)",
        "medicine",
    ),
    (
        "creed",
        r"に(?:入信|改宗)|(?:の|を)(?:信者|信徒|信仰して|信仰しており|信仰しています)",
        "faith",
    ),
    ("creed", r"に(?:熱心|のめり込|ハマっ|はまっ)", "faith_shaped"),
    # 私はモルモン教徒なので, クエーカー教徒として: the believer word with its faith
    (
        "creed",
        r"(?<=教徒|信徒)(?:なので|なんで|だから|ですので|です(?!か)|として|であり|で、|だけど)",
        "believer",
    ),
    ("criminal_record", r"(?:で|の)(?:前科|前歴)(?:が|は|も|あり|持ち|1犯|一犯)", "any"),
    ("criminal_record", r"で(?:服役|収監|実刑|有罪|執行猶予|罰金刑|懲役)", "any"),
    (
        "criminal_procedure",
        r"で(?:逮捕|起訴|書類送検|送検)(?:され|歴)|で(?:捕まっ|つかまっ)た",
        "any",
    ),
)
_JA_FRAME = re.compile("|".join(f"(?P<f{i}>{p})" for i, (_, p, _) in enumerate(_JA_FRAMES)))
# Seventeenth round: frames read in a scan of their own, so that none of them hides one of the
# frames above at the same place (モルモン教徒なので is read by the believer frame).
_JA_FRAMES_18: tuple[tuple[str, str, str], ...] = (
    # 毎日リリカのんでて, メトグルコ飲み始めてから, 〜処方されたんやけど (seventeenth round): the
    # particle dropped as people chat; a katakana name the drinks list does not hold
    (
        "medical_treatment",
        r"を?(?:毎日|毎朝|毎晩|ずっと|朝晩|寝る前に|朝|夜)?(?:飲んで|のんで|飲み始め|のみ始め|飲んどる"
        r"|飲んでおり|処方され)",
        "katakana_medicine",
    ),
    # 再生不良性貧血なんですけど, 〜やねん, 〜でして: a condition-shaped noun before a copula
    (
        "medical_history",
        r"(?:なんです(?!か)|なんだ(?!ろ)|なんや(?!ろ)|なんよ|やねん|やけど|でして|でございます(?!か)"
        r"|なので(?!すか|しょう)|なもので)",
        "condition_strict",
    ),
    (
        "medical_history",
        r"を(?:抱えて|抱えており|持って(?:い|て|る|お))|が(?:ございま|ありまして)",
        "condition_strict",
    ),
    # 彼氏が統一教会に入ってるっぽい, 〜の集会に毎週行ってる
    (
        "creed",
        r"に(?:入って(?:る|いる|ます|て)|入った|入会|加入)"
        r"|の(?:集会|礼拝|ミサ|勉強会|会合|祭典|例会)に(?:毎週|毎月|よく|ずっと)?(?:行って|通って|参加して|出て)",
        "faith_named",
    ),
)
_JA_FRAME_18 = re.compile("|".join(f"(?P<f{i}>{p})" for i, (_, p, _) in enumerate(_JA_FRAMES_18)))
# Said of a group, a hypothetical, or a question about what would happen.
_GENERAL_AFTER = re.compile(
    r"[^。！？!?\n、,]{0,6}?(?:方|人|者|場合|とき|時|際|ら(?:[、,]|どう)|たら|れば|ると|後の|患者|ケース)"
    # people counted (浄土真宗の信者が多い地域, 〜の信者数)
    r"|(?:が多|が少な|数|の割合|人口)"
)
# Twenty-first round: a passive frame in the non-past made a noun or a purpose (と診断される
# のはなぜ, 処方されることが多い, 診断されるには, 診断される基準) says what happens in general.
_GENERAL_NON_PAST = re.compile(
    r"る(?:のは|のが|のを|ことは|ことが|ことも|には|までに?|基準|条件|目安|理由|可能性|確率)"
)
GENERAL_PASSIVE_AFTER = re.compile(
    rf"[^。、,\n]{{0,8}}?(?:され|言われ|判定され|判断され){_GENERAL_NON_PAST.pattern}"
)
"""After a word: a non-past passive made a noun (と診断されるのはなぜ): said in general."""
# An institution speaking of what it treats (当院では〜の治療をしています).
_INSTITUTION_BEFORE = re.compile(r"(?:当院|当科|当クリニック|当センター|当病院|本院|当薬局)")
_CONDITION_SHAPED = re.compile(
    r"(?:症|病|炎|癌|がん|ガン|障害|痛|腫|疾患|不全|瘍|麻痺|硬変|異常|欠損|失調|狭窄|梗塞|出血|結石|腎|瘤|貧血|血症|細動|難聴)$"
    r"|^[\u30a1-\u30faー・]{3,}$"
)
_DRINKS = re.compile(
    r"^(?:コーヒー|ビール|ワイン|プロテイン|サプリ|サプリメント|ヤクルト|ジュース|スムージー|ミルク|コーラ"
    r"|ポカリ|ポカリスエット|アクエリアス|カルピス|レッドブル|モンスター|オロナミンC|リポビタンD|ミロ|ラムネ"
    r"|ビタミン[A-Z0-9]*|マルチビタミン|ミネラルウォーター|ソーダ|サイダー|ルイボスティー|ジャスミンティー|ハーブティー|チャイ|ヨーグルト|ドリンク|シェイク"
    r"|ウイスキー|ハイボール|カフェラテ|ラテ|ココア|レモネード|エナジードリンク|スープ|お茶|紅茶|緑茶|水|牛乳"
    r"|豆乳|酒|お酒|日本酒|焼酎|青汁|白湯|味噌汁|甘酒|麦茶|ほうじ茶|抹茶)$"
)
_MEDICINE_SHAPED = re.compile(
    r"(?:薬|剤|錠|酸|散|液|丸|湯|ン|ル|ド|ム|ス|ト|ラ|ク|ア|ド|ブ|プ|ジ|ス|ミ)$"
)
_FAITH_SHAPED = re.compile(
    r"(?:教|宗|教団|教会|正教|苑|派|真光|会)$"
    # a church named in katakana (セブンスデー・アドベンチスト, 南部バプテスト)
    r"|(?:アドベンチスト|バプテスト|メソジスト|ペンテコステ|クエーカー|モルモン|カトリック"
    r"|プロテスタント|ムスリム|ルーテル|メノナイト|アーミッシュ|エホバの証人)$"
)


# 障害 and 異常 name faults of things too (システム障害なんですけど, 通信障害なので).
_NOT_A_PERSONS_CONDITION = re.compile(
    r"(?:システム|通信|電波|回線|ネット|ネットワーク|サーバー?|接続|配送|電源|運行|機器|動作|表示|電気|設備"
    r"|運転|交通|物流|決済|ログイン|アクセス|大規模|データ|機能|発達段階)(?:障害|異常)$|異常$"
)
_FAITH_GENERIC = frozenset({"教会", "宗教", "教団", "お寺", "会", "協会", "学会", "教室"})


def _shaped(kind: str, core: str) -> bool:
    if kind == "katakana_medicine":
        return _DRINKS.match(core) is None and (
            re.fullmatch(r"[\u30a1-\u30faー]{3,}", core) is not None
            or (_MEDICINE_SHAPED.search(core) is not None and len(core) >= 3)
        )
    if kind == "condition_strict":
        return (
            len(core) >= 2
            and _CONDITION_SHAPED.search(core) is not None
            and re.fullmatch(r"[\u30a1-\u30faー・]+", core) is None
            and _NOT_A_PERSONS_CONDITION.search(core) is None
        )
    if kind == "faith_named":
        return (
            _FAITH_SHAPED.search(core) is not None and core not in _FAITH_GENERIC and len(core) >= 3
        )
    if kind == "condition":
        return _CONDITION_SHAPED.search(core) is not None
    if kind == "medicine":
        return _DRINKS.match(core) is None and (
            _MEDICINE_SHAPED.search(core) is not None and len(core) >= 3
        )
    if kind == "faith":
        return re.fullmatch(r"[A-Za-z0-9 ]+", core) is None
    if kind == "believer":
        return len(core) > 2 and core != "異教徒"  # a believer of a named faith
    if kind == "faith_shaped":
        return _FAITH_SHAPED.search(core) is not None
    return True


# A property or a measure is no condition (耐震性の診断を受け, 満足度, 血糖値).
_NOT_A_CONDITION = re.compile(r"(?:性|度|率|力|量|値|診断)$")


def _core_before(text: str, end: int, floor: int) -> tuple[int, int] | None:
    start = end
    while start > floor and end - start < _MAX_CORE:
        if _CORE_CHAR.match(text, start - 1):
            start -= 1
        elif text.startswith("うつ", start - 2) and _KANJI.match(text, start - 3):
            start -= 2  # 持続性抑うつ障害: うつ is the kana spelling of 鬱 inside the name
        else:
            break
    if start == end:
        return None
    lead = _LEADING.match(text, start, end)
    if lead is not None and lead.end() < end:
        start = lead.end()
    while start < end and text[start] in "・ー":
        start += 1  # ・耐震性の診断を受け: a list mark opens no core
    core = text[start:end]
    if (
        not core
        or _NOT_CORE.match(core)
        or _NOT_A_CONDITION.search(core)
        or (len(core) < 2 and not re.match(r"[\u4e00-\u9fff]", core))
    ):
        return None
    return start, end


def _japanese(text: str) -> list[FrameCore]:
    out: list[FrameCore] = []
    for frames, pattern in ((_JA_FRAMES, _JA_FRAME), (_JA_FRAMES_18, _JA_FRAME_18)):
        for match in pattern.finditer(text):
            index = next(int(k[1:]) for k, v in match.groupdict().items() if v is not None)
            category, _, kind = frames[index]
            if _GENERAL_AFTER.match(text, match.end()) or _GENERAL_NON_PAST.match(
                text, match.end()
            ):
                continue
            if _INSTITUTION_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            core = _core_before(text, match.start(), max(0, match.start() - 40))
            if core is not None and _shaped(kind, text[core[0] : core[1]]):
                found = FrameCore(core[0], core[1], category)
                if found not in out:
                    out.append(found)
    return out


# English: the core after the frame, up to four words, ending before a clause word or mark.
_EN_WORD = r"[A-Za-z][\w'’-]*|[0-9][\w-]*"
_EN_STOP = (
    r"and|but|so|or|last|this|since|in|at|on|when|for|because|every|each|daily|which|to|now|"
    r"a|an|the|is|was|are|were|and|with|from|after|before|about|my|his|her|their|our|twice|once|"
    r"recently|yesterday|today|years?|months?|weeks?|ago|too|also|as|that|who|i|we|he|she|they"
)
_EN_CORE_RE = re.compile(
    rf"(?!(?:{_EN_STOP})\b)(?:{_EN_WORD})(?:\s+(?!(?:{_EN_STOP})\b)(?:{_EN_WORD})){{0,3}}",
    re.IGNORECASE,
)
#: (category, frame, what the core must look like): ``any`` (the verb says what it is),
#: ``condition`` (has / have: a condition-shaped core), ``medicine`` (I'm on / I take:
#: one or two words and a sign of intake after it), ``creed`` (converted to / devout: a
#: faith's word, ``_EN_CREED_SHAPED``).
_EN_FRAMES: tuple[tuple[str, str, str], ...] = (
    (
        "medical_history",
        r"\b(?:diagnosed with|being treated for|treated for|treatment for|suffer(?:s|ing)? from|"
        r"battling)\s+(?:an? |the |severe |mild |chronic )?",
        "any",
    ),
    # twenty-fourth round: a clinical note's "presents with" / "admitted with" (Patient
    # Maria Gonzalez presents with type 2 diabetes); the core must be condition-shaped (the
    # app presents with a login screen says nothing)
    (
        "medical_history",
        r"\b(?:presents|presented|presenting|admitted|readmitted|hospitali[sz]ed)\s+with\s+"
        r"(?:an? |the |severe |mild |chronic |acute |known )?",
        "condition",
    ),
    # twenty-fourth round: someone's own condition told about (told me about his hepatitis
    # B, opened up about her depression, disclosed his HIV): a possessive before it; the
    # core must be condition-shaped (told me about his trip says nothing)
    (
        "medical_history",
        r"\b(?:(?:told|tells|telling)\s+(?:me|us|him|her|them|HR|the\s+team)\s+about"
        r"|opened\s+up\s+about|disclosed|mentioned|shared)\s+(?:his|her|their)\s+",
        "condition",
    ),
    # twenty-third round (second wave): one lives with a roommate, a dog or one's parents as
    # well as with an illness; what follows "living with" must be condition-shaped (a
    # listed condition is read by the English reader whatever its shape)
    (
        "medical_history",
        r"\bliving with\s+(?:an? |the |severe |mild |chronic )?",
        "condition",
    ),
    # the reason for a medicine (session 18): "on sertraline for anxiety", "taking lamotrigine
    # for my epilepsy". What is taken must look like a medicine's name (_EN_DRUG_LIKE: not
    # the train for my trip, a course for my career); without my/his/her the reason must also
    # be condition-shaped (on propranolol for stage fright says no diagnosis).
    (
        "medical_history",
        r"\b(?:on|taking|take|takes|prescribed)\s+(?P<drug>[\w'-]+(?:\s[\w'-]+)?)\s+for\s+"
        r"(?:my|his|her|their|our)\s+",
        "drug_reason",
    ),
    (
        "medical_history",
        r"\b(?:on|taking|take|takes|prescribed)\s+(?P<drug>[\w'-]+(?:\s[\w'-]+)?)\s+for\s+"
        r"(?!(?:my|his|her|their|our)\s)",
        "drug_condition",
    ),
    # I'm on meds for X, got diagnosed with X, in recovery from X (seventeenth round)
    (
        "medical_history",
        r"\b(?:on|taking|take|takes|need|needs)\s+(?:meds|medication|medications|medicine|pills|tablets"
        r"|injections)\s+for\s+(?:my |his |her |their |our )?",
        "any",
    ),
    (
        "medical_history",
        r"\b(?:in recovery from|recovering from|born with"
        r"|(?:I|we|he|she|they)\s+(?:live|lives) with"
        r"|(?:I|we|you|he|she|they)(?:'ve|'s|\s+have|\s+has)\s+"
        r"(?:had|been battling|been living with))"
        r"\s+(?:an? |the |severe |mild |chronic )?",
        "condition",
    ),
    (
        "medical_history",
        r"\b(?:I|he|she|they|we|(?:my|our|his|her|their)\s+(?:[\w'-]+\s+)?[\w'-]+)"
        r"\s+(?:has|have|had|was born with)\s+",
        "condition",
    ),
    (
        "medical_treatment",
        r"\b(?:I'm|I am|I've been|ive been|im|he's|she's|he is|she is|they're|we're"
        r"|(?:my|our) \w+(?: is|'s been| has been))"
        r"\s+(?:on|taking)\s+",
        "medicine",
    ),
    (
        "medical_treatment",
        r"\b(?:I|we|he|she|they|(?:my|our) \w+)\s+(?:take|takes|was prescribed|got prescribed"
        r"|started|switched to|was put on)\s+"
        r"|^\s*(?:recently |just )?started\s+",
        "medicine",
    ),
    (
        "creed",
        r"\b(?:converted to|convert to|baptized as|baptised as|I am a practicing|I'm a practicing|"
        r"I'm a practising|I am a devout|I'm a devout|I am a devout)\s+(?:an? |the )?",
        "creed",
    ),
    (
        "criminal_record",
        # time done for an offence (did 3 years for assault, served 18 months for fraud,
        # spent two years inside for burglary; twenty-third round, wave 2, tuned on)
        r"\b(?:(?:served|serving|did|done|doing|spent|got|locked up for)"
        r" (?:time|\w+(?: and a half)? (?:years?|months?|weeks?|yrs?))"
        r"(?: (?:in (?:prison|jail)|inside|behind bars))? for"
        r"|convicted of|conviction for|(?:on|under) (?:probation|parole) for"
        r"|(?:criminal )?record for|pleaded guilty to|sentenced for|jailed for"
        r"|in (?:prison|jail) for"
        r"|locked up for|arrested for|charged with)\s+(?:an? |the )?"
        # thirtieth round: a term or a reader is no offence (on probation for three months
        # at a new job, this employee record for the manager)
        r"(?!(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
        r"|a few|the first|the next)[ -](?:days?|weeks?|months?|years?)\b"
        r"|(?:the |a |an |this |our |my |your )?(?:manager|team|boss|hr|company|client|employer"
        r"|file|review|job|role|position|interview|board|panel|department|recruiter|audit)s?\b)",
        "any",
    ),
)
# One pattern per frame: a frame inside another's match (I'm on X for my Y) is still read.
_EN_FRAME_RES = tuple(
    (category, re.compile(pattern, re.IGNORECASE), kind) for category, pattern, kind in _EN_FRAMES
)
_EN_CONDITION_SUFFIX = re.compile(
    r"(?:disease|syndrome|disorder|cancer|itis|osis|emia|aemia|oma|ism|'s|’s|diabetes|palsy|"
    r"sclerosis|dystrophy|fibrosis|apnea|apnoea|hepatitis [A-E]|HIV|AIDS|COVID|dementia|epilepsy|"
    r"depression|anxiety|lupus|asthma|migraines?|psoriasis|eczema|pathy|plegia|algia|philia|"
    r"lexia|somnia|lepsy|phrenia|gravis|fibrillation|hypertension|failure|addiction|alcoholism|"
    r"anorexia|bulimia|leuka?emia|thalassa?emia|autism|colitis|derma|bipolar|seizures?)$",
    re.IGNORECASE,
)
_EN_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_EN_LOWER_ACRONYM = re.compile(r"adhd|ocd|ptsd|pcos|copd|ibs|hiv|aids|als|cfs|gerd")
_EN_INTAKE_AFTER = re.compile(
    r"\s*(?:[0-9.]+\s*mg|every (?:morning|day|night|evening)|daily|each (?:morning|day|night)|"
    r"twice a day|once a day|at night|for (?:my|his|her|their|anxiety|depression|the )"
    r"|since (?:[0-9]|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|last|I|she|he|we)|for (?:like |about |nearly |almost )?(?:a|one|two|three"
    r"|four|five|six|several|many|[0-9]+) (?:years?|months?|weeks?))",
    re.IGNORECASE,
)
_EN_NOT_CORE = re.compile(
    r"^(?:it|this|that|time|way|leave|vacation|holiday|call|board|duty|track|break|hold|site|care|"
    r"notice|medication|meds|medicine|pills|drugs|something|anything|nothing|what|them|him|me|you|"
    r"us|one|train|bus|taxi|photo|photos|notes|class|classes|lesson|lessons|part|charge|"
    r"responsibility|over|diet|team|project|budget|schedule|record|questions?|concerns?|problems?|"
    r"issues?|ideas?|kids|children|plans?|meetings?|access|experience"
    # apps, platforms and diets one is "on" or "takes" (I've been on Duolingo since March)
    r"|duolingo|babbel|netflix|spotify|instagram|tiktok|tinder|hinge|bumble|slack|discord"
    r"|twitter|facebook|linkedin|reddit|youtube|whatsapp|telegram|strava|peloton|headspace"
    r"|noom|myfitnesspal|keto|paleo|atkins|whole30|weight watchers|twitch|substack"
    r"|patreon|etsy|ebay|vinted|uber|lyft|airbnb"
    # a fault found in a thing (diagnosed with a bug in the billing module): second wave
    r"|bugs?|glitch(?:es)?|faults?|errors?|defects?|outages?|(?:memory )?leaks?|regressions?"
    r"|crash(?:es)?)\b",
    re.IGNORECASE,
)
# What is taken "for" a reason: a name said bare (sertraline, Concerta, lithium), not a
# thing with an article or an everyday noun (the train, a course, time off, a class).
_EN_DRUG_LIKE = re.compile(
    r"(?!(?:the|a|an|some|this|that|these|those|my|his|her|their|our|your|it|time|part|care"
    r"|train|bus|taxi|class|classes|lessons?|notes|leave|vacation|holiday|break|photos?|over"
    r"|charge|track|board|duty|call|notice|questions?)\b)[A-Za-z][\w'-]*(?:\s[A-Za-z0-9][\w'-]*)?",
    re.IGNORECASE,
)
# A frame said of anyone (if you were diagnosed with, people who take, can I take).
_EN_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:if|whether|can|could|should|would|people|patients|someone|anyone|who|do|does|how|what)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_EN_FOLLOWER = re.compile(
    r"\b(?:a|an|as)\s+((?:[A-Z][\w'’-]*\s+){1,2}(?:follower|believer|adherent|convert)s?)\b"
)
# A self-description naming a faith before the writer's clause: "As a Quaker, I …", "As an
# Eastern Orthodox Christian, what should I …", "Being Catholic, I …" (the article may be
# wrong or missing). The capitalised words are the core when one of them is a faith word,
# or when a qualifier (devout, practising) says they are one.
_EN_FAITH_WORD = (
    r"Christian|Catholic|Protestant|Orthodox|Anglican|Episcopalian|Baptist|Methodist|Lutheran"
    r"|Presbyterian|Pentecostal|Evangelical|Adventist|Mennonite|Amish|Quaker|Mormon|Latter-day"
    r"|Witness|Unitarian|Calvinist|Copt|Coptic|Maronite|Jew|Jewish|Muslim|Moslem|Sunni|Shia"
    r"|Shiite|Sufi|Ismaili|Ahmadi|Alevi|Druze|Hindu|Sikh|Jain|Buddhist|Shinto|Taoist|Daoist"
    r"|Zoroastrian|Parsi|Baha'i|Bahai|Rastafarian|Wiccan|Pagan|Scientologist|Hasidic|Haredi"
    r"|Tenrikyo|Shintoist|Nichiren|Jodo|Zen|Jehovah's|Krishna|Gakkai|Theravada|Mahayana|Wicca"
    r"|Rastafari|Yazidi|Mandaean|Falun"
)
_EN_APPOSITIVE_FAITH = re.compile(
    r"(?:^|(?<=[.!?\n\"'“:]))\s{0,4}(?:As|as|Being|being)\s+(?:an?\s+)?"
    r"(?P<qual>(?:practi[sc]ing|devout|observant|committed|lifelong|born-again)\s+)?"
    r"(?P<core>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    # the comma may be missing before the writer's clause (As a practising Jehovah's Witness I …)
    r"(?:\s*,|(?=\s+(?:I|I'm|I've|I'd|we|my|our)\b))"
    r"(?=[^.!?\n]{0,80}?\b(?:I|I'm|I've|I'd|me|my|we|our|us)\b)"
)
# A condition said as an adjective of a person (I'm diabetic, Being epileptic, our daughter is
# autistic, as a coeliac): a closed list of words that say nothing else (seventeenth round).
_EN_CONDITION_ADJ = re.compile(
    r"\b(?:I'm|I am|im|being|as an?|I was|he's|she's|he is|she is|he was|she was|they're|they are"
    r"|(?:my|our|his|her|their)\s+(?:[\w'-]+\s+)?[\w'-]+\s+(?:is|was))\s+"
    r"(?P<core>(?:(?:also|now|severely|profoundly|legally|partially|insulin-dependent"
    r"|type [12])\s+)?"
    r"(?:diabetic|pre-?diabetic|epileptic|autistic|bipolar|dyslexic|dyspraxic|asthmatic|anaemic"
    r"|anemic|hypothyroid|hyperthyroid|coeliac|celiac|schizophrenic|HIV[- ]positive"
    r"|immunocompromised|paraplegic|quadriplegic|tetraplegic|deaf|blind|hard of hearing"
    r"|visually impaired|hearing impaired"
    r"|neurodivergent|arthritic|anorexic|bulimic|alcoholic|diabetic type [12]))\b"
    r"(?!\s+(?:to|about|spot|date|side|eye|man|woman|person|people|patients)\b)",
    re.IGNORECASE,
)
_EN_FAITH_IN = re.compile(rf"\b(?:{_EN_FAITH_WORD})(?:s|'s)?\b")
_EN_FAITH_SUFFIX = re.compile(r"(?:ist|ite|ian|ic)$")


def _english(text: str) -> list[FrameCore]:
    out: list[FrameCore] = []
    for category, frame, kind in _EN_FRAME_RES:
        out.extend(_english_frame(text, category, frame, kind))
    for match in _EN_CONDITION_ADJ.finditer(text):
        if not _EN_HYPOTHETICAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            out.append(FrameCore(match.start("core"), match.end("core"), "medical_history"))
    for match in _EN_FOLLOWER.finditer(text):
        out.append(FrameCore(match.start(1), match.end(1), "creed"))
    for match in _EN_APPOSITIVE_FAITH.finditer(text):
        core = match.group("core")
        if _EN_FAITH_IN.search(core) or (
            match.group("qual") and _EN_FAITH_SUFFIX.search(core.split()[-1])
        ):
            out.append(FrameCore(match.start("core"), match.end("core"), "creed"))
    return out


# What a conversion, a baptism or a devout practice is to (lead, twenty-fifth round): a
# faith or a creed's word, so a file or script conversion (Convert to PDF, convert to kana,
# converted to UTC) and a practising profession (I'm a practising lawyer) are no belief.
_EN_CREED_SHAPED = re.compile(
    r"(?:ism|ity|Islam|Catholic|Orthodox|Protestant|Evangelical|Anglican|Lutheran|Methodist"
    r"|Baptist|Presbyterian|Pentecostal|Mormon|Quaker|Muslim|Moslem|Jew|Jewish|Christian"
    r"|Buddhist|Hindu|Sikh|Jain|Shinto|Taoist|Bah[aá]'?[ií]|Witness|Pagan|Wiccan|Zoroastrian"
    r"|Rastafarian|Unitarian|Adventist|Scientolog\w*|kyo|kyou|kyō|Gakkai|Zen|faith|church"
    r"|religion|believer|follower)s?\b",
    re.IGNORECASE,
)


def _english_frame(text: str, category: str, frame: re.Pattern[str], kind: str) -> list[FrameCore]:
    out: list[FrameCore] = []
    for match in frame.finditer(text):
        if _EN_HYPOTHETICAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        core = _EN_CORE_RE.match(text, match.end())
        if core is None or _EN_NOT_CORE.match(core.group(0)):
            continue
        words = core.group(0).split()
        if kind in ("drug_reason", "drug_condition") and not _EN_DRUG_LIKE.fullmatch(
            match.group("drug")
        ):
            continue
        if kind == "creed" and not _EN_CREED_SHAPED.search(core.group(0)):
            continue  # Convert to PDF, convert to kana, I'm a practising lawyer: no belief
        if kind == "medicine" and (
            len(words) > 2
            or not _EN_INTAKE_AFTER.match(text, core.end())
            or all(w.lower() in COMMON_ENGLISH_WORDS for w in words)
            or words[-1].lower().endswith("s")
        ):
            continue  # I take Japanese lessons every morning: no medicine
        end: int | None = core.end()
        if kind == "drug_condition":
            # chat trails words after the reason (on prozac for depression rn): the reason
            # ends at its last condition-shaped word
            end = _condition_end(text, core.start(), core.group(0))
        if end is None or (kind == "condition" and not _condition_shaped(core.group(0))):
            continue
        out.append(FrameCore(core.start(), end, category))
    return out


def _condition_shaped(core: str) -> bool:
    """The core's last word is condition-shaped, or the whole is one acronym (PCOS); a short
    word in lower case is no acronym (born with a gift)."""
    return bool(
        _EN_CONDITION_SUFFIX.search(core)
        or _EN_ACRONYM.match(core)
        or _EN_LOWER_ACRONYM.fullmatch(core)
    )


def _condition_end(text: str, start: int, core: str) -> int | None:
    """The end (in ``text``) of the longest run of the core's words, from its first, that is
    condition-shaped; None when no such run."""
    ends = [m.end() for m in re.finditer(r"\S+", core)]
    for end in reversed(ends):
        if _condition_shaped(core[:end]):
            return start + end
    return None


# Twenty-first round. A crime suffered, said of the writer or someone close (I was sexually
# assaulted, I got mugged, my sister was stalked, after being abused by my ex, I'm a
# victim of domestic violence): the offence is the core, the request after it stays. News
# (a woman was mugged) and questions (how do I report being mugged) have no such subject.
_EN_SUFFERED = (
    r"(?:(?:sexually|physically|violently|brutally|repeatedly|emotionally|verbally)\s+)?"
    r"(?:assaulted|raped|mugged|stalked|abused|molested|groped|robbed|burgled|burglarized"
    r"|beaten(?:\s+up)?|attacked|harassed|trafficked|blackmailed|kidnapped|abducted|drugged"
    r"|stabbed|strangled|sextorted|catfished|doxx?ed)"
    r"(?:\s+at\s+(?:knife|gun)point)?"
)
_EN_VICTIM = re.compile(
    r"\b(?:(?:I|we|he|she|they|(?:my|our)\s+(?:[\w'-]+\s+)?[\w'-]+"
    # twentieth round: a student of mine, one of my tenants, this applicant
    r"|an?\s+(?:[\w'-]+\s+){1,2}of\s+(?:mine|ours)|one\s+of\s+(?:my|our)\s+[\w'-]+"
    r"|(?:the|this|that)\s+(?:new\s+)?(?:hire|employee|applicant|candidate|customer|client"
    r"|tenant|student|intern|colleague|co-?worker|caller|resident|guest|trainee|teammate)"
    # twenty-second round: a person named before the verb (Hannah Okafor was stalked); a
    # capitalised common word (Someone, Tourist) is dropped in _victims_and_drugs
    r"|(?P<name>(?-i:[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})))\s*"
    r"(?:was|were|got|'ve been|'s been|'d been|have been|has been|had been|am being|is being)"
    r"|(?:after|since|because of|from|of)\s+being|ive been|i've been)"
    rf"\s+(?P<core>{_EN_SUFFERED})\b",
    re.IGNORECASE,
)
_EN_CRIME_SHAPED = re.compile(
    r"(?:violence|assault|abuse|stalking|rape|harassment|robbery|trafficking|porn|crime|mugging"
    r"|burglary|kidnapping|molestation|grooming|sextortion|exploitation)$",
    re.IGNORECASE,
)
# What makes a crime word figurative: robbed of a win / the title / sleep, mugged or
# attacked by a wave, a seagull, the heat (nineteenth round).
_EN_FIGURATIVE_AFTER = re.compile(
    r"\s+(?:of\s+(?:(?:a|an|the|my|our|his|her|their|that|this)\s+)?(?:(?:last|late|first|"
    r"deserved|clear|certain|sure|great|perfect)[- ]\w+\s+)?(?:win|wins|victory|title|goal|goals"
    r"|point|points|penalty|medal|chance|opportunity|place|spot|final|trophy|championship|sleep"
    r"|glory|moment|childhood|youth|dignity|joy|time|weekend|game|match|draw|result|run|record)\b"
    r"|by\s+(?:a|an|the|some)\s+(?:(?:huge|big|rogue|massive|giant|hungry|cheeky|wild)\s+)?"
    r"(?:wave|waves|seagull|seagulls|gull|gulls|monkey|monkeys|squirrel|pigeon|crow|goose|geese"
    r"|deer|raccoon|cat|dog|toddler|baby|heat|sun|wind|rain|storm|tide|surf|sea|ocean|reality"
    r"|nostalgia|nature|jet lag|hangover|bill|taxman|prices?))",
    re.IGNORECASE,
)
# Someone doing it to the writer or someone close (My manager has been bullying me, he keeps
# harassing my sister, my ex is stalking us): the verb is the core.
_EN_ABUSER = re.compile(
    r"\b(?:has\s+been|have\s+been|had\s+been|is|are|was|were|keeps|kept|started|'s\s+been"
    r"|’s\s+been|'s|’s)\s+(?:(?:constantly|repeatedly|always|sexually|physically|verbally)\s+)?"
    r"(?P<core>bullying|harassing|stalking|abusing|assaulting|hitting|beating|threatening"
    r"|groping|molesting|blackmailing|intimidating)\s+(?:me|us|my\s+[\w'-]+|our\s+[\w'-]+)\b",
    re.IGNORECASE,
)
_EN_VICTIM_OF = re.compile(
    r"\b(?:I'm|I am|im|I was|I've been|I have been|(?:my|our)\s+[\w'-]+\s+(?:is|was|has been))"
    r"\s+(?:a|the)\s+(?:victim|survivor)\s+of\s+(?:an?\s+)?"
    r"|\b(?:I|we)(?:'ve| have)\s+(?:experienced|been through|survived)\s+(?:an?\s+)?",
    re.IGNORECASE,
)
# A medicine by its generic name, taken by someone: a closed list of common ones and the
# stems of generic names (-pine, -zole, -pril, -statin, -mab, -tide, -olol, -azepam,
# -oxetine …). Only after an intake verb of a person, and never before battery/ion/cell.
_EN_DRUG = (
    r"(?:lithium|insulin|warfarin|methotrexate|metformin|levothyroxine|valproate|valproic acid"
    r"|allopurinol|tramadol|codeine|morphine|methadone|naltrexone|bupropion|clonidine"
    r"|prednisone|tacrolimus|mycophenolate|hydroxychloroquine|lamotrigine|gabapentin"
    r"|pregabalin|sertraline|venlafaxine|desvenlafaxine|haloperidol|trazodone|buspirone"
    r"|topiramate|levetiracetam|amiodarone|digoxin|furosemide|spironolactone|tamoxifen"
    r"|letrozole|anastrozole|finasteride|isotretinoin|methylphenidate|lisdexamfetamine"
    r"|[a-z]{3,}(?:pine|zole|pril|sartan|statin|mab|glutide|tide|olol|azepam|azolam|oxetine"
    r"|triptyline|idone|cycline|floxacin|mycin|cillin|gliptin|gliflozin|xaban|gatran|parin"
    r"|lukast|olone|isone|codone|orphine|thiazide|dipine|peridol|xetine|tadine|terol))"
)
_EN_DRUG_FRAME = re.compile(
    r"\b(?:(?:I|we|he|she|they|(?:my|our|his|her|their)\s+[\w'-]+)"
    r"(?:\s*'(?:m|s|ve|re)|\s+(?:am|is|are|was|were|have|has|had|been|to|need|needs|currently"
    r"|still|now|also|just|recently|already|got|have to|has to|need to|needs to|used to))*"
    r"|\band(?:\s+(?:also|still))?|^\s*(?:been|currently|still)|\bbeen|\bput (?:me|him|her|them|us)"
    r"|\bstarted)"
    r"\s+(?:take|takes|taking|took|on|prescribed|started(?:\s+on)?|starting|using|use|uses"
    r"|inject|injects|injecting|switched to|put on|given)"
    r"\s+(?:(?:a|the)\s+)?(?:(?:daily|weekly|monthly|low-dose|high-dose|[0-9.]+\s*mg(?:\s+of)?)\s+)?"
    rf"(?P<core>{_EN_DRUG})\b"
    r"(?![- ](?:ion|battery|batteries|cells?|polymer|mine|mining|price|prices|stocks?))",
    re.IGNORECASE,
)
# Japanese: a condition, disability or faith as the value of a field word (持病は糖尿病です,
# 既往歴は喘息と痛風です, 障害は知的障害で, 宗教は仏教なので): only the value is the core; the field
# word stays so the sentence still reads. 持病とは / 宗教は何 are questions about the word.
_JA_FIELD_WORDS: dict[str, str] = {
    "持病": "medical_history",
    "既往歴": "medical_history",
    "既往症": "medical_history",
    "病名": "medical_history",
    "診断名": "medical_history",
    "基礎疾患": "medical_history",
    "障害": "disability",
    "障がい": "disability",
    "障害名": "disability",
    "宗教": "creed",
    "信仰": "creed",
    "宗派": "creed",
}
_JA_FIELD = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff\u30a1-\u30fa]))(?P<field>"
    + "|".join(sorted(_JA_FIELD_WORDS, key=len, reverse=True))
    + r")\s*は\s*(?P<value>[^、。,.!?！？\s]{1,40}?)"
    r"(?=\s*(?:です|でした|で[、,\s]|でして|でございます|なので|なんで|なんです|だ(?:から|けど|よ|し)?[、,。\s]|やねん|と診断|$|[。.!！]))"
)
_JA_FIELD_LABEL = re.compile(
    "(?:" + "|".join(sorted(_JA_FIELD_WORDS, key=len, reverse=True)) + r")"
    r"(?:\s*[:：]\s*|\s*[…‥]+\s*|[ \t\u3000]+)"
)
_IMPAIRED = re.compile(r"[\u4e00-\u9fff](?:不自由|障がい|まひ|麻痺|欠損)$")
# Abuse suffered from a person (元夫からDVを受けていて, 夫にモラハラされていて,
# 交際相手から暴力を受けた): a closed list of abuse words after a person's から / に and
# before を受け / され.
_JA_HARASSMENT = (
    r"(?:パワハラ|セクハラ|マタハラ|パタハラ|カスハラ|アカハラ|モラハラ|ソーハラ|SOGIハラ"
    r"|(?:パワー|セクシャル|セクシュアル|マタニティ|モラル|アカデミック|カスタマー)ハラスメント)"
)
_JA_ABUSE = re.compile(
    r"[\u4e00-\u9fff\u30a1-\u30faー]{1,8}(?:から|に)\s*"
    rf"(?P<core>(?:デート|身体的|精神的|性的|経済的)?(?:DV|ドメスティックバイオレンス|モラハラ|暴力|虐待"
    rf"|性暴力|暴行|ストーカー行為|つきまとい|わいせつ行為|性被害|{_JA_HARASSMENT}))"
    r"\s*(?:を受け|され|にあ|に遭|を振るわれ|をふるわれ)"
)
# Harassment suffered, with no one named before it (セクハラされてから, パワハラを受けていて):
# the harassment word before を受け / され / にあ / に遭, unless the sentence supposes it
# (パワハラを受けたら, された場合, されないように: a question about anyone).
_JA_HARASSED = re.compile(
    rf"(?P<core>{_JA_HARASSMENT})\s*(?:を受け|され|にあ|に遭)"
    r"(?!たら|た場合|る場合|ると|ないよう|ない(?:ため|為)|やすい|がち|る人|た人|た側)"
    r"(?![\u3041-\u3096]{0,4}(?:たら|場合|人|側|とき|時)(?:は|に|、|の|って))"
)
_JA_FIELD_VALUE_SPLIT = re.compile(r"と|、|・")


def field_value_start(text: str, start: int, end: int) -> int | None:
    """Where the value starts when ``text[start:end]`` opens with a field word and は (持病は
    糖尿病): the span is trimmed to the value so the field word stays."""
    match = _JA_FIELD.match(text, start, end)
    if match is None:
        # Twenty-second round: a form's label and its value set apart by a space, a colon or
        # dots (持病 1型糖尿病, 既往歴：うつ病, 持病 … てんかん): the label stays as well.
        label = _JA_FIELD_LABEL.match(text, start, end)
        return label.end() if label is not None and label.end() < end else None
    if match.start("value") >= end:
        return None
    return match.start("value")


_JA_FIELD_ASKED = re.compile(
    r"\s*(?:は|とは|って)\s*(?:何|なに|なん|誰|だれ|どう|どこ|いつ|なぜ|どんな|どの)"
)


def field_word_asked(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a bare field word asked about (宗教は何のために, 持病とは)."""
    return text[start:end] in _JA_FIELD_WORDS and _JA_FIELD_ASKED.match(text, end) is not None


def _japanese_fields(text: str) -> list[FrameCore]:
    out: list[FrameCore] = []
    for match in _JA_FIELD.finditer(text):
        category = _JA_FIELD_WORDS[match.group("field")]
        kind = {
            "medical_history": "condition",
            "disability": "condition_strict",
            "creed": "faith_shaped",
        }[category]
        position = match.start("value")
        for part in _JA_FIELD_VALUE_SPLIT.split(match.group("value")):
            core = part.strip()
            if (
                core
                and not _NOT_CORE.match(core)
                and (_shaped(kind, core) or (kind == "condition_strict" and _IMPAIRED.search(core)))
            ):
                out.append(FrameCore(position, position + len(part), category))
            position += len(part) + 1
    return out


# Twenty-second round: a crime suffered, told to the police or a lawyer (ストーカー被害を警察
# に相談している, 性的暴行の被害を警察に届けた, 特殊詐欺の被害届を出した): the harm with what
# it was (Xの被害) is the core. A question about how to report (相談するには, 方法, 場合) is
# no one's.
_JA_VICTIM_REPORTED = re.compile(
    r"(?P<core>(?:[\u4e00-\u9fff\u30a1-\u30faー]{1,12}の)?[\u4e00-\u9fff\u30a1-\u30faー]{0,12}被害)"
    r"(?:届\s*を\s*(?:出し|提出し|出す)"
    r"|\s*を\s*(?:警察|警察署|交番|弁護士|法テラス|被害者支援センター|支援センター)(?:に|へ)\s*"
    r"(?:相談し|相談中|相談して|届け|届出|通報し|申告し|訴え))"
    r"(?![^。、\n]{0,6}(?:には|方法|場合|たら|べき|ほうが|方が|か(?:な|どうか)?[?？]))"
)


def _names_someone(name: str | None) -> bool:
    """Whether a capitalised subject is a person: no name at all (a pronoun or a role matched
    instead), a known given name first, or two or three capitalised words none of which is a
    common English word (Hannah Okafor; not The Shop, Someone, Police)."""
    if name is None:
        return True
    words = name.split()
    if words[0].lower() in GIVEN_NAMES:
        return True
    return len(words) > 1 and not any(w.lower() in COMMON_ENGLISH_WORDS for w in words)


def _victims_and_drugs(text: str) -> list[FrameCore]:
    out: list[FrameCore] = [
        FrameCore(m.start("core"), m.end("core"), "crime_victim")
        for pattern in (_JA_ABUSE, _JA_HARASSED, _JA_VICTIM_REPORTED)
        for m in pattern.finditer(text)
        if m.group("core") != "被害"
    ]
    for match in _EN_VICTIM.finditer(text):
        if _EN_FIGURATIVE_AFTER.match(text, match.end()):
            continue  # robbed of a win, mugged by a wave: no crime
        if not _names_someone(match.group("name")):
            continue  # Someone was mugged, The shop was robbed: no one named
        if not _EN_HYPOTHETICAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            out.append(FrameCore(match.start("core"), match.end("core"), "crime_victim"))
    for match in _EN_ABUSER.finditer(text):
        if not _EN_HYPOTHETICAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            out.append(FrameCore(match.start("core"), match.end("core"), "crime_victim"))
    for match in _EN_VICTIM_OF.finditer(text):
        core = _EN_CORE_RE.match(text, match.end())
        if core is not None and _EN_CRIME_SHAPED.search(core.group(0)):
            out.append(FrameCore(core.start(), core.end(), "crime_victim"))
    for match in _EN_DRUG_FRAME.finditer(text):
        if not _EN_HYPOTHETICAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            out.append(FrameCore(match.start("core"), match.end("core"), "medical_treatment"))
    return out


def disclosure_cores(text: str) -> list[FrameCore]:
    """The cores the sentence marks as special care, in ``text`` (already NFKC-folded)."""
    if not text:
        return []
    return _japanese(text) + _japanese_fields(text) + _english(text) + _victims_and_drugs(text)
