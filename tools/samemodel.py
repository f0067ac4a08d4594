#!/usr/bin/env python3
"""tools/samemodel.py OLD NEW: whether two tools/evalall.sh runs gave the same model for every
document (the whole JSON but its "source"); exits 1 when one differs. For refactorings."""
import json, sys, os, glob
base, new = sys.argv[1], sys.argv[2]
bad = 0
for f in sorted(glob.glob(os.path.join(base, '*.jsonl'))):
    name = os.path.basename(f)
    g = os.path.join(new, name)
    if not os.path.exists(g):
        print('MISSING', name); bad += 1; continue
    a = [json.loads(l) for l in open(f)]
    b = [json.loads(l) for l in open(g)]
    def key(d):
        d = dict(d); d.pop('source', None); return d
    if name.startswith('c-'):
        a.sort(key=lambda d: d['source']); b.sort(key=lambda d: d['source'])
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if key(x) != key(y)]
    if len(a) != len(b) or diff:
        bad += 1
        print('DIFF', name, 'count', len(a), len(b), 'docs differing', len(diff), 'first', diff[:5])
    else:
        print('same', name, len(a))
sys.exit(1 if bad else 0)
