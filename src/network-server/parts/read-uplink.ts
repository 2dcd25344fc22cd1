/** The script's part that reads uplinks: the TS013 and legacy entry points that decode what the valve sends. */
export { decodeUplink, Decode, Decoder } from '../decode-entries';
