"""How much of a whole check a CI run narrowed by --changed-since or --shard costs (ratios).

Builds a git repository holding an archive of N translated releases (copies of the sample under
other ids), changes one translation, and times, as real subprocesses:

- ``transpub check`` (the whole archive), ``check --changed-since HEAD`` and ``check --shard 1/4``;
- ``transpub build`` (whole), ``build --shard 1/4`` and ``build --index-only`` after the shards.

Usage: ``python benchmarks/ci_scope.py [--releases 200]``. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SLUG = "unoct-qatar-strategic-dialogue-2020"
LANGS = ("ar", "zh", "en", "fr", "ru", "es")


def make_archive(root: str, count: int) -> None:
    os.makedirs(os.path.join(root, "source"))
    shutil.copy2(os.path.join(REPO, "transpub.toml"), root)
    os.makedirs(os.path.join(root, "locales"))
    shutil.copy2(os.path.join(REPO, "locales", "termbase.tbx"), os.path.join(root, "locales"))
    with open(os.path.join(REPO, "source", f"{SLUG}.xml"), encoding="utf-8") as handle:
        text = handle.read()
    for n in range(count):
        name = f"release-{n:04d}"
        with open(os.path.join(root, "source", f"{name}.xml"), "w", encoding="utf-8") as out:
            out.write(text.replace(f'id="{SLUG}"', f'id="{name}"'))
        for lang in LANGS:
            folder = os.path.join(root, "locales", lang, "LC_MESSAGES")
            os.makedirs(folder, exist_ok=True)
            shutil.copy2(os.path.join(REPO, "locales", lang, "LC_MESSAGES", f"{SLUG}.po"),
                         os.path.join(folder, f"{name}.po"))


def git(root: str, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=b", "-c", "user.email=b@example.org", *args],
                   cwd=root, check=True, capture_output=True)


def timed(root: str, *args: str) -> float:
    env = dict(os.environ, PYTHONPATH=os.path.join(REPO, "src"), NO_COLOR="1")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "transpub", *args], cwd=root, env=env,
                          capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"transpub {' '.join(args)} failed:\n{done.stderr.decode()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="transpub-ci-bench-") as tmp:
        root = os.path.join(tmp, "archive")
        make_archive(root, args.releases)
        git(root, "init", "-q")
        git(root, "add", "-A")
        git(root, "commit", "-qm", "archive")
        po = os.path.join(root, "locales", "fr", "LC_MESSAGES", "release-0007.po")
        with open(po, encoding="utf-8") as handle:
            text = handle.read()
        with open(po, "w", encoding="utf-8") as handle:
            handle.write(text.replace("9 décembre 2020", "19 décembre 2020", 1))
        rows = []
        startup = timed(root, "--version")
        whole = timed(root, "check", "-q", "--format", "json")
        rows.append(("check, whole archive", whole, 1.0))
        for label, extra in (("check --changed-since HEAD (one unit changed)",
                              ("--changed-since", "HEAD")),
                             ("check --changed-since HEAD --ignore TP7 (no collection checks)",
                              ("--changed-since", "HEAD", "--ignore", "TP7")),
                             ("check --shard 1/4", ("--shard", "1/4"))):
            seconds = timed(root, "check", "-q", "--format", "json", *extra)
            rows.append((label, seconds, seconds / whole))
        whole_build = timed(root, "build", "-q")
        shutil.rmtree(os.path.join(root, "output"))
        os.makedirs(os.path.join(root, "output"))
        rows.append(("build, whole archive", whole_build, 1.0))
        shards = [timed(root, "build", "-q", "--shard", f"{k}/4") for k in (1, 2, 3, 4)]
        rows.append(("build --shard K/4 (slowest of 4)", max(shards), max(shards) / whole_build))
        index = timed(root, "build", "-q", "--index-only")
        rows.append(("build --index-only after the shards", index, index / whole_build))
        rows.append(("(start-up alone: transpub --version)", startup, startup / whole))
    print(f"N = {args.releases} releases ({args.releases * 5} target PO files), "
          f"{os.cpu_count()} cores\n")
    print("| run | seconds | of the whole run |\n|---|---:|---:|")
    for label, seconds, ratio in rows:
        print(f"| {label} | {seconds:.2f} | {ratio:.0%} |")


if __name__ == "__main__":
    main()
