// The page's stylesheet (inline, allowed by its hash in the Content-Security-Policy). System fonts
// only; the document in a serif for reading, the interface in a sans-serif. Order matters: the
// narrow-screen rules come after the rules they override.

import { categoryCss } from './categories.js';

const CSS = `
:root{--fg:#1f2937;--muted:#4b5563;--faint:#6b7280;--rule:#e5e7eb;--bg:#f5f6f8;--card:#fff;--focus:#111827;
--ui:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;
--serif:Charter,"Bitstream Charter","Sitka Text",Cambria,"Noto Serif","DejaVu Serif",Georgia,serif;
--mono:ui-monospace,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 var(--ui)}
code,kbd{font:.85em var(--mono)}
kbd{border:1px solid #cbd5e1;border-bottom-width:2px;border-radius:4px;padding:0 .3em;background:#fff}
a{color:#1d4ed8}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:.5rem;z-index:30;background:#fff;padding:.4rem .8rem}
:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
header.top{background:var(--card);border-bottom:1px solid var(--rule)}
.wrap{max-width:1440px;margin:0 auto;padding:0 2rem}
header.top .wrap{padding-top:1.1rem;padding-bottom:1rem}
.brand{margin:0;color:var(--muted);font-size:.75rem;font-weight:600;letter-spacing:.08em;text-transform:uppercase}
h1{margin:.15rem 0 .7rem;font-size:1.55rem;font-weight:650;letter-spacing:-.01em;overflow-wrap:anywhere}
h2{margin:0 0 .75rem;font-size:.8rem;font-weight:650;letter-spacing:.07em;text-transform:uppercase;color:var(--muted)}
.facts{display:flex;flex-wrap:wrap;gap:.5rem 2.25rem;margin:0}
.facts div{min-width:0;max-width:36rem}
.facts dt{color:var(--faint);font-size:.72rem;font-weight:600;letter-spacing:.06em;text-transform:uppercase}
.facts dd{margin:0;font-size:.875rem;overflow-wrap:anywhere}
.facts .hash{font:.8rem var(--mono)}
main.wrap{padding-top:1.25rem;padding-bottom:3rem}
.card{background:var(--card);border:1px solid var(--rule);border-radius:10px;padding:1.1rem 1.4rem}
.summary{display:grid;grid-template-columns:minmax(14rem,1fr) auto minmax(16rem,1.2fr);gap:1rem 2.5rem;align-items:start}
.summary h2{grid-column:1/-1;margin:0}
.big{margin:0 0 .8rem;display:flex;flex-direction:column}
.big strong{font-size:2rem;line-height:1.15;font-weight:700;letter-spacing:-.02em}
.big span{color:var(--muted)}
.badges{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
.badge{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.8rem;font-weight:600;background:#f1f5f9;color:#334155}
.b-error{background:#fee2e2;color:#991b1b}.b-warning{background:#fef3c7;color:#854d0e}.b-info{background:#e0f2fe;color:#075985}
.item .badge,#pop .badge{font-size:.7rem;text-transform:uppercase;letter-spacing:.05em;padding:0 .5rem;margin-right:.45rem}
.chart{margin:0}
.chart svg{display:block;max-width:100%;height:auto;font:13px var(--ui)}
.chart text{fill:#1f2937}.chart .count{fill:#374151;font-variant-numeric:tabular-nums}.chart .track{fill:#eef0f3}
.rules h3,.chart figcaption{margin:0 0 .3rem;font-size:.8rem;font-weight:400;color:var(--muted)}
.rules ul{list-style:none;margin:0;padding:0;columns:2 13rem;column-gap:2rem;font-size:.85rem}
.rules li{display:flex;justify-content:space-between;gap:1rem;break-inside:avoid;border-bottom:1px solid #f1f5f9;padding:.18rem 0}
.warn{grid-column:1/-1;margin:0;padding:.5rem .75rem;border-radius:6px;background:#fef3c7;color:#713f12}
.filters{margin:0 0 .6rem;padding:0 0 .6rem;border-bottom:1px solid var(--rule);display:flex;flex-direction:column;gap:.35rem}
.filters[hidden]{display:none}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
.filters legend{float:left;width:4.6rem;font-size:.7rem;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.filters details summary{cursor:pointer;font-size:.7rem;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.filters details fieldset{margin-top:.3rem}.filters details legend{position:absolute;left:-9999px}
.chip{display:inline-flex;align-items:center;gap:.3rem;border:1px solid #d1d5db;border-radius:999px;padding:0 .55rem 0 .35rem;font-size:.78rem;cursor:pointer;background:#fff}
.chip input{margin:0;accent-color:#1f2937}
.chip:has(input:not(:checked)){color:var(--muted);background:#f3f4f6;border-style:dashed}
.chip .count,.panel .count{color:var(--muted);font-variant-numeric:tabular-nums;font-weight:400}
.status{margin:0;font-size:.78rem;color:var(--muted)}.keys{display:block}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(20rem,26rem);gap:1.25rem;margin-top:1rem;align-items:start}
@media (max-width:1000px){.cols,.summary{grid-template-columns:minmax(0,1fr)}.panel{position:static;max-height:none}}
.doc{padding:1.1rem 1.4rem 1.4rem .6rem}
.doc h2{margin-left:.8rem}
.notice{margin:0 0 1rem .8rem;padding:.5rem .75rem;border-radius:6px;background:#f1f5f9;color:#334155;font-size:.875rem}
.ln{display:grid;grid-template-columns:3.2rem minmax(0,1fr);column-gap:.8rem}
.js .ln{content-visibility:auto;contain-intrinsic-size:auto 4rem}
.ln.bi{grid-template-columns:3.2rem minmax(0,1fr) minmax(0,1fr)}
.ln.head{font-size:.75rem;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;border-bottom:1px solid var(--rule);margin-bottom:.4rem}
.n{text-align:right;color:var(--faint);font:.72rem/2.1rem var(--ui);font-variant-numeric:tabular-nums;user-select:none;overflow-wrap:anywhere}
.tx,.src{font:1.05rem/1.85 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere;max-width:48rem}
.src{color:#374151;border-right:1px solid var(--rule);padding-right:.8rem}
.ln.e .tx{min-height:.6rem;line-height:.6rem}.ln.e .n{line-height:.6rem;font-size:0}
.fold{margin:.5rem 0 .5rem 4rem;padding:.3rem .8rem;border:1px dashed #cbd5e1;border-radius:6px;color:var(--muted);font-size:.82rem;text-align:center;background:#fafafa}
.gap{font:italic .78rem var(--ui);color:var(--muted);background:#f1f5f9;border-radius:4px;padding:.05rem .4rem;white-space:nowrap}
@media (max-width:640px){.wrap{padding:0 .75rem}.card{padding:.9rem 1rem}.doc{padding-left:.2rem}.ln,.ln.bi{grid-template-columns:2.2rem minmax(0,1fr);column-gap:.5rem}.ln.bi .src{grid-column:2;border-right:0;padding-right:0;color:var(--muted)}.ln.bi .tx{grid-column:2}.ln.head{display:none}.fold{margin-left:2.7rem}}
.cc{unicode-bidi:isolate;font-size:0;border:1px solid #9ca3af;border-radius:3px;padding:0 .15rem;margin:0 .05rem}
.cc::before{content:attr(data-cp);font:.68rem var(--mono);color:#374151}
.ic{unicode-bidi:isolate;font-size:0;background:#e5e7eb;border-radius:3px;padding:0 .2rem;margin:0 .08rem;white-space:nowrap}
.ic::before{content:attr(data-c);font:600 .68rem var(--mono);color:#374151}
.u{border-top:1px solid #eef0f3}.u:has(.ua) .n{grid-row:span 2}
.ua{grid-column:2/-1;margin:.45rem 0 0;font:.74rem/1.4 var(--ui);color:var(--muted);overflow-wrap:anywhere}
.ua b{color:var(--fg);font-weight:600}
.st{border-radius:999px;padding:0 .45rem;background:#f1f5f9;color:#334155;font-weight:600}.st.w{background:#fef3c7;color:#713f12}
${categoryCss()}
mark.f,mark.sf{position:relative;color:inherit;background:var(--t);border-radius:2px;text-decoration:underline var(--ls) var(--c);text-decoration-thickness:2px;text-underline-offset:.3em;text-decoration-skip-ink:none;cursor:help;scroll-margin:30vh 0}
mark.sf{background:none;text-decoration-thickness:1px}mark.sf.cur{background:var(--t);box-shadow:none}
mark.f mark.f{text-underline-offset:.5em}
mark.s-error{font-weight:700;text-decoration-thickness:3px}
mark.s-info{text-decoration-thickness:1px;background:transparent}
mark.z::before{content:"‸";color:var(--c);font:700 1em var(--ui)}
mark.f:target{outline:2px solid var(--focus);outline-offset:1px}
mark.cur{box-shadow:0 0 0 2px var(--c)}
mark.off{background:none;text-decoration:none;font-weight:inherit;cursor:auto}
mark.off.z::before{content:none}
html:not(.js) mark.f[data-tip]:is(:hover,:focus):not(:has(mark.f:hover))::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 4px);z-index:20;width:max-content;max-width:min(26rem,80vw);white-space:pre-line;background:#111827;color:#fff;font:400 .8rem/1.45 var(--ui);padding:.45rem .6rem;border-radius:6px}
.panel{position:sticky;top:1rem;max-height:calc(100vh - 2rem);display:flex;flex-direction:column;padding:1.1rem 1.1rem .4rem}
.panel h2 .count{letter-spacing:0}
.list{overflow:auto;min-height:0;flex:1;padding-right:.3rem}
.group h3{display:flex;align-items:center;gap:.45rem;margin:.2rem 0 .4rem;font-size:.95rem;font-weight:650}
.lg{text-decoration:underline var(--ls) var(--c) 2px;text-underline-offset:.3em}
.sw{display:inline-block;width:.8rem;height:.8rem;border-radius:3px;background:var(--c);flex:none}
.group ol{list-style:none;margin:0 0 1rem;padding:0}
.item{border-top:1px solid #f1f5f9;padding:.55rem 0 .6rem;content-visibility:auto;contain-intrinsic-size:auto 9rem}
.item[hidden],.group[hidden]{display:none}
.loc{display:block;font-size:.78rem;color:#1d4ed8;text-decoration:none;font-variant-numeric:tabular-nums;margin-bottom:.1rem}
.loc:hover{text-decoration:underline}
.item code,#pop code{font-size:.72rem;margin-right:.45rem}
.mqm{color:var(--muted);font-size:.78rem}
.msg{margin:.2rem 0;font-size:.875rem}
.fix{margin:.35rem 0 0;padding:.25rem 0 .1rem .65rem;border-left:3px solid #cbd5e1;font-size:.82rem}
.ba{margin:0;position:relative;padding:0 0 .1rem 4.05rem;border-left:3px solid #cbd5e1;font:.9rem/1.5 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere}
.ba::before{content:attr(data-l);position:absolute;left:.65rem;top:.15rem;font:.75rem var(--ui);color:var(--muted)}
del{background:#fee2e2;color:#991b1b;text-decoration:line-through}
ins{background:#dcfce7;color:#14532d;text-decoration:none;font-weight:700}
.none{color:var(--muted)}
.error{border-color:#fecaca;background:#fff5f5}
#pop{position:absolute;z-index:25;max-width:min(26rem,calc(100vw - 1rem));background:#fff;border:1px solid #d1d5db;border-radius:8px;box-shadow:0 10px 28px rgba(15,23,42,.18);padding:.6rem .8rem}
#pop[hidden]{display:none}
footer{color:var(--muted);font-size:.8rem;padding:1rem 2rem 2rem;text-align:center}
@media print{.filters,#pop,.skip{display:none}.panel{position:static;max-height:none}.list{overflow:visible}.cols{display:block}}
`;

/** Minimal whitespace: the page is sent once per report. */
export const STYLE = CSS.replace(/\n/g, '');
