#!/usr/bin/env bash
# Coverage-guided fuzzing of ClaimModel with AFL++ and SharpFuzz.
#   tests/ClaimModel.Fuzz/fuzz.sh [SECONDS] [OUTPUT_DIR]
#     SECONDS     how long afl-fuzz runs (default 3600; .ci/run's smoke uses 60)
#     OUTPUT_DIR  where the instrumented build and afl-fuzz's findings go (default artifacts/fuzz)
# Needs afl-fuzz (Debian: apt-get install afl++) and the repository's dotnet tools (`dotnet tool restore`:
# SharpFuzz.CommandLine). Publishes tests/ClaimModel.Fuzz, instruments its ClaimModel.dll, runs afl-fuzz on the seed
# corpus with the dictionary, prints the campaign's numbers and exits 1 when afl-fuzz saved any crash; each crash is
# replayed through the harness (`--replay`) so its exception is printed. Extra afl-fuzz options: AFL_EXTRA_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-3600}
out=${2:-artifacts/fuzz}
here=tests/ClaimModel.Fuzz
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++"; exit 2; }

rm -rf "$out/bin" "$out/replay" "$out/findings"
mkdir -p "$out"
dotnet tool restore
dotnet publish "$here" -c Release -o "$out/bin" -p:UseAppHost=false
# Instrumented code writes to AFL's shared memory, which exists only under afl-fuzz: crashes are replayed with a copy
# of the build made before instrumenting.
cp -r "$out/bin" "$out/replay"
# Instrument the library under test only (the harness, FluentValidation and the BCL stay as they are).
dotnet sharpfuzz "$out/bin/ClaimModel.dll"

# A container has no CPU frequency governor and no core-pattern handler to please; the target is `dotnet`, which
# carries no AFL marker (SharpFuzz speaks the fork-server protocol from managed code).
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1
export AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=60000 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_TieredPGO=0
start=$SECONDS
# shellcheck disable=SC2086 # AFL_EXTRA_ARGS is a list of options
nice -n 10 afl-fuzz -i "$here/corpus" -o "$out/findings" -x "$here/claimmodel.dict" -t 10000 -m none -V "$seconds" \
  ${AFL_EXTRA_ARGS:-} -- dotnet "$out/bin/ClaimModel.Fuzz.dll" > "$out/afl.log" 2>&1 || {
  tail -n 40 "$out/afl.log"; echo "afl-fuzz failed"; exit 2; }

stats="$out/findings/default/fuzzer_stats"
crashes="$out/findings/default/crashes"
stat() { sed -n "s/^$1 *: *//p" "$stats"; }
found=$(find "$crashes" -type f ! -name README.txt | wc -l)
echo "fuzz: $((SECONDS - start)) s, $(stat execs_done) execs ($(stat execs_per_sec)/s), corpus $(stat corpus_count), crashes $found, hangs $(find "$out/findings/default/hangs" -type f | wc -l)"
if [ "$found" -gt 0 ]; then
  echo "afl-fuzz saved $found crash(es) in $crashes; replayed:"
  dotnet "$out/replay/ClaimModel.Fuzz.dll" --replay "$crashes" || true
  exit 1
fi
