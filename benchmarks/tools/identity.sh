#!/bin/bash
# identity.sh SRC OUTDIR: every output that a speed change must leave byte-identical, made with
# the transpub sources in SRC (a checkout's src/), into OUTDIR. Compare two code versions with
#   benchmarks/tools/identity.sh /path/to/old/src /tmp/old
#   benchmarks/tools/identity.sh src /tmp/new && diff -r /tmp/old /tmp/new   # prints nothing
# Reads the workspaces the last `benchmarks/run.py` left in benchmarks/_work/n100 and n1000
# (copies them; never modifies them) and, when TRANSPUB_REAL_DATA names the real corpus
# (tests/realdata.py), its translators' PO files. IDENT_N1000=0 skips the N = 1000 check.
set -u
SRC=$(cd "$1" && pwd); OUT=$2
HERE=$(cd "$(dirname "$0")/../.." && pwd)
WORK="$HERE/benchmarks/_work"
[ -d "$WORK/n100/transpub" ] || { echo "identity.sh: $WORK/n100/transpub missing: run benchmarks/run.py first" >&2; exit 2; }
rm -rf "$OUT"; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
export SOURCE_DATE_EPOCH=1700000000 PYTHONPATH="$SRC"
W=$(mktemp -d /tmp/ident.XXXX)
trap 'rm -rf "$W"' EXIT
cp -r "$WORK/n100/transpub" "$W/n100"
rm -rf "$W/n100/.transpub-cache"
cd "$W/n100"
python3 -m transpub check --no-cache -o "$OUT/n100.txt"; echo "exit $?" >> "$OUT/exits"
python3 -m transpub check --no-cache --format json -o "$OUT/n100.json"; echo "exit $?" >> "$OUT/exits"
python3 -m transpub check --no-cache --jobs 1 --format sarif -o "$OUT/n100.sarif"; echo "exit $?" >> "$OUT/exits"
python3 -m transpub check --no-cache --matrix -o "$OUT/n100.matrix"; echo "exit $?" >> "$OUT/exits"
python3 -m transpub check -o "$OUT/n100.c1.txt"; echo "exit $?" >> "$OUT/exits"
python3 -m transpub check --format json -o "$OUT/n100.c2.json"; echo "exit $?" >> "$OUT/exits"
# one PO file changed, then a cached re-check
f=$(ls locales/fr/LC_MESSAGES/*.po | head -1)
sed -i 's/^msgstr "\[fr\] /msgstr "[fr] X/' "$f"
python3 -m transpub check --format json -o "$OUT/n100.one.json"; echo "exit $?" >> "$OUT/exits"
# extract (after the edit) and build
python3 -m transpub extract > "$OUT/extract.out" 2>&1; echo "exit $?" >> "$OUT/exits"
python3 -m transpub build > "$OUT/build.out" 2>&1; echo "exit $?" >> "$OUT/exits"
(cd locales && find . -type f | sort | xargs sha256sum) > "$OUT/locales.sha"
(cd output && find . -type f | sort | xargs sha256sum) > "$OUT/output.sha"
# a fresh extract and build into an empty copy
cp -r "$W/n100" "$W/fresh"; cd "$W/fresh"; rm -rf locales output .transpub-cache
python3 -m transpub extract > "$OUT/fextract.out" 2>&1; echo "exit $?" >> "$OUT/exits"
python3 -m transpub build > "$OUT/fbuild.out" 2>&1; echo "exit $?" >> "$OUT/exits"
(cd locales && find . -type f | sort | xargs sha256sum) > "$OUT/flocales.sha"
(cd output && find . -type f | sort | xargs sha256sum) > "$OUT/foutput.sha"
if [ "${IDENT_N1000:-1}" = 1 ] && [ -d "$WORK/n1000/transpub" ]; then
  cp -r "$WORK/n1000/transpub" "$W/n1000"; rm -rf "$W/n1000/.transpub-cache"; cd "$W/n1000"
  python3 -m transpub check --no-cache --format json -o "$OUT/n1000.json"; echo "exit $?" >> "$OUT/exits"
fi
R=${TRANSPUB_REAL_DATA:-}/tests/corpus_real
if [ -n "${TRANSPUB_REAL_DATA:-}" ] && [ -d "$R" ]; then
  for d in "$R"/po*/; do d=$(basename "$d"); for l in fr es ru ar zh; do
    [ -f "$R/$d/$l.po" ] || continue
    python3 -m transpub check --no-cache --lang $l --format json "$R/$d/$l.po" > "$OUT/real-$d-$l.json" 2>&1; echo "real $d $l $?" >> "$OUT/exits"
    python3 -m transpub check --no-cache --lang $l "$R/$d/$l.po" > "$OUT/real-$d-$l.txt" 2>&1; echo "realt $d $l $?" >> "$OUT/exits"
  done; done
fi
