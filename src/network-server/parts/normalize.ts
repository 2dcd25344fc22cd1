/** The script's part that gives The Things Stack's normalized payload. */
export { normalizeUplink } from '../normalize';
