import { describe, expect, it } from 'vitest';
import { frameBlits, planScroll, planTiles, MAX_TILE_HEIGHT } from '@/lib/evidence/capture/scroll-plan';
import { CaptureRateLimiter, captureWithLimit, type Clock } from '@/lib/evidence/capture/rate-limiter';
import { dataUrlBytes } from '@/lib/evidence/capture/data-url';
import { localTime, pickBrand } from '@/lib/evidence/capture/environment';

describe('planScroll', () => {
  it('covers a page exactly, the last frame aligned to the bottom', () => {
    expect(planScroll(8000, 800)).toEqual({ positions: [0, 800, 1600, 2400, 3200, 4000, 4800, 5600, 6400, 7200], coveredHeight: 8000, truncated: false });
    expect(planScroll(1900, 800).positions).toEqual([0, 800, 1100]);
    expect(planScroll(500, 800)).toEqual({ positions: [0], coveredHeight: 800, truncated: false });
  });

  it('stops at the frame limit and says the page was truncated', () => {
    const plan = planScroll(100_000, 1000, 10);
    expect(plan.positions).toHaveLength(10);
    expect(plan.truncated).toBe(true);
    expect(plan.coveredHeight).toBe(10_000);
  });
});

describe('planTiles and frameBlits', () => {
  it('tiles a tall page below the 16,384 px limit and within the canvas area', () => {
    const tiles = planTiles(40_000, 1280);
    expect(tiles.map((t) => t.height)).toEqual([MAX_TILE_HEIGHT, MAX_TILE_HEIGHT, 40_000 - 2 * MAX_TILE_HEIGHT]);
    expect(tiles.every((t) => t.height <= MAX_TILE_HEIGHT)).toBe(true);
    const wide = planTiles(20_000, 20_000, MAX_TILE_HEIGHT, 100_000_000);
    expect(wide[0]!.height).toBe(5000);
  });

  it('splits a frame that straddles two tiles', () => {
    const tiles = [{ top: 0, height: 1000 }, { top: 1000, height: 1000 }];
    expect(frameBlits(800, 600, tiles)).toEqual([
      { tile: 0, srcY: 0, dstY: 800, height: 200 },
      { tile: 1, srcY: 200, dstY: 0, height: 400 },
    ]);
  });
});

describe('rate limiter', () => {
  function fakeClock(): Clock & { t: number } {
    const c = { t: 0, now: () => c.t, sleep: async (ms: number) => { c.t += ms; } };
    return c;
  }

  it('spaces captures at least 510 ms apart (two per second)', async () => {
    const clock = fakeClock();
    const limiter = new CaptureRateLimiter(510, clock);
    const starts: number[] = [];
    for (let i = 0; i < 4; i++) {
      await limiter.slot();
      starts.push(clock.t);
    }
    expect(starts).toEqual([0, 510, 1020, 1530]);
  });

  it('retries the quota error with backoff, and gives up on other errors', async () => {
    const clock = fakeClock();
    const limiter = new CaptureRateLimiter(510, clock);
    let calls = 0;
    const value = await captureWithLimit(limiter, async () => {
      calls += 1;
      if (calls < 3) throw new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');
      return 'ok';
    });
    expect(value).toBe('ok');
    expect(calls).toBe(3);
    await expect(captureWithLimit(limiter, async () => {
      throw new Error('Cannot access contents of url');
    })).rejects.toThrow('Cannot access');
  });
});

describe('small helpers', () => {
  it('decodes the PNG bytes of a data URL and refuses anything else', () => {
    expect([...dataUrlBytes('data:image/png;base64,AAEC').bytes]).toEqual([0, 1, 2]);
    expect(() => dataUrlBytes('https://x/y.png')).toThrow();
  });

  it('writes local time with its offset for the same instant', () => {
    const { local } = localTime(new Date('2026-03-01T10:00:00.000Z'));
    const parsed = new Date(local);
    expect(parsed.toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('picks the real browser brand, not the GREASE one', () => {
    expect(pickBrand([{ brand: 'Not)A;Brand', version: '99' }, { brand: 'Chromium', version: '140.0.1' }])).toEqual({ brand: 'Chromium', version: '140.0.1' });
  });
});
