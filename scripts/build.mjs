// `npm run build`: the compiled service for production (docs/decisions/092-compiled-start.md).
//
//   node scripts/build.mjs [--out DIR] [--no-check]
//
// tsc emits src/ and views/ into DIR (default dist/) with the repository's layout, so every file
// read at run time relative to its module (views/assets/, migrations/) is copied to the same place
// beside it: dist/src/http/static-assets.js finds dist/views/assets/, dist/src/db/migrate.js finds
// dist/migrations/. Packages are resolved from the node_modules of DIR or of a folder above it.
// --no-check only emits (the types are checked by `npm run typecheck`, which CI runs first).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = path.resolve(root, outIndex >= 0 ? args[outIndex + 1] : 'dist')
const check = !args.includes('--no-check')

fs.rmSync(out, { recursive: true, force: true })
const tsc = path.join(root, 'node_modules', '.bin', 'tsc')
const tscArgs = ['-p', path.join(root, 'tsconfig.build.json'), '--outDir', out]
if (!check) tscArgs.push('--noCheck')
const compiled = spawnSync(tsc, tscArgs, { cwd: root, stdio: 'inherit' })
if (compiled.status !== 0) {
  process.stderr.write(`build failed: tsc exited with ${compiled.status ?? compiled.signal}\n`)
  process.exit(1)
}
for (const dir of ['migrations', 'views/assets']) {
  fs.cpSync(path.join(root, dir), path.join(out, dir), { recursive: true })
}
// The emitted files are ES modules wherever DIR is, not only under this package.json.
fs.writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n')
process.stdout.write(`built ${path.relative(root, out) || out}\n`)
