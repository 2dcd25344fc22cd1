/**
 * The payload playground (dist/playground.html) in a real browser: Debian's Chromium driven by
 * puppeteer-core (which downloads no browser). The forms are filled with every service's and
 * setting's example and must give the library's bytes; every fixture frame is read back as the
 * library reads it; a value out of range shows the library's error and no frame. Screenshots of
 * each mode go to a temporary directory (a CI artefact, not committed). `npm run test:browser`.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { allQueryableCommandIds, chirpstackBodyForPayload, decode, decodeUplink, encodeHex, planSettings, SCHEDULE, SERVICES, SETTINGS, ttnBodyForPayload } from '../../src';
import { createValve } from '../../src/testing';
import type { DownlinkCall } from '../../src';
import services from '../../fixtures/services.json';
import uplinks from '../../fixtures/uplinks.json';

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = path.join(os.tmpdir(), 'wt102-playground-screenshots');

let browser: Browser;
let page: Page;

/** The page as users get it: from the packed tarball (`npm pack`), extracted to a temporary directory. */
function pagefromTarball(): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wt102-playground-'));
  // `--ignore-scripts`: the build has just run (npm run test:browser).
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  execFileSync('tar', ['-xzf', path.join(work, packed[0].filename), '-C', work, 'package/dist/playground.html']);
  return path.join(work, 'package', 'dist', 'playground.html');
}

beforeAll(async () => {
  const PAGE = pagefromTarball();
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  // Offline: the page must need nothing but itself.
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith('file:') ? r.continue() : r.abort()));
  await page.goto('file://' + PAGE);
  fs.mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** `{a: 1, b: {c: 2}}` as [['a', 1], ['b.c', 2]]: the form's field paths. */
function flatten(value: unknown, base = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as object).flatMap(([k, v]) => flatten(v, base ? `${base}.${k}` : k));
  }
  return [[base, value]];
}

/** The page's frame and the refusal it shows, wherever it shows it (beside a field, or under the form). */
function shown(): Promise<{ hex: string; error: string }> {
  return page.evaluate(() => ({
    hex: document.getElementById('out-hex')!.textContent ?? '',
    error: [document.getElementById('encode-error')!, ...Array.from(document.querySelectorAll('[data-error-for]'))].map((n) => n.textContent ?? '').filter(Boolean).join(' | '),
  }));
}

/**
 * Chooses `id`, fills its form with `values` (selectors first, as a user would), and returns the page's hex and
 * error. A flag is a checkbox; a date is given in the Unix seconds box, or as an ISO text split into the date-time
 * picker and its UTC offset.
 */
async function fill(id: string, values: [string, unknown][]): Promise<{ hex: string; error: string }> {
  await page.select('#choice', id);
  for (const [p, v] of values) {
    await page.evaluate(
      (p, v) => {
        const input = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-path="${p}"]`);
        if (!input) throw new Error(`no field ${p}`);
        const set = (n: HTMLInputElement | HTMLSelectElement, value: string) => {
          n.value = value;
          n.dispatchEvent(new Event('change'));
        };
        if (input instanceof HTMLInputElement && input.type === 'checkbox') {
          input.checked = v === '1' || v === 'true';
          input.dispatchEvent(new Event('change'));
        } else if (input instanceof HTMLInputElement && input.type === 'datetime-local') {
          const iso = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(Z|[+-]\d\d:\d\d)$/.exec(v);
          if (iso) {
            set(document.getElementById(input.id + '-zone') as HTMLSelectElement, iso[2]);
            set(input, iso[1]);
          } else set(document.getElementById(input.id + '-unix') as HTMLInputElement, v);
        } else set(input, v);
      },
      p,
      String(v),
    );
  }
  return shown();
}

describe('encode: the forms generated from the tables give the library\'s bytes', () => {
  test.each(Object.entries(SERVICES).map(([id, s]) => [id, s.example] as const))('service %s with its example', async (id, example) => {
    const expected = encodeHex({ serviceId: id, inputs: example } as DownlinkCall);
    expect(await fill(id, flatten(example))).toEqual({ hex: expected, error: '' });
  });

  test.each(SETTINGS.filter((s) => 'example' in s && s.example).map((s) => [s.path.join('.'), s] as const))('setting %s with its example', async (id, s) => {
    const example = (s as { example: { value: unknown; hex: string } }).example;
    const isStruct = s.body.kind === 'struct';
    expect(await fill(id, flatten(isStruct ? example.value : { value: example.value }))).toEqual({ hex: example.hex, error: '' });
  });

  test.each(SCHEDULE.examples.map((e) => [e.hex, e] as const))('a schedule: %s', async (hex, e) => {
    expect(await fill(SCHEDULE.key, flatten((e.value as readonly unknown[])[0]))).toEqual({ hex, error: '' });
  });

  test('request_command_queries offers every ID that may be queried, schedule-addressed ones included', async () => {
    await page.select('#choice', 'request_command_queries');
    const ids = await page.$$eval('[data-path="object_command"] option', (o) => o.map((x) => (x as HTMLOptionElement).value));
    // A choice to make first (nothing is sent that was not chosen), then every ID.
    expect(ids).toEqual(['', ...allQueryableCommandIds()]);
    // Each with the maker's object path of it (what its codec's `req` takes).
    const labels = await page.$$eval('[data-path="object_command"] option', (o) => o.map((x) => x.textContent));
    expect(labels.find((t) => t!.startsWith('0X6500:'))).toBe('0X6500: Temperature Control Enable (temp_control.enable)');
    expect(labels.find((t) => t!.startsWith('0X6E0301:'))).toMatch(/\(schedule_settings\.3\.start_time\)$/);
    expect(await fill('request_command_queries', [['object_command', '0X6E0201']])).toEqual({ hex: encodeHex({ serviceId: 'request_command_queries', inputs: { object_command: '0X6E0201' } }), error: '' });
  });

  test('a value out of range shows the library\'s error once, beside its field, and no frame', async () => {
    const r = await fill('set_target_temperature', [['value', 99]]);
    expect(r).toEqual({ hex: '', error: 'set_target_temperature.value: 99 is out of range 5…35 °C' });
    expect(await page.$eval('[data-error-for="value"]', (n) => n.textContent)).toBe('set_target_temperature.value: 99 is out of range 5…35 °C');
    expect(await page.$eval('#encode-error', (n) => n.textContent)).toBe('');
  });

  test('the data rates follow the region, and a frame too long for one is split', async () => {
    await page.select('#region', 'US915');
    expect(await page.$$eval('#dr option', (o) => o.map((x) => x.textContent))).toEqual(['DR8', 'DR9', 'DR10', 'DR11', 'DR12', 'DR13']);
    await page.select('#region', 'EU868');
    // 4 bytes, then 16 commands of 3: 52 bytes, one more than EU868 DR0 carries.
    await fill('request_command_queries', [['object_command', '0X6E01']]);
    try {
      for (let i = 0; i < 16; i++) await page.click('#add'), await fill('request_command_queries', [['object_command', '0XDA']]);
      const out = await page.evaluate(() => ({ size: document.getElementById('out-size')!.textContent, frames: document.getElementById('out-frames')!.textContent }));
      expect(out.size).toBe('52 bytes; EU868 DR0 carries 51: 2 frames');
      expect(out.frames!.split('\n')).toHaveLength(2);
      // A body per frame, each a downlink to queue.
      expect(await page.$eval('#out-ttn', (n) => n.textContent!.split('\n').length)).toBe(2);
    } finally {
      await page.click('#clear');
    }
  });

  test('calls stack into one frame, split when the data rate cannot carry it, with both API bodies', async () => {
    await fill('set_target_temperature', [['value', 21.5]]);
    await page.click('#add');
    await fill('reboot', []);
    const out = await page.evaluate(() => ({
      hex: document.getElementById('out-hex')!.textContent,
      chirpstack: JSON.parse(document.getElementById('out-chirpstack')!.textContent!),
      ttn: JSON.parse(document.getElementById('out-ttn')!.textContent!),
    }));
    expect(out.hex).toBe('5a6608be');
    expect(out.chirpstack.queueItem.data).toBe('WmYIvg==');
    expect(out.ttn.downlinks[0].frm_payload).toBe('WmYIvg==');
    await page.screenshot({ path: path.join(SHOTS, 'encode.png'), fullPage: true });
    await page.click('#clear');
  });
});

describe('decode: every fixture frame reads as the library reads it', () => {
  async function read(text: string, direction: string): Promise<{ decoded: string; error: string; rows: number }> {
    await page.select('#direction', direction);
    await page.$eval('#payload', (n, t) => {
      (n as HTMLTextAreaElement).value = t as string;
      n.dispatchEvent(new Event('input'));
    }, text);
    return page.evaluate(() => ({
      decoded: document.getElementById('decoded')!.textContent ?? '',
      error: document.getElementById('decode-error')!.textContent ?? '',
      rows: document.querySelectorAll('#commands tr').length,
    }));
  }

  test.each(uplinks.vectors.map((v) => [v.description, v.hex] as const))('uplink: %s', async (_d, hex) => {
    const r = await read(hex, 'uplink');
    expect(JSON.parse(r.decoded)).toEqual(JSON.parse(JSON.stringify(decodeUplink(hex))));
    expect(r.rows).toBeGreaterThan(0);
  });

  test.each(services.vectors.map((v) => [v.description, v.hex] as const))('downlink: %s', async (_d, hex) => {
    const r = await read(hex, 'downlink');
    expect(JSON.parse(r.decoded)).toEqual(JSON.parse(JSON.stringify(decode(hex))));
  });

  test('base64 is read too, the direction is found, and each command is shown with its bytes', async () => {
    const r = await read('DgFmCDJmCFU=', 'auto');
    expect(JSON.parse(r.decoded)).toEqual(decodeUplink('0e01660832660855'));
    expect(await page.$eval('#direction-found', (n) => n.textContent)).toBe('read as an uplink (from the valve)');
    const two = await read('5a6608be', 'auto');
    expect(two.rows).toBe(2);
    await page.screenshot({ path: path.join(SHOTS, 'decode.png'), fullPage: true });
  });

  test("the maker's forms switch adds each temperature's twins, as decodeUplink(frame, { maker: true }) gives them", async () => {
    await page.click('#maker');
    const r = await read('0e01660832660855', 'uplink');
    expect(JSON.parse(r.decoded)).toEqual(JSON.parse(JSON.stringify(decodeUplink('0e01660832660855', { maker: true }))));
    expect(JSON.parse(r.decoded).fahrenheit_temperature).toBe(70.7);
    await page.screenshot({ path: path.join(SHOTS, 'decode-maker.png'), fullPage: true });
    await page.click('#maker');
    expect(JSON.parse((await read('0e01660832660855', 'uplink')).decoded)).toEqual(JSON.parse(JSON.stringify(decodeUplink('0e01660832660855'))));
  });

  test('a 256 KiB frame is read whole and its first 100 commands shown one by one; the page stays responsive', async () => {
    const record = 'ed0180b326690166080055';
    const hex = record.repeat(Math.floor(262144 / (record.length / 2)));
    const started = Date.now();
    const r = await read(hex, 'uplink');
    const took = Date.now() - started;
    expect(JSON.parse(r.decoded)).toEqual(JSON.parse(JSON.stringify(decodeUplink(hex))));
    expect(r.rows).toBe(101);
    const last = await page.$eval('#commands tr:last-child', (n) => n.textContent);
    const shownHex = await page.$$eval('#commands tr td:first-child code', (c) => c.map((n) => n.textContent).join(''));
    expect(hex.startsWith(shownHex)).toBe(true);
    expect(last).toBe(`… and ${(hex.length - shownHex.length) / 2} bytes more: only the first 100 commands are shown one by one (the whole frame is decoded above)`);
    // Reported, not asserted (speed is the bench's): it took 21 s and more before the rows were bounded.
    console.log(`a 256 KiB uplink frame: read and painted in ${took} ms`);
    const down = '5a6608'.repeat(87381);
    try {
      expect((await read(down, 'downlink')).rows).toBe(101);
    } finally {
      // The tests after this one start from an empty page, not from the 6 MB of decoded calls: Chromium
      // 156.0.8078.129 lays that text out for about 4 s when it is shown and again when it goes, which ran the next
      // test past its 5 s, and a full-page screenshot of it is "too large".
      expect(await read('', 'downlink')).toEqual({ decoded: '', error: '', rows: 0 });
    }
  }, 60_000);

  test('a frame that cannot be read shows the library\'s error', async () => {
    const r = await read('5a66', 'downlink');
    expect(r.error).toMatch(/^byte 1: set_target_temperature \(0x5a\)/);
    expect(r.decoded).toBe('');
  });
});

test('every control has a label, and the page fits a phone', async () => {
  const unlabelled = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input, select, textarea'))
      .filter((n) => !(n as HTMLInputElement).labels?.length && !n.getAttribute('aria-label'))
      .map((n) => n.id),
  );
  expect(unlabelled).toEqual([]);
  await page.setViewport({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(SHOTS, 'phone.png'), fullPage: true });
});

test('served by `wt102 playground`, the page runs under its security headers, loads nothing, and reads a frame', async () => {
  const { spawn } = await import('child_process');
  const server = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'playground', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (d: Buffer) => {
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(d.toString());
        if (m) resolve(m[0]);
      });
      server.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    });
    const served = await browser.newPage();
    const problems: string[] = [];
    served.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    served.on('pageerror', (e) => problems.push(String(e)));
    const response = await served.goto(url);
    const headers = response!.headers();
    expect([headers['x-content-type-options'], headers['referrer-policy']]).toEqual(['nosniff', 'no-referrer']);
    expect(headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/);
    await served.select('#direction', 'uplink');
    await served.$eval('#payload', (n) => {
      (n as HTMLTextAreaElement).value = '016608';
      n.dispatchEvent(new Event('input'));
    });
    expect(JSON.parse((await served.$eval('#decoded', (n) => n.textContent)) ?? '')).toEqual(decodeUplink('016608'));
    // The style applied (a policy that blocked it would leave the page unstyled), and nothing was refused.
    expect(await served.$eval('body', (b) => getComputedStyle(b).maxWidth)).toBe('960px');
    expect(problems).toEqual([]);
    await served.close();
  } finally {
    server.kill();
  }
}, 60_000);

describe('what a new user stumbled on (issue 24): each state, with a screenshot', () => {
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `new-user-${name}.png`), fullPage: true });
  const sizeLine = () => page.$eval('#out-size', (n) => n.textContent);

  test('a pristine page shows no error, and says what to do', async () => {
    await page.select('#choice', '');
    await page.click('#clear');
    expect(await shown()).toEqual({ hex: '', error: '' });
    expect(await sizeLine()).toBe('Choose a service or a setting to build a frame.');
    await shot('pristine');
  });

  test('a chosen service waits for its values: no "missing" before anything is typed, then one refusal, beside its field', async () => {
    await page.select('#choice', 'set_target_temperature');
    expect(await shown()).toEqual({ hex: '', error: '' });
    expect(await sizeLine()).toBe('Fill in the fields to build the frame.');
    await shot('chosen');
    await page.type('[data-path="value"]', '9');
    await page.$eval('[data-path="value"]', (n) => {
      (n as HTMLInputElement).value = '';
      n.dispatchEvent(new Event('input'));
    });
    expect(await shown()).toEqual({ hex: '', error: 'set_target_temperature.value: missing; expected a number 5…35 °C (resolution 0.01)' });
  });

  test('labels say what a field is and what it takes', async () => {
    await page.select('#choice', 'set_target_temperature');
    expect(await page.$eval('label[for="f-value"]', (n) => n.textContent)).toBe('Temperature (value)');
    expect(await page.$eval('#f-value-help', (n) => n.textContent)).toBe('a number 5…35 °C (resolution 0.01)');
  });

  test('21,5 is 21.5 where a comma is the decimal mark', async () => {
    expect(await fill('set_target_temperature', [['value', '21,5']])).toEqual({ hex: '5a6608', error: '' });
    expect((await fill('set_target_temperature', [['value', '21,5x']])).error).toMatch(/^set_target_temperature\.value: "21,5x" is not a number/);
    // Three digits after a comma may be a thousands separator: not read as a decimal (10,000 was 10).
    expect((await fill('set_target_temperature', [['value', '10,000']])).error).toMatch(/^set_target_temperature\.value: "10,000" is not a number/);
  });

  test("a nested setting's refusal names the empty field, beside it", async () => {
    await page.select('#choice', 'temp_control.mode_settings');
    await page.click('#add');
    const error = await page.$eval('[data-error-for="mode"]', (n) => n.textContent);
    expect(error).toMatch(/^properties\.temp_control\.mode_settings\.mode: missing; expected one of 0 \(Automatic Temperature Control\)/);
    await shot('nested-missing');
  });

  test('a schedule: its days are checkboxes; a missing id reads as missing, without the index of the calls before it', async () => {
    await fill('reboot', []);
    await page.click('#add');
    await fill('set_target_temperature', [['value', 21.5]]);
    await page.click('#add');
    const days = { execution_day_mon: 1, execution_day_tues: 1, execution_day_wed: 1, execution_day_thur: 1, execution_day_fri: 1 };
    const r = await fill(SCHEDULE.key, Object.entries(days).map(([k, v]) => [`cycle_settings.${k}`, v]));
    expect(await page.$eval('[data-path="cycle_settings.execution_day_mon"]', (n) => (n as HTMLInputElement).type)).toBe('checkbox');
    // Reserved bits are not offered.
    expect(await page.$$eval('[data-path="cycle_settings.reserved"]', (n) => n.length)).toBe(0);
    await page.click('#add');
    expect((await shown()).error).toBe('properties.schedule_settings[0].id: missing; expected an integer 0…15 (Schedule1…16)');
    // The calls already added still make their frame.
    expect(r.hex).toBe('be5a6608');
    await shot('schedule-missing-id');
    expect(await fill(SCHEDULE.key, [['id', 2], ...Object.entries(days).map(([k, v]): [string, unknown] => [`cycle_settings.${k}`, v])])).toEqual({ hex: 'be5a66086e02023e', error: '' });
    await page.click('#clear');
  });

  test('a half-filled form keeps the frame of the calls already added', async () => {
    await fill('set_target_temperature', [['value', 21.5]]);
    await page.click('#add');
    expect(await fill('set_target_temperature', [['value', 99]])).toEqual({ hex: '5a6608', error: 'set_target_temperature.value: 99 is out of range 5…35 °C' });
    expect(await sizeLine()).toMatch(/^3 bytes \(the calls added; the form joins them once it is complete\); /);
    await shot('half-filled');
    await page.click('#clear');
  });

  test('a date is picked with its UTC offset (or typed as Unix seconds)', async () => {
    expect(await fill('retrieve_historical_data_by_time', [['time', '2025-11-26T09:00:00+01:00']])).toEqual({ hex: 'ba80b32669', error: '' });
    expect(await page.$eval('[data-path="time"]', (n) => (n as HTMLInputElement).type)).toBe('datetime-local');
    await shot('date');
    expect(await fill('retrieve_historical_data_by_time', [['time', 1764144000]])).toEqual({ hex: 'ba80b32669', error: '' });
    // This computer's zone: its offset on the date picked (summer time included), not today's.
    await page.select('#choice', 'retrieve_historical_data_by_time');
    await page.evaluate(() => {
      const set = (id: string, value: string) => {
        const n = document.getElementById(id) as HTMLInputElement;
        n.value = value;
        n.dispatchEvent(new Event('change'));
      };
      set('f-time-zone', 'local');
      set('f-time', '2026-07-01T12:00:00');
    });
    const july = await page.evaluate(() => new Date('2026-07-01T12:00:00').getTime() / 1000);
    expect((await shown()).hex).toBe(encodeHex({ serviceId: 'retrieve_historical_data_by_time', inputs: { time: july } }));
  });

  test('a payload valid both as hex and base64 (AeAF) is read as the page is told', async () => {
    const readAs = async (encoding: string) => {
      await page.select('#encoding', encoding);
      await page.select('#direction', 'uplink');
      await page.$eval('#payload', (n) => {
        (n as HTMLTextAreaElement).value = 'AeAF';
        n.dispatchEvent(new Event('input'));
      });
      return page.evaluate(() => ({ decoded: document.getElementById('decoded')!.textContent ?? '', error: document.getElementById('decode-error')!.textContent ?? '' }));
    };
    expect(JSON.parse((await readAs('base64')).decoded)).toEqual(decodeUplink('01e005'));
    await shot('base64');
    expect((await readAs('hex')).error).toBe(caughtMessage(() => decodeUplink('AeAF')));
    await page.select('#encoding', 'auto');
  });
});

describe('did it apply? (issue 26): a wanted configuration planned, then the replies read back', () => {
  // Typed, then left (the wanted settings are refused only once the box is left).
  const type = (id: string, text: string) =>
    page.$eval(`#${id}`, (n, t) => {
      (n as HTMLTextAreaElement).value = t as string;
      n.dispatchEvent(new Event('input'));
      n.dispatchEvent(new Event('change'));
    }, text);
  const view = () =>
    page.evaluate(() => ({
      frames: Array.from(document.querySelectorAll('#plan-frames pre')).map((n) => n.textContent),
      listed: document.getElementById('plan-frames')!.textContent ?? '',
      error: document.getElementById('plan-error')!.textContent ?? '',
      rows: Array.from(document.querySelectorAll('#status tr')).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent)),
      confirmError: document.getElementById('confirm-error')!.textContent ?? '',
    }));

  test("the planned frames are the library's, and the status of each command is read from the valve's uplinks", async () => {
    const wanted = { temperature_unit: 0, temp_control: { enable: 0 }, child_lock: { enable: 1, system_button: 0, func_button: 0 } } as const;
    await page.setViewport({ width: 1000, height: 800 });
    await page.select('#plan-region', 'EU868');
    await page.select('#plan-dr', '0');
    await type('wanted', JSON.stringify(wanted));
    const planned = planSettings(wanted, { region: 'EU868', dataRate: 0 });
    expect((await view()).frames).toEqual(planned.flatMap((f) => [f.hex, f.base64, JSON.stringify(chirpstackBodyForPayload(f.bytes)), JSON.stringify(ttnBodyForPayload(f.bytes))]));
    // What the valve reported already is not planned again.
    await type('reported', '6000\n# a comment\n');
    expect((await view()).frames[0]).toBe(planSettings(wanted, { region: 'EU868', dataRate: 0, reported: { temperature_unit: 0 } })[0].hex);
    await type('reported', '');
    // The virtual valve answers, refusing one command; its uplinks pasted one per line.
    const valve = createValve({ refuse: { '0X6500': 5 } });
    await type('replies', planned.flatMap((f) => valve.receive(f.bytes)).map((u) => u.hex).join('\n'));
    const { rows } = await view();
    expect(rows.map((r) => [r[3], r[4]])).toEqual([
      ['temperature_unit (0X60)', 'applied'],
      ['temp_control.enable (0X6500)', 'rejected'],
      ['child_lock (0X6A)', 'applied'],
    ]);
    expect(rows[1].slice(0, 3)).toEqual(['1', '0', 'yes']);
    expect(rows[1][5]).toBe('reply: error write params (5), line 1');
    await page.screenshot({ path: path.join(SHOTS, 'plan-and-confirm.png'), fullPage: true });
    // Nothing heard yet: pending; an uplink that is no frame is named by its line.
    await type('replies', 'ef015a\nzz');
    expect((await view()).confirmError).toMatch(/^The valve's uplinks line 2: uplink: "zz" is neither hex/);
    await type('replies', 'ef015a');
    const later = await view();
    expect(later.rows.slice(0, 3).map((r) => r[4])).toEqual(['pending', 'pending', 'pending']);
    expect(later.rows[3][0]).toBe('Matches nothing sent: line 1: a reply to 0X5A (set_target_temperature), result 0');
    // A JSON line, as `wt102 simulate --jsonl` prints it, is read as its frame; nothing pasted shows nothing.
    await type('replies', JSON.stringify({ fPort: 85, hex: 'ff00ef0160', data: {} }));
    expect((await view()).rows[0][4]).toBe('applied');
    await type('replies', '');
    expect((await view()).rows).toEqual([]);
  });

  test("what cannot be planned shows the library's error, and no frame", async () => {
    await type('wanted', '{"temp_control": {"enable": 7}}');
    const v = await view();
    expect([v.frames, v.error]).toEqual([[], caughtMessage(() => planSettings({ temp_control: { enable: 7 } } as never, { maxPayloadSize: 51 })).replace(/^wanted\./, 'Wanted settings: ')]);
    await type('wanted', '{');
    expect((await view()).error).toMatch(/^The wanted settings are not JSON/);
    // Already as wanted: nothing to send.
    await type('reported', '6001');
    await type('wanted', '{"temperature_unit": 1}');
    expect((await view()).listed).toBe('Nothing to send: the valve reports the wanted settings already.');
    await type('reported', '');
    await type('wanted', '');
  });
});

function caughtMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}
