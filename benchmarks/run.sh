#!/usr/bin/env bash
# Builds the benchmarks jar, runs the JMH benchmarks and the numpy baseline, and writes
# benchmarks/RESULTS.md.
#
#   benchmarks/run.sh            bounded run: about 11 minutes on 2 idle cores (the README's
#                                numbers); longer on a busy machine, whose every fork then
#                                needs longer for C2 to compile the Vector API classes
#   benchmarks/run.sh --quick    smoke test of the whole pipeline in about 4 minutes; writes
#                                benchmarks/target/results/RESULTS.md, not the quoted file
#   benchmarks/run.sh --full     5 forks, longer iterations, predict on every shape (over
#                                an hour and a quarter; for a quiet machine)
#
# Environment: JAVA (default: java on the PATH) runs JMH and its forks; PYTHON (default:
# python3) runs numpy_step.py; IMPLEMENTATIONS restricts the implementations (comma list of
# reference, ejml, scalar, vector, scalar-float, vector-float); JMH_OPTIONS replaces the
# mode's forks and iterations (such as "-f 3 -wi 3 -w 1s -i 5 -r 1s"); SKIP_BUILD=1 reuses
# the jar.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
java_cmd="${JAVA:-java}"
python_cmd="${PYTHON:-python3}"
mode="${1:-bounded}"

# A word as the report quotes it: paths relative to the project root, and in single quotes
# if the shell would treat any of its characters specially.
quote_word() {
  local word="${1/#$root\//}"
  if [[ "$word" =~ ^[A-Za-z0-9_./=:,@%+-]+$ ]]; then
    echo "$word"
  else
    echo "'${word//\'/\'\\\'\'}'"
  fi
}

# A command as the report quotes it.
quoted() {
  local word out=""
  for word in "$@"; do
    out+="$(quote_word "$word") "
  done
  echo "${out% }"
}

case "$mode" in
  bounded)
    # 42 benchmarks (6 implementations x 3 shapes x train and forward, and predict on the
    # seed) of 3 forks each, 126 forks of about 4.7 s: 1.3 s to start the JVM and generate
    # the class, the warm-up until steady (WarmUp; 0.3 s to 6 s, 1.4 s on average, the
    # longest for the vector train steps) and 2 s of iterations. One JMH warm-up iteration
    # is enough after WarmUp. With the build, the probe and numpy, about 11 minutes; timed
    # on 2 nearly idle cores from two --quick runs of three implementations each.
    jmh_options=(-f 3 -wi 1 -w 500ms -i 3 -r 500ms)
    shapes=(seed mnist wide)
    predict_shapes=" seed "
    report="$here/RESULTS.md"
    ;;
  --quick)
    jmh_options=(-f 1 -wi 1 -w 500ms -i 2 -r 500ms)
    shapes=(seed mnist wide)
    predict_shapes=" seed "
    report="$here/target/results/RESULTS.md"
    ;;
  --full)
    jmh_options=(-f 5 -wi 5 -w 1s -i 10 -r 1s)
    shapes=(seed mnist wide)
    predict_shapes=" seed mnist wide "
    report="$here/RESULTS.md"
    ;;
  *)
    echo "usage: $0 [--quick | --full]" >&2
    exit 2
    ;;
esac
if [[ -n "${JMH_OPTIONS:-}" ]]; then
  read -r -a jmh_options <<< "$JMH_OPTIONS"
fi

results="$here/target/results"
jar="$here/target/benchmarks.jar"
log="$results/jmh.log"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building $jar"
  (cd "$root" && ./mvnw -q -pl benchmarks -am package -DskipTests)
fi
rm -rf "$results"
mkdir -p "$results"
# The variables that changed the run, so the report's first command repeats it exactly.
overrides=""
for variable in JAVA PYTHON IMPLEMENTATIONS JMH_OPTIONS SKIP_BUILD; do
  if [[ -n "${!variable:-}" ]]; then
    overrides+="$variable=$(quote_word "${!variable}") "
  fi
done
commands=("$overrides$(quoted benchmarks/run.sh "$@")")

echo "== checking which implementations build and match the reference"
"$java_cmd" --add-modules jdk.incubator.vector -cp "$jar" \
  io.github.mlpgen.benchmarks.ImplementationProbe "$results/probe.tsv"

# A name in IMPLEMENTATIONS that the probe does not know would be skipped without a word.
if [[ -n "${IMPLEMENTATIONS:-}" ]]; then
  known="$(awk -F'\t' '!seen[$1]++ { printf "%s%s", sep, $1; sep = ", " }' "$results/probe.tsv")"
  IFS=, read -r -a wanted <<< "$IMPLEMENTATIONS"
  for name in "${wanted[@]}"; do
    if [[ ", $known, " != *", $name, "* ]]; then
      echo "IMPLEMENTATIONS: unknown implementation '$name', expected some of $known" >&2
      exit 2
    fi
  done
fi

# Implementations the probe passed on one shape, as a comma list (empty if none).
passed_on() {
  awk -F'\t' -v shape="$1" -v wanted="${IMPLEMENTATIONS:-}" '
    BEGIN { n = split(wanted, list, ","); for (i = 1; i <= n; i++) keep[list[i]] = 1 }
    $2 == shape && $3 == "ok" && (n == 0 || ($1 in keep)) { printf "%s%s", sep, $1; sep = "," }
  ' "$results/probe.tsv"
}

jmh_files=()
for shape in "${shapes[@]}"; do
  implementations="$(passed_on "$shape")"
  if [[ -z "$implementations" ]]; then
    echo "== $shape: no implementation to run"
    continue
  fi
  pattern='TrainStepBenchmark|ForwardBenchmark'
  if [[ "$predict_shapes" == *" $shape "* ]]; then
    pattern="$pattern|PredictBenchmark"
  fi
  json="$results/jmh-$shape.json"
  jmh=("$java_cmd" -jar "$jar" "$pattern" -p "shape=$shape" -p "implementation=$implementations"
    "${jmh_options[@]}" -tu us -prof gc -rf json -rff "$json")
  commands+=("$(quoted "${jmh[@]}")")
  echo "== $shape: $(quoted "${jmh[@]}")"
  # The full output goes to the log; the console shows progress and failures.
  "${jmh[@]}" 2>&1 | tee -a "$log" \
    | grep --line-buffered -E '^(# (Parameters|Fork|Warm-up|Run complete)|Iteration|<failure>)' \
    || true
  if [[ -s "$json" ]]; then
    jmh_files+=(--jmh "$json")
  fi
done

echo "== numpy baseline"
numpy_file="$results/numpy.jsonl"
numpy=("$python_cmd" "$here/numpy_step.py" --shapes "$(IFS=,; echo "${shapes[*]}")"
  --predict-shapes "$(echo $predict_shapes | tr ' ' ,)")
if ! command -v "$python_cmd" > /dev/null; then
  echo '{"unavailable": "'"$python_cmd"' not found"}' > "$numpy_file"
elif ! "$python_cmd" -c 'import numpy' 2> /dev/null; then
  echo '{"unavailable": "numpy is not installed for '"$python_cmd"'"}' > "$numpy_file"
elif ! "$python_cmd" "$here/numpy_step.py" --self-test; then
  echo '{"unavailable": "numpy_step.py failed its gradient self-test"}' > "$numpy_file"
else
  commands+=("$(quoted "${numpy[@]}")")
  "${numpy[@]}" | tee "$numpy_file"
fi

echo "== writing $report"
report_command=("$java_cmd" -cp "$jar" io.github.mlpgen.benchmarks.report.ResultsReport
  "${jmh_files[@]}" --numpy "$numpy_file" --probe "$results/probe.tsv" --out "$report")
if [[ -s "$log" ]]; then
  report_command+=(--jmh-log "$log")
fi
if [[ -n "${IMPLEMENTATIONS:-}" ]]; then
  report_command+=(--implementations "$IMPLEMENTATIONS")
fi
for command in "${commands[@]}"; do
  report_command+=(--command "$command")
done
"${report_command[@]}"
echo "== done in $((SECONDS / 60)) min $((SECONDS % 60)) s: $report (JMH log: $log)"
