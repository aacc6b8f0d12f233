// The page's only script (allowed by its hash in the Content-Security-Policy). It holds no document
// data: it reads the page's own elements. Without it the page is complete; with it the filters
// appear, a highlight shows its full note (with the fix as before/after) on hover or focus and
// lights up the part of the source it refers to, and n/p (or j/k) move between the findings shown. It sits in <head> and marks the page at once, so
// the stylesheet can let the browser skip laying out lines off screen while a large page loads
// (without script, lines are always laid out, so the CSS tooltips are never clipped).

export const SCRIPT = `document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', () => {
const d = document;
const form = d.getElementById('filters');
const pop = d.getElementById('pop');
const marks = [...d.querySelectorAll('mark.f, mark.sf')];
const firsts = marks.filter((m) => m.id);
const items = new Map([...d.querySelectorAll('li.item')].map((li) => [li.dataset.i, li]));
let shown = firsts;
let current = null;

function apply() {
  const on = (name) => new Set([...form.querySelectorAll('input[name=' + name + ']:checked')].map((i) => i.value));
  const k = on('k'), s = on('s'), r = on('r');
  const visible = new Set();
  for (const [i, li] of items) {
    li.hidden = !(k.has(li.dataset.k) && s.has(li.dataset.s) && r.has(li.dataset.r));
    if (!li.hidden) visible.add(i);
  }
  for (const m of marks) {
    const off = !visible.has(m.dataset.i);
    m.classList.toggle('off', off);
    if (m.id) m.tabIndex = off ? -1 : 0;
  }
  for (const g of d.querySelectorAll('.group')) g.hidden = !g.querySelector('li.item:not([hidden])');
  shown = firsts.filter((m) => !m.classList.contains('off'));
  d.getElementById('shown').textContent = shown.length === firsts.length
    ? 'Showing all ' + firsts.length
    : 'Showing ' + shown.length + ' of ' + firsts.length;
  if (current && current.classList.contains('off')) hide();
}

function show(m) {
  const li = items.get(m.dataset.i);
  if (!li) return;
  const note = li.cloneNode(true);
  note.querySelector('.loc').remove();
  for (const e of note.querySelectorAll('[id]')) e.removeAttribute('id');
  pop.replaceChildren(...note.childNodes);
  pop.hidden = false;
  pair(false);
  current = m;
  pair(true);
  const r = m.getClientRects()[0] || m.getBoundingClientRect();
  const w = pop.offsetWidth, h = pop.offsetHeight;
  const x = Math.max(8, Math.min(r.left, innerWidth - w - 8));
  let y = r.bottom + 6;
  if (y + h > innerHeight - 8 && r.top - h - 6 > 8) y = r.top - h - 6;
  pop.style.left = x + scrollX + 'px';
  pop.style.top = y + scrollY + 'px';
}

function hide() {
  pop.hidden = true;
  pair(false);
  current = null;
}

// The current finding's highlight and the part of the source it refers to, if any.
function pair(on) {
  if (!current) return;
  current.classList.toggle('cur', on);
  for (const x of d.querySelectorAll('mark.sf[data-i="' + current.dataset.i + '"]')) x.classList.toggle('cur', on);
}

if (form) {
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
}
d.addEventListener('mouseover', (e) => {
  const m = e.target.closest && e.target.closest('mark.f:not(.off), mark.sf:not(.off)');
  if (m) show(m);
  else if (current && current !== d.activeElement && !pop.contains(e.target)) hide();
});
d.addEventListener('focusin', (e) => (e.target.matches('mark.f') ? show(e.target) : hide()));
addEventListener('hashchange', () => {
  const t = d.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (t && t.matches('mark.f')) t.focus({ preventScroll: true });
});
d.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey || e.target.closest('input, select, textarea, summary')) return;
  if (e.key === 'Escape') return hide();
  const step = { n: 1, j: 1, p: -1, k: -1 }[e.key];
  if (!step || shown.length === 0) return;
  e.preventDefault();
  const at = shown.indexOf(d.activeElement);
  const next = at < 0 ? (step > 0 ? 0 : shown.length - 1) : Math.max(0, Math.min(shown.length - 1, at + step));
  shown[next].scrollIntoView({ block: 'center' });
  shown[next].focus({ preventScroll: true });
});
});`;
