/**
 * LoRaWAN 1.0.x framing around WT102 payloads (Node only: `wt102-codec/lorawan`).
 * Builds downlink PHYPayloads (FRMPayload encrypted with the AppSKey, MIC with the
 * NwkSKey) and parses PHYPayloads back, checking the MIC before decrypting. The
 * LoRaWAN layer is the `lora-packet` library; this module only adapts it.
 */
import loraPacket from 'lora-packet';
import { pathError, thrownText, valueError } from '../base/errors';
import { CodecError } from '../codec/codec-error';
import { decode, DOWNLINK_FPORT, encodeToArray } from '../codec/frame';
import type { DecodedDownlink, DownlinkCall, MakerObject } from '../codec/frame';
import { payloadBytes } from '../framing';
import { decodeUplink } from '../codec/uplink-codec';
import type { UplinkData } from '../codec/uplink-codec';
import { checkedBytes, hexBytes } from '../base/bytes';
import { readOptions } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { isInteger } from '../base/es5';
// The tables frozen and prototype-free, as they are when the library's main entry is loaded.
import '../tables';
import { types } from 'util';

/** Session keys, as 32 hex digits or 16 bytes. They are never echoed in errors. */
export interface SessionKeys {
  nwkSKey: string | Uint8Array;
  appSKey: string | Uint8Array;
}

export interface DownlinkPhyOptions extends SessionKeys {
  /** 8 hex digits, as printed (big-endian), e.g. "26011bda". */
  devAddr: string;
  /** The 32-bit downlink frame counter; its low 16 bits go on the wire, all 32 into the MIC and encryption. */
  fCnt: number;
  /** Application port; 85 (the WT102's) by default. */
  fPort?: number;
  confirmed?: boolean;
  ack?: boolean;
  fPending?: boolean;
}

export interface Phy {
  bytes: Uint8Array;
  hex: string;
  base64: string;
}

function key(value: unknown, name: string): Buffer {
  if (typeof value === 'object' && value !== null && isUint8Array(value)) {
    const bytes = copyOf(value, name);
    if (bytes.length !== 16) throw pathError('INVALID_OPTION', name, `is ${bytes.length} bytes; an AES-128 key is 16`);
    return bytes;
  }
  if (typeof value !== 'string') throw pathError('INVALID_OPTION', name, value === undefined ? 'missing' : 'is not 32 hex digits or 16 bytes');
  const hex = value.replace(/^0x/i, '');
  // The key itself is never put in a message: only its length and whether it is hex.
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw pathError('INVALID_OPTION', name, 'is not hex; expected 32 hex digits (16 bytes)');
  if (hex.length !== 32) throw pathError('INVALID_OPTION', name, `has ${hex.length} hex digits; expected 32 (16 bytes)`);
  return Buffer.from(hex, 'hex');
}

/** A genuine Uint8Array (or Buffer): not a Proxy, whose elements could change between reads. */
function isUint8Array(value: object): value is Uint8Array {
  return types.isUint8Array(value) && !types.isProxy(value);
}

/**
 * A copy of a Uint8Array's bytes, made from its internal slots: a subclass's own `length` getter or
 * `valueOf` (which `Buffer.from` would call) cannot make the bytes checked differ from the bytes used.
 */
function copyOf(value: Uint8Array, name: string): Buffer {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(value);
  } catch (e) {
    // The only view that cannot be copied is one whose buffer was transferred (postMessage, structuredClone) or freed.
    throw pathError('INVALID_TYPE', name, 'is a Uint8Array whose ArrayBuffer is detached (transferred elsewhere): its bytes are gone');
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function devAddrOf(value: unknown): Buffer {
  if (typeof value !== 'string' || !/^(0x)?[0-9a-fA-F]{8}$/i.test(value)) {
    throw valueError('INVALID_OPTION', 'devAddr', value, 'is not 8 hex digits (a 32-bit DevAddr, e.g. "26011bda")');
  }
  return Buffer.from(value.replace(/^0x/i, ''), 'hex');
}

function fCntOf(value: unknown): number {
  if (!isInteger(value) || value < 0 || value > 0xffffffff) throw valueError('INVALID_OPTION', 'fCnt', value, 'is not a frame counter 0…4294967295');
  return value;
}

function flag(value: unknown, name: string): boolean {
  if (value !== undefined && typeof value !== 'boolean') throw valueError('INVALID_OPTION', name, value, 'is not true or false');
  return value === true;
}

/** The upper 16 bits of a 32-bit FCnt, as lora-packet takes them (least significant byte first). */
function fCntMsb(fCnt: number): Buffer {
  return Buffer.from([(fCnt >>> 16) & 0xff, (fCnt >>> 24) & 0xff]);
}

const PHY_OPTIONS = ['devAddr', 'fCnt', 'nwkSKey', 'appSKey', 'fPort', 'confirmed', 'ack', 'fPending'];
const PARSE_OPTIONS = ['nwkSKey', 'appSKey', 'fCntMsb'];

/**
 * Runs lora-packet: whatever it throws for a frame it cannot take becomes a CodecError
 * (INVALID_PHY), so that nothing but CodecErrors leaves this module.
 */
function loraPacketCall<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof CodecError) throw e;
    throw pathError('INVALID_PHY', 'phy', `${what} (${thrownText(e)})`);
  }
}

/** What an uplink PHYPayload is built with: as a downlink's, but no FPending (a downlink's flag only). */
export type UplinkPhyOptions = Omit<DownlinkPhyOptions, 'fPending'>;

const UPLINK_PHY_OPTIONS = PHY_OPTIONS.filter((o) => o !== 'fPending');

/**
 * Builds the uplink PHYPayload a valve would send with `frame` (bytes or hex, as `decodeUplink` takes them; not
 * checked to decode, so that a test can send what a valve should not): encrypted with the AppSKey and signed with
 * the NwkSKey, as the network server receives it. For tests of what reads radio frames, without a valve.
 */
export function buildUplinkPhy(frame: Uint8Array | ArrayLike<number> | string, options: UplinkPhyOptions): Phy {
  const o = readOptions(options, UPLINK_PHY_OPTIONS, false);
  return buildPhy(payloadBytes(frame), o, true);
}

/** Builds the downlink PHYPayload that carries `calls` to the valve. */
export function buildDownlinkPhy(calls: DownlinkCall | readonly DownlinkCall[] | MakerObject, options: DownlinkPhyOptions): Phy {
  const o = readOptions(options, PHY_OPTIONS, false);
  return buildPhy(encodeToArray(calls), o, false);
}

/**
 * Builds the downlink PHYPayload for an already encoded WT102 payload (e.g. one frame of
 * `encodeFrames`): bytes or hex text, as `decode` takes them, at least one byte.
 */
export function buildPhyFromPayload(payload: Uint8Array | ArrayLike<number> | string, options: DownlinkPhyOptions): Phy {
  const o = readOptions(options, PHY_OPTIONS, false);
  return buildPhy(payloadBytes(payload), o, false);
}

/**
 * The largest PHYPayload LoRa carries is 255 bytes; a data frame without FOpts spends 13 of them
 * on MHDR, DevAddr, FCtrl, FCnt, FPort and MIC, which leaves 242 for the FRMPayload.
 */
const MAX_PHY_BYTES = 255;
const MAX_FRM_PAYLOAD = MAX_PHY_BYTES - 13;

function buildPhy(payload: number[], options: Rec, up: boolean): Phy {
  if (payload.length > MAX_FRM_PAYLOAD) {
    throw pathError('PAYLOAD_TOO_LARGE', 'payload', `${payload.length} bytes do not fit in a LoRaWAN frame, which carries at most ${MAX_FRM_PAYLOAD}; split it with encodeFrames`);
  }
  const nwkSKey = key(options.nwkSKey, 'nwkSKey');
  const appSKey = key(options.appSKey, 'appSKey');
  const devAddr = devAddrOf(options.devAddr);
  const fCnt = fCntOf(options.fCnt);
  const fPort = options.fPort === undefined ? DOWNLINK_FPORT : options.fPort;
  if (!isInteger(fPort) || fPort < 1 || fPort > 223) throw valueError('INVALID_OPTION', 'fPort', fPort, 'is not an application port 1…223');
  const confirmed = flag(options.confirmed, 'confirmed');
  const ack = flag(options.ack, 'ack');
  const fPending = flag(options.fPending, 'fPending');
  const phy = loraPacketCall('lora-packet could not build the frame', () => {
    // Objects with no prototype: lora-packet reads fields we do not set (FOpts, MIC…), which a
    // polluted Object.prototype would otherwise supply.
    const fields = Object.assign(Object.create(null) as object, {
      MType: `${confirmed ? 'Confirmed' : 'Unconfirmed'} Data ${up ? 'Up' : 'Down'}`,
      DevAddr: devAddr,
      FCtrl: Object.assign(Object.create(null) as object, { ACK: ack, FPending: fPending, ADR: false, ADRACKReq: false }),
      FCnt: fCnt & 0xffff,
      FPort: fPort,
      payload: Buffer.from(payload),
    });
    const packet = loraPacket.fromFields(
      fields as Parameters<typeof loraPacket.fromFields>[0],
      appSKey,
      nwkSKey,
      undefined,
      fCntMsb(fCnt),
    );
    return packet.getPHYPayload() as Buffer;
  });
  return { bytes: new Uint8Array(phy), hex: phy.toString('hex'), base64: phy.toString('base64') };
}

export interface ParseOptions extends SessionKeys {
  /** The upper 16 bits of the frame counter, which are not on the wire (0 by default). */
  fCntMsb?: number;
}

export interface ParsedPhy {
  direction: 'up' | 'down';
  mType: string;
  devAddr?: string;
  /** The full frame counter: `fCntMsb << 16` plus the 16 bits on the wire. */
  fCnt?: number;
  fPort?: number | null;
  confirmed?: boolean;
  adr?: boolean;
  ack?: boolean;
  fPending?: boolean;
  /** MAC commands riding in FOpts, as hex. */
  fOpts?: string;
  /** The decrypted FRMPayload, as hex. */
  payload?: string;
  /** What the payload means, for a data frame on the WT102's port. */
  uplink?: UplinkData;
  downlink?: DecodedDownlink[];
  /** Why the payload was not decoded as WT102 data (MAC commands on port 0, another port, a join…). */
  note?: string;
}

/** The PHYPayload's bytes: a Uint8Array or array of bytes, hex text (as `decode` reads it) or base64. */
function phyBytes(phy: unknown): Buffer {
  let bytes: Buffer;
  if (typeof phy === 'object' && phy !== null) bytes = isUint8Array(phy) ? copyOf(phy, 'phy') : Buffer.from(checkedBytes(phy, 'hex, base64 or bytes', 'phy'));
  else if (typeof phy !== 'string') throw valueError('INVALID_PHY', 'phy', phy, 'is not a PHYPayload (hex, base64 or bytes)');
  else {
    const text = phy.trim();
    // Longer text cannot hold a PHYPayload: refused before it is read (base64 takes 4 characters per 3 bytes).
    if (text.length > 4 * MAX_PHY_BYTES) throw pathError('PAYLOAD_TOO_LARGE', 'phy', `${text.length} characters are more than a PHYPayload of at most ${MAX_PHY_BYTES} bytes takes`);
    try {
      bytes = Buffer.from(hexBytes(text, 'phy'));
    } catch (e) {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) throw valueError('INVALID_PHY', 'phy', phy, 'is neither hex nor base64');
      bytes = Buffer.from(text, 'base64');
    }
  }
  if (bytes.length > MAX_PHY_BYTES) throw pathError('PAYLOAD_TOO_LARGE', 'phy', `${bytes.length} bytes; a LoRaWAN PHYPayload is at most ${MAX_PHY_BYTES}`);
  return bytes;
}

/**
 * Parses a PHYPayload (uplink or downlink), checks its MIC with the NwkSKey (a failed
 * check is a MIC_MISMATCH error, never garbage), decrypts the FRMPayload with the
 * AppSKey, and decodes it with the WT102 decoder for its direction.
 */
export function parsePhy(phy: string | Uint8Array | readonly number[], options: ParseOptions): ParsedPhy {
  const o = readOptions(options, PARSE_OPTIONS, false);
  const nwkSKey = key(o.nwkSKey, 'nwkSKey');
  const appSKey = key(o.appSKey, 'appSKey');
  const msb = o.fCntMsb === undefined ? 0 : o.fCntMsb;
  if (!isInteger(msb) || msb < 0 || msb > 0xffff) throw valueError('INVALID_OPTION', 'fCntMsb', msb, 'is not 0…65535');
  const bytes = phyBytes(phy);
  const notPhy = 'is not a LoRaWAN PHYPayload';
  const packet = loraPacketCall(notPhy, () => loraPacket.fromWire(bytes));
  // lora-packet reads some fields only when asked: a frame too short for them throws there.
  const direction = loraPacketCall(notPhy, () => packet.getDir()) as 'up' | 'down';
  const result: ParsedPhy = { direction, mType: loraPacketCall(notPhy, () => packet.getMType()) as string };
  if (!loraPacketCall(notPhy, () => packet.isDataMessage())) {
    result.note = `a ${result.mType} frame carries no WT102 data`;
    return result;
  }
  const msbBytes = Buffer.from([msb & 0xff, msb >>> 8]);
  const fields = loraPacketCall(notPhy, () => {
    const buffers = packet.getBuffers() as { DevAddr?: Buffer; FOpts?: Buffer };
    return {
      micOk: loraPacket.verifyMIC(packet, nwkSKey, undefined, msbBytes),
      frame: {
        devAddr: buffers.DevAddr ? buffers.DevAddr.toString('hex') : undefined,
        fCnt: msb * 0x10000 + (packet.getFCnt() as number),
        fPort: packet.getFPort(),
        confirmed: packet.isConfirmed(),
        adr: packet.getFCtrlADR(),
        ack: packet.getFCtrlACK(),
        fPending: packet.getFCtrlFPending(),
        fOpts: buffers.FOpts ? buffers.FOpts.toString('hex') : '',
      },
    };
  });
  if (!fields.micOk) {
    throw pathError('MIC_MISMATCH', 'phy', 'the MIC does not match: wrong NwkSKey, a frame counter above 65535 (give its upper bits), or a damaged frame; nothing was decrypted');
  }
  Object.assign(result, fields.frame);
  const fPort = fields.frame.fPort;
  if (fPort === null || fPort === undefined) {
    result.note = 'no FPort: the frame carries only MAC commands in FOpts';
    return result;
  }
  const payload = loraPacketCall('its payload cannot be decrypted', () => loraPacket.decrypt(packet, appSKey, nwkSKey, msbBytes));
  result.payload = payload.toString('hex');
  if (payload.length === 0) {
    result.note = 'the FRMPayload is empty: there is nothing to decode';
    return result;
  }
  if (fPort === 0) {
    result.note = 'fPort 0: the payload is MAC commands (encrypted with the NwkSKey), not WT102 data';
    return result;
  }
  if (fPort !== DOWNLINK_FPORT) {
    result.note = `fPort ${fPort}: not the WT102's application port ${DOWNLINK_FPORT}; the payload is left undecoded`;
    return result;
  }
  if (direction === 'up') result.uplink = decodeUplink(Array.prototype.slice.call(payload) as number[]);
  else result.downlink = decode(Array.prototype.slice.call(payload) as number[]);
  return result;
}
