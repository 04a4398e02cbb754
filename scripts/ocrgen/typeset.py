"""Set clean paragraphs in a newspaper column, as a typesetter would.

A full-width character takes one column cell and a half-width one half a
cell; a line never starts with closing punctuation (it is squeezed onto the
line before) nor ends with an opening one; a run of Latin letters and digits,
and a jump marker, is never broken; a space never sits at a line's edge (the
OCR would lose it, and with it a byline's meaning).
"""
from __future__ import annotations

import re

CLOSING = set("，。、；：？！）》」』”’…%,.;:?!)")
OPENING = set("“‘（《「『(")
TOKEN = re.compile(r"[（(]\s*[下上]?\s*[转接]\s*第?\s*\d+\s*[版页]\s*[)）]|[A-Za-z0-9.,:%&+\-/]+|.", re.S)


def cells(text: str) -> float:
    """Column cells a text takes: half-width characters count one half."""
    return sum(0.5 if ord(ch) < 0x80 else 1.0 for ch in text)


def wrap(text: str, width: int, indent: int = 2) -> list[str]:
    """The printed lines of one paragraph in a column `width` cells wide; the
    first line `indent` cells shorter (the indent OCR loses)."""
    lines: list[list[str]] = [[]]
    used = 0.0
    capacity = width - indent
    for token in TOKEN.findall(text):
        size = cells(token)
        if used + size <= capacity or not lines[-1] or token in CLOSING:
            lines[-1].append(token)
            used += size
            continue
        # An opening mark does not end a line: it goes down with what it opens.
        carried = []
        while lines[-1] and lines[-1][-1] in OPENING:
            carried.insert(0, lines[-1].pop())
        lines.append(carried + [token])
        used = sum(cells(t) for t in lines[-1])
        capacity = width
    printed = ["".join(line) for line in lines]
    return keep_spaces_inside(printed)


def keep_spaces_inside(lines: list[str]) -> list[str]:
    """Move the character before a space at a line's end down with it, so every
    space stays between two characters of one line."""
    lines = list(lines)
    for index in range(len(lines) - 1):
        line = lines[index]
        if line.endswith(" "):
            head = line.rstrip(" ")
            moved = head[-1] + line[len(head):]
            lines[index] = head[:-1]
            lines[index + 1] = moved + lines[index + 1]
        elif lines[index + 1].startswith(" "):
            lines[index] = line[:-1]
            lines[index + 1] = line[-1] + lines[index + 1]
    return [line for line in lines if line]
