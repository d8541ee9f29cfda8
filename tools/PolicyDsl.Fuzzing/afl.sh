#!/usr/bin/env bash
# Coverage-guided fuzzing of every target with AFL++ and SharpFuzz, SECONDS each (600 by default).
#   apt-get install afl++ && dotnet tool install --global SharpFuzz.CommandLine
#   tools/PolicyDsl.Fuzzing/afl.sh [SECONDS] [WORKDIR]
# Findings land in WORKDIR/findings/TARGET/default/{crashes,hangs}; replay one with
#   dotnet WORKDIR/plain/PolicyDsl.Fuzzing.dll TARGET --replay FILE
set -euo pipefail
seconds=${1:-600}
work=${2:-fuzz-afl}
root=$(cd "$(dirname "$0")/../.." && pwd)
sharpfuzz=$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")
mkdir -p "$work" && work=$(cd "$work" && pwd)
cd "$root"
# Two builds: the seeds are written by a plain one (instrumented code may not run outside the fuzzer).
dotnet build -c Release tools/PolicyDsl.Fuzzing -o "$work/plain" >/dev/null
dotnet build -c Release tools/PolicyDsl.Fuzzing -o "$work/instrumented" >/dev/null
"$sharpfuzz" "$work/instrumented/PolicyDsl.dll"
"$sharpfuzz" "$work/instrumented/policy.dll"
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
status=0
for target in policy csv cases; do
  dotnet "$work/plain/PolicyDsl.Fuzzing.dll" "$target" --seeds "$work/corpus/$target" >/dev/null
  mkdir -p "$work/findings"
  afl-fuzz -V "$seconds" -i "$work/corpus/$target" -o "$work/findings/$target" -t 10000 -m none \
    -- dotnet "$work/instrumented/PolicyDsl.Fuzzing.dll" "$target" --afl > "$work/afl-$target.log" 2>&1 || status=1
  stats="$work/findings/$target/default/fuzzer_stats"
  echo "$target: $(grep -E '^(execs_done|saved_crashes|saved_hangs)' "$stats" | tr -s ' ' | tr '\n' ' ')"
  if grep -qE '^saved_(crashes|hangs) *: *[1-9]' "$stats"; then status=1; fi
done
exit $status
