import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createClient, detectTransport } from './api/client';
import { AppProvider } from './app-state';
import { ImportQueueProvider } from './import-queue';
import './styles.css';

// Without this, a file dropped outside the drop zone would make the window navigate to it.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (e) => e.preventDefault());
}

const { kind, transport } = detectTransport();
const api = createClient(transport);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppProvider api={api} transport={kind}>
        <ImportQueueProvider>
          <App />
        </ImportQueueProvider>
      </AppProvider>
    </StrictMode>,
  );
}
