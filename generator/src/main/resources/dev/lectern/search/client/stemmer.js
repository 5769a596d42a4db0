// ---- stemmer.js: the Porter stemmer (M.F. Porter, "An algorithm for suffix stripping", 1980) -------------------
// Written for Lectern from the paper's rules, with the two refinements of Porter's own reference implementation that
// Lucene's PorterStemFilter also makes: "bli" → "ble" in step 2 (for "abli" → "able"), and "logi" → "log"; words of
// one or two letters are left alone. Only letters a, e, i, o, u (and y after a consonant) are vowels; any other
// character counts as a consonant. The parity test compares this with Lucene on every word of the corpus.

function porterStem(word) {
  if (word.length <= 2) return word;
  var b = word.split('');
  var k = b.length - 1; // index of the last letter of the current word
  var j = 0;            // end of the stem before the suffix that ends() last matched

  function consonant(i) {
    switch (b[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u': return false;
      case 'y': return i === 0 ? true : !consonant(i - 1);
      default: return true;
    }
  }
  // m: the number of vowel-consonant sequences in b[0..j]
  function measure() {
    var n = 0, i = 0;
    for (;;) { if (i > j) return n; if (!consonant(i)) break; i++; }
    i++;
    for (;;) {
      for (;;) { if (i > j) return n; if (consonant(i)) break; i++; }
      i++; n++;
      for (;;) { if (i > j) return n; if (!consonant(i)) break; i++; }
      i++;
    }
  }
  function vowelInStem() {
    for (var i = 0; i <= j; i++) if (!consonant(i)) return true;
    return false;
  }
  function doubleConsonant(i) {
    return i >= 1 && b[i] === b[i - 1] && consonant(i);
  }
  // consonant-vowel-consonant ending at i, the last consonant not w, x or y (as in "hop", not "snow")
  function cvc(i) {
    if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) return false;
    return b[i] !== 'w' && b[i] !== 'x' && b[i] !== 'y';
  }
  function ends(s) {
    var l = s.length;
    if (l > k + 1) return false;
    for (var i = 0; i < l; i++) if (b[k - l + 1 + i] !== s.charAt(i)) return false;
    j = k - l;
    return true;
  }
  function setTo(s) {
    for (var i = 0; i < s.length; i++) b[j + 1 + i] = s.charAt(i);
    k = j + s.length;
  }
  function replaceIfMeasured(s) {
    if (measure() > 0) setTo(s);
  }

  // step 1a and 1b: plurals, -ed, -ing
  if (b[k] === 's') {
    if (ends('sses')) k -= 2;
    else if (ends('ies')) setTo('i');
    else if (b[k - 1] !== 's') k--;
  }
  if (ends('eed')) {
    if (measure() > 0) k--;
  } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
    k = j;
    if (ends('at')) setTo('ate');
    else if (ends('bl')) setTo('ble');
    else if (ends('iz')) setTo('ize');
    else if (doubleConsonant(k)) {
      k--;
      if (b[k] === 'l' || b[k] === 's' || b[k] === 'z') k++;
    } else if (j = k, measure() === 1 && cvc(k)) setTo('e');
  }
  // step 1c: y → i when there is another vowel in the stem
  if (ends('y') && vowelInStem()) b[k] = 'i';
  // step 2: double suffixes to single ones, when m > 0
  var step2 = {
    a: ['ational', 'ate', 'tional', 'tion'], c: ['enci', 'ence', 'anci', 'ance'], e: ['izer', 'ize'],
    l: ['bli', 'ble', 'alli', 'al', 'entli', 'ent', 'eli', 'e', 'ousli', 'ous'],
    o: ['ization', 'ize', 'ation', 'ate', 'ator', 'ate'], s: ['alism', 'al', 'iveness', 'ive', 'fulness', 'ful', 'ousness', 'ous'],
    t: ['aliti', 'al', 'iviti', 'ive', 'biliti', 'ble'], g: ['logi', 'log']
  };
  replaceFirst(k >= 1 ? step2[b[k - 1]] : null);
  // step 3: -ic-, -full, -ness etc., when m > 0
  var step3 = {
    e: ['icate', 'ic', 'ative', '', 'alize', 'al'], i: ['iciti', 'ic'], l: ['ical', 'ic', 'ful', ''], s: ['ness', '']
  };
  replaceFirst(step3[b[k]]);
  // step 4: remove a final suffix when m > 1
  var step4 = {
    a: ['al'], c: ['ance', 'ence'], e: ['er'], i: ['ic'], l: ['able', 'ible'], n: ['ant', 'ement', 'ment', 'ent'],
    o: ['ion', 'ou'], s: ['ism'], t: ['ate', 'iti'], u: ['ous'], v: ['ive'], z: ['ize']
  };
  var suffixes = k >= 1 ? step4[b[k - 1]] : null;
  if (suffixes) {
    for (var s = 0; s < suffixes.length; s++) {
      if (!ends(suffixes[s])) continue;
      if (suffixes[s] === 'ion' && !(j >= 0 && (b[j] === 's' || b[j] === 't'))) continue;
      if (measure() > 1) k = j;
      break;
    }
  }
  // step 5: a final -e when m > 1 (or m = 1 and not *o), and -ll → -l when m > 1
  j = k;
  if (b[k] === 'e') {
    var m = measure();
    if (m > 1 || m === 1 && !cvc(k - 1)) k--;
  }
  if (b[k] === 'l' && doubleConsonant(k) && measure() > 1) k--;
  return b.slice(0, k + 1).join('');

  // The first suffix of the list (pairs: suffix, replacement) that ends the word decides; it is replaced when m > 0.
  function replaceFirst(pairs) {
    if (!pairs) return;
    for (var p = 0; p < pairs.length; p += 2) {
      if (ends(pairs[p])) {
        replaceIfMeasured(pairs[p + 1]);
        return;
      }
    }
  }
}
