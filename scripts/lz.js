// A small LZ77 for text kept in a block comment of the network-server script (scripts/build-codecs.js).
// Its alphabet is the 93 printable ASCII characters other than '*' and '/', so that no "*/" can appear
// between tokens; the build checks the literal text it copies. Token t (an index into the alphabet):
//   t < LIT                      t + 1 literal characters follow;
//   LIT <= t < LIT + NEAR        a match of t - LIT + 3 characters, at a distance of 1 digit (1…93);
//   … < LIT + NEAR + MID         a match of t - LIT - NEAR + 3 characters, 2 digits of distance (94…8742);
//   otherwise                    a match of t - LIT - NEAR - MID + 3 characters, 3 digits of distance.
'use strict';
const A = [];
for (let c = 0x20; c <= 0x7e; c++) if (c !== 0x2a && c !== 0x2f) A.push(String.fromCharCode(c));
const B = A.length;
const LIT = 20;
const NEAR = 20;
const MID = 40;
const FAR = B - LIT - NEAR - MID;
const MIN = 3;
/** Per distance class: digits, largest distance, how many lengths its tokens hold, first token. */
const CLASSES = [
  [1, B, NEAR, LIT],
  [2, B + B * B, MID, LIT + NEAR],
  [3, B + B * B + B * B * B, FAR, LIT + NEAR + MID],
];

/**
 * Compresses `s`: an optimal parse (the fewest characters out, by dynamic programming from the end)
 * over the matches that hash chains of 3-character prefixes find, and literal runs of any length.
 */
function compress(s) {
  const n = s.length;
  const head = new Map();
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i + MIN <= n; i++) {
    const k = s.substr(i, MIN);
    const h = head.get(k);
    prev[i] = h === undefined ? -1 : h;
    head.set(k, i);
  }
  // Per position and distance class, the longest match and its distance (the nearest of that length).
  const longest = (i) => {
    const best = [0, 0, 0];
    const dist = [0, 0, 0];
    if (i + MIN > n) return { best, dist };
    let j = prev[i];
    let tries = 4096;
    while (j >= 0 && tries--) {
      const d = i - j;
      const k = d <= CLASSES[0][1] ? 0 : d <= CLASSES[1][1] ? 1 : d <= CLASSES[2][1] ? 2 : -1;
      if (k < 0) break;
      const max = MIN + CLASSES[k][2] - 1;
      let l = 0;
      while (l < max && i + l < n && s[j + l] === s[i + l]) l++;
      if (l >= MIN && l > best[k]) {
        best[k] = l;
        dist[k] = d;
      }
      j = prev[j];
    }
    return { best, dist };
  };
  // cost[i]: the fewest characters that encode s[i…]; step[i]: how (a literal run of r, or a match).
  const cost = new Float64Array(n + 1);
  const how = new Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    let bestCost = Infinity;
    let bestHow;
    for (let r = 1; r <= LIT && i + r <= n; r++) {
      const c = 1 + r + cost[i + r];
      if (c < bestCost) {
        bestCost = c;
        bestHow = [0, r];
      }
    }
    const { best, dist } = longest(i);
    for (let k = 0; k < 3; k++) {
      for (let l = MIN; l <= best[k]; l++) {
        const c = 1 + CLASSES[k][0] + cost[i + l];
        if (c < bestCost) {
          bestCost = c;
          bestHow = [1, l, dist[k], k];
        }
      }
    }
    cost[i] = bestCost;
    how[i] = bestHow;
  }
  const out = [];
  for (let i = 0; i < n; ) {
    const h = how[i];
    if (h[0] === 0) {
      out.push(A[h[1] - 1] + s.substr(i, h[1]));
      i += h[1];
      continue;
    }
    const [, l, d, k] = h;
    const [digits, , , first] = CLASSES[k];
    let e = d - 1 - (k > 0 ? CLASSES[k - 1][1] : 0);
    let code = '';
    for (let m = 0; m < digits; m++) {
      code = A[e % B] + code;
      e = Math.floor(e / B);
    }
    out.push(A[first + l - MIN] + code);
    i += l;
  }
  const text = out.join('');
  if (text.includes('*/')) throw new Error('lz: the compressed text holds "*/"; it cannot be kept in a comment');
  return text;
}

// A character's index in the alphabet is its code less 32, less one past '*' (42) and one past '/' (47): the
// decompressor builds its table from that rule instead of carrying the alphabet.
for (let t = 0; t < B; t++) {
  const x = A[t].charCodeAt(0);
  if (x - 32 - (x > 42) - (x > 47) !== t) throw new Error('lz: the alphabet is not printable ASCII without "*" and "/"');
}

/**
 * The decompressor, as ES5 source: an expression whose value is the function (after `0,`: in
 * parentheses, QuickJS would tokenize it twice). Copies are substrings, appended to a chunk of at
 * most 4 KB that joins the text so far when full: a few string operations per token, none per
 * character; the alphabet is looked up by character code, which costs QuickJS no string per character.
 */
const INFLATE_SOURCE =
  '0,function(s){' +
  'var T=[],o="",c="",i=0,n=s.length,t,d,l,p,k,m,r;' +
  'for(t=32;t<127;t++)T[t]=t-32-(t>42)-(t>47);' +
  'while(i<n){t=T[s.charCodeAt(i++)];' +
  `if(t<${LIT}){c+=s.substr(i,t+1);i+=t+1}else{` +
  `k=t<${LIT + NEAR}?0:t<${LIT + NEAR + MID}?1:2;` +
  `l=t-(k?k>1?${CLASSES[2][3] - MIN}:${CLASSES[1][3] - MIN}:${CLASSES[0][3] - MIN});` +
  'for(d=0,t=0;t<=k;t++)d=d*' + B + '+T[s.charCodeAt(i++)];' +
  `d+=k?k>1?${CLASSES[1][1] + 1}:${CLASSES[0][1] + 1}:1;` +
  // The copy starts d characters back in the text so far (o + c); past its first d characters it
  // repeats them (an overlapping copy).
  'm=d<l?d:l;p=o.length+c.length-d;' +
  'r=p>=o.length?c.substr(p-o.length,m):o.substr(p,m)+(p+m>o.length?c.substr(0,p+m-o.length):"");' +
  'while(r.length<l)r+=r;c+=r.substr(0,l)}' +
  'if(c.length>4096){o+=c;c=""}}' +
  'return o+c}';

module.exports = { compress, INFLATE_SOURCE };
