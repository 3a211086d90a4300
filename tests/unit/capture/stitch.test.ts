import { describe, expect, it } from 'vitest';
import { MAX_PAGE_HEIGHT, slicePositions } from '../../../src/capture/stitch';

describe('full-page screenshot slices', () => {
  it('covers the page a viewport at a time, the last one flush with the bottom', () => {
    expect(slicePositions(2500, 1000)).toEqual([0, 1000, 1500]);
    expect(slicePositions(3000, 1000)).toEqual([0, 1000, 2000]);
  });

  it('takes one capture of a page no taller than the viewport', () => {
    expect(slicePositions(600, 1000)).toEqual([0]);
    expect(slicePositions(1000, 1000)).toEqual([0]);
  });

  it('stops at the height limit', () => {
    const positions = slicePositions(50_000, 1000);
    expect(positions.at(-1)).toBe(MAX_PAGE_HEIGHT - 1000);
    expect(positions).toHaveLength(MAX_PAGE_HEIGHT / 1000);
  });
});
