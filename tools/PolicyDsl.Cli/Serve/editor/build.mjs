// Builds editor.min.js from main.js and the locked CodeMirror packages: `npm ci && npm run build`.
// The bundle is committed; run this only to change the editor or update CodeMirror (then record the
// versions in README.md here and in the repository's README).
import { build } from 'esbuild';

await build({
  entryPoints: ['main.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  outfile: 'editor.min.js',
});
