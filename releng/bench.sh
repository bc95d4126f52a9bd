#!/usr/bin/env bash
# The benchmark harness (docs/BENCHMARKS.md). Not part of the test suite.
#   releng/bench.sh generate [1m|1m-records|100k|10k] [DIR]   write a generated database into workspace DIR (default target/bench-workspace)
#   releng/bench.sh reindex [DIR]             rebuild its search index, timed
#   releng/bench.sh run [DIR]                 measure it: every figure against raw JDBC on the same Derby
#   releng/bench.sh reads [DIR]               only the point reads: find(id) against the same row by JDBC (adds no records)
#   releng/bench.sh network [DIR]             only the relationship network figures (load, memory, introductions)
#   releng/bench.sh fields [DIR]              the customer record: custom values, facet filters, activities (writes to DIR)
#   releng/bench.sh import [DIR]              CSV import of a generated 1M-row file vs raw JDBC batch inserts (scratch in DIR;
#                                             -Dvinculo.bench.rows=N in MAVEN_ARGS for another size)
#   releng/bench.sh dedupe [DIR]              whole-database duplicate scan of DIR's generated database
#   releng/bench.sh sales [DIR]               the sales plug-in: adds opportunities to DIR's database up to 200,000
#                                             (-Dvinculo.bench.opportunities=N in MAVEN_ARGS) and times its reads
# Results are printed and appended to DIR/benchmark-results.md. Open the generated workspace in the
# product with: <product>/vinculo -data DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
task="${1:-run}"
case "$task" in
  generate) preset="${2:-1m}"; dir="${3:-$root/target/bench-workspace}" ;;
  run|reads|reindex|network|fields|import|dedupe|sales) preset=1m; dir="${2:-$root/target/bench-workspace}" ;;
  *) echo "usage: $0 generate [1m|1m-records|100k|10k] [DIR] | reindex [DIR] | run [DIR] | reads [DIR] | network [DIR] | fields [DIR] | import [DIR] | dedupe [DIR] | sales [DIR]" >&2; exit 2 ;;
esac
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
cd "$root"
exec ./mvnw -B verify -DskipTests -Dvinculo.bench.skip=false -Dvinculo.bench.task="$task" \
  -Dvinculo.bench.preset="$preset" -Dvinculo.bench.dir="$dir" ${MAVEN_ARGS:-}
