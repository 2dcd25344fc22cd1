/** Milesight's application port for downlinks (apart, so that what only writes them reaches no reader). */
export const DOWNLINK_FPORT = 85;
