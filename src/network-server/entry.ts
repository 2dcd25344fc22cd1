/**
 * Entry points for network-server codec scripts (built into codecs/wt102.js): the LoRa
 * Alliance TS013 functions that ChirpStack v4 and The Things Stack call, and the legacy
 * ones of ChirpStack v3 and TTN v2. A thin layer: all decoding and validation is the core's.
 */
export { decodeDownlink, decodeUplink, Decode, Decoder } from './decode-entries';
export { encodeData, encodeDownlink, Encode, Encoder } from './encode-entries';
export type { DecodeResult, DownlinkInput, EncodeResult, UplinkInput } from './entry-common';
