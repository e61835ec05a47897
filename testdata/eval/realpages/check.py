#!/usr/bin/env python3
"""Check the realpages markup against the page texts.

Runs the converter on markup/ and checks, for every passage, that the
cleaned text is byte for byte the articleBody of its page in
/work/shared/data/news-pages/ground-truth.json, that the half is
"measure" or "tune", that every span lies inside the text without edge
white space, and that no token is in two roles (a source shared by two
attributions excepted). It also checks that measure.jsonl and tune.jsonl
are exactly what `convert.go -set attributions -half <half> markup`
writes now, and prints the counts of each half.

    python3 testdata/eval/realpages/check.py
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
GT = '/work/shared/data/news-pages/ground-truth.json'


def main():
    gt = json.load(open(GT, encoding='utf-8'))
    def convert(*half):
        return subprocess.run(['go', 'run', os.path.join(EVAL, 'convert.go'), '-set', 'attributions', *half,
                               os.path.join(HERE, 'markup')], capture_output=True, check=True).stdout
    out = convert()
    bad = 0
    n_pass = n_att = 0
    per_half = {}
    for half in ('measure', 'tune'):
        want = convert('-half', half)
        have = open(os.path.join(HERE, half + '.jsonl'), 'rb').read()
        if want != have:
            print(f'{half}.jsonl differs from what convert.go -half {half} writes now'); bad += 1
    for line in out.decode('utf-8').splitlines():
        rec = json.loads(line)
        pid = rec['id']
        n_pass += 1
        body = gt.get(pid, {}).get('articleBody')
        if body is None:
            print(f'{pid}: not a page of ground-truth.json'); bad += 1; continue
        if rec['text'] != body:
            a, b = rec['text'].encode(), body.encode()
            i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
            print(f'{pid}: text differs from articleBody at byte {i}: {a[i:i+40]!r} vs {b[i:i+40]!r}')
            bad += 1
        if rec['half'] not in ('measure', 'tune'):
            print(f'{pid}: half is {rec["half"]!r}'); bad += 1
        h = per_half.setdefault(rec['half'], [0, 0])
        h[0] += 1
        h[1] += len(rec['attributions'])
        t = rec['text'].encode()
        owner = {}
        for k, att in enumerate(rec['attributions'], 1):
            n_att += 1
            for role in ('source', 'cue', 'content'):
                for s, e in att[role]:
                    if not (0 <= s < e <= len(t)):
                        print(f'{pid}: attribution {k} {role} span {s},{e} out of text'); bad += 1; continue
                    frag = t[s:e].decode()
                    if frag != frag.strip():
                        print(f'{pid}: attribution {k} {role} {frag!r} has edge white space'); bad += 1
                    for i in range(s, e):
                        prev = owner.get(i)
                        if prev and not (prev[1] == role == 'source' and prev[2] == (s, e)):
                            print(f'{pid}: byte {i} in attribution {prev[0]} {prev[1]} and {k} {role}'); bad += 1
                            break
                        owner[i] = (k, role, (s, e))
    for half, (p, a) in sorted(per_half.items()):
        print(f'{half}: {p} passages, {a} attributions')
    print(f'{n_pass} passages, {n_att} attributions, {bad} problems')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
