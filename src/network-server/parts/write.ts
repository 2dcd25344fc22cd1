/** The script's part that writes downlinks: TS013 encodeDownlink, ChirpStack v3 Encode, TTN v2 Encoder. */
export { encodeDownlink, Encode, Encoder } from '../encode-entries';
