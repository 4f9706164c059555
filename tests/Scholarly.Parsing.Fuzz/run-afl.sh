#!/usr/bin/env bash
# Fuzzes PaperParser with AFL++ (Debian: apt-get install afl++) through SharpFuzz, for a bounded time.
#   tests/Scholarly.Parsing.Fuzz/run-afl.sh [SECONDS] [WORK_DIR] [MORE_INPUTS_DIR]
# Needs the SharpFuzz tool on PATH (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0)
# or in $SHARPFUZZ. Findings land in WORK_DIR/findings/default/{crashes,hangs}.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:-900}"
work="${2:-${TMPDIR:-/tmp}/scholarly-fuzz}"
sharpfuzz="${SHARPFUZZ:-sharpfuzz}"

rm -rf "$work/bin" "$work/in"
mkdir -p "$work/in"
dotnet publish "$here/Scholarly.Parsing.Fuzz.csproj" -c Release -o "$work/bin" --nologo -v q

# Only the library is instrumented: its branches are what AFL++ should learn to reach.
"$sharpfuzz" "$work/bin/Scholarly.Parsing.dll"

# Starting inputs: the tests' own small fixture pages (AFL++ works best with inputs of a few KB).
find "$here/../Scholarly.Parsing.Tests/Fixtures" -type f -size -12k ! -path '*/Golden/*' ! -name '*.tsv' -print0 |
  while IFS= read -r -d '' file; do cp "$file" "$work/in/$(echo "$file" | md5sum | cut -c1-12)_$(basename "$file")"; done
# More starting inputs, e.g. the queue of an earlier run (WORK_DIR/findings/default/queue).
if [ -n "${3:-}" ]; then find "$3" -maxdepth 1 -type f -size -64k -exec cp -t "$work/in" {} +; fi

# dotnet is not instrumented itself (SharpFuzz instruments the library), hence SKIP_BIN_CHECK.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
exec afl-fuzz -V "$seconds" -i "$work/in" -o "$work/findings" -t 10000 -m none -- dotnet "$work/bin/Scholarly.Parsing.Fuzz.dll"
