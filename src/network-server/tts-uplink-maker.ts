/**
 * The Things Stack console's Uplink tab in the maker's current forms (codecs/tts/uplink-maker.js): `decodeUplink`
 * gives every temperature's Fahrenheit and Celsius twins, as the maker's codec does (the console passes no variable
 * to ask for them, as ChirpStack's `maker_forms` does), and `normalizeUplink`.
 */
export { decodeUplinkInMakerForms as decodeUplink } from './decode-entries';
export { normalizeUplink } from './normalize';
