import { plainBytes } from '../encoding';
import { frameBlits, planTiles, type TileSpan } from './scroll-plan';

/** Turns frames into stitched PNG tiles. The browser one uses OffscreenCanvas; tests pass a fake. */
export interface Stitcher {
  /** Adds a frame showing page rows from `topCss` (CSS px) down, `viewportCss` tall and `widthCss` wide. */
  addFrame(png: Uint8Array, topCss: number): Promise<void>;
  /** Encodes the tiles as PNG, top to bottom. */
  finish(): Promise<{ tiles: { span: TileSpan; png: Uint8Array }[]; width: number; height: number }>;
}

export interface StitchGeometry {
  /** Height of the stitched page, CSS px. */
  pageHeightCss: number;
  /** Part of each frame that is page (without scrollbars), CSS px. */
  viewportWidthCss: number;
  viewportHeightCss: number;
  /** Full viewport including scrollbars, CSS px: what the frame image shows. */
  innerWidthCss: number;
  innerHeightCss: number;
}

export type StitcherFactory = (geometry: StitchGeometry) => Stitcher;

/**
 * Stitching in the service worker with OffscreenCanvas and createImageBitmap
 * (MV3 workers have no DOM). The scale comes from the first frame's real
 * size, so device pixel ratio and zoom need no guessing. Frames are drawn as
 * they arrive; only the tiles stay in memory.
 */
export const offscreenStitcher: StitcherFactory = (g) => {
  let scale = 0;
  let width = 0;
  let height = 0;
  let tiles: TileSpan[] = [];
  let canvases: OffscreenCanvas[] = [];

  return {
    async addFrame(png, topCss) {
      const bitmap = await createImageBitmap(new Blob([plainBytes(png)], { type: 'image/png' }));
      try {
        if (!scale) {
          scale = bitmap.height / g.innerHeightCss;
          width = Math.min(bitmap.width, Math.round(g.viewportWidthCss * scale));
          height = Math.round(g.pageHeightCss * scale);
          tiles = planTiles(height, width);
          canvases = tiles.map((t) => new OffscreenCanvas(width, t.height));
        }
        const frameHeight = Math.min(bitmap.height, Math.round(g.viewportHeightCss * scale));
        for (const b of frameBlits(Math.round(topCss * scale), frameHeight, tiles)) {
          const ctx = canvases[b.tile]?.getContext('2d');
          if (!ctx) throw new Error('no 2d context for a tile');
          ctx.drawImage(bitmap, 0, b.srcY, width, b.height, 0, b.dstY, width, b.height);
        }
      } finally {
        bitmap.close();
      }
    },
    async finish() {
      const out = [];
      for (let i = 0; i < canvases.length; i++) {
        const blob = await canvases[i]!.convertToBlob({ type: 'image/png' });
        out.push({ span: tiles[i]!, png: new Uint8Array(await blob.arrayBuffer()) });
      }
      canvases = [];
      return { tiles: out, width, height };
    },
  };
};
