// Content script entry (built as one self-contained file, see vite.config.ts).
import { startVarsom } from './app.ts';

try {
  startVarsom();
} catch {
  // Whatever goes wrong, the page must not see an error from Varsom.
}
