// How codecs/wt102.js works. The functions below are the entry points ChirpStack (v3: Decode, Encode; v4:
// decodeUplink, encodeDownlink, decodeDownlink) and The Things Stack (decodeUplink, encodeDownlink,
// decodeDownlink, normalizeUplink; v2: Decoder, Encoder) call. Each hands the message to a part of the
// library (WT102_PARTS, further down): its own modules for one job, bundled from src/ and lowered to ES5.
// A part is kept as text in a comment and compiled only when a message needs it, because these servers
// compile the whole script afresh for every message: a message pays for the code it runs, not for all of it.
//
// - read-uplink reads what the valve sends (src/network-server/parts/read-uplink.ts);
// - read-downlink reads a downlink back into calls (parts/read-downlink.ts);
// - write turns service calls into a downlink (parts/write.ts);
// - normalize gives The Things Stack's normalized payload (parts/normalize.ts);
// - parts hosted by another, which take the modules their host holds from it (`write_part().writeCommand(…)`)
//   rather than carry copies of their own: those that write settings (encode-settings), schedules' entries
//   (encode-lists) and the maker's object (maker-object), compiled only for a message that holds them; the
//   field kinds that no service or few write (kinds/flags: flags and bit fields, settings only; kinds/date: a
//   history window; kinds/query-length and kinds/command-id: a query); and the legacy entry points, compiled
//   only on the servers that call them (legacy-decode: ChirpStack v3's Decode and TTN v2's Decoder, hosted by
//   read-uplink; legacy-encode: Encode and Encoder, hosted by write);
// - and, compiled only when a part first calls into them: read-problems (the words of what is wrong with a
//   frame), words (of a range or an enum's values, in an error or a warning), read-entries (schedules' fields,
//   each read into its entry), errors, command-list (every command sent down, listed: what an unknown name is
//   refused with, and what the maker's object is written in the order of), command-ids (which IDs a query
//   may carry) and command-id-names (the maker's names of them, for replies), read-uplink-only (versions,
//   command names; read-text, the text), dates, twins (the maker's Fahrenheit and Celsius keys of
//   temperatures), maker-forms (decoded uplinks with those keys, when the device's variable maker_forms asks
//   for them), object-paths (the maker's object paths of command IDs, its queries' `req`).
//
// The parts find commands in WT102_PLANS (at the end): an index of the commands (those sent down, then those
// sent up, each direction searched alone), then each command's plan
// (src/engine/plans.ts) as JSON, parsed only when a message holds that command: read as it is, or bound to
// the kinds' writers to write it.
function decodeUplink(input) { return WT102_RUN('read-uplink', 'decodeUplink', input); }
function encodeDownlink(input) { return WT102_RUN('write', 'encodeDownlink', input); }
function decodeDownlink(input) { return WT102_RUN('read-downlink', 'decodeDownlink', input); }
function normalizeUplink(input) { return WT102_RUN('normalize', 'normalizeUplink', input); }
function Decode(fPort, bytes, variables) { return WT102_RUN('network-server/legacy-decode', 'Decode', fPort, bytes, variables); }
function Encode(fPort, obj) { return WT102_RUN('network-server/legacy-encode', 'Encode', fPort, obj); }
function Decoder(bytes, port) { return WT102_RUN('network-server/legacy-decode', 'Decoder', bytes, port); }
function Encoder(obj, port) { return WT102_RUN('network-server/legacy-encode', 'Encoder', obj, port); }

// Entry point `name` of part `part`.
function WT102_RUN(part, name, a, b, c) {
  var exports;
  try {
    exports = WT102_LOAD(part);
  } catch (e) {
    // The TS013 entry points answer with errors rather than throw.
    if (name.charAt(0) !== name.charAt(0).toUpperCase()) return { errors: ['wt102: ' + (e && e.message || e)] };
    throw e;
  }
  return exports[name](a, b, c);
}

// The exports of part `name`, compiled the first time it is needed. A part is one function
// `(exports, WT102_LAZY, WT102_PLANS)`; what it uses of another part it reaches through WT102_LAZY, which
// compiles that part only when it is first called (`var errors_part = WT102_LAZY("base/errors")`, then
// `errors_part().pathError(…)`).
function WT102_LOAD(name) {
  var loaded = WT102_LOAD.loaded || (WT102_LOAD.loaded = {}), exports = loaded[name];
  if (exports === undefined) {
    exports = loaded[name] = {};
    // Indirect eval: compiled in the global scope, where nothing of ours is in reach.
    // The plans' text is read back once, whatever the number of parts a message needs.
    (0, eval)(WT102_TEXT(WT102_PARTS[name]))(exports, WT102_LAZY, WT102_LOAD.plans || (WT102_LOAD.plans = WT102_TEXT(WT102_PLANS)));
  }
  return exports;
}

// A part as the parts reach it: a function that gives its exports, loading it on the first call.
function WT102_LAZY(name) {
  return function () { return WT102_LOAD(name); };
}

// The comment of a function, read back as text.
function WT102_TEXT(store) {
  var source = '' + store, at = source.indexOf('/*') + 2;
  if (at < 2) throw new Error('this engine does not give the source of functions back; use codecs/wt102-full.js');
  return source.slice(at, source.lastIndexOf('*/'));
}
