// Numbers as the pages write them, in English: "12,345", "1.25". Written out rather than with
// Intl.NumberFormat, whose first formatter loads ICU's number data (some 20 ms) at import, before
// the function knows whether it will render a page at all.

/** A count (an integer) with thousands separators: 12345 → "12,345". */
export function formatCount(n: number): string {
  return grouped(String(n));
}

/** A ratio with at most two decimals, trailing zeros dropped: 0.5 → "0.5", 1234.567 → "1,234.57". */
export function formatRatio(x: number): string {
  const [whole, fraction] = x.toFixed(2).split('.');
  const decimals = fraction.replace(/0+$/, '');
  return grouped(whole) + (decimals ? `.${decimals}` : '');
}

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
