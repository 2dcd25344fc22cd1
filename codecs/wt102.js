// wt102-codec 1.2.0: Milesight WT102 codec for ChirpStack v3/v4 and The Things Stack (ES5.1).
// Generated from src/ by `npm run build:codecs`; do not edit. How it works: below.
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

var WT102_PARTS = {};
WT102_PARTS["read-uplink"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.formsAsked = void 0;
  exports.decodeUplink = decodeUplink;
  exports.uplinkData = uplinkData;
  // src/network-server/decode-entries.ts
  var errors_part = WT102_LAZY("base/errors");
  // src/base/bytes.ts
  // src/base/caller-input.ts
  // src/base/es5.ts
  function isFiniteNumber(x) {
    return typeof x === "number" && isFinite(x);
  }
  function isInteger(x) {
    return isFiniteNumber(x) && Math.floor(x) === x;
  }
  var hasOwn = Object.prototype.hasOwnProperty;
  function hasOwnKey(obj, key) {
    return hasOwn.call(obj, key);
  }
  function dict() {
    return Object.create(null);
  }
  function isPlainObject(x) {
    if (Array.isArray(x)) return false;
    var proto = Object.getPrototypeOf(x);
    return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
  }
  // src/base/caller-input.ts
  var MAX_FRAME_BYTES = 1048576;
  function tooLarge(path, what) {
    return errors_part().pathError(
      "PAYLOAD_TOO_LARGE",
      path,
      "" + what + "; the codec reads and writes frames of at most 1 MiB (" + MAX_FRAME_BYTES + " bytes)"
    );
  }
  var SNAPSHOT = Object.create(null);
  var undefinedIsNull = false;
  function ownRecord(value, path) {
    if (typeof value !== "object" || value === null) return void 0;
    var key;
    try {
      if (!isPlainObject(value)) return void 0;
      var keys = Object.keys(value);
      var out = Object.create(SNAPSHOT);
      for (var i = 0; i < keys.length; i++) {
        key = keys[i];
        var v = value[key];
        out[key] = v === void 0 && undefinedIsNull ? null : v;
      }
      return out;
    } catch (e) {
      throw errors_part().unreadable(key === void 0 ? path : errors_part().step(path, key), e);
    }
  }
  // src/base/bytes.ts
  function checkedBytes(frame, expected, name) {
    if (name === void 0) {
      name = "frame";
    }
    if (typeof frame !== "object" || frame === null) {
      throw errors_part().valueError("INVALID_TYPE", name, frame, "is not a frame; expected " + expected);
    }
    var n;
    try {
      n = frame.length;
    } catch (e) {
      throw errors_part().unreadable(name, e);
    }
    if (!(isInteger(n) && n >= 0 && n <= 4294967295)) {
      throw errors_part().valueError(
        "INVALID_TYPE",
        name,
        frame,
        "is not a frame (its length is " + errors_part().describeValue(n) + "); expected " + expected
      );
    }
    if (n > MAX_FRAME_BYTES) throw tooLarge(name, "" + n + " bytes");
    var out = [];
    var i = 0;
    var b;
    try {
      for (; i < n; i++) {
        b = hasOwnKey(frame, i) ? frame[i] : void 0;
        if (typeof b !== "number" || (b & 255) !== b) break;
        out.push(b);
      }
    } catch (e) {
      throw errors_part().unreadable(errors_part().step(name, i), e);
    }
    if (i < n)
      throw new errors_part().CodecError(
        "INVALID_BYTE",
        "" + name + "[" + i + "]: " + errors_part().describeValue(b) + " is not a byte 0\u2026255",
        { path: "" + name + "[" + i + "]", offset: i }
      );
    return out;
  }
  // src/engine/read.ts
  var command_ids_part = WT102_LAZY("schema/command-ids");
  function findUplinkPlan(id, n) {
    return planOf(indexLine("u " + idHex(id, n) + " "));
  }
  function idHex(id, n) {
    return (Math.pow(256, n) + id).toString(16).slice(1);
  }
  function planOf(line) {
    if (line === void 0) return void 0;
    if (line[3] === "-") return true;
    return planAt(+line[5], +line[6]);
  }
  var indexText;
  function index() {
    return indexText || (indexText = WT102_PLANS.substr(0, +WT102_PLANS.substr(1, 6)));
  }
  function upAt() {
    return +index().substr(8, 6);
  }
  var parsed = dict();
  function planAt(at, length) {
    return parsed[at] || (parsed[at] = JSON.parse(WT102_PLANS.substr(index().length + at, length)));
  }
  var linesFound = dict();
  function indexLine(start) {
    if (hasOwnKey(linesFound, start)) return linesFound[start];
    var text = index();
    var at = text.indexOf("\n" + start, start.charAt(0) === "u" ? upAt() - 1 : 0) + 1;
    return (linesFound[start] = at > 0 ? text.slice(at, text.indexOf("\n", at)).split(" ") : void 0);
  }
  // src/engine/read.ts
  var read_problems_part = WT102_LAZY("engine/read-problems");
  // src/engine/read-bytes.ts
  function uint(r, n, what) {
    if (r.pos + n > r.bytes.length) read_problems_part().truncated(r, n, what);
    var v = 0;
    for (var i = n - 1; i >= 0; i--) v = v * 256 + r.bytes[r.pos + i];
    r.pos += n;
    return v;
  }
  function bytesOf(r, n) {
    if (r.pos + n > r.bytes.length) read_problems_part().truncated(r, n);
    var out = r.bytes.slice(r.pos, r.pos + n);
    r.pos += n;
    return out;
  }
  // src/engine/read.ts
  var read_uplink_only_part = WT102_LAZY("engine/read-uplink-only");
  var read_entries_part = WT102_LAZY("engine/read-entries");
  function readUplinkMore(r, f, _vals, out) {
    return read_uplink_only_part().readUplinkOnly(r, f, out);
  }
  var keepWarning = function (r, at, message2) {
    return read_problems_part().warn(r, at, message2);
  };
  function uplinkReading(bytes) {
    return {
      bytes: bytes,
      pos: 0,
      warn: keepWarning,
      warnings: [],
      left: 0,
      leftAt: 0,
      name: "",
      id: [],
      path: [],
      style: void 0,
      find: findUplinkPlan,
      more: readUplinkMore,
      start: 0,
      wire: -1,
      byte: 0
    };
  }
  function readInt(r, wire) {
    var v = uint(r, wire === "u8" || wire === void 0 ? 1 : wire === "u32" ? 4 : 2);
    return wire === "i16" && v >= 32768 ? v - 65536 : v;
  }
  function readField(r, f, vals, out, copies) {
    var d = f.d;
    var v;
    switch (d.kind) {
      case "int":
        v = r.wire = readInt(r, d.wire);
        if (v < d.min || v > d.max) read_problems_part().problem(r, f, r.start, v);
        return v;
      case "decimal":
        v = r.wire = readInt(r, d.wire);
        if (v < Math.round(d.min * 100) || v > Math.round(d.max * 100)) read_problems_part().problem(r, f, r.start, v);
        return v / 100;
      case "enum":
        v = r.wire = readInt(r, d.wire);
        for (var k = 0; k < d.values.length; k++) {
          if (d.values[k].value === v) return d.output === "name" ? d.values[k].name : r.style === "string" ? "" + v : v;
        }
        read_problems_part().problem(r, f, r.start, v);
        return r.style === "string" ? "" + v : v;
      case "bool":
        v = r.wire = uint(r, 1);
        if (v > 1) read_problems_part().problem(r, f, r.start, v);
        return v;
      case "bits":
        if (f.byteStart) r.byte = uint(r, 1);
        else r.start--;
        v = r.wire = (r.byte >> d.shift) & ((1 << d.width) - 1);
        if ((d.min !== void 0 && v < d.min) || (d.max !== void 0 && v > d.max)) read_problems_part().problem(r, f, r.start, v);
        return v;
      case "commandId": {
        var n = vals[f.siblingAt];
        var id = command_ids_part().commandIdFromBytes(bytesOf(r, n));
        if (!d.any && !command_ids_part().isQueryable(id)) read_problems_part().refused(r, f, id);
        r.wire = n;
        return id;
      }
      case "struct": {
        r.path.push(f.name);
        var value = readStruct(r, f.fields, copies);
        r.path.pop();
        return value;
      }
      default:
        return r.more(r, f, vals, out);
    }
  }
  function readStruct(r, fields, copies) {
    var out = {};
    var vals = [];
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      vals.push(-1);
      if (f.when !== void 0 && f.whenIs.indexOf(vals[f.when]) < 0) continue;
      r.start = r.pos;
      r.wire = -1;
      var mark = copies === void 0 ? 0 : copies.length;
      var value = readField(r, f, vals, out, copies);
      vals[i] = r.wire;
      if (r.wire === f.fallback || value === void 0) {
        if (copies !== void 0 && copies.length > mark) copies.length = mark;
        continue;
      }
      out[f.name] = value;
      if (copies !== void 0) {
        if (!hasOwnKey(out, f.name)) copies.length = mark;
        else if (f.copy !== void 0) copies.push(f.copy, value);
      }
    }
    return out;
  }
  function readBody(r, body, copies) {
    if (body === void 0) return 1;
    if (body.name === "" && body.d.kind === "struct") return readStruct(r, body.fields, copies);
    r.start = r.pos;
    r.wire = -1;
    return readField(r, body, [], {}, void 0);
  }
  function putValue(scope, p, value) {
    if (p.member === void 0) scope[p.key] = value;
    else (hasOwnKey(scope, p.key) ? scope[p.key] : (scope[p.key] = {}))[p.member] = value;
  }
  function readCommand(r, copies) {
    var start = r.pos;
    var id = 0;
    var found = true;
    while (found === true) {
      if (r.pos >= r.bytes.length) read_problems_part().truncatedId(r, start);
      var b = r.bytes[r.pos++];
      id = id * 256 + b;
      found = r.find(id, r.pos - start);
      if (found === void 0) read_problems_part().unknownCommand(r, start, r.warn !== void 0);
    }
    var plan = found;
    r.name = plan.name;
    r.id = plan.id;
    r.style = plan.style;
    var value = plan.list !== void 0 ? read_entries_part().readEntry(r, plan.list, readBody) : readBody(r, plan.body, copies);
    return { plan: plan, value: value };
  }
  function decodeUplinkCommands(bytes) {
    var r = uplinkReading(bytes);
    if (bytes.length === 0) read_problems_part().emptyFrame();
    var root = {};
    var scope = root;
    var reported = [];
    while (r.pos < bytes.length) {
      var at = r.pos;
      var copies = [];
      var _a = readCommand(r, copies),
        p = _a.plan,
        value = _a.value;
      var key = p.key;
      if (p.to === "record") {
        (hasOwnKey(root, key) ? root[key] : (root[key] = [])).push(value);
        scope = value;
        reported = [];
      } else if (p.to === "append") {
        (hasOwnKey(scope, key) ? scope[key] : (scope[key] = [])).push(value);
      } else if (p.to === "entry") {
        read_entries_part().putEntry(scope, key, p.list.entryKey, value, void 0);
      } else {
        if (reported.indexOf(p.name) >= 0) read_problems_part().warn(r, at, p.name + " is reported twice; the last value is kept");
        else reported.push(p.name);
        putValue(scope, p, value);
        for (var i = 0; i < copies.length; i += 2) scope[copies[i]] = copies[i + 1];
      }
    }
    if (r.warnings.length > 0) root.warnings = read_problems_part().warningsOf(r);
    return root;
  }
  // src/codec/fport.ts
  var DOWNLINK_FPORT = 85;
  function decodeUplinkFrame(bytes) {
    return decodeUplinkCommands(bytes);
  }
  // src/network-server/decode-entries.ts
  var maker_forms_part = WT102_LAZY("engine/maker-forms");
  // src/network-server/entry-common.ts
  function message(e) {
    return e instanceof Error ? e.message : String(e);
  }
  function checkedInput(input) {
    var rec = ownRecord(input, "input");
    if (rec === void 0) {
      throw errors_part().valueError("INVALID_TYPE", "input", input, "is not the input object a network server passes");
    }
    return rec;
  }
  // src/network-server/decode-entries.ts
  function portWarning(fPort) {
    return fPort === void 0 || fPort === DOWNLINK_FPORT
      ? []
      : ["fPort " + errors_part().describeValue(fPort) + ": the WT102 uses fPort " + DOWNLINK_FPORT];
  }
  function frameBytes(bytes) {
    return checkedBytes(bytes, "an array of bytes");
  }
  function uplinkData(bytes) {
    var data = decodeUplinkFrame(frameBytes(bytes));
    var warnings = hasOwnKey(data, "warnings") ? data.warnings : [];
    delete data.warnings;
    return { data: data, warnings: warnings };
  }
  function variableSet(variables, name) {
    var v = ownRecord(variables, "input.variables");
    return v !== void 0 && (v[name] === "true" || v[name] === true);
  }
  var formsAsked = function (data, variables) {
    return variableSet(variables, "maker_forms") ? maker_forms_part().inMakerForms(data) : data;
  };
  exports.formsAsked = formsAsked;
  function uplinkAnswer(input, forms) {
    try {
      var given = checkedInput(input);
      var r = uplinkData(given.bytes);
      var data = forms === void 0 ? r.data : forms(r.data, given.variables);
      var warnings = portWarning(given.fPort).concat(r.warnings);
      if (warnings.length && variableSet(given.variables, "warnings_in_data")) data.warnings = warnings;
      return warnings.length ? { data: data, warnings: warnings } : { data: data };
    } catch (e) {
      return { errors: [message(e)] };
    }
  }
  function decodeUplink(input) {
    return uplinkAnswer(input, formsAsked);
  }
}*/};
WT102_PARTS["read-downlink"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.decodeDownlink = decodeDownlink;
  // src/network-server/decode-entries.ts
  var errors_part = WT102_LAZY("base/errors");
  // src/base/bytes.ts
  // src/base/caller-input.ts
  // src/base/es5.ts
  function isFiniteNumber(x) {
    return typeof x === "number" && isFinite(x);
  }
  function isInteger(x) {
    return isFiniteNumber(x) && Math.floor(x) === x;
  }
  var hasOwn = Object.prototype.hasOwnProperty;
  function hasOwnKey(obj, key) {
    return hasOwn.call(obj, key);
  }
  function dict() {
    return Object.create(null);
  }
  function isPlainObject(x) {
    if (Array.isArray(x)) return false;
    var proto = Object.getPrototypeOf(x);
    return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
  }
  // src/base/caller-input.ts
  var MAX_FRAME_BYTES = 1048576;
  function tooLarge(path, what) {
    return errors_part().pathError(
      "PAYLOAD_TOO_LARGE",
      path,
      "" + what + "; the codec reads and writes frames of at most 1 MiB (" + MAX_FRAME_BYTES + " bytes)"
    );
  }
  var SNAPSHOT = Object.create(null);
  var undefinedIsNull = false;
  function ownRecord(value, path) {
    if (typeof value !== "object" || value === null) return void 0;
    var key;
    try {
      if (!isPlainObject(value)) return void 0;
      var keys = Object.keys(value);
      var out = Object.create(SNAPSHOT);
      for (var i = 0; i < keys.length; i++) {
        key = keys[i];
        var v = value[key];
        out[key] = v === void 0 && undefinedIsNull ? null : v;
      }
      return out;
    } catch (e) {
      throw errors_part().unreadable(key === void 0 ? path : errors_part().step(path, key), e);
    }
  }
  // src/base/bytes.ts
  function checkedBytes(frame, expected, name) {
    if (name === void 0) {
      name = "frame";
    }
    if (typeof frame !== "object" || frame === null) {
      throw errors_part().valueError("INVALID_TYPE", name, frame, "is not a frame; expected " + expected);
    }
    var n;
    try {
      n = frame.length;
    } catch (e) {
      throw errors_part().unreadable(name, e);
    }
    if (!(isInteger(n) && n >= 0 && n <= 4294967295)) {
      throw errors_part().valueError(
        "INVALID_TYPE",
        name,
        frame,
        "is not a frame (its length is " + errors_part().describeValue(n) + "); expected " + expected
      );
    }
    if (n > MAX_FRAME_BYTES) throw tooLarge(name, "" + n + " bytes");
    var out = [];
    var i = 0;
    var b;
    try {
      for (; i < n; i++) {
        b = hasOwnKey(frame, i) ? frame[i] : void 0;
        if (typeof b !== "number" || (b & 255) !== b) break;
        out.push(b);
      }
    } catch (e) {
      throw errors_part().unreadable(errors_part().step(name, i), e);
    }
    if (i < n)
      throw new errors_part().CodecError(
        "INVALID_BYTE",
        "" + name + "[" + i + "]: " + errors_part().describeValue(b) + " is not a byte 0\u2026255",
        { path: "" + name + "[" + i + "]", offset: i }
      );
    return out;
  }
  // src/engine/read.ts
  var command_ids_part = WT102_LAZY("schema/command-ids");
  function findDownlinkPlan(id, n) {
    return planOf(indexLine("d " + idHex(id, n) + " "));
  }
  function idHex(id, n) {
    return (Math.pow(256, n) + id).toString(16).slice(1);
  }
  function planOf(line) {
    if (line === void 0) return void 0;
    if (line[3] === "-") return true;
    return planAt(+line[5], +line[6]);
  }
  var indexText;
  function index() {
    return indexText || (indexText = WT102_PLANS.substr(0, +WT102_PLANS.substr(1, 6)));
  }
  function upAt() {
    return +index().substr(8, 6);
  }
  var parsed = dict();
  function planAt(at, length) {
    return parsed[at] || (parsed[at] = JSON.parse(WT102_PLANS.substr(index().length + at, length)));
  }
  var linesFound = dict();
  function indexLine(start) {
    if (hasOwnKey(linesFound, start)) return linesFound[start];
    var text = index();
    var at = text.indexOf("\n" + start, start.charAt(0) === "u" ? upAt() - 1 : 0) + 1;
    return (linesFound[start] = at > 0 ? text.slice(at, text.indexOf("\n", at)).split(" ") : void 0);
  }
  // src/engine/read.ts
  var read_problems_part = WT102_LAZY("engine/read-problems");
  // src/engine/read-bytes.ts
  function uint(r, n, what) {
    if (r.pos + n > r.bytes.length) read_problems_part().truncated(r, n, what);
    var v = 0;
    for (var i = n - 1; i >= 0; i--) v = v * 256 + r.bytes[r.pos + i];
    r.pos += n;
    return v;
  }
  function bytesOf(r, n) {
    if (r.pos + n > r.bytes.length) read_problems_part().truncated(r, n);
    var out = r.bytes.slice(r.pos, r.pos + n);
    r.pos += n;
    return out;
  }
  // src/engine/read-downlink-only.ts
  var dates_part = WT102_LAZY("base/dates");
  function readDownlinkOnly(r, f, vals) {
    var v;
    if (f.d.kind === "date") {
      v = r.wire = uint(r, 4);
      if (f.siblingAt !== void 0 && v < vals[f.siblingAt]) read_problems_part().problem(r, f, r.start, v, vals[f.siblingAt]);
      return dates_part().isoFromSeconds(v);
    }
    v = uint(r, 1);
    if (v >> 4 !== 0 || v === 0) read_problems_part().refused(r, f, v);
    return (r.wire = v);
  }
  // src/engine/read.ts
  var read_entries_part = WT102_LAZY("engine/read-entries");
  function downlinkReading(bytes) {
    return {
      bytes: bytes,
      pos: 0,
      warn: void 0,
      warnings: [],
      left: 0,
      leftAt: 0,
      name: "",
      id: [],
      path: [],
      style: void 0,
      find: findDownlinkPlan,
      more: readDownlinkOnly,
      start: 0,
      wire: -1,
      byte: 0
    };
  }
  function readInt(r, wire) {
    var v = uint(r, wire === "u8" || wire === void 0 ? 1 : wire === "u32" ? 4 : 2);
    return wire === "i16" && v >= 32768 ? v - 65536 : v;
  }
  function readField(r, f, vals, out, copies) {
    var d = f.d;
    var v;
    switch (d.kind) {
      case "int":
        v = r.wire = readInt(r, d.wire);
        if (v < d.min || v > d.max) read_problems_part().problem(r, f, r.start, v);
        return v;
      case "decimal":
        v = r.wire = readInt(r, d.wire);
        if (v < Math.round(d.min * 100) || v > Math.round(d.max * 100)) read_problems_part().problem(r, f, r.start, v);
        return v / 100;
      case "enum":
        v = r.wire = readInt(r, d.wire);
        for (var k = 0; k < d.values.length; k++) {
          if (d.values[k].value === v) return d.output === "name" ? d.values[k].name : r.style === "string" ? "" + v : v;
        }
        read_problems_part().problem(r, f, r.start, v);
        return r.style === "string" ? "" + v : v;
      case "bool":
        v = r.wire = uint(r, 1);
        if (v > 1) read_problems_part().problem(r, f, r.start, v);
        return v;
      case "bits":
        if (f.byteStart) r.byte = uint(r, 1);
        else r.start--;
        v = r.wire = (r.byte >> d.shift) & ((1 << d.width) - 1);
        if ((d.min !== void 0 && v < d.min) || (d.max !== void 0 && v > d.max)) read_problems_part().problem(r, f, r.start, v);
        return v;
      case "commandId": {
        var n = vals[f.siblingAt];
        var id = command_ids_part().commandIdFromBytes(bytesOf(r, n));
        if (!d.any && !command_ids_part().isQueryable(id)) read_problems_part().refused(r, f, id);
        r.wire = n;
        return id;
      }
      case "struct": {
        r.path.push(f.name);
        var value = readStruct(r, f.fields, copies);
        r.path.pop();
        return value;
      }
      default:
        return r.more(r, f, vals, out);
    }
  }
  function readStruct(r, fields, copies) {
    var out = {};
    var vals = [];
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      vals.push(-1);
      if (f.when !== void 0 && f.whenIs.indexOf(vals[f.when]) < 0) continue;
      r.start = r.pos;
      r.wire = -1;
      var mark = copies === void 0 ? 0 : copies.length;
      var value = readField(r, f, vals, out, copies);
      vals[i] = r.wire;
      if (r.wire === f.fallback || value === void 0) {
        if (copies !== void 0 && copies.length > mark) copies.length = mark;
        continue;
      }
      out[f.name] = value;
      if (copies !== void 0) {
        if (!hasOwnKey(out, f.name)) copies.length = mark;
        else if (f.copy !== void 0) copies.push(f.copy, value);
      }
    }
    return out;
  }
  function readBody(r, body, copies) {
    if (body === void 0) return 1;
    if (body.name === "" && body.d.kind === "struct") return readStruct(r, body.fields, copies);
    r.start = r.pos;
    r.wire = -1;
    return readField(r, body, [], {}, void 0);
  }
  function putValue(scope, p, value) {
    if (p.member === void 0) scope[p.key] = value;
    else (hasOwnKey(scope, p.key) ? scope[p.key] : (scope[p.key] = {}))[p.member] = value;
  }
  function readCommand(r, copies) {
    var start = r.pos;
    var id = 0;
    var found = true;
    while (found === true) {
      if (r.pos >= r.bytes.length) read_problems_part().truncatedId(r, start);
      var b = r.bytes[r.pos++];
      id = id * 256 + b;
      found = r.find(id, r.pos - start);
      if (found === void 0) read_problems_part().unknownCommand(r, start, r.warn !== void 0);
    }
    var plan = found;
    r.name = plan.name;
    r.id = plan.id;
    r.style = plan.style;
    var value = plan.list !== void 0 ? read_entries_part().readEntry(r, plan.list, readBody) : readBody(r, plan.body, copies);
    return { plan: plan, value: value };
  }
  function decodeDownlinkCommands(bytes) {
    var r = downlinkReading(bytes);
    if (bytes.length === 0) read_problems_part().emptyFrame();
    var items = [];
    var scope;
    var rank = -1;
    var seq = -1;
    while (r.pos < bytes.length) {
      var _a = readCommand(r, void 0),
        p = _a.plan,
        value = _a.value;
      if (p.to === "call") {
        items.push({ serviceId: p.name, inputs: value });
        scope = void 0;
        continue;
      }
      if (scope === void 0 || !(p.to === "entry" ? p.rank >= rank : p.rank > rank)) {
        items.push({ properties: (scope = {}) });
        rank = seq = -1;
      }
      if (p.to === "entry") {
        var v = value;
        read_entries_part().putEntry(scope, p.key, p.list.entryKey, v, rank === p.rank && v.seq > seq);
        seq = v.seq;
      } else {
        putValue(scope, p, value);
        seq = -1;
      }
      rank = p.rank;
    }
    return items;
  }
  // src/codec/fport.ts
  var DOWNLINK_FPORT = 85;
  // src/codec/frame-decode.ts
  function decodeFrame(bytes) {
    return decodeDownlinkCommands(bytes);
  }
  // src/network-server/entry-common.ts
  function message(e) {
    return e instanceof Error ? e.message : String(e);
  }
  function checkedInput(input) {
    var rec = ownRecord(input, "input");
    if (rec === void 0) {
      throw errors_part().valueError("INVALID_TYPE", "input", input, "is not the input object a network server passes");
    }
    return rec;
  }
  // src/network-server/decode-entries.ts
  function portWarning(fPort) {
    return fPort === void 0 || fPort === DOWNLINK_FPORT
      ? []
      : ["fPort " + errors_part().describeValue(fPort) + ": the WT102 uses fPort " + DOWNLINK_FPORT];
  }
  function frameBytes(bytes) {
    return checkedBytes(bytes, "an array of bytes");
  }
  function decodeDownlink(input) {
    try {
      var given = checkedInput(input);
      var warnings = portWarning(given.fPort);
      var data = { calls: decodeFrame(frameBytes(given.bytes)) };
      return warnings.length ? { data: data, warnings: warnings } : { data: data };
    } catch (e) {
      return { errors: [message(e)] };
    }
  }
}*/};
WT102_PARTS["write"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.downlinkCommands = exports.MAX_FRAME_BYTES = exports.HEX_ID = exports.DOWNLINK_KINDS = void 0;
  exports.arrayLength = arrayLength;
  exports.asJsonNulls = asJsonNulls;
  exports.bodyOf = bodyOf;
  exports.bodyOfPlan = bodyOfPlan;
  exports.dict = dict;
  exports.downlinkCommandNamed = downlinkCommandNamed;
  exports.downlinkGroup = downlinkGroup;
  exports.encodeData = encodeData;
  exports.encodeDownlink = encodeDownlink;
  exports.fieldOf = fieldOf;
  exports.hasOwnKey = hasOwnKey;
  exports.hexDigitBytes = hexDigitBytes;
  exports.isInteger = isInteger;
  exports.isServiceId = isServiceId;
  exports.keyedListPlan = keyedListPlan;
  exports.lazy = lazy;
  exports.ownItem = ownItem;
  exports.ownRecord = ownRecord;
  exports.refuseValue = refuseValue;
  exports.serviceRank = serviceRank;
  exports.sortedKeys = sortedKeys;
  exports.step = step3;
  exports.tooLarge = tooLarge;
  exports.writeCall = writeCall;
  exports.writeCommand = writeCommand;
  // src/network-server/encode-entries.ts
  var errors_part = WT102_LAZY("base/errors");
  // src/codec/frame-encode.ts
  // src/base/caller-input.ts
  // src/base/es5.ts
  function isFiniteNumber(x) {
    return typeof x === "number" && isFinite(x);
  }
  function isInteger(x) {
    return isFiniteNumber(x) && Math.floor(x) === x;
  }
  var hasOwn = Object.prototype.hasOwnProperty;
  function hasOwnKey(obj, key) {
    return hasOwn.call(obj, key);
  }
  function dict() {
    return Object.create(null);
  }
  function isPlainObject(x) {
    if (Array.isArray(x)) return false;
    var proto = Object.getPrototypeOf(x);
    return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
  }
  function lazy(build) {
    var value;
    return function () {
      return value === void 0 ? (value = build()) : value;
    };
  }
  function byCodeUnits(a, b) {
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) {
      var d = a.charCodeAt(i) - b.charCodeAt(i);
      if (d !== 0) return d;
    }
    return a.length - b.length;
  }
  function sortedKeys(keys) {
    return keys.slice().sort(/[\ud800-\uffff]/.test(keys.join("")) ? byCodeUnits : void 0);
  }
  // src/base/caller-input.ts
  var MAX_FRAME_BYTES = 1048576;
  exports.MAX_FRAME_BYTES = MAX_FRAME_BYTES;
  function tooLarge(path, what) {
    return errors_part().pathError(
      "PAYLOAD_TOO_LARGE",
      path,
      "" + what + "; the codec reads and writes frames of at most 1 MiB (" + MAX_FRAME_BYTES + " bytes)"
    );
  }
  var SNAPSHOT = Object.create(null);
  var undefinedIsNull = false;
  function asJsonNulls(read) {
    var before = undefinedIsNull;
    undefinedIsNull = true;
    try {
      return read();
    } finally {
      undefinedIsNull = before;
    }
  }
  function ownRecord(value, path) {
    if (typeof value !== "object" || value === null) return void 0;
    var key;
    try {
      if (!isPlainObject(value)) return void 0;
      var keys = Object.keys(value);
      var out = Object.create(SNAPSHOT);
      for (var i = 0; i < keys.length; i++) {
        key = keys[i];
        var v = value[key];
        out[key] = v === void 0 && undefinedIsNull ? null : v;
      }
      return out;
    } catch (e) {
      throw errors_part().unreadable(key === void 0 ? path : errors_part().step(path, key), e);
    }
  }
  function isPlainData(value, path) {
    if (typeof value !== "object" || value === null) return false;
    try {
      return isPlainObject(value);
    } catch (e) {
      throw errors_part().unreadable(path, e);
    }
  }
  function arrayLength(value, path) {
    if (typeof value !== "object" || value === null) return -1;
    var n;
    try {
      if (!Array.isArray(value)) return -1;
      n = value.length;
    } catch (e) {
      throw errors_part().unreadable(path, e);
    }
    if (!isInteger(n) || n < 0 || n > 4294967295) {
      throw errors_part().pathError("INVALID_TYPE", path, "an array whose length is " + errors_part().describeValue(n) + "; expected plain data");
    }
    if (n > MAX_FRAME_BYTES) throw tooLarge(path, "" + n + " items are more than one frame can carry");
    return n;
  }
  function ownItem(list, i, path) {
    try {
      if (!hasOwnKey(list, i)) return void 0;
      var v = list[i];
      return v === void 0 && undefinedIsNull ? null : v;
    } catch (e) {
      throw errors_part().unreadable(errors_part().step(path, i), e);
    }
  }
  // src/base/bytes.ts
  function hexDigitBytes(digits) {
    var out = new Array(digits.length >> 1);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(digits.substr(i * 2, 2), 16);
    return out;
  }
  function ByteWriter(out) {
    if (out === void 0) {
      out = [];
    }
    this.out = out;
  }
  // Appends an unsigned or two's-complement integer of `size` bytes (the value must fit).
  ByteWriter.prototype.uintLE = function (v, size) {
    if (v < 0) v += Math.pow(2, size * 8);
    for (var i = 0; i < size; i++) {
      this.out.push(v & 255);
      v = Math.floor(v / 256);
    }
  };
  ByteWriter.prototype.bytes = function (bytes) {
    for (var i = 0; i < bytes.length; i++) this.out.push(bytes[i]);
  };
  // Appends a 0 to be set later (in `out`), and returns where it is.
  ByteWriter.prototype.reserve = function () {
    this.out.push(0);
    return this.out.length - 1;
  };
  // src/engine/encode-downlink.ts
  // src/base/path.ts
  function step3(up, key) {
    return { up: up, key: key };
  }
  function under(up, name) {
    return name ? step3(up, name) : up;
  }
  // src/network-server/stored-commands.ts
  var command_list_part = WT102_LAZY("engine/command-list");
  // src/engine/kinds/index.ts
  var flags_part = WT102_LAZY("engine/kinds/flags");
  var command_id_part = WT102_LAZY("engine/kinds/command-id");
  // src/engine/site.ts
  // src/schema/builders.ts
  function isTemperature(f) {
    return f !== void 0 && f.kind === "decimal" && f.unit === "\u00b0C";
  }
  // src/engine/site.ts
  var twins_part = WT102_LAZY("engine/twins");
  function refuseValue(at, code, value, what) {
    return errors_part().valueError(code, under(at.path, at.key), value, what);
  }
  function givenKey(input, cf, path) {
    var key = cf.plan.name;
    for (var i = 0; i < cf.aliases.length; i++) {
      var a = cf.aliases[i];
      if (input[a] !== void 0) {
        if (input[key] !== void 0) {
          throw errors_part().duplicateError(path, a, input[a], key);
        }
        key = a;
      }
    }
    return key;
  }
  function writeSite(s, path, w, vals) {
    return { s: s, vals: vals, path: path, w: w, field: s.fields[0], key: "", bitsAt: -1, later: void 0 };
  }
  function writeStruct(s, given, path, w, others) {
    var input = others ? given : ownRecord(given, path);
    if (input === void 0) {
      throw errors_part().valueError("INVALID_TYPE", path, given, "is not an object; expected { " + s.names.join(", ") + " }");
    }
    if (!others) {
      var unknown = void 0;
      for (var key in input) if (s.keys[key] === void 0) (unknown || (unknown = [])).push(key);
      if (unknown !== void 0) {
        var allowed = s.names.length ? "allowed: " + s.names.join(", ") : "it takes none";
        throw errors_part().pathError("UNKNOWN_INPUT", step3(path, sortedKeys(unknown)[0]), "unknown key; " + allowed);
      }
    }
    var at = writeSite(s, path, w, s.unset.slice());
    for (var i = 0; i < s.fields.length; i++) {
      var cf = s.fields[i];
      var p = cf.plan;
      var key = cf.aliases.length ? givenKey(input, cf, path) : p.name;
      var value = input[key];
      at.field = cf;
      at.key = key;
      if (p.when !== void 0 && p.whenIs.indexOf(at.vals[p.when]) < 0) {
        if (value !== void 0) {
          var sel = s.names[p.when];
          throw refuseValue(
            at,
            "UNKNOWN_INPUT",
            value,
            "is not allowed when " + sel + " is " + at.vals[p.when] + "; it goes with " + sel + " " + p.whenIs.join(" or ")
          );
        }
        continue;
      }
      var f = p.d;
      if (value === void 0 && !cf.derived) {
        var fallback = p.fallback;
        if (fallback === void 0)
          throw errors_part().pathError("MISSING_INPUT", step3(path, p.name), "missing; expected " + cf.kind.allowed(f, s.style));
        value = fallback;
      }
      if (key.lastIndexOf("fahrenheit_", 0) === 0 && isTemperature(f)) value = twins_part().celsiusValue(key, value, f, step3(path, key));
      at.vals[i] = cf.kind.write(f, value, at);
    }
    if (at.later) at.later();
  }
  // src/engine/kinds/shared.ts
  function wireSize(wire) {
    return wire === "u8" ? 1 : wire === "u32" ? 4 : 2;
  }
  var WIRE_RANGE = {
    u8: [0, 255],
    u16: [0, 65535],
    u32: [0, 4294967295],
    i16: [-32768, 32767]
  };
  function checkedNumber(value, f, at) {
    if (typeof value !== "number" || !isFiniteNumber(value)) {
      var what = "is not a " + (typeof value === "number" ? "finite " : "") + "number; expected " + at.field.kind.allowed(f, at.s.style);
      throw refuseValue(at, "INVALID_TYPE", value, what);
    }
    return value;
  }
  var DIGITS = /^(0|-?[1-9][0-9]*)$/;
  var HEX_ID = /^(?:0[xX])?((?:[0-9a-fA-F]{2})+)$/;
  exports.HEX_ID = HEX_ID;
  function enumNumber(f, value) {
    if (typeof value === "number") return value;
    if (typeof value === "string") {
      if (DIGITS.test(value)) return +value;
      if (f.output === "name") {
        for (var _i = 0, _a = f.values; _i < _a.length; _i++) {
          var e = _a[_i];
          if (e.name === value) return e.value;
        }
      }
    }
    return NaN;
  }
  // src/engine/kinds/index.ts
  var date_part = WT102_LAZY("engine/kinds/date");
  // src/engine/kinds/decimal.ts
  var words_part = WT102_LAZY("engine/words");
  function writeHundredths(wire, v, value, at) {
    var h = Math.round(v * 100) || 0;
    var range = WIRE_RANGE[wire];
    if (h < range[0] || h > range[1])
      throw refuseValue(
        at,
        "OUT_OF_RANGE",
        value,
        "does not fit the wire: " + h + " hundredths is outside " + wire + " (" + range[0] + "\u2026" + range[1] + ")"
      );
    at.w.uintLE(h, wireSize(wire));
    return h;
  }
  var DECIMAL = {
    allowed: function (f) {
      return "a number " + words_part().rangeText(f.min, f.max, f.unit) + " (resolution 0.01)";
    },
    write: function (f, value, at) {
      var v = checkedNumber(value, f, at);
      if (v < f.min || v > f.max) throw refuseValue(at, "OUT_OF_RANGE", value, "is out of range " + words_part().rangeText(f.min, f.max, f.unit));
      return writeHundredths(f.wire, v, value, at);
    }
  };
  // src/engine/kinds/enum.ts
  var ENUM = {
    allowed: function (f, style) {
      return "one of " + words_part().enumText(f, style);
    },
    write: function (f, value, at) {
      var n = enumNumber(f, value);
      for (var i = 0; i < f.values.length; i++) {
        if (f.values[i].value === n) {
          at.w.uintLE(n, wireSize(f.wire || "u8"));
          return n;
        }
      }
      throw refuseValue(at, "INVALID_ENUM", value, "is not an allowed value; expected " + this.allowed(f, at.s.style));
    }
  };
  // src/engine/kinds/int.ts
  var INT = {
    allowed: function (f) {
      return "an integer " + words_part().rangeText(f.min, f.max, f.unit);
    },
    write: function (f, value, at) {
      var v = checkedNumber(value, f, at);
      if (!isInteger(v)) throw refuseValue(at, "NOT_INTEGER", value, "is not an integer; expected " + this.allowed(f, at.s.style));
      if (v < f.min || v > f.max) throw refuseValue(at, "OUT_OF_RANGE", value, "is out of range " + words_part().rangeText(f.min, f.max, f.unit));
      at.w.uintLE(v, wireSize(f.wire));
      return v;
    }
  };
  // src/engine/kinds/index.ts
  var query_length_part = WT102_LAZY("engine/kinds/query-length");
  // src/engine/kinds/struct.ts
  var STRUCT = {
    allowed: function (f) {
      return "an object with " + Object.keys(f.fields).join(", ");
    },
    write: function (_f, value, at) {
      writeStruct(at.field.sub, value, under(at.path, at.key), at.w);
      return 0;
    }
  };
  // src/engine/kinds/index.ts
  var DOWNLINK_KINDS = {
    int: INT,
    decimal: DECIMAL,
    enum: ENUM,
    // Read when a body that has one is bound: the network-server script compiles the kinds that only settings
    // carry (flags, bit fields: flags.ts) and those that only a few services carry (a history window's dates, a
    // query's length and command IDs) for those alone.
    get bool() {
      return flags_part().BOOL;
    },
    get bits() {
      return flags_part().BITS;
    },
    get date() {
      return date_part().DATE;
    },
    get queryLength() {
      return query_length_part().QUERY_LENGTH;
    },
    get commandId() {
      return command_id_part().COMMAND_ID;
    },
    struct: STRUCT
  };
  exports.DOWNLINK_KINDS = DOWNLINK_KINDS;
  // src/engine/struct.ts
  function bindStruct(plans, style, kinds, selectorKinds) {
    var names = [];
    var keys = dict();
    var fields = plans.map(function (p, i) {
      var declared2 = p.d.aliases || [];
      var aliases = declared2.slice();
      if (isTemperature(p.d) && kinds === selectorKinds)
        for (var _i = 0, _a = [p.name].concat(declared2); _i < _a.length; _i++) {
          var n = _a[_i];
          aliases.push("celsius_" + n, "fahrenheit_" + n);
        }
      names.push(p.name);
      keys[p.name] = i;
      for (var _b = 0, aliases_1 = aliases; _b < aliases_1.length; _b++) {
        var a = aliases_1[_b];
        keys[a] = i;
      }
      var derived = p.d.of !== void 0;
      var sub = p.fields === void 0 ? void 0 : bindStruct(p.fields, style, kinds, selectorKinds);
      return { plan: p, kind: (p.selector && !derived ? selectorKinds : kinds)[p.d.kind], aliases: aliases, derived: derived, sub: sub };
    });
    return { fields: fields, names: names, keys: keys, style: style, unset: unset(fields.length) };
  }
  function unset(n) {
    var vals = [];
    for (var i = 0; i < n; i++) vals.push(-1);
    return vals;
  }
  function CompiledBody(plans, style, kinds, selectorKinds, bare, emptyIsUndefined) {
    this.plans = plans;
    this.style = style;
    this.kinds = kinds;
    this.selectorKinds = selectorKinds;
    this.bare = bare;
    this.emptyIsUndefined = emptyIsUndefined;
  }
  // Its compiled struct (also read by plans.ts, which stores it as data).
  CompiledBody.prototype.struct = function () {
    return this.compiled || (this.compiled = bindStruct(this.plans(), this.style, this.kinds, this.selectorKinds));
  };
  CompiledBody.prototype.encode = function (value, path, out, others) {
    var w = new ByteWriter(out);
    if (!this.bare) {
      writeStruct(this.struct(), value === void 0 && this.emptyIsUndefined ? {} : value, path, w, others);
      return;
    }
    var s = this.struct();
    var cf = s.fields[0];
    if (value === void 0) {
      throw errors_part().pathError("MISSING_INPUT", path, "missing; expected " + cf.kind.allowed(cf.plan.d, this.style));
    }
    var at = writeSite(s, path, w, s.unset.slice());
    at.field = cf;
    cf.kind.write(cf.plan.d, value, at);
  };
  function bodyOfPlan(plan, style, kinds, call) {
    var struct = plan.d.kind === "struct";
    return new CompiledBody(
      function () {
        return struct ? plan.fields : [plan];
      },
      style,
      kinds,
      kinds,
      !struct,
      call
    );
  }
  var indexText;
  function index() {
    return indexText || (indexText = WT102_PLANS.substr(0, +WT102_PLANS.substr(1, 6)));
  }
  function upAt() {
    return +index().substr(8, 6);
  }
  var downText;
  function downLines() {
    return downText || (downText = index().slice(21, upAt()));
  }
  var parsed = dict();
  function planAt(at, length) {
    return parsed[at] || (parsed[at] = JSON.parse(WT102_PLANS.substr(index().length + at, length)));
  }
  function declared(plans) {
    for (var i = 0; i < plans.length; i++) {
      var sub = plans[i].fields;
      if (sub === void 0) continue;
      var fields = dict();
      for (var k = 0; k < sub.length; k++) fields[sub[k].name] = sub[k].d;
      plans[i].d.fields = fields;
      declared(sub);
    }
  }
  function StoredBody(at, length) {
    this.at = at;
    this.length = length;
  }
  StoredBody.prototype.encode = function (value, path, out, others) {
    if (this.body === void 0) {
      var plan = planAt(this.at, this.length);
      if (plan.body !== void 0) declared([plan.body]);
      this.body = bodyOfPlan(plan.body, plan.style === "string" ? "string" : "number", DOWNLINK_KINDS, plan.to === "call");
    }
    this.body.encode(value, path, out, others);
  };
  var stored = dict();
  var listsDeclared = dict();
  var made = dict();
  function commandOfLine(words) {
    var hex = words[1],
      name = words[2],
      to = words[3],
      rank = words[4],
      at = words[5],
      length = words[6];
    if (hasOwnKey(made, name)) return made[name];
    var command = [];
    for (var k = 0; k < hex.length; k += 2) command.push(parseInt(hex.substr(k, 2), 16));
    var dot = name.indexOf(".");
    var place;
    stored[name] = { at: +at, length: +length };
    if (to === "entry") place = { to: to, key: name, items: name };
    else
      place =
        to === "call" ? { to: to } : to === "key" ? { to: to, key: name } : { to: "member", key: name.slice(0, dot), member: name.slice(dot + 1) };
    return (made[name] = { name: name, command: command, place: place, rank: +rank, down: true, up: to !== "call", field: void 0, copies: void 0 });
  }
  var downlinkCommands = lazy(function () {
    var list = [];
    var lines = downLines().slice(1, -1).split("\n");
    for (var i = 0; i < lines.length; i++) {
      var words = lines[i].split(" ");
      if (words[3] !== "-") list.push(commandOfLine(words));
    }
    return command_list_part().listOf(list);
  });
  exports.downlinkCommands = downlinkCommands;
  var groupsFound = dict();
  function lookUp(name) {
    var lines = downLines();
    var group;
    for (var at = lines.indexOf(" " + name); at >= 0; at = lines.indexOf(" " + name, at + 1)) {
      var words = lines.slice(lines.lastIndexOf("\n", at) + 1, lines.indexOf("\n", at)).split(" ");
      if (words[0] !== "d" || words[3] === "-") continue;
      if (words[2] === name) return commandOfLine(words);
      if (words[3] === "member" && words[2].slice(0, name.length + 1) === name + ".") {
        var c = commandOfLine(words);
        (group || (group = dict()))[c.place.member] = c;
      }
    }
    groupsFound[name] = group;
    return void 0;
  }
  function downlinkCommandNamed(name) {
    if (hasOwnKey(made, name)) return made[name];
    return hasOwnKey(groupsFound, name) ? void 0 : lookUp(name);
  }
  function downlinkGroup(key) {
    if (!hasOwnKey(groupsFound, key) && (hasOwnKey(made, key) || lookUp(key) !== void 0)) return void 0;
    return groupsFound[key];
  }
  function bodyOf(c) {
    return c.bound || (c.bound = new StoredBody(stored[c.name].at, stored[c.name].length));
  }
  function fieldOf(c) {
    var plan = planAt(stored[c.name].at, stored[c.name].length).body;
    return plan === void 0 ? void 0 : plan.d;
  }
  function keyedListPlan(c) {
    var plan = planAt(stored[c.name].at, stored[c.name].length);
    var list = plan.list;
    if (!hasOwnKey(listsDeclared, c.name)) {
      for (var sub in list.subs) declared([list.subs[sub].body]);
      listsDeclared[c.name] = true;
    }
    return list;
  }
  // src/engine/encode-downlink.ts
  function writeCommand(c, body, value, path, out, starts, others) {
    if (starts) starts.push(out.length);
    for (var i = 0; i < c.command.length; i++) out.push(c.command[i]);
    body.encode(value, path, out, others);
  }
  var serviceIds = lazy(function () {
    var ids = [];
    for (var _i = 0, _a = downlinkCommands().list; _i < _a.length; _i++) {
      var c = _a[_i];
      if (c.place.to === "call") ids.push(c.name);
    }
    return ids;
  });
  function unknownCallKey(base, keys) {
    return errors_part().pathError("INVALID_CALL", step3(base, sortedKeys(keys)[0]), "unknown key in the call; allowed: serviceId, inputs");
  }
  function writeCall(item, out) {
    var serviceId = item.serviceId;
    var unknown;
    for (var key in item) if (key !== "serviceId" && key !== "inputs") (unknown || (unknown = [])).push(key);
    if (unknown !== void 0 && typeof serviceId !== "string") throw unknownCallKey("", unknown);
    if (typeof serviceId !== "string") {
      throw errors_part().valueError("INVALID_CALL", "serviceId", serviceId, 'is not a string; expected a service id such as "reboot"');
    }
    var c = serviceNamed(serviceId);
    if (c === void 0) {
      throw errors_part().valueError("UNKNOWN_SERVICE", "serviceId", serviceId, "is not a WT102 service; allowed: " + serviceIds().join(", "));
    }
    if (unknown !== void 0) throw unknownCallKey(serviceId, unknown);
    var inputs = item.inputs;
    if (inputs !== void 0 && !isPlainData(inputs, step3(serviceId, "inputs"))) {
      throw errors_part().valueError("INVALID_TYPE", step3(serviceId, "inputs"), inputs, "is not an object of inputs");
    }
    writeCommand(c, bodyOf(c), inputs, serviceId, out);
  }
  function serviceNamed(id) {
    var c = downlinkCommandNamed(id);
    return c !== void 0 && c.place.to === "call" ? c : void 0;
  }
  function isServiceId(key) {
    return serviceNamed(key) !== void 0;
  }
  function serviceRank(id) {
    return serviceNamed(id) === void 0 ? -1 : serviceIds().indexOf(id);
  }
  // src/codec/frame-encode.ts
  var encode_settings_part = WT102_LAZY("engine/encode-settings");
  function encodeItem(given, out, starts) {
    var item = ownRecord(given, "call");
    if (item === void 0) {
      throw errors_part().valueError(
        "INVALID_CALL",
        "call",
        given,
        "is not a service call or settings; expected { serviceId, inputs } or { properties }"
      );
    }
    if (hasOwnKey(item, "properties")) {
      for (var key in item) {
        if (key !== "properties") {
          throw errors_part().pathError("INVALID_CALL", key, "unknown key beside properties; a settings call is { properties } alone");
        }
      }
      encode_settings_part().writeSettings(item.properties, "properties", out, starts);
    } else {
      if (starts) starts.push(out.length);
      writeCall(item, out);
    }
  }
  function encodeFrame(call, starts) {
    var out = [];
    var n = arrayLength(call, "call");
    if (n < 0) {
      encodeItem(call, out, starts);
      if (out.length > MAX_FRAME_BYTES) throw tooLarge("call", "it takes " + out.length + " bytes");
      return out;
    }
    if (n === 0) throw errors_part().pathError("EMPTY", "calls", "the array is empty; there is nothing to send");
    for (var i = 0; i < n; i++) {
      var item = ownItem(call, i, "");
      try {
        encodeItem(item, out, starts);
      } catch (e) {
        throw errors_part().isCodecError(e) ? withIndex(e, i) : e;
      }
      if (out.length > MAX_FRAME_BYTES) throw tooLarge("calls", "the first " + (i + 1) + " calls take " + out.length + " bytes");
    }
    return out;
  }
  function withIndex(e, i) {
    var path = e.path === void 0 ? "[" + i + "]" : "[" + i + "]." + e.path;
    return new errors_part().CodecError(e.code, "[" + i + "] " + e.message, { path: path });
  }
  // src/network-server/encode-entries.ts
  var maker_object_part = WT102_LAZY("codec/maker-object");
  // src/codec/fport.ts
  var DOWNLINK_FPORT = 85;
  // src/network-server/entry-common.ts
  function message(e) {
    return e instanceof Error ? e.message : String(e);
  }
  function checkedInput(input) {
    var rec = ownRecord(input, "input");
    if (rec === void 0) {
      throw errors_part().valueError("INVALID_TYPE", "input", input, "is not the input object a network server passes");
    }
    return rec;
  }
  // src/network-server/encode-entries.ts
  function encodeData(given) {
    if (arrayLength(given, "data") >= 0) return encodeFrame(given);
    var data = ownRecord(given, "data");
    if (data === void 0) {
      throw errors_part().valueError("INVALID_CALL", "data", given, "is not a call, a settings object or the maker's codec object");
    }
    if (hasOwnKey(data, "serviceId") || hasOwnKey(data, "properties") || hasOwnKey(data, "inputs")) return encodeFrame(data);
    var keys = Object.keys(data);
    if (keys.length === 1 && keys[0] === "calls") return encodeFrame(data.calls);
    if (keys.length === 0) throw errors_part().pathError("EMPTY", "data", "empty; there is nothing to send");
    return maker_object_part().encodeMakerObject(data, "data");
  }
  function encodeDownlink(input) {
    try {
      return { bytes: encodeData(checkedInput(input).data), fPort: DOWNLINK_FPORT };
    } catch (e) {
      return { errors: [message(e)] };
    }
  }
}*/};
WT102_PARTS["normalize"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.normalizeUplink = normalizeUplink;
  // src/schema/ranges.ts
  var AMBIENT_TEMPERATURE = { min: -20, max: 60 };
  // src/network-server/normalize.ts
  function add(out, values, seconds) {
    var t = values.temperature;
    if (typeof t === "number" && t >= AMBIENT_TEMPERATURE.min && t <= AMBIENT_TEMPERATURE.max) {
      var m = { air: { temperature: t } };
      if (seconds !== void 0) m.time = new Date(seconds * 1e3).toISOString().slice(0, 19) + "Z";
      out.push(m);
    }
  }
  function normalizeUplink(input) {
    try {
      return normalized(input);
    } catch (e) {
      return { errors: ["normalizeUplink: " + (e instanceof Error ? e.message : String(e))] };
    }
  }
  function normalized(input) {
    var data = input && input.data;
    if (!data || typeof data !== "object" || Array.isArray(data)) return { errors: ["normalizeUplink: data is not decoded WT102 data"] };
    var d = data;
    var out = [];
    add(out, d);
    var records = d.history;
    if (Array.isArray(records)) {
      for (var i = 0; i < records.length; i++) {
        var r = records[i];
        var s = r && r.mode === void 0 ? r.timestamp : void 0;
        if (typeof s === "number" && s >= 0 && s <= 4294967295 && s % 1 === 0) add(out, r, s);
      }
    }
    return { data: out };
  }
}*/};
WT102_PARTS["network-server/legacy-decode"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.Decode = Decode;
  exports.Decoder = Decoder;
  // src/network-server/legacy-decode.ts
  var read_uplink_part = WT102_LAZY("read-uplink");
  // src/network-server/go-formatting.ts
  var errors_part = WT102_LAZY("base/errors");
  function forGoFormatting(run) {
    try {
      return run();
    } catch (e) {
      if (errors_part().isCodecError(e) && e.message.indexOf("%") >= 0) {
        var where = {};
        if (e.path !== void 0) where.path = e.path;
        if (e.offset !== void 0) where.offset = e.offset;
        throw new errors_part().CodecError(e.code, e.message.replace(/%/g, "%%"), where);
      }
      throw e;
    }
  }
  // src/network-server/legacy-decode.ts
  function Decode(_fPort, bytes, variables) {
    return forGoFormatting(function () {
      return read_uplink_part().formsAsked(read_uplink_part().uplinkData(bytes).data, variables);
    });
  }
  function Decoder(bytes, _port) {
    return forGoFormatting(function () {
      return read_uplink_part().uplinkData(bytes).data;
    });
  }
}*/};
WT102_PARTS["network-server/legacy-encode"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.Encode = Encode;
  exports.Encoder = Encoder;
  // src/network-server/legacy-encode.ts
  var write_part = WT102_LAZY("write");
  // src/network-server/go-formatting.ts
  var errors_part = WT102_LAZY("base/errors");
  function forGoFormatting(run) {
    try {
      return run();
    } catch (e) {
      if (errors_part().isCodecError(e) && e.message.indexOf("%") >= 0) {
        var where = {};
        if (e.path !== void 0) where.path = e.path;
        if (e.offset !== void 0) where.offset = e.offset;
        throw new errors_part().CodecError(e.code, e.message.replace(/%/g, "%%"), where);
      }
      throw e;
    }
  }
  // src/network-server/legacy-encode.ts
  function Encode(_fPort, obj) {
    return forGoFormatting(function () {
      return write_part().asJsonNulls(function () {
        return write_part().encodeData(obj);
      });
    });
  }
  function Encoder(obj, _port) {
    return forGoFormatting(function () {
      return write_part().asJsonNulls(function () {
        return write_part().encodeData(obj);
      });
    });
  }
}*/};
WT102_PARTS["engine/encode-settings"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.isSettingKey = isSettingKey;
  exports.writeSettings = writeSettings;
  // src/engine/encode-settings.ts
  var errors_part = WT102_LAZY("base/errors");
  var write_part = WT102_LAZY("write");
  var encode_lists_part = WT102_LAZY("engine/encode-lists");
  var twins_part = WT102_LAZY("engine/twins");
  var STRICT_WRITING = { device: void 0 };
  var topKeys = write_part().lazy(function () {
    var top = [];
    var list = "";
    for (var _i = 0, _a = write_part().downlinkCommands().list; _i < _a.length; _i++) {
      var c = _a[_i];
      var p = c.place;
      if (p.to === "entry") list = c.name;
      else if (p.to !== "call" && top.indexOf(p.key) < 0) top.push(p.key);
    }
    top.push(list);
    return top;
  });
  function topSetting(key) {
    var c = write_part().downlinkCommandNamed(key);
    return c !== void 0 && (c.place.to === "key" || c.place.to === "entry") ? c : void 0;
  }
  function isSettingKey(key) {
    return topSetting(key) !== void 0 || write_part().downlinkGroup(key) !== void 0;
  }
  function writeSettings(given, base, out, starts) {
    var props = write_part().ownRecord(given, base);
    if (props === void 0) throw errors_part().valueError("INVALID_TYPE", base || "data", given, "is not an object of settings");
    var chosen = chooseSettings(props, base);
    chosen.sort(function (a, b) {
      return a.c.rank - b.c.rank;
    });
    for (var _i = 0, chosen_1 = chosen; _i < chosen_1.length; _i++) {
      var _a = chosen_1[_i],
        c = _a.c,
        value = _a.value,
        twin = _a.twin,
        name = _a.name;
      var path = write_part().step(base, name || c.name);
      if (c.place.to === "entry") encode_lists_part().writeList(c, value, path, out, STRICT_WRITING, encode_lists_part().writeEntry, starts);
      else
        write_part().writeCommand(
          c,
          write_part().bodyOf(c),
          twin ? twins_part().celsiusValue(twin, value, write_part().fieldOf(c), path) : value,
          path,
          out,
          starts
        );
    }
  }
  function chooseSettings(props, base) {
    var order = write_part().sortedKeys(Object.keys(props));
    var count = 0;
    var chosen = [];
    var _loop_1 = function (k) {
      var key = order[k];
      var value = props[key];
      var c = topSetting(key);
      var group = c === void 0 ? write_part().downlinkGroup(key) : void 0;
      if (c !== void 0) {
        if (value !== void 0) chosen.push({ c: c, value: value });
      } else if (group !== void 0) {
        if (value !== void 0) {
          var allowed = function () {
            return Object.keys(group).join(", ");
          };
          var at = write_part().step(base, key);
          var members = write_part().ownRecord(value, at);
          if (members === void 0) throw errors_part().valueError("INVALID_TYPE", at, value, "is not an object; expected { " + allowed() + " }");
          var twins = void 0;
          for (var sub in members) {
            if (!write_part().hasOwnKey(group, sub)) {
              twins = twins_part().twinsIn(members, at, function (k2) {
                return write_part().hasOwnKey(group, k2) ? write_part().fieldOf(group[k2]) : void 0;
              });
              break;
            }
          }
          var n = 0;
          var subs = write_part().sortedKeys(Object.keys(members));
          for (var m = 0; m < subs.length; m++) {
            var sub = subs[m];
            var name = twins !== void 0 && write_part().hasOwnKey(twins, sub) ? twins[sub] : sub;
            if (!write_part().hasOwnKey(group, name))
              throw errors_part().pathError("UNKNOWN_INPUT", write_part().step(at, sub), "unknown setting; allowed: " + allowed());
            if (members[sub] !== void 0) {
              n++;
              chosen.push(
                name === sub
                  ? { c: group[sub], value: members[sub] }
                  : { c: group[name], value: members[sub], twin: sub, name: "" + key + "." + sub }
              );
            }
          }
          if (n === 0) throw errors_part().pathError("EMPTY", at, "no settings given; expected at least one of " + allowed());
        }
      } else {
        throw errors_part().pathError("UNKNOWN_INPUT", write_part().step(base, key), "unknown setting; allowed: " + topKeys().join(", "));
      }
      if (value !== void 0) count++;
    };
    for (var k = 0; k < order.length; k++) {
      _loop_1(k);
    }
    if (count === 0) throw errors_part().pathError("EMPTY", base || "data", "no settings given; there is nothing to send");
    return chosen;
  }
}*/};
WT102_PARTS["engine/encode-lists"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.writeEntry = void 0;
  exports.writeList = writeList;
  // src/engine/encode-lists.ts
  var errors_part = WT102_LAZY("base/errors");
  var write_part = WT102_LAZY("write");
  // src/engine/keyed-list.ts
  function keyedList(command, plan) {
    var slots = [];
    for (var sub in plan.subs) {
      var s = plan.subs[sub];
      slots[s.seq] = {
        key: s.key,
        sub: +sub,
        field: s.field,
        plan: s.body,
        body: write_part().bodyOfPlan(s.body, "number", write_part().DOWNLINK_KINDS, false)
      };
    }
    var byKey = write_part().dict();
    for (var _i = 0, slots_1 = slots; _i < slots_1.length; _i++) {
      var f = slots_1[_i];
      byKey[f.key] = f;
    }
    var ids = "" + plan.min + "\u2026" + plan.max;
    return {
      command: command,
      plan: plan,
      slots: slots,
      byKey: byKey,
      ids: ids,
      expected: "a non-empty array of " + plan.items + " ({ " + plan.entryKey + ": " + ids + ", \u2026 })"
    };
  }
  // src/engine/encode-lists.ts
  var twins_part = WT102_LAZY("engine/twins");
  var keyedLists = write_part().dict();
  function keyedListOf(c) {
    return keyedLists[c.name] || (keyedLists[c.name] = keyedList(c.command[0], write_part().keyedListPlan(c)));
  }
  var writeEntry = function (c, given, path, out, how, starts) {
    var list = keyedListOf(c);
    var command = list.command;
    var _a = list.plan,
      entryKey = _a.entryKey,
      noun = _a.noun,
      entryName = _a.entryName,
      min = _a.min,
      max = _a.max;
    var entry = write_part().ownRecord(given, path);
    if (entry === void 0) throw errors_part().valueError("INVALID_TYPE", path, given, "is not a " + noun + " object");
    var device = how.device;
    var twins;
    for (var key in entry) {
      if (!device && key !== entryKey && !write_part().hasOwnKey(list.byKey, key)) {
        twins = twins_part().twinsIn(entry, path, function (k) {
          return write_part().hasOwnKey(list.byKey, k) ? list.byKey[k].plan.d : void 0;
        });
        break;
      }
    }
    var id = entry[entryKey];
    if (!write_part().isInteger(id) || id < min || id > max) {
      var expected = "expected an integer " + list.ids + " (" + entryName + (min + 1) + "\u2026" + (max + 1) + ")";
      if (id === void 0) throw errors_part().pathError("MISSING_INPUT", write_part().step(path, entryKey), "missing; " + expected);
      throw errors_part().valueError("OUT_OF_RANGE", write_part().step(path, entryKey), id, "is not a " + noun + " " + entryKey + "; " + expected);
    }
    var fieldNames = function () {
      return Object.keys(list.byKey).join(", ");
    };
    var fields = [];
    var unknown;
    var twinOf = twins === void 0 ? void 0 : write_part().dict();
    for (var key in entry) {
      if (key === entryKey) continue;
      var name = twins !== void 0 && write_part().hasOwnKey(twins, key) ? twins[key] : key;
      if (!write_part().hasOwnKey(list.byKey, name)) (unknown || (unknown = [])).push(key);
      else if (entry[key] !== void 0) {
        fields.push(list.byKey[name]);
        if (twinOf !== void 0 && name !== key) twinOf[name] = key;
      }
    }
    if (unknown !== void 0)
      throw errors_part().pathError(
        "UNKNOWN_INPUT",
        write_part().step(path, write_part().sortedKeys(unknown)[0]),
        "unknown " + noun + " field; allowed: " + entryKey + ", " + fieldNames()
      );
    if (fields.length === 0)
      throw errors_part().pathError("EMPTY", path, "" + noun + " " + id + " has no fields to set; expected at least one of " + fieldNames());
    var turn = device ? fields : list.slots;
    for (var k = 0; k < turn.length; k++) {
      var f = turn[k];
      if (!device && fields.indexOf(f) < 0) continue;
      if (starts) starts.push(out.length);
      out.push(command, id, f.sub);
      var twin = twinOf === void 0 ? void 0 : twinOf[f.key];
      var at = write_part().step(path, twin || f.key);
      var value = twin === void 0 ? entry[f.key] : twins_part().celsiusValue(twin, entry[twin], f.plan.d, at);
      (device ? device.body("" + list.plan.key + "." + f.key, f.field) : f.body).encode(value, at, out);
    }
    return void 0;
  };
  exports.writeEntry = writeEntry;
  function writeList(c, list, base, out, how, write, starts, scope) {
    var p = c.place;
    var n = write_part().arrayLength(list, base);
    if (n <= 0)
      throw errors_part().valueError(
        "INVALID_TYPE",
        base,
        list,
        "is not " + (p.to === "entry" ? keyedListOf(c).expected : "a non-empty array of " + p.items)
      );
    for (var i = 0; i < n; i++) {
      var path = write_part().step(base, i);
      var rest = write(c, write_part().ownItem(list, i, base), path, out, how, starts);
      if (rest !== void 0 && scope) scope(rest, path, out, how, false);
      if (out.length > write_part().MAX_FRAME_BYTES)
        throw write_part().tooLarge(base, "the first " + (i + 1) + " " + p.items + " take " + out.length + " bytes");
    }
  }
}*/};
WT102_PARTS["engine/kinds/flags"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.BOOL = exports.BITS = void 0;
  // src/engine/kinds/bits.ts
  var write_part = WT102_LAZY("write");
  // src/engine/kinds/bool.ts
  function flag(value) {
    if (value === 0 || value === 1) return value;
    if (value === true || value === "true" || value === "1") return 1;
    if (value === false || value === "false" || value === "0") return 0;
    return -1;
  }
  var BOOL = {
    allowed: function () {
      return "0 or 1 (or true/false)";
    },
    write: function (f, value, at) {
      var v = flag(value);
      if (v < 0) throw write_part().refuseValue(at, "INVALID_TYPE", value, "is not a flag; expected " + this.allowed(f, at.s.style));
      at.w.out.push(v);
      return v;
    }
  };
  exports.BOOL = BOOL;
  // src/engine/kinds/bits.ts
  function bitsRange(f) {
    return [f.min === void 0 ? 0 : f.min, f.max === void 0 ? Math.pow(2, f.width) - 1 : f.max];
  }
  function writeBits(f, value, at, _a) {
    var min = _a[0],
      max = _a[1];
    var v;
    if (f.width === 1 && min === 0 && max === 1) {
      v = flag(value);
      if (v < 0) throw write_part().refuseValue(at, "INVALID_TYPE", value, "is not a flag; expected " + BITS.allowed(f, at.s.style));
    } else {
      if (!write_part().isInteger(value))
        throw write_part().refuseValue(at, "INVALID_TYPE", value, "is not an integer; expected " + BITS.allowed(f, at.s.style));
      if (value < min || value > max) throw write_part().refuseValue(at, "OUT_OF_RANGE", value, "is out of range " + min + "\u2026" + max);
      v = value;
    }
    if (at.field.plan.byteStart) at.bitsAt = at.w.reserve();
    at.w.out[at.bitsAt] |= v << f.shift;
    return v;
  }
  var BITS = {
    allowed: function (f) {
      var _a = bitsRange(f),
        min = _a[0],
        max = _a[1];
      return f.width === 1 && min === 0 && max === 1 ? "0 or 1 (or true/false)" : "an integer " + min + "\u2026" + max;
    },
    write: function (f, value, at) {
      return writeBits(f, value, at, bitsRange(f));
    }
  };
  exports.BITS = BITS;
}*/};
WT102_PARTS["engine/kinds/date"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.DATE = void 0;
  // src/engine/kinds/date.ts
  var dates_part = WT102_LAZY("base/dates");
  var write_part = WT102_LAZY("write");
  var DATE = {
    allowed: function () {
      return "an ISO-8601 date-time with a time-zone designator, a Date, or integer Unix seconds (uint32)";
    },
    write: function (f, value, at) {
      var r = dates_part().parseDateInput(value);
      if (!r.ok) throw write_part().refuseValue(at, "INVALID_DATE", value, r.reason);
      if (f.notBefore !== void 0) {
        var before = at.vals[at.s.keys[f.notBefore]];
        if (r.seconds < before) {
          throw write_part().refuseValue(
            at,
            "OUT_OF_RANGE",
            value,
            "is before " + f.notBefore + " (" + dates_part().isoFromSeconds(before) + "); it must be at or after it"
          );
        }
      }
      at.w.uintLE(r.seconds, 4);
      return r.seconds;
    }
  };
  exports.DATE = DATE;
}*/};
WT102_PARTS["engine/kinds/query-length"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.QUERY_LENGTH = void 0;
  exports.countLater = countLater;
  // src/engine/kinds/query-length.ts
  var write_part = WT102_LAZY("write");
  function countLater(at, of, value, from, allowed, set) {
    var w = at.w;
    var key = at.key;
    at.later = function () {
      var n = w.out.length - from - 1;
      if (value !== void 0) {
        at.key = key;
        if (!write_part().isInteger(value)) throw write_part().refuseValue(at, "INVALID_TYPE", value, "is not an integer; expected " + allowed());
        if (value !== n) {
          throw write_part().refuseValue(
            at,
            "LENGTH_MISMATCH",
            value,
            "does not match " + of + ", which has " + n + " byte" + (n === 1 ? "" : "s") + "; omit " + key + " or pass " + n
          );
        }
      }
      set(n);
    };
  }
  var QUERY_LENGTH = {
    allowed: function () {
      return "an integer 1\u202615 equal to the number of command-ID bytes (optional: derived when absent)";
    },
    write: function (f, value, at) {
      var _this = this;
      var w = at.w;
      var lengthAt = w.reserve();
      countLater(
        at,
        f.of,
        value,
        lengthAt,
        function () {
          return _this.allowed(f, at.s.style);
        },
        function (n) {
          return (w.out[lengthAt] = n);
        }
      );
      return -1;
    }
  };
  exports.QUERY_LENGTH = QUERY_LENGTH;
}*/};
WT102_PARTS["engine/kinds/command-id"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.COMMAND_ID = void 0;
  // src/engine/kinds/command-id.ts
  var write_part = WT102_LAZY("write");
  var command_ids_part = WT102_LAZY("schema/command-ids");
  var CANONICAL_ID_BYTES = write_part().dict();
  function commandIdBytes(value, at) {
    if (typeof value === "string") {
      var known = CANONICAL_ID_BYTES[value];
      if (known !== void 0) return known;
      if (command_ids_part().isQueryable(value)) return (CANONICAL_ID_BYTES[value] = write_part().hexDigitBytes(value.slice(2)));
    }
    var m = typeof value === "string" ? write_part().HEX_ID.exec(value) : null;
    if (m === null) throw write_part().refuseValue(at, "INVALID_COMMAND_ID", value, 'is not a command ID; expected a hex string such as "0X6E01"');
    if (!command_ids_part().isQueryable("0X" + m[1].toUpperCase())) {
      throw write_part().refuseValue(
        at,
        "INVALID_COMMAND_ID",
        value,
        'is not a queryable command; expected a listed ID ("0XDA", "0X6E01", "0XD9"\u2026) or "0X6E<schedule 00\u20260F><00\u202605|09>"'
      );
    }
    return write_part().hexDigitBytes(m[1]);
  }
  var COMMAND_ID = {
    allowed: function () {
      return 'a queryable command ID such as "0X6E01" (case-insensitive, 0x prefix optional)';
    },
    write: function (_f, value, at) {
      var bytes = commandIdBytes(value, at);
      at.w.bytes(bytes);
      return bytes.length;
    }
  };
  exports.COMMAND_ID = COMMAND_ID;
}*/};
WT102_PARTS["codec/maker-object"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.eachMakerCall = eachMakerCall;
  exports.encodeMakerObject = encodeMakerObject;
  exports.isMakerObject = isMakerObject;
  // src/codec/maker-object.ts
  var errors_part = WT102_LAZY("base/errors");
  var write_part = WT102_LAZY("write");
  var encode_settings_part = WT102_LAZY("engine/encode-settings");
  var object_paths_part = WT102_LAZY("engine/object-paths");
  function encodeMakerObject(data, root, starts) {
    var out = [];
    eachMakerCall(
      data,
      root,
      function (serviceId, inputs) {
        if (starts) starts.push(out.length);
        write_part().writeCall(write_part().ownRecord({ serviceId: serviceId, inputs: inputs }, root), out);
        if (out.length > write_part().MAX_FRAME_BYTES) throw write_part().tooLarge(root || "call", "its calls take " + out.length + " bytes");
      },
      function (settings) {
        return encode_settings_part().writeSettings(settings, "", out, starts);
      }
    );
    return out;
  }
  function isMakerObject(data) {
    for (var key in data) if (/^(serviceid|inputs|properties)$/i.test(key)) return false;
    return true;
  }
  function eachMakerCall(data, root, call, settings) {
    var run;
    var services = [];
    var unknown = [];
    for (var _i = 0, _a = Object.keys(data); _i < _a.length; _i++) {
      var key = _a[_i];
      if (write_part().isServiceId(key) || key === REQ) data[key] !== void 0 && services.push(key);
      else if (encode_settings_part().isSettingKey(key)) (run || (run = write_part().dict()))[key] = data[key];
      else unknown.push(key);
    }
    if (unknown.length > 0)
      throw errors_part().pathError(
        "UNKNOWN_SERVICE",
        write_part().step(root, write_part().sortedKeys(unknown)[0]),
        "neither a WT102 service nor a setting"
      );
    var given = false;
    for (var key in run) if (run[key] !== void 0) given = true;
    if (run !== void 0 && (given || services.length === 0)) settings(run);
    else if (services.length === 0) throw errors_part().pathError("EMPTY", root || "call", "nothing to send");
    services.sort(function (a, b) {
      return makerRank(a) - makerRank(b);
    });
    for (var i = 0; i < services.length; i++) {
      if (services[i] === REQ)
        object_paths_part().eachIdOfPath(data[REQ], REQ, function (id) {
          return call(QUERY, { object_command: id });
        });
      else call(services[i], data[services[i]]);
    }
  }
  var REQ = "req";
  var QUERY = "request_command_queries";
  function makerRank(key) {
    return key === REQ ? write_part().serviceRank(QUERY) + 0.5 : write_part().serviceRank(key);
  }
}*/};
WT102_PARTS["engine/read-problems"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.WARNING_LIMIT = void 0;
  exports.badSchedule = badSchedule;
  exports.emptyFrame = emptyFrame;
  exports.label = label;
  exports.problem = problem;
  exports.problemSaying = problemSaying;
  exports.refused = refused;
  exports.truncated = truncated;
  exports.truncatedId = truncatedId;
  exports.unknownCommand = unknownCommand;
  exports.warn = warn;
  exports.warningsOf = warningsOf;
  exports.whatText = whatText;
  var HEX = "0123456789abcdef";
  function hexByte(b) {
    return HEX[b >> 4] + HEX[b & 15];
  }
  function hexOf(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += hexByte(bytes[i]);
    return s;
  }
  // src/engine/read-problems.ts
  var dates_part = WT102_LAZY("base/dates");
  var errors_part = WT102_LAZY("base/errors");
  var words_part = WT102_LAZY("engine/words");
  var WARNING_LIMIT = 100;
  exports.WARNING_LIMIT = WARNING_LIMIT;
  function label(r) {
    return "" + r.name + " (0x" + hexOf(r.id) + ")";
  }
  function whatText(r) {
    var text = label(r);
    for (var i = 0; i < r.path.length; i++) text += "." + r.path[i];
    return text;
  }
  function truncated(r, n, what) {
    var rest = r.bytes.length - r.pos;
    throw errors_part().byteError(
      "TRUNCATED",
      r.pos,
      "" + (what === void 0 ? whatText(r) : what) + " is truncated: needs " + n + " more byte" + (n === 1 ? "" : "s") + ", the frame has " + rest
    );
  }
  function fieldText(r, f) {
    return f.name ? "" + whatText(r) + "." + f.name : whatText(r);
  }
  function warn(r, at, message) {
    if (r.warnings.length < WARNING_LIMIT) r.warnings.push("byte " + at + ": " + message);
    else if (r.left++ === 0) r.leftAt = at;
  }
  function warningsOf(r) {
    if (r.left > 0)
      r.warnings.push(
        "byte " + r.leftAt + ": " + r.left + " more warning" + (r.left === 1 ? "" : "s") + " left out; at most " + WARNING_LIMIT + " are listed"
      );
    return r.warnings;
  }
  function notAllowed(r, f, v, before) {
    var d = f.d;
    switch (d.kind) {
      case "decimal":
        return "" + v / 100 + words_part().unitText(d.unit) + " is out of range " + words_part().rangeText(d.min, d.max, d.unit);
      case "enum":
        return "" + v + " is not an allowed value; expected one of " + words_part().enumText(d, r.style === "string" ? "string" : "number");
      case "bool":
        return "" + v + " is not a flag (0 or 1)";
      case "bits":
        return "" + v + " is out of range " + (d.min === void 0 ? 0 : d.min) + "\u2026" + (d.max === void 0 ? Math.pow(2, d.width) - 1 : d.max);
      case "date":
        return "" + dates_part().isoFromSeconds(v) + " is before " + d.notBefore + " (" + dates_part().isoFromSeconds(before) + ")";
    }
    var range = d;
    return "" + v + " is out of range " + words_part().rangeText(range.min, range.max, range.unit);
  }
  function problem(r, f, offset, v, before) {
    var d = f.d;
    var own = d.says !== void 0 && d.kind !== "decimal" && d.kind !== "date";
    report(r, f, offset, own ? whatText(r) + d.says.replace("%", "" + v) : "" + fieldText(r, f) + ": " + notAllowed(r, f, v, before));
  }
  function problemSaying(r, f, offset, message) {
    report(r, f, offset, "" + fieldText(r, f) + ": " + message);
  }
  function report(r, f, offset, message) {
    if (r.warn !== void 0 && !f.selector) r.warn(r, offset, message);
    else throw errors_part().byteError("INVALID_VALUE", offset, message);
  }
  function refused(r, f, v) {
    throw errors_part().byteError(
      "INVALID_VALUE",
      r.start,
      f.d.kind === "queryLength"
        ? "" + fieldText(r, f) + ": byte 0x" + hexByte(v) + " is not a query length; expected high nibble 0 and length 1\u202615"
        : "" + fieldText(r, f) + ": " + v + " is not a queryable command ID"
    );
  }
  function badSchedule(r, list, id, sub) {
    if (sub < 0)
      throw errors_part().byteError(
        "INVALID_VALUE",
        r.start + 1,
        "" + label(r) + ": " + list.noun + " " + list.entryKey + " " + id + " is not " + list.min + "\u2026" + list.max
      );
    throw errors_part().byteError(
      "UNKNOWN_COMMAND",
      r.start,
      "" + label(r) + ": unknown " + list.noun + " sub-command 0x" + hexByte(sub) + "; cannot read the rest of the frame"
    );
  }
  function truncatedId(r, start) {
    throw errors_part().byteError("TRUNCATED", r.pos, "command 0x" + hexByte(r.bytes[start]) + " is truncated: its ID needs another byte");
  }
  function unknownCommand(r, start, up) {
    throw errors_part().byteError(
      "UNKNOWN_COMMAND",
      start,
      "unknown " + (up ? "uplink" : "downlink") + " command ID 0x" + hexOf(r.bytes.slice(start, r.pos)) + "; cannot read the rest of the frame"
    );
  }
  function emptyFrame() {
    throw errors_part().byteError("EMPTY", 0, "the frame is empty; expected at least one command");
  }
}*/};
WT102_PARTS["engine/read-entries"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.putEntry = putEntry;
  exports.readEntry = readEntry;
  // src/base/es5.ts
  var hasOwn = Object.prototype.hasOwnProperty;
  function hasOwnKey(obj, key) {
    return hasOwn.call(obj, key);
  }
  // src/engine/read-entries.ts
  var read_problems_part = WT102_LAZY("engine/read-problems");
  // src/engine/read-bytes.ts
  function uint(r, n, what) {
    if (r.pos + n > r.bytes.length) read_problems_part().truncated(r, n, what);
    var v = 0;
    for (var i = n - 1; i >= 0; i--) v = v * 256 + r.bytes[r.pos + i];
    r.pos += n;
    return v;
  }
  // src/engine/read-entries.ts
  function readEntry(r, list, read) {
    r.start = r.pos - 1;
    var id = uint(r, 1, list.key);
    if (id < list.min || id > list.max) read_problems_part().badSchedule(r, list, id, -1);
    if (r.pos >= r.bytes.length) read_problems_part().truncated(r, 1, read_problems_part().label(r) + " " + list.noun + " " + id);
    var sub = r.bytes[r.pos++];
    var slot = hasOwnKey(list.subs, sub) ? list.subs[sub] : void 0;
    if (slot === void 0) read_problems_part().badSchedule(r, list, id, sub);
    r.name = list.key + "[" + list.entryKey + " " + id + "]." + slot.key;
    r.id = [r.id[0], id, sub];
    return { id: id, key: slot.key, seq: slot.seq, value: read(r, slot.body, void 0) };
  }
  function putEntry(scope, key, entryKey, v, joins) {
    var list = hasOwnKey(scope, key) ? scope[key] : (scope[key] = []);
    var last = list.length > 0 ? list[list.length - 1] : void 0;
    if (last !== void 0 && last[entryKey] === v.id && (joins === void 0 ? !hasOwnKey(last, v.key) : joins)) last[v.key] = v.value;
    else {
      var entry = {};
      entry[entryKey] = v.id;
      entry[v.key] = v.value;
      list.push(entry);
    }
  }
}*/};
WT102_PARTS["base/errors"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  function __extends(d, b) {
    function F() {
      this.constructor = d;
    }
    F.prototype = b.prototype;
    d.prototype = new F();
  }
  exports.CodecError = void 0;
  exports.byteError = byteError;
  exports.describeValue = describeValue;
  exports.duplicateError = duplicateError;
  exports.isCodecError = isCodecError;
  exports.pathError = pathError;
  exports.pathText = pathText;
  exports.quoted = quoted;
  exports.step = step;
  exports.thrownText = thrownText;
  exports.under = under;
  exports.unreadable = unreadable;
  exports.valueError = valueError;
  // src/base/path.ts
  function step(up, key) {
    return { up: up, key: key };
  }
  function under(up, name) {
    return name ? step(up, name) : up;
  }
  function pathText(path) {
    if (typeof path === "string") return path;
    if (typeof path === "function") return path();
    var up = pathText(path.up);
    var key = path.key;
    return typeof key === "number" ? "" + up + "[" + key + "]" : up ? "" + up + "." + key : key;
  }
  // src/base/es5.ts
  function dateValue(x) {
    if (typeof x !== "object" || x === null) return void 0;
    try {
      return Date.prototype.getTime.call(x);
    } catch (e) {
      return void 0;
    }
  }
  function isPlainObject(x) {
    if (Array.isArray(x)) return false;
    var proto = Object.getPrototypeOf(x);
    return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
  }
  // src/base/errors.ts
  __extends(CodecError, Error);
  function CodecError(code, message, where) {
    if (where === void 0) {
      where = {};
    }
    var _this = Error.call(this, message) || this;
    _this.name = "CodecError";
    _this.code = code;
    if (where.path !== void 0) _this.path = where.path;
    if (where.offset !== void 0) _this.offset = where.offset;
    if (typeof Object.setPrototypeOf === "function") Object.setPrototypeOf(_this, CodecError.prototype);
    else _this.__proto__ = CodecError.prototype;
    return _this;
  }
  exports.CodecError = CodecError;
  function isCodecError(e) {
    if (e instanceof CodecError) return true;
    var named = typeof e === "object" && e !== null ? e : void 0;
    return named !== void 0 && named.name === "CodecError" && typeof named.code === "string";
  }
  function pathError(code, at, message) {
    var path = pathText(at);
    return new CodecError(code, "" + path + ": " + message, { path: path });
  }
  function valueError(code, path, value, what) {
    return pathError(code, path, "" + describeValue(value) + " " + what);
  }
  function duplicateError(path, key, value, other) {
    return valueError("INVALID_CALL", step(path, key), value, "duplicates " + other + "; give one of them");
  }
  function byteError(code, offset, message) {
    return new CodecError(code, "byte " + offset + ": " + message, { offset: offset });
  }
  function quoted(s) {
    var out = '"';
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      var ch = s.charAt(i);
      if (c === 34 || c === 92) out += "\\" + ch;
      else if (c < 32)
        out +=
          c === 8 ? "\\b" : c === 9 ? "\\t" : c === 10 ? "\\n" : c === 12 ? "\\f" : c === 13 ? "\\r" : "\\u" + (c + 65536).toString(16).slice(1);
      else if (c >= 55296 && c <= 57343) {
        var next = s.charCodeAt(i + 1);
        if (c <= 56319 && next >= 56320 && next <= 57343) out += ch + s.charAt(++i);
        else out += "\\u" + c.toString(16);
      } else out += ch;
    }
    return out + '"';
  }
  function describeValue(value) {
    if (value === null) return "null";
    if (value === void 0) return "undefined";
    if (typeof value === "string") {
      return quoted(value.length > 40 ? value.slice(0, 40) + "\u2026" : value);
    }
    if (typeof value === "number") return value === 0 && 1 / value < 0 ? "-0" : String(value);
    if (typeof value === "boolean") return String(value);
    if (typeof value === "bigint") return "" + String(value) + "n";
    if (typeof value === "function") return "a function";
    if (typeof value === "symbol") return "a symbol";
    var ms = dateValue(value);
    if (ms !== void 0) return isNaN(ms) ? "Invalid Date" : "Date(" + new Date(ms).toISOString() + ")";
    try {
      if (Array.isArray(value)) {
        var n = value.length;
        return "an array of " + (typeof n === "number" ? n : "?");
      }
      if (isPlainObject(value)) return "an object";
      var tag = Object.prototype.toString.call(value).slice(8, -1);
      return "an instance of " + (/^[A-Z][A-Za-z0-9]{0,31}$/.test(tag) && tag !== "Object" ? tag : "a class");
    } catch (e) {
      return "an unreadable object (reading it threw)";
    }
  }
  function thrownText(thrown) {
    try {
      var message = typeof thrown === "object" && thrown !== null ? thrown.message : void 0;
      return describeValue(typeof message === "string" ? message : thrown);
    } catch (e) {
      return "an exception";
    }
  }
  function unreadable(path, thrown) {
    return pathError("INVALID_TYPE", path, "cannot be read: reading it threw " + thrownText(thrown) + "; expected plain data");
  }
}*/};
WT102_PARTS["schema/command-ids"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.SERVICE_PAGE_IDS = exports.SCHEDULE_SUBS = exports.MODEL_IDS = exports.LISTED = void 0;
  exports.allQueryableCommandIds = allQueryableCommandIds;
  exports.commandIdFromBytes = commandIdFromBytes;
  exports.isQueryable = isQueryable;
  // src/base/es5.ts
  function dict() {
    return Object.create(null);
  }
  function lazy(build) {
    var value;
    return function () {
      return value === void 0 ? (value = build()) : value;
    };
  }
  // src/base/bytes.ts
  var HEX = "0123456789abcdef";
  function hexByte(b) {
    return HEX[b >> 4] + HEX[b & 15];
  }
  function hexOf(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += hexByte(bytes[i]);
    return s;
  }
  // src/schema/schedules.ts
  var SCHEDULES = {
    key: "schedule_settings",
    command: 110,
    entryKey: "id",
    ids: { min: 0, max: 15 },
    noun: "schedule",
    items: "schedules",
    entryName: "Schedule"
  };
  // src/schema/command-ids.ts
  var SERVICE_PAGE_IDS =
    "DA 00 02 04 60 61 62 6300 6301 6302 6303 6500 6501 6504 6505 6506 66 68 69 6A 6B 6C 6D 6E00 6E01 6E02 6E03 6E04 6E05 6E09 6F C7 C6 C500 C501 C502 C503";
  exports.SERVICE_PAGE_IDS = SERVICE_PAGE_IDS;
  var MODEL_IDS = "D9 C8 03";
  exports.MODEL_IDS = MODEL_IDS;
  var SCHEDULE_SUBS = lazy(function () {
    var subs = [];
    for (var _i = 0, _a = SERVICE_PAGE_IDS.split(" "); _i < _a.length; _i++) {
      var hex = _a[_i];
      if (hex.length === 4 && hex.slice(0, 2) === "6E") subs.push(parseInt(hex.slice(2), 16));
    }
    return subs;
  });
  exports.SCHEDULE_SUBS = SCHEDULE_SUBS;
  function commandIdFromBytes(bytes) {
    return "0X" + hexOf(bytes).toUpperCase();
  }
  var LISTED = lazy(function () {
    var listed = dict();
    for (var _i = 0, _a = (SERVICE_PAGE_IDS + " " + MODEL_IDS).split(" "); _i < _a.length; _i++) {
      var hex = _a[_i];
      listed["0X" + hex] = true;
    }
    return listed;
  });
  exports.LISTED = LISTED;
  function isQueryable(id) {
    if (LISTED()[id] === true) return true;
    return (
      /^0X6E[0-9A-F]{4}$/.test(id) &&
      parseInt(id.slice(4, 6), 16) <= SCHEDULES.ids.max &&
      SCHEDULE_SUBS().indexOf(parseInt(id.slice(6, 8), 16)) >= 0
    );
  }
  function allQueryableCommandIds() {
    var ids = Object.keys(LISTED());
    for (var schedule = 0; schedule <= SCHEDULES.ids.max; schedule++) {
      for (var _i = 0, _a = SCHEDULE_SUBS(); _i < _a.length; _i++) {
        var sub = _a[_i];
        ids.push(commandIdFromBytes([SCHEDULES.command, schedule, sub]));
      }
    }
    return ids;
  }
}*/};
WT102_PARTS["schema/command-id-names"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.READING_PATHS = exports.ID_NAMES = void 0;
  exports.queryableCommandName = queryableCommandName;
  exports.queryableName = queryableName;
  // src/schema/command-id-names.ts
  var errors_part = WT102_LAZY("base/errors");
  var command_ids_part = WT102_LAZY("schema/command-ids");
  // src/schema/schedules.ts
  var SCHEDULES = {
    key: "schedule_settings",
    command: 110,
    entryKey: "id",
    ids: { min: 0, max: 15 },
    noun: "schedule",
    items: "schedules",
    entryName: "Schedule"
  };
  // src/schema/command-id-names.ts
  var ID_NAMES = {
    DA: "Product Version",
    "00": "Battery",
    "02": "Motor Stroke",
    "04": "Current Valve Opening",
    "60": "Temperature Unit",
    "61": "Ambient Temperature Source Setting",
    "62": "Ambient Temperature Display Enable",
    "6300": "Heating Date",
    "6301": "Heating Period Reporting Interval",
    "6302": "Non-heating Period Reporting Interval",
    "6303": "Non-heating Period Valve Status",
    "6500": "Temperature Control Enable",
    "6501": "Target Temperature Resolution",
    "6504": "Minimum of Target Temperature Adjustment Range",
    "6505": "Maximum of Target Temperature Adjustment Range",
    "6506": "Temperature Control Mode Settings",
    "66": "Open Window Detection",
    "68": "Freeze Protection",
    "69": "Forced Heating Enable",
    "6A": "Child Lock",
    "6B": "Effective Stroke",
    "6C": "Temperature Calibration Settings",
    "6D": "Temperature Threshold Alarm",
    "6E00": "Schedule Enable",
    "6E01": "Schedule Time",
    "6E02": "Schedule Repeat Day",
    "6E03": "Schedule Temperature Control Mode",
    "6E04": "Schedule Target Temperature",
    "6E05": "Schedule Target Valve Opening",
    "6E09": "Schedule Reporting Interval",
    "6F": "Local Modification Report",
    C7: "Time Zone",
    C6: "Daylight Saving Time",
    C500: "Data Storage Enable",
    C501: "Data Retransmission Enable",
    C502: "Data Retransmission Interval",
    C503: "Data Retrieval Interval",
    D9: "OEM ID",
    C8: "Device Status",
    "03": "Motor Position"
  };
  exports.ID_NAMES = ID_NAMES;
  var READING_PATHS = {
    DA: "version",
    "00": "battery",
    "02": "motor_total_stroke",
    "04": "valve_opening_degree",
    D9: "oem_id",
    C8: "device_status",
    "03": "motor_position"
  };
  exports.READING_PATHS = READING_PATHS;
  function queryableCommandName(id) {
    if (typeof id !== "string") {
      throw errors_part().valueError("INVALID_TYPE", "id", id, 'is not a command ID; expected text such as "0X6E01"');
    }
    return queryableName(id);
  }
  function queryableName(id) {
    if (!command_ids_part().isQueryable(id)) return void 0;
    if (command_ids_part().LISTED()[id] === true) return ID_NAMES[id.slice(2)];
    return "" + SCHEDULES.entryName + (parseInt(id.slice(4, 6), 16) + 1) + " " + ID_NAMES["6E" + id.slice(6)].slice(SCHEDULES.entryName.length + 1);
  }
}*/};
WT102_PARTS["engine/read-uplink-only"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.readUplinkOnly = readUplinkOnly;
  // src/base/es5.ts
  var hasOwn = Object.prototype.hasOwnProperty;
  function hasOwnKey(obj, key) {
    return hasOwn.call(obj, key);
  }
  function dict() {
    return Object.create(null);
  }
  // src/base/bytes.ts
  var HEX = "0123456789abcdef";
  function hexByte(b) {
    return HEX[b >> 4] + HEX[b & 15];
  }
  function hexOf(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += hexByte(bytes[i]);
    return s;
  }
  var command_id_names_part = WT102_LAZY("schema/command-id-names");
  var indexText;
  function index() {
    return indexText || (indexText = WT102_PLANS.substr(0, +WT102_PLANS.substr(1, 6)));
  }
  function upAt() {
    return +index().substr(8, 6);
  }
  var linesFound = dict();
  function indexLine(start) {
    if (hasOwnKey(linesFound, start)) return linesFound[start];
    var text = index();
    var at = text.indexOf("\n" + start, start.charAt(0) === "u" ? upAt() - 1 : 0) + 1;
    return (linesFound[start] = at > 0 ? text.slice(at, text.indexOf("\n", at)).split(" ") : void 0);
  }
  function commandNameOf(id) {
    var queryable = command_id_names_part().queryableName(id);
    if (queryable !== void 0) return queryable;
    var line = indexLine("d " + id.slice(2).toLowerCase() + " ");
    return line === void 0 || line[3] === "-" || line[3] === "entry" ? void 0 : line[2];
  }
  // src/engine/read-bytes.ts
  var read_problems_part = WT102_LAZY("engine/read-problems");
  function bytesOf(r, n) {
    if (r.pos + n > r.bytes.length) read_problems_part().truncated(r, n);
    var out = r.bytes.slice(r.pos, r.pos + n);
    r.pos += n;
    return out;
  }
  // src/engine/read-uplink-only.ts
  var read_text_part = WT102_LAZY("engine/read-text");
  function readUplinkOnly(r, f, out) {
    var d = f.d;
    switch (d.kind) {
      case "commandName":
        return commandNameOf(out[d.of]);
      case "string":
        return read_text_part().readText(r, f, bytesOf(r, d.size));
      case "hex":
        return hexOf(bytesOf(r, d.size));
      case "version": {
        var b = bytesOf(r, d.format === "firmware" ? 6 : 2);
        var v = "v" + b[0] + "." + b[1];
        if (d.format === "firmware") {
          var tags = ["r", "a", "u", "t"];
          for (var k = 0; k < 4; k++) if (b[k + 2] !== 0) v += "-" + tags[k] + b[k + 2];
        }
        return v;
      }
    }
    throw new Error("read: no reader for " + d.kind);
  }
}*/};
WT102_PARTS["engine/read-text"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.readText = readText;
  // src/base/utf8.ts
  function utf8Decode(bytes, from, to) {
    var s = "";
    var i = from;
    while (i < to) {
      var b = bytes[i];
      var c = void 0;
      var n = void 0;
      if (b < 128) {
        c = b;
        n = 0;
      } else if (b >= 194 && b <= 223) {
        c = b & 31;
        n = 1;
      } else if (b >= 224 && b <= 239) {
        c = b & 15;
        n = 2;
      } else if (b >= 240 && b <= 244) {
        c = b & 7;
        n = 3;
      } else return void 0;
      for (var k = 1; k <= n; k++) {
        var cb = bytes[i + k];
        if (i + k >= to || (cb & 192) !== 128) return void 0;
        c = (c << 6) | (cb & 63);
      }
      if ((n === 2 && c < 2048) || (n === 3 && (c < 65536 || c > 1114111)) || (c >= 55296 && c <= 57343)) {
        return void 0;
      }
      if (c >= 65536) {
        c -= 65536;
        s += String.fromCharCode(55296 + (c >> 10), 56320 + (c & 1023));
      } else s += String.fromCharCode(c);
      i += n + 1;
    }
    return s;
  }
  // src/engine/read-text.ts
  var read_problems_part = WT102_LAZY("engine/read-problems");
  function readText(r, f, bytes) {
    var end = bytes.indexOf(0);
    if (end < 0) end = bytes.length;
    for (var k = end; k < bytes.length; k++) {
      if (bytes[k] !== 0) {
        read_problems_part().problemSaying(r, f, r.start + k, "byte " + k + " of the text follows its NUL terminator and is not NUL");
        break;
      }
    }
    var text = utf8Decode(bytes, 0, end);
    if (text !== void 0) return text;
    read_problems_part().problemSaying(r, f, r.start, 'is not valid UTF-8; bytes outside ASCII are shown as "?"');
    var shown = "";
    for (var k = 0; k < end; k++) shown += bytes[k] < 128 ? String.fromCharCode(bytes[k]) : "?";
    return shown;
  }
}*/};
WT102_PARTS["engine/words"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.enumText = enumText;
  exports.rangeText = rangeText;
  exports.unitText = unitText;
  // src/engine/words.ts
  function unitText(unit) {
    return unit ? (unit === "%" ? "%" : " " + unit) : "";
  }
  function rangeText(min, max, unit) {
    return "" + min + "\u2026" + max + unitText(unit);
  }
  function enumText(f, style) {
    var parts = [];
    for (var _i = 0, _a = f.values; _i < _a.length; _i++) {
      var v = _a[_i];
      parts.push("" + (style === "string" ? '"' + v.value + '"' : v.value) + " (" + v.name + ")");
    }
    return parts.join(", ");
  }
}*/};
WT102_PARTS["engine/command-list"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.listOf = listOf;
  // src/base/es5.ts
  function dict() {
    return Object.create(null);
  }
  // src/engine/command-list.ts
  function listOf(list) {
    var byName = dict();
    var groups = dict();
    for (var _i = 0, list_1 = list; _i < list_1.length; _i++) {
      var c = list_1[_i];
      byName[c.name] = c;
      var p = c.place;
      if (p.to === "member") (groups[p.key] || (groups[p.key] = dict()))[p.member] = c;
    }
    return { list: list, byName: byName, groups: groups };
  }
}*/};
WT102_PARTS["base/dates"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.UINT32_MAX = void 0;
  exports.isoFromSeconds = isoFromSeconds;
  exports.parseDateInput = parseDateInput;
  exports.parseIsoDate = parseIsoDate;
  // src/base/es5.ts
  function isFiniteNumber(x) {
    return typeof x === "number" && isFinite(x);
  }
  function isInteger(x) {
    return isFiniteNumber(x) && Math.floor(x) === x;
  }
  function dateValue(x) {
    if (typeof x !== "object" || x === null) return void 0;
    try {
      return Date.prototype.getTime.call(x);
    } catch (e) {
      return void 0;
    }
  }
  // src/base/dates.ts
  var UINT32_MAX = 4294967295;
  exports.UINT32_MAX = UINT32_MAX;
  function fail(reason) {
    return { ok: false, reason: reason };
  }
  function checkSeconds(seconds) {
    if (seconds < 0) return fail("is before 1970-01-01T00:00:00Z; allowed: 1970-01-01T00:00:00Z\u20262106-02-07T06:28:15Z");
    if (seconds > UINT32_MAX) {
      return fail("is after 2106-02-07T06:28:15Z, the last time a uint32 of seconds holds");
    }
    return { ok: true, seconds: seconds };
  }
  var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    var era = Math.floor(y / 400);
    var yoe = y - era * 400;
    var doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    var doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
  }
  function digitsAt(text, i, n) {
    var v = 0;
    for (var k = i; k < i + n; k++) {
      var c = text.charCodeAt(k) - 48;
      if (!(c >= 0 && c <= 9)) return -1;
      v = v * 10 + c;
    }
    return v;
  }
  function charIn(text, i, chars) {
    var c = text.charCodeAt(i);
    for (var k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
    return false;
  }
  function parseIsoDate(text) {
    var year = digitsAt(text, 0, 4);
    var month = digitsAt(text, 5, 2);
    var day = digitsAt(text, 8, 2);
    var hour = digitsAt(text, 11, 2);
    var minute = digitsAt(text, 14, 2);
    var ok =
      year >= 0 &&
      month >= 0 &&
      day >= 0 &&
      hour >= 0 &&
      minute >= 0 &&
      charIn(text, 4, "-") &&
      charIn(text, 7, "-") &&
      charIn(text, 10, "Tt ") &&
      charIn(text, 13, ":");
    var i = 16;
    var second = 0;
    var fraction = false;
    if (charIn(text, i, ":")) {
      second = digitsAt(text, i + 1, 2);
      ok = ok && second >= 0;
      i += 3;
      if (charIn(text, i, ".,")) {
        var from = ++i;
        for (; digitsAt(text, i, 1) >= 0; i++) if (text.charAt(i) !== "0") fraction = true;
        ok = ok && i > from;
      }
    }
    var offset = 0;
    if (charIn(text, i, "+-")) {
      var sign = text.charAt(i) === "-" ? -1 : 1;
      var oh = digitsAt(text, i + 1, 2);
      i += charIn(text, i + 3, ":") ? 4 : 3;
      var om = digitsAt(text, i, 2);
      i += 2;
      ok = ok && oh >= 0 && om >= 0;
      offset = oh > 23 || om > 59 ? NaN : sign * (oh * 60 + om);
    } else if (charIn(text, i, "Zz")) i++;
    else ok = false;
    if (!ok || i !== text.length) {
      return fail('is not an ISO-8601 date-time with a time-zone designator (e.g. "2025-11-26T08:00:00Z" or "2025-11-26T09:00:00+01:00")');
    }
    if (fraction) return fail("has fractions of a second, which a uint32 of whole seconds cannot carry");
    if (isNaN(offset)) return fail("has an invalid time-zone offset");
    var leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]) ||
      hour > 23 ||
      minute > 59 ||
      second > 59
    ) {
      return fail("is not a valid calendar date-time");
    }
    return checkSeconds(daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset * 60);
  }
  function parseDateInput(value) {
    if (typeof value === "string") return parseIsoDate(value);
    if (typeof value === "number") {
      if (!isFiniteNumber(value)) return fail("is not a finite number of seconds");
      if (!isInteger(value)) return fail("is not a whole number of Unix seconds");
      if (value > UINT32_MAX && value <= UINT32_MAX * 1e3 + 999) {
        return fail(
          "is too large for uint32 Unix seconds (max " + UINT32_MAX + "); it looks like milliseconds: pass " + Math.floor(value / 1e3) + " seconds"
        );
      }
      return checkSeconds(value);
    }
    var ms = dateValue(value);
    if (ms !== void 0) {
      if (isNaN(ms)) return fail("is an invalid Date");
      if (ms % 1e3 !== 0) return fail("has milliseconds, which a uint32 of whole seconds cannot carry");
      return checkSeconds(ms / 1e3);
    }
    return fail("is neither an ISO-8601 string, a Date nor a number of Unix seconds");
  }
  function two(n) {
    return n < 10 ? "0" + n : "" + n;
  }
  function isoFromSeconds(seconds) {
    var d = new Date(seconds * 1e3);
    return (
      d.getUTCFullYear() +
      "-" +
      two(d.getUTCMonth() + 1) +
      "-" +
      two(d.getUTCDate()) +
      "T" +
      two(d.getUTCHours()) +
      ":" +
      two(d.getUTCMinutes()) +
      ":" +
      two(d.getUTCSeconds()) +
      "Z"
    );
  }
}*/};
WT102_PARTS["engine/twins"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.celsiusValue = celsiusValue;
  exports.fahrenheitOf = fahrenheitOf;
  exports.twinBase = twinBase;
  exports.twinsIn = twinsIn;
  // src/engine/twins.ts
  var errors_part = WT102_LAZY("base/errors");
  // src/base/es5.ts
  function isFiniteNumber(x) {
    return typeof x === "number" && isFinite(x);
  }
  function dict() {
    return Object.create(null);
  }
  function byCodeUnits(a, b) {
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) {
      var d = a.charCodeAt(i) - b.charCodeAt(i);
      if (d !== 0) return d;
    }
    return a.length - b.length;
  }
  function sortedKeys(keys) {
    return keys.slice().sort(/[\ud800-\uffff]/.test(keys.join("")) ? byCodeUnits : void 0);
  }
  // src/schema/builders.ts
  function isTemperature(f) {
    return f !== void 0 && f.kind === "decimal" && f.unit === "\u00b0C";
  }
  // src/engine/twins.ts
  var words_part = WT102_LAZY("engine/words");
  function fahrenheitOf(c) {
    return Math.round(c * 180 + 3200) / 100;
  }
  function celsiusValue(key, value, f, path) {
    var fahrenheit = key.lastIndexOf("fahrenheit_", 0) === 0;
    var min = fahrenheit ? fahrenheitOf(f.min) : f.min;
    var max = fahrenheit ? fahrenheitOf(f.max) : f.max;
    var range = words_part().rangeText(min, max, fahrenheit ? "\u00b0F" : f.unit);
    if (!isFiniteNumber(value)) {
      throw errors_part().valueError(
        "INVALID_TYPE",
        path,
        value,
        "is not a " + (typeof value === "number" ? "finite " : "") + "number; expected a number " + range + " (resolution 0.01)"
      );
    }
    if (value < min || value > max) throw errors_part().valueError("OUT_OF_RANGE", path, value, "is out of range " + range);
    return fahrenheit ? +((value - 32) / 1.8).toFixed(2) : value;
  }
  function twinBase(key) {
    var m = /^(celsius|fahrenheit)_/.exec(key);
    return m === null ? void 0 : key.slice(m[0].length);
  }
  function twinsIn(input, path, fieldOf) {
    var twins = dict();
    var given = dict();
    var keys = sortedKeys(Object.keys(input));
    for (var k = 0; k < keys.length; k++) {
      var key = keys[k];
      var name = input[key] === void 0 || fieldOf(key) !== void 0 ? void 0 : twinBase(key);
      if (name === void 0 || !isTemperature(fieldOf(name))) continue;
      var clash = input[name] !== void 0 ? name : given[name];
      if (clash !== void 0) throw errors_part().duplicateError(path, key, input[key], clash);
      given[name] = key;
      twins[key] = name;
    }
    return twins;
  }
}*/};
WT102_PARTS["engine/maker-forms"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.inMakerForms = inMakerForms;
  // src/base/es5.ts
  function dict() {
    return Object.create(null);
  }
  function lazy(build) {
    var value;
    return function () {
      return value === void 0 ? (value = build()) : value;
    };
  }
  var indexText;
  function index() {
    return indexText || (indexText = WT102_PLANS.substr(0, +WT102_PLANS.substr(1, 6)));
  }
  function temperatureKeys() {
    var text = index();
    var lines = text.slice(+text.substr(15, 6), text.length - 2).split("\n");
    var keys = [];
    for (var i = 0; i < lines.length; i++) keys = keys.concat(lines[i].split(" ").slice(1));
    return keys;
  }
  // src/engine/maker-forms.ts
  var twins_part = WT102_LAZY("engine/twins");
  var object_paths_part = WT102_LAZY("engine/object-paths");
  var TEMPERATURE_KEYS = lazy(function () {
    var keys = dict();
    for (var _i = 0, _a = temperatureKeys(); _i < _a.length; _i++) {
      var k = _a[_i];
      keys[k] = true;
    }
    return keys;
  });
  function inMakerForms(data) {
    var out = withTwins(data);
    var replies = out.ans;
    if (Array.isArray(replies)) {
      for (var _i = 0, replies_1 = replies; _i < replies_1.length; _i++) {
        var reply = replies_1[_i];
        var path = object_paths_part().pathOfId(reply.id);
        if (path !== void 0) reply.id = path;
      }
    }
    return out;
  }
  function withTwins(value) {
    if (Array.isArray(value)) return value.map(withTwins);
    if (typeof value !== "object" || value === null) return value;
    var keys = TEMPERATURE_KEYS();
    var out = {};
    for (var k in value) {
      var v = value[k];
      out[k] = withTwins(v);
      if (typeof v === "number" && keys[k] === true) {
        out["fahrenheit_" + k] = twins_part().fahrenheitOf(v);
        out["celsius_" + k] = v;
      }
    }
    return out;
  }
}*/};
WT102_PARTS["engine/object-paths"] = function () {/*0, function (exports, WT102_LAZY, WT102_PLANS) {
  "use strict";
  exports.commandIdOfPath = commandIdOfPath;
  exports.eachIdOfPath = eachIdOfPath;
  exports.idOfPath = idOfPath;
  exports.objectPathOfCommandId = objectPathOfCommandId;
  exports.pathOfId = pathOfId;
  // src/engine/object-paths.ts
  var errors_part = WT102_LAZY("base/errors");
  // src/base/es5.ts
  function isFiniteNumber(x) {
    return typeof x === "number" && isFinite(x);
  }
  function isInteger(x) {
    return isFiniteNumber(x) && Math.floor(x) === x;
  }
  var hasOwn = Object.prototype.hasOwnProperty;
  function hasOwnKey(obj, key) {
    return hasOwn.call(obj, key);
  }
  function dict() {
    return Object.create(null);
  }
  function lazy(build) {
    var value;
    return function () {
      return value === void 0 ? (value = build()) : value;
    };
  }
  // src/base/path.ts
  function step(up, key) {
    return { up: up, key: key };
  }
  // src/base/caller-input.ts
  var MAX_FRAME_BYTES = 1048576;
  function tooLarge(path, what) {
    return errors_part().pathError(
      "PAYLOAD_TOO_LARGE",
      path,
      "" + what + "; the codec reads and writes frames of at most 1 MiB (" + MAX_FRAME_BYTES + " bytes)"
    );
  }
  var undefinedIsNull = false;
  function arrayLength(value, path) {
    if (typeof value !== "object" || value === null) return -1;
    var n;
    try {
      if (!Array.isArray(value)) return -1;
      n = value.length;
    } catch (e) {
      throw errors_part().unreadable(path, e);
    }
    if (!isInteger(n) || n < 0 || n > 4294967295) {
      throw errors_part().pathError("INVALID_TYPE", path, "an array whose length is " + errors_part().describeValue(n) + "; expected plain data");
    }
    if (n > MAX_FRAME_BYTES) throw tooLarge(path, "" + n + " items are more than one frame can carry");
    return n;
  }
  function ownItem(list, i, path) {
    try {
      if (!hasOwnKey(list, i)) return void 0;
      var v = list[i];
      return v === void 0 && undefinedIsNull ? null : v;
    } catch (e) {
      throw errors_part().unreadable(errors_part().step(path, i), e);
    }
  }
  // src/base/suggest.ts
  var LONGEST = 64;
  var MOST_WRONG = 5;
  function codes(text) {
    var out = [];
    for (var i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
    return out;
  }
  function distance(a, b, limit) {
    var twoBack = [];
    var before = [];
    for (var j = 0; j <= b.length; j++) before.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var least = i;
      var ca = a[i - 1];
      for (var j = 1; j <= b.length; j++) {
        var cb = b[j - 1];
        var d = before[j - 1] + (ca === cb ? 0 : 1);
        if (before[j] + 1 < d) d = before[j] + 1;
        if (row[j - 1] + 1 < d) d = row[j - 1] + 1;
        if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb && twoBack[j - 2] + 1 < d) d = twoBack[j - 2] + 1;
        row.push(d);
        if (d < least) least = d;
      }
      if (least >= limit) return limit;
      twoBack = before;
      before = row;
    }
    return before[b.length];
  }
  function closest(word, candidates) {
    if (word.length > LONGEST) return void 0;
    var lower = codes(word.toLowerCase());
    var best;
    var bestD = Math.min(MOST_WRONG, Math.max(1, Math.floor(word.length / 3))) + 1;
    for (var k = 0; k < candidates.length; k++) {
      var c = candidates[k];
      if (c.indexOf(word) === 0 && word.length >= 4) {
        if (1 < bestD) ((best = c), (bestD = 1));
        continue;
      }
      var other = c.toLowerCase();
      if (Math.abs(other.length - lower.length) >= bestD) continue;
      var dd = distance(lower, codes(other), bestD);
      if (dd < bestD) {
        best = c;
        bestD = dd;
      }
    }
    return best;
  }
  // src/engine/object-paths.ts
  var command_ids_part = WT102_LAZY("schema/command-ids");
  var command_id_names_part = WT102_LAZY("schema/command-id-names");
  var HEX = "0123456789abcdef";
  function hexByte(b) {
    return HEX[b >> 4] + HEX[b & 15];
  }
  function hexOf(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += hexByte(bytes[i]);
    return s;
  }
  function hexDigitBytes(digits) {
    var out = new Array(digits.length >> 1);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(digits.substr(i * 2, 2), 16);
    return out;
  }
  // src/network-server/stored-commands.ts
  var command_list_part = WT102_LAZY("engine/command-list");
  var indexText;
  function index() {
    return indexText || (indexText = WT102_PLANS.substr(0, +WT102_PLANS.substr(1, 6)));
  }
  function upAt() {
    return +index().substr(8, 6);
  }
  var downText;
  function downLines() {
    return downText || (downText = index().slice(21, upAt()));
  }
  var parsed = dict();
  function planAt(at, length) {
    return parsed[at] || (parsed[at] = JSON.parse(WT102_PLANS.substr(index().length + at, length)));
  }
  var linesFound = dict();
  function indexLine(start) {
    if (hasOwnKey(linesFound, start)) return linesFound[start];
    var text = index();
    var at = text.indexOf("\n" + start, start.charAt(0) === "u" ? upAt() - 1 : 0) + 1;
    return (linesFound[start] = at > 0 ? text.slice(at, text.indexOf("\n", at)).split(" ") : void 0);
  }
  var stored = dict();
  var made = dict();
  function commandOfLine(words) {
    var hex = words[1],
      name = words[2],
      to = words[3],
      rank = words[4],
      at = words[5],
      length = words[6];
    if (hasOwnKey(made, name)) return made[name];
    var command = [];
    for (var k = 0; k < hex.length; k += 2) command.push(parseInt(hex.substr(k, 2), 16));
    var dot = name.indexOf(".");
    var place;
    stored[name] = { at: +at, length: +length };
    if (to === "entry") place = { to: to, key: name, items: name };
    else
      place =
        to === "call" ? { to: to } : to === "key" ? { to: to, key: name } : { to: "member", key: name.slice(0, dot), member: name.slice(dot + 1) };
    return (made[name] = { name: name, command: command, place: place, rank: +rank, down: true, up: to !== "call", field: void 0, copies: void 0 });
  }
  var downlinkCommands = lazy(function () {
    var list = [];
    var lines = downLines().slice(1, -1).split("\n");
    for (var i = 0; i < lines.length; i++) {
      var words = lines[i].split(" ");
      if (words[3] !== "-") list.push(commandOfLine(words));
    }
    return command_list_part().listOf(list);
  });
  function settingOfHex(hex) {
    var line = indexLine("d " + hex + " ");
    if (line === void 0 || line[3] === "-" || +line[4] < 0) return void 0;
    return { name: line[2], list: line[3] === "entry" ? planAt(+line[5], +line[6]).list : void 0 };
  }
  // src/engine/object-paths.ts
  function pathOfId(id) {
    var hex = id.slice(2).toLowerCase();
    if (hasOwnKey(command_id_names_part().READING_PATHS, id.slice(2))) return command_id_names_part().READING_PATHS[id.slice(2)];
    var own = settingOfHex(hex);
    if (own !== void 0 && own.list === void 0) return own.name;
    var list = hex.length === 4 || hex.length === 6 ? settingOfHex(hex.slice(0, 2)) : void 0;
    if (list === void 0 || list.list === void 0) return void 0;
    var n = parseInt(hex.slice(2, 4), 16);
    var s = parseInt(hex.slice(4), 16);
    var sub = hex.length === 6 && hasOwnKey(list.list.subs, s) ? list.list.subs[s] : void 0;
    if (n < list.list.min || n > list.list.max || (hex.length === 6 && sub === void 0)) return void 0;
    return sub === void 0 ? "" + list.name + "." + n : "" + list.name + "." + n + "." + sub.key;
  }
  var lists = dict();
  function listOf2(c) {
    return lists[c.name] || (lists[c.name] = settingOfHex(hexOf(c.command)).list);
  }
  function bytesOfPath(path) {
    for (var _i = 0, _a = Object.keys(command_id_names_part().READING_PATHS); _i < _a.length; _i++) {
      var hex = _a[_i];
      if (command_id_names_part().READING_PATHS[hex] === path) return hexDigitBytes(hex);
    }
    var byName = downlinkCommands().byName;
    if (hasOwnKey(byName, path)) return byName[path].place.to === "key" || byName[path].place.to === "member" ? byName[path].command : void 0;
    var m = /^([^.]+)\.(0|[1-9][0-9]?)(?:\.([^.]+))?$/.exec(path);
    var c = m !== null && hasOwnKey(byName, m[1]) ? byName[m[1]] : void 0;
    if (m === null || c === void 0 || c.place.to !== "entry") return void 0;
    var list = listOf2(c);
    var n = +m[2];
    if (n < list.min || n > list.max) return void 0;
    if (m[3] === void 0) return [c.command[0], n];
    for (var sub in list.subs) if (list.subs[sub].key === m[3]) return [c.command[0], n, +sub];
    return void 0;
  }
  function queryableIdOfPath(path) {
    var bytes = bytesOfPath(path);
    var id = bytes === void 0 ? void 0 : command_ids_part().commandIdFromBytes(bytes);
    return id !== void 0 && command_ids_part().isQueryable(id) ? id : void 0;
  }
  var queryablePaths = lazy(function () {
    var paths = [];
    var add = function (path, bytes) {
      if (command_ids_part().isQueryable(command_ids_part().commandIdFromBytes(bytes))) paths.push(path);
    };
    for (var _i = 0, _a = Object.keys(command_id_names_part().READING_PATHS); _i < _a.length; _i++) {
      var hex = _a[_i];
      add(command_id_names_part().READING_PATHS[hex], hexDigitBytes(hex));
    }
    for (var _b = 0, _c = downlinkCommands().list; _b < _c.length; _b++) {
      var c = _c[_b];
      if (c.place.to === "key" || c.place.to === "member") add(c.name, c.command);
      if (c.place.to !== "entry") continue;
      var list = listOf2(c);
      var subs = [];
      for (var sub in list.subs) subs[list.subs[sub].seq] = +sub;
      for (var n = list.min; n <= list.max; n++) {
        add("" + c.name + "." + n, [c.command[0], n]);
        for (var k = 0; k < subs.length; k++) add("" + c.name + "." + n + "." + list.subs[subs[k]].key, [c.command[0], n, subs[k]]);
      }
    }
    return paths;
  });
  function closestPath(path, paths) {
    var words = path.split(".");
    var prefix = "";
    for (var i = 0; i < words.length; i++) {
      var start = i === 0 ? "" : prefix + ".";
      var options = [];
      for (var k = 0; k < paths.length; k++) {
        if (paths[k].indexOf(start) !== 0) continue;
        var rest = paths[k].slice(start.length);
        var segment = rest.indexOf(".") < 0 ? rest : rest.slice(0, rest.indexOf("."));
        if (options.indexOf(segment) < 0) options.push(segment);
      }
      var word = options.indexOf(words[i]) >= 0 ? words[i] : closest(words[i], options);
      if (word === void 0) return void 0;
      prefix = start + word;
    }
    return paths.indexOf(prefix) >= 0 ? prefix : void 0;
  }
  function eachIdOfPath(paths, at, each) {
    var n = arrayLength(paths, at);
    if (n <= 0) throw errors_part().valueError("INVALID_TYPE", at, paths, 'is not a non-empty array of object paths such as "temp_control.enable"');
    if (n * 3 > MAX_FRAME_BYTES) throw tooLarge(at, "" + n + " queries take " + n * 3 + " bytes or more");
    for (var i = 0; i < n; i++) each(idOfPath(ownItem(paths, i, at), step(at, i)));
  }
  function idOfPath(path, at) {
    var id = typeof path === "string" ? queryableIdOfPath(path) : void 0;
    if (id !== void 0) return id;
    if (typeof path !== "string")
      throw errors_part().valueError("INVALID_COMMAND_ID", at, path, 'is not an object path; expected text such as "temp_control.enable"');
    var paths = queryablePaths();
    var under = paths.filter(function (p) {
      return p.indexOf(path + ".") === 0;
    });
    if (under.length > 0) {
      var listed = under.length > 12 ? "" + under.slice(0, 12).join(", ") + ", \u2026 (" + under.length + " in all)" : under.join(", ");
      throw errors_part().valueError("INVALID_COMMAND_ID", at, path, "is not queried whole; ask for its parts: " + listed);
    }
    var near = closestPath(path, paths);
    throw errors_part().valueError(
      "INVALID_COMMAND_ID",
      at,
      path,
      "names no command that may be queried; " +
        (near === void 0
          ? 'expected the path of an ID that request_command_queries may ask for, such as "temp_control.enable", "battery" or "schedule_settings.1.enable"'
          : "did you mean " + JSON.stringify(near) + "?")
    );
  }
  function commandIdOfPath(path) {
    return idOfPath(path, "path");
  }
  function objectPathOfCommandId(id) {
    if (typeof id !== "string") throw errors_part().valueError("INVALID_TYPE", "id", id, 'is not a command ID; expected text such as "0X6500"');
    var m = /^(?:0x)?((?:[0-9a-f]{2})+)$/i.exec(id);
    return m === null ? void 0 : pathOfId("0X" + m[1].toUpperCase());
  }
}*/};

// The commands' plans (src/engine/plans.ts; src/network-server/stored-commands.ts reads them): an index of their
// IDs and names, then each plan as JSON.
function WT102_PLANS() {/*
006308 002927 005988
d b6 reconnect call -1 0 125
d b9 query_device_status call -1 125 135
d b8 synchronize_time call -1 260 132
d bd clear_historical_data call -1 392 137
d bc stop_historical_data_retrieval call -1 529 146
d bb retrieve_historical_data_by_time_range call -1 675 275
d ba retrieve_historical_data_by_time call -1 950 183
d 57 query_motor_stroke_position call -1 1133 142
d 58 calibrate_motor call -1 1275 130
d 59 set_target_valve_opening_degree call -1 1405 222
d 5a set_target_temperature call -1 1627 223
d 5b set_temperature call -1 1850 218
d 5d set_opening_window call -1 2068 234
d 5e delete_schedule call -1 2302 723
d be reboot call -1 3025 122
d ef request_command_queries call -1 3147 303
d 5c set_occupancy_state call -1 3450 243
d b7 set_time call -1 3693 164
d b5 collect_data call -1 3857 128
d bf reset call -1 3985 121
d ee request_query_all_configurations call -1 4106 148
d ff request_check_sequence_number call -1 4254 220
d fe request_check_order call -1 4474 200
d 60 temperature_unit key 0 4674 192
d 61 temperature_source_settings key 1 4866 1005
d 62 environment_temperature_display_enable key 2 5871 167
d 6300 heating_period_settings.heating_date_settings member 3 6038 485
d 63 - - - - -
d 6301 heating_period_settings.heating_period_reporting_interval member 4 6523 582
d 6302 heating_period_settings.non_heating_period_reporting_interval member 5 7105 590
d 6303 heating_period_settings.valve_status_control member 6 7695 273
d 6500 temp_control.enable member 7 7968 146
d 65 - - - - -
d 6501 temp_control.target_temperature_resolution member 8 8114 268
d 6502 temp_control.under_temperature_side_deadband member 9 8382 248
d 6503 temp_control.over_temperature_side_deadband member 10 8630 247
d 6504 temp_control.target_temperature_adjustment_range_min member 11 8877 264
d 6505 temp_control.target_temperature_adjustment_range_max member 12 9141 264
d 6506 temp_control.mode_settings member 13 9405 939
d 66 window_opening_detection_settings key 14 10344 525
d 67 auto_away_settings key 15 10869 1370
d 68 anti_freeze_protection_setting key 16 12239 303
d 69 mandatory_heating_enable key 17 12542 141
d 6a child_lock key 18 12683 384
d 6b motor_stroke_limit key 19 13067 169
d 6c temperature_calibration_settings key 20 13236 310
d 6d temperature_alarm_settings key 21 13546 591
d 6e schedule_settings entry 22 14137 2044
d 6f change_report_enable key 23 16181 133
d 70 motor_controllable_range key 24 16314 270
d c7 time_zone key 25 16584 1268
d c6 daylight_saving_time key 26 17852 1649
d c500 data_storage_settings.enable member 27 19501 165
d c5 - - - - -
d c501 data_storage_settings.retransmission_enable member 28 19666 195
d c502 data_storage_settings.retransmission_interval member 29 19861 243
d c503 data_storage_settings.retrieval_interval member 30 20104 233
d c4 auto_p_enable key 31 20337 118
d c9 random_key key 32 20455 112
d c8 device_status key 33 20567 179
u 00 battery key -1 20746 145
u 01 temperature key -1 20891 165
u 02 motor_total_stroke key -1 21056 158
u 03 motor_position key -1 21214 150
u 04 valve_opening_degree key -1 21364 171
u 05 motor_calibration_result_report key -1 21535 421
u 06 target_temperature key -1 21956 177
u 07 target_valve_opening_degree key -1 22133 185
u 08 low_battery_alarm key -1 22318 233
u 09 temperature_alarm key -1 22551 1255
u 0a anti_freeze_protection_alarm key -1 23806 977
u 0b mandatory_heating_alarm key -1 24783 1127
u 0c auto_away_report key -1 25910 2229
u 0d window_opening_alarm key -1 28139 884
u 0e periodic_reporting key -1 29023 2612
u ee all_configurations_request_by_device key -1 31635 126
u ff check_sequence_number_reply key -1 31761 237
u fe check_order_reply key -1 31998 156
u df tsl_version key -1 32154 141
u de product_name key -1 32295 129
u dd product_pn key -1 32424 125
u db product_sn key -1 32549 121
u da version key -1 32670 266
u d9 oem_id key -1 32936 112
u d8 product_frequency_band key -1 33048 149
u cf00 lorawan_class key -1 33197 268
u cf - - - - -
u ef ans append -1 33465 526
u ed history record -1 33991 406
u 60 temperature_unit key 0 4674 192
u 61 temperature_source_settings key 1 4866 1005
u 62 environment_temperature_display_enable key 2 5871 167
u 6300 heating_period_settings.heating_date_settings member 3 6038 485
u 63 - - - - -
u 6301 heating_period_settings.heating_period_reporting_interval member 4 6523 582
u 6302 heating_period_settings.non_heating_period_reporting_interval member 5 7105 590
u 6303 heating_period_settings.valve_status_control member 6 7695 273
u 6500 temp_control.enable member 7 7968 146
u 65 - - - - -
u 6501 temp_control.target_temperature_resolution member 8 8114 268
u 6502 temp_control.under_temperature_side_deadband member 9 8382 248
u 6503 temp_control.over_temperature_side_deadband member 10 8630 247
u 6504 temp_control.target_temperature_adjustment_range_min member 11 8877 264
u 6505 temp_control.target_temperature_adjustment_range_max member 12 9141 264
u 6506 temp_control.mode_settings member 13 9405 939
u 66 window_opening_detection_settings key 14 10344 525
u 67 auto_away_settings key 15 10869 1370
u 68 anti_freeze_protection_setting key 16 12239 303
u 69 mandatory_heating_enable key 17 12542 141
u 6a child_lock key 18 12683 384
u 6b motor_stroke_limit key 19 13067 169
u 6c temperature_calibration_settings key 20 13236 310
u 6d temperature_alarm_settings key 21 13546 591
u 6e schedule_settings entry 22 14137 2044
u 6f change_report_enable key 23 16181 133
u 70 motor_controllable_range key 24 16314 270
u c7 time_zone key 25 16584 1268
u c6 daylight_saving_time key 26 17852 1649
u c500 data_storage_settings.enable member 27 19501 165
u c5 - - - - -
u c501 data_storage_settings.retransmission_enable member 28 19666 195
u c502 data_storage_settings.retransmission_interval member 29 19861 243
u c503 data_storage_settings.retrieval_interval member 30 20104 233
u c4 auto_p_enable key 31 20337 118
u c9 random_key key 32 20455 112
u c8 device_status key 33 20567 179
t under_temperature_side_deadband over_temperature_side_deadband target_temperature_adjustment_range_min target_temperature_adjustment_range_max
t target_temperature target_temp cooling_rate energy_saving_temperature temperature_value calibration_value threshold_min threshold_max temperature
t environment_temperature

{"name":"reconnect","id":[182],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[]}}
{"name":"query_device_status","id":[185],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[]}}
{"name":"synchronize_time","id":[184],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[]}}
{"name":"clear_historical_data","id":[189],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[]}}
{"name":"stop_historical_data_retrieval","id":[188],"to":"call","rank":-1,"style":"string","body":{"name":"",
"d":{"kind":"struct"},"fields":[]}}
{"name":"retrieve_historical_data_by_time_range","id":[187],"to":"call","rank":-1,"style":"string","body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"start_time","d":{"kind":"date"}},{"name":"end_time","d":{"kind":"date",
"notBefore":"start_time"},"siblingAt":0}]}}
{"name":"retrieve_historical_data_by_time","id":[186],"to":"call","rank":-1,"style":"string","body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"time","d":{"kind":"date"}}]}}
{"name":"query_motor_stroke_position","id":[87],"to":"call","rank":-1,"style":"string","body":{"name":"",
"d":{"kind":"struct"},"fields":[]}}
{"name":"calibrate_motor","id":[88],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[]}}
{"name":"set_target_valve_opening_degree","id":[89],"to":"call","rank":-1,"style":"string","body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"value","d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"}}]}}
{"name":"set_target_temperature","id":[90],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"value","d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C"}}]}}
{"name":"set_temperature","id":[91],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"value","d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"}}]}}
{"name":"set_opening_window","id":[93],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"state","d":{"kind":"enum","values":[{"value":0,"name":"Normal"},{"value":1,"name":"Open"}]}}]}}
{"name":"delete_schedule","id":[94],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"type","d":{"kind":"enum","values":[{"value":0,"name":"Schedule1"},{"value":1,"name":"Schedule2"},
{"value":2,"name":"Schedule3"},{"value":3,"name":"Schedule4"},{"value":4,"name":"Schedule5"},{"value":5,
"name":"Schedule6"},{"value":6,"name":"Schedule7"},{"value":7,"name":"Schedule8"},{"value":8,"name":"Schedule9"},
{"value":9,"name":"Schedule10"},{"value":10,"name":"Schedule11"},{"value":11,"name":"Schedule12"},{"value":12,
"name":"Schedule13"},{"value":13,"name":"Schedule14"},{"value":14,"name":"Schedule15"},{"value":15,"name":"Schedule16"},
{"value":255,"name":"Reset All"}]}}]}}
{"name":"reboot","id":[190],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[]}}
{"name":"request_command_queries","id":[239],"to":"call","rank":-1,"style":"string","body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"length","d":{"kind":"queryLength","of":"object_command"},"selector":true},
{"name":"object_command","d":{"kind":"commandId"},"siblingAt":0,"selector":true}]}}
{"name":"set_occupancy_state","id":[92],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"state","d":{"kind":"enum","values":[{"value":0,"name":"Unoccupied"},{"value":1,"name":"Occupied"}]}}]}}
{"name":"set_time","id":[183],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"timestamp","d":{"kind":"date"}}]}}
{"name":"collect_data","id":[181],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[]}}
{"name":"reset","id":[191],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[]}}
{"name":"request_query_all_configurations","id":[238],"to":"call","rank":-1,"style":"string","body":{"name":"",
"d":{"kind":"struct"},"fields":[]}}
{"name":"request_check_sequence_number","id":[255],"to":"call","rank":-1,"style":"string","body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"sequence_number","d":{"kind":"int","wire":"u8","min":0,"max":255}}]}}
{"name":"request_check_order","id":[254],"to":"call","rank":-1,"style":"string","body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"order","d":{"kind":"int","wire":"u8","min":0,"max":255}}]}}
{"name":"temperature_unit","id":[96],"to":"key","key":"temperature_unit","rank":0,"body":{"name":"","d":{"kind":"enum",
"values":[{"value":0,"name":"\u00b0C"},{"value":1,"name":"\u00b0F"}]}}}
{"name":"temperature_source_settings","id":[97],"to":"key","key":"temperature_source_settings","rank":1,
"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"type","d":{"kind":"enum","values":[{"value":0,
"name":"Internal NTC"},{"value":1,"name":"External NTC"},{"value":2,"name":"LoRa Receive"}]},"selector":true},
{"name":"external_ntc_reception","d":{"kind":"struct"},"when":0,"whenIs":[1],"fields":[{"name":"timeout",
"d":{"kind":"int","wire":"u16","min":1,"max":1440,"unit":"min"}},{"name":"timeout_response","d":{"kind":"enum",
"values":[{"value":0,"name":"Keep State"},{"value":1,"name":"Close Valve"},{"value":2,"name":"Switch to Internal NTC"}]}}]},
{"name":"lorawan_reception","d":{"kind":"struct"},"when":0,"whenIs":[2],"fields":[{"name":"timeout","d":{"kind":"int",
"wire":"u16","min":1,"max":1440,"unit":"min"}},{"name":"timeout_response","d":{"kind":"enum","values":[{"value":0,
"name":"Keep State"},{"value":1,"name":"Close Valve"},{"value":2,"name":"Switch to Internal NTC"}]}}]}]}}
{"name":"environment_temperature_display_enable","id":[98],"to":"key","key":"environment_temperature_display_enable",
"rank":2,"body":{"name":"","d":{"kind":"bool"}}}
{"name":"heating_period_settings.heating_date_settings","id":[99,0],"to":"member","key":"heating_period_settings",
"member":"heating_date_settings","rank":3,"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"start_mon",
"d":{"kind":"int","wire":"u8","min":1,"max":12}},{"name":"start_day","d":{"kind":"int","wire":"u8","min":1,
"max":31}},{"name":"end_mon","d":{"kind":"int","wire":"u8","min":1,"max":12}},{"name":"end_day","d":{"kind":"int",
"wire":"u8","min":1,"max":31}}]}}
{"name":"heating_period_settings.heating_period_reporting_interval","id":[99,1],"to":"member","key":"heating_period_settings",
"member":"heating_period_reporting_interval","rank":4,"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"unit",
"d":{"kind":"enum","values":[{"value":0,"name":"Second"},{"value":1,"name":"Minute"}]},"selector":true},
{"name":"seconds_of_time","d":{"kind":"int","wire":"u16","min":10,"max":64800,"unit":"s"},"when":0,"whenIs":[0]},
{"name":"minutes_of_time","d":{"kind":"int","wire":"u16","min":5,"max":1440,"unit":"min"},"when":0,"whenIs":[1]}]}}
{"name":"heating_period_settings.non_heating_period_reporting_interval","id":[99,2],"to":"member","key":"heating_period_settings",
"member":"non_heating_period_reporting_interval","rank":5,"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"unit",
"d":{"kind":"enum","values":[{"value":0,"name":"Second"},{"value":1,"name":"Minute"}]},"selector":true},
{"name":"seconds_of_time","d":{"kind":"int","wire":"u16","min":10,"max":64800,"unit":"s"},"when":0,"whenIs":[0]},
{"name":"minutes_of_time","d":{"kind":"int","wire":"u16","min":5,"max":1440,"unit":"min"},"when":0,"whenIs":[1]}]}}
{"name":"heating_period_settings.valve_status_control","id":[99,3],"to":"member","key":"heating_period_settings",
"member":"valve_status_control","rank":6,"body":{"name":"","d":{"kind":"enum","values":[{"value":0,"name":"Fully Closed"},
{"value":1,"name":"Fully Open"}]}}}
{"name":"temp_control.enable","id":[101,0],"to":"member","key":"temp_control","member":"enable","rank":7,
"body":{"name":"","d":{"kind":"bool"}}}
{"name":"temp_control.target_temperature_resolution","id":[101,1],"to":"member","key":"temp_control",
"member":"target_temperature_resolution","rank":8,"body":{"name":"","d":{"kind":"enum","values":[{"value":0,
"name":"0.5 \u00b0C"},{"value":1,"name":"1 \u00b0C"}]}}}
{"name":"temp_control.under_temperature_side_deadband","id":[101,2],"to":"member","key":"temp_control",
"member":"under_temperature_side_deadband","rank":9,"body":{"name":"","d":{"kind":"decimal","wire":"i16",
"min":0.1,"max":5,"unit":"\u00b0C"}}}
{"name":"temp_control.over_temperature_side_deadband","id":[101,3],"to":"member","key":"temp_control",
"member":"over_temperature_side_deadband","rank":10,"body":{"name":"","d":{"kind":"decimal","wire":"i16",
"min":0.1,"max":5,"unit":"\u00b0C"}}}
{"name":"temp_control.target_temperature_adjustment_range_min","id":[101,4],"to":"member","key":"temp_control",
"member":"target_temperature_adjustment_range_min","rank":11,"body":{"name":"","d":{"kind":"decimal",
"wire":"i16","min":5,"max":35,"unit":"\u00b0C"}}}
{"name":"temp_control.target_temperature_adjustment_range_max","id":[101,5],"to":"member","key":"temp_control",
"member":"target_temperature_adjustment_range_max","rank":12,"body":{"name":"","d":{"kind":"decimal",
"wire":"i16","min":5,"max":35,"unit":"\u00b0C"}}}
{"name":"temp_control.mode_settings","id":[101,6],"to":"member","key":"temp_control","member":"mode_settings",
"rank":13,"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"mode","d":{"kind":"enum","values":[{"value":0,
"name":"Automatic Temperature Control"},{"value":1,"name":"Valve Opening Control"},{"value":2,"name":"Integrated Control"}]},
"selector":true},{"name":"auto_control","d":{"kind":"struct"},"when":0,"whenIs":[0],"fields":[{"name":"target_temperature",
"d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C"}}]},{"name":"valve_control","d":{"kind":"struct"},
"when":0,"whenIs":[1],"fields":[{"name":"target_valve_status","d":{"kind":"int","wire":"u8","min":0,"max":100,
"unit":"%"}}]},{"name":"intergrated_control","d":{"kind":"struct"},"when":0,"whenIs":[2],"fields":[{"name":"target_temp",
"d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C","aliases":["target_temperature"]}}]}]}}
{"name":"window_opening_detection_settings","id":[102],"to":"key","key":"window_opening_detection_settings",
"rank":14,"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"enable","d":{"kind":"bool"}},{"name":"cooling_rate",
"d":{"kind":"decimal","wire":"i16","min":2,"max":10,"unit":"\u00b0C"}},{"name":"valve_status","d":{"kind":"enum",
"values":[{"value":0,"name":"Unchanged"},{"value":1,"name":"Close"}]}},{"name":"stop_temperature_control_time",
"d":{"kind":"int","wire":"u16","min":1,"max":1440,"unit":"min"}}]}}
{"name":"auto_away_settings","id":[103],"to":"key","key":"auto_away_settings","rank":15,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"enable","d":{"kind":"bool"}},{"name":"start_time","d":{"kind":"int",
"wire":"u16","min":0,"max":1439,"unit":"min"}},{"name":"end_time","d":{"kind":"int","wire":"u16","min":0,
"max":1439,"unit":"min"}},{"name":"cycle_time_sun","d":{"kind":"bits","shift":0,"width":1},"byteStart":true},
{"name":"cycle_time_mon","d":{"kind":"bits","shift":1,"width":1}},{"name":"cycle_time_tues","d":{"kind":"bits",
"shift":2,"width":1}},{"name":"cycle_time_wed","d":{"kind":"bits","shift":3,"width":1}},{"name":"cycle_time_thur",
"d":{"kind":"bits","shift":4,"width":1}},{"name":"cycle_time_fri","d":{"kind":"bits","shift":5,"width":1}},
{"name":"cycle_time_sat","d":{"kind":"bits","shift":6,"width":1}},{"name":"reserved","d":{"kind":"bits",
"shift":7,"width":1},"fallback":0},{"name":"energy_saving_settings","d":{"kind":"struct"},"fields":[{"name":"mode",
"d":{"kind":"enum","values":[{"value":0,"name":"Temperature"},{"value":1,"name":"Valve Opening"}]},"selector":true},
{"name":"energy_saving_temperature","d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C"},
"when":0,"whenIs":[0]},{"name":"energy_saving_valve_opening_degree","d":{"kind":"int","wire":"u8","min":0,
"max":100,"unit":"%"},"when":0,"whenIs":[1]}]}]}}
{"name":"anti_freeze_protection_setting","id":[104],"to":"key","key":"anti_freeze_protection_setting",
"rank":16,"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"enable","d":{"kind":"bool"}},{"name":"temperature_value",
"d":{"kind":"decimal","wire":"i16","min":1,"max":5,"unit":"\u00b0C"}}]}}
{"name":"mandatory_heating_enable","id":[105],"to":"key","key":"mandatory_heating_enable","rank":17,"body":{"name":"",
"d":{"kind":"bool"}}}
{"name":"child_lock","id":[106],"to":"key","key":"child_lock","rank":18,"body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"enable","d":{"kind":"bool"}},{"name":"system_button","d":{"kind":"bits","shift":0,
"width":1},"byteStart":true},{"name":"func_button","d":{"kind":"bits","shift":1,"width":1}},{"name":"reserved",
"d":{"kind":"bits","shift":2,"width":6},"fallback":0}]}}
{"name":"motor_stroke_limit","id":[107],"to":"key","key":"motor_stroke_limit","rank":19,"body":{"name":"",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"}}}
{"name":"temperature_calibration_settings","id":[108],"to":"key","key":"temperature_calibration_settings",
"rank":20,"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"enable","d":{"kind":"bool"}},{"name":"calibration_value",
"d":{"kind":"decimal","wire":"i16","min":-60,"max":60,"unit":"\u00b0C"}}]}}
{"name":"temperature_alarm_settings","id":[109],"to":"key","key":"temperature_alarm_settings","rank":21,
"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"enable","d":{"kind":"bool"}},{"name":"threshold_condition",
"d":{"kind":"enum","values":[{"value":0,"name":"Disable"},{"value":1,"name":"Below Min"},{"value":2,"name":"Above Max"},
{"value":4,"name":"Below Min or Above Max"}]}},{"name":"threshold_min","d":{"kind":"decimal","wire":"i16",
"min":-20,"max":60,"unit":"\u00b0C"}},{"name":"threshold_max","d":{"kind":"decimal","wire":"i16","min":-20,
"max":60,"unit":"\u00b0C"}}]}}
{"name":"schedule_settings","id":[110],"to":"entry","key":"schedule_settings","rank":22,"list":{"key":"schedule_settings",
"entryKey":"id","noun":"schedule","items":"schedules","entryName":"Schedule","min":0,"max":15,"subs":{"0":{"key":"enable",
"seq":0,"body":{"name":"","d":{"kind":"bool"}}},"1":{"key":"start_time","seq":1,"body":{"name":"","d":{"kind":"int",
"wire":"u16","min":0,"max":1439,"unit":"min"}}},"2":{"key":"cycle_settings","seq":2,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"execution_day_sun","d":{"kind":"bits","shift":0,"width":1},"byteStart":true},
{"name":"execution_day_mon","d":{"kind":"bits","shift":1,"width":1}},{"name":"execution_day_tues","d":{"kind":"bits",
"shift":2,"width":1}},{"name":"execution_day_wed","d":{"kind":"bits","shift":3,"width":1}},{"name":"execution_day_thur",
"d":{"kind":"bits","shift":4,"width":1}},{"name":"execution_day_fri","d":{"kind":"bits","shift":5,"width":1}},
{"name":"execution_day_sat","d":{"kind":"bits","shift":6,"width":1}},{"name":"reserved","d":{"kind":"bits",
"shift":7,"width":1},"fallback":0}]}},"3":{"key":"temperature_control_mode","seq":3,"body":{"name":"",
"d":{"kind":"enum","values":[{"value":0,"name":"Automatic Temperature Control"},{"value":1,"name":"Valve Opening Control"},
{"value":2,"name":"Integrated Control"}]}}},"4":{"key":"target_temperature","seq":4,"body":{"name":"",
"d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C"}}},"5":{"key":"target_valve_status",
"seq":5,"body":{"name":"","d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"}}},"6":{"key":"pre_heating_enable",
"seq":6,"body":{"name":"","d":{"kind":"bool"}}},"7":{"key":"pre_heating_mode","seq":7,"body":{"name":"",
"d":{"kind":"enum","values":[{"value":0,"name":"Auto"},{"value":1,"name":"Manual"}]}}},"8":{"key":"pre_heating_manual_time",
"seq":8,"body":{"name":"","d":{"kind":"int","wire":"u16","min":1,"max":1440,"unit":"min"}}},"9":{"key":"report_cycle",
"seq":9,"body":{"name":"","d":{"kind":"int","wire":"u16","min":1,"max":1440,"unit":"min"}}}}}}
{"name":"change_report_enable","id":[111],"to":"key","key":"change_report_enable","rank":23,"body":{"name":"",
"d":{"kind":"bool"}}}
{"name":"motor_controllable_range","id":[112],"to":"key","key":"motor_controllable_range","rank":24,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"enable","d":{"kind":"bool"}},{"name":"distance","d":{"kind":"decimal",
"wire":"u16","min":0,"max":655.35}}]}}
{"name":"time_zone","id":[199],"to":"key","key":"time_zone","rank":25,"body":{"name":"","d":{"kind":"enum",
"wire":"i16","values":[{"value":-720,"name":"UTC-12"},{"value":-660,"name":"UTC-11"},{"value":-600,"name":"UTC-10"},
{"value":-570,"name":"UTC-9:30"},{"value":-540,"name":"UTC-9"},{"value":-480,"name":"UTC-8"},{"value":-420,
"name":"UTC-7"},{"value":-360,"name":"UTC-6"},{"value":-300,"name":"UTC-5"},{"value":-240,"name":"UTC-4"},
{"value":-210,"name":"UTC-3:30"},{"value":-180,"name":"UTC-3"},{"value":-120,"name":"UTC-2"},{"value":-60,
"name":"UTC-1"},{"value":0,"name":"UTC+0"},{"value":60,"name":"UTC+1"},{"value":120,"name":"UTC+2"},{"value":180,
"name":"UTC+3"},{"value":210,"name":"UTC+3:30"},{"value":240,"name":"UTC+4"},{"value":270,"name":"UTC+4:30"},
{"value":300,"name":"UTC+5"},{"value":330,"name":"UTC+5:30"},{"value":345,"name":"UTC+5:45"},{"value":360,
"name":"UTC+6"},{"value":390,"name":"UTC+6:30"},{"value":420,"name":"UTC+7"},{"value":480,"name":"UTC+8"},
{"value":540,"name":"UTC+9"},{"value":570,"name":"UTC+9:30"},{"value":600,"name":"UTC+10"},{"value":630,
"name":"UTC+10:30"},{"value":660,"name":"UTC+11"},{"value":720,"name":"UTC+12"},{"value":765,"name":"UTC+12:45"},
{"value":780,"name":"UTC+13"},{"value":840,"name":"UTC+14"}]}}}
{"name":"daylight_saving_time","id":[198],"to":"key","key":"daylight_saving_time","rank":26,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"enable","d":{"kind":"bool"}},{"name":"daylight_saving_time_offset",
"d":{"kind":"int","wire":"u8","min":1,"max":120,"unit":"min"}},{"name":"start_month","d":{"kind":"enum",
"values":[{"value":1,"name":"Month 1"},{"value":2,"name":"Month 2"},{"value":3,"name":"Month 3"},{"value":4,
"name":"Month 4"},{"value":5,"name":"Month 5"},{"value":6,"name":"Month 6"},{"value":7,"name":"Month 7"},
{"value":8,"name":"Month 8"},{"value":9,"name":"Month 9"},{"value":10,"name":"Month 10"},{"value":11,
"name":"Month 11"},{"value":12,"name":"Month 12"}]}},{"name":"start_week_num","d":{"kind":"bits","shift":4,
"width":4,"min":1,"max":5},"byteStart":true},{"name":"start_week_day","d":{"kind":"bits","shift":0,"width":4,
"min":1,"max":7}},{"name":"start_hour_min","d":{"kind":"int","wire":"u16","min":0,"max":1439,"unit":"min"}},
{"name":"end_month","d":{"kind":"enum","values":[{"value":1,"name":"Month 1"},{"value":2,"name":"Month 2"},
{"value":3,"name":"Month 3"},{"value":4,"name":"Month 4"},{"value":5,"name":"Month 5"},{"value":6,"name":"Month 6"},
{"value":7,"name":"Month 7"},{"value":8,"name":"Month 8"},{"value":9,"name":"Month 9"},{"value":10,"name":"Month 10"},
{"value":11,"name":"Month 11"},{"value":12,"name":"Month 12"}]}},{"name":"end_week_num","d":{"kind":"bits",
"shift":4,"width":4,"min":1,"max":5},"byteStart":true},{"name":"end_week_day","d":{"kind":"bits","shift":0,
"width":4,"min":1,"max":7}},{"name":"end_hour_min","d":{"kind":"int","wire":"u16","min":0,"max":1439,
"unit":"min"}}]}}
{"name":"data_storage_settings.enable","id":[197,0],"to":"member","key":"data_storage_settings","member":"enable",
"rank":27,"body":{"name":"","d":{"kind":"bool"}}}
{"name":"data_storage_settings.retransmission_enable","id":[197,1],"to":"member","key":"data_storage_settings",
"member":"retransmission_enable","rank":28,"body":{"name":"","d":{"kind":"bool"}}}
{"name":"data_storage_settings.retransmission_interval","id":[197,2],"to":"member","key":"data_storage_settings",
"member":"retransmission_interval","rank":29,"body":{"name":"","d":{"kind":"int","wire":"u16","min":30,
"max":1200,"unit":"s"}}}
{"name":"data_storage_settings.retrieval_interval","id":[197,3],"to":"member","key":"data_storage_settings",
"member":"retrieval_interval","rank":30,"body":{"name":"","d":{"kind":"int","wire":"u16","min":30,"max":1200,
"unit":"s"}}}
{"name":"auto_p_enable","id":[196],"to":"key","key":"auto_p_enable","rank":31,"body":{"name":"","d":{"kind":"bool"}}}
{"name":"random_key","id":[201],"to":"key","key":"random_key","rank":32,"body":{"name":"","d":{"kind":"bool"}}}
{"name":"device_status","id":[200],"to":"key","key":"device_status","rank":33,"body":{"name":"","d":{"kind":"enum",
"values":[{"value":0,"name":"Off"},{"value":1,"name":"On"}]}}}
{"name":"battery","id":[0],"to":"key","key":"battery","rank":-1,"body":{"name":"","d":{"kind":"int","wire":"u8",
"min":0,"max":100,"unit":"%"}}}
{"name":"temperature","id":[1],"to":"key","key":"temperature","rank":-1,"body":{"name":"","d":{"kind":"decimal",
"wire":"i16","min":-20,"max":60,"unit":"\u00b0C"}}}
{"name":"motor_total_stroke","id":[2],"to":"key","key":"motor_total_stroke","rank":-1,"body":{"name":"",
"d":{"kind":"int","wire":"u16","min":0,"max":3028}}}
{"name":"motor_position","id":[3],"to":"key","key":"motor_position","rank":-1,"body":{"name":"","d":{"kind":"int",
"wire":"u16","min":0,"max":3028}}}
{"name":"valve_opening_degree","id":[4],"to":"key","key":"valve_opening_degree","rank":-1,"body":{"name":"",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"}}}
{"name":"motor_calibration_result_report","id":[5],"to":"key","key":"motor_calibration_result_report",
"rank":-1,"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"status","d":{"kind":"enum","values":[{"value":0,
"name":"Uncalibrated"},{"value":1,"name":"Success"},{"value":2,"name":"Failed: out of range"},{"value":3,
"name":"Failed: temperature control disabled"},{"value":4,"name":"Failed: uninstalled"}]}}]}}
{"name":"target_temperature","id":[6],"to":"key","key":"target_temperature","rank":-1,"body":{"name":"",
"d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C"}}}
{"name":"target_valve_opening_degree","id":[7],"to":"key","key":"target_valve_opening_degree","rank":-1,
"body":{"name":"","d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"}}}
{"name":"low_battery_alarm","id":[8],"to":"key","key":"low_battery_alarm","rank":-1,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"value","d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},
"copy":"battery"}]}}
{"name":"temperature_alarm","id":[9],"to":"key","key":"temperature_alarm","rank":-1,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"type","d":{"kind":"enum","values":[{"value":16,"name":"Lower Range Alarm Deactivation"},
{"value":17,"name":"Lower Range Alarm Trigger"},{"value":18,"name":"Over Range Alarm Deactivation"},{"value":19,
"name":"Over Range Alarm Trigger"}]},"selector":true},{"name":"lower_range_alarm_deactivation","d":{"kind":"struct"},
"when":0,"whenIs":[16],"fields":[{"name":"temperature","d":{"kind":"decimal","wire":"i16","min":-20,"max":60,
"unit":"\u00b0C"},"copy":"temperature"}]},{"name":"lower_range_alarm_trigger","d":{"kind":"struct"},"when":0,
"whenIs":[17],"fields":[{"name":"temperature","d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},
"copy":"temperature"}]},{"name":"over_range_alarm_deactivation","d":{"kind":"struct"},"when":0,"whenIs":[18],
"fields":[{"name":"temperature","d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},
"copy":"temperature"}]},{"name":"over_range_alarm_trigger","d":{"kind":"struct"},"when":0,"whenIs":[19],
"fields":[{"name":"temperature","d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},
"copy":"temperature"}]}]}}
{"name":"anti_freeze_protection_alarm","id":[10],"to":"key","key":"anti_freeze_protection_alarm","rank":-1,
"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"type","d":{"kind":"enum","values":[{"value":32,
"name":"Freeze Protection Released"},{"value":33,"name":"Freeze Protection Trigger"}]},"selector":true},
{"name":"lifted","d":{"kind":"struct"},"when":0,"whenIs":[32],"fields":[{"name":"environment_temperature",
"d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"},{"name":"current_valve_status",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"valve_opening_degree"}]},{"name":"trigger",
"d":{"kind":"struct"},"when":0,"whenIs":[33],"fields":[{"name":"environment_temperature","d":{"kind":"decimal",
"wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"},{"name":"current_valve_status",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"valve_opening_degree"}]}]}}
{"name":"mandatory_heating_alarm","id":[11],"to":"key","key":"mandatory_heating_alarm","rank":-1,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"type","d":{"kind":"enum","values":[{"value":32,"name":"Exit"},
{"value":33,"name":"Enter"}]},"selector":true},{"name":"exit","d":{"kind":"struct"},"when":0,"whenIs":[32],
"fields":[{"name":"environment_temperature","d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},
"copy":"temperature"},{"name":"current_valve_status","d":{"kind":"int","wire":"u8","min":0,"max":100,
"unit":"%"},"copy":"valve_opening_degree"},{"name":"battery_level","d":{"kind":"int","wire":"u8","min":0,
"max":100,"unit":"%"},"copy":"battery"}]},{"name":"enter","d":{"kind":"struct"},"when":0,"whenIs":[33],
"fields":[{"name":"environment_temperature","d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},
"copy":"temperature"},{"name":"current_valve_status","d":{"kind":"int","wire":"u8","min":0,"max":100,
"unit":"%"},"copy":"valve_opening_degree"},{"name":"battery_level","d":{"kind":"int","wire":"u8","min":0,
"max":100,"unit":"%"},"copy":"battery"}]}]}}
{"name":"auto_away_report","id":[12],"to":"key","key":"auto_away_report","rank":-1,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"event_type","d":{"kind":"enum","values":[{"value":32,"name":"Inactive by Target Temperature"},
{"value":33,"name":"Active by Target Temperature"},{"value":34,"name":"Inactive by Target Valve Opening"},
{"value":35,"name":"Active by Target Valve Opening"}]},"selector":true},{"name":"inactive_by_target_temperature",
"d":{"kind":"struct"},"when":0,"whenIs":[32],"fields":[{"name":"state","d":{"kind":"enum","values":[{"value":0,
"name":"Unoccupied"},{"value":1,"name":"Occupied"}]}},{"name":"environment_temperature","d":{"kind":"decimal",
"wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"},{"name":"target_temperature",
"d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C"},"copy":"target_temperature"}]},
{"name":"active_by_target_temperature","d":{"kind":"struct"},"when":0,"whenIs":[33],"fields":[{"name":"state",
"d":{"kind":"enum","values":[{"value":0,"name":"Unoccupied"},{"value":1,"name":"Occupied"}]}},{"name":"environment_temperature",
"d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"},{"name":"target_temperature",
"d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C"}}]},{"name":"inactive_by_target_valve_opening",
"d":{"kind":"struct"},"when":0,"whenIs":[34],"fields":[{"name":"state","d":{"kind":"enum","values":[{"value":0,
"name":"Unoccupied"},{"value":1,"name":"Occupied"}]}},{"name":"environment_temperature","d":{"kind":"decimal",
"wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"},{"name":"target_valve_opening",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"target_valve_opening_degree"}]},{"name":"active_by_target_valve_opening",
"d":{"kind":"struct"},"when":0,"whenIs":[35],"fields":[{"name":"state","d":{"kind":"enum","values":[{"value":0,
"name":"Unoccupied"},{"value":1,"name":"Occupied"}]}},{"name":"environment_temperature","d":{"kind":"decimal",
"wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"},{"name":"target_valve_opening",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"}}]}]}}
{"name":"window_opening_alarm","id":[13],"to":"key","key":"window_opening_alarm","rank":-1,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"type","d":{"kind":"enum","values":[{"value":32,"name":"Release"},
{"value":33,"name":"Trigger"}]},"selector":true},{"name":"release","d":{"kind":"struct"},"when":0,"whenIs":[32],
"fields":[{"name":"state","d":{"kind":"enum","values":[{"value":0,"name":"Normal"},{"value":1,"name":"Open"}]}},
{"name":"environment_temperature","d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},
"copy":"temperature"}]},{"name":"trigger","d":{"kind":"struct"},"when":0,"whenIs":[33],"fields":[{"name":"state",
"d":{"kind":"enum","values":[{"value":0,"name":"Normal"},{"value":1,"name":"Open"}]}},{"name":"environment_temperature",
"d":{"kind":"decimal","wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"}]}]}}
{"name":"periodic_reporting","id":[14],"to":"key","key":"periodic_reporting","rank":-1,"body":{"name":"",
"d":{"kind":"struct"},"fields":[{"name":"report_type","d":{"kind":"enum","values":[{"value":0,"name":"Non-heating Season"},
{"value":1,"name":"Target Temperature for Heating"},{"value":2,"name":"Target Valve Opening for Heating"},
{"value":3,"name":"Integrated Control for Heating"}]},"selector":true},{"name":"non_heating_season","d":{"kind":"struct"},
"when":0,"whenIs":[0],"fields":[{"name":"target_valve_opening","d":{"kind":"int","wire":"u8","min":0,
"max":100,"unit":"%"},"copy":"target_valve_opening_degree"},{"name":"battery_level","d":{"kind":"int",
"wire":"u8","min":0,"max":100,"unit":"%"},"copy":"battery"}]},{"name":"target_temperature_for_heating",
"d":{"kind":"struct"},"when":0,"whenIs":[1],"fields":[{"name":"environment_temperature","d":{"kind":"decimal",
"wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"},{"name":"current_valve_opening",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"valve_opening_degree"},{"name":"target_temperature",
"d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C"},"copy":"target_temperature"},{"name":"battery_level",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"battery"}]},{"name":"target_valve_opening_for_heating",
"d":{"kind":"struct"},"when":0,"whenIs":[2],"fields":[{"name":"environment_temperature","d":{"kind":"decimal",
"wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"},{"name":"current_valve_opening",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"valve_opening_degree"},{"name":"target_valve_opening",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"target_valve_opening_degree"},{"name":"battery_level",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"battery"}]},{"name":"integrated_control_for_heating",
"d":{"kind":"struct"},"when":0,"whenIs":[3],"fields":[{"name":"environment_temperature","d":{"kind":"decimal",
"wire":"i16","min":-20,"max":60,"unit":"\u00b0C"},"copy":"temperature"},{"name":"current_valve_opening",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"valve_opening_degree"},{"name":"target_temperature",
"d":{"kind":"decimal","wire":"i16","min":5,"max":35,"unit":"\u00b0C"},"copy":"target_temperature"},{"name":"target_valve_opening",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"target_valve_opening_degree"},{"name":"battery_level",
"d":{"kind":"int","wire":"u8","min":0,"max":100,"unit":"%"},"copy":"battery"}]}]}}
{"name":"all_configurations_request_by_device","id":[238],"to":"key","key":"all_configurations_request_by_device",
"rank":-1}
{"name":"check_sequence_number_reply","id":[255],"to":"key","key":"check_sequence_number_reply","rank":-1,
"body":{"name":"","d":{"kind":"struct"},"fields":[{"name":"sequence_number","d":{"kind":"int","wire":"u8",
"min":0,"max":255}}]}}
{"name":"check_order_reply","id":[254],"to":"key","key":"check_order_reply","rank":-1,"body":{"name":"",
"d":{"kind":"int","wire":"u8","min":0,"max":255}}}
{"name":"tsl_version","id":[223],"to":"key","key":"tsl_version","rank":-1,"body":{"name":"","d":{"kind":"version",
"format":"major.minor"}}}
{"name":"product_name","id":[222],"to":"key","key":"product_name","rank":-1,"body":{"name":"","d":{"kind":"string",
"size":32}}}
{"name":"product_pn","id":[221],"to":"key","key":"product_pn","rank":-1,"body":{"name":"","d":{"kind":"string",
"size":32}}}
{"name":"product_sn","id":[219],"to":"key","key":"product_sn","rank":-1,"body":{"name":"","d":{"kind":"hex",
"size":8}}}
{"name":"version","id":[218],"to":"key","key":"version","rank":-1,"body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"hardware_version","d":{"kind":"version","format":"major.minor"}},{"name":"firmware_version",
"d":{"kind":"version","format":"firmware"}}]}}
{"name":"oem_id","id":[217],"to":"key","key":"oem_id","rank":-1,"body":{"name":"","d":{"kind":"hex","size":2}}}
{"name":"product_frequency_band","id":[216],"to":"key","key":"product_frequency_band","rank":-1,"body":{"name":"",
"d":{"kind":"string","size":16}}}
{"name":"lorawan_class","id":[207,0],"to":"key","key":"lorawan_class","rank":-1,"body":{"name":"","d":{"kind":"enum",
"values":[{"value":0,"name":"Class A"},{"value":1,"name":"Class B"},{"value":2,"name":"Class C"},{"value":3,
"name":"Class CtoB"}],"output":"name"}}}
{"name":"ans","id":[239],"to":"append","key":"ans","rank":-1,"body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"result","d":{"kind":"bits","shift":4,"width":4,"max":9,"says":".result: % is not a known result (0\u20269)"},
"byteStart":true},{"name":"length","d":{"kind":"bits","shift":0,"width":4,"min":1,"of":"id","says":": length %; a reply echoes 1\u202615 command-ID bytes"},
"selector":true},{"name":"id","d":{"kind":"commandId","any":true},"siblingAt":1},{"name":"name","d":{"kind":"commandName",
"of":"id"}}]}}
{"name":"history","id":[237],"to":"record","key":"history","rank":-1,"body":{"name":"","d":{"kind":"struct"},
"fields":[{"name":"mode","d":{"kind":"enum","values":[{"value":0,"name":"Target Time"},{"value":1,"name":"Historical Time"}],
"says":".mode: % is not a known mode (0 target time, 1 historical time)"},"fallback":1},{"name":"timestamp",
"d":{"kind":"int","wire":"u32","min":0,"max":4294967295}}]}}
*/}
