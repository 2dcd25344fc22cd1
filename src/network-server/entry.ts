/**
 * Entry points for network-server codec scripts (built into codecs/wt102.js): the LoRa
 * Alliance TS013 functions that ChirpStack v4 and The Things Stack call, and the legacy
 * ones of ChirpStack v3 and TTN v2. A thin layer: all decoding and validation is the core's.
 */
export { decodeDownlink, decodeUplink } from './decode-entries';
export { encodeData, encodeDownlink } from './encode-entries';
export { Decode, Decoder } from './legacy-decode';
export { Encode, Encoder } from './legacy-encode';
export type { DecodeResult, DownlinkInput, EncodeResult, UplinkInput } from './entry-common';
