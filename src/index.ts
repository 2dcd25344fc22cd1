/**
 * wt102-codec: encoder and decoder for the Milesight WT102 radiator valve.
 * The core is pure: plain byte arrays in and out, no Node globals.
 * LoRaWAN framing (Node only) is in `wt102-codec/lorawan`.
 */

// Downlinks: service calls and settings ⇄ frames.
export { encode, encodeHex, encodeToArray, encodeCommands, decode, DOWNLINK_FPORT } from './codec/frame';
export type { EncodeOptions, DecodeOptions, DownlinkCall, MakerObject, SettingsCall, DecodedDownlink } from './codec/frame';

// Uplinks: frames ⇄ the maker's output shape.
export { decodeUplink } from './codec/uplink-codec';
export { encodeUplink, encodeUplinkToArray } from './codec/uplink-encode';
export type { UplinkData, UplinkReadings, ReportedSettings, ReportedSchedule, CommandReply, HistoryRecord, DecodeUplinkOptions, MakerUplinkData } from './codec/uplink-codec';
export type { OutputValue, OutputsOf } from './schema/uplink-data';

// Frames on the air and the network servers' API bodies.
export { maxPayloadSize, encodeFrames, chirpstackEnqueueBody, chirpstackBodyForPayload, ttnDownlinkBody, ttnBodyForPayload } from './framing';
export type { Region, Direction, SizeLimitOptions, BodyOptions } from './framing';

export { CodecError } from './codec/codec-error';

// Planning downlinks for a wanted configuration, and confirming them from the valve's replies.
export { planSettings } from './planning/plan-settings';
export type { PlanOptions, PlannedFrame } from './planning/plan-settings';
export type { PlannedCommand } from './planning/commands';
export { reportedSettings } from './planning/reported-settings';
export { confirmDownlinks } from './planning/confirm-downlinks';
export type { CommandStatus, ConfirmedCommand, ConfirmedFrame, Confirmation, SentFrame, UnmatchedAnswer } from './planning/confirm-downlinks';
export type { CodecErrorCode } from './base/errors';

// The tables every direction is derived from, and their types.
export { SERVICES, SETTINGS, SCHEDULE, UPLINKS, HISTORY, REPLY_RESULTS, QUERYABLE_COMMANDS, SCHEDULE_QUERY_SUBCOMMANDS } from './tables';
export type { ServiceCall, CanonicalServiceCall, ServiceId, ServiceInputs, ServiceSpec, ServiceTable } from './schema/services';
export type { SettingSpec, ScheduleFieldSpec } from './schema/settings';
export type { Properties, ScheduleSettings } from './schema/properties';

export type { UplinkSpec } from './schema/uplinks';
export { allQueryableCommandIds } from './schema/command-ids';
export { queryableCommandName } from './schema/command-id-names';
export { commandIdOfPath, objectPathOfCommandId } from './engine/object-paths';
export type { ObjectCommand } from './schema/command-ids';
export type { QueryableCommand } from './tables';
export type {
  Field,
  FieldKind,
  Fields,
  IntField,
  IntWire,
  DecimalField,
  EnumField,
  EnumValue,
  BoolField,
  BitsField,
  DateField,
  QueryLengthField,
  CommandIdField,
  StringField,
  HexField,
  VersionField,
  StructField,
  When,
  DateInput,
  BoolInput,
  InputValue,
  InputsOf,
  CanonicalValue,
  CanonicalInputsOf,
} from './schema/fields';
export { allowedText } from './engine/allowed-text';
export type { EnumStyle } from './engine/site';

// Byte helpers.
export { toHex, fromHex } from './base/bytes';
export { toBase64, fromBase64 } from './base/base64';
export type { PayloadEncoding } from './base/base64';
