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

/** Compresses `s` (greedy with one step of look-ahead over hash chains of 3-character prefixes). */
function compress(s) {
  const out = [];
  const head = new Map();
  const prev = new Int32Array(s.length).fill(-1);
  let lit = '';
  const flush = () => {
    while (lit.length) {
      const n = Math.min(LIT, lit.length);
      out.push(A[n - 1] + lit.slice(0, n));
      lit = lit.slice(n);
    }
  };
  const insert = (i) => {
    if (i + MIN > s.length) return;
    const k = s.substr(i, MIN);
    const h = head.get(k);
    prev[i] = h === undefined ? -1 : h;
    head.set(k, i);
  };
  const classOf = (d) => CLASSES.findIndex((c) => d <= c[1]);
  const find = (i) => {
    let best = 0;
    let bestD = 0;
    let bestGain = 0;
    if (i + MIN > s.length) return [0, 0];
    let j = head.get(s.substr(i, MIN));
    let tries = 8192;
    while (j !== undefined && j >= 0 && tries--) {
      const d = i - j;
      const c = CLASSES[classOf(d)];
      if (c === undefined) break;
      let l = 0;
      while (l < MIN + c[2] - 1 && i + l < s.length && s[j + l] === s[i + l]) l++;
      const gain = l - 1 - c[0];
      if (l >= MIN && gain > bestGain) {
        best = l;
        bestD = d;
        bestGain = gain;
      }
      j = prev[j];
    }
    return [best, bestD];
  };
  let i = 0;
  while (i < s.length) {
    const [best, d] = find(i);
    if (best >= MIN && find(i + 1)[0] > best + 1) {
      lit += s[i];
      insert(i++);
      continue;
    }
    if (best >= MIN) {
      flush();
      const k = classOf(d);
      const [digits, , , first] = CLASSES[k];
      let e = d - 1 - (k > 0 ? CLASSES[k - 1][1] : 0);
      let code = '';
      for (let n = 0; n < digits; n++) {
        code = A[e % B] + code;
        e = Math.floor(e / B);
      }
      out.push(A[first + best - MIN] + code);
      for (let n = 0; n < best; n++) insert(i + n);
      i += best;
    } else {
      lit += s[i];
      insert(i++);
    }
  }
  flush();
  const text = out.join('');
  if (text.includes('*/')) throw new Error('lz: the compressed text holds "*/"; it cannot be kept in a comment');
  return text;
}

/**
 * The decompressor, as ES5 source: an expression whose value is the function (after `0,`: in
 * parentheses, QuickJS would tokenize it twice). Copies are substrings, appended to a chunk of at
 * most 4 KB that joins the text so far when full: a few string operations per token, none per
 * character; the alphabet is looked up by character code, which costs QuickJS no string per character.
 */
const INFLATE_SOURCE =
  '0,function(s){' +
  `var A=${JSON.stringify(A.join(''))},T=[],o="",c="",i=0,n=s.length,t,d,l,p,k,m,r;` +
  'for(t=0;t<A.length;t++)T[A.charCodeAt(t)]=t;' +
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
