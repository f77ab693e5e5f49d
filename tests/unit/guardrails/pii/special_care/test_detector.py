"""Special-care statements are found per category in Japanese and English; general
questions and topic mentions are not."""

from __future__ import annotations

import pytest

from guardrails.pii.special_care import SpecialCareDetector

POSITIVES: list[tuple[str, str, str, str]] = [
    # (id, text, category, a sensitive word the span must cover)
    ("ja-race-nikkei", "私はペルー系の日系三世です。", "race", "日系三世"),
    ("ja-race-ainu", "祖母はアイヌ民族の出身です。", "race", "アイヌ民族"),
    ("ja-race-zainichi", "夫は在日コリアンです。", "race", "在日コリアン"),
    ("ja-creed-member", "私は創価学会の会員として活動しています。", "creed", "創価学会"),
    ("ja-creed-believer", "同僚はエホバの証人の信者なので輸血を拒否しています。", "creed", "信者"),
    ("ja-creed-halal", "宗教上の理由で豚肉が食べられません。", "creed", "宗教上の理由"),
    ("ja-social-buraku", "父は被差別部落の出身です。", "social_status", "被差別部落"),
    ("ja-social-care-home", "私は施設育ちで、両親の顔を知りません。", "social_status", "施設育ち"),
    ("ja-medical-diagnosed", "昨年うつ病と診断されました。", "medical_history", "うつ病"),
    ("ja-medical-suffix", "妻は線維筋痛症を患っています。", "medical_history", "線維筋痛症"),
    ("ja-medical-possessive", "父の糖尿病が悪化して心配です。", "medical_history", "糖尿病"),
    ("ja-medical-hospital", "先月、胃がんの手術で入院しました。", "medical_history", "胃がん"),
    ("ja-record-theft", "窃盗で前科がある。", "criminal_record", "前科"),
    (
        "ja-record-sentence",
        "兄は覚醒剤で懲役二年の実刑判決を受けました。",
        "criminal_record",
        "覚醒剤",
    ),
    ("ja-victim-fraud", "祖母が振り込め詐欺の被害に遭いました。", "crime_victim", "振り込め詐欺"),
    ("ja-victim-passive", "駅で財布を盗まれました。", "crime_victim", "盗まれ"),
    ("ja-disability-card", "身体障害者手帳を持っている。", "disability", "身体障害者手帳"),
    ("ja-disability-adhd", "息子はADHDの診断を受けています。", "disability", "ADHD"),
    ("ja-disability-pension", "障害年金を受給しています。", "disability", "障害年金"),
    (
        "ja-checkup-stress",
        "ストレスチェックで高ストレスと判定されました。",
        "health_checkup",
        "ストレスチェック",
    ),
    ("ja-checkup-ldl", "健康診断で肝機能の異常を指摘されました。", "health_checkup", "健康診断"),
    ("ja-treatment-clinic", "毎週精神科に通院しています。", "medical_treatment", "精神科"),
    ("ja-treatment-insulin", "朝晩インスリンを打っています。", "medical_treatment", "インスリン"),
    ("ja-procedure-arrest", "弟が先週逮捕されました。", "criminal_procedure", "逮捕"),
    ("ja-procedure-indicted", "上司は横領の罪で起訴されています。", "criminal_procedure", "起訴"),
    ("ja-juvenile-school", "高校生のとき少年院に入っていました。", "juvenile_procedure", "少年院"),
    (
        "ja-juvenile-probation",
        "息子は家庭裁判所で保護観察処分になりました。",
        "juvenile_procedure",
        "保護観察",
    ),
    ("ja-fullwidth", "娘はＡＤＨＤと診断されました。", "disability", "ＡＤＨＤ"),
    ("en-medical", "I was diagnosed with depression last year.", "medical_history", "depression"),
    (
        "en-treatment",
        "My father is taking antidepressants.",
        "medical_treatment",
        "antidepressants",
    ),
    ("en-race", "My grandmother is Ainu.", "race", "Ainu"),
    ("en-creed", "I am a devout Muslim.", "creed", "Muslim"),
    ("en-social", "I grew up in an orphanage.", "social_status", "orphanage"),
    ("en-record", "He has a criminal record for theft.", "criminal_record", "criminal record"),
    (
        "en-victim",
        "My sister was a victim of domestic violence.",
        "crime_victim",
        "domestic violence",
    ),
    (
        "en-disability",
        "I use a wheelchair because of a spinal cord injury.",
        "disability",
        "wheelchair",
    ),
    ("en-checkup", "My health check showed high blood sugar.", "health_checkup", "health check"),
    ("en-procedure", "My brother was arrested for fraud last week.", "criminal_procedure", "fraud"),
    (
        "en-juvenile",
        "I spent a year in juvenile detention.",
        "juvenile_procedure",
        "juvenile detention",
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    ("ja-prevention", "糖尿病の予防法を教えて"),
    ("ja-discount", "障害者割引の制度は?"),
    ("ja-religious-corp", "宗教法人の設立手続き"),
    ("ja-symptoms", "うつ病の初期症状にはどんなものがありますか？"),
    ("ja-food", "高血圧に良い食べ物を教えてください。"),
    ("ja-generic-person", "がんと診断された人は保険に入れますか？"),
    ("ja-hypothetical", "もし逮捕されたら会社に知られますか？"),
    ("ja-conditional", "糖尿病になった場合、仕事は続けられますか。"),
    ("ja-negated", "前科はありません。"),
    ("ja-prison-location", "刑務所の面会時間を教えてください。"),
    ("ja-hospital-work", "病院で事務の仕事をしています。"),
    ("ja-shrine", "初詣で有名な神社はどこですか?"),
    ("ja-checkup-options", "人間ドックのオプション検査の種類を知りたいです。"),
    ("ja-checkup-taken", "先週、健康診断を受けました。"),
    ("ja-typhoon", "台風の被害に遭った地域への支援策は？"),
    ("ja-system-fault", "昨夜システム障害が発生しました。"),
    ("ja-ganbaru", "毎日がんばって勉強しています。"),
    ("ja-disease-subject", "インフルエンザは毎年冬に流行します。"),
    ("ja-book", "仏教の歴史について調べています。"),
    ("ja-pension", "障害年金の制度概要を教えてください。"),
    ("en-symptoms", "What are the symptoms of diabetes?"),
    ("en-discount", "Is there a disability discount for the museum?"),
    ("en-if", "Can I still apply if I have a criminal record?"),
    ("en-people", "Many people with depression never seek help."),
    ("en-about", "I am writing an essay about Islam."),
    ("en-hospital-work", "She works at a hospital downtown."),
]


@pytest.mark.parametrize(
    ("text", "category", "word"),
    [pytest.param(t, c, w, id=i) for i, t, c, w in POSITIVES],
)
def test_statement_is_found_with_its_category(
    detector: SpecialCareDetector, text: str, category: str, word: str
) -> None:
    findings = detector.detect(text)
    start = text.index(word)
    end = start + len(word)
    labels = [f.entity_type for f in findings]
    assert f"SPECIAL_CARE:{category}" in labels, labels
    assert any(
        f.entity_type == f"SPECIAL_CARE:{category}" and f.start <= start and end <= f.end
        for f in findings
    ), "the span must cover the sensitive word"


@pytest.mark.parametrize(("text",), [pytest.param(t, id=i) for i, t in NEGATIVES])
def test_general_question_or_topic_is_not_flagged(detector: SpecialCareDetector, text: str) -> None:
    assert detector.detect(text) == ()
