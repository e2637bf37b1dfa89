import { createRoot } from 'react-dom/client';
import { EvidenceOptionsPage } from '@/components/evidence-options-page';

createRoot(document.getElementById('root')!).render(<EvidenceOptionsPage />);
