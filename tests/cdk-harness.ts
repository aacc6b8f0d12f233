// Builds the stack the way `cdk synth` does: with cdk.json's context (new App() does not read
// cdk.json), plus overrides. Bundling is skipped: these tests look at the template only.

import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readSettings } from '../cdk/settings.js';
import { MtqaStack } from '../cdk/stack.js';

export const CDK_CONTEXT = (JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }).context;

export function buildStack(context: Record<string, unknown> = {}): { app: App; stack: MtqaStack; template: Template } {
  const app = new App({ context: { ...CDK_CONTEXT, ...context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new MtqaStack(app, 'Mtqa', { settings: readSettings(app.node) });
  return { app, stack, template: Template.fromStack(stack) };
}
