"""Casual disclosures the clause readers leave undecided, read from the words around a
sensitive word, and measured test values read from their shape.

Contract: ``CasualFrameReader.read(text, start, end, hits, covered)`` returns a
``Statement`` for each lexicon hit of the Japanese sentence ``text[start:end]`` that no
reader has claimed (``covered``) and that a casual frame around it states as a fact; the
span is the sensitive word only. ``measured_values(text)`` returns the spans of test values
stated as someone's result (``HbA1cが7.8%``, ``γ-GTP→153``, ``血圧が上163下93``, ``上が152で
下が96`` in a text about health, ``my A1c came back 8.1%``). Both are pure functions of the
text: no state, no failure mode beyond the regular expressions.

Why a surface reading: chat and dialect break the parse the clause reader relies on —
持ちやけど is read as 持ち|火傷, 去年から…でさー、 has no predicate, a voice transcript's
しんだん is no lemma, and a question later in the same clause (…きつい？) makes the whole
clause a question. The frames here are the ways people say they (or their family) have a
condition, a record or a faith; a general or hypothetical tail (…たら, …場合, …人は, …なら)
right after the frame leaves it a topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import TermHit
from .statement import Statement

__all__ = ["CasualFrameReader", "measured_values"]

# What makes the rest of the clause general rather than a fact about someone.
_GENERAL_TAIL = re.compile(
    r"^[^、。,.!?！？]*?(?:たら|場合|なら|人は|人って|人が|人の|方は|方が|とは)"
)

# The word, then how a casual speaker says it is theirs.
_AFTER = (
    # 糖尿病持ちやけど / もちで / 持ちなんよ (not 持ちの人, 持ちだったら)
    re.compile(r"\s*(?:持ち|もち)(?!の人|の方|の場合|だったら|なら|物)"),
    # …って言われてもうた / と診断されちゃって / と しんだんされました / って分かって
    re.compile(r"\s*(?:って|と|て)\s*(?:言われ|いわれ|診断|しんだん|判明|わかっ|分かっ|判定され)"),
    # …になってから / …なってもうて / …になっちゃって
    re.compile(r"\s*(?:に)?なって(?:から|もう|しま|しも|ちゃ|て)|\s*(?:に)?なっちゃ"),
    # …の診断がおりた / の診断出た / の診断受けた
    re.compile(r"\s*の\s*(?:診断|しんだん)\s*(?:が|を)?\s*(?:おり|下り|降り|出|つい|受け)"),
    # …で通院しとる / で入院してまして / で休職中 / で治療中; a record's で入院、
    re.compile(
        r"\s*で\s*(?:通院|入院|休職|療養|治療|闘病|手術|服薬)"
        r"(?:中|して|しと|しまし|した|する|すること|(?=\s*[、,。;]|\s*$))"
    ),
    # twenty-second round: the condition someone has, passed on or explained (聴覚障害がある
    # とのこと, 肢体不自由があるという事情で, 持病があるらしい)
    re.compile(
        r"\s*が\s*(?:ある|あります|あって|あり)\s*"
        r"(?:という(?:事情|こと|状況|話)|とのこと|そう|らしい|みたい|んだって|って(?:聞|話|言)"
        r"|と(?:聞|伺|言|話|申し出))"
    ),
    # 適応障害の診断書提出 / の診断書をもらった: a certificate of the condition handed in or got
    re.compile(
        r"\s*の\s*診断書\s*(?:を|が)?\s*(?:提出|出し|出た|出ま|もらっ|もらい|受け取|取得|発行)"
    ),
    # …のステージ2らしい / のstage IIだって: a stage passed on
    re.compile(
        r"\s*の\s*(?:ステージ|[Ss]tage|グレード|病期)\s*[0-9IVⅠⅡⅢⅣ一二三四]+[abAB]?\s*"
        r"(?:らしい|なんだって|だって|みたい|だそう|と(?:診断|言われ)|って(?:言われ|診断))"
    ),
    # twenty-sixth round: a medicine or aid someone cannot do without (睡眠薬がないと眠れなくて,
    # 安定剤なしでは生活できない, 痛み止めが手放せない)
    re.compile(
        r"\s*(?:が|を)?\s*(?:ないと|無いと|なしでは|無しでは|なしだと|なしじゃ|なしには)\s*"
        r"(?:眠れ|寝れ|ねむれ|生活|過ごせ|暮らせ|不安|ダメ|だめ|駄目|無理|落ち着か|動け|働け|仕事)"
        r"|\s*(?:が|を)?\s*手放せな"
    ),
    # a medicine taken: …内服、 / を服用中 / 投与して / 処方されて
    re.compile(r"\s*を?\s*(?:内服|服用|投与|処方)(?:中|して|しと|しま|され|(?=\s*[、,。;]|\s*$))"),
    # romaji-mixed Japanese: …tte shindan sareta / nan desu kedo / de tsuuin shiteru
    re.compile(
        r"\s*(?:(?:tte|to)\s*(?:shindan|iwa(?:re|ta)|wakat)|na\s*n\s*desu|nan\s*da|desu\b"
        r"|de\s+(?:tsuuin|nyuuin|kyuushoku|chiryou|ryouyou)|ni\s+nat|mochi\b|wo\s+nonde)",
        re.IGNORECASE,
    ),
)
# Before the word: a medicine named as what someone takes (お薬はラミクタールです, 飲んでる薬：…)
_MEDICINE_BEFORE = re.compile(
    r"(?:お?薬|服薬|内服薬?|処方薬?|常用薬|飲んで(?:る|いる)(?:お?薬)?)\s*(?:は|が|って|:|=|→|、)\s*$"
)
# …or a record's label (既往歴 自閉スペクトラム症, 病名：…, 主訴=…).
_RECORD_LABEL_BEFORE = re.compile(
    r"(?:既往歴?|病名|診断名|傷病名|主訴|病歴|現病歴|合併症|持病|基礎疾患|障害名|服薬|内服薬?|処方薬?)"
    r"\s*(?:は|:|=|→|\s)\s*$"
)
# A record about someone lists the word as a field of its own (山田さん、B型肝炎、…内服、 /
# 大村温海,080…,解離性障害,要配慮): after a separator, up to the next one, in a line that
# also names or reaches a person (an honorific, a role, a phone-like number).
_FIELD_BEFORE = re.compile(r"(?:^|[、,;|\t:])\s*$")
_FIELD_AFTER = re.compile(r"\s*(?:を?(?:内服|服用|投与)(?:中)?)?\s*(?:$|[、,;|\t。(])")
# A list of examples (うつ病、糖尿病、がんなどの…) names topics, not someone's fields.
_EXAMPLES = re.compile(r"^[^。\n]*?(?:など|等の|等[、,]|といった|のような)")
_PERSON_IN_RECORD = re.compile(
    r"さん|様|氏(?![名])|くん|ちゃん|患者|本人|利用者|被保険者|契約者"
    r"|[0-9]{2,4}[- ]?[0-9]{2,4}[- ]?[0-9]{3,4}"
)
# 去年から…でさー、 / 子どもの頃から…で: a condition someone has had since a time.
_SINCE_BEFORE = re.compile(
    r"(?:去年|昨年|一昨年|先月|先週|今年|最近|数年前|前|昔|小さい頃|子供の頃|子どもの頃|学生の頃|"
    r"[0-9]+年前|[0-9]+歳|[0-9]+年)から\s*$"
)
_SINCE_AFTER = re.compile(r"\s*(?:で|なので|なんで|やから|だから|やし|だし|に?なって|を)")
# A faith said of a household: うちイスラム教の家で / 実家が天理教で / 嫁の実家が…
_HOUSEHOLD_BEFORE = re.compile(
    r"(?:うち|家|実家|義実家|家族|親|両親|親族|一家|家系|夫の家|妻の家)(?:は|が|も|って|、)?\s*$"
)
_HOUSEHOLD_AFTER = re.compile(
    r"\s*(?:の(?:家|家系|家庭|一家|信者|会員|人間)(?!の)|に入信|を信仰|に入っ|に入会|で|やから|だから|なので|なんで)"
)
# Twenty-sixth round: a detail in brackets after the condition (食物アレルギー（卵と小麦）なので),
# someone's before it, and the reason or copula after it.
_ASIDE = re.compile(r"\s*[（(][^（）()\n]{1,30}[）)]")
_OWNER_BEFORE = re.compile(
    r"(?:私|わたし|僕|ぼく|俺|自分|娘|息子|夫|妻|嫁|旦那|母|父|祖母|祖父|子ども|子供|うちの子|兄|弟|姉|妹|"
    r"主人|家内|彼|彼女|本人|部下|同僚|上司|[\u4e00-\u9fff]{1,4}(?:さん|くん|君|ちゃん|様))"
    r"(?:が|は|も)\s*$"
)
_REASON_AFTER_ASIDE = re.compile(
    r"\s*(?:なので|なんで|なんです|だから|やから|ですので|のため|で、|で,|があ|を持っ|持ち|です|だ(?:けど|が))"
)
# Twenty-eighth round: a condition said of a named owner with no verb, ended by a comma
# or a copula (母が統合失調症、父は… / 息子が自閉症で困ってる / 夫はうつ病なので); a general
# tail after it (…の場合, …人は) still leaves it a topic.
_OWNED_PLAIN_AFTER = re.compile(
    r"\s*(?:[、,](?!\s*(?:など|等))|で(?![はもきす])|なので|なんで|だから|やから|なんです|です(?!か)"
    r"|だ(?:よ|けど|が|し|って)|みたい|らしい)"
)
# …に入信しちゃって / を信仰してて: joining or practising, said of someone.
_JOINED = re.compile(r"\s*(?:に入信|を信仰|に入会)し(?:た|て|ちゃ|まし|とる|てる)")
_CATEGORIES = frozenset(
    {"medical_history", "disability", "medical_treatment", "criminal_record", "creed"}
)


class CasualFrameReader:
    """Stateless; one per detector."""

    def read(
        self,
        text: str,
        start: int,
        end: int,
        hits: Sequence[TermHit],
        covered: Sequence[tuple[int, int]],
    ) -> list[Statement]:
        """Statements for the unclaimed hits of the sentence ``text[start:end]``."""
        statements: list[Statement] = []
        for hit in hits:
            if hit.kind == "weak" or hit.category not in _CATEGORIES:
                continue
            if any(s < hit.end and hit.start < e for s, e in covered):
                continue
            before = text[start : hit.start]
            after = text[hit.end : end]
            if not self._states(hit, before, after):
                continue
            statements.append(
                Statement(
                    start=hit.start,
                    end=hit.end,
                    category=hit.category,
                    verdict="fact",
                    anchor_start=hit.start,
                    anchor_end=hit.end,
                    sentence_start=start,
                    sentence_end=end,
                )
            )
        return statements

    @staticmethod
    def _states(hit: TermHit, before: str, after: str) -> bool:
        framed: re.Match[str] | None
        if hit.category == "creed":
            framed = _JOINED.match(after)
            if framed is None and _HOUSEHOLD_BEFORE.search(before):
                framed = _HOUSEHOLD_AFTER.match(after)
        else:
            framed = next((m for p in _AFTER if (m := p.match(after)) is not None), None)
            aside = _ASIDE.match(after)
            if framed is None and aside is not None and _OWNER_BEFORE.search(before):
                # 娘が食物アレルギー（卵と小麦）なので: a detail in brackets between the
                # condition and the reason it gives (twenty-sixth round)
                framed = _REASON_AFTER_ASIDE.match(after, aside.end())
            if framed is None and _OWNER_BEFORE.search(before):
                framed = _OWNED_PLAIN_AFTER.match(after)
            if framed is None and _SINCE_BEFORE.search(before):
                framed = _SINCE_AFTER.match(after)
            if framed is None and (
                _RECORD_LABEL_BEFORE.search(before)
                or (hit.category == "medical_treatment" and _MEDICINE_BEFORE.search(before))
                or (
                    _FIELD_BEFORE.search(before)
                    and _PERSON_IN_RECORD.search(before + after)
                    and _FIELD_AFTER.match(after)
                    and not _EXAMPLES.search(after)
                )
            ):
                return True
        if framed is None:
            return False
        return _GENERAL_TAIL.match(after[framed.end() :]) is None


# ---------------------------------------------------------------- measured values

_TEST = (
    r"(?:HbA1c|A1c|ヘモグロビンA1c|ヘモグロビンエーワンシー|エーワンシー|空腹時血糖(?:値)?|血糖値?|"
    r"LDL(?:コレステロール)?|HDL(?:コレステロール)?|総コレステロール|中性脂肪|γ-?GTP|ガンマGTP|"
    r"AST|ALT|GOT|GPT|尿酸値?|クレアチニン|eGFR|PSA|CRP|TSH|BNP|眼圧|白血球(?:数)?|赤血球(?:数)?|"
    r"血小板(?:数)?|ヘモグロビン|尿蛋白|尿たんぱく|"
    r"(?:肝臓|腎臓|肝機能|腎機能|血液|尿|甲状腺)の数値)(?:\s*\((?:GPT|GOT|ALT|AST)\))?"
)
# When the value was taken, between the test and the number (血糖値が空腹時で180, 食後2時間で
# 210; twelfth round).
_WHEN = (
    r"(?:(?:空腹時|食後(?:[0-9]時間)?|食前|朝一?|起床時|寝る前|今朝|前回|今回)"
    r"(?:で|は|に|の)?\s*)?"
)
_NUMBER = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3})|[0-9]{4,5}(?![0-9]|年|版|円|件|人)"
    r"|[0-9]{1,3}(?:\.[0-9]{1,2})?(?![0-9]))"
    r"(?:\s*(?:%|mg/dL|mg/dl|g/dL|g/dl|mmHg|U/L|IU/L|ng/mL|pg/mL"
    r"|mmol/L|mL/min(?:/1\.73m2)?|/μL|/uL|万\s*/\s*(?:μL|uL)|万|g/日|μIU/mL))?"
)
_JA_VALUE = re.compile(
    r"(?<![A-Za-z])" + _TEST + r"\s*(?:の値|値)?\s*(?:が|は|も|:|=|→|->|⇒|、)?\s*" + _WHEN + _NUMBER
)
_BP_NAMED = re.compile(
    r"血圧\s*(?:が|は|:|=|→)?\s*(?:上\s*(?:が|は)?\s*)?[0-9]{2,3}\s*(?:/|で|、|の|-)?\s*"
    r"(?:下\s*(?:が|は)?\s*)?[0-9]{2,3}(?:\s*mmHg)?"
)
_BP_BARE = re.compile(
    r"上\s*(?:が|は)?\s*[0-9]{2,3}\s*(?:で|、|,|の)?\s*下\s*(?:が|は)?\s*[0-9]{2,3}"
)
_HEALTH_CONTEXT = re.compile(
    r"血圧|健診|健康診断|人間ドック|病院|医者|主治医|先生に|検査|採血|数値|" + _TEST + r"|測っ|測定"
)
_EN_VALUE = re.compile(
    r"\b(?:my|his|her|their|our)\s+((?:(?:latest|last|new|fasting)\s+)?"
    r"(?:HbA1c|A1c|LDL|HDL|PSA|eGFR|blood sugar|blood pressure|cholesterol)"
    r"(?:\s+(?:of|at|was|is|came back(?: at)?|:|=)\s*|\s*)"
    # the unit is part of the result (my LDL was 182 mg/dL; twentieth session)
    r"[0-9]{1,3}(?:[./][0-9]{1,3})?"
    r"(?:\s*(?:%|mg/dL|mg/dl|mmHg|U/L|IU/L|ng/mL|pg/mL|mmol/L|mIU/L|uIU/mL|mL/min))?)",
    re.IGNORECASE,
)
# Two-letter test names (TG, Cr) are read only with a unit after the number (型番TG100 is
# a product).
_JA_SHORT_VALUE = re.compile(
    r"(?<![A-Za-z])(?:TG|Cr)\s*(?:値|は|が|:|=|→)?\s*[0-9]{1,3}(?:\.[0-9]{1,2})?\s*(?:mg/dL|mg/dl)"
)
# A test and its value with a unit, as a record writes it (TG of 279mg/dL, PSA 12.3 ng/mL,
# HbA1c was 8.1%): a measured result even without "my".
# A test named in a lab report and what it "was" (TSH was 13.4, ALT came back at 98): a
# result, with or without a unit (fourteenth round).
_EN_WAS_VALUE = re.compile(
    r"(?<![A-Za-z])(?:HbA1c|A1c|LDL|HDL|PSA|eGFR|TSH|BNP|CRP|ALT|AST|GGT|platelets?|hemoglobin|"
    r"haemoglobin|creatinine|triglycerides|uric acid|fasting glucose|blood sugar)\s+"
    r"(?:was|were|is now|came back(?: at)?|read|measured)\s+"
    r"[0-9]{1,3}(?:[.,][0-9]{1,3})?(?:\s*k\b)?"
    r"(?:\s*(?:%|mg/dL|mg/dl|U/L|IU/L|ng/mL|pg/mL|mmol/L|mIU/L|uIU/mL))?",
    re.IGNORECASE,
)
# Twenty-sixth round: a test that belongs to someone and what it is (Dad's creatinine is 2.3,
# my ferritin came back at 12, her viral load is undetectable): the possessive makes it a
# result, so "is" counts and the test list is wider than a bare record's.
_EN_POSSESSED_VALUE = re.compile(
    r"(?:\b(?:my|his|her|their|our)|(?<![A-Za-z])[A-Za-z]+'s)\s+((?:(?:latest|last|new|recent)\s+)?"
    r"(?:HbA1c|A1c|LDL|HDL|PSA|eGFR|TSH|BNP|CRP|ALT|AST|GGT|INR|CD4(?:\s+count)?|platelets?|"
    r"hemoglobin|haemoglobin|creatinine|triglycerides|uric acid|ferritin|potassium|sodium|"
    r"vitamin D|fasting glucose|blood sugar|cholesterol|viral load|white (?:blood )?cell count|"
    r"(?:kidney|liver) (?:function|numbers))\s+"
    r"(?:is|was|were|came back(?: at)?|is now|of|at|read)\s+"
    r"(?:(?:still|only|just|up to|down to)\s+)?"
    r"(?:[0-9]{1,3}(?:[.,][0-9]{1,3})?(?:\s*k\b)?"
    r"(?:\s*(?:%|mg/dL|mg/dl|U/L|IU/L|ng/mL|pg/mL|mmol/L|mIU/L|uIU/mL|copies/mL))?"
    r"|(?<=load is )(?:un)?detectable|(?<=load was )(?:un)?detectable))",
    re.IGNORECASE,
)
# Thirty-first round: a test and its value listed as a field of a lab report or a note (…: CD4
# count 310, viral load undetectable; PSA 12.4, eGFR 38.): after a colon, comma or semicolon,
# ended by one; "LDL: 140 or higher" is a threshold (_EN_THRESHOLD_AFTER).
_EN_FIELD_VALUE = re.compile(
    r"(?:(?<=[:;,]\s)|(?<=[:;,]))\s*((?:CD4(?:\s+count)?|viral\s+load|HbA1c|A1c|LDL|HDL|PSA|eGFR|"
    r"TSH|BNP|CRP|ALT|AST|GGT|INR|creatinine|ferritin|platelets?|hemoglobin|haemoglobin|"
    r"triglycerides|uric\s+acid|fasting\s+glucose)\s*(?::|=|of)?\s*"
    r"(?:[0-9]{1,4}(?:[.,][0-9]{1,3})?(?:\s*(?:%|mg/dL|mg/dl|U/L|IU/L|ng/mL|pg/mL|mmol/L|mIU/L|"
    r"uIU/mL|copies/mL|cells/(?:mm3|uL|μL)))?|(?:un)?detectable))(?=\s*(?:[,;.)]|$))",
    re.IGNORECASE,
)
# Thirty-first round: a blood pressure read out in English (bp was 170 over 105, BP 168/102,
# blood pressure of 150/95 this morning); "a normal blood pressure is 120 over 80" is a norm.
# ... read only where the text speaks of a patient or a lab result (a product list's "PSA 12,"
# is a code).
_EN_HEALTH_CONTEXT = re.compile(
    r"\b(?:labs?|lab\s+(?:report|results?)|patient|pt|results?|blood\s+(?:test|work)|bloods|"
    r"test(?:ed|s)?|clinic|doctor|GP|hospital|diagnos\w*|HIV|check-?up|screening|medical)\b",
    re.IGNORECASE,
)
_EN_BP_VALUE = re.compile(
    r"(?<![A-Za-z])((?:bp|b\.p\.|blood\s+pressure)(?:\s+(?:was|is|of|at|reading|hit|came\s+back"
    r"(?:\s+at)?|spiked\s+to|went\s+up\s+to|read|running|still|now))*\s*:?\s*[0-9]{2,3}\s*"
    r"(?:/|over)\s*[0-9]{2,3}(?:\s*mmHg)?)(?![0-9])",
    re.IGNORECASE,
)
_EN_BP_NORM_BEFORE = re.compile(
    r"\b(?:normal|healthy|ideal|average|typical|target|good|optimal|high|low|a|the)\s+$", re.I
)
# "If your ALT was 60 …", "say my TSH was 5": a value supposed, not reported.
_EN_SUPPOSED_BEFORE = re.compile(
    r"\b(?:if|say|suppose|supposing|assuming|what if|when|whether)\b[^.;!?]{0,20}$", re.I
)
_EN_UNIT_VALUE = re.compile(
    r"(?<![A-Za-z])(?:HbA1c|A1c|LDL|HDL|PSA|eGFR|TG|BNP|CRP|ALT|AST|Cr|creatinine|triglycerides|"
    r"glucose|uric acid)(?:\s*\([A-Za-z]{2,4}\))?\s*(?:of|was|is|at|:|=)?\s*"
    r"[0-9]{1,3}(?:\.[0-9]{1,2})?\s*"
    r"(?:%|mg/dL|mg/dl|U/L|IU/L|ng/mL|pg/mL|mmol/L|mL/min)"
)
_EN_THRESHOLD_AFTER = re.compile(
    r"\s*(?:or (?:higher|more|above|over|lower|less|below|under)"
    r"|and (?:above|over|below|under)|\+)",
    re.IGNORECASE,
)
_EN_NORM_BEFORE = re.compile(
    r"(?:above|below|over|under|than|target|normal|range|threshold|goal|cut-?off|[<>≥≤])\s*$",
    re.IGNORECASE,
)
# Right after a value: a threshold or a condition, not someone's result.
_THRESHOLD = re.compile(
    r"\s*(?:以上|以下|未満|を超|超え|超|なら|だったら|の人|の場合|くらいが|が目安|が基準)"
)
# Right before it: the value is a norm being asked about.
_NORM_BEFORE = re.compile(r"(?:基準値|正常値|目標値?|平均値?|理想)\s*(?:は|が|って|の)?\s*$")


def measured_values(text: str) -> list[tuple[int, int]]:
    """Spans of test values stated as a result in ``text`` (NFKC-folded)."""
    if not any(c.isdigit() for c in text) and "detectable" not in text.lower():
        return []
    spans: list[tuple[int, int]] = []
    patterns = [
        _JA_VALUE,
        _JA_SHORT_VALUE,
        _BP_NAMED,
        # (before _EN_VALUE, which reads "blood pressure was 165" and stops at "over")
        _EN_BP_VALUE,
        _EN_VALUE,
        _EN_POSSESSED_VALUE,
        _EN_UNIT_VALUE,
        _EN_WAS_VALUE,
    ]
    if _HEALTH_CONTEXT.search(text):
        patterns.append(_BP_BARE)
    if _EN_HEALTH_CONTEXT.search(text):
        patterns.append(_EN_FIELD_VALUE)
    for pattern in patterns:
        for match in pattern.finditer(text):
            # The English form's group 1 leaves out the possessive (my A1c of 8.1 -> A1c of 8.1).
            start, end = match.span(match.lastindex or 0)
            if _THRESHOLD.match(text, match.end()) or _NORM_BEFORE.search(
                text, max(0, match.start() - 8), match.start()
            ):
                continue
            if pattern is _EN_BP_VALUE and _EN_BP_NORM_BEFORE.search(
                text, max(0, match.start() - 12), match.start()
            ):
                continue
            if pattern in (
                _EN_WAS_VALUE,
                _EN_POSSESSED_VALUE,
                _EN_BP_VALUE,
            ) and _EN_SUPPOSED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            if pattern in (
                _EN_UNIT_VALUE,
                _EN_WAS_VALUE,
                _EN_POSSESSED_VALUE,
                _EN_FIELD_VALUE,
                _EN_BP_VALUE,
            ) and (
                _EN_THRESHOLD_AFTER.match(text, match.end())
                or _EN_NORM_BEFORE.search(text, max(0, match.start() - 12), match.start())
            ):
                continue
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
    return sorted(spans)
