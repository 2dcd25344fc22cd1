#!/usr/bin/env bash
# Builds the runners of test/engines/ (otto: ChirpStack v3; goja: The Things Stack's engine family) into
# .engines/, from Debian's Go packages, installing them when missing (root and the Debian registry needed).
# `npm run test:engines` runs it, then the tests that use them.
set -eu
cd "$(dirname "$0")/.."
need=()
command -v go >/dev/null || need+=(golang-go)
[ -d /usr/share/gocode/src/github.com/robertkrimen/otto ] || need+=(golang-github-robertkrimen-otto-dev)
[ -d /usr/share/gocode/src/github.com/dop251/goja ] || need+=(golang-github-dop251-goja-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "engines: installing ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
for engine in otto goja; do
  mkdir -p ".engines/$engine"
  cp "test/engines/$engine/main.go" ".engines/$engine/main.go"
  (cd ".engines/$engine" && GOPATH=/usr/share/gocode GO111MODULE=off GOCACHE="$PWD/.cache" go build -o "$engine" main.go)
  echo "engines: .engines/$engine/$engine"
done
