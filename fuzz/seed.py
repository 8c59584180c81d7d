#!/usr/bin/env python3
"""Seed fuzz/corpus/<target>/ with the shared corpus (when present) and one small input per
container form (PNG tEXt/zTXt, HTML embed, SVG content, data URLs, compressed text)."""
import base64, html, json, os, shutil, struct, sys, urllib.parse, zlib

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "shared", "corpus")
targets = ["extract_pages", "load_model"]

model = ('<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
         '<object id="o" label="%n% x" n="v" placeholders="1"><mxCell vertex="1" parent="1" '
         'style="ellipse;image=data:image/png,AAAA"><mxGeometry x="1" y="2" width="3" height="4" as="geometry"/>'
         '</mxCell></object><mxCell id="e" edge="1" parent="1" source="o" target="x"><mxGeometry relative="1" '
         'as="geometry"><Array as="points"><mxPoint x="1" y="2"/></Array><mxPoint as="sourcePoint"/></mxGeometry>'
         '</mxCell></root></mxGraphModel>')


def deflate_raw(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def compress(xml):
    return base64.b64encode(deflate_raw(urllib.parse.quote(xml, safe="").encode())).decode()


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + b"\0\0\0\0"


mxfile = '<mxfile><diagram id="a" name="A">%s</diagram><diagram id="b">%s</diagram></mxfile>' % (model, compress(model))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", bytes(13))
       + chunk(b"tEXt", b"mxfile\0" + urllib.parse.quote(mxfile, safe="").encode()) + chunk(b"IEND", b""))
ztxt = (b"\x89PNG\r\n\x1a\n"
        + chunk(b"zTXt", b"mxGraphModel\0\0" + deflate_raw(urllib.parse.quote_plus(model).encode()))
        + chunk(b"IEND", b""))
svg = '<svg xmlns="http://www.w3.org/2000/svg" content="%s"/>' % html.escape(mxfile)
seeds = {
    "model.xml": model.encode(),
    "mxfile.drawio": mxfile.encode(),
    "bare.txt": compress(model).encode(),
    "png.png": png,
    "ztxt.png": ztxt,
    "div.html": ('<!DOCTYPE html><html><body><div class="mxgraph" data-mxgraph="%s"></div></body></html>'
                 % html.escape(json.dumps({"xml": mxfile}))).encode(),
    "svg.svg": svg.encode(),
    "svg64.svg": ('<svg content="%s"/>' % base64.b64encode(mxfile.encode()).decode()).encode(),
    "dataurl.txt": b"data:image/png;base64," + base64.b64encode(png),
    "dataurl_svg.txt": b"data:image/svg+xml;utf8," + svg.encode(),
}

for target in targets:
    out = os.path.join(here, "corpus", target)
    os.makedirs(out, exist_ok=True)
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    if os.path.isdir(shared):
        for name in sorted(os.listdir(shared)):
            path = os.path.join(shared, name)
            # Larger files would only be cut to -max_len.
            if name != "SOURCES.tsv" and os.path.getsize(path) < 200_000:
                shutil.copy(path, out)
    else:
        print("shared corpus absent: seeded with built-in inputs only", file=sys.stderr)
