#!/usr/bin/env bash
# NRR Lab's one build script. Run ./build.sh with no arguments for its usage.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
	cat >&2 <<'USAGE'
usage: ./build.sh <command> [options]
  serve  [--addr 127.0.0.1:8000]          build, serve the site locally and print its URL
  static [--base /nrrlab/] [--out dist]   write the static site for a host such as GitHub Pages
  test                                    go vet, unit tests, fuzz seed corpora, browser tests
  bench                                   app.wasm size against a go-app hello world, Go and browser benchmarks
USAGE
	exit 2
}

# The flags every wasm build uses, so that sizes compare like with like.
WASM_FLAGS=(-trimpath -ldflags=-s\ -w)

build_wasm() { # $1: output file, $2: package
	GOOS=js GOARCH=wasm go build "${WASM_FLAGS[@]}" -o "$1" "$2"
}

build_tool() {
	go build -o build/nrrlab ./wasm
}

# generate BASE OUT: compile the app and the data page's engine, and write
# the static site into OUT.
generate() {
	local base=$1 out=$2
	mkdir -p build
	build_wasm build/app.wasm ./wasm
	build_wasm build/engine.wasm ./wasm/engine
	build_tool
	rm -rf "$out"
	build/nrrlab static --base "$base" --out "$out" --wasm build/app.wasm --web web
}

cmd_static() {
	local base=/ out=dist
	while [ $# -gt 0 ]; do
		case $1 in
		--base) [ $# -ge 2 ] || usage; base=$2; shift 2 ;;
		--out) out=${2:?--out needs a directory}; shift 2 ;;
		*) usage ;;
		esac
	done
	generate "$base" "$out"
}

cmd_serve() {
	local addr=127.0.0.1:8000
	while [ $# -gt 0 ]; do
		case $1 in
		--addr) addr=${2:?--addr needs host:port}; shift 2 ;;
		*) usage ;;
		esac
	done
	generate / build/site
	exec build/nrrlab serve --addr "$addr" --base / --dir build/site
}

# ensure_chromium installs Debian's Chromium for the browser tests when it is
# missing (CI machines start without it).
ensure_chromium() {
	if command -v chromium >/dev/null 2>&1; then
		return
	fi
	echo "installing Debian's chromium for the browser tests" >&2
	local sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# ensure_postgresql installs Debian's PostgreSQL for the tests that run the
# generated SQL in it (calc/sql), when it is missing.
ensure_postgresql() {
	if command -v initdb >/dev/null 2>&1 || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
		return
	fi
	echo "installing Debian's postgresql for the SQL tests" >&2
	local sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
}

cmd_test() {
	[ $# -eq 0 ] || usage
	ensure_chromium
	ensure_postgresql
	echo "== go vet (native and wasm)"
	go vet ./...
	GOOS=js GOARCH=wasm go vet ./wasm ./app/... ./calc/...
	echo "== static site for the browser tests, under /nrrlab/"
	generate /nrrlab/ build/e2e-site
	echo "== go test: unit tests, fuzz seed corpora, browser tests"
	NRRLAB_SITE="$PWD/build/e2e-site" NRRLAB_REQUIRE_BROWSER=1 NRRLAB_REQUIRE_ENGINES=1 go test -count=1 -timeout=30m ./...
}

size_line() { # $1: label, $2: file
	local raw gz
	raw=$(stat -c %s "$2")
	gz=$(gzip -9 -c "$2" | wc -c)
	awk -v l="$1" -v r="$raw" -v g="$gz" 'BEGIN { printf "%-28s raw %9d bytes (%.2f MB)   gzip -9 %9d bytes (%.2f MB)\n", l, r, r / 1e6, g, g / 1e6 }'
}

# lighthouse_compare runs Lighthouse 12.8 (installed from the npm registry
# under build/ when missing) on the static site under /nrrlab/ and on the
# go-app hello world, both served gzipped from one local server, alternating.
# NRRLAB_LIGHTHOUSE_RUNS sets the runs of each page (6), NRRLAB_LIGHTHOUSE_PAGES
# the pages, comma-separated (/).
lighthouse_compare() {
	if [ ! -x build/lighthouse/node_modules/.bin/lighthouse ]; then
		echo "installing Lighthouse 12.8 under build/lighthouse" >&2
		npm install --silent --prefix build/lighthouse lighthouse@12.8 >/dev/null
	fi
	build_wasm build/hello.wasm ./wasm/hello
	go run ./wasm/hello --base /hello/ --out build/hello-site --wasm build/hello.wasm --icons web
	go run ./wasm/lighthouse --cli build/lighthouse/node_modules/.bin/lighthouse \
		--nrrlab build/e2e-site --hello build/hello-site \
		--runs "${NRRLAB_LIGHTHOUSE_RUNS:-6}" --pages "${NRRLAB_LIGHTHOUSE_PAGES:-/}"
}

cmd_bench() {
	[ $# -eq 0 ] || usage
	mkdir -p build
	echo "== app.wasm against a go-app hello world (same flags: ${WASM_FLAGS[*]})"
	build_wasm build/app.wasm ./wasm
	build_wasm build/hello.wasm ./wasm/hello
	size_line app.wasm build/app.wasm
	size_line "hello world" build/hello.wasm
	local a h ag hg
	a=$(stat -c %s build/app.wasm); h=$(stat -c %s build/hello.wasm)
	ag=$(gzip -9 -c build/app.wasm | wc -c); hg=$(gzip -9 -c build/hello.wasm | wc -c)
	awk -v a="$a" -v h="$h" -v ag="$ag" -v hg="$hg" 'BEGIN { printf "ratio to hello world         raw %.3f   gzip %.3f\n", a / h, ag / hg }'
	echo "== Go benchmarks"
	go test -run='^$' -bench=. -benchmem ./calc/...
	ensure_chromium
	generate /nrrlab/ build/e2e-site >/dev/null
	echo "== first visit: Lighthouse (mobile, simulated throttling) on NRR Lab and the go-app hello world, from one local server, gzipped (goal: score at least the hello world's, TBT within 1.1 x)"
	CHROME_PATH=${CHROME_PATH:-$(command -v chromium)} lighthouse_compare
	echo "== keystroke (its event's timeStamp) to every figure and chart updated, on every page, in Chromium (static site under /nrrlab/; goal: median under 16 ms, p95 under 33 ms)"
	NRRLAB_SITE="$PWD/build/e2e-site" NRRLAB_REQUIRE_BROWSER=1 go test -run='^$' -bench=Keystroke -benchtime=21x ./wasm/e2e
	echo "== language switch: a click on another language in the header to the page shown in it, and to the frame painted after (goal: under 50 ms), in Chromium"
	NRRLAB_SITE="$PWD/build/e2e-site" NRRLAB_REQUIRE_BROWSER=1 go test -run='^$' -bench=LanguageSwitch -benchtime=21x ./wasm/e2e
	echo "== data page: a paste of 10,000, 100,000 and 1,000,000 customers and of 10,000 customers by 36 months to every result on screen, the longest task and the engine's memory, and a switch of the GRR convention on 100,000 customers, in Chromium"
	NRRLAB_SITE="$PWD/build/e2e-site" NRRLAB_REQUIRE_BROWSER=1 go test -run='^$' -bench=DataPage -benchtime=5x -timeout=30m ./wasm/e2e
}

[ $# -gt 0 ] || usage
cmd=$1
shift
case $cmd in
serve) cmd_serve "$@" ;;
static) cmd_static "$@" ;;
test) cmd_test "$@" ;;
bench) cmd_bench "$@" ;;
*) usage ;;
esac
