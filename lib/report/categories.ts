// How each category and severity looks on the review page. Colour is never the only signal: each
// category also has its own underline style (and its name in every tooltip and list heading), and
// severity sets the weight of the text and of the underline. Colours pass WCAG AA on white.

import type { Category, Severity } from '../types.js';

export interface CategoryStyle {
  label: string;
  /** Underline, bar and swatch colour (≥ 3:1 against white and against the tint). */
  colour: string;
  /** Background of a highlight (body text on it keeps ≥ 4.5:1). */
  tint: string;
  /** CSS text-decoration-style: the cue that is not colour. */
  line: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';
}

/** In the order the summary and the list show them. A new Category must be added here (the type says so). */
export const CATEGORIES: Record<Category, CategoryStyle> = {
  segmentation: { label: 'Segmentation', colour: '#1d4ed8', tint: '#dbeafe', line: 'solid' },
  language: { label: 'Language', colour: '#7e22ce', tint: '#f3e8ff', line: 'double' },
  repetition: { label: 'Repetition', colour: '#b45309', tint: '#fef3c7', line: 'dashed' },
  encoding: { label: 'Encoding', colour: '#be123c', tint: '#ffe4e6', line: 'dotted' },
  punctuation: { label: 'Punctuation', colour: '#0f766e', tint: '#ccfbf1', line: 'wavy' },
  // The bilingual checks' categories. CSS has five line styles for seven categories: these two
  // share theirs with segmentation and repetition and are told apart by colour and by name.
  accuracy: { label: 'Accuracy', colour: '#a21caf', tint: '#fae8ff', line: 'solid' },
  markup: { label: 'Markup', colour: '#4d7c0f', tint: '#ecfccb', line: 'dashed' },
};

/** A category a newer report may carry that this version does not know. */
const OTHER: CategoryStyle = { label: 'Other', colour: '#475569', tint: '#e2e8f0', line: 'solid' };

export function isKnownCategory(category: string): category is Category {
  return Object.hasOwn(CATEGORIES, category);
}

export function categoryStyle(category: string): CategoryStyle {
  return isKnownCategory(category) ? CATEGORIES[category] : { ...OTHER, label: category };
}

/** CSS class that carries a category's colours and underline style. */
export function categoryClass(category: string): string {
  return isKnownCategory(category) ? `k-${category}` : 'k-other';
}

export const SEVERITIES: Record<Severity, { label: string; count: (n: number) => string }> = {
  error: { label: 'Error', count: (n) => `${n} error${n === 1 ? '' : 's'}` },
  warning: { label: 'Warning', count: (n) => `${n} warning${n === 1 ? '' : 's'}` },
  info: { label: 'Info', count: (n) => `${n} info` },
};

/** The category rules of the stylesheet, generated from the table above (one source of the colours). */
export function categoryCss(): string {
  const rule = (cls: string, s: CategoryStyle) => `.${cls}{--c:${s.colour};--t:${s.tint};--ls:${s.line}}`;
  return Object.entries(CATEGORIES).map(([c, s]) => rule(`k-${c}`, s)).join('') + rule('k-other', OTHER);
}
