#!/usr/bin/env bash
# Installs what `make run` and `make test` need and skips what is already there.
#
#   tools/setup.sh rust      the wasm32 target, rustfmt, clippy, wasm-bindgen-cli
#   tools/setup.sh node      the npm packages of package-lock.json
#   tools/setup.sh chromium  Debian's Chromium for the end-to-end suite
#
# Not `set -e`: every step checks its own result, so a failure names the step and what to
# do instead of ending in a bare make error. Output is captured into variables before it is
# matched (no `tool | grep -q`, which can fail under pipefail when grep closes the pipe, and
# no pipeline around a tool that may not be installed yet).
set -uo pipefail

cd "$(dirname "$0")/.."

WASM_TARGET=wasm32-unknown-unknown

fail() {
	printf '\nSet-up failed: %s\n' "$1" >&2
	shift
	local line
	for line in "$@"; do printf '  %s\n' "$line" >&2; done
	printf '  Then run the same make command again: what is already installed is skipped.\n' >&2
	exit 1
}

need() {
	command -v "$1" >/dev/null 2>&1 || fail "$1 was not found on PATH." "$2"
}

# The version a tool prints as "<name> <version> ...", or nothing when it is absent.
version_of() {
	local out
	out="$("$1" --version 2>/dev/null)" || return 0
	out="${out#* }"
	printf '%s' "${out%% *}"
}

# The wasm-bindgen library version in Cargo.lock: the CLI must match it exactly.
locked_wasm_bindgen() {
	awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock
}

setup_rust() {
	need rustup "Install Rust with rustup, then open a new shell (or add \$CARGO_HOME/bin to PATH)."
	need cargo "rustup is there but cargo is not on PATH: add \$CARGO_HOME/bin (usually ~/.cargo/bin) to PATH."

	local installed
	installed="$(rustup target list --installed)" ||
		fail "rustup could not list the installed targets." "Check that 'rustup show' works."
	if ! grep -qx "$WASM_TARGET" <<<"$installed"; then
		echo "Installing the Rust target $WASM_TARGET"
		rustup target add "$WASM_TARGET" ||
			fail "could not install the Rust target $WASM_TARGET." \
				"Check that rustup can reach its download server ('rustup target add $WASM_TARGET')."
	fi

	installed="$(rustup component list --installed)" ||
		fail "rustup could not list the installed components." "Check that 'rustup show' works."
	local component
	for component in rustfmt clippy; do
		if ! grep -q "^$component" <<<"$installed"; then
			echo "Installing the Rust component $component"
			rustup component add "$component" ||
				fail "could not install the Rust component $component." \
					"Check that rustup can reach its download server ('rustup component add $component')."
		fi
	done

	local want
	want="$(locked_wasm_bindgen)"
	[ -n "$want" ] || fail "Cargo.lock names no wasm-bindgen version." "Restore Cargo.lock from the repository."
	if [ "$(version_of wasm-bindgen)" != "$want" ] || [ "$(version_of wasm-bindgen-test-runner)" != "$want" ]; then
		echo "Installing wasm-bindgen-cli $want (about 3 minutes on 2 cores, once)"
		# Not --locked: the CLI's own lockfile pins a crate version the registry no longer has.
		cargo install wasm-bindgen-cli --version "=$want" ||
			fail "could not install wasm-bindgen-cli $want." \
				"Check that cargo can reach its registry ('cargo search wasm-bindgen-cli')," \
				"and that there is disk space for the build (about 1 GiB under \$CARGO_HOME and /tmp)."
		[ "$(version_of wasm-bindgen)" = "$want" ] && [ "$(version_of wasm-bindgen-test-runner)" = "$want" ] ||
			fail "wasm-bindgen-cli $want was installed but another version, or none, is found on PATH." \
				"Put \$CARGO_HOME/bin (usually ~/.cargo/bin) before other folders in PATH."
	fi
}

setup_node() {
	need node "Install Node.js 20 or newer."
	need npm "Install npm (it comes with Node.js)."
	node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' ||
		fail "Node.js 20 or newer is needed; this is $(node --version)." "Install a newer Node.js."
	echo "Installing the npm packages of package-lock.json"
	npm ci ||
		fail "npm ci could not install the packages of package-lock.json." \
			"Check that npm can reach its registry ('npm ping') and that there is disk space."
}

setup_chromium() {
	local path="${CHROMIUM_PATH:-/usr/bin/chromium}"
	# KINTSUGI_SETUP_APT=always runs the apt-get steps even when Chromium is there (CI does,
	# to prove them; they change nothing when the package is current).
	if [ -x "$path" ] && [ "${KINTSUGI_SETUP_APT:-}" != always ]; then
		return 0
	fi
	if [ "$path" != /usr/bin/chromium ] && [ ! -x "$path" ]; then
		fail "CHROMIUM_PATH is $path, and no program is there." \
			"Point CHROMIUM_PATH at a Chromium binary, or unset it to use Debian's /usr/bin/chromium."
	fi
	need apt-get "The end-to-end tests use Debian's Chromium; on another system install Chromium and set CHROMIUM_PATH."
	local sudo=()
	if [ "$(id -u)" != 0 ]; then
		need sudo "Installing Chromium needs root: run as root, or install sudo."
		sudo=(sudo)
	fi
	echo "Installing Debian's Chromium for the end-to-end tests"
	"${sudo[@]}" apt-get update ||
		fail "apt-get update failed." "Check that this machine can reach its Debian package mirrors."
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium ||
		fail "apt-get could not install chromium." "Try 'apt-get install chromium' by hand to see why."
	[ -x /usr/bin/chromium ] || fail "the chromium package is installed but /usr/bin/chromium is not there." \
		"Set CHROMIUM_PATH to where your Chromium is."
}

case "${1:-}" in
rust) setup_rust ;;
node) setup_node ;;
chromium) setup_chromium ;;
*)
	echo "usage: tools/setup.sh rust|node|chromium" >&2
	exit 2
	;;
esac
