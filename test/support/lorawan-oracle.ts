/**
 * LoRaWAN 1.0.3 data frames written from the specification (§4.3.3 encryption,
 * §4.4 MIC) with Node's AES, independently of lora-packet, to check our framing.
 */
import * as crypto from 'crypto';

function aes(key: Buffer, block: Buffer): Buffer {
  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(block), c.final()]);
}

function shiftLeft(b: Buffer): Buffer {
  const out = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) out[i] = ((b[i] << 1) | (i < 15 ? b[i + 1] >> 7 : 0)) & 0xff;
  if (b[0] & 0x80) out[15] ^= 0x87;
  return out;
}

/** AES-CMAC (RFC 4493). */
export function cmac(key: Buffer, msg: Buffer): Buffer {
  const k1 = shiftLeft(aes(key, Buffer.alloc(16)));
  const k2 = shiftLeft(k1);
  const n = Math.max(1, Math.ceil(msg.length / 16));
  const complete = msg.length > 0 && msg.length % 16 === 0;
  let x: Buffer = Buffer.alloc(16);
  for (let i = 0; i < n; i++) {
    let block = msg.subarray(i * 16, i * 16 + 16);
    if (i === n - 1) {
      const padded = Buffer.alloc(16);
      block.copy(padded);
      if (!complete) padded[block.length] = 0x80;
      const k = complete ? k1 : k2;
      for (let j = 0; j < 16; j++) padded[j] ^= k[j];
      block = padded;
    }
    const y = Buffer.alloc(16);
    for (let j = 0; j < 16; j++) y[j] = x[j] ^ block[j];
    x = aes(key, y);
  }
  return x;
}

export interface OracleFrame {
  up: boolean;
  confirmed: boolean;
  devAddr: string;
  fCnt: number;
  fPort: number;
  ack?: boolean;
  fPending?: boolean;
  payload: Buffer;
  nwkSKey: Buffer;
  appSKey: Buffer;
}

function le32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** The PHYPayload of a data frame, byte by byte as the specification lays it out. */
export function oraclePhy(f: OracleFrame): Buffer {
  const dir = f.up ? 0 : 1;
  const devAddrLE = Buffer.from(f.devAddr, 'hex').reverse();
  const key = f.fPort === 0 ? f.nwkSKey : f.appSKey;
  const enc = Buffer.alloc(f.payload.length);
  for (let i = 0; i < Math.ceil(f.payload.length / 16); i++) {
    const a = Buffer.concat([Buffer.from([1, 0, 0, 0, 0, dir]), devAddrLE, le32(f.fCnt), Buffer.from([0, i + 1])]);
    const s = aes(key, a);
    for (let j = 0; j < 16 && i * 16 + j < f.payload.length; j++) enc[i * 16 + j] = f.payload[i * 16 + j] ^ s[j];
  }
  const mType = (f.up ? 2 : 3) + (f.confirmed ? 2 : 0);
  const fCtrl = (f.ack ? 0x20 : 0) | (f.fPending ? 0x10 : 0);
  const fCnt16 = Buffer.alloc(2);
  fCnt16.writeUInt16LE(f.fCnt & 0xffff);
  const msg = Buffer.concat([Buffer.from([mType << 5]), devAddrLE, Buffer.from([fCtrl]), fCnt16, Buffer.from([f.fPort]), enc]);
  const b0 = Buffer.concat([Buffer.from([0x49, 0, 0, 0, 0, dir]), devAddrLE, le32(f.fCnt), Buffer.from([0, msg.length])]);
  return Buffer.concat([msg, cmac(f.nwkSKey, Buffer.concat([b0, msg])).subarray(0, 4)]);
}
