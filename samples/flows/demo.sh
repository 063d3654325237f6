#!/usr/bin/env bash
# The local demo of the Customer Insights connector: starts the emulator and the flow receiver, subscribes to each of
# the six webhook triggers with `connectorkit trigger` (as Power Automate would), makes each event happen through the
# emulator's control API, and shows every notification, checked against the trigger's schema. The two example flows
# (samples/flows/*.json) get theirs forwarded to the receiver, which prints the Teams card and the email.
# Everything listens on 127.0.0.1 only and is stopped at the end. Usage: bash samples/flows/demo.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

emulator_port=${EMULATOR_PORT:-5080}
receiver_port=${RECEIVER_PORT:-5090}
instance=5c1f0e9a-7b2d-4e83-9a61-3f4d2b8c0e17
emulator=http://127.0.0.1:$emulator_port
receiver=http://127.0.0.1:$receiver_port
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

command -v curl >/dev/null || { echo "The demo needs curl." >&2; exit 1; }
echo "== building"
dotnet build generator/ConnectorKit.Cli -v quiet -nologo >/dev/null
dotnet build samples/flows/FlowReceiver -v quiet -nologo >/dev/null
cli=(dotnet run --no-build --project generator/ConnectorKit.Cli --)

wait_for() { # URL: up to 60 s for a service to answer
  for _ in $(seq 1 120); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "Nothing answered at $1; see the logs in $work." >&2; exit 1
}

echo "== starting the emulator on $emulator and the flow receiver on $receiver"
"${cli[@]}" emulator --urls "$emulator" --data "$work/emulator.db" >"$work/emulator.log" 2>&1 & pids+=($!)
dotnet run --no-build --project samples/flows/FlowReceiver -- --urls "$receiver" >"$work/receiver.log" 2>&1 & pids+=($!)
wait_for "$emulator/healthz"
wait_for "$receiver/flows"

# trigger OPERATION_ID "FILTERS" FORWARD METHOD CONTROL_PATH BODY
trigger() {
  local operation=$1 filters=$2 forward=$3 method=$4 path=$5 body=$6 log="$work/$1.log"
  local args=(trigger connector "$operation" --endpoint "$emulator/v1" --count 1 --param "dataset=$instance"
    --header "Authorization: Bearer local" --header "Ocp-Apim-Subscription-Key: local")
  for filter in $filters; do args+=(--param "$filter"); done
  [ -n "$forward" ] && args+=(--forward "$receiver/flows/$forward")
  echo
  echo "== $operation"
  "${cli[@]}" "${args[@]}" >"$log" 2>&1 & local harness=$!
  for _ in $(seq 1 120); do grep -q '^subscribed:' "$log" && break; kill -0 "$harness" 2>/dev/null || break; sleep 0.5; done
  curl -fsS -X "$method" -H 'Content-Type: application/json' -d "$body" "$emulator/control/instances/$instance/$path" >/dev/null
  local status=0
  wait "$harness" || status=$?
  cat "$log"
  [ "$status" -eq 0 ] || { echo "connectorkit trigger $operation exited with $status." >&2; exit 1; }
}

trigger OnDataSourceRefreshFailed "" data-source-refresh-failed-teams \
  POST dataSources/b2c8f4a1-6e3d-4d9b-a7f0-5c1e8d2b6a93/refresh '{"outcome": "failed"}'
trigger OnDataSourceRefreshSucceeded "" "" \
  POST dataSources/0f6a2d4e-91c3-4b57-8e2a-6d1c9b3f7a05/refresh '{"outcome": "succeeded"}'
trigger OnSegmentThresholdCrossed "segmentName=HighValueCustomers threshold=1000" segment-threshold-email \
  PUT segments/HighValueCustomers/count '{"count": 1042}'
trigger OnMeasureThresholdCrossed "measureName=TotalRevenue threshold=1300000" "" \
  PUT measures/TotalRevenue/value '{"value": 1312500.75}'
trigger OnFullRefreshCompleted "" "" \
  POST refreshes '{"kind": "full", "scheduled": true}'
trigger OnUnificationRefreshCompleted "" "" \
  POST refreshes '{"kind": "unification", "scheduled": false}'

echo
echo "== what the example flows' next steps would send (the flow receiver's output)"
tail -n +2 "$work/receiver.log"
