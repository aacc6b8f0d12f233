// Property tests run with a fixed seed so that a run on CI is repeatable: a failure found once is
// found again on every run until it is fixed. To explore new cases locally, set FC_SEED (any
// integer) or FC_SEED=random.
import fc from 'fast-check';

const wanted = process.env.FC_SEED;
if (wanted !== 'random') fc.configureGlobal({ seed: wanted ? Number(wanted) : 20261202 });
