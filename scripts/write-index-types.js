// Writes dist/types/index.d.ts to match the generated index module.
import { writeFileSync } from 'node:fs';
import { indexSource } from './elements.js';

writeFileSync(new URL('../dist/types/index.d.ts', import.meta.url), indexSource('.js'));
