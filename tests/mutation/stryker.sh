#!/usr/bin/env bash
# Mutation testing of src/ClaimModel/Engine and src/ClaimModel/Validation with tests/ClaimModel.Tests.
# Not a CI step: a whole campaign takes hours on two cores. See tests/mutation/README.md.
#
#   tests/mutation/stryker.sh                              Engine and Validation (everything)
#   tests/mutation/stryker.sh --folder Engine              one folder (Engine or Validation)
#   tests/mutation/stryker.sh --file Engine/ActorGraph.cs  one file (repeat --file for several)
#   options: --concurrency N (default 1), --tests FILTER (a dotnet test filter for the tests that run,
#            default: all of ClaimModel.Tests), --skip-heavy (leave out the tests with the trait Category=Heavy),
#            --since BRANCH (only files changed since BRANCH),
#            --output DIR (default tests/mutation/output/<campaign>), -- ARGS (passed to dotnet stryker)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
concurrency=1
tests=""
skip_heavy=0
since=""
output=""
mutate=()
campaign=""
extra=()

while [ $# -gt 0 ]; do
  case "$1" in
    --folder)
      case "$2" in
        Engine|Validation) ;;
        *) echo "stryker.sh: --folder must be Engine or Validation, got '$2'" >&2; exit 2 ;;
      esac
      mutate+=("**/$2/**/*.cs"); campaign="${campaign:+$campaign+}$2"; shift 2 ;;
    --file)
      file="${2#src/ClaimModel/}"
      if [ ! -f "$repo/src/ClaimModel/$file" ]; then
        echo "stryker.sh: --file '$2' is not a file under src/ClaimModel" >&2; exit 2
      fi
      mutate+=("**/$file"); base="$(basename "$file" .cs)"; campaign="${campaign:+$campaign+}$base"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --tests) tests="$2"; shift 2 ;;
    --skip-heavy) skip_heavy=1; shift ;;
    --since) since="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "stryker.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

campaign="${campaign:-all}"
output="${output:-$repo/tests/mutation/output/$campaign}"

if [ "$skip_heavy" = 1 ]; then tests="${tests:+($tests)&}Category!=Heavy"; fi

args=(--config-file "$repo/tests/mutation/stryker-config.json" --concurrency "$concurrency" --output "$output")
for m in "${mutate[@]}"; do args+=(--mutate "$m"); done
if [ -n "$tests" ]; then args+=(--test-case-filter "$tests"); fi
if [ -n "$since" ]; then args+=(--since:"$since"); fi

cd "$repo"
dotnet tool restore >/dev/null
# Stryker runs from the test project's folder; the config names the project under test and the test project.
cd "$repo/tests/ClaimModel.Tests"
echo "stryker.sh: campaign '$campaign', output $output"
exec dotnet dotnet-stryker --skip-version-check "${args[@]}" "${extra[@]}"
