'use strict';
// The catalog kits: the files to put into ChirpStack's device-profile repository (chirpstack/chirpstack-device-profiles,
// codecs/chirpstack/ laid out as its vendors/milesight/ folder) and The Things Network's Device Repository
// (TheThingsNetwork/lorawan-devices, codecs/ttn/ laid out as its vendor/milesight-iot/ folder), beside the codec
// script. Built by `npm run build:codecs` (scripts/build-codecs.js) from the fixtures, whose bytes come from
// docs/PROTOCOL.md: every uplink vector becomes a decode test and every service and setting vector an encode test,
// each sent as the maker's codec object, as the integrators who use those catalogs send it.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CHIRPSTACK = path.join(ROOT, 'codecs', 'chirpstack');
const TTN = path.join(ROOT, 'codecs', 'ttn');

/**
 * The regions, as each catalog names them, with the maximum EIRP of Milesight's profiles there (the Device
 * Repository's vendor/milesight-iot/profile-<region>.yaml, LoRaWAN 1.0.3, class A, OTAA). The WT102's regions are
 * taken to be those of its sibling, the WT101, in that repository: the WT102's datasheet is to be checked before
 * submitting (codecs/chirpstack/README.md, codecs/ttn/README.md).
 */
const REGIONS = [
  { chirpstack: 'EU868', ttn: 'EU863-870', profile: 'profile-eu868', vendorProfileID: 3, maxEIRP: 16 },
  { chirpstack: 'US915', ttn: 'US902-928', profile: 'profile-us915', vendorProfileID: 7, maxEIRP: 20 },
  { chirpstack: 'AU915', ttn: 'AU915-928', profile: 'profile-au915', vendorProfileID: 1, maxEIRP: 20 },
  { chirpstack: 'AS923', ttn: 'AS923', profile: 'profile-as923', vendorProfileID: 0, maxEIRP: 20 },
  { chirpstack: 'KR920', ttn: 'KR920-923', profile: 'profile-kr920', vendorProfileID: 5, maxEIRP: 20 },
  { chirpstack: 'IN865', ttn: 'IN865-867', profile: 'profile-in865', vendorProfileID: 4, maxEIRP: 16 },
  { chirpstack: 'RU864', ttn: 'RU864-870', profile: 'profile-ru864', vendorProfileID: 6, maxEIRP: 16 },
];

const PRODUCT_URL = 'https://www.milesight.com/iot/product/lorawan-sensor/wt102';
const DESCRIPTION = 'Smart radiator valve (thermostatic radiator valve) with temperature control, schedules, window-opening detection and stored history';

/** A name-based UUID (RFC 4122 version 5, over the URL namespace): the same name gives the same id on every build. */
function uuidOf(name) {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const h = crypto.createHash('sha1').update(Buffer.concat([ns, Buffer.from(`wt102-codec:${name}`)])).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The fixture vectors as the catalogs' tests and examples take them. */
function vectors() {
  const bytesOf = (hex) => Array.from(Buffer.from(hex, 'hex'));
  const uplinks = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'uplinks.json'), 'utf8'));
  const services = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'services.json'), 'utf8'));
  const settings = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'settings.json'), 'utf8'));
  const decode = uplinks.vectors.map((v) => ({
    name: `decode: ${v.description} (${v.hex})`,
    input: { bytes: bytesOf(v.hex), fPort: 85 },
    expected: { data: v.data },
  }));
  // The maker's codec object: a service by its id, settings at top level.
  const encode = [
    ...services.vectors.map((v) => ({ name: `encode ${v.call.serviceId}: ${v.description}`, data: { [v.call.serviceId]: v.call.inputs || {} }, hex: v.hex })),
    ...settings.vectors.map((v) => ({ name: `encode ${Object.keys(v.properties).join(', ')}: ${v.description}`, data: v.properties, hex: v.hex })),
  ].map((c) => ({ name: c.name, input: { data: c.data }, expected: { bytes: bytesOf(c.hex), fPort: 85 } }));
  return { decode, encode };
}

/* ---------- ChirpStack's device-profile repository ---------- */

function chirpstackDevice() {
  const profiles = REGIONS.map((r) => `    "${r.chirpstack}-1_0_3.toml",`).join('\n');
  return `[device]
id = "${uuidOf('chirpstack:device:wt102')}"
name = "Milesight WT102"
description = "${DESCRIPTION}"

[[device.firmware]]
version = "1.0"
profiles = [
${profiles}
]
codec = "wt102.js"

[device.metadata]
product_url = "${PRODUCT_URL}"
documentation_url = "${PRODUCT_URL}"
`;
}

function chirpstackProfile(r) {
  return `[profile]
id = "${uuidOf(`chirpstack:profile:${r.chirpstack}-1_0_3`)}"
vendor_profile_id = ${r.vendorProfileID}
region = "${r.chirpstack}"
mac_version = "1.0.3"
reg_params_revision = "A"
supports_otaa = true
supports_class_b = false
supports_class_c = false
max_eirp = ${r.maxEIRP}

[profile.abp]
rx1_delay = 0
rx1_dr_offset = 0
rx2_dr = 0
rx2_freq = 0

[profile.class_b]
timeout_secs = 0
ping_slot_nb_k = 0
ping_slot_dr = 0
ping_slot_freq = 0

[profile.class_c]
timeout_secs = 0
`;
}

/* ---------- The Things Network's Device Repository ---------- */

/** YAML of plain data (strings quoted as JSON, which YAML reads the same). */
function yaml(value, indent) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return ' [' + value.map((v) => JSON.stringify(v)).join(', ') + ']';
    return value.map((v) => `\n${pad}-` + yaml(v, indent + 2).replace(/^\n {0,}/, ' ')).join('');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value)
      .map((k) => `\n${pad}${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : JSON.stringify(k)}:` + yaml(value[k], indent + 2))
      .join('');
  }
  return ' ' + JSON.stringify(value);
}

function ttnDevice() {
  const profiles = {};
  for (const r of REGIONS) profiles[r.ttn] = { id: r.profile, codec: 'wt102-codec' };
  const device = {
    name: 'Smart Radiator Valve WT102',
    description: `WT102, a LoRaWAN® ${DESCRIPTION.charAt(0).toLowerCase()}${DESCRIPTION.slice(1)}.`,
    firmwareVersions: [{ version: '1.0', numeric: 1, profiles }],
    sensors: ['smart valve', 'temperature', 'battery'],
    productURL: PRODUCT_URL,
  };
  return '# The Milesight WT102 in The Things Network\'s Device Repository (vendor/milesight-iot/wt102.yaml).\n' +
    '# Generated by `npm run build:codecs`; do not edit. See README.md beside it.\n' + yaml(device, 0).replace(/^\n/, '') + '\n';
}

function ttnProfile(r) {
  const profile = {
    vendorProfileID: r.vendorProfileID,
    macVersion: '1.0.3',
    regionalParametersVersion: 'RP001-1.0.3-RevA',
    supportsJoin: true,
    maxEIRP: r.maxEIRP,
    supports32bitFCnt: true,
    supportsClassB: false,
    supportsClassC: false,
  };
  return yaml(profile, 0).replace(/^\n/, '').replace(/"(1\.0\.3|RP001-1\.0\.3-RevA)"/g, '$1') + '\n';
}

/** JSON as the repository's test files are written: two-space indents, a list of numbers on one line. */
function json(value) {
  return JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.]+(?:,\s+-?[\d.]+)*)\s+\]/g, (_m, list) => `[${list.split(/,\s+/).join(', ')}]`) + '\n';
}

/** Every file of both kits but the codec scripts (which build-codecs.js writes): [path, text]. */
function kitFiles() {
  const { decode, encode } = vectors();
  const files = [
    [path.join(CHIRPSTACK, 'devices', 'milesight-wt102.toml'), chirpstackDevice()],
    [path.join(CHIRPSTACK, 'codecs', 'test_decode_wt102.json'), json(decode)],
    [path.join(CHIRPSTACK, 'codecs', 'test_encode_wt102.json'), json(encode)],
    [path.join(TTN, 'wt102.yaml'), ttnDevice()],
  ];
  for (const r of REGIONS) {
    files.push([path.join(CHIRPSTACK, 'profiles', `${r.chirpstack}-1_0_3.toml`), chirpstackProfile(r)]);
    files.push([path.join(TTN, `${r.profile}.yaml`), ttnProfile(r)]);
  }
  return files;
}

/** The kits' copies of the codec script, each where its catalog's folder has its codecs. */
const KIT_SCRIPTS = [path.join(CHIRPSTACK, 'codecs', 'wt102.js')];

module.exports = { kitFiles, KIT_SCRIPTS, REGIONS };
