"""Smoke test of the built desktop program (`make bundle-check`): run what a user runs, from the bundle.

    python build/check_bundle.py [dist/ceo-desk]

Checks `ceo-desk --version`, `ceo-desk demo` (a real PDF, Dutch and English) and
`ceo-desk-gui --screenshot` on the bundled demo files (offscreen), with their times; prints the
bundle's size. Exits 1 on the first failure. Uses only the standard library.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT = 300


def run(label: str, command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    start = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, env=env)
    print(f"{label:<28} exit {done.returncode}  {time.monotonic() - start:5.1f} s")
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
        sys.exit(1)
    return done


def check(condition: bool, what: str) -> None:
    if not condition:
        print(f"FAILED: {what}", file=sys.stderr)
        sys.exit(1)


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else "dist/ceo-desk").resolve()
    cli, gui = bundle / "ceo-desk", bundle / "ceo-desk-gui"
    check(cli.is_file() and gui.is_file(), f"{bundle} holds ceo-desk and ceo-desk-gui (run 'make bundle')")
    demo = sorted(bundle.rglob("resources/demo"))
    check(bool(demo), "the demo files travel in the bundle")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SOURCE_DATE_EPOCH": "1740787200"}
    with tempfile.TemporaryDirectory() as tmp:
        env["HOME"] = tmp                                   # no settings of the user who builds
        out = Path(tmp)
        version = run("ceo-desk --version", [str(cli), "--version"], env)
        check("ceo-desk" in version.stdout, f"--version names the program: {version.stdout!r}")
        for lang in ("nl", "en"):
            pdf = out / f"demo-{lang}.pdf"
            run(f"ceo-desk demo --lang {lang}", [str(cli), "demo", "--lang", lang, "-o", str(pdf)], env)
            check(pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000, f"{pdf.name} is a report")
        files = sorted(str(p) for p in demo[0].glob("ceo_jeugd_*"))
        shot = out / "window.png"
        run("ceo-desk-gui --screenshot", [str(gui), *files, "--reference",
                                          str(demo[0] / "referentiegroep_jeugd.xlsx"), "--screenshot", str(shot)], env)
        check(shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000, "the window was drawn")
        if len(argv) > 1:                                   # keep the screenshot to look at
            Path(argv[1]).write_bytes(shot.read_bytes())
    print(f"bundle size: {size_of(bundle) / 2**20:.0f} MiB ({bundle})")
    print("bundle check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
