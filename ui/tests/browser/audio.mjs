// A fake microphone for the browser tests: Chromium's fake capture device plays a WAV file
// this writes (a generated tone, 16-bit mono PCM), so recording a voice note records it.
import { writeFileSync } from 'node:fs';

/** Writes `seconds` of a 440 Hz tone as a WAV file. */
export function toneWav(file, seconds = 6, rate = 16000) {
  const samples = Math.round(seconds * rate);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 12000), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  writeFileSync(file, Buffer.concat([header, data]));
}

/** Chromium flags that make `file` the microphone (permission is granted by the camera flags). */
export function microphoneArgs(file) {
  return [`--use-file-for-fake-audio-capture=${file}`];
}
