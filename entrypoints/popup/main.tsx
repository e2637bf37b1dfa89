import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup-app';
import '@/assets/base.css';
import '@/assets/popup.css';

createRoot(document.getElementById('root')!).render(<PopupApp />);
