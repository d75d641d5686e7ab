/**
 * MinHash signatures cut into LSH bands: two passages whose shingle sets have Jaccard similarity s
 * share at least one band with probability 1 - (1 - s^ROWS)^BANDS (0.97 at s = 0.8, 0.49 at 0.5).
 * Band keys only propose candidates; every candidate is verified on the real shingle sets.
 */
export const BANDS = 5;
export const ROWS = 3;
const HASHES = BANDS * ROWS;

// Fixed odd multipliers and offsets, so that keys are the same in every process.
const MULTIPLIERS = Uint32Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const OFFSETS = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

export function bandKeys(shingles: Uint32Array): number[] {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix((Math.imul(shingle, MULTIPLIERS[i]) + OFFSETS[i]) >>> 0);
      if (h < signature[i]) signature[i] = h;
    }
  }
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let high = band + 1;
    let low = 0x2545f491 ^ band;
    for (let row = 0; row < ROWS; row++) {
      const value = signature[band * ROWS + row];
      high = mix(high ^ value);
      low = Math.imul(low ^ value, 0x01000193) >>> 0;
    }
    // 53 bits: 21 from one mix, 32 from the other.
    keys.push((high & 0x1fffff) * 4294967296 + low);
  }
  return keys;
}
