// ---- loader.js: reading the index files (format: dev.lectern.search package-info) --------------------------------
// Every file is a classic script, `(globalThis.LecternSearchData=…||{})["name"]=<JSON>;`, so a browser loads it with a
// script element, from file:// too, where fetch() of JSON is refused. Node reads the same file and parses the JSON.

var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
var B64_VALUE = (function () {
  var v = new Int8Array(128).fill(-1);
  for (var i = 0; i < 64; i++) v[B64.charCodeAt(i)] = i;
  return v;
})();

function defaultLoader(root) {
  var isNode = typeof process !== 'undefined' && process.versions && process.versions.node && typeof require === 'function';
  if (isNode) {
    var fs = require('fs'), path = require('path');
    return function (name) {
      return new Promise(function (resolve) {
        resolve(parseDataFile(fs.readFileSync(path.join(String(root), 'search', name + '.js'), 'utf8')));
      });
    };
  }
  var base = String(root || '');
  if (base && base.charAt(base.length - 1) !== '/') base += '/';
  return function (name) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = base + 'search/' + name + '.js';
      script.async = true;
      script.onload = function () {
        var store = globalThis.LecternSearchData || {};
        var data = store[name];
        delete store[name];
        script.remove();
        if (data === undefined) reject(new Error('search data missing in ' + script.src));
        else resolve(data);
      };
      script.onerror = function () {
        script.remove();
        reject(new Error('cannot load ' + script.src));
      };
      document.head.appendChild(script);
    });
  };
}

/** The JSON payload of a data file's text. */
function parseDataFile(text) {
  return JSON.parse(text.slice(text.indexOf(']=') + 2, text.lastIndexOf(';')));
}

/** Variable-length integers: 5 bits per character, low bits first; characters 32–63 continue a number. */
function decodeVarints(s) {
  var out = [], value = 0, shift = 0;
  for (var i = 0; i < s.length; i++) {
    var c = B64_VALUE[s.charCodeAt(i)];
    value += (c & 31) * Math.pow(2, shift);
    if (c < 32) {
      out.push(value);
      value = 0;
      shift = 0;
    } else {
      shift += 5;
    }
  }
  return out;
}

/** A front-coded sorted list: per word, a base64 count of characters shared with the previous word, the rest, a space. */
function decodeFrontCoded(s) {
  var out = [], previous = '', i = 0;
  while (i < s.length) {
    var shared = B64_VALUE[s.charCodeAt(i)];
    var end = s.indexOf(' ', i + 1);
    previous = previous.slice(0, shared) + s.slice(i + 1, end);
    out.push(previous);
    i = end + 1;
  }
  return out;
}

/**
 * Postings in document order as stored: count document-id deltas (b64 varints, the first from -1) read from d at
 * at.pos, and one character each of i from at.i on (the quantized impact, plus 32 when the term is in the title).
 * Returns the page: { docs, impacts, title, floor } (floor: its lowest impact, which bounds every later page).
 */
function decodePage(d, i, at, count, impactOf) {
  var docs = new Int32Array(count), impacts = new Float32Array(count), title = new Uint8Array(count);
  var doc = -1, floor = Infinity;
  for (var p = 0; p < count; p++) {
    var value = 0, shift = 0, c;
    do {
      c = B64_VALUE[d.charCodeAt(at.pos++)];
      value += (c & 31) << shift;
      shift += 5;
    } while (c >= 32);
    doc += value;
    docs[p] = doc;
    var code = B64_VALUE[i.charCodeAt(at.i++)];
    impacts[p] = impactOf[code & 31];
    title[p] = code >> 5;
    if (impacts[p] < floor) floor = impacts[p];
  }
  return { docs: docs, impacts: impacts, title: title, floor: count ? floor : 0 };
}

/** The sizes of a term's pages (PostingsExport.pageSizes): first, then growth times the one before, the last what is left. */
function pageSizes(df, pages) {
  var sizes = [], size = pages.first, left = df;
  do {
    sizes.push(Math.min(left, size));
    left -= Math.min(left, size);
    size *= pages.growth;
  } while (left > 0);
  return sizes;
}

/** Per document: a list of small ids from varints (count, then ids). */
function decodeLists(s, n) {
  var v = decodeVarints(s), out = new Array(n), at = 0;
  for (var i = 0; i < n; i++) {
    var count = v[at++];
    out[i] = v.slice(at, at + count);
    at += count;
  }
  return out;
}

/** Slugs.slug(text, max) of the build: the URL a question or section got from its title. */
function slugify(text, max) {
  var ascii = text.normalize('NFKD').toLowerCase(), sb = '', dash = false;
  for (var i = 0; i < ascii.length; i++) {
    var c = ascii.charAt(i);
    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
      if (dash && sb.length > 0) sb += '-';
      sb += c;
      dash = false;
    } else if (!/\p{Mn}/u.test(c)) {
      dash = true;
    }
  }
  if (sb.length <= max) return sb;
  var cut = sb.lastIndexOf('-', max);
  return sb.slice(0, cut > Math.floor(max / 2) ? cut : max);
}

