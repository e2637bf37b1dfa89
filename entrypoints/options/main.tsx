import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options-app';
import '@/assets/base.css';
import '@/assets/options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
