import { z } from 'zod';
import { HASH_TAG_PATTERN, type HashTag } from './hash';

/**
 * The evidence formats as zod schemas: the capture manifest (`capture.json`,
 * signed through the chain), its artifact entries, and the chain link.
 * They are applied to packs read from disk, which may be hostile, so every
 * string and list is bounded. See FORMAT.md for the meaning of each field.
 */

export const hashTagSchema = z.string().regex(HASH_TAG_PATTERN).transform((s) => s as HashTag);

/** An artifact file name inside its capture folder: no separators, no dot-dot. */
export const artifactPathSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,60}\.[a-z0-9]{1,8}$/);

export const ARTIFACT_ROLES = ['screenshot-visible', 'screenshot-full', 'mhtml', 'facts'] as const;

export const artifactSchema = z.object({
  path: artifactPathSchema,
  role: z.enum(ARTIFACT_ROLES),
  mediaType: z.string().max(100),
  bytes: z.number().int().min(0),
  hash: hashTagSchema,
  /** Full-page tiles: which slice of the stitched page, in device pixels. */
  tile: z.object({
    index: z.number().int().min(1),
    of: z.number().int().min(1),
    top: z.number().int().min(0),
    height: z.number().int().min(1),
  }).optional(),
});
export type Artifact = z.infer<typeof artifactSchema>;

export const CAPTURE_TRIGGERS = ['popup', 'command', 'context-menu', 'auto'] as const;
export type CaptureTrigger = (typeof CAPTURE_TRIGGERS)[number];

export const CAPTURE_FORMAT = 'csg-evidence-capture/1';

const isoUtc = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);
const isoLocal = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?[+-]\d{2}:\d{2}$/);
const status = (values: readonly [string, ...string[]]) => z.enum(values);

export const captureManifestSchema = z.object({
  format: z.literal(CAPTURE_FORMAT),
  id: z.string().regex(/^[0-9a-f-]{36}$/),
  trigger: z.enum(CAPTURE_TRIGGERS),
  page: z.object({
    url: z.string().max(8000),
    title: z.string().max(2000),
  }),
  time: z.object({
    /** When the capture was asked for (the click), UTC. */
    utc: isoUtc,
    /** The same instant in the machine's local time, with its offset. */
    local: isoLocal,
    timeZone: z.string().max(100),
    /** When the last artifact was taken, UTC. */
    completedUtc: isoUtc,
  }),
  environment: z.object({
    browser: z.object({ name: z.string().max(100), version: z.string().max(100) }),
    userAgent: z.string().max(1000),
    platform: z.string().max(100),
    language: z.string().max(50),
    extension: z.object({ name: z.string().max(200), version: z.string().max(50) }),
  }),
  viewport: z.object({
    width: z.number().min(0),
    height: z.number().min(0),
    devicePixelRatio: z.number().min(0),
    scrollX: z.number(),
    scrollY: z.number(),
  }).nullable(),
  visible: z.object({
    status: status(['captured', 'not-taken']),
    reason: z.string().max(300).optional(),
    /** Changes made before the screenshot (our own banner hidden). */
    modifications: z.array(z.string().max(300)).max(10).optional(),
  }),
  fullPage: z.object({
    status: status(['captured', 'not-requested', 'failed']),
    reason: z.string().max(300).optional(),
    pageHeight: z.number().min(0).optional(),
    frames: z.number().int().min(0).optional(),
    scrollPositions: z.array(z.number()).max(500).optional(),
    tiles: z.number().int().min(0).optional(),
    truncated: z.boolean().optional(),
    /** Changes made to the page while capturing (Berkeley Protocol para. 154). */
    modifications: z.array(z.string().max(300)).max(50).optional(),
  }),
  mhtml: z.object({ status: status(['captured', 'not-offered', 'failed']), reason: z.string().max(300).optional() }),
  facts: z.object({ status: status(['captured', 'not-read']), pageKind: z.string().max(20).optional() }),
  artifacts: z.array(artifactSchema).max(200),
});
export type CaptureManifest = z.infer<typeof captureManifestSchema>;

/** One link of the installation's chain; its canonical JSON is what gets hashed and signed. */
export const chainLinkSchema = z.object({
  v: z.literal(1),
  seq: z.number().int().min(1),
  prev: hashTagSchema.nullable(),
  body: hashTagSchema,
});
export type ChainLink = z.infer<typeof chainLinkSchema>;
