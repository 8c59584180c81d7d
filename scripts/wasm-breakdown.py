#!/usr/bin/env python3
"""Code bytes per crate/module of a wasm with a name section (the raw cargo output, before
wasm-bindgen/wasm-opt), plus data. Usage: python3 scripts/wasm-breakdown.py target/wasm/faultline-view.wasm [--top N] [--fine] [--grep RE]"""
import sys, re, collections, zlib, subprocess, signal
signal.signal(signal.SIGPIPE, signal.SIG_DFL)

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i

def parse(path):
    b = open(path, 'rb').read()
    i = 8; nimp = 0; bodies = []; names = {}; data = 0; secs = {}
    while i < len(b):
        sid = b[i]; i += 1
        ln, i = leb(b, i); end = i + ln
        secs[sid] = secs.get(sid, 0) + ln
        if sid == 2:
            n, j = leb(b, i)
            for _ in range(n):
                l, j = leb(b, j); j += l
                l, j = leb(b, j); j += l
                k = b[j]; j += 1
                if k == 0: _, j = leb(b, j); nimp += 1
                elif k == 1: j += 1; fl, j = leb(b, j); _, j = leb(b, j); j = leb(b, j)[1] if fl & 1 else j
                elif k == 2: fl, j = leb(b, j); _, j = leb(b, j); j = leb(b, j)[1] if fl & 1 else j
                elif k == 3: j += 2
                elif k == 4: j += 1; _, j = leb(b, j)
        elif sid == 10:
            n, j = leb(b, i)
            for _ in range(n):
                l, j = leb(b, j); bodies.append(b[j:j+l]); j += l
        elif sid == 11:
            data = b[i:end]
        elif sid == 0:
            l, j = leb(b, i); nm = b[j:j+l].decode(); j += l
            if nm == 'name':
                while j < end:
                    sub = b[j]; j += 1
                    sl, j = leb(b, j); se = j + sl
                    if sub == 1:
                        n, k = leb(b, j)
                        for _ in range(n):
                            idx, k = leb(b, k); l, k = leb(b, k)
                            names[idx] = b[k:k+l].decode('utf-8', 'replace'); k += l
                    j = se
        i = end
    return nimp, bodies, names, data, secs

FINE = {'render', 'bind', 'analyze', 'text', 'model', 'decode', 'layout', 'stencil'}

def classify(n, fine):
    if re.search(r'serde|__Visitor|__Field', n):
        m = re.search(r'faultline::(\w+)', n)
        return 'serde (derive + serde_json/serde_wasm_bindgen) for ' + (m.group(1) if m else 'other')
    m = re.match(r'^<(?:&(?:mut )?)?(?:\[|\()?([A-Za-z_][\w:]*)', n) or re.match(r'^([A-Za-z_][\w:]*)', n)
    if not m: return 'other: ' + n[:40]
    parts = m.group(1).split('::')
    if parts[0] == 'faultline':
        k = parts[:3] if (fine and len(parts) > 2 and parts[1] in FINE) else parts[:2]
        if k[-1][:1].isupper() or k[-1] in ('{closure#0}',): k = k[:-1]
        return '::'.join(k)
    if parts[0] in ('core', 'alloc', 'std', 'hashbrown', 'dlmalloc', 'compiler_builtins'):
        f = re.search(r'faultline::(\w+)', n)
        return 'generic ' + parts[0] + (' for faultline::' + f.group(1) if f and fine else '')
    return parts[0]

if __name__ == '__main__':
    path = sys.argv[1]
    fine = '--fine' in sys.argv
    top = int(sys.argv[sys.argv.index('--top')+1]) if '--top' in sys.argv else 0
    grep = sys.argv[sys.argv.index('--grep')+1] if '--grep' in sys.argv else None
    nimp, bodies, names, data, secs = parse(path)
    raw = [names.get(nimp + k, '?') for k in range(len(bodies))]
    dem = subprocess.run(['c++filt'], input='\n'.join(raw), capture_output=True, text=True).stdout.split('\n')
    dem = [re.sub(r'\[[0-9a-f]{16}\]', '', d) for d in dem]
    tot = sum(map(len, bodies))
    print(f'{path}: code {tot} B in {len(bodies)} functions (gz {len(zlib.compress(b"".join(bodies), 9))}), '
          f'data {len(data)} B (gz {len(zlib.compress(data, 9))}), sections {dict(sorted(secs.items()))}')
    g = collections.Counter(); gzb = collections.defaultdict(bytearray); cnt = collections.Counter()
    fns = []
    for body, nm in zip(bodies, dem):
        if grep and not re.search(grep, nm): continue
        k = classify(nm, fine)
        g[k] += len(body); cnt[k] += 1; gzb[k] += body; fns.append((len(body), nm))
    for k, s in g.most_common(70):
        print(f'{s:9d} {100*s/tot:5.1f}%  gz~{len(zlib.compress(bytes(gzb[k]), 9)):7d} {cnt[k]:5d} fns  {k}')
    fns.sort(reverse=True)
    for s, nm in fns[:top]: print(f'{s:8d} {nm[:220]}')
