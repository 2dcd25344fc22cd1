/** The script's part that reads downlinks: The Things Stack's decodeDownlink. */
export { decodeDownlink } from '../decode-entries';
