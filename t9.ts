import { readFileSync } from 'node:fs';
import { checkText } from './lib/check.js';
const name = process.argv[2]; const file = readFileSync(name, 'utf8');
const r = checkText(file, { name, lang: process.argv[3] });
console.log(r.status, r.error?.message ?? '', r.source.format, r.language, r.findings.length);
for (const f of r.findings) console.log('  ', f.rule, f.line+':'+f.column, JSON.stringify(file.slice(f.start, f.end)), JSON.stringify(f.excerpt.text), JSON.stringify(f.unit), f.fix?.safe);
