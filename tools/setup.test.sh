#!/usr/bin/env bash
# Tests of tools/setup.sh against stand-in tools: each case puts small fake programs
# (rustup, cargo, npm, node, apt-get...) first on a PATH without the real ones, runs one
# set-up step, and checks its exit code and what it printed. The real installs are proven
# by .ci/run, which runs the README's commands with the installed tools hidden.
set -uo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
want_bindgen="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"

work="$(mktemp -d "${TMPDIR:-/tmp}/kintsugi-setup-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# The machine's own tools each case links to; they are checked unchanged at the end.
LINKED="bash awk grep id env cat chmod mkdir dirname"
real_tools_sum() {
	local tool
	for tool in $LINKED; do cksum "$(command -v "$tool")"; done
}
before_sum="$(real_tools_sum)"

# A fake program: fake NAME 'shell body' (it also logs each call to $work/calls). The link
# to a real tool of that name is removed first, so writing the fake never writes through it.
fake() {
	rm -f "$bin/$1"
	cat >"$bin/$1" <<EOF
#!/bin/bash
echo "$1 \$*" >>"$work/calls"
$2
EOF
	chmod +x "$bin/$1"
}

# A fresh case: an empty fake bin folder first on PATH, then only the folders that hold
# the shell's own basics (no cargo, rustup, wasm-bindgen, node or npm of the machine).
new_case() {
	bin="$work/$1/bin"
	mkdir -p "$bin"
	: >"$work/calls"
	local tool
	for tool in $LINKED; do
		ln -sf "$(command -v "$tool")" "$bin/$tool"
	done
	case_path="$bin"
}

# A rustup that has the wasm target and both components.
fake_good_rustup() {
	fake rustup 'case "$1 $2 $3" in
  "target list --installed") echo x86_64-unknown-linux-gnu; echo wasm32-unknown-unknown ;;
  "component list --installed") echo cargo-x86_64-unknown-linux-gnu; echo clippy-x86_64-unknown-linux-gnu; echo rustfmt-x86_64-unknown-linux-gnu ;;
  *) exit 0 ;;
esac'
}

# run STEP [VAR=value...]: runs tools/setup.sh STEP; sets $out and $code.
run() {
	local step="$1"
	shift
	out="$(env -i PATH="$case_path" HOME="$work/home" "$@" "$repo/tools/setup.sh" "$step" 2>&1)"
	code=$?
}

check() {
	local name="$1" ok=1
	shift
	while [ $# -gt 0 ]; do
		case "$1" in
		exit=*) [ "$code" = "${1#exit=}" ] || { echo "  expected exit ${1#exit=}, got $code"; ok=0; } ;;
		has=*) grep -qF -- "${1#has=}" <<<"$out" || { echo "  expected the output to say: ${1#has=}"; ok=0; } ;;
		lacks=*) ! grep -qF -- "${1#lacks=}" <<<"$out" || { echo "  expected the output not to say: ${1#lacks=}"; ok=0; } ;;
		called=*) grep -qF -- "${1#called=}" "$work/calls" || { echo "  expected a call: ${1#called=}"; ok=0; } ;;
		notcalled=*) ! grep -qF -- "${1#notcalled=}" "$work/calls" || { echo "  expected no call: ${1#notcalled=}"; ok=0; } ;;
		esac
		shift
	done
	if [ $ok = 1 ]; then
		passed=$((passed + 1))
		echo "ok   $name"
	else
		failed=$((failed + 1))
		echo "FAIL $name"
		sed 's/^/     | /' <<<"$out"
	fi
}

bindgen_script() {
	printf 'echo "%s %s"' "$1" "$2"
}

# --- rust

new_case no-rustup
run rust
check "no rustup: says so and what to do" exit=1 has="Set-up failed: rustup was not found on PATH." has="Install Rust with rustup"

new_case absent-bindgen-installs
fake_good_rustup
# cargo install creates the two programs, as the real one does.
fake cargo "if [ \"\$1\" = install ]; then
  printf '#!/bin/bash\necho \"wasm-bindgen $want_bindgen\"\n' >'$work/absent-bindgen-installs/bin/wasm-bindgen'
  printf '#!/bin/bash\necho \"wasm-bindgen-test-runner $want_bindgen\"\n' >'$work/absent-bindgen-installs/bin/wasm-bindgen-test-runner'
  chmod +x '$work/absent-bindgen-installs/bin/wasm-bindgen' '$work/absent-bindgen-installs/bin/wasm-bindgen-test-runner'
fi"
run rust
check "wasm-bindgen absent: installs the Cargo.lock version and succeeds (the pipefail trap)" \
	exit=0 called="cargo install wasm-bindgen-cli --version =$want_bindgen" has="Installing wasm-bindgen-cli $want_bindgen"

new_case bindgen-present
fake_good_rustup
fake cargo 'exit 0'
fake wasm-bindgen "$(bindgen_script wasm-bindgen "$want_bindgen")"
fake wasm-bindgen-test-runner "$(bindgen_script wasm-bindgen-test-runner "$want_bindgen")"
run rust
check "everything present: installs nothing" exit=0 notcalled="cargo install" notcalled="rustup target add" notcalled="rustup component add"

new_case bindgen-wrong-version
fake_good_rustup
fake cargo 'exit 0'
fake wasm-bindgen "$(bindgen_script wasm-bindgen 0.0.1)"
fake wasm-bindgen-test-runner "$(bindgen_script wasm-bindgen-test-runner 0.0.1)"
run rust
check "wasm-bindgen of another version: reinstalls, then says the right one is not first on PATH" \
	exit=1 called="cargo install wasm-bindgen-cli" has="was installed but another version, or none, is found on PATH"

new_case cargo-install-fails
fake_good_rustup
fake cargo 'echo "error: failed to query replaced source registry" >&2; exit 101'
run rust
check "cargo install fails: names the tool, its version and the registry" exit=1 \
	has="Set-up failed: could not install wasm-bindgen-cli $want_bindgen." has="Check that cargo can reach its registry" \
	has="failed to query replaced source registry"

new_case target-missing
fake rustup 'case "$1 $2 $3" in
  "target list --installed") echo x86_64-unknown-linux-gnu ;;
  "target add wasm32-unknown-unknown") echo "error: could not download" >&2; exit 1 ;;
  *) echo rustfmt; echo clippy ;;
esac'
fake cargo 'exit 0'
run rust
check "the wasm32 target cannot be added: says which and why" exit=1 called="rustup target add wasm32-unknown-unknown" \
	has="could not install the Rust target wasm32-unknown-unknown" has="rustup can reach its download server"

# --- node

new_case no-node
run node
check "no Node.js: says so" exit=1 has="node was not found on PATH." has="Node.js 20 or newer"

new_case old-node
fake node 'case "$1" in --version) echo v18.19.0 ;; -e) exit 1 ;; esac'
fake npm 'exit 0'
run node
check "Node.js 18: says 20 is needed and which one is here" exit=1 has="Node.js 20 or newer is needed; this is v18.19.0" notcalled="npm ci"

new_case npm-fails
ln -s "$(command -v node)" "$bin/node"
fake npm 'echo "npm error network request failed" >&2; exit 1'
run node
check "npm ci fails: says so and how to check" exit=1 called="npm ci" has="npm ci could not install the packages" has="npm ping"

# --- chromium

new_case chromium-path-missing
run chromium CHROMIUM_PATH="$work/no-such-chromium"
check "CHROMIUM_PATH names nothing: says so, installs nothing" exit=1 has="CHROMIUM_PATH is $work/no-such-chromium, and no program is there."

new_case chromium-present
fake chromium 'exit 0'
fake apt-get 'exit 0'
run chromium CHROMIUM_PATH="$bin/chromium"
check "Chromium present: apt-get is not run" exit=0 notcalled="apt-get"

new_case apt-always
fake chromium 'exit 0'
fake id 'echo 0'
fake apt-get 'echo "E: Could not resolve the mirror" >&2; exit 100'
run chromium CHROMIUM_PATH="$bin/chromium" KINTSUGI_SETUP_APT=always
check "KINTSUGI_SETUP_APT=always runs apt-get even with Chromium there; its failure is named" \
	exit=1 called="apt-get update" has="apt-get update failed." has="Debian package mirrors"

# --- through make: the message comes before make's own error line

new_case make-shows-message
fake_good_rustup
fake cargo 'exit 101'
ln -s "$(command -v make)" "$bin/make"
out="$(env -i PATH="$case_path" HOME="$work/home" make --no-print-directory -C "$repo" setup-rust 2>&1)"
code=$?
check "make setup-rust: the set-up message, then make's error" exit=2 has="Set-up failed: could not install wasm-bindgen-cli"

if [ "$(real_tools_sum)" != "$before_sum" ]; then
	failed=$((failed + 1))
	echo "FAIL a real tool the cases link to was changed"
fi

echo
echo "setup tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
