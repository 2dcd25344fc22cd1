/** Ranges that more than one module reads: declared once. */

/** The valve's ambient temperature sensor, °C: readings outside it come with a warning. */
export const AMBIENT_TEMPERATURE = { min: -20, max: 60 } as const;
