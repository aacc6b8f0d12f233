// Loaded with `node --import` into the processes scripts/bench.ts measures whole (the mtqa CLI, the
// one-regex process): at exit it writes the process's resource usage (CPU time, page faults, from
// process start to exit) and its peak RSS as JSON to the file named by MTQA_BENCH_RUSAGE.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Peak RSS of this process in KiB. On Linux from /proc (VmHWM): resourceUsage().maxRSS there also
 * counts the parent's memory at the fork that made this process, so a child of a big benchmark
 * process would report the benchmark's size.
 */
export function peakRssKiB() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.MTQA_BENCH_RUSAGE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify({ ...process.resourceUsage(), peakRssKiB: peakRssKiB() })));
