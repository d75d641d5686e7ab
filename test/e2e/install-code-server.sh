#!/usr/bin/env bash
# Installs code-server (VS Code in the browser, with a real Node extension host) and Debian's Chromium,
# so that the end-to-end tests drive a real VS Code, with no download outside the package registries
# (npm and Debian's). The repository's own copy: a clone needs nothing beside it. `npm test` and
# `npm run test:e2e` call it.
#
#   test/e2e/install-code-server.sh [DIR]     (default DIR: $HOME/.cache/seed-e2e)
#
# Afterwards: DIR/node_modules/.bin/code-server, /usr/bin/chromium.
# Start it with, for example:
#   DIR/node_modules/.bin/code-server --auth none --bind-addr 127.0.0.1:PORT \
#     --user-data-dir UD --extensions-dir EXT --disable-telemetry --disable-update-check WORKSPACE
#   DIR/node_modules/.bin/code-server --extensions-dir EXT --install-extension your.vsix
# and open http://127.0.0.1:PORT/?folder=WORKSPACE in Chromium (Playwright: playwright-core with
# executablePath '/usr/bin/chromium' and args --no-sandbox --disable-gpu --disable-quic --no-first-run
# --disable-background-networking --disable-component-update --disable-sync).
# Idempotent: a second run with everything in place returns at once.
set -euo pipefail
DIR=${1:-$HOME/.cache/seed-e2e}
VERSION=4.100.3   # the newest code-server whose engines field accepts Node 20 (VS Code 1.100)
CS="$DIR/node_modules/code-server"
VS="$CS/lib/vscode"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s libsecret-1-dev >/dev/null 2>&1 || need_apt+=(libsecret-1-dev)
dpkg -s libxkbfile-dev >/dev/null 2>&1 || need_apt+=(libxkbfile-dev)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -f "$DIR/.installed-$VERSION" ]; then exit 0; fi
# Native modules' install steps call npx (node-pty: `npx node-gyp`); let npx fetch without asking,
# since a machine's npm config may say yes=false and there is no terminal to answer.
export npm_config_yes=true
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{"name":"seed-e2e-harness","private":true}' > package.json
# code-server's own postinstall insists on npm's old unsafe-perm flag and downloads ripgrep from
# outside the registry; so install without scripts and do its steps here.
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION" >/dev/null
npm rebuild argon2 --build-from-source >/dev/null
command -v node-gyp >/dev/null || npm install -g node-gyp@12 >/dev/null
( cd "$VS"
  npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  mods=$(ls -d node_modules/*/binding.gyp node_modules/@*/*/binding.gyp 2>/dev/null \
         | sed 's#node_modules/##; s#/binding.gyp##' | grep -v windows)
  npm rebuild $mods >/dev/null
  rm -rf node_modules.asar && ln -s node_modules node_modules.asar
  ( cd bin/remote-cli && ln -sf code-linux.sh code-server )
  ( cd bin/helpers && ln -sf browser-linux.sh browser.sh )
  ( cd extensions && npm install --omit=dev --no-audit --no-fund >/dev/null ) )
touch "$DIR/.installed-$VERSION"
echo "code-server $VERSION installed in $DIR"
