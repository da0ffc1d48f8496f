// `npm run build`, after tsc: the data files that modules read beside themselves at run time
// (`new URL('./x.tsv', import.meta.url)`) go beside their compiled modules in dist/, which tsc
// does not do. Without this, the built image cannot analyse a resume.
import { cpSync, statSync } from 'node:fs';

const DATA = /\.(tsv|json|txt)$/;

cpSync('src', 'dist/src', {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || DATA.test(source),
});
