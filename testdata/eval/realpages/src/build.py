#!/usr/bin/env python3
"""Build realpages markup (../markup/<pageid>.txt) from spec/<pageid>.spec.
The body of each file is the page's articleBody, copied from ground-truth.json;
only tags are inserted, at the exact positions the patterns locate.
Spec format:
line 1: the header line, written as it is
lines starting with '//' are comments
'N kind [speaker]'  starts attribution N
'S pattern' / 'C pattern' / 'Q pattern'  (several lines = several pieces)
pattern: literal text; '<...>' = any text within a line (shortest); '[[x]]' marks the target inside context.
"""
import json, re, sys, os

GT = json.load(open('/work/shared/data/news-pages/ground-truth.json'))
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'markup')
SPEC = os.path.join(HERE, 'spec')

def locate(text, pat, where):
    pat = pat.replace("\\n", "\n")
    # split into target-bracket parts
    m = re.fullmatch(r'(.*?)\[\[(.*?)\]\](.*)', pat, re.S)
    if m:
        pre, tgt, post = m.groups()
    else:
        pre, tgt, post = '', pat, ''
    def rx(s):
        return '.*?'.join(re.escape(x) for x in s.split('<...>'))
    r = re.compile(rx(pre) + '(' + rx(tgt) + ')' + rx(post))
    hits = [(x.start(1), x.end(1)) for x in r.finditer(text)]
    # also count overlapping starts for safety
    starts = set()
    pos = 0
    while True:
        x = r.search(text, pos)
        if not x: break
        starts.add((x.start(1), x.end(1)))
        pos = x.start() + 1
    if len(starts) != 1:
        raise SystemExit(f'{where}: pattern {pat!r} matched {len(starts)} times')
    s, e = starts.pop()
    return s, e

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    header = lines[0]
    atts = {}
    order = []
    cur = None
    for i, l in enumerate(lines[1:], 2):
        if not l.strip() or l.startswith('//'):
            continue
        m = re.match(r'^(\d+) (person|organization|anonymous|none)(?: (.+))?$', l)
        if m:
            n = int(m.group(1))
            if n in atts: raise SystemExit(f'{path}:{i}: duplicate {n}')
            cur = {'n': n, 'kind': m.group(2), 'speaker': (m.group(3) or '').strip(), 'S': [], 'C': [], 'Q': [], 'line': i}
            atts[n] = cur; order.append(n)
            continue
        m = re.match(r'^([SCQ]) (.+)$', l)
        if m and cur:
            cur[m.group(1)].append((m.group(2), i))
            continue
        raise SystemExit(f'{path}:{i}: bad line {l!r}')
    return header, [atts[n] for n in order]

def build(pid):
    path = os.path.join(SPEC, pid + '.spec')
    text = GT[pid]['articleBody']
    header, atts = parse(path)
    spans = []  # (s, e, tag, n, role)
    for a in atts:
        for role in 'SCQ':
            for pat, ln in a[role]:
                s, e = locate(text, pat, f'{path}:{ln}')
                frag = text[s:e]
                if frag != frag.strip(): raise SystemExit(f'{path}:{ln}: whitespace at edge {frag!r}')
                if '\n' in frag: raise SystemExit(f'{path}:{ln}: span crosses newline')
                if role in 'SQ' and frag.endswith(','): raise SystemExit(f'{path}:{ln}: {role} ends with comma {frag!r}')
                spans.append((s, e, f'{role}{a["n"]}', a['n'], role))
        if a['kind'] == 'none' and a['S']: raise SystemExit(f'{path}: {a["n"]} none with S')
        if a['kind'] != 'none' and not a['S']: raise SystemExit(f'{path}: {a["n"]} no S')
        if not a['C'] or not a['Q']: raise SystemExit(f'{path}: {a["n"]} needs C and Q')
        if a['kind'] in ('person', 'organization'):
            if not a['speaker']: raise SystemExit(f'{path}: {a["n"]} needs speaker')
        elif a['speaker']:
            raise SystemExit(f'{path}: {a["n"]} speaker on {a["kind"]}')
    # overlap check: tokens in at most one role except identical source spans
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] < b[1] and b[0] < a[1]:
                if a[4] == 'S' and b[4] == 'S' and a[0] == b[0] and a[1] == b[1] and a[3] != b[3]:
                    continue
                raise SystemExit(f'{path}: overlap {a[2]} {text[a[0]:a[1]]!r} / {b[2]} {text[b[0]:b[1]]!r}')
    # insert tags
    opens, closes = {}, {}
    for s, e, tag, n, role in spans:
        opens.setdefault(s, []).append((e, tag))
        closes.setdefault(e, []).append((s, tag))
    out = []
    for i in range(len(text) + 1):
        for s, tag in sorted(closes.get(i, []), key=lambda x: (-x[0], x[1]), reverse=False):
            out.append('⟧')
        for e, tag in sorted(opens.get(i, []), key=lambda x: (-x[0], x[1])):
            out.append('⟦' + tag + ' ')
        if i < len(text): out.append(text[i])
    body = ''.join(out)
    hdr = header.rstrip()
    notes = []
    for a in sorted(atts, key=lambda a: a['n']):
        l = f'{a["n"]} kind={a["kind"]}'
        if a['speaker']: l += f' speaker={a["speaker"]}'
        notes.append(l)
        if a['speaker'] and a['speaker'] not in text:
            print(f'warning {pid}: speaker {a["speaker"]!r} not in text', file=sys.stderr)
    open(f'{OUT}/{pid}.txt', 'w', encoding='utf-8').write(hdr + '\n\n' + body + '\n---\n' + '\n'.join(notes) + '\n')
    return len(atts)

if __name__ == '__main__':
    ids = sys.argv[1:] or [f[:-5] for f in sorted(os.listdir(SPEC)) if f.endswith('.spec')]
    for pid in ids:
        print(pid, build(pid))
