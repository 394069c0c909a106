#!/usr/bin/env bash
# The shell step of action.yml (kept here so that the tests run it as the runner does):
# install transpub, run `transpub check` once with workflow annotations on stdout and a SARIF
# report beside them, and hand the SARIF path and the exit status to the following steps.
set -euo pipefail

action_path="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
python="${PYTHON:-python3}"
sarif="${INPUT_SARIF_FILE:-transpub.sarif}"

if [ "${INPUT_INSTALL:-true}" = "true" ]; then
  "$python" -m pip install --quiet --disable-pip-version-check "${INPUT_VERSION:-$action_path}"
fi

args=(check -C "${INPUT_WORKSPACE:-.}" --format github --fail-on "${INPUT_FAIL_LEVEL:-error}"
      --sarif "$sarif")
langs="${INPUT_LANGUAGES:-}"
for lang in ${langs//,/ }; do
  args+=(--lang "$lang")
done
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
[ -n "${INPUT_CHANGED_SINCE:-}" ] && args+=(--changed-since "$INPUT_CHANGED_SINCE")
[ -n "${INPUT_SHARD:-}" ] && args+=(--shard "$INPUT_SHARD")
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<< "$INPUT_ARGS"
  args+=("${extra[@]}")
fi

rm -f "$sarif"  # a report left from an earlier run must not be uploaded as this one's
set +e
"$python" -m transpub "${args[@]}"
status=$?
set -e

output="${GITHUB_OUTPUT:-/dev/null}"
# exit 2 (bad input) wrote no report: no SARIF to upload
if [ -f "$sarif" ] && [ "$status" -ne 2 ]; then
  echo "sarif-file=$sarif" >> "$output"
fi
echo "exit-code=$status" >> "$output"
exit "$status"
