/** Downlink frames, both ways: encoding (frame-encode.ts) and decoding (frame-decode.ts), apart so that what only writes frames reaches no reader. */
export * from './frame-encode';
export { decode, decodeFrame, frameBytes } from './frame-decode';
export { DOWNLINK_FPORT } from './fport';
export type { DecodedDownlink, DecodeOptions, SettingsCall } from './frame-decode';
