import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './styles.css';
import './styles/photos.css';
import './styles/consent.css';
import './styles/replies.css';
import './styles/followers.css';
import './styles/admin.css';
import './styles/versions.css';
import './styles/reports.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
