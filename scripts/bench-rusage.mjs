// Loaded with `node --import` into the processes scripts/bench.ts measures whole (the mtqa CLI, the
// one-regex process): at exit it writes the process's resource usage (CPU time, peak RSS, page
// faults, from process start to exit) as JSON to the file named by MTQA_BENCH_RUSAGE.
import { writeFileSync } from 'node:fs';

const file = process.env.MTQA_BENCH_RUSAGE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
