#!/usr/bin/env bash
# The test command (README): unit tests of every layer, then the differential checks of
# the front end against CPython 3.11 (/usr/bin/python3.11) over the whole stdlib, a short
# parser fuzz run, then tests/programs (every program against CPython's recorded output;
# the ones listed in tests/programs/KNOWN_FAILURES are run and reported but do not fail the
# run). Ends with one line "N passed, N failed" summing every step.
#   ./test.sh --fuzz     runs the full 100,000-input parser fuzz instead of 5,000
set -uo pipefail
cd "$(dirname "$(readlink -f "$0")")"
FUZZ=5000
for a in "$@"; do case "$a" in --fuzz) FUZZ=100000 ;; esac; done

passed=0; failed=0; status=0
log=$(mktemp); trap 'rm -f "$log"' EXIT
count() {  # adds the last "N passed, N failed" line of $log to the totals
  local line; line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); status=1; echo "   (no summary line: counted as one failure)"; return; fi
  passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
  failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
}
step() { echo; echo "== $1"; shift; "$@" 2>&1 | tee "$log"; [ "${PIPESTATUS[0]}" -eq 0 ] || status=1; }

./taipan -V >/dev/null || exit 1   # builds the CLI (ReadyToRun) if needed

echo "== xunit"
dotnet test Taipan.slnx -c Release --nologo 2>&1 | tee "$log"; [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+' "$log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/')

for check in check_tokenize check_stdlib_ast check_symtable check_compile_stdlib; do
  if [ -f "tools/$check.py" ]; then step "$check" /usr/bin/python3.11 "tools/$check.py"; count; fi
done

step "parser fuzz ($FUZZ inputs)" ./taipan -X fuzz-parser "$FUZZ" 1; count

step "tests/programs" python3 tools/run_programs.py --interp ./taipan -j 2 -q --timeout 60 --known tests/programs/KNOWN_FAILURES; count

# The same programs with every loop traced and compiled at once: the JIT must not change any output.
step "tests/programs, JIT threshold 1" python3 tools/run_programs.py --interp ./taipan -j 2 -q --jit-threshold 1 --timeout 60 --known tests/programs/KNOWN_FAILURES; count

# CPython's own tests, a fast tier-1 subset: any failure not in tests/compat/KNOWN_FAILURES fails the run.
if [ -f ../shared/compat/run.py ]; then
  step "compat subset (tests/compat/KNOWN_FAILURES)" python3 tools/compat_known.py check; count
else
  echo; echo "== compat subset NOT RUN: ../shared/compat/run.py is not beside this checkout"
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
