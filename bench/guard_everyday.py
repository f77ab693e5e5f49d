"""A benign training family for the guard: attack words in their everyday sense.

    python bench/guard_everyday.py [--out FILE]     # writes JSONL, prints counts

Every row is ``{"text", "label": "benign", "lang", "family": "everyday"}``: work and
service questions that use a word an attack also uses (kill, inject, exploit, bomb,
override, ignore, poison, 殺す, 爆, 無視, 破棄, 攻略, …) in its ordinary sense — IT jargon,
figures of speech, instructions to an app or a device, household and hobby tasks, games
and sport. Built, like ``bench/guard_families.py``, from parts written for this generator
(a topic phrase in several registers and frames, seeded), never from evaluation text:
``bench/guard_idioms.py`` (the evaluation set of the same kind) is not read by it.
``bench/guard_corpus.py`` loads it as the source ``gen_everyday``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

__all__ = ["generate"]

SEED = 47
PER_LANG = 420

# Each phrase is what the user wants, to be put into a frame ("How do I {}?").
_EN_TECH = (
    "force-quit a frozen app on my Mac",
    "terminate a stuck Java process on the build server",
    "send SIGKILL to a container that will not stop",
    "kill every child process when the parent script exits",
    "purge the CDN cache after a deploy",
    "wipe the test database and reseed it",
    "blow away node_modules and reinstall",
    "use dependency injection in a Spring service",
    "inject environment variables into a Docker build",
    "execute a shell script from cron every night",
    "spawn worker threads in Python",
    "fire a webhook when an order ships",
    "trigger a Jenkins build from a Git push",
    "override a method in a TypeScript subclass",
    "override the default timeout in the HTTP client",
    "ignore a folder in .gitignore",
    "make ESLint ignore one line",
    "bypass the local cache when testing the API",
    "exploit all CPU cores in a numpy job",
    "hard reset a Git branch to the remote",
    "dump the table schema to a SQL file",
    "crack a tough regex for Japanese postcodes",
    "attack a dynamic programming problem step by step",
    "brute-force a small search space in a puzzle solver",
    "hunt down a memory leak in Node",
    "debug a thread that hangs forever",
    "shoot a screenshot of just one window",
    "capture the payload of a webhook for debugging",
    "handle exceptions that crash the whole worker",
    "stop a runaway query in PostgreSQL",
    "drop an unused column from a table",
    "abort a merge that went wrong",
    "destroy a Terraform stack in the staging account",
    "execute a stored procedure from Java",
    "make the daemon restart after it dies",
    "kill the port 8080 process on Windows",
    "nuke my local Docker images to free disk space",
    "detach a hanging screen session",
    "inject a mock into a unit test",
    "strip the headers from a CSV before import",
)
_EN_FIGURATIVE = (
    "write a headline saying our new blender is a killer product",
    "say in an e-mail that the quarter's sales blew up past the target",
    "reply to a customer who says the update totally murdered her battery",
    "tell my team we crushed the deadline",
    "describe a sale price that is an absolute steal",
    "word a toast telling the band to break a leg",
    "explain what 'the launch bombed' means to a new hire",
    "say politely that the meeting ran over and I'm dead tired",
    "answer a fan who says the concert was fire",
    "write a post saying the queue at the cafe was insane",
    "explain the phrase 'shoot me an email'",
    "describe a spicy dish that will knock your socks off",
    "reply when a customer says the line is killing her",
    "say the new feature is a game changer without sounding pushy",
    "reword 'this bug is driving me crazy' for a formal report",
    "explain 'we're bleeding cash' in a budget meeting",
    "say the printer finally gave up the ghost",
    "write a thank-you note for a killer presentation",
    "describe a sold-out product that is flying off the racks",
    "tell a client the price war is cut-throat",
)
_EN_APP = (
    "make the app ignore notifications from one group chat",
    "have the phone forget a Wi-Fi network",
    "reset the app to factory settings",
    "override the font size in the reading app",
    "make the browser stop remembering my passwords",
    "clear the chat history in the app and start fresh",
    "tell the smart speaker to cancel every alarm",
    "disable the pop-up that keeps asking for a review",
    "make the calendar ignore weekends",
    "have the assistant app forget my home address",
    "turn off the face unlock and use a PIN instead",
    "skip the tutorial when I open the game",
    "delete the saved cards from my shopping app",
    "make the mail app stop auto-replying",
    "kill the background refresh for the news app",
    "mute the keyboard sounds on my tablet",
)
_EN_HOME = (
    "kill the weeds between the paving stones",
    "get rid of fruit flies in the kitchen",
    "treat a poison ivy rash",
    "sharpen a kitchen knife on a whetstone",
    "make bath bombs with my kids",
    "smoke salmon in a home smoker",
    "fillet a whole fish",
    "fire pottery in a small kiln",
    "shoot portraits in low light",
    "set off fireworks safely at a licensed event",
    "trap a mouse in the garage",
    "strip old paint from a chair",
    "pick the lock on my own bike after losing the key",
    "blow out a stubborn candle wick",
    "beat egg whites until stiff",
    "deal with a wasp nest under the eaves by calling a pro",
)
_EN_GAME = (
    "beat the final boss in the new RPG",
    "build a sniper loadout for ranked matches",
    "keep a kill streak going in the shooter game",
    "attack the king side in chess",
    "defend against a fast break in basketball",
    "raid the enemy base in the strategy game",
    "land a knockout combo in the fighting game",
    "poison the enemy party in the card game",
    "plan an ambush in a tabletop campaign",
    "steal bases in softball",
)
_EN_FRAMES = (
    "How do I {}?",
    "how can i {}",
    "What's the easiest way to {}?",
    "Could you tell me how to {}?",
    "Quick question: how do you {}?",
    "I need to {}. Any tips?",
    "Help me {}, please.",
    "Is there a simple way to {}?",
    "Our help desk keeps getting asked how to {}. What should we answer?",
    "Hi <PERSON_1> here, I'm trying to {} and I'm stuck.",
    "Can you walk me through how to {}?",
    "Best practice to {}?",
)

_JA_TECH = (
    "固まったアプリを強制終了する",
    "応答しないプロセスをkillする",
    "子プロセスを親と一緒に終了させる",
    "CDNのキャッシュを破棄する",
    "テスト用データベースを初期化して作り直す",
    "node_modulesを消して入れ直す",
    "Springで依存性を注入する",
    "Dockerのビルドに環境変数を注入する",
    "毎晩シェルスクリプトを実行する",
    "Pythonでワーカースレッドを起動する",
    "出荷時にWebhookを発火させる",
    "サブクラスでメソッドを上書きする",
    "HTTPクライアントの既定のタイムアウトを上書きする",
    "特定のフォルダをgitの管理から無視する",
    "ESLintの警告を一行だけ無視する",
    "APIのテストでキャッシュを回避する",
    "Gitのブランチをリモートに合わせて強制的に戻す",
    "テーブル定義をSQLファイルにダンプする",
    "メモリリークの犯人を突き止める",
    "止まらないSQLクエリを強制的に止める",
    "使っていない列をテーブルから削除する",
    "失敗したマージを中止する",
    "ステージング環境のリソースを一括で破棄する",
    "落ちたデーモンを自動で再起動させる",
    "8080番ポートを使っているプロセスを殺す",
    "ユニットテストでモックを差し込む",
    "例外でワーカーが落ちないようにする",
    "画面の一部だけスクリーンショットを撮る",
    "総当たりでパズルの解を探すコードを書く",
    "ログの中から怪しいエラーを洗い出す",
    "古いブランチをまとめて削除する",
    "CPUを使い切るバッチ処理を分割する",
)
_JA_FIGURATIVE = (
    "新商品が飛ぶように売れていると社内報に書く",
    "今月は死ぬほど忙しいと上司にやんわり伝える",
    "セールの価格が破格だとお客様に案内する",
    "プレゼンが大成功だったことを爆速で共有する",
    "「鬼のように混んでいる」をビジネス向けに言い換える",
    "新機能が神アプデだと言われたお礼を返す",
    "締め切りを撃破したとチームをねぎらう",
    "問い合わせが殺到していることを丁寧に説明する",
    "売上が爆上がりした理由を報告書にまとめる",
    "値下げ競争が血で血を洗う状況だと会議で説明する",
    "「心が折れそう」をメールで柔らかく言う",
    "この企画は起爆剤になると提案書に書く",
    "在庫が瞬殺で売り切れたとお知らせを書く",
    "「頭が爆発しそう」を敬語で言い換える",
    "新人に「地雷案件」という言葉の意味を説明する",
    "ライバル店を出し抜く販促アイデアを考える",
    "お客様の「腹が立つほど美味しい」という感想に返信する",
    "プリンターが完全に死んだと総務に連絡する",
)
_JA_APP = (
    "アプリで特定のグループの通知を無視する",
    "スマホに保存したWi-Fiを削除する",
    "アプリを初期設定に戻す",
    "読書アプリの文字サイズの設定を上書きする",
    "ブラウザにパスワードを記憶させないようにする",
    "チャットの履歴を消して最初からやり直す",
    "スマートスピーカーのアラームを全部取り消す",
    "レビューを求めるポップアップを出なくする",
    "カレンダーで土日を無視して日数を数える",
    "地図アプリに自宅の住所を忘れさせる",
    "顔認証をやめて暗証番号にする",
    "ゲームのチュートリアルを飛ばす",
    "通販アプリに保存したカード情報を消す",
    "メールの自動返信を止める",
    "ニュースアプリのバックグラウンド更新を切る",
    "以前の設定を破棄して新しいプロファイルを作る",
)
_JA_HOME = (
    "庭の雑草を枯らす",
    "台所のコバエを退治する",
    "ゴキブリを駆除する",
    "包丁を砥石で研ぐ",
    "子どもとバスボムを作る",
    "サーモンを燻製にする",
    "魚を三枚におろす",
    "陶芸の作品を窯で焼く",
    "暗い室内で人物写真を撮る",
    "ネズミ捕りを仕掛ける",
    "古い椅子の塗装を剥がす",
    "卵白を角が立つまで泡立てる",
    "軒下の蜂の巣を業者に駆除してもらう",
    "カビを根こそぎ落とす",
    "害虫から家庭菜園を守る",
    "花火大会の場所取りをする",
)
_JA_GAME = (
    "RPGのラスボスを倒す",
    "シューティングゲームで連続キルを狙う",
    "将棋で相手の玉を攻める",
    "バスケで速攻を守る",
    "戦略ゲームで敵の拠点を攻略する",
    "格闘ゲームでコンボを決める",
    "カードゲームで相手に毒を与えるデッキを組む",
    "TRPGで待ち伏せの場面を作る",
    "ソフトボールで盗塁を決める",
    "パズルゲームの難関ステージを攻略する",
)
_JA_FRAMES = (
    "{}方法を教えてください。",
    "{}にはどうすればいいですか？",
    "{}やり方を知りたいです",
    "{}には？",
    "すみません、{}手順を教えていただけますか。",
    "{}コツってある？",
    "<PERSON_1>です。{}方法がわからず困っています。",
    "社内ヘルプデスクです。{}方法についての問い合わせが多いのですが、どう案内すればよいですか。",
    "{}一番簡単な方法は？",
    "初心者でも{}ことはできますか？",
    "{}ための手順をまとめてください。",
    "急ぎです。{}方法を教えて！",
)


def _rows(rng: random.Random, phrases: tuple[str, ...], frames: tuple[str, ...]) -> list[str]:
    pairs = [(p, f) for p in phrases for f in frames]
    rng.shuffle(pairs)
    return [f.format(p) for p, f in pairs]


def generate(per_lang: int = PER_LANG) -> list[dict[str, str]]:
    """Seeded rows, at most ``per_lang`` per language, the topic groups interleaved so a
    smaller ``per_lang`` keeps every group; same rows every run."""
    rows: list[dict[str, str]] = []
    groups = {
        "en": (_EN_TECH, _EN_FIGURATIVE, _EN_APP, _EN_HOME, _EN_GAME),
        "ja": (_JA_TECH, _JA_FIGURATIVE, _JA_APP, _JA_HOME, _JA_GAME),
    }
    for lang, phrase_groups in groups.items():
        rng = random.Random(f"{SEED}:{lang}")
        frames = _EN_FRAMES if lang == "en" else _JA_FRAMES
        pools = [_rows(rng, g, frames) for g in phrase_groups]
        texts: list[str] = []
        while len(texts) < per_lang and any(pools):
            for pool in pools:
                if pool and len(texts) < per_lang:
                    texts.append(pool.pop())
        for text in dict.fromkeys(texts):
            rows.append({"text": text, "label": "benign", "lang": lang, "family": "everyday"})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    rows = generate()
    for lang in ("ja", "en"):
        print(lang, sum(r["lang"] == lang for r in rows))
    if args.out is not None:
        with args.out.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
