/**
 * wt102-codec: encoder and decoder for the Milesight WT102 radiator valve.
 * The core is pure: plain byte arrays in and out, no Node globals.
 */
export { encode, encodeHex, decode, encodeToArray, DOWNLINK_FPORT } from './codec/frame';
export type { EncodeOptions } from './codec/frame';
export { CodecError } from './errors';
export type { CodecErrorCode } from './errors';
export { SERVICES } from './schema/services';
export type {
  ServiceCall,
  CanonicalServiceCall,
  ServiceId,
  ServiceInputs,
  ServiceSpec,
  ServiceTable,
} from './schema/services';
export { QUERYABLE_COMMANDS, SCHEDULE_QUERY_SUBCOMMANDS, allQueryableCommandIds, queryableCommandName } from './schema/command-ids';
export type { ObjectCommand, QueryableCommand } from './schema/command-ids';
export type { Field, FieldKind, Fields, EnumValue, DateInput } from './schema/fields';
export { allowedText } from './codec/field-codecs';
export { toHex, fromHex } from './codec/bytes';
export { decodeUplink, encodeUplink, encodeUplinkToArray } from './codec/uplink-codec';
export type { UplinkData, CommandReply, HistoryRecord } from './codec/uplink-codec';
export type { SettingsCall, DownlinkCall, DecodedDownlink } from './codec/frame';
export type { Properties, ScheduleSettings } from './schema/properties';
export { SETTINGS, SCHEDULE } from './schema/settings';
export type { SettingSpec, ScheduleFieldSpec } from './schema/settings';
export { UPLINKS, HISTORY, REPLY_RESULTS } from './schema/uplinks';
export type { UplinkSpec } from './schema/uplinks';
export { encodeCommands } from './codec/frame';
export { maxPayloadSize, encodeFrames, chirpstackEnqueueBody, chirpstackBodyForPayload, ttnDownlinkBody, ttnBodyForPayload } from './framing';
export type { Region, Direction, SizeLimitOptions, BodyOptions } from './framing';
export { toBase64 } from './codec/base64';
