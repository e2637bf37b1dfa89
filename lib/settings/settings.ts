import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** The user's settings. Read everywhere; validated on every read. */
export const settingsSchema = z.object({
  /** 'auto' follows the browser's language. */
  language: z.enum(['auto', 'en', 'zh_CN']).default('auto'),
  /** The shopper's jurisdiction (ISO code or EU); undefined until chosen. */
  jurisdiction: z.string().max(8).optional(),
  sensitivity: z.enum(['relaxed', 'normal', 'strict']).default('normal'),
  banner: z.boolean().default(true),
  autoCapture: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {} });

/** Reads settings; a corrupt stored value falls back to defaults field by field. */
export async function getSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((raw) => {
    const parsed = settingsSchema.safeParse(raw);
    cb(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
