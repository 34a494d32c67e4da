import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // The JSON report is what .ci/run counts passes and failures from.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
