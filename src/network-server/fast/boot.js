// The layout of codecs/wt102.js: these entry points; WT102_STORE, the fast path (its ID index and entries, the
// uplink and downlink decoders, the encoder, the normalizer, as scripts/build-codecs.js puts them); WT102_FULL,
// the code of codecs/wt102-full.js (as one expression), for what the fast path leaves.
//
// Entry points. Each runs the fast path, a part of WT102_STORE compiled for this message: the uplink or
// the downlink decoder (src/network-server/fast/decode.ts), the encoder (encode.ts) or The Things Stack's
// normalizer (normalize.ts). Where it gives way (an error, a warning, anything it does not handle), the
// full codec in WT102_FULL gives the answer.
function decodeUplink(input) { return WT102_RUN(0, input); }
function encodeDownlink(input) { return WT102_RUN(1, input); }
function decodeDownlink(input) { return WT102_RUN(2, input); }
function Decode(fPort, bytes) { return WT102_RUN(3, fPort, bytes); }
function Encode(fPort, obj) { return WT102_RUN(4, fPort, obj); }
function Decoder(bytes, port) { return WT102_RUN(5, bytes, port); }
function Encoder(obj, port) { return WT102_RUN(6, obj, port); }
// The Things Stack's normalizer is a part of its own, which the full codec has not (ChirpStack does not call it).
function normalizeUplink(input) { return WT102_RUN(7, input); }

// Entry point k (in the order above) of the fast path, or else of the full codec.
function WT102_RUN(k, a, b) {
  // Where the parts of the store end: ID index, entries, uplink decoder, downlink decoder, encoder,
  // normalizer.
  var L = STORE_LAYOUT, text, codec, p = k == 7 ? 5 : k == 2 ? 3 : k == 1 || k == 4 || k == 6 ? 4 : 2;
  try {
    text = WT102_TEXT(WT102_STORE);
    // Indirect eval: compiled in the global scope, where nothing of ours is in reach.
    return (0, eval)(text.slice(L[p - 1], L[p]))(text, L, k, a, b);
  } catch (e) {
    if (k == 7) return { errors: ['normalizeUplink: ' + (e && e.message || e)] };
  }
  try {
    codec = WT102_RUN.codec || (WT102_RUN.codec = (0, eval)(WT102_TEXT(WT102_FULL)));
  } catch (e) {
    // The TS013 entry points never throw.
    if (k < 3) return { errors: [e.message] };
    throw e;
  }
  // The full codec's entry points are a…g, in the order above.
  return codec['abcdefg'.charAt(k)](a, b);
}

// The comment of a store, read back as text.
function WT102_TEXT(store) {
  var source = '' + store, at = source.indexOf('/*') + 2;
  if (at < 2) throw new Error('wt102: this engine does not give the source of functions back; use codecs/wt102-full.js');
  return source.slice(at, source.lastIndexOf('*/'));
}
