"""The quality ratchet: the CLI's output on the seeds and on corpora/generated
scores no worse than corpora/floors.json. Raise the floors when a repair
lands (`scripts/eval --json` prints the figures); never lower them quietly.

It runs the debug build that `scripts/test` has just built, not a release
build that could be stale.
"""
import json
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ocreval.cli import cleaned, pairs  # noqa: E402
from ocreval.metrics import Score, score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
CLEAN = ROOT / ".build" / "debug" / "clean"
FLOORS = json.loads((ROOT / "corpora" / "floors.json").read_text(encoding="utf-8"))


def scores(folder: str) -> dict:
    def stitched(name: str) -> list:
        sidecar = ROOT / folder / f"{name}.stitched.txt"
        return [p for p in sidecar.read_text(encoding="utf-8").split("\n") if p] if sidecar.exists() else []
    return {name: score(cleaned([str(CLEAN)], raw), expected.read_text(encoding="utf-8"), stitched(name))
            for name, raw, expected in pairs(ROOT / folder)}


@unittest.skipUnless(CLEAN.exists(), "no .build/debug/clean: scripts/test builds it")
class RatchetTests(unittest.TestCase):
    def check(self, folder: str) -> dict:
        floor = FLOORS[folder]
        files = scores(folder)
        total = Score()
        for result in files.values():
            total.add(result)
        self.assertGreaterEqual(round(total.recall, 3), floor["body_recall"], f"{folder}: body recall fell")
        self.assertGreaterEqual(round(total.precision, 3), floor["paragraph_precision"], f"{folder}: paragraph precision fell")
        self.assertLessEqual(round(total.cer, 4), floor["cer_at_most"], f"{folder}: CER rose")
        self.assertLessEqual(total.stray_spaces, floor["stray_spaces_at_most"], f"{folder}: more stray spaces left")
        self.assertGreaterEqual(total.meaningful_kept, floor["meaningful_spaces_kept"], f"{folder}: meaningful spaces lost")
        self.assertLessEqual(total.markers_left, floor["markers_left_at_most"], f"{folder}: jump markers left")
        self.assertLessEqual(total.duplicates_left, floor["duplicates_left_at_most"], f"{folder}: duplicates left")
        self.assertGreaterEqual(total.stitched_found, floor.get("stitched_articles_whole", 0),
                                f"{folder}: an article cut across page files is no longer stitched")
        return files

    def test_seeds(self):
        self.check("corpora/seeds")

    def test_generated(self):
        files = self.check("corpora/generated")
        widths = {name: result.recall for name, result in files.items() if name.startswith("width-")}
        self.assertEqual(len(widths), 21)
        worst = min(widths, key=widths.get)
        self.assertGreaterEqual(round(widths[worst], 3), FLOORS["corpora/generated"]["body_recall_every_width"],
                                f"{worst}: body recall fell")


if __name__ == "__main__":
    unittest.main()


@unittest.skipUnless(CLEAN.exists(), "no .build/debug/clean: scripts/test builds it")
class UndamagedTextTests(unittest.TestCase):
    """Text set in columns with no damage at all has nothing printed twice:
    every `printed twice at a break` the cleaner logs on it is a character
    of the text lost (优惠 / 惠企政策, “十五 / 五”, 干货满 / 满”)."""

    def test_no_character_is_taken_for_one_printed_twice(self):
        import subprocess
        import tempfile
        from ocrgen.cli import main as generate
        with tempfile.TemporaryDirectory() as folder:
            lost = []
            for seed in (1, 2, 3):
                out = Path(folder) / str(seed)
                generate(["--out", str(out), "--seed", str(seed), "--rates", "all=0"])
                for raw in sorted(out.glob("*.raw.txt")):
                    log = subprocess.run([str(CLEAN), "--explain", str(raw)], capture_output=True, text=True, check=True)
                    lost += [f"{seed}/{raw.name}: {json.loads(line)['note']}" for line in log.stdout.splitlines()
                             if "printed twice at a break" in line]
            self.assertEqual(lost, [])
