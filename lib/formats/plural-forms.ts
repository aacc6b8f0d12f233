// Gettext's Plural-Forms header ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : …);"): which plural
// form a count n takes. The PO reader needs to know which forms serve a single count: only such a
// form may be checked against the singular msgid ("One file", "1 color"); a form that serves many
// counts (Russian msgstr[0] serves 1, 21, 31…; French 0 and 1; Japanese every n) translates
// msgid_plural, as msgfmt --check-format reads them. The formula is a C expression over n, read by a
// small parser of its own rather than eval: a PO file is untrusted input.

/** Counts tried, as msgfmt does: enough for every period the formulas in use have (10, 100). */
const COUNTS = 1000;

/** What gettext assumes without a header: English-like, form 0 for n = 1 only. */
export const DEFAULT_PLURAL_FORMS = 'nplurals=2; plural=(n != 1);';

type Formula = (n: number) => number;

export interface PluralForms {
  /** For each plural form, the one count it serves (from 0 to COUNTS), or undefined for a form that serves several or none. */
  singleCounts: (number | undefined)[];
  /** The form that serves the count 1. */
  formOfOne: number;
}

/**
 * What the forms of a Plural-Forms value serve; undefined when the value is no valid formula
 * (unknown syntax, a form index out of range, division by zero).
 */
export function readPluralForms(pluralForms: string): PluralForms | undefined {
  const m = /^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+);?\s*$/.exec(pluralForms);
  if (!m) return undefined;
  const forms = Number(m[1]);
  const uses = new Array<number>(forms).fill(0);
  const last = new Array<number | undefined>(forms).fill(undefined);
  let formOfOne = 0;
  try {
    const formula = parse(m[2]);
    for (let n = 0; n <= COUNTS; n++) {
      const form = formula(n);
      if (!(form >= 0 && form < forms)) return undefined;
      uses[form]++;
      last[form] = n;
      if (n === 1) formOfOne = form;
    }
  } catch {
    return undefined;
  }
  return { singleCounts: uses.map((u, form) => (u === 1 ? last[form] : undefined)), formOfOne };
}

/** Binary operators by precedence, loosest first, as in C. */
const LEVELS: readonly (readonly string[])[] = [['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']];

const TOKEN = /\s*(\d+|n|\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()])/y;

function parse(expression: string): Formula {
  const tokens: string[] = [];
  const length = expression.trimEnd().length;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < length) {
    const m = TOKEN.exec(expression);
    if (!m) throw new Error('not a plural formula');
    tokens.push(m[1]);
  }
  let at = 0;
  const peek = () => tokens[at];
  const take = (t: string) => {
    if (tokens[at] !== t) throw new Error(`expected ${t}`);
    at++;
  };
  const conditional = (): Formula => {
    const test = binary(0);
    if (peek() !== '?') return test;
    at++;
    const yes = conditional();
    take(':');
    const no = conditional();
    return (n) => (test(n) ? yes(n) : no(n));
  };
  const binary = (level: number): Formula => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    while (LEVELS[level].includes(peek())) {
      const op = tokens[at++];
      const l = left;
      const r = binary(level + 1);
      left = (n) => apply(op, l(n), r(n));
    }
    return left;
  };
  const unary = (): Formula => {
    const t = tokens[at++];
    if (t === '!') {
      const operand = unary();
      return (n) => (operand(n) ? 0 : 1);
    }
    if (t === '-') {
      const operand = unary();
      return (n) => -operand(n);
    }
    if (t === '(') {
      const inner = conditional();
      take(')');
      return inner;
    }
    if (t === 'n') return (n) => n;
    if (t !== undefined && /^\d+$/.test(t)) {
      const value = Number(t);
      return () => value;
    }
    throw new Error('not a plural formula');
  };
  const formula = conditional();
  if (at !== tokens.length) throw new Error('not a plural formula');
  return formula;
}

/** C's integer arithmetic and comparisons (true is 1). */
function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '||': return a || b ? 1 : 0;
    case '&&': return a && b ? 1 : 0;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '<': return a < b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
    case '%':
      if (b === 0) throw new Error('division by zero');
      return op === '/' ? Math.trunc(a / b) : a % b;
    default: throw new Error(`unknown operator ${op}`);
  }
}
