/** The Things Stack console's Downlink tab (codecs/tts/downlink.js): `encodeDownlink` and `decodeDownlink`. */
export { decodeDownlink, encodeDownlink } from './entry';
