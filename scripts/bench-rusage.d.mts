// Types of bench-rusage.mjs (plain JavaScript: it is loaded into processes that run without tsx).
export function peakRssKiB(): number;
