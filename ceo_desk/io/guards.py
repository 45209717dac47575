"""Checks before a file is read: refuse what cannot be a plausible survey, and say why.

A survey file is a regular file of at most a few hundred megabytes. An Excel workbook is a zip of
XML parts that expand ten- to fifty-fold; a CSV has lines of at most some kilobytes and at most a
few hundred fields. Anything far outside that (a named pipe, a link to ``/dev/zero``, a zip bomb,
one line of ten megabytes, ten thousand columns) is refused here, before a reader spends minutes
or gigabytes on it. The checks look at sizes and the raw bytes only, so a large honest file passes
in a fraction of the time its reading takes.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from pathlib import Path

from ceo_desk.model.errors import InputError, Notice

MAX_FILE_BYTES = 2 << 30            # 2 GiB: far above any survey file, far below a disk-filling one
MAX_XLSX_PART_BYTES = 160 << 20     # one XML part of a workbook, uncompressed
MAX_XLSX_TOTAL_BYTES = 400 << 20    # all parts together, uncompressed
MAX_XLSX_RATIO = 150                # honest sheets compress 5-60 fold; a zip bomb 1000 fold
RATIO_FROM_BYTES = 1 << 20          # the ratio is judged only for parts of more than 1 MiB
MAX_LINE_BYTES = 1 << 20            # one line of a CSV
MAX_COLUMNS = 2000                  # columns of a survey table (xlsx, CSV)
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
ZIP_SUFFIXES = (".xlsx", ".xlsm", ".ods")
_CHUNK = 1 << 20


def _mib(size: int) -> str:
    return f"{size / (1 << 20):.0f}"


def check_regular_file(path: Path) -> os.stat_result:
    """The path is an existing regular file (symbolic links followed) of a plausible size."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, key="err.core.file_missing", action_key="err.core.file_missing_action") from None
    except OSError as err:
        raise InputError(path, key="err.hostile.unreadable", params={"reason": err.strerror or str(err)},
                         action_key="err.hostile.unreadable_action") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, key="err.core.is_folder", action_key="err.core.is_folder_action")
    if not stat.S_ISREG(info.st_mode):
        kind = ("fifo" if stat.S_ISFIFO(info.st_mode) else "device"
                if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "other")
        raise InputError(path, key=f"err.hostile.special_{kind}", action_key="err.hostile.special_action")
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(path, key="err.hostile.too_big", params={"size": _mib(info.st_size),
                         "limit": _mib(MAX_FILE_BYTES)}, action_key="err.hostile.too_big_action")
    return info


def _part_refused(path: Path, part: str, key: str, size: int, limit: int) -> InputError:
    return InputError(path, key=key, params={"part": part, "size": _mib(size), "limit": _mib(limit)},
                      action_key="err.hostile.xlsx_action")


def check_zip(path: Path) -> dict[str, int]:
    """Declared and actual sizes of every part of a workbook stay within bounds.

    The declared sizes are checked first (no decompression); then each part is inflated in
    chunks, counting bytes, so a part whose header lies about its size is caught too. Returns the
    columns (letters) of formula cells without a stored value and how many there are: a reader sees
    them as blank.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return {}                            # not a zip: the reader says what the file is instead
    with archive:
        infos = archive.infolist()
        total = 0
        for info in infos:
            size, packed = info.file_size, max(info.compress_size, 1)
            total += size
            if size > MAX_XLSX_PART_BYTES:
                raise _part_refused(path, info.filename, "err.hostile.xlsx_part", size, MAX_XLSX_PART_BYTES)
            if size > RATIO_FROM_BYTES and size / packed > MAX_XLSX_RATIO:
                raise InputError(path, key="err.hostile.xlsx_ratio",
                                 params={"part": info.filename, "ratio": f"{size / packed:.0f}"},
                                 action_key="err.hostile.xlsx_action")
        if total > MAX_XLSX_TOTAL_BYTES:
            raise _part_refused(path, "*", "err.hostile.xlsx_total", total, MAX_XLSX_TOTAL_BYTES)
        formulas: dict[str, int] = {}
        for info in infos:
            _inflate_bounded(path, archive, info, formulas if info.filename.startswith("xl/worksheets/") else None)
        return formulas


_FORMULA_WITHOUT_VALUE = re.compile(rb'<c r="([A-Z]{1,3})\d+"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)(?:<v/>|<v></v>)?</c>')


def _inflate_bounded(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                     formulas: dict[str, int] | None) -> None:
    """Inflate one deflated part without keeping it, stopping as soon as it exceeds its limit.

    In a worksheet (``formulas`` given) it counts formula cells without a stored value per column.
    """
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return                               # stored parts are as large as they look
    limit = min(MAX_XLSX_PART_BYTES, max(info.file_size, 1) + 1)
    with open(path, "rb") as fh:
        fh.seek(info.header_offset)
        header = fh.read(30)
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            return
        name_len = int.from_bytes(header[26:28], "little")
        extra_len = int.from_bytes(header[28:30], "little")
        fh.seek(info.header_offset + 30 + name_len + extra_len)
        inflater = zlib.decompressobj(-15)
        left, produced, carry = info.compress_size, 0, b""
        while left > 0 and not inflater.eof:
            block = fh.read(min(_CHUNK, left))
            if not block:
                break
            left -= len(block)
            data = block
            while data and not inflater.eof:
                try:
                    out = inflater.decompress(data, _CHUNK)
                except zlib.error:
                    return                   # damaged: the reader reports it
                produced += len(out)
                if produced > limit:
                    raise _part_refused(path, info.filename, "err.hostile.xlsx_lie", produced, info.file_size)
                if formulas is not None:
                    carry = _count_formulas(carry, out, formulas)
                data = inflater.unconsumed_tail


#: The longest cell carried from one inflated chunk into the next (a formula's text has no '<' of its own).
_MAX_CELL_BYTES = 64 * 1024


def _count_formulas(carry: bytes, out: bytes, formulas: dict[str, int]) -> bytes:
    """Count the formula cells without a value in ``out`` (the sheet's next chunk), including the one that
    began in ``carry`` (the unfinished cell of the chunks before); returns the carry for the next chunk."""
    text = carry + out
    # 'f' first: memchr, fast; a '<' ending the carry may be the start of '<f'
    if (b"f" in out and b"<f" in text) or b"<f" in carry:
        for match in _FORMULA_WITHOUT_VALUE.finditer(text):
            if match.end() > len(carry):            # a cell wholly in the carry was counted before
                letter = match.group(1).decode()
                formulas[letter] = formulas.get(letter, 0) + 1
    start = text.rfind(b"<c ")                      # the last cell, perhaps unfinished
    return text[start:] if 0 <= start and len(text) - start <= _MAX_CELL_BYTES else text[-512:]


def check_text(path: Path) -> None:
    """No line longer than MAX_LINE_BYTES and no more than MAX_COLUMNS fields in the header line."""
    run = 0                                  # bytes since the last line end
    longest = 0
    with open(path, "rb") as fh:
        while longest <= MAX_LINE_BYTES and (block := fh.read(_CHUNK)):
            parts = block.replace(b"\r", b"\n").split(b"\n")
            if len(parts) == 1:
                run += len(block)
            else:
                longest = max(longest, run + len(parts[0]), *(len(part) for part in parts[1:-1]))
                run = len(parts[-1])
            longest = max(longest, run)
        fh.seek(0)
        head = fh.read(MAX_LINE_BYTES + 1)
    if longest > MAX_LINE_BYTES:
        raise InputError(path, key="err.hostile.csv_line", params={"limit": _mib(MAX_LINE_BYTES)},
                         action_key="err.hostile.csv_line_action")
    check_columns(path, _field_count(head.replace(b"\r", b"\n").split(b"\n", 1)[0]))


def _field_count(line: bytes) -> int:
    text = line.replace(b"\x00", b"")                 # UTF-16 has a zero beside each ASCII byte
    return 1 + max(text.count(sep) for sep in (b";", b",", b"\t", b"|"))


def check_columns(path: Path, count: int) -> None:
    if count > MAX_COLUMNS:
        raise InputError(path, key="err.hostile.columns", params={"count": count, "limit": MAX_COLUMNS},
                         action_key="err.hostile.columns_action")


def check_input(path: Path | str) -> list[Notice]:
    """Everything that can be checked before reading; raises ``InputError`` saying why not.

    Returns notices about what a reader would get wrong without a word (formula cells without a
    stored value read as blank).
    """
    path = Path(path)
    check_regular_file(path)
    suffix = path.suffix.lower()
    if suffix in ZIP_SUFFIXES:
        formulas = check_zip(path)
        if formulas:
            letters = ", ".join(sorted(formulas, key=lambda c: (len(c), c))[:8])
            return [Notice(path, "warn.hostile.formulas_without_values",
                           {"count": sum(formulas.values()), "columns": letters})]
    elif suffix in TEXT_SUFFIXES:
        check_text(path)
    return []
