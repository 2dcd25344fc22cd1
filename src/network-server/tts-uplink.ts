/** The Things Stack console's Uplink tab (codecs/tts/uplink.js): `decodeUplink` (it passes no variables) and `normalizeUplink`. */
export { decodeUplinkAsIs as decodeUplink } from './decode-entries';
export { normalizeUplink } from './normalize';
