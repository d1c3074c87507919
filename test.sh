#!/usr/bin/env bash
# The test command (README): unit tests of every layer, then the differential checks
# against CPython 3.11 (/usr/bin/python3.11). Slow suites sit behind flags:
#   ./test.sh --fuzz      also runs the parser fuzzer (100,000 inputs)
set -uo pipefail
cd "$(dirname "$(readlink -f "$0")")"
status=0
step() { echo "== $*"; }

step "xunit"
dotnet test Taipan.slnx -c Release --nologo || status=1

exit $status
