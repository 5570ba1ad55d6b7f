/**
 * A real X display for what only the browser's own interface does: keyboard commands and the
 * context menu are handled by the browser, not the page, so Playwright's page-level input never
 * reaches them, and headless Chromium draws no toolbar. Here Chromium runs headed on an Xvfb
 * display and `xdotool` presses keys and clicks as a person would; `xwd` captures the screen
 * (toolbar and badge included) and it is written as a PNG. Debian packages: `xvfb`, `xdotool`,
 * `x11-apps` (`npm run setup` and `.ci/run` install them).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { deflateSync, crc32 } from 'node:zlib';

/** The programs this needs. */
const PROGRAMS = { Xvfb: '/usr/bin/Xvfb', xdotool: '/usr/bin/xdotool', xwd: '/usr/bin/xwd' } as const;

/** Why a real display cannot be had here, or null when it can. */
export function xDisplayUnavailable(): string | null {
  const missing = Object.entries(PROGRAMS).filter(([, path]) => !existsSync(path));
  return missing.length ? `${missing.map(([name]) => name).join(', ')} not found (apt-get install -y xvfb xdotool x11-apps)` : null;
}

/** A running Xvfb display. */
export interface XDisplay {
  /** ":N", for `DISPLAY`. */
  name: string;
  /** Runs xdotool with these arguments on this display; returns its output. */
  xdotool(...args: string[]): string;
  /** Writes the screen (or the part `clip` names) to a PNG file. */
  screenshot(path: string, clip?: Clip): Promise<void>;
  stop(): Promise<void>;
}

/** Starts Xvfb on a free display number (1280×800, 24-bit) and waits until it answers. */
export async function startXDisplay(width = 1280, height = 800): Promise<XDisplay> {
  for (let n = 90 + (process.pid % 100); n < 400; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const name = `:${n}`;
    const proc = spawn(PROGRAMS.Xvfb, [name, '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
    if (await answers(name, proc)) return display(name, proc);
    proc.kill();
  }
  throw new Error('no free X display number');
}

/** Waits until the display answers (or the server exits); true when it does. */
async function answers(name: string, proc: ChildProcess): Promise<boolean> {
  let exited = false;
  proc.once('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      execFileSync(PROGRAMS.xdotool, ['getdisplaygeometry'], { env: { ...process.env, DISPLAY: name }, stdio: 'pipe', timeout: 2_000 });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return false;
}

function display(name: string, proc: ChildProcess): XDisplay {
  const env = { ...process.env, DISPLAY: name };
  return {
    name,
    // Time limits: a display that stops answering fails the test instead of holding it.
    xdotool: (...args) => execFileSync(PROGRAMS.xdotool, args, { env, stdio: 'pipe', timeout: 10_000 }).toString(),
    screenshot: async (path, clip) => {
      const xwd = execFileSync(PROGRAMS.xwd, ['-root', '-silent', '-display', name], { maxBuffer: 64 * 1024 * 1024, timeout: 10_000 });
      await writeFile(path, pngOfXwd(xwd, clip));
    },
    stop: () =>
      new Promise<void>((done) => {
        if (proc.exitCode !== null) return done();
        proc.once('exit', () => done());
        proc.kill();
      }),
  };
}

/** A rectangle of the screen, in pixels. */
export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A 24-bit TrueColor XWD dump (what Xvfb gives), or the part `clip` names, as a PNG. */
export function pngOfXwd(xwd: Buffer, clip?: Clip): Buffer {
  const field = (i: number) => xwd.readUInt32BE(i * 4);
  const [headerSize, fullWidth, fullHeight, byteOrder, bitsPerPixel, bytesPerLine, colors] = [field(0), field(4), field(5), field(7), field(11), field(12), field(19)];
  const { x: left, y: top, width, height } = clip ?? { x: 0, y: 0, width: fullWidth, height: fullHeight };
  if (bitsPerPixel !== 32) throw new Error(`xwd: ${bitsPerPixel} bits per pixel is not handled`);
  const masks = { red: field(14), green: field(15), blue: field(16) };
  const shift = (mask: number) => Math.log2(mask & -mask);
  const start = headerSize + colors * 12;
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const out = y * (1 + width * 3);
    rows[out] = 0; // no filter
    for (let x = 0; x < width; x++) {
      const at = start + (y + top) * bytesPerLine + (x + left) * 4;
      const pixel = byteOrder === 0 ? xwd.readUInt32LE(at) : xwd.readUInt32BE(at);
      rows[out + 1 + x * 3] = (pixel & masks.red) >>> shift(masks.red);
      rows[out + 2 + x * 3] = (pixel & masks.green) >>> shift(masks.green);
      rows[out + 3 + x * 3] = (pixel & masks.blue) >>> shift(masks.blue);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
