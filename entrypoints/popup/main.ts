import { preloadFirst } from '@/lib/ui/popup-preload';
import '@/assets/base.css';
import '@/assets/popup.css';

// The popup's first screen waits on three things: the tab's verdict, the strings, and the
// interface code. Start all three at once; the translator caches what it reads.
performance.mark('guard:popup-start');
preloadFirst(location.search);
void import('@/lib/i18n/translator').then((m) => m.translator()).catch(() => undefined);
void import('./mount').then((m) => m.mount(document.getElementById('root')!));
