/** The Things Stack console's Uplink tab (codecs/tts/uplink.js): `decodeUplink` and `normalizeUplink`. */
export { decodeUplink } from './entry';
export { normalizeUplink } from './normalize';
