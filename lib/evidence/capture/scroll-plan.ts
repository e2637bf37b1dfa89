/**
 * Geometry of a full-page capture, in CSS pixels for scrolling and device
 * pixels for the stitched image. Pure, so it is tested without a browser.
 */

/** Longest page captured, in screens; beyond it the capture is marked truncated. */
export const MAX_FRAMES = 60;
/**
 * Tallest tile in device pixels. Chromium silently corrupts canvases and
 * screenshots beyond 16,384 px, and canvases cap area near 268 M pixels.
 */
export const MAX_TILE_HEIGHT = 16_384;
export const MAX_TILE_AREA = 200_000_000;

/** Scroll positions (CSS px) that together show the whole page, top to bottom. */
export function planScroll(pageHeight: number, viewportHeight: number, maxFrames = MAX_FRAMES): { positions: number[]; coveredHeight: number; truncated: boolean } {
  const vh = Math.max(1, Math.floor(viewportHeight));
  const height = Math.max(vh, Math.ceil(pageHeight));
  const maxScroll = height - vh;
  const positions: number[] = [];
  for (let y = 0; y < maxScroll && positions.length < maxFrames; y += vh) positions.push(y);
  const truncated = positions.length >= maxFrames && positions[positions.length - 1]! + vh < height;
  if (!truncated) positions.push(maxScroll);
  const unique = [...new Set(positions)];
  const last = unique[unique.length - 1]!;
  return { positions: unique, coveredHeight: Math.min(height, last + vh), truncated };
}

export interface TileSpan {
  top: number;
  height: number;
}

/** Splits an image `height` device px tall (and `width` wide) into tiles within the canvas limits. */
export function planTiles(height: number, width: number, maxHeight = MAX_TILE_HEIGHT, maxArea = MAX_TILE_AREA): TileSpan[] {
  const tileHeight = Math.max(1, Math.min(maxHeight, Math.floor(maxArea / Math.max(1, width))));
  const tiles: TileSpan[] = [];
  for (let top = 0; top < height; top += tileHeight) tiles.push({ top, height: Math.min(tileHeight, height - top) });
  return tiles;
}

/** One copy from a frame into a tile: rows [srcY, srcY+height) of the frame to row dstY of tile `tile`. */
export interface Blit {
  tile: number;
  srcY: number;
  dstY: number;
  height: number;
}

/**
 * Where a frame lands: the frame shows page rows [frameTop, frameTop+frameHeight)
 * (device px); each tile takes the part that overlaps it.
 */
export function frameBlits(frameTop: number, frameHeight: number, tiles: readonly TileSpan[]): Blit[] {
  const blits: Blit[] = [];
  tiles.forEach((t, i) => {
    const from = Math.max(frameTop, t.top);
    const to = Math.min(frameTop + frameHeight, t.top + t.height);
    if (to > from) blits.push({ tile: i, srcY: from - frameTop, dstY: from - t.top, height: to - from });
  });
  return blits;
}
