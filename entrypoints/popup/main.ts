import { preloadFirst, preloadStrings } from '@/lib/ui/popup-preload';
import '@/assets/base.css';
import '@/assets/popup.css';

// The popup's first screen waits on three things: the tab's verdict, the strings, and the
// interface code. Start all three at once.
performance.mark('guard:popup-start');
preloadFirst(location.search);
preloadStrings();
void import('./mount').then((m) => m.mount(document.getElementById('root')!));
