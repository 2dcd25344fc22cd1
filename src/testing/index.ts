/**
 * `wt102-codec/testing`: what tests of an application built on WT102 data need without a valve or a network
 * server: the project's example frames (`fixtures`), and the JSON the servers deliver for an uplink
 * (`chirpstackUplinkEvent`, `ttsUplinkMessage`) with the payload read back out of either (`payloadFromEnvelope`), and a
 * virtual valve that answers downlinks (`createValve`).
 */
export { fixtures } from './fixtures';
export type { DownlinkFixture, UplinkFixture } from './fixtures';
export { chirpstackUplinkEvent, payloadFromEnvelope, ttsUplinkMessage } from './envelopes';
export type { EnvelopeOptions } from './envelopes';
export { createValve } from './valve';
export type { Readings, Valve, ValveOptions, ValveUplink } from './valve';
