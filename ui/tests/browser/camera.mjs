// A fake camera for the browser tests: Chromium's fake capture device plays a Y4M file, so
// the app's real scanner (getUserMedia + jsQR) reads a QR code we draw here. The file is
// rewritten before each scan; Chromium opens it when capture starts.
import { writeFileSync } from 'node:fs';
import qrcode from 'qrcode-generator';

const SIDE = 480; // even, as 4:2:0 chroma needs

/** Chromium flags that make `file` the camera and grant camera permission without a prompt. */
export function cameraArgs(file) {
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`];
}

/** Writes `text` as a QR code (black on white, quiet zone of 4) into a two-frame Y4M video. */
export function showToCamera(file, text, alphanumeric = false) {
  const qr = qrcode(0, 'M');
  qr.addData(text, alphanumeric ? 'Alphanumeric' : 'Byte');
  qr.make();
  const modules = qr.getModuleCount() + 8;
  const cell = Math.floor(SIDE / modules);
  const offset = Math.floor((SIDE - cell * modules) / 2);
  const luma = Buffer.alloc(SIDE * SIDE, 235);
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const r = Math.floor((y - offset) / cell) - 4;
      const c = Math.floor((x - offset) / cell) - 4;
      if (r >= 0 && c >= 0 && r < modules - 8 && c < modules - 8 && qr.isDark(r, c)) luma[y * SIDE + x] = 16;
    }
  }
  const chroma = Buffer.alloc((SIDE / 2) * (SIDE / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${SIDE} H${SIDE} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}
