"""Fuzz each input surface in turn, one at a time, niced, and keep what each run printed.

    python benchmarks/fuzz/campaign.py [SECONDS_EACH] [SURFACE ...] [--out FOLDER]

Each surface runs benchmarks/fuzz/run.py (atheris) for SECONDS_EACH (600 unless told)
from a corpus seeded with real files of its kind (the shipped fixture, the seed release,
the shipped templates, a page and a PDF made from the seed). Prints one line per surface:
executions, executions per second, and the findings (crash-*, timeout-*, oom-* files,
left in FOLDER/findings). The raw libFuzzer output of each run is kept as
FOLDER/fuzz-SURFACE.log.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

SURFACES = ("interchange", "text", "html", "docx", "pdf", "query", "template")
QUERIES = ['human security', '"human security" title:tokyo', 'from:2007-01 to:2007-12 -draft',
           'chair:takasu OR host:japan', 'participants:"United Nations" NOT kind:minutes']


def seed(surface: str, folder: Path) -> None:
    import targets

    folder.mkdir(parents=True, exist_ok=True)
    release = (ROOT / "tests/fixtures/seed-press-release.txt").read_bytes()
    if surface == "interchange":
        shutil.copy(ROOT / "tests/fixtures/human-security-2007.json", folder / "fixture.json")
    elif surface == "text":
        (folder / "seed.txt").write_bytes(release)
    elif surface == "html":
        paras = release.decode("utf-8").split("\n\n")
        page = "<html><body><nav>Home</nav>" + "".join(
            f"<p>{html.escape(p)}</p>" for p in paras) + "</body></html>"
        (folder / "seed.html").write_text(page, encoding="utf-8")
    elif surface == "docx":
        import zipfile

        with zipfile.ZipFile(__import__("io").BytesIO(targets._docx_seed())) as z:
            (folder / "document.xml").write_bytes(z.read("word/document.xml"))
    elif surface == "pdf":
        (folder / "content").write_bytes(targets.PDF_SEED_CONTENT)
        (folder / "whole.pdf").write_bytes(targets._pdf_with_content(targets.PDF_SEED_CONTENT))
    elif surface == "query":
        for i, q in enumerate(QUERIES):
            (folder / f"q{i}").write_text(q, encoding="utf-8")
    elif surface == "template":
        for t in (ROOT / "resources/templates").glob("*.txt.j2"):
            shutil.copy(t, folder / t.name)


def run(surface: str, seconds: int, out: Path) -> str:
    """Fuzz `surface` for `seconds`; a run that stops on a finding is started again
    on the same corpus for the time left (libFuzzer's fork mode does not work under
    atheris), so one finding does not end the surface's fuzzing."""
    work = out / "work" / surface
    corpus = work / "corpus"
    findings = out / "findings"
    findings.mkdir(parents=True, exist_ok=True)
    seed(surface, corpus)
    log = out / f"fuzz-{surface}.log"
    started, done, rounds = time.monotonic(), 0, 0
    with log.open("w", encoding="utf-8") as sink:
        while (left := seconds - (time.monotonic() - started)) > 20 and rounds < 10:
            rounds += 1
            cmd = ["nice", "-n", "15", sys.executable, str(HERE / "run.py"), surface,
                   str(corpus), f"-max_total_time={int(left)}", "-print_final_stats=1",
                   "-timeout=20", "-rss_limit_mb=2048", "-max_len=8192",
                   f"-artifact_prefix={findings}/{surface}-"]
            sink.write("$ " + " ".join(cmd) + "\n")
            sink.flush()
            before = sink.tell()
            code = subprocess.call(cmd, stdout=sink, stderr=subprocess.STDOUT, cwd=work)
            sink.flush()
            with log.open(encoding="utf-8", errors="replace") as again:
                again.seek(before)
                text = again.read()
            execs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", text)
            done += int(execs[-1]) if execs else 0
            if code == 0:
                break
    took = time.monotonic() - started
    found = sorted(p.name for p in findings.glob(f"{surface}-*"))
    return (f"{surface}: {done:,} executions in {took:.0f} s ({done / max(took, 1):,.0f}/s), "
            f"{rounds} run(s), findings: {', '.join(found) or 'none'}")


def main() -> None:
    args = sys.argv[1:]
    out = Path("/tmp/mtgdesk-fuzz")
    if "--out" in args:
        i = args.index("--out")
        out = Path(args[i + 1])
        del args[i:i + 2]
    seconds = int(args.pop(0)) if args and args[0].isdigit() else 600
    for surface in args or SURFACES:
        print(run(surface, seconds, out), flush=True)


if __name__ == "__main__":
    main()
