// Lets plain Node run the TypeScript sources as Vite does: TypeScript through tsx, and
// `import text from './file.wgsl?raw'` as a string (the WGSL shaders). Used by `npm run atenea` and `npm run bench`.
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
register('./raw-loader.mjs', import.meta.url);
