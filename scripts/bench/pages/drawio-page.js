// draw.io's viewer (viewer-static.min.js) driven as a black box, the way its own export path does it
// (drawio-format.md §5). Loaded by drawio.html after the bundle. Exposes window.bench.
(function () {
  'use strict';
  var host = document.getElementById('host');
  var current = null;

  function bytesOf(b64) {
    var s = atob(b64), u = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
    return u;
  }
  function isPng(u) { return u.length > 8 && u[0] === 0x89 && u[1] === 0x50 && u[2] === 0x4e && u[3] === 0x47; }
  function firstChildElement(node, name) {
    for (var c = node.firstChild; c != null; c = c.nextSibling) if (c.nodeType === 1 && (name == null || c.nodeName === name)) return c;
    return null;
  }
  function childElements(node, name) {
    var out = [];
    for (var c = node.firstChild; c != null; c = c.nextSibling) if (c.nodeType === 1 && c.nodeName === name) out.push(c);
    return out;
  }

  // Source text → { node: <mxGraphModel>, pages, background } for the page asked for, per container form.
  function modelNode(text, page) {
    var t = text.replace(/^\uFEFF/, '').trim();
    if (t.charAt(0) !== '<') {
      // bare compressed string
      return fromRoot(mxUtils.parseXml(Graph.decompress(t)).documentElement, page);
    }
    return fromRoot(mxUtils.parseXml(t).documentElement, page);
  }
  function fromRoot(root, page) {
    if (root == null) throw new Error('no XML root');
    if (root.nodeName === 'mxfile') {
      var diagrams = childElements(root, 'diagram');
      if (diagrams.length === 0) throw new Error('mxfile without <diagram>');
      if (page >= diagrams.length) throw new Error('page ' + page + ' does not exist (' + diagrams.length + ' pages)');
      var node = Editor.parseDiagramNode(diagrams[page]);
      if (node == null) throw new Error('Editor.parseDiagramNode returned nothing');
      return { node: node, pages: diagrams.length };
    }
    if (root.nodeName === 'mxGraphModel') return { node: root, pages: 1 };
    // .drawio.svg (content attribute), HTML embed div, ...
    var x = Editor.extractGraphModel(root, true);
    if (x == null) throw new Error('Editor.extractGraphModel found no diagram in <' + root.nodeName + '>');
    if (x.nodeName === 'mxfile') return fromRoot(x, page);
    return { node: x, pages: 1 };
  }

  function sourceText(bytes) {
    if (isPng(bytes)) {
      var s = '';
      for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      var xml = Editor.extractGraphModelFromPng('data:image/png;base64,' + btoa(s));
      if (xml == null) throw new Error('PNG without an embedded diagram');
      return xml;
    }
    return new TextDecoder('utf-8').decode(bytes);
  }

  function clear() {
    if (current != null) { try { current.destroy(); } catch (e) {} current = null; }
    host.innerHTML = '';
    setBackground('#ffffff');
  }
  // The page colour draw.io's export uses: the model's background, else white (on html and body alike, since
  // the host div is absolutely positioned and body has no height).
  function setBackground(c) { document.documentElement.style.backgroundColor = c; document.body.style.backgroundColor = c; }

  // One render: new Graph, decode, no translation. Returns the graph (the SVG is in host).
  function draw(node) {
    var div = document.createElement('div');
    host.appendChild(div);
    var graph = new Graph(div);
    current = graph;
    graph.setEnabled(false);
    graph.foldingEnabled = false;
    new mxCodec(node.ownerDocument).decode(node, graph.getModel());
    return graph;
  }

  // Waits for every image to load or fail; failed ones (external URLs: the bench is offline) are hidden, as on the
  // Faultline page, so both come out blank.
  function waitImages(timeoutMs) {
    var byUrl = {}, failed = 0;
    function add(u, el) { if (u) (byUrl[u] = byUrl[u] || []).push(el); }
    host.querySelectorAll('image').forEach(function (im) {
      add(im.getAttribute('href') || im.getAttributeNS('http://www.w3.org/1999/xlink', 'href'), im);
    });
    host.querySelectorAll('img').forEach(function (im) { add(im.getAttribute('src'), im); });
    var list = Object.keys(byUrl);
    return Promise.all(list.map(function (u) {
      return new Promise(function (ok) {
        var img = new Image();
        var t = setTimeout(ok, timeoutMs);
        img.onload = function () { clearTimeout(t); ok(); };
        img.onerror = function () {
          clearTimeout(t);
          byUrl[u].forEach(function (e) { e.style.visibility = 'hidden'; failed++; });
          ok();
        };
        img.src = u;
      });
    })).then(function () { return { urls: list.length, failed: failed }; });
  }
  function frame() { return new Promise(function (ok) { requestAnimationFrame(function () { setTimeout(ok, 0); }); }); }

  window.bench = {
    ready: typeof Graph === 'function' && typeof mxCodec === 'function',

    // Fidelity: draw `page` at scale 1 with `border` px, translated as draw.io's export does; returns the
    // image box in model coordinates ({x, y, width, height}) and the image size in px.
    render: async function (b64, page, border) {
      clear();
      var src = modelNode(sourceText(bytesOf(b64)), page || 0);
      var bg = src.node.getAttribute('background');
      var graph = draw(src.node);
      var b = graph.getGraphBounds();
      var empty = !(b.width > 0 || b.height > 0);
      graph.view.scaleAndTranslate(1, Math.floor(border - Math.floor(b.x)), Math.floor(border - Math.floor(b.y)));
      var nb = graph.getGraphBounds();
      var tr = graph.view.translate;
      var width = Math.max(1, Math.ceil(nb.x + nb.width + border));
      var height = Math.max(1, Math.ceil(nb.y + nb.height + border));
      if (bg && bg !== 'none') setBackground(bg);
      var images = await waitImages(3000);
      await document.fonts.ready;
      await frame();
      return {
        pages: src.pages, empty: empty, images: images, background: bg || null,
        bounds: { x: b.x, y: b.y, width: b.width, height: b.height },
        box: { x: -tr.x, y: -tr.y, width: width, height: height },
        cells: Object.keys(graph.getModel().cells || {}).length,
      };
    },

    // Speed: source text → drawn SVG in the DOM (decode + Graph render + forced layout), `n` timed runs
    // after `warm` untimed ones. Returns per-run milliseconds.
    time: function (text, page, warm, n) {
      var times = [];
      for (var i = 0; i < warm + n; i++) {
        clear();
        var t0 = performance.now();
        var src = modelNode(text, page || 0);
        draw(src.node);
        var svg = host.querySelector('svg');
        if (svg == null) throw new Error('draw.io produced no <svg>');
        svg.getBBox();
        host.getBoundingClientRect();
        var t1 = performance.now();
        if (i >= warm) times.push(t1 - t0);
      }
      var count = host.querySelectorAll('svg *').length;
      clear();
      return { times: times, svgElements: count };
    },
    clear: clear,
  };
})();
