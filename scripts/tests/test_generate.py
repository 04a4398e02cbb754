"""The generator: seeded, typeset as a newspaper would, every damage present,
and answer keys that follow CONVENTIONS.md."""
import random
from collections import Counter
import re
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ocrgen import damage  # noqa: E402
from ocrgen.cli import main, write_corpus  # noqa: E402
from ocrgen.damage import Rates  # noqa: E402
from ocrgen.generator import Generator  # noqa: E402
from ocrgen.source import Source  # noqa: E402
from ocrgen.typeset import CLOSING, OPENING, cells, wrap  # noqa: E402
from ocreval.metrics import MARKER, Key  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCE = Source.default(ROOT)
PARAGRAPH = SOURCE.runs[0][0]


def files(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


class TypesetTests(unittest.TestCase):
    def test_lines_fill_the_column_and_the_first_is_indented(self):
        for width in (10, 17, 30):
            lines = wrap(PARAGRAPH, width)
            self.assertEqual("".join(lines), PARAGRAPH)
            self.assertLessEqual(cells(lines[0]), width - 2 + 1)
            for line in lines[1:-1]:
                # Full, or one closing mark over (squeezed), or short by what a
                # Latin run or a carried opening mark took down.
                self.assertLessEqual(cells(line), width + 1.5, line)
                self.assertGreaterEqual(cells(line), width - 4, line)

    def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(self):
        for run in SOURCE.runs:
            for paragraph in run:
                for width in (10, 13, 21):
                    lines = wrap(paragraph, width)
                    for before, line in zip(lines, lines[1:]):
                        self.assertNotIn(line[0], CLOSING, line)
                        self.assertNotIn(before[-1], OPENING, before)

    def test_spaces_never_at_a_line_edge(self):
        byline = "本报讯（记者 林韬 通讯员 王凯）2月15日上午，区委书记李志龙走访调研。"
        for width in range(10, 31):
            for line in wrap(byline, width):
                self.assertEqual(line, line.strip())
            self.assertEqual("".join(wrap(byline, width)).count(" "), 3)

    def test_latin_runs_and_numbers_are_never_broken(self):
        text = "全年R&D研发经费支出绝对值增长25%以上，Web3.0元宇宙和区块链等前沿领域。"
        for width in range(10, 31):
            joined = "|".join(wrap(text, width))
            for run in ("R&D", "25%", "Web3.0"):
                self.assertIn(run, joined)


class DamageTests(unittest.TestCase):
    def test_stray_spaces_only_between_cjk_and_never_in_a_byline(self):
        rng = random.Random(1)
        spaced = damage.stray_spaces("推动数字化转型发展，2025年", 1.0, rng)
        self.assertEqual(spaced, "推 动 数 字 化 转 型 发 展 ，2025年")
        self.assertEqual(damage.stray_spaces("（记者 林韬 通讯员 王凯）", 1.0, rng), "（记者 林韬 通讯员 王凯）")

    def test_broken_numbers(self):
        rng = random.Random(1)
        self.assertEqual(damage.broken_numbers("增长38.3%", 1.0, rng), "增长38 . 3 %")
        self.assertEqual(damage.broken_numbers("增长38.3%", 0.0, rng), "增长38.3%")

    def test_doubled_character_never_makes_a_real_reduplication(self):
        rng = random.Random(3)
        for _ in range(50):
            lines = damage.double_at_break(["人", "人民", "经济高质", "量发展"], rng)
            self.assertNotEqual(lines[1], "人人民")
            self.assertEqual(sum(a != b for a, b in zip(lines, ["人", "人民", "经济高质", "量发展"])), 1)

    def test_duplicate_sentence_repeats_one_sentence_right_after_itself(self):
        rng = random.Random(2)
        text = "第一句话有十个字以上呢。第二句话也有十个字以上。"
        doubled = damage.duplicate_sentence(text, rng)
        self.assertIn(doubled, {"第一句话有十个字以上呢。第一句话有十个字以上呢。第二句话也有十个字以上。",
                                "第一句话有十个字以上呢。第二句话也有十个字以上。第二句话也有十个字以上。"})


class GeneratorTests(unittest.TestCase):
    def test_the_same_seed_writes_the_same_bytes_and_another_seed_does_not(self):
        with tempfile.TemporaryDirectory() as tmp:
            a, b, c = (Path(tmp) / name for name in "abc")
            for folder, seed in ((a, 5), (b, 5), (c, 6)):
                write_corpus(Generator(SOURCE, Rates(), seed), folder)
            self.assertEqual(files(a), files(b))
            self.assertNotEqual(files(a), files(c))

    def test_the_committed_corpus_is_what_the_generator_writes(self):
        committed = ROOT / "corpora" / "generated"
        with tempfile.TemporaryDirectory() as tmp:
            self.assertEqual(main(["--out", tmp]), 0)
            self.assertEqual(files(Path(tmp)), files(committed),
                             "corpora/generated is stale: run scripts/generate and commit it")

    def test_keys_follow_the_conventions(self):
        for key_path in (ROOT / "corpora" / "generated").glob("*.expected.txt"):
            text = key_path.read_text(encoding="utf-8")
            self.assertTrue(text.endswith("\n") and not text.endswith("\n\n"), key_path.name)
            self.assertNotIn("\n\n\n", text)
            self.assertEqual(MARKER.findall(text), [], key_path.name)
            source = "\n".join(["\n".join(run) for run in SOURCE.runs] + list(SOURCE.headlines) + list(SOURCE.captions))
            for line in text.split("\n"):
                self.assertEqual(line, line.strip())
                # Key text is source text, whole or cut by a jump: its spaces are the source's.
                self.assertIn(line.removeprefix("§ "), source, key_path.name)

    def test_every_kind_of_damage_is_in_the_corpus(self):
        raw = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "corpora" / "generated").rglob("*.txt")
                        if not p.name.endswith(".expected.txt"))
        lines = raw.split("\n")
        self.assertTrue(any(re.fullmatch(r"(\S ){6,}\S", line) for line in lines), "a spaced-out line")
        self.assertRegex(raw, r"[\u4e00-\u9fff] [\u4e00-\u9fff]", "a stray space")
        self.assertRegex(raw, r"\d \.\d|\d\. \d|\d %", "a broken number")
        self.assertRegex(raw, r"下转", "a 下转 marker")
        self.assertRegex(raw, r"上接|接\d版", "a 上接 marker")
        self.assertRegex(raw, r"\n([\u4e00-\u9fff])\n(\n?)([\u4e00-\u9fff])\n\2([\u4e00-\u9fff])\n", "vertical text")
        self.assertTrue(any(a and b and a[-1] == b[0] for a, b in zip(lines, lines[1:]) if a and b), "a doubled character")
        for caption in SOURCE.captions:
            if caption in raw:
                break
        else:
            self.fail("a caption")
        self.assertRegex(re.sub(r"\s", "", raw), r"([^。！？]{10,}[。！？])\1", "a sentence printed twice")

    def test_an_issue_is_two_page_files_with_one_key(self):
        made = Generator(SOURCE, Rates(), 11).issue()
        self.assertEqual(len(made.raw), 2)
        first, second = made.raw.values()
        self.assertRegex(first, r"下转")
        self.assertRegex(second, r"上接|接第?\d版")
        # Nothing in the key that the pages do not hold, and the key is shorter
        # only by what damage added (markers, repeats, doubled characters).
        key = Counter(re.sub(r"\s|§", "", made.key))
        pages = Counter(re.sub(r"\s", "", first + second))
        self.assertEqual(key - pages, Counter())
        self.assertEqual(len(Key.parse(made.key).paragraphs), made.key.count("\n\n") + 1)

    def test_without_damage_the_raw_is_the_key_rewrapped(self):
        made = Generator(SOURCE, Rates.off(), 4).single(width=15)
        raw, = made.raw.values()
        strip = lambda text: re.sub(r"\s|§", "", text)  # noqa: E731
        self.assertEqual(strip(raw), strip(made.key))


if __name__ == "__main__":
    unittest.main()


class RepeatsCorpusTest(unittest.TestCase):
    """`--bench SIZE --repeats SHARE`: the manifest says truly where each reprint is."""

    def test_each_reprint_is_on_its_line_and_repeats_the_line_it_names(self):
        import json
        with tempfile.TemporaryDirectory() as folder:
            self.assertEqual(main(["--bench", "300KB", "--repeats", "0.05", "--out", folder, "--seed", "3"]), 0)
            manifest = json.loads((Path(folder) / "repeats.json").read_text(encoding="utf-8"))
            lines = {p.name: p.read_text(encoding="utf-8").split("\n") for p in Path(folder).glob("bench-*.txt")}
            repeats = manifest["repeats"]
            self.assertTrue(0.03 < len(repeats) / manifest["paragraphs"] < 0.07, len(repeats))

            def text(file, line):
                return re.sub(r"\s", "", lines[file][line - 1])

            differing = 0
            for repeat in repeats:
                copy, original = text(repeat["file"], repeat["line"]), text(*repeat["of"])
                self.assertGreaterEqual(len(original), 40)
                self.assertEqual(len(copy), len(original))
                differing += copy != original
                self.assertLessEqual(sum(a != b for a, b in zip(copy, original)), 1, copy)
            self.assertGreater(differing, 0)  # some reprints carry a misread character
            # Every other paragraph is different from all the rest.
            planted = {(r["file"], r["line"]) for r in repeats}
            others = [text(name, number + 1) for name, body in lines.items() for number, line in enumerate(body)
                      if len(line) > 60 and (name, number + 1) not in planted]
            self.assertEqual(len(others), len(set(others)))
