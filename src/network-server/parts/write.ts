/** The script's part that writes downlinks: TS013 encodeDownlink (ChirpStack v3's Encode and TTN v2's Encoder are legacy-encode's, a part it hosts). */
export { encodeDownlink } from '../encode-entries';
