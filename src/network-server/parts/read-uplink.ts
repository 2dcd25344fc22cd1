/** The script's part that reads uplinks: TS013 decodeUplink (ChirpStack v3's Decode and TTN v2's Decoder are legacy-decode's, a part it hosts). */
export { decodeUplink } from '../decode-entries';
