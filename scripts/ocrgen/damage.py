"""What OCR does to printed lines, each kind at its own rate.

Every damage here is one the cleaner must undo without inventing text; the
answer key keeps the undamaged text. Lines that hold meaningful spaces
(bylines, slogans) get no stray spaces, since a reader could not tell the
stray ones from the meant ones either.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, fields

BYLINE = re.compile(r"记者|通讯员|本报讯|摄")
NUMBER_BREAK = re.compile(r"(?<=\d)(?=\.\d)|(?<=\d)(?=%)|(?<=\d\.)(?=\d)")


@dataclass
class Rates:
    """How often each damage happens; `Rates.off()` gives clean column OCR."""
    stray_space: float = 0.04        # per gap between two CJK characters of a line
    spaced_line: float = 0.03        # per line: every character spaced out
    broken_number: float = 0.5       # per number with a decimal point or %: 38 .3%
    caption: float = 0.12            # per paragraph of 3+ lines: a caption cuts a sentence
    doubled: float = 0.10            # per paragraph: a character printed twice at a break
    duplicate_sentence: float = 0.06 # per paragraph: a sentence printed twice
    duplicate_paragraph: float = 0.04  # per paragraph: the whole paragraph printed twice
    vertical: float = 0.15           # per article: the headline set vertically
    subheadline: float = 0.3         # per article: a second headline line
    jump: float = 0.35               # per page: an article cut by （下转N版）, one resumed after （上接M版）
    doubled_headline_space: float = 0.5  # per headline space: OCR reads it as two

    @staticmethod
    def off() -> "Rates":
        return Rates(**{f.name: 0.0 for f in fields(Rates)})


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF01 <= code <= 0xFF60
            or 0x3000 < code <= 0x303F or ch in "“”‘’…—")


def is_han(ch: str) -> bool:
    return 0x4E00 <= ord(ch) <= 0x9FFF


def stray_spaces(line: str, rate: float, rng: random.Random) -> str:
    """Spaces between two CJK characters, as OCR drops them: 推动 数 字 化转型."""
    if rate <= 0 or " " in line or BYLINE.search(line):
        return line
    out = [line[0]] if line else []
    for before, after in zip(line, line[1:]):
        if is_cjk(before) and is_cjk(after) and rng.random() < rate:
            out.append(" ")
        out.append(after)
    return "".join(out)


def spaced_out(line: str) -> str:
    """A whole line read character by character: 推 动 数 字 化 转 型."""
    return " ".join(line)


def can_space_out(line: str) -> bool:
    return len(line) >= 4 and " " not in line and not BYLINE.search(line) and not re.search(r"[A-Za-z0-9]", line)


def broken_numbers(line: str, rate: float, rng: random.Random) -> str:
    """A space inside a number: 38 .3%, 1. 9%, 25 %."""
    if rate <= 0:
        return line
    cuts = [m.start() for m in NUMBER_BREAK.finditer(line) if rng.random() < rate]
    for cut in reversed(cuts):
        line = line[:cut] + " " + line[cut:]
    return line


# Characters Chinese writes twice on purpose (人人, 等等, 大大降低, 牢牢守住):
# printed twice by accident they read as that word, and no reader of the raw
# text alone can tell the damage from the word.
REDUPLICATED = frozenset("人天常看多年个处事时步家户层条样件点纷渐刚仅往稳牢紧实扎明默深久频连节声真好大轻慢静悄高滚熊等谢试想说走坐满")


def double_at_break(lines: list[str], rng: random.Random) -> list[str]:
    """The last character of a line printed again at the start of the next:
    冲刺“开 / 开门红”. Only between two Han characters that differ, so a real
    doubled word (人 / 人民) is never made, and never a character Chinese
    writes twice on purpose (产城人 / 人融合 would read as 人人)."""
    breaks = [i for i in range(len(lines) - 1)
              if lines[i] and lines[i + 1] and is_han(lines[i][-1]) and is_han(lines[i + 1][0])
              and lines[i][-1] != lines[i + 1][0]]
    if not breaks:
        return lines
    index = rng.choice(breaks)
    # Chosen, then skipped, so that the random stream (and the rest of the
    # corpus) is the same as before this exclusion.
    if lines[index][-1] in REDUPLICATED:
        return lines
    lines = list(lines)
    lines[index + 1] = lines[index][-1] + lines[index + 1]
    return lines


SENTENCE = re.compile(r"[^。！？]*[。！？][”’」』]?")


def duplicate_sentence(paragraph: str, rng: random.Random) -> str | None:
    """The paragraph with one of its sentences (10+ characters) printed twice."""
    candidates = [m for m in SENTENCE.finditer(paragraph)
                  if len(m.group()) >= 10 and not BYLINE.search(m.group()) and " " not in m.group()]
    if not candidates:
        return None
    match = rng.choice(candidates)
    return paragraph[:match.end()] + match.group() + paragraph[match.end():]
