import { test } from 'vitest';
import { largeImages } from './large';
import { uuidFrom, daysBefore } from './ids';
import { projectIdOf } from './projects';

test('scratch', () => {
  for (let k = 0; k < 4; k++) {
    let t = performance.now();
    largeImages();
    const a = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 50000; i++) uuidFrom(`large:image:${i}`);
    const b = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 30000; i++) daysBefore(i % 700, 3);
    const c = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 20000; i++) projectIdOf('acme', 'cn-north-4');
    const d = performance.now() - t;
    console.log(JSON.stringify({ a, b, c, d }));
  }
});
