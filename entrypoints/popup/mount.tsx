import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup-app';

export function mount(root: HTMLElement): void {
  performance.mark('guard:ui-start');
  createRoot(root).render(<PopupApp />);
}
