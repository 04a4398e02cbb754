"""The scorer's own tests: each figure moves the right way on small cases.

Run: python3 -m unittest discover -s scripts/tests
"""
import random
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SCRIPTS))

from ocreval.metrics import levenshtein, normalize, score  # noqa: E402

EXAMPLE = (SCRIPTS.parent.parent / "shared/examples/002_3e1904aefa3dd74a.expected.txt")
KEY = "\n\n".join([
    "§ 区委常委会召开会议学习贯彻习近平总书记重要讲话精神 听取五个党组工作汇报",
    "本报讯（记者 林翰 通讯员 黄朝文）2月28日下午，区委常委会召开会议，传达学习习近平总书记近期重要讲话精神。",
    "会议指出，要深入学习贯彻习近平总书记听取吉林省委和省政府工作汇报时",
    "§ 拱墅区2025年招商大会召开",
    "§ 李志龙出席并讲话 敖煜新主持",
    "李志龙强调，要紧盯产业要素，以高质量招商推动经济高质量发展。锚定产业赛道，围绕项目转。",
    "§ 郑斌摄",
]) + "\n"


def plain(key: str) -> str:
    return "\n\n".join(line[2:] if line.startswith("§ ") else line for line in key.split("\n\n"))


def dp(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


class ScoreTests(unittest.TestCase):
    def test_a_perfect_output_scores_perfectly(self):
        s = score(plain(KEY), KEY)
        self.assertEqual((s.recall, s.precision, s.cer), (1.0, 1.0, 0.0))
        self.assertEqual((s.stray_spaces, s.markers_left, s.duplicates_left), (0, 0, 0))
        self.assertEqual(s.meaningful_kept, s.meaningful_expected)
        self.assertGreater(s.meaningful_expected, 0)

    def test_the_worked_example_against_itself(self):
        key = EXAMPLE.read_text(encoding="utf-8")
        s = score(plain(key.strip()) + "\n", key)
        self.assertEqual((s.recall, s.precision, s.cer), (1.0, 1.0, 0.0))

    def test_a_broken_paragraph_lowers_recall_and_precision(self):
        broken = plain(KEY).replace("以高质量招商推动经济高质量", "以高质量招商推动经济高质量\n\n")
        s = score(broken, KEY)
        self.assertLess(s.recall, 1.0)
        self.assertLess(s.precision, 1.0)
        self.assertEqual(s.cer, 0.0)  # no character is wrong

    def test_headline_lines_printed_joined_or_apart_are_precise(self):
        joined = plain(KEY).replace("拱墅区2025年招商大会召开\n\n李志龙", "拱墅区2025年招商大会召开 李志龙")
        self.assertEqual(score(joined, KEY).precision, 1.0)
        apart = plain(KEY).replace("李志龙出席并讲话 敖煜新主持", "李志龙出席并讲话\n\n敖煜新主持")
        self.assertEqual(score(apart, KEY).precision, 1.0)

    def test_a_stray_space_between_han_is_counted_but_a_headline_space_is_not(self):
        self.assertEqual(score(plain(KEY), KEY).stray_spaces, 0)
        stray = plain(KEY).replace("传达学习", "传达 学习")
        self.assertEqual(score(stray, KEY).stray_spaces, 1)
        number = plain(KEY).replace("2月28日", "2 月28日").replace("2025年", "20 25年")
        self.assertEqual(score(number, KEY).stray_spaces, 1)

    def test_a_lost_byline_space_lowers_kept(self):
        lost = plain(KEY).replace("记者 林翰", "记者林翰")
        full = score(plain(KEY), KEY)
        self.assertEqual(score(lost, KEY).meaningful_kept, full.meaningful_kept - 1)

    def test_a_stitched_paragraph_counts_only_when_printed_whole(self):
        body = [p for p in KEY.split("\n\n") if not p.startswith("§ ")][0]
        self.assertEqual(score(plain(KEY), KEY, [body]).stitched_found, 1)
        cut = plain(KEY).replace(body, body[:10] + "\n\n" + body[10:])
        s = score(cut, KEY, [body])
        self.assertEqual((s.stitched_found, s.stitched_expected), (0, 1))

    def test_a_marker_left_is_counted(self):
        left = plain(KEY).replace("工作汇报时", "工作汇报时（下 转2版）")
        self.assertEqual(score(left, KEY).markers_left, 1)
        self.assertEqual(score(plain(KEY).replace("工作汇报时", "工作汇报时(上接第一版)"), KEY).markers_left, 1)

    def test_a_sentence_printed_twice_is_counted(self):
        twice = plain(KEY).replace("围绕项目转。", "围绕项目转。锚定产业赛道，围绕项目转。")
        s = score(twice, KEY)
        self.assertEqual(s.duplicates_left, 1)
        self.assertGreater(s.cer, 0.0)

    def test_normalize_folds_width_and_whitespace(self):
        self.assertEqual(normalize("甲, 乙 (１)\u3000"), normalize("甲，乙（1）"))


class LevenshteinTests(unittest.TestCase):
    def test_bit_parallel_equals_the_textbook_algorithm(self):
        generator = random.Random(3)
        alphabet = "甲乙丙丁ab,，\U00020BB7"
        for _ in range(400):
            a = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 80)))
            b = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 80)))
            self.assertEqual(levenshtein(a, b), dp(a, b), (a, b))

    def test_long_pages_are_fast_enough(self):
        page = EXAMPLE.read_text(encoding="utf-8")
        self.assertEqual(levenshtein(page, page), 0)
        self.assertEqual(levenshtein(page, page[:-100]), 100)


class CommandTests(unittest.TestCase):
    def folder(self) -> Path:
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        (folder / "p.raw.txt").write_text(plain(KEY).replace("，", ","), encoding="utf-8")
        (folder / "p.expected.txt").write_text(KEY, encoding="utf-8")
        return folder

    def test_with_cat_as_the_cleaner(self):
        run = subprocess.run([str(SCRIPTS / "eval"), "--clean", "cat", str(self.folder())], capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("TOTAL", run.stdout)
        self.assertIn("p ", run.stdout)

    def test_scoring_given_outputs_as_json(self):
        folder = self.folder()
        outputs = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, outputs, ignore_errors=True)
        (outputs / "p.txt").write_text(plain(KEY), encoding="utf-8")
        run = subprocess.run([str(SCRIPTS / "eval"), "--json", "--outputs", str(outputs), str(folder)],
                             capture_output=True, text=True)
        import json
        total = json.loads(run.stdout)[str(folder)]["total"]
        self.assertEqual(total["body_recall"], 1.0)
        self.assertEqual(total["paragraph_precision"], 1.0)


if __name__ == "__main__":
    unittest.main()
